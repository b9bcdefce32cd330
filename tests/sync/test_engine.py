"""The engine against the stand-in Decidim: exactly one proposal per kept idea, exactly one
close or comment, whatever the link does."""

from __future__ import annotations

from collections import Counter

import pytest

from facilitator.domain.model import Meeting
from facilitator.storage import Workspace
from facilitator.storage.sync_state import ItemKind, ItemState
from tests.sync.conftest import (
    GOOD_IDEAS,
    KEPT_GOOD,
    FakeClock,
    link,
    remote_titles,
    run_sync,
    session_for,
)
from tests.sync.standin.server import StandIn


def _assert_exactly_once(server: StandIn) -> None:
    titles = Counter(p["title"]["fr"] for p in server.store.proposals.values())
    assert sorted(titles) == sorted(GOOD_IDEAS)
    assert set(titles.values()) == {1}, titles


def test_clean_sync_creates_then_closes(
    ws: Workspace, meeting: Meeting, standin: StandIn, clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin, meetings_component="20")
    with session_for(standin, clock, monkeypatch) as session:
        summary, events = run_sync(ws, meeting, session, clock)
    _assert_exactly_once(standin)
    assert len(summary.created) == KEPT_GOOD
    assert [i.problem_en.split(" ")[1] for i in summary.attention] == ["title", "title"]
    assert summary.outcome is not None and summary.outcome.kind == "closed"
    assert len(standin.store.closes) == 1
    closed = standin.store.meetings[standin.store.closes[0]]
    assert closed["attendees"] == 23
    assert sorted(closed["linked"]) == sorted(standin.store.proposals)
    assert "Quelle idée d'abord ?" in closed["report"]
    assert "Main levée" in closed["report"]
    assert not summary.complete  # two ideas need attention
    # 7 proposals in 2 requests of at most 5 aliases
    assert summary.requests <= 12


def test_a_second_run_sends_nothing_new(
    ws: Workspace, meeting: Meeting, standin: StandIn, clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin, meetings_component="20")
    with session_for(standin, clock, monkeypatch) as session:
        run_sync(ws, meeting, session, clock)
        mutations = sum(b.startswith(b'{"query": "mutation') or b'"mutation' in b[:30]
                        for b in standin.bodies)
        summary, _ = run_sync(ws, meeting, session, clock)
    after = sum(b.startswith(b'{"query": "mutation') or b'"mutation' in b[:30]
                for b in standin.bodies)
    assert after == mutations
    assert len(summary.already) == KEPT_GOOD and not summary.created
    _assert_exactly_once(standin)
    assert len(standin.store.closes) == 1


def test_nothing_secret_is_sent(
    ws: Workspace, meeting: Meeting, standin: StandIn, clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin, meetings_component="20")
    with session_for(standin, clock, monkeypatch) as session:
        run_sync(ws, meeting, session, clock)
    assert standin.bodies
    assert not [b for b in standin.bodies if meeting.join_code.encode() in b]
    assert not [b for b in standin.bodies if b"api-secret-1" in b]
