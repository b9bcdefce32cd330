"""The Decidim proposals import file (xlsx, CSV with ``;``, or JSON) for one meeting.

For platforms without the write API: an administrator uploads it in the proposals component
("Import from a file"). Columns ``title/<locale>`` and ``body/<locale>`` as Decidim's importer
reads them (``decidim-admin/lib/decidim/admin/import/readers/``): CSV with ``;`` and no BOM,
JSON as a list of objects with ``{"title": {locale: ...}, "body": {locale: ...}}``, xlsx with a
header row. The locale is the platform's default one, which the coordinator chooses (the
meeting's language unless told otherwise).

Each kept idea is one proposal: its title is the idea's text, its body the text, the texts
merged into it and where it came from. Decidim keeps text exactly as given, so the texts are
cleaned of control characters and bidi overrides (a workspace an older version wrote may hold
them) and nothing else: no spreadsheet formula guard (an apostrophe would reach citizens), no
truncation. Ideas that break Decidim's rules
(:mod:`facilitator.domain.proposal_rules`) are left out and listed with what to fix.
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

from facilitator.domain import proposal_rules
from facilitator.domain.model import IdeaStatus, is_retained
from facilitator.domain.proposal_rules import Breach
from facilitator.export.cells import is_hostile
from facilitator.export.data import MeetingData
from facilitator.export.errors import ExportError
from facilitator.export.xlsx import save

FORMATS = ("xlsx", "csv", "json")


@dataclass(frozen=True, slots=True)
class Proposal:
    idea_id: str
    number: int
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class RejectedIdea:
    """An idea Decidim would refuse: every rule it breaks, each with a suggested fix."""

    idea_id: str
    number: int
    text: str
    breaches: tuple[Breach, ...]

    def reason(self, language: str) -> str:
        return " ".join(b.message(language) for b in self.breaches)

    def fixes(self, language: str) -> list[str]:
        return [b.fix(language) for b in self.breaches]


class NoProposalsError(ExportError):
    """No idea of the meeting can become a proposal; nothing was written.

    ``rejected`` lists the ideas left out and why (empty when the meeting has no kept idea).
    """

    def __init__(self, rejected: Sequence[RejectedIdea]) -> None:
        if rejected:
            super().__init__(
                f"No idea can become a Decidim proposal: all {len(rejected)} break its rules "
                "(listed above). Nothing was written; reword them and export again.",
                f"Aucune proposition pour Decidim : les {len(rejected)} idées enfreignent ses "
                "règles (liste ci-dessus). Rien n'a été écrit ; reformulez-les et exportez "
                "de nouveau.",
            )
        else:
            super().__init__(
                "No proposals: this meeting has no retained idea. Nothing was written.",
                "Aucune proposition : cette réunion n'a aucune idée retenue. Rien n'a été écrit.",
            )
        self.rejected = tuple(rejected)


def proposals(
    data: MeetingData, max_body: int = proposal_rules.DEFAULT_BODY_MAX
) -> tuple[list[Proposal], list[RejectedIdea]]:
    """The kept ideas as proposals, and the ideas that break Decidim's rules.

    ``max_body`` is the proposals component's "proposal length" (Decidim's default: 500).
    """
    meeting = data.meeting
    numbers = data.idea_number()
    merged: dict[str, list[str]] = {}
    for idea in data.ideas:
        if idea.status is IdeaStatus.MERGED and idea.merged_into:
            merged.setdefault(idea.merged_into, []).append(proposal_rules.clean(idea.text))
    when = meeting.date.astimezone().strftime("%d/%m/%Y")
    if meeting.language == "fr":
        origin = f"Idée issue de la réunion « {meeting.title} » du {when}"
        also, theme_word = "Idées rapprochées :", "thème :"
    else:
        origin = f"Idea from the meeting “{meeting.title}” on {when}"
        also, theme_word = "Related ideas:", "theme:"
    good: list[Proposal] = []
    bad: list[RejectedIdea] = []
    for idea in data.ideas:
        if not is_retained(idea):
            continue
        title = proposal_rules.clean(idea.text)
        parts = [proposal_rules.clean(idea.text, multiline=True)]
        if merged.get(idea.id):
            parts.append(f"{also} " + " ; ".join(merged[idea.id]))
        theme = f" ({theme_word} {idea.theme})" if idea.theme else ""
        parts.append(proposal_rules.clean(origin + theme + "."))
        body = "\n\n".join(parts)
        breaches = proposal_rules.check(title, body, max_body)
        number = numbers[idea.id]
        if breaches:
            bad.append(RejectedIdea(idea.id, number, title, tuple(breaches)))
        else:
            good.append(Proposal(idea.id, number, title, body))
    return good, bad


def write_decidim(items: Sequence[Proposal], path: Path, fmt: str, locale: str) -> None:
    """Write ``items`` in Decidim's import format ``fmt`` (the caller makes it atomic)."""
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
                writer.writerow([p.title, p.body])
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
                cell = WriteOnlyCell(sheet, value=text)
                cell.data_type = "s"  # never a formula
                # a style, not a character: the cell's text stays exactly the idea's
                cell.quotePrefix = is_hostile(text)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                row.append(cell)
            sheet.append(row)
        save(book, path)
