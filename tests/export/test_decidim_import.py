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
    # exactly the idea's text: Decidim would keep a formula guard's apostrophe
    assert '=HYPERLINK("http://x") pour la place' in [r[0] for r in rows]


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


def _cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    from facilitator import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(["--data-dir", str(data_dir), "--lang", "fr", *args])
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def _meeting(ws: Workspace, *texts: str) -> str:
    from facilitator.domain.model import Meeting

    meeting = ws.meetings.create(Meeting(title="Réunion du square"))
    for text in texts:
        ws.ideas.add(Idea(meeting_id=meeting.id, text=text))
    return meeting.id


def _saved_meeting(data_dir: Path, *texts: str) -> str:
    """A meeting in a workspace closed again, for the command line to open."""
    with Workspace.open(data_dir) as ws:
        return _meeting(ws, *texts)


GOOD = "Installer des bancs à l'ombre près du square"
HOSTILE = '=HYPERLINK("http://x") pour la place'


def test_the_csv_carries_the_text_exactly(ws: Workspace, tmp_path: Path) -> None:
    """Decidim keeps text as given: a spreadsheet's formula guard would reach citizens."""
    meeting = _meeting(ws, GOOD, HOSTILE, "-5 % de voitures autour de l'école")
    service.export_decidim_import(ws, meeting, tmp_path / "p.csv", "csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "p.csv").read_text()), delimiter=";"))
    titles = [r[0] for r in rows[1:]]
    assert titles == [GOOD, HOSTILE, "-5 % de voitures autour de l'école"]
    assert all(r[1].startswith(r[0]) for r in rows[1:])  # the body starts with the idea too


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_control_characters_never_reach_decidim(ws: Workspace, tmp_path: Path, fmt: str) -> None:
    dirty = "Des bancs\x00 à l'ombre\x07 du\x1b[0m square\x7f, côté école\x85"
    meeting = _meeting(ws, dirty)
    service.export_decidim_import(ws, meeting, tmp_path / f"p.{fmt}", fmt)
    if fmt == "xlsx":
        book = openpyxl.load_workbook(tmp_path / "p.xlsx")
        title, body = (c.value for c in book.active[2])
        book.close()
    elif fmt == "csv":
        title, body = list(
            csv.reader(io.StringIO((tmp_path / "p.csv").read_text()), delimiter=";")
        )[1]
    else:
        row = json.loads((tmp_path / "p.json").read_text())[0]
        title, body = row["title"]["fr"], row["body"]["fr"]
    assert title == "Des bancs à l'ombre du[0m square, côté école"
    for text in (title, body):
        assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in text)


def test_the_locale_is_the_coordinators_choice(data_dir: Path, tmp_path: Path) -> None:
    meeting = _saved_meeting(data_dir, GOOD)
    code, _out, err = _cli(
        data_dir, "export", meeting, "--decidim-import", str(tmp_path / "p.json"), "--locale", "ca"
    )
    assert (code, err) == (0, ""), err
    assert json.loads((tmp_path / "p.json").read_text()) == [
        {
            "title": {"ca": GOOD},
            "body": {"ca": json.loads((tmp_path / "p.json").read_text())[0]["body"]["ca"]},
        }
    ]
    code, _, _ = _cli(
        data_dir,
        "export",
        meeting,
        "--decidim-import",
        str(tmp_path / "q.csv"),
        "--locale",
        "pt-BR",
    )
    assert code == 0
    assert (tmp_path / "q.csv").read_text().startswith("title/pt-BR;body/pt-BR\n")
    # the default stays the meeting's language
    _cli(data_dir, "export", meeting, "--decidim-import", str(tmp_path / "r.json"))
    assert list(json.loads((tmp_path / "r.json").read_text())[0]["title"]) == ["fr"]
    code, _, err = _cli(
        data_dir,
        "export",
        meeting,
        "--decidim-import",
        str(tmp_path / "s.json"),
        "--locale",
        "French!",
    )
    assert code == 2 and "locale" in err
    assert not (tmp_path / "s.json").exists()


def test_no_proposal_at_all_is_a_failure_and_writes_nothing(data_dir: Path, tmp_path: Path) -> None:
    meeting = _saved_meeting(data_dir, SHORT)
    code, out, err = _cli(data_dir, "export", meeting, "--decidim-import", str(tmp_path / "p.json"))
    assert code == 1
    assert err.count("\n") == 1 and "aucune proposition" in err.lower()
    assert f"« {SHORT} »" in out and "titre est trop court" in out  # which idea, and why
    assert not (tmp_path / "p.json").exists()
    empty = _saved_meeting(data_dir)
    code, _, err = _cli(data_dir, "export", empty, "--decidim-import", str(tmp_path / "p.json"))
    assert code == 1 and err.count("\n") == 1
    assert not (tmp_path / "p.json").exists()


def test_ideas_left_out_are_listed_with_a_fix_and_exit_1(data_dir: Path, tmp_path: Path) -> None:
    shouting = "INSTALLER DES BANCS PARTOUT"
    lower = "des bancs à l'ombre près du square"
    meeting = _saved_meeting(
        data_dir, GOOD, SHORT, shouting, lower, "Des bancs ?!! Vraiment pour le square"
    )
    code, out, err = _cli(data_dir, "export", meeting, "--decidim-import", str(tmp_path / "p.json"))
    assert code == 1
    assert err.count("\n") == 1 and "4" in err
    rows = json.loads((tmp_path / "p.json").read_text())
    assert [r["title"]["fr"] for r in rows] == [GOOD]  # the good ones are written
    for text, why, fix in (
        (SHORT, "Le titre est trop court", "Donnez à la proposition un titre"),
        (shouting, "surtout en majuscules", "Écrivez-le en minuscules"),
        (lower, "commence par une minuscule", "Commencez par « D »"),
        ("Des bancs ?!! Vraiment pour le square", "de suite", "Gardez un seul signe"),
    ):
        assert f"« {text} »" in out, text
        assert why in out and fix in out, (why, fix)


def test_a_description_over_the_platforms_limit_is_left_out(ws: Workspace, tmp_path: Path) -> None:
    from facilitator.domain.model import Meeting

    meeting = ws.meetings.create(Meeting(title="Réunion du square"))
    kept = ws.ideas.add(Idea(meeting_id=meeting.id, text=GOOD))
    merged = [
        ws.ideas.add(Idea(meeting_id=meeting.id, text=f"Idée rapprochée {n} " + "détail " * 20)).id
        for n in range(4)
    ]
    ws.ideas.merge(merged, kept.id)
    result = service.export_decidim_import(
        ws, meeting.id, tmp_path / "big.json", "json", max_body=2000
    )
    assert result.counts["proposals"] == 1
    with pytest.raises(FacilitatorError) as info:
        service.export_decidim_import(ws, meeting.id, tmp_path / "p.json", "json")
    rejected = info.value.rejected  # type: ignore[attr-defined]
    assert "La description est trop longue" in rejected[0].reason("fr")


def test_several_meetings_one_file_each_and_one_line_for_what_was_left_out(
    data_dir: Path, tmp_path: Path
) -> None:
    first = _saved_meeting(data_dir, GOOD, SHORT)
    empty = _saved_meeting(data_dir)
    code, out, err = _cli(
        data_dir, "export", first, empty, "--decidim-import", str(tmp_path / "d.json")
    )
    assert code == 1 and err.count("\n") == 1
    assert "1 idée enfreint les règles de Decidim et reste de côté" in err  # not "restent"
    assert "1 réunion sans idée retenue : aucun fichier pour elle." in err  # not "elles"
    assert f"« {SHORT} »" in out
    assert [p.name for p in tmp_path.glob("d*.json")] == ["d.json"]


def test_the_components_proposal_length_from_the_command_line(
    data_dir: Path, tmp_path: Path
) -> None:
    long_idea = "Des bancs à l'ombre " + "et des arbres " * 40
    meeting = _saved_meeting(data_dir, long_idea[:150].strip(), GOOD)
    with Workspace.open(data_dir) as ws:
        ideas = ws.ideas.for_meeting(meeting)
        extra = ws.ideas.add(Idea(meeting_id=meeting, text="Détail " * 90))
        ws.ideas.merge([extra.id], ideas[0].id)
    target = str(tmp_path / "p.json")
    code, _, err = _cli(data_dir, "export", meeting, "--decidim-import", target)
    assert code == 1 and "1 idée enfreint" in err  # its description passes the default 500
    code, _, err = _cli(
        data_dir,
        "export",
        meeting,
        "--decidim-import",
        target,
        "--proposal-length",
        "2000",
        "--force",
    )
    assert (code, err) == (0, "")
    assert len(json.loads((tmp_path / "p.json").read_text())) == 2
    code, _, err = _cli(data_dir, "export", meeting, "--xlsx", target, "--proposal-length", "9")
    assert code == 2 and "--proposal-length goes with --decidim-import" in err
