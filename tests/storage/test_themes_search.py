"""Themes as records (rename, merge, colour, order, all undoable) and finding ideas across
meetings with the full-text index."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import Idea, IdeaStatus, Meeting
from facilitator.domain.search import fts_query
from facilitator.storage import Workspace


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "data")
    yield workspace  # type: ignore[misc]
    workspace.close()


def _meeting(ws: Workspace, title: str, day: int = 1) -> str:
    starts = datetime(2026, 3, day, 18, 30, tzinfo=UTC)
    return ws.meetings.create(Meeting(title=title, starts_at=starts)).id


def _themes(ws: Workspace, meeting_id: str) -> list[str]:
    return [i.theme for i in ws.ideas.for_meeting(meeting_id)]


def test_renaming_a_theme_moves_its_ideas_and_undo_takes_it_back(ws: Workspace) -> None:
    mid = _meeting(ws, "Conseil")
    for text, theme in (("Des bancs", "mobilier"), ("Des pots", "mobilier"), ("Un arbre", "")):
        ws.ideas.add(Idea(meeting_id=mid, text=text, theme=theme))
    ws.themes.set_colour(mid, "mobilier", "#009e73")
    outcome = ws.submit(lambda r: r.themes.rename(mid, "mobilier", "Mobilier urbain")).result()
    assert outcome.value == 2
    assert _themes(ws, mid) == ["Mobilier urbain", "Mobilier urbain", ""]
    [theme] = ws.themes.for_meeting(mid)
    assert (theme.name, theme.colour) == ("Mobilier urbain", "#009E73")
    ws.submit_revert(outcome.changes).result()
    assert _themes(ws, mid) == ["mobilier", "mobilier", ""]
    assert [t.name for t in ws.themes.for_meeting(mid)] == ["mobilier"]


def test_merging_themes_keeps_the_target_and_takes_a_missing_colour(ws: Workspace) -> None:
    mid = _meeting(ws, "Conseil")
    for text, theme in (("Des bancs", "bancs"), ("Des pistes", "vélo"), ("Un abri", "velo")):
        ws.ideas.add(Idea(meeting_id=mid, text=text, theme=theme))
    ws.themes.set_colour(mid, "velo", "#D55E00")
    assert ws.themes.merge(mid, ["velo", "bancs"], "vélo") == 2
    assert _themes(ws, mid) == ["vélo", "vélo", "vélo"]
    assert [(t.name, t.colour) for t in ws.themes.for_meeting(mid)] == [("vélo", "#D55E00")]


def test_themes_keep_the_order_given(ws: Workspace) -> None:
    mid = _meeting(ws, "Conseil")
    ws.themes.reorder(mid, ["Sport", "Culture"])
    ws.themes.reorder(mid, ["Vélo", "Sport"])
    assert [t.name for t in ws.themes.for_meeting(mid)] == ["Vélo", "Sport", "Culture"]


def test_a_bad_colour_or_an_empty_name_is_refused(ws: Workspace) -> None:
    mid = _meeting(ws, "Conseil")
    with pytest.raises(ValidationError):
        ws.themes.set_colour(mid, "Sport", "red")
    with pytest.raises(ValidationError):
        ws.themes.rename(mid, "Sport", "  # ")
    assert ws.themes.for_meeting(mid) == []


def test_search_finds_ideas_of_every_meeting_without_accents_or_plurals(ws: Workspace) -> None:
    north = _meeting(ws, "Conseil Nord", day=1)
    south = _meeting(ws, "Atelier Sud", day=20)
    ws.ideas.add(Idea(meeting_id=north, text="Des arceaux à vélo devant l'école"))
    ws.ideas.add(Idea(meeting_id=south, text="Une piste cyclable, des VELOS en libre-service"))
    ws.ideas.add(Idea(meeting_id=south, text="Des bancs"))
    rejected = ws.ideas.add(Idea(meeting_id=south, text="vélo vélo vélo"))
    ws.ideas.set_status(rejected.id, IdeaStatus.REJECTED)
    hits = ws.search.ideas("vélos")
    assert {h.meeting_title for h in hits} == {"Conseil Nord", "Atelier Sud"}
    assert all("vélo" in h.idea.text.casefold() or "velo" in h.idea.text.casefold() for h in hits)
    assert rejected.id not in {h.idea.id for h in hits}
    assert hits[0].meeting_date.day in (1, 20)
    # every word must be there; operators typed by the user are read as words
    assert [h.idea.text for h in ws.search.ideas("piste vélo")] == [
        "Une piste cyclable, des VELOS en libre-service"
    ]
    assert ws.search.ideas('NOT "OR') == []
    assert ws.search.ideas("  ") == []


def test_the_best_match_comes_first(ws: Workspace) -> None:
    mid = _meeting(ws, "Conseil")
    ws.ideas.add(
        Idea(meeting_id=mid, text="Un parc avec des jeux, des arbres, des bancs et un kiosque")
    )
    ws.ideas.add(Idea(meeting_id=mid, text="Des bancs, des bancs, encore des bancs"))
    assert ws.search.ideas("bancs")[0].idea.text.startswith("Des bancs")


def test_the_query_folds_plurals_and_quotes_words() -> None:
    assert fts_query("Vélos travaux os") == '"vélo"* "travau"* "os"*'
    assert fts_query("-- ? !") is None
