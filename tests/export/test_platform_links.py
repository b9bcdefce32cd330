"""What became of the ideas: once synced, each idea's proposal address is in the workbook and
the CSV files (an idea merged into another carries that one's)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl

from facilitator.domain.model import IdeaStatus
from facilitator.export import service
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo
from tests.export.conftest import link_as_synced

HEADER = "Proposition sur la plateforme"


def _expected(ws: Workspace, meeting_id: str, links: dict[str, str]) -> dict[str, str | None]:
    ideas = ws.ideas.for_meeting(meeting_id)
    by_id = {i.id: i for i in ideas}
    expected: dict[str, str | None] = {}
    for idea in ideas:
        if idea.status is IdeaStatus.KEPT:
            expected[idea.text] = links[idea.text]
        elif idea.status is IdeaStatus.MERGED and idea.merged_into:
            expected[idea.text] = links[by_id[idea.merged_into].text]
        else:
            expected[idea.text] = None
    return expected


def test_the_csv_and_the_workbook_carry_each_ideas_proposal(ws: Workspace, tmp_path: Path) -> None:
    demo = create_demo(ws)
    not_linked = create_demo(ws)
    links = link_as_synced(ws, demo)
    expected = _expected(ws, demo.id, links)
    assert any(v is None for v in expected.values())  # hidden or rejected ideas: none
    merged = [i for i in ws.ideas.for_meeting(demo.id) if i.status is IdeaStatus.MERGED]
    assert merged, "the demo has merged ideas"

    service.export_csv(ws, [demo.id, not_linked.id], tmp_path / "csv")
    raw = (tmp_path / "csv" / "ideas.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))
    column = rows[0].index(HEADER)
    idea, meeting = rows[0].index("Idée"), rows[0].index("Réunion")
    ours = [r for r in rows[1:] if r[meeting] == demo.title][: len(expected)]
    assert {r[idea]: (r[column] or None) for r in ours} == expected
    others = rows[1 + len(expected) :]
    assert others and all(r[column] == "" for r in others)

    service.export_xlsx(ws, [demo.id], tmp_path / "ideas.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "ideas.xlsx")["Idées"]
    header = [c.value for c in sheet[1]]
    found = {
        row[header.index("Idée")]: row[header.index(HEADER)]
        for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert found == expected
