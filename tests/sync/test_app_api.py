"""What the app needs of the engine: a preview with the rules and their fixes, a title of
the spokesperson's own, an idea left out, a clean cancel, the run mark, public addresses, and
searching the platform."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from facilitator.domain import proposal_rules
from facilitator.domain.model import Meeting
from facilitator.storage import Workspace
from facilitator.storage.sync_state import ItemState
from facilitator.sync import platform, preview
from facilitator.sync.cancel import CancellableClock, Cancelled, CancelToken
from facilitator.sync.engine import SyncEngine
from facilitator.sync.events import SyncEvent
from facilitator.sync.linking import check_and_save
from tests.decidim import GOOD_IDEAS, KEPT_GOOD, FakeClock, link, run_sync, session_for
from tests.sync.standin.server import StandIn


def test_preview_shows_each_proposal_and_its_breaches_before_any_link(
    ws: Workspace, meeting: Meeting
) -> None:
    shown = preview.preview(ws, meeting.id)
    assert shown.link is None
    assert [p.title for p in shown.proposals][: len(GOOD_IDEAS)] == GOOD_IDEAS
    short = next(p for p in shown.proposals if p.idea_text == "Trop court")
    assert short.state is ItemState.ATTENTION
    assert [b.code for b in short.breaches] == [proposal_rules.TITLE_TOO_SHORT]
    assert "15" in short.problem.fr  # type: ignore[union-attr]
    first = shown.proposals[0]
    assert first.state is ItemState.PENDING and not first.breaches
    assert "Conseil de quartier Nord" in first.body
    assert "Des bancs aussi devant la mairie" in first.body  # the idea merged into it


def test_a_title_of_ones_own_fixes_a_breach_and_is_what_goes(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin, space_kind="process", space_slug="quartiers")
    short = next(p for p in preview.preview(ws, meeting.id).proposals if p.breaches)
    preview.set_title(ws, meeting.id, short.idea_id, "  Un titre assez long   pour passer ")
    fixed = next(p for p in preview.preview(ws, meeting.id).proposals if p.idea_id == short.idea_id)
    assert fixed.title == "Un titre assez long pour passer"
    assert fixed.state is ItemState.PENDING and not fixed.breaches
    caps = next(p for p in preview.preview(ws, meeting.id).proposals if p.breaches)
    preview.set_excluded(ws, meeting.id, caps.idea_id, True)
    assert next(
        p for p in preview.preview(ws, meeting.id).proposals if p.idea_id == caps.idea_id
    ).excluded
    with session_for(standin, clock, monkeypatch) as session:
        summary, _ = run_sync(ws, meeting, session, clock)
    titles = sorted(p["title"]["fr"] for p in standin.store.proposals.values())
    assert titles == sorted([*GOOD_IDEAS, "Un titre assez long pour passer"])
    assert summary.complete  # the left-out idea does not count against it
    sent = {p.idea_id: p for p in preview.preview(ws, meeting.id).proposals}
    remote = sent[short.idea_id].remote_id
    assert sent[short.idea_id].address == (
        f"{standin.url}/processes/quartiers/f/10/proposals/{remote}"
    )


def test_cancel_stops_between_requests_and_the_next_run_sends_the_rest_once(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin, meetings_component="20")
    token = CancelToken()
    events: list[SyncEvent] = []

    def on_event(event: SyncEvent) -> None:
        events.append(event)
        if event.kind == "item" and event.state == "sent":
            token.cancel(interrupted=True)  # the app closing after the first batch

    cancellable = CancellableClock(token, clock)
    with session_for(standin, clock, monkeypatch) as session:
        engine = SyncEngine(ws, session.gql, clock=cancellable, on_event=on_event, cancel=token)
        with pytest.raises(Cancelled):
            engine.run(meeting.id)
    assert 0 < len(standin.store.proposals) < KEPT_GOOD
    assert not any(i.state is ItemState.SENDING for i in ws.sync_state.items(meeting.id))
    assert [r.meeting_id for r in ws.sync_state.runs()] == [meeting.id]  # offered again
    with session_for(standin, clock, monkeypatch) as session:
        summary, _ = run_sync(ws, meeting, session, clock)
    titles = Counter(p["title"]["fr"] for p in standin.store.proposals.values())
    assert sorted(titles) == sorted(GOOD_IDEAS) and set(titles.values()) == {1}
    assert summary.outcome is not None and summary.outcome.kind == "closed"
    assert ws.sync_state.runs() == []


def test_a_stop_asked_by_the_spokesperson_clears_the_run_mark(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link(ws, meeting, standin)
    token = CancelToken()
    token.cancel()
    with session_for(standin, clock, monkeypatch) as session:
        engine = SyncEngine(ws, session.gql, clock=clock, cancel=token)
        with pytest.raises(Cancelled) as stopped:
            engine.run(meeting.id)
    assert not stopped.value.interrupted
    assert ws.sync_state.runs() == []
    assert standin.store.proposals == {}


def test_linking_by_a_component_finds_its_space_for_the_public_addresses(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planned = replace(link(ws, meeting, standin), meetings_component="20", remote_meeting_id="500")
    with session_for(standin, clock, monkeypatch) as session:
        saved = check_and_save(ws, session, planned, meeting.id[:8])
    assert (saved.space_kind, saved.space_slug) == ("process", "quartiers")
    assert saved.meeting_address() == f"{standin.url}/processes/quartiers/f/20/meetings/500"
    assert ws.sync_state.public_links(meeting.id).follow == saved.meeting_address()
    in_assembly = replace(saved, space_kind="assembly", space_slug="conseils")
    assert in_assembly.proposal_address("9") == (
        f"{standin.url}/assemblies/conseils/f/10/proposals/9"
    )


def test_searching_the_platform_ignores_case_and_accents(
    standin: StandIn, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with session_for(standin, clock, monkeypatch) as session:
        found = platform.spaces(session.gql, "fr")
    assert [s.slug for s in platform.search(found, "QUARTIERS")] == ["quartiers", "conseils"]
    by_meeting = platform.search(found, "reunion officielle")
    assert [s.slug for s in by_meeting] == ["quartiers"]
    assert [c.id for c in by_meeting[0].components] == ["20"]
    assert [m.id for m in by_meeting[0].meetings["20"]] == ["500"]
    assert platform.search(found, "débats")[0].components[0].kind == "Debates"
    assert platform.search(found, "nothing like it") == []


def test_a_platform_refusal_stays_needing_attention_after_the_journal_is_read_again(
    ws: Workspace,
    meeting: Meeting,
    standin: StandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The platform's own message is what the spokesperson fixes: reading the meeting again
    (the app's preview, the next sync) must not clear it while the text is unchanged."""
    link(ws, meeting, standin)
    standin.store.proposal_length = 200  # the platform's own limit, lower than the link's
    with session_for(standin, clock, monkeypatch) as session:
        summary, _ = run_sync(ws, meeting, session, clock)
    refused = {i.local_id for i in summary.attention if "200" in i.problem_en}
    assert refused
    shown = {p.idea_id: p for p in preview.preview(ws, meeting.id).proposals}
    for idea_id in refused:
        assert shown[idea_id].state is ItemState.ATTENTION
        assert shown[idea_id].problem is not None
        assert "maximum is 200 characters" in shown[idea_id].problem.en
