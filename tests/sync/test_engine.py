"""The engine against the stand-in Decidim: exactly one proposal per kept idea, exactly one
close or comment, whatever the link does."""

from __future__ import annotations

from collections import Counter

import pytest

from facilitator.domain.model import Meeting
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo
from facilitator.storage.sync_state import ItemKind, ItemState
from tests.decidim import (
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
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin, meetings_component="20")
    with session_for(standin, clock, monkeypatch) as session:
        summary, _events = run_sync(ws, meeting, session, clock)
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
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin, meetings_component="20")
    with session_for(standin, clock, monkeypatch) as session:
        run_sync(ws, meeting, session, clock)
        mutations = sum(
            b.startswith(b'{"query": "mutation') or b'"mutation' in b[:30] for b in standin.bodies
        )
        summary, _ = run_sync(ws, meeting, session, clock)
    after = sum(
        b.startswith(b'{"query": "mutation') or b'"mutation' in b[:30] for b in standin.bodies
    )
    assert after == mutations
    assert len(summary.already) == KEPT_GOOD and not summary.created
    _assert_exactly_once(standin)
    assert len(standin.store.closes) == 1


def test_nothing_secret_is_sent(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin, meetings_component="20")
    with session_for(standin, clock, monkeypatch) as session:
        run_sync(ws, meeting, session, clock)
    assert standin.bodies
    assert not [b for b in standin.bodies if meeting.join_code.encode() in b]
    assert not [b for b in standin.bodies if b"api-secret-1" in b]


FAULTS = [
    ["lost"],
    ["500_after"],
    ["500", "502", "503", "504"],
    ["429", "429_bare"],
    ["slow"],
    ["html"],
    ["truncated"],
    ["expire"],
    ["lost", "lost", "500_after", "lost"],
]


@pytest.mark.parametrize("plan", FAULTS, ids=["+".join(p) for p in FAULTS])
def test_faults_still_give_exactly_once(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    plan: list[str],
) -> None:
    link(ws, meeting, standin, meetings_component="20")
    standin.faults.plan = list(plan)
    standin.faults.slow_seconds = 0.6
    with session_for(standin, clock, monkeypatch, timeout=0.3) as session:
        summary, _events = run_sync(ws, meeting, session, clock)
    assert standin.faults.applied[: len(plan)] == plan
    _assert_exactly_once(standin)
    assert len(standin.store.closes) == 1
    assert summary.outcome is not None and summary.outcome.kind == "closed"
    assert not summary.unsent
    if "429" in plan:
        assert clock.slept >= 7  # Retry-After: 7 was honoured (on the fake clock)


def test_a_response_lost_after_commit_is_found_not_resent(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin)
    standin.faults.plan = ["lost"]
    with session_for(standin, clock, monkeypatch) as session:
        summary, _ = run_sync(ws, meeting, session, clock)
    _assert_exactly_once(standin)
    # the first batch of five was created by the lost request and found by the lookup
    assert len(summary.already) == 5 and len(summary.created) == KEPT_GOOD - 5


def test_validation_errors_need_attention_and_the_rest_goes_on(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    standin.store.proposal_length = 200  # our local limit is 500: the platform refuses some
    link(ws, meeting, standin)
    with session_for(standin, clock, monkeypatch) as session:
        summary, _ = run_sync(ws, meeting, session, clock)
    refused = [i for i in summary.attention if i.problem_en.startswith("The platform")]
    assert refused and all("body is too long" in i.problem_en for i in refused)
    assert len(standin.store.proposals) == KEPT_GOOD - len(refused)
    items = ws.sync_state.items(meeting.id, ItemKind.PROPOSAL)
    sent = [i for i in items if i.state is ItemState.SENT]
    assert len(sent) == len(standin.store.proposals) > 0


def test_permission_refused_with_the_old_code_name(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # an official meeting's close is refused (only its author may close it): the engine knows
    # and comments instead; here we link as if we had created it to see the refusal handled
    link(
        ws, meeting, standin, meetings_component="20", remote_meeting_id="500", meeting_created=True
    )
    with session_for(standin, clock, monkeypatch) as session:
        summary, _ = run_sync(ws, meeting, session, clock)
    assert summary.outcome is not None and summary.outcome.kind == "needs_attention"
    assert "permission" in summary.outcome.en
    assert not standin.store.closes


def test_official_meeting_gets_one_comment(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin, meetings_component="20", remote_meeting_id="500")
    standin.faults.plan = [None, None, "lost"]  # the comment's answer is lost
    with session_for(standin, clock, monkeypatch) as session:
        summary, _ = run_sync(ws, meeting, session, clock)
        again, _ = run_sync(ws, meeting, session, clock)
    assert summary.outcome is not None and summary.outcome.kind == "commented"
    assert len(standin.store.comments) == 1 and not standin.store.closes
    assert len(standin.store.comments[0]["body"]) <= 1000
    assert again.outcome is not None and again.outcome.kind == "commented"
    assert "Participation : 23" in summary.outcome.report


def test_a_meeting_not_ended_waits(
    ws: Workspace,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.decidim import make_meeting

    meeting = make_meeting(ws, ended=False)
    link(ws, meeting, standin, meetings_component="20")
    with session_for(standin, clock, monkeypatch) as session:
        summary, _ = run_sync(ws, meeting, session, clock)
        assert summary.outcome is not None and summary.outcome.kind == "waiting"
        assert len([m for m in standin.store.meetings.values() if m["author"] == "7"]) == 1
        clock.advance(6 * 3600)
        later, _ = run_sync(ws, meeting, session, clock)
    assert later.outcome is not None and later.outcome.kind == "closed"
    assert len([m for m in standin.store.meetings.values() if m["author"] == "7"]) == 1
    assert len(standin.store.closes) == 1


def test_changed_since_sync_and_update(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin)
    with session_for(standin, clock, monkeypatch) as session:
        run_sync(ws, meeting, session, clock)
        idea = next(i for i in ws.ideas.for_meeting(meeting.id) if i.text == GOOD_IDEAS[1])
        from dataclasses import replace

        ws.ideas.update(replace(idea, text="Planter des arbres fruitiers le long de la rue"))
        summary, _ = run_sync(ws, meeting, session, clock)
        assert [i.local_id for i in summary.changed] == [idea.id]
        assert not summary.complete
        updated, _ = run_sync(ws, meeting, session, clock, update=True)
    assert [i.local_id for i in updated.updated] == [idea.id]
    assert "Planter des arbres fruitiers le long de la rue" in remote_titles(standin)
    assert len(standin.store.proposals) == KEPT_GOOD


def test_rate_limit_is_never_passed(
    ws: Workspace,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from facilitator.domain.model import Idea
    from tests.decidim import make_meeting

    meeting = make_meeting(ws)
    for n in range(60):
        ws.ideas.add(Idea(meeting.id, f"Proposition numéro {n} pour le quartier Nord"))
    standin.per_minute = 10
    link(ws, meeting, standin)
    with session_for(standin, clock, monkeypatch) as session:
        session.limit.per_minute = 10
        _summary, _ = run_sync(ws, meeting, session, clock)
    assert standin.throttled == 0
    assert len(standin.store.proposals) == KEPT_GOOD + 60
    assert clock.slept >= 60  # the fake clock waited for the window, the test did not


def test_a_long_report_still_fits_in_one_comment(
    ws: Workspace,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # found by hand: the demo meeting (20 proposals, five polls) linked to an official meeting
    # got "body is too long (maximum is 1000 characters)": even the shortest form was too long
    meeting = create_demo(ws)
    link(ws, meeting, standin, meetings_component="20", remote_meeting_id="500")
    with session_for(standin, clock, monkeypatch) as session:
        summary, _ = run_sync(ws, meeting, session, clock)
    assert summary.outcome is not None and summary.outcome.kind == "commented"
    [comment] = standin.store.comments
    assert len(comment["body"]) <= 1000
    body = comment["body"]
    # what the room decided is there, and the comment says where the rest is
    assert "Propositions déposées sur la plateforme : 20" in body
    assert "compte rendu complet" in body
    # the full report, for the coordinator, is not shortened
    assert summary.outcome.report.count("\n- ") >= 20
