"""What the desktop app's Export section and the command line call.

Every function takes an open :class:`~facilitator.storage.Workspace` and full meeting ids, may be
run on a background thread, and reports progress through ``progress(done, total)`` when given.
Files are written atomically (a temporary file beside the target, then one rename): a failure
never leaves a half-written file, and raises an :class:`~facilitator.export.errors.ExportError`
(or another :class:`~facilitator.domain.errors.FacilitatorError`) with a bilingual message.

- :func:`export_xlsx` (ws, meeting_ids, path) -> :class:`ExportResult`: the workbook (Summary,
  Ideas, Polls with a native chart per poll, Ballots, Attendance).
- :func:`export_csv` (ws, meeting_ids, folder, separator=";") -> :class:`ExportResult`: the same
  tables as ``summary.csv``, ``ideas.csv``, ``polls.csv``, ``ballots.csv``, ``attendance.csv``.
- :func:`export_pdf` (ws, meeting_id, path) -> :class:`ExportResult`: the printable report.
- :func:`export_decidim_import` (ws, meeting_id, path, fmt="xlsx"|"csv"|"json") ->
  :class:`ExportResult` whose ``rejected`` lists the ideas that break Decidim's limits.
- :func:`export_bundle` (ws, meeting_ids, path) -> :class:`ExportResult`: a meeting bundle.
- :func:`import_bundle` (ws, path) -> :class:`ImportReport`: merges a bundle by UUID.

An existing file is never replaced unless ``overwrite=True`` (else
:class:`~facilitator.export.errors.ExistingFileError`); :func:`targets` names the files an
export would write, so a caller can ask first.

What each meeting and idea became on the platform (public addresses) is read from sync's
state: the workbook, the CSV files and the report show it once sync has sent them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.domain import proposal_rules
from facilitator.domain.errors import ValidationError
from facilitator.domain.model import RETAINED_STATUS, is_retained
from facilitator.domain.plurals import Forms, counted
from facilitator.export import bundle as bundle_file
from facilitator.export import conflicts, csv_export, decidim, xlsx
from facilitator.export.atomic import atomic_path, atomic_paths, new_folder
from facilitator.export.data import MeetingData, Progress, load_meeting
from facilitator.export.decidim import RejectedIdea
from facilitator.export.errors import ExportError
from facilitator.storage.bundles import Conflict
from facilitator.storage.workspace import Workspace

__all__ = [
    "ExportResult",
    "ImportReport",
    "export_bundle",
    "export_csv",
    "export_decidim_import",
    "export_pdf",
    "export_xlsx",
    "import_bundle",
]


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote: files, and counts by table ("ideas", "ballots", "proposals"...)."""

    paths: tuple[Path, ...]
    meetings: int
    counts: Mapping[str, int] = field(default_factory=dict)
    charts: int = 0
    rejected: tuple[RejectedIdea, ...] = ()

    def describe(self, language: str) -> str:
        fr = language == "fr"
        parts = [counted(self.meetings, language, *_RESULT_WORDS["meetings"])]
        for key, n in self.counts.items():
            if key in _RESULT_WORDS:
                parts.append(counted(n, language, *_RESULT_WORDS[key]))
        if self.charts:
            parts.append(counted(self.charts, language, *_RESULT_WORDS["charts"]))
        where = ", ".join(str(p) for p in self.paths)
        return f"{where}: {', '.join(parts)}" if not fr else f"{where} : {', '.join(parts)}"


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What a bundle import did. ``conflicts`` are the fields newly found edited on two
    laptops apart (the later edit shown meanwhile, see docs/bundles.md)."""

    path: Path
    meetings: tuple[tuple[str, str], ...]
    added: Mapping[str, int]
    updated: Mapping[str, int]
    conflicts: tuple[Conflict, ...]
    removed: Mapping[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.conflicts)

    def describe(self, language: str) -> list[str]:
        fr = language == "fr"
        lines = []
        for mid, title in self.meetings:
            lines.append(f"{'Réunion' if fr else 'Meeting'} {mid[:8]} « {title} »")
        if not self.changed:
            lines.append(
                "Déjà à jour : rien n'a changé." if fr else "Already up to date: nothing changed."
            )
            return lines

        def counts(values: Mapping[str, int]) -> str:
            if not values:
                return "0"
            return ", ".join(
                counted(n, language, *_KINDS.get(kind, ((kind, kind), (kind, kind))))
                for kind, n in sorted(values.items())
            )

        colon = " :" if fr else ":"
        lines.append(f"{'Ajouté' if fr else 'Added'}{colon} {counts(self.added)}")
        lines.append(f"{'Mis à jour' if fr else 'Updated'}{colon} {counts(self.updated)}")
        if self.removed:
            lines.append(f"{'Supprimé' if fr else 'Removed'}{colon} {counts(self.removed)}")
        lines.append(
            f"{'Conflits signalés' if fr else 'Conflicts flagged'}{colon} {len(self.conflicts)}"
        )
        lines.extend(f"  {conflicts.describe(c, language)}" for c in self.conflicts)
        return lines


#: Kinds of records in an import report: (English, French) forms, singular and plural.
_KINDS: Mapping[str, tuple[Forms, Forms]] = {
    "meeting": (("meeting", "meetings"), ("réunion", "réunions")),
    "attendance": (
        ("attendance record", "attendance records"),
        ("fiche de participation", "fiches de participation"),
    ),
    "idea": (("idea", "ideas"), ("idée", "idées")),
    "poll": (("poll", "polls"), ("vote", "votes")),
    "ballot": (("ballot", "ballots"), ("bulletin", "bulletins")),
    "count": (("typed count", "typed counts"), ("décompte saisi", "décomptes saisis")),
    "ticket": (("ticket", "tickets"), ("ticket", "tickets")),
    "theme": (("theme", "themes"), ("thème", "thèmes")),
}

#: What an export result counts. "ideas" are the retained ones (domain.model.is_retained),
#: as the app counts them: the files list every idea, with its status.
_RESULT_WORDS: Mapping[str, tuple[Forms, Forms]] = {
    "meetings": (("meeting", "meetings"), ("réunion", "réunions")),
    "ideas": (("kept idea", "kept ideas"), ("idée retenue", "idées retenues")),
    "polls": (("poll row", "poll rows"), ("ligne de votes", "lignes de votes")),
    "ballots": (("ballot", "ballots"), ("bulletin", "bulletins")),
    "proposals": (("proposal", "proposals"), ("proposition", "propositions")),
    "pages": (("page", "pages"), ("page", "pages")),
    "charts": (("chart", "charts"), ("graphique", "graphiques")),
}


#: What each export writes: one file, one file per meeting, or a folder of CSV files.
KINDS = ("xlsx", "csv", "pdf", "decidim", "bundle")


def numbered_path(path: Path, n: int, total: int) -> Path:
    """One file per meeting when several are asked for: report.pdf, report-2.pdf, ..."""
    path = Path(path)
    return path if total == 1 or n == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")


def targets(kind: str, path: Path, meetings: int = 1) -> list[Path]:
    """The files an export of ``kind`` to ``path`` writes for ``meetings`` meetings.

    So the app and the command line can ask (or refuse) before anything is written.
    """
    if kind not in KINDS:
        raise ValueError(f"not an export kind: {kind!r}")
    path = Path(path)
    if kind == "csv":
        return [path / name for name in csv_export.FILE_NAMES]
    if kind in ("pdf", "decidim"):
        return [numbered_path(path, n, meetings) for n in range(1, meetings + 1)]
    return [path]


def _need(meeting_ids: Sequence[str]) -> None:
    if not meeting_ids:
        raise ValidationError(
            "Choose at least one meeting to export.",
            "Choisissez au moins une réunion à exporter.",
            field="meetings",
        )


def _load(ws: Workspace, meeting_ids: Sequence[str]) -> list[MeetingData]:
    _need(meeting_ids)
    return [load_meeting(ws, mid) for mid in dict.fromkeys(meeting_ids)]


def _retained(data: Sequence[MeetingData]) -> int:
    """The ideas the meetings count, as the app does."""
    return sum(1 for m in data for i in m.ideas if is_retained(i))


def _language(data: Sequence[MeetingData], language: str | None) -> str:
    if language in ("fr", "en"):
        return language
    return data[0].language if data else "fr"


def export_xlsx(
    ws: Workspace,
    meeting_ids: Sequence[str],
    path: Path,
    progress: Progress | None = None,
    *,
    language: str | None = None,
    overwrite: bool = False,
) -> ExportResult:
    """The Excel workbook of these meetings, in the (first) meeting's language."""
    data = _load(ws, meeting_ids)
    lang = _language(data, language)
    with atomic_path(Path(path), overwrite=overwrite) as temp:
        stats = xlsx.write_xlsx(ws, data, temp, lang, progress)
    return ExportResult(
        paths=(Path(path),),
        meetings=len(data),
        counts={"ideas": _retained(data), "ballots": stats.ballots},
        charts=stats.charts,
    )


def export_csv(
    ws: Workspace,
    meeting_ids: Sequence[str],
    folder: Path,
    progress: Progress | None = None,
    *,
    separator: str = ";",
    language: str | None = None,
    overwrite: bool = False,
) -> ExportResult:
    """The five tables as CSV files in ``folder`` (created if needed, and removed again if the
    export fails)."""
    if separator not in csv_export.SEPARATORS:
        raise ValidationError(
            "The CSV separator must be ; or ,.",
            "Le séparateur CSV doit être ; ou ,.",
            field="separator",
        )
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError(
            f"{folder} is a file; give a folder for the CSV files.",
            f"{folder} est un fichier ; indiquez un dossier pour les fichiers CSV.",
        )
    data = _load(ws, meeting_ids)
    lang = _language(data, language)
    paths = targets("csv", folder)
    with new_folder(folder), atomic_paths(paths, overwrite=overwrite) as temps:
        counts = csv_export.write_csv(ws, data, temps, lang, separator, progress)
    return ExportResult(
        paths=tuple(paths),
        meetings=len(data),
        counts={
            "ideas": _retained(data),
            "polls": counts["polls.csv"],
            "ballots": counts["ballots.csv"],
        },
    )


def export_pdf(
    ws: Workspace,
    meeting_id: str,
    path: Path,
    progress: Progress | None = None,
    *,
    language: str | None = None,
    overwrite: bool = False,
) -> ExportResult:
    """The printable report of one meeting (Qt's PDF writer, no widgets)."""
    from facilitator.export.pdf import write_report

    data = load_meeting(ws, meeting_id)
    lang = _language([data], language)
    with atomic_path(Path(path), overwrite=overwrite) as temp:
        pages = write_report(data, temp, lang, progress)
    return ExportResult(paths=(Path(path),), meetings=1, counts={"pages": pages})


def export_decidim_import(
    ws: Workspace,
    meeting_id: str,
    path: Path,
    fmt: str = "xlsx",
    progress: Progress | None = None,
    *,
    locale: str | None = None,
    max_body: int = proposal_rules.DEFAULT_BODY_MAX,
    overwrite: bool = False,
) -> ExportResult:
    """Decidim's proposals import file for one meeting; ``rejected`` lists ideas to reword.

    ``locale`` is the platform's default locale (the meeting's language when None);
    ``max_body`` the proposals component's "proposal length". When no idea can become a
    proposal, nothing is written and :class:`~facilitator.export.decidim.NoProposalsError`
    (with the ideas left out) is raised.
    """
    if fmt not in decidim.FORMATS:
        raise ValidationError(
            "The Decidim import file is xlsx, csv or json.",
            "Le fichier d'import Decidim est au format xlsx, csv ou json.",
            field="format",
        )
    if locale is not None and not proposal_rules.is_locale(locale):
        raise ValidationError(
            f"“{locale}” is not a locale: give the platform's, such as fr, en or pt-BR.",
            f"« {locale} » n'est pas une langue : indiquez celle de la plateforme, comme fr, "
            "en ou pt-BR.",
            field="locale",
        )
    data = load_meeting(ws, meeting_id)
    good, bad = decidim.proposals(data, max_body)
    if not good:
        raise decidim.NoProposalsError(bad)
    with atomic_path(Path(path), overwrite=overwrite) as temp:
        decidim.write_decidim(good, temp, fmt, locale or data.language)
    if progress is not None:
        progress(1, 1)
    return ExportResult(
        paths=(Path(path),), meetings=1, counts={"proposals": len(good)}, rejected=tuple(bad)
    )


def export_bundle(
    ws: Workspace,
    meeting_ids: Sequence[str],
    path: Path,
    progress: Progress | None = None,
    *,
    overwrite: bool = False,
) -> ExportResult:
    """A meeting bundle for another laptop, carrying this laptop's edits as edits."""
    _need(meeting_ids)
    ids = list(dict.fromkeys(meeting_ids))
    snapshots = []
    for n, mid in enumerate(ids, 1):
        snapshots.append(ws.bundles.share(mid))
        if progress is not None:
            progress(n, len(ids) + 1)
    with atomic_path(Path(path), overwrite=overwrite) as temp:
        bundle_file.write_bundle(snapshots, temp)
    if progress is not None:
        progress(len(ids) + 1, len(ids) + 1)
    return ExportResult(
        paths=(Path(path),),
        meetings=len(snapshots),
        counts={
            "ideas": sum(
                1 for s in snapshots for i in s["ideas"] if i["status"] == RETAINED_STATUS.value
            ),
            "ballots": sum(len(s["ballots"]) for s in snapshots),
        },
    )


def import_bundle(ws: Workspace, path: Path) -> ImportReport:
    """Merge a bundle into the workspace in one transaction (see storage/bundles.py)."""
    path = Path(path)
    bundle = bundle_file.read_bundle(path)
    report = ws.bundles.merge(bundle.snapshots, bundle_file.source_label(path, bundle))
    return ImportReport(
        path=path,
        meetings=tuple(report.meetings),
        added=dict(report.added),
        updated=dict(report.updated),
        conflicts=tuple(report.conflicts),
        removed=dict(report.removed),
    )
