"""``facilitator export`` and ``facilitator import-bundle`` (routed here by facilitator/cli.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator.domain import proposal_rules
from facilitator.domain.errors import current_language
from facilitator.domain.plurals import counted, in_both
from facilitator.export import atomic, service
from facilitator.export.decidim import NoProposalsError, RejectedIdea
from facilitator.export.errors import ExistingFileError, ExportError, in_the_way
from facilitator.storage.workspace import Workspace


def _say(text: str) -> None:
    """One line of output (the one-line reason of a failure goes to stderr via cli.py)."""
    sys.stdout.write(text + "\n")


def _decidim_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in ("xlsx", "csv", "json") else "xlsx"


def _kind(args: argparse.Namespace) -> tuple[str, Path]:
    for kind, option in (
        ("xlsx", "xlsx"),
        ("csv", "csv"),
        ("pdf", "pdf"),
        ("decidim", "decidim_import"),
        ("bundle", "bundle"),
    ):
        value = getattr(args, option)
        if value:
            return kind, Path(value)
    raise AssertionError("argparse requires one format")


def _refuse_existing(kind: str, target: Path, meetings: int) -> None:
    """Refuse, before anything is written, to replace files without ``--force``."""
    try:
        atomic.refuse_existing(service.targets(kind, target, meetings))
    except ExistingFileError as exc:
        raise _force_hint(exc) from None


def _force_hint(exc: ExistingFileError) -> ExportError:
    en, fr = in_the_way(exc.paths)
    one = len(exc.paths) == 1
    return ExportError(
        f"{en}; nothing was written. Add --force to replace {'it' if one else 'them'}.",
        f"{fr} ; rien n'a été écrit. Ajoutez --force pour {'le' if one else 'les'} remplacer.",
    )


def cmd_export(args: argparse.Namespace) -> int:
    """Export meetings; print what was written. Exit 0, or raise a FacilitatorError."""
    lang = current_language()
    force = bool(args.force)
    kind, target = _kind(args)
    with Workspace.open(args.data_dir_path) as ws:
        ids = list(dict.fromkeys(ws.meetings.find(ident).id for ident in args.meetings))
        if not force:
            _refuse_existing(kind, target, len(ids))
        try:
            if kind == "xlsx":
                result = service.export_xlsx(ws, ids, target, overwrite=force)
            elif kind == "csv":
                result = service.export_csv(
                    ws, ids, target, separator=args.separator, overwrite=force
                )
            elif kind == "pdf":
                for n, mid in enumerate(ids, 1):
                    path = service.numbered_path(target, n, len(ids))
                    _say(service.export_pdf(ws, mid, path, overwrite=force).describe(lang))
                return 0
            elif kind == "decidim":
                return _decidim(ws, ids, target, args, lang)
            else:
                result = service.export_bundle(ws, ids, target, overwrite=force)
        except ExistingFileError as exc:  # a file that appeared meanwhile
            raise _force_hint(exc) from None
    _say(result.describe(lang))
    return 0


def _decidim(
    ws: Workspace, ids: list[str], target: Path, args: argparse.Namespace, lang: str
) -> int:
    """One import file per meeting; every idea left out is listed, and then it is a failure."""
    left_out = 0
    failures: list[NoProposalsError] = []
    for n, mid in enumerate(ids, 1):
        path = service.numbered_path(target, n, len(ids))
        try:
            result = service.export_decidim_import(
                ws,
                mid,
                path,
                _decidim_format(target),
                locale=args.locale,
                max_body=(
                    proposal_rules.DEFAULT_BODY_MAX
                    if args.proposal_length is None
                    else args.proposal_length
                ),
                overwrite=bool(args.force),
            )
        except NoProposalsError as exc:
            _print_rejected(exc.rejected, lang)
            failures.append(exc)
            continue
        _say(result.describe(lang))
        _print_rejected(result.rejected, lang)
        left_out += len(result.rejected)
    if len(failures) == 1 and len(ids) == 1:
        raise failures[0]
    left_out += sum(len(f.rejected) for f in failures)
    empty = sum(1 for f in failures if not f.rejected)
    en: list[str] = []
    fr: list[str] = []
    if left_out:
        breaks = in_both(
            left_out,
            ("idea breaks Decidim's rules and is", "ideas break Decidim's rules and are"),
            (
                "idée enfreint les règles de Decidim et reste",
                "idées enfreignent les règles de Decidim et restent",
            ),
        )
        en.append(breaks[0] + " left out (listed above): reword and export again")
        fr.append(breaks[1] + " de côté (liste ci-dessus) : reformulez et exportez de nouveau")
    if empty:
        meetings = in_both(
            empty,
            (
                "meeting has no retained idea: no file for it",
                "meetings have no retained idea: no file for them",
            ),
            (
                "réunion sans idée retenue : aucun fichier pour elle",
                "réunions sans idée retenue : aucun fichier pour elles",
            ),
        )
        en.append(meetings[0])
        fr.append(meetings[1])
    if en:
        raise ExportError("; ".join(en) + ".", " ; ".join(fr) + ".")
    return 0


def _print_rejected(rejected: Sequence[RejectedIdea], lang: str) -> None:
    """Each idea left out, the rules it breaks and what to do (on stdout: it is the output)."""
    if not rejected:
        return
    left_out = counted(
        len(rejected),
        lang,
        ("idea left out", "ideas left out"),
        ("idée laissée de côté", "idées laissées de côté"),
    )
    _say(
        left_out + (", à reformuler pour Decidim :" if lang == "fr" else ", to reword for Decidim:")
    )
    for idea in rejected:
        quoted = f"« {idea.text} »" if lang == "fr" else f"“{idea.text}”"
        _say(f"  #{idea.number} {quoted}")
        for breach in idea.breaches:
            _say(f"      {breach.message(lang)} → {breach.fix(lang)}")


def cmd_import_bundle(args: argparse.Namespace) -> int:
    """Merge a meeting bundle; print what was added, updated and flagged."""
    lang = current_language()
    with Workspace.open(args.data_dir_path) as ws:
        report = service.import_bundle(ws, Path(args.file))
    for line in report.describe(lang):
        _say(line)
    return 0
