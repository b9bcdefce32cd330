"""The Excel workbook, reopened by LibreOffice: sheets, real types, formula injection, charts."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from facilitator.domain.model import Channel
from facilitator.export import service
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo
from tests.export.conftest import (
    HOSTILE_IDEAS,
    HOSTILE_NOTES,
    add_english_meeting,
    add_hostile_meeting,
    soffice_convert,
)


@dataclass(frozen=True)
class Exported:
    ours: Path
    reopened: Path
    english: Path
    ballots: int
    voters: list[str]
    progress: list[tuple[int, int]]
    demo_title: str


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    base = tmp_path_factory.mktemp("xlsx")
    with Workspace.open(base / "data") as ws:
        demo = create_demo(ws)
        hostile = add_hostile_meeting(ws)
        english = add_english_meeting(ws)
        ballots = sum(
            ws.ballots.count(p.id) for m in (demo, hostile) for p in ws.polls.for_meeting(m.id)
        )
        voters = [
            b.voter
            for m in (demo, hostile)
            for p in ws.polls.for_meeting(m.id)
            for b in ws.ballots.for_poll(p.id)
        ]
        progress: list[tuple[int, int]] = []
        ours = base / "meetings.xlsx"
        result = service.export_xlsx(
            ws, [demo.id, hostile.id], ours, lambda d, t: progress.append((d, t))
        )
        assert result.counts["ballots"] == ballots
        english_path = base / "english.xlsx"
        service.export_xlsx(ws, [english.id], english_path)
    reopened = soffice_convert(ours, "xlsx", base / "lo")
    yield Exported(ours, reopened, english_path, ballots, voters, progress, demo.title)


def _rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path)
    try:
        return [tuple(c.value for c in row) for row in book[sheet].iter_rows()]
    finally:
        book.close()


def test_libreoffice_opens_it_with_every_sheet_in_the_meeting_language(exported: Exported) -> None:
    book = openpyxl.load_workbook(exported.reopened)
    assert book.sheetnames == ["Synthèse", "Idées", "Votes", "Bulletins", "Participation"]
    summary = [c.value for c in book["Synthèse"][1]]
    assert summary[:3] == ["Réunion", "Date", "Quartier"]
    book.close()


def test_values_come_back_with_their_real_types(exported: Exported) -> None:
    summary = _rows(exported.reopened, "Synthèse")
    demo_row = next(r for r in summary if r[0] == exported.demo_title)
    assert isinstance(demo_row[1], datetime)  # a date, not text
    assert demo_row[5] == 47  # attendance, a number
    assert isinstance(demo_row[12], float) and 0 < demo_row[12] <= 1  # participation rate
    polls = _rows(exported.reopened, "Votes")
    header = polls[0]
    assert header[:3] == ("Réunion", "N°", "Question")
    first = polls[1]
    assert isinstance(first[9], int)  # votes
    assert isinstance(first[10], float)  # share
    assert first[12] in ("Oui", "Égalité", None)  # winner
    ballots = _rows(exported.reopened, "Bulletins")
    assert all(isinstance(r[4], datetime) for r in ballots[1:])


def test_every_ballot_has_a_row_and_no_voter_appears(exported: Exported) -> None:
    ballots = _rows(exported.reopened, "Bulletins")
    assert len(ballots) - 1 == exported.ballots
    channels = {r[3] for r in ballots[1:]}
    assert channels <= {"Téléphone", "Ticket", "Papier", "Main levée"}
    cells = {str(v) for row in ballots for v in row}
    for voter in exported.voters:
        assert not any(voter in c for c in cells)
    # readable content: a yes/no ballot reads "Oui", "Non" or "Abstention"
    assert {"Oui", "Non"} <= {r[5] for r in ballots[1:]}


def test_hostile_text_stays_literal_text_in_libreoffice(exported: Exported) -> None:
    book = openpyxl.load_workbook(exported.reopened)
    try:
        ideas = book["Idées"]
        texts = {}
        for row in ideas.iter_rows(min_row=2):
            texts[row[2].value] = row[2]
        for hostile in HOSTILE_IDEAS:
            cell = texts[hostile]
            assert cell.data_type == "s", f"{hostile!r} became {cell.data_type}"
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", f"formula in {sheet.title}!{cell.coordinate}"
        notes = [r[-2].value for r in book["Participation"].iter_rows(min_row=2)]
        assert HOSTILE_NOTES in notes
        titles = {r[0].value for r in book["Synthèse"].iter_rows(min_row=2)}
        assert "=cmd|' /C calc'!A0" in titles
    finally:
        book.close()


def test_hostile_text_is_never_a_formula_in_our_file(exported: Exported) -> None:
    with zipfile.ZipFile(exported.ours) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in zf.read(name), name
    book = openpyxl.load_workbook(exported.ours)
    cell = next(r[2] for r in book["Idées"].iter_rows(min_row=2) if r[2].value == HOSTILE_IDEAS[0])
    assert cell.quotePrefix  # Excel keeps it text even when the cell is edited
    book.close()


def test_frozen_header_autofilter_widths_and_one_chart_per_poll(exported: Exported) -> None:
    book = openpyxl.load_workbook(exported.ours)
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert sheet.column_dimensions["A"].width > 10
    book.close()
    with zipfile.ZipFile(exported.ours) as zf:
        charts = [n for n in zf.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 7  # the demo's six polls and the hostile meeting's one
        stacked = [n for n in charts if b'grouping val="stacked"' in zf.read(n)]
        assert len(stacked) == 1  # the majority judgment merit profile
    with zipfile.ZipFile(exported.reopened) as zf:
        assert len([n for n in zf.namelist() if n.startswith("xl/charts/chart")]) == 7


def test_majority_judgment_profile_columns(exported: Exported) -> None:
    polls = _rows(exported.reopened, "Votes")
    header = polls[0]
    assert "Mention majoritaire" in header
    assert header[-7:] == (
        "Excellent",
        "Très bien",
        "Bien",
        "Assez bien",
        "Passable",
        "Insuffisant",
        "À rejeter",
    )
    judged = [r for r in polls[1:] if r[3] == "Jugement majoritaire"]
    assert len(judged) == 3
    for row in judged:
        assert sum(v for v in row[-7:] if isinstance(v, int)) == row[9]


def test_progress_is_reported_and_reaches_the_end(exported: Exported) -> None:
    assert exported.progress
    done, total = exported.progress[-1]
    assert done == total
    assert all(a[0] <= b[0] for a, b in zip(exported.progress, exported.progress[1:], strict=False))


def test_english_meeting_exports_in_english(exported: Exported) -> None:
    book = openpyxl.load_workbook(exported.english)
    assert book.sheetnames == ["Summary", "Ideas", "Polls", "Ballots", "Attendance"]
    assert [c.value for c in book["Polls"][1]][:3] == ["Meeting", "No.", "Question"]
    book.close()


def test_channels_are_all_columns(exported: Exported) -> None:
    header = _rows(exported.ours, "Votes")[0]
    assert {"Téléphone", "Ticket", "Papier", "Main levée"} <= set(header)
    assert len(Channel) == 4


def test_text_longer_than_an_excel_cell_is_cut_visibly(tmp_path: Path) -> None:
    from facilitator.domain.model import Attendance, Meeting

    with Workspace.open(tmp_path / "data") as ws:
        meeting = ws.meetings.create(Meeting(title="Notes fleuves"))
        ws.attendance.save(Attendance(meeting_id=meeting.id, headcount=3, notes="x" * 40000))
        service.export_xlsx(ws, [meeting.id], tmp_path / "m.xlsx")
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    notes = [c.value for c in book["Participation"][2] if isinstance(c.value, str)]
    book.close()
    longest = max(notes, key=len)
    assert len(longest) == 32767 and longest.endswith("…")


def test_results_the_room_never_saw_are_marked(tmp_path: Path) -> None:
    from tests.export.conftest import LIVE, NEVER_REVEALED, REVEALED, add_unrevealed_meeting

    with Workspace.open(tmp_path / "data") as ws:
        meeting = add_unrevealed_meeting(ws)
        service.export_xlsx(ws, [meeting.id], tmp_path / "m.xlsx")
    reopened = soffice_convert(tmp_path / "m.xlsx", "xlsx", tmp_path / "lo")
    polls = _rows(reopened, "Votes")
    shown = polls[0].index("Résultats vus par la salle")
    assert {r[2]: r[shown] for r in polls[1:]} == {
        NEVER_REVEALED: "Non : jamais dévoilés à la salle",
        REVEALED: "Oui, dévoilés",
        LIVE: "Oui, en direct",
    }
    with zipfile.ZipFile(tmp_path / "m.xlsx") as zf:
        titles = [zf.read(n).decode() for n in sorted(zf.namelist()) if "charts/chart" in n]
    marked = [t for t in titles if "jamais dévoilés" in t]
    assert len(marked) == 1 and NEVER_REVEALED in marked[0]
