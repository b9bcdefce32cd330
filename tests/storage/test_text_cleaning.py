"""Text typed in the app or carried by a bundle is cleaned by the same rule as a phone's."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import Idea, Meeting, Poll, PollMethod, PollOption
from facilitator.storage import Workspace
from facilitator.storage.bundles import BundleError


def test_the_app_stores_clean_text_and_refuses_invisible_text(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Réunion\u202e\x00 d'automne"))
    assert ws.meetings.get(meeting.id).title == "Réunion d'automne"
    idea = ws.ideas.add(Idea(meeting.id, "Un\x1b composteur\u2066 partagé"))
    assert ws.ideas.get(idea.id).text == "Un composteur partagé"
    poll = ws.polls.create(
        Poll(meeting.id, "Où\x07 ?", PollMethod.SINGLE, (PollOption("Ici\u202d"), PollOption("Là")))
    )
    assert [o.label for o in ws.polls.get(poll.id).options] == ["Ici", "Là"]
    for bad in ("\u200b\u200b\u200b", "\u202e", "\x00\x1b\x07"):
        with pytest.raises(ValidationError):
            ws.ideas.add(Idea(meeting.id, bad))
    assert len(ws.ideas.for_meeting(meeting.id)) == 1


def test_a_bundle_with_invisible_text_is_refused(ws: Workspace, tmp_path: Path) -> None:
    meeting = ws.meetings.create(Meeting(title="Réunion"))
    ws.ideas.add(Idea(meeting.id, "Des arbres"))
    snapshot = ws.bundles.snapshot(meeting.id)
    snapshot["ideas"][0]["text"] = "\u200b\u2066\u200b"
    with Workspace.open(tmp_path / "other") as other:
        with pytest.raises(BundleError):
            other.bundles.merge([snapshot], "laptop-b")
        assert other.meetings.all() == []


def test_a_bundle_brings_its_text_cleaned(ws: Workspace, tmp_path: Path) -> None:
    meeting = ws.meetings.create(Meeting(title="Réunion"))
    idea = ws.ideas.add(Idea(meeting.id, "Des arbres"))
    snapshot = ws.bundles.snapshot(meeting.id)
    snapshot["meeting"]["title"] = "Réunion\u202e\x00 du soir"
    snapshot["ideas"][0]["text"] = "Des\x1b arbres\u2066 partout"
    with Workspace.open(tmp_path / "other") as other:
        other.bundles.merge([snapshot], "laptop-b")
        assert other.meetings.get(meeting.id).title == "Réunion du soir"
        assert other.ideas.get(idea.id).text == "Des arbres partout"
