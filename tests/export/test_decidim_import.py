"""The Decidim proposals import file: formats Decidim reads, limits checked, nothing truncated."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import Idea, IdeaStatus
from facilitator.export import service
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo

SHORT = "Des bancs"
LONG = "Une idée très longue " * 10


@pytest.fixture
def meeting_id(ws: Workspace) -> str:
    meeting = create_demo(ws)
    ws.ideas.add(Idea(meeting_id=meeting.id, text=SHORT))
    ws.ideas.add(Idea(meeting_id=meeting.id, text=LONG))
    ws.ideas.add(Idea(meeting_id=meeting.id, text='=HYPERLINK("http://x") pour la place'))
    return meeting.id


def _kept(ws: Workspace, meeting_id: str) -> int:
    return len(ws.ideas.for_meeting(meeting_id, [IdeaStatus.KEPT]))


def test_json_has_one_proposal_per_kept_idea_within_limits(
    ws: Workspace, meeting_id: str, tmp_path: Path
) -> None:
    result = service.export_decidim_import(ws, meeting_id, tmp_path / "p.json", "json")
    rows = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert len(rows) == result.counts["proposals"] == _kept(ws, meeting_id) - 2
    for row in rows:
        assert set(row) == {"title", "body"}
        assert 15 <= len(row["title"]["fr"]) <= 150
        assert len(row["body"]["fr"]) >= 15
        assert "réunion « Consultation" in row["body"]["fr"]
    merged = next(r for r in rows if r["title"]["fr"].startswith("Planter des arbres"))
    assert "Plus d'arbres sur la place" in merged["body"]["fr"]  # the idea merged into it
    titles = {r["title"]["fr"] for r in rows}
    assert SHORT not in titles and LONG.strip() not in titles


def test_ideas_breaking_the_limits_are_listed_with_reasons(
    ws: Workspace, meeting_id: str, tmp_path: Path
) -> None:
    result = service.export_decidim_import(ws, meeting_id, tmp_path / "p.xlsx", "xlsx")
    reasons = {r.text: r for r in result.rejected}
    assert set(reasons) == {SHORT, LONG.strip()}
    assert "trop court" in reasons[SHORT].reason("fr")
    assert "too long" in reasons[LONG.strip()].reason("en")
    assert all(r.number > 0 for r in result.rejected)


def test_csv_is_semicolon_separated_without_bom(
    ws: Workspace, meeting_id: str, tmp_path: Path
) -> None:
    service.export_decidim_import(ws, meeting_id, tmp_path / "p.csv", "csv")
    raw = (tmp_path / "p.csv").read_bytes()
    assert raw.startswith(b"title/fr;body/fr")  # a BOM would break Decidim's header match
    rows = list(csv.reader(io.StringIO(raw.decode(), newline=""), delimiter=";"))
    assert len(rows) - 1 == _kept(ws, meeting_id) - 2
    assert all(not r[0].startswith("=") for r in rows)


def test_xlsx_has_the_header_row_and_text_cells(
    ws: Workspace, meeting_id: str, tmp_path: Path
) -> None:
    service.export_decidim_import(ws, meeting_id, tmp_path / "p.xlsx", "xlsx")
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    sheet = book.active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == ["title/fr", "body/fr"]
    hostile = [row[0] for row in sheet.iter_rows(min_row=2) if str(row[0].value).startswith("=")]
    assert len(hostile) == 1 and hostile[0].data_type == "s"
    book.close()


def test_unknown_format_is_refused(ws: Workspace, meeting_id: str, tmp_path: Path) -> None:
    with pytest.raises(FacilitatorError):
        service.export_decidim_import(ws, meeting_id, tmp_path / "p.txt", "txt")
    assert not (tmp_path / "p.txt").exists()
