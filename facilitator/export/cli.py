"""``facilitator export`` and ``facilitator import-bundle`` (routed here by facilitator/cli.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facilitator.domain.errors import current_language
from facilitator.export import service
from facilitator.storage.workspace import Workspace


def _say(text: str, *, err: bool = False) -> None:
    """One line for the person at the terminal (stdout, or stderr for warnings)."""
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n")


def _decidim_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in ("xlsx", "csv", "json") else "xlsx"


def cmd_export(args: argparse.Namespace) -> int:
    """Export meetings; print what was written. Exit 0, or raise a FacilitatorError."""
    lang = current_language()
    with Workspace.open(args.data_dir_path) as ws:
        ids = [ws.meetings.find(ident).id for ident in args.meetings]
        if args.xlsx:
            result = service.export_xlsx(ws, ids, Path(args.xlsx))
        elif args.csv:
            result = service.export_csv(ws, ids, Path(args.csv), separator=args.separator)
        elif args.pdf:
            results = [
                service.export_pdf(ws, mid, _numbered(Path(args.pdf), n, len(ids)))
                for n, mid in enumerate(ids, 1)
            ]
            for r in results:
                _say(r.describe(lang))
            return 0
        elif args.decidim_import:
            target = Path(args.decidim_import)
            for n, mid in enumerate(ids, 1):
                result = service.export_decidim_import(
                    ws, mid, _numbered(target, n, len(ids)), _decidim_format(target)
                )
                _say(result.describe(lang))
                _print_rejected(result, lang)
            return 0
        else:
            result = service.export_bundle(ws, ids, Path(args.bundle))
    _say(result.describe(lang))
    return 0


def _numbered(path: Path, n: int, total: int) -> Path:
    """One file per meeting when several are asked for: report.pdf -> report-2.pdf."""
    return path if total == 1 or n == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")


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
