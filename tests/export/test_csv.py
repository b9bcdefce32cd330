"""CSV export: BOM, separators, decimals, the same tables, hostile text neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from facilitator.export import service
from facilitator.export.cells import csv_text
from facilitator.export.csv_export import FILE_NAMES
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo
from tests.export.conftest import HOSTILE_IDEAS, HOSTILE_NOTES, add_hostile_meeting


def _read(path: Path, separator: str) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so Excel reads accents"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=separator))


def test_csv_files_hold_the_same_tables(ws: Workspace, tmp_path: Path) -> None:
    demo = create_demo(ws)
    result = service.export_csv(ws, [demo.id], tmp_path / "out")
    assert [p.name for p in result.paths] == list(FILE_NAMES)
    ideas = _read(tmp_path / "out" / "ideas.csv", ";")
    assert ideas[0][:3] == ["Réunion", "N°", "Idée"]
    assert len(ideas) - 1 == len(ws.ideas.for_meeting(demo.id))
    assert any("Végétalisation" in row for row in ideas)
    ballots = _read(tmp_path / "out" / "ballots.csv", ";")
    total = sum(ws.ballots.count(p.id) for p in ws.polls.for_meeting(demo.id))
    assert len(ballots) - 1 == total == result.counts["ballots"]
    polls = _read(tmp_path / "out" / "polls.csv", ";")
    share = polls[1][10]
    assert share.endswith("%") and "," in share  # French decimals with ; as separator
    summary = _read(tmp_path / "out" / "summary.csv", ";")
    assert summary[1][5] == "47"


def test_comma_separator_uses_decimal_points(ws: Workspace, tmp_path: Path) -> None:
    demo = create_demo(ws)
    service.export_csv(ws, [demo.id], tmp_path / "out", separator=",")
    polls = _read(tmp_path / "out" / "polls.csv", ",")
    assert "." in polls[1][10] and "," not in polls[1][10]
    assert len({len(row) for row in polls[1:]}) >= 1


def test_hostile_text_gets_an_apostrophe_everywhere(ws: Workspace, tmp_path: Path) -> None:
    meeting = add_hostile_meeting(ws)
    service.export_csv(ws, [meeting.id], tmp_path / "out")
    fields = []
    for name in FILE_NAMES:
        for row in _read(tmp_path / "out" / name, ";")[1:]:
            fields.extend(row)
    assert fields
    for value in fields:
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    for hostile in HOSTILE_IDEAS:
        assert "'" + hostile in fields
    assert "'" + HOSTILE_NOTES in fields
    assert "'-moins" in fields  # themes too
    assert csv_text("Plain text") == "Plain text"


def test_bad_separator_and_file_as_folder_are_refused(ws: Workspace, tmp_path: Path) -> None:
    from facilitator.domain.errors import FacilitatorError

    demo = create_demo(ws)
    with pytest.raises(FacilitatorError):
        service.export_csv(ws, [demo.id], tmp_path / "out", separator="|")
    target = tmp_path / "a-file"
    target.write_text("keep me")
    with pytest.raises(FacilitatorError) as info:
        service.export_csv(ws, [demo.id], target)
    assert "dossier" in info.value.fr and "folder" in info.value.en
    assert target.read_text() == "keep me"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_progress_climbs_to_its_total(ws: Workspace, tmp_path: Path, kind: str) -> None:
    demo = create_demo(ws)
    steps: list[tuple[int, int]] = []
    if kind == "csv":
        service.export_csv(ws, [demo.id], tmp_path / "out", lambda d, t: steps.append((d, t)))
    else:
        service.export_xlsx(ws, [demo.id], tmp_path / "m.xlsx", lambda d, t: steps.append((d, t)))
    assert steps
    done = [d for d, _ in steps]
    assert done == sorted(done)
    assert len({t for _, t in steps}) == 1
    assert steps[-1][0] == steps[-1][1]


#: Texts a spreadsheet would read as a date, a time, a number or a truth value.
LOOKS_LIKE_VALUES = ("1/2", "2 mai", "Jan 2", "0012", "12:30", "1e5", "1 000", "Vrai", "TRUE")


def _value_like_meeting(ws: Workspace) -> str:
    from facilitator.domain.model import Idea, Meeting, Poll, PollMethod, PollOption

    meeting = ws.meetings.create(Meeting(title="Fractions et dates"))
    for text in LOOKS_LIKE_VALUES:
        ws.ideas.add(Idea(meeting_id=meeting.id, text=text))
    ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question="Quelle part du budget ?",
            method=PollMethod.SINGLE,
            options=tuple(PollOption(label=text) for text in LOOKS_LIKE_VALUES),
        )
    )
    return meeting.id


def test_every_row_has_as_many_fields_as_its_header(ws: Workspace, tmp_path: Path) -> None:
    demo = create_demo(ws)  # single choice, approval, judgment...: grade columns for some only
    service.export_csv(ws, [demo.id, _value_like_meeting(ws)], tmp_path / "out")
    for name in FILE_NAMES:
        rows = _read(tmp_path / "out" / name, ";")
        assert {len(row) for row in rows} == {len(rows[0])}, name


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
def test_text_stays_text_when_libreoffice_opens_the_csv(
    ws: Workspace, tmp_path: Path, locale: str
) -> None:
    from tests.export.conftest import soffice_convert

    meeting = _value_like_meeting(ws)
    service.export_csv(ws, [meeting], tmp_path / "out")
    # what a double-click does: UTF-8, ";" and the user's locale (1033 en-US, 1036 fr-FR)
    language = {"en-US": "1033", "fr-FR": "1036"}[locale]
    filter_options = f"CSV:59,34,76,1,,{language}"
    cells: dict[str, list[object]] = {}
    for name in ("ideas.csv", "polls.csv"):
        reopened = soffice_convert(
            tmp_path / "out" / name, "xlsx", tmp_path / f"lo-{locale}", filter_options
        )
        book = openpyxl.load_workbook(reopened)
        header = [c.value for c in book.active[1]]
        column = header.index("Idée" if name == "ideas.csv" else "Option")
        cells[name] = [row[column].value for row in book.active.iter_rows(min_row=2)]
        book.close()
    for name, values in cells.items():
        for text, value in zip(LOOKS_LIKE_VALUES, values, strict=True):
            # a text cell: the text itself, or with the leading apostrophe that marks it as text
            assert value in (text, "'" + text), (name, text, value)


def test_text_stays_text_when_libreoffice_opens_the_workbook(ws: Workspace, tmp_path: Path) -> None:
    from tests.export.conftest import soffice_convert

    meeting = _value_like_meeting(ws)
    service.export_xlsx(ws, [meeting], tmp_path / "m.xlsx")
    reopened = soffice_convert(tmp_path / "m.xlsx", "xlsx", tmp_path / "lo")
    book = openpyxl.load_workbook(reopened)
    ideas = [row[2].value for row in book["Idées"].iter_rows(min_row=2)]
    options = [row[8].value for row in book["Votes"].iter_rows(min_row=2)]
    book.close()
    assert ideas == list(LOOKS_LIKE_VALUES)
    assert options == list(LOOKS_LIKE_VALUES)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("1/2", True),
        ("1er mai", True),
        ("2 septembre 2026", True),
        ("May 5th, 2026", True),
        ("50 %", True),
        ("faux", True),
        ("3 bancs", False),
        ("Mars", False),
        ("Planter des arbres", False),
        ("Bus 12 toutes les 10 min", False),
    ],
)
def test_which_text_is_marked_as_text(text: str, marked: bool) -> None:
    assert (csv_text(text) == "'" + text) is marked


def test_results_the_room_never_saw_are_marked(ws: Workspace, tmp_path: Path) -> None:
    from tests.export.conftest import LIVE, NEVER_REVEALED, REVEALED, add_unrevealed_meeting

    meeting = add_unrevealed_meeting(ws)
    service.export_csv(ws, [meeting.id], tmp_path / "out")
    polls = _read(tmp_path / "out" / "polls.csv", ";")
    header = polls[0]
    shown = header.index("Résultats vus par la salle")
    winner = header.index("Gagnant")
    by_question: dict[str, set[str]] = {}
    for row in polls[1:]:
        by_question.setdefault(row[2], set()).add(row[shown])
        if row[8] == "Square des Tilleuls":
            assert row[winner] == "Oui"  # the coordinator still gets the result
    assert by_question == {
        NEVER_REVEALED: {"Non : jamais dévoilés à la salle"},
        REVEALED: {"Oui, dévoilés"},
        LIVE: {"Oui, en direct"},
    }


def test_a_headcount_not_taken_is_left_empty_not_zero(ws: Workspace, tmp_path: Path) -> None:
    from tests.export.conftest import add_unrevealed_meeting

    meeting = add_unrevealed_meeting(ws)  # nobody counted the people present
    service.export_csv(ws, [meeting.id], tmp_path / "out")
    summary = _read(tmp_path / "out" / "summary.csv", ";")
    attendance = _read(tmp_path / "out" / "attendance.csv", ";")
    for rows, column in ((summary, "Participants"), (attendance, "Nombre de participants")):
        assert rows[1][rows[0].index(column)] == ""
        assert rows[1][rows[0].index("Taux de participation")] == ""
