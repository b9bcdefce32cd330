"""``facilitator export`` and ``facilitator import-bundle`` (routed here by facilitator/cli.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facilitator.domain.errors import current_language
from facilitator.export import atomic, service
from facilitator.export.errors import ExistingFileError, ExportError
from facilitator.storage.workspace import Workspace


def _say(text: str, *, err: bool = False) -> None:
    """One line for the person at the terminal (stdout, or stderr for warnings)."""
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n")


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
    names = ", ".join(str(p) for p in exc.paths)
    return ExportError(
        f"{names} already exists; nothing was written. Add --force to replace it.",
        f"{names} existe déjà ; rien n'a été écrit. Ajoutez --force pour le remplacer.",
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
                for n, mid in enumerate(ids, 1):
                    path = service.numbered_path(target, n, len(ids))
                    result = service.export_decidim_import(
                        ws, mid, path, _decidim_format(target), overwrite=force
                    )
                    _say(result.describe(lang))
                    _print_rejected(result, lang)
                return 0
            else:
                result = service.export_bundle(ws, ids, target, overwrite=force)
        except ExistingFileError as exc:  # a file that appeared meanwhile
            raise _force_hint(exc) from None
    _say(result.describe(lang))
    return 0


def _print_rejected(result: service.ExportResult, lang: str) -> None:
    if not result.rejected:
        return
    if lang == "fr":
        _say(
            f"{len(result.rejected)} idée(s) laissée(s) de côté : reformulez-les pour Decidim.",
            err=True,
        )
    else:
        _say(f"{len(result.rejected)} idea(s) left out: reword them for Decidim.", err=True)
    for idea in result.rejected:
        _say(f"  #{idea.number} « {idea.text} » — {idea.reason(lang)}", err=True)


def cmd_import_bundle(args: argparse.Namespace) -> int:
    """Merge a meeting bundle; print what was added, updated and flagged."""
    lang = current_language()
    with Workspace.open(args.data_dir_path) as ws:
        report = service.import_bundle(ws, Path(args.file))
    for line in report.describe(lang):
        _say(line)
    return 0
