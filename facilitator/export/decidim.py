"""The Decidim proposals import file (xlsx, CSV with ``;``, or JSON) for one meeting.

For platforms without the write API: an administrator uploads it in the proposals component
("Import from a file"). Columns ``title/<locale>`` and ``body/<locale>`` as Decidim's importer
reads them (``decidim-admin/lib/decidim/admin/import/readers/``): CSV with ``;`` and no BOM,
JSON as a list of objects with ``{"title": {locale: ...}, "body": {locale: ...}}``, xlsx with a
header row. Each kept idea is one proposal; its title is the idea's text, its body the text,
the texts merged into it and where it came from. Decidim wants titles of 15 to 150 characters
and bodies of at least 15: ideas outside those limits are left out and listed, never truncated.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from facilitator.domain.model import IdeaStatus
from facilitator.export.cells import csv_text, is_hostile, printable
from facilitator.export.data import MeetingData
from facilitator.export.xlsx import save

TITLE_MIN = 15
TITLE_MAX = 150
BODY_MIN = 15
FORMATS = ("xlsx", "csv", "json")


@dataclass(frozen=True, slots=True)
class Proposal:
    idea_id: str
    number: int
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class RejectedIdea:
    """An idea Decidim would refuse, with the reason in both languages."""

    idea_id: str
    number: int
    text: str
    reason_en: str
    reason_fr: str

    def reason(self, language: str) -> str:
        return self.reason_fr if language == "fr" else self.reason_en


def _clean(text: str) -> str:
    return " ".join(text.split())


def proposals(data: MeetingData) -> tuple[list[Proposal], list[RejectedIdea]]:
    """The kept ideas as proposals, and the ideas that break Decidim's limits."""
    meeting = data.meeting
    numbers = data.idea_number()
    merged: dict[str, list[str]] = {}
    for idea in data.ideas:
        if idea.status is IdeaStatus.MERGED and idea.merged_into:
            merged.setdefault(idea.merged_into, []).append(_clean(idea.text))
    when = meeting.date.astimezone().strftime("%d/%m/%Y")
    good: list[Proposal] = []
    bad: list[RejectedIdea] = []
    for idea in data.ideas:
        if idea.status is not IdeaStatus.KEPT:
            continue
        number = numbers[idea.id]
        title = _clean(idea.text)
        if meeting.language == "fr":
            origin = f"Idée issue de la réunion « {meeting.title} » du {when}"
            also = "Idées rapprochées"
            theme = f" (thème : {idea.theme})" if idea.theme else ""
        else:
            origin = f"Idea from the meeting “{meeting.title}” on {when}"
            also = "Related ideas"
            theme = f" (theme: {idea.theme})" if idea.theme else ""
        parts = [idea.text.strip()]
        if merged.get(idea.id):
            parts.append(f"{also} : " + " ; ".join(merged[idea.id]))
        parts.append(origin + theme + ".")
        body = "\n\n".join(parts)
        if len(title) < TITLE_MIN:
            bad.append(
                RejectedIdea(
                    idea.id,
                    number,
                    title,
                    f"title too short ({len(title)} characters, Decidim wants {TITLE_MIN} to "
                    f"{TITLE_MAX})",
                    f"titre trop court ({len(title)} caractères, Decidim en demande de "
                    f"{TITLE_MIN} à {TITLE_MAX})",
                )
            )
        elif len(title) > TITLE_MAX:
            bad.append(
                RejectedIdea(
                    idea.id,
                    number,
                    title,
                    f"title too long ({len(title)} characters, Decidim wants {TITLE_MIN} to "
                    f"{TITLE_MAX})",
                    f"titre trop long ({len(title)} caractères, Decidim en demande de "
                    f"{TITLE_MIN} à {TITLE_MAX})",
                )
            )
        elif len(body) < BODY_MIN:
            bad.append(
                RejectedIdea(
                    idea.id,
                    number,
                    title,
                    f"description too short (at least {BODY_MIN} characters)",
                    f"description trop courte ({BODY_MIN} caractères au moins)",
                )
            )
        else:
            good.append(Proposal(idea.id, number, title, body))
    return good, bad


def write_decidim(data: MeetingData, items: Sequence[Proposal], path: Path, fmt: str) -> None:
    """Write ``items`` in Decidim's import format ``fmt`` (the caller makes it atomic)."""
    locale = data.language
    title_key, body_key = f"title/{locale}", f"body/{locale}"
    if fmt == "json":
        rows = [{"title": {locale: p.title}, "body": {locale: p.body}} for p in items]
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    elif fmt == "csv":
        # no BOM: Decidim's reader would take it as part of the first column's name
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow([title_key, body_key])
            for p in items:
                writer.writerow([csv_text(p.title), csv_text(p.body)])
    else:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("proposals")
        assert isinstance(sheet, WriteOnlyWorksheet)
        sheet.column_dimensions["A"].width = 60
        sheet.column_dimensions["B"].width = 90
        sheet.freeze_panes = "A2"
        header = []
        for key in (title_key, body_key):
            cell = WriteOnlyCell(sheet, value=key)
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        for p in items:
            row = []
            for text in (p.title, p.body):
                cell = WriteOnlyCell(sheet, value=printable(text))
                cell.data_type = "s"  # never a formula
                cell.quotePrefix = is_hostile(text)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                row.append(cell)
            sheet.append(row)
        save(book, path)
