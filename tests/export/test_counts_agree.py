"""The exports count the ideas as the app does (one definition: domain.model.is_retained), and
their messages say "1 meeting", "2 meetings", "0 réunion" rather than "meeting(s)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.model import IdeaStatus
from facilitator.domain.plurals import counted
from facilitator.export import service
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo


@pytest.mark.parametrize("kind", ["xlsx", "csv", "bundle"])
def test_an_export_counts_the_ideas_the_app_shows(tmp_path: Path, kind: str) -> None:
    with Workspace.open(tmp_path / "data") as ws:
        meeting = create_demo(ws)
        ideas = ws.ideas.for_meeting(meeting.id)
        # the demo has ideas of every status: counting rows would say more than the app
        assert {i.status for i in ideas} >= {
            IdeaStatus.KEPT,
            IdeaStatus.PENDING,
            IdeaStatus.MERGED,
            IdeaStatus.HIDDEN,
        }
        shown = ws.meetings.summary(meeting.id).ideas  # the meetings list's Ideas column
        export = {
            "xlsx": lambda: service.export_xlsx(ws, [meeting.id], tmp_path / "a.xlsx"),
            "csv": lambda: service.export_csv(ws, [meeting.id], tmp_path / "csv"),
            "bundle": lambda: service.export_bundle(ws, [meeting.id], tmp_path / "b.fac"),
        }[kind]
        result = export()
        assert result.counts["ideas"] == shown
        assert f"{shown} idées retenues" in result.describe("fr")
        assert f"{shown} kept ideas" in result.describe("en")
        assert "1 réunion," in result.describe("fr") and "1 meeting," in result.describe("en")
        assert "(s)" not in result.describe("fr") + result.describe("en")


def test_plurals_follow_each_language() -> None:
    words = ("meeting", "meetings"), ("réunion", "réunions")
    assert [counted(n, "en", *words) for n in (0, 1, 2)] == [
        "0 meetings",
        "1 meeting",
        "2 meetings",
    ]
    assert [counted(n, "fr", *words) for n in (0, 1, 2)] == ["0 réunion", "1 réunion", "2 réunions"]
