"""The command-line contract: subcommands, JSON output, exit codes, one-line failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytest import CaptureFixture

from facilitator import __version__
from facilitator.storage.database import FILE_NAME


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "FACILITATOR_LANG": "en", **(env or {})},
    )


def test_version_and_help() -> None:
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"facilitator {__version__}"
    helped = run("--help")
    assert helped.returncode == 0
    for command in (
        "demo",
        "meetings",
        "serve",
        "poll",
        "tickets",
        "export",
        "import-bundle",
        "sync",
    ):
        assert command in helped.stdout


def test_usage_error_exits_2() -> None:
    result = run("meetings", "--nope")
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_demo_then_meetings_json(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    demo = run("--data-dir", data, "demo")
    assert demo.returncode == 0, demo.stderr
    meeting_id = demo.stdout.strip()
    listed = run("--data-dir", data, "meetings", "--json")
    assert listed.returncode == 0, listed.stderr
    meetings = json.loads(listed.stdout)
    assert [m["id"] for m in meetings] == [meeting_id]
    meeting = meetings[0]
    assert meeting["title"] == "Consultation : réaménagement de la place du Marché"
    assert meeting["counts"]["ideas"] == 20
    assert meeting["counts"]["themes"] == 4
    assert meeting["counts"]["polls"] == 6
    assert meeting["counts"]["open_polls"] == 1
    assert meeting["counts"]["ballots"] > 100
    assert meeting["counts"]["headcount"] == 47
    # the option may also come after the subcommand
    plain = run("meetings", "--data-dir", data)
    assert plain.returncode == 0
    assert meeting_id in plain.stdout


def test_poll_open_close_reveal(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    meeting_id = run("--data-dir", data, "demo").stdout.strip()
    opened = run("--data-dir", data, "poll", "open", meeting_id[:8], "6")
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.split()[1] == "open"
    closed = run("--data-dir", data, "poll", "close", meeting_id, "6")
    assert closed.stdout.split()[1] == "closed"
    revealed = run("--data-dir", data, "poll", "reveal", meeting_id, "6")
    assert revealed.stdout.strip().endswith("closed revealed")


def test_missing_meeting_is_one_line_without_traceback(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    result = run("--data-dir", data, "poll", "open", "deadbeef", "1")
    assert result.returncode == 1
    assert result.stderr.strip() == "facilitator: No meeting matches “deadbeef”."
    assert "Traceback" not in result.stderr


def test_messages_follow_the_language(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    result = run("--data-dir", data, "--lang", "fr", "poll", "open", "deadbeef", "1")
    assert result.returncode == 1
    assert result.stderr.strip() == "facilitator: Aucune réunion ne correspond à « deadbeef »."
    meeting_id = run("--data-dir", data, "demo").stdout.strip()
    listed = run("meetings", "--data-dir", data, "--lang", "fr")
    assert "20 idées, 6 votes" in listed.stdout
    missing_poll = run("poll", "open", meeting_id, "99", "--data-dir", data, "--lang", "fr")
    assert missing_poll.stderr.strip() == "facilitator: Aucun vote ne correspond à « 99 »."


def test_foreign_file_is_refused_by_the_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / FILE_NAME).write_text("not a database")
    result = run("--data-dir", str(data), "meetings")
    assert result.returncode == 1
    assert "is not a Facilitator workspace" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (data / FILE_NAME).read_text() == "not a database"


def test_unwritable_folder_for_this_user(tmp_path: Path) -> None:
    data = tmp_path / "locked"
    data.mkdir(mode=0o755)
    tmp_path.chmod(0o755)
    command = [sys.executable, "-m", "facilitator", "--data-dir", str(data), "meetings"]
    if os.geteuid() == 0:
        # root writes anywhere: run the command as "nobody" against this root-owned folder
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    else:
        data.chmod(0o555)
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "FACILITATOR_LANG": "en", "HOME": str(tmp_path)},
    )
    data.chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert "read-only or you lack permission" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(data.iterdir()) == []


def test_logs_go_to_a_file_beside_the_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("--data-dir", str(data), "poll", "open", "deadbeef", "1")
    log = (data / "logs" / "facilitator.log").read_text(encoding="utf-8")
    assert "No meeting matches" in log


def test_the_meetings_list_counts_in_real_plurals(
    tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    # found by hand: "[1 idées, 1 votes, 1 bulletins, 1 présents]" and "1 ideas, 1 polls"
    from facilitator import cli
    from facilitator.domain.model import Attendance, Idea, Meeting, Poll, PollMethod, PollOption
    from facilitator.storage import Workspace

    data = tmp_path / "data"
    with Workspace.open(data) as ws:
        meeting = ws.meetings.create(Meeting(title="Quartier Nord", language="fr"))
        ws.ideas.add(Idea(meeting.id, "Des bancs sur la place"))
        poll = ws.polls.create(
            Poll(
                meeting_id=meeting.id,
                question="Quel jour ?",
                method=PollMethod.SINGLE,
                options=(PollOption(label="Samedi"), PollOption(label="Dimanche")),
            )
        )
        ws.polls.open(poll.id)
        ws.polls.close(poll.id)
        ws.ballots.add_paper(poll.id, {"option": poll.options[0].id})
        ws.attendance.save(Attendance(meeting.id, headcount=1))
    said = {}
    for language in ("fr", "en"):
        assert cli.main(["--data-dir", str(data), "--lang", language, "meetings"]) == 0
        said[language] = capsys.readouterr().out
    assert "[1 idée, 1 vote, 1 bulletin, 1 présent]" in said["fr"], said["fr"]
    assert "[1 idea, 1 poll, 1 ballot, 1 present]" in said["en"], said["en"]
