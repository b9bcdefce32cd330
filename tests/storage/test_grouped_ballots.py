"""A room's ballots written as one job (``BallotRepository.submit_casts``): each ballot keeps
the rules of a ballot cast alone (one per voter, replaced votes, retries, tickets, closed
polls), a refused one takes back only itself, and none is reported before the commit."""

from __future__ import annotations

import sqlite3
import threading
import uuid

import pytest

from facilitator.domain.errors import ConflictError, NotFoundError, ValidationError
from facilitator.domain.model import (
    Ballot,
    Channel,
    Meeting,
    Poll,
    PollMethod,
    PollParams,
    new_id,
)
from facilitator.storage import Workspace
from facilitator.storage.ballots import CastOutcome, CastResult, TicketRequired


def _open(ws: Workspace, meeting: Meeting, *, allow_change: bool = True) -> Poll:
    poll = ws.polls.create(
        Poll(
            meeting.id,
            "Fermer la rue ?",
            PollMethod.YES_NO_ABSTAIN,
            params=PollParams(allow_change=allow_change),
        )
    )
    return ws.polls.open(poll.id)


def _ballot(poll: Poll, voter: str, answer: str, key: str | None = None) -> Ballot:
    return Ballot(
        poll_id=poll.id,
        voter=voter,
        channel=Channel.TICKET if voter.startswith("ticket:") else Channel.PHONE,
        content={"answer": answer},
        idempotency_key=key or new_id(),
    )


def test_a_group_keeps_each_ballots_rules_and_refuses_only_the_bad_ones(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Conseil de quartier"))
    # opening a poll closes the one open before it
    once = _open(ws, meeting, allow_change=False)
    ws.ballots.cast(_ballot(once, "device:c", "no"))
    closed = _open(ws, meeting)
    poll = _open(ws, meeting)
    group = [
        _ballot(poll, "device:a", "yes", key="a-1"),
        _ballot(poll, "device:b", "maybe"),  # not an answer of this method
        _ballot(poll, "device:a", "no", key="a-2"),  # a changed mind, in the same group
        _ballot(closed, "device:a", "yes"),
        _ballot(once, "device:c", "yes"),  # closed too (and it allows no change)
        _ballot(poll, "device:a", "yes", key="a-1"),  # a late retry of the first request
        Ballot(poll_id="no-such-poll", voter="device:a", channel=Channel.PHONE, content={}),
        _ballot(poll, "device:b", "abstain"),
    ]
    results = ws.ballots.submit_casts(group).result()

    assert [type(r) for r in results] == [
        CastResult,
        ValidationError,
        CastResult,
        ConflictError,
        ConflictError,
        CastResult,
        NotFoundError,
        CastResult,
    ]
    assert isinstance(results[1], ValidationError) and results[1].en and results[1].fr
    outcomes = [r.outcome for r in results if isinstance(r, CastResult)]
    assert outcomes == [
        CastOutcome.RECORDED,
        CastOutcome.REPLACED,
        CastOutcome.DUPLICATE,  # answered with the ballot as it is now: the change stands
        CastOutcome.RECORDED,
    ]
    assert results[5].ballot.content == {"answer": "no"}  # type: ignore[union-attr]
    stored = {b.voter: dict(b.content) for b in ws.ballots.for_poll(poll.id)}
    assert stored == {"device:a": {"answer": "no"}, "device:b": {"answer": "abstain"}}
    assert ws.ballots.for_poll(closed.id) == []
    assert [dict(b.content) for b in ws.ballots.for_poll(once.id)] == [{"answer": "no"}]
    # every ballot recorded is journalled once, the refused ones not at all
    entries = [e for e in ws.journal.pending(meeting.id) if e.entity == "ballot"]
    assert len(entries) == 1 + 3  # the first ballot of `once`, then a, a's change and b


def test_a_group_reads_the_tickets_of_the_meeting_as_they_are(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Assemblée"))
    poll = _open(ws, meeting)
    (ticket,) = ws.tickets.issue(meeting.id, 1)
    results = ws.ballots.submit_casts(
        [_ballot(poll, "device:a", "yes"), _ballot(poll, f"ticket:{ticket.id}", "no")]
    ).result()
    assert isinstance(results[0], TicketRequired)
    assert isinstance(results[1], CastResult) and results[1].outcome is CastOutcome.RECORDED
    assert [b.voter for b in ws.ballots.for_poll(poll.id)] == [f"ticket:{ticket.id}"]


def test_a_phone_that_holds_a_ticket_votes_as_its_ticket_in_a_group(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Assemblée"))
    poll = _open(ws, meeting)
    (ticket,) = ws.tickets.issue(meeting.id, 1)
    phone = ws.devices.register(meeting.id, "hash-x")
    ws.devices.bind_ticket(phone.id, ticket.code)
    # the server saw the phone before its ticket: the writer still counts it as the ticket
    (result,) = ws.ballots.submit_casts([_ballot(poll, phone.voter, "yes")]).result()
    assert isinstance(result, CastResult)
    assert result.ballot.voter == f"ticket:{ticket.id}"


def test_no_ballot_of_a_group_is_reported_before_its_commit(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Assemblée"))
    poll = _open(ws, meeting)
    hold, release = threading.Event(), threading.Event()

    def blocker(conn: sqlite3.Connection) -> None:
        hold.set()
        release.wait(10)

    ws.db.submit(blocker)
    assert hold.wait(10)
    # queued behind a job that has not committed: the group shares its transaction
    ballots = [_ballot(poll, f"device:{n}", "yes") for n in range(20)]
    written = ws.ballots.submit_casts(ballots)
    assert not written.done()
    release.set()
    results = written.result(10)
    assert all(isinstance(r, CastResult) for r in results)
    assert ws.ballots.count(poll.id) == 20


def test_a_group_that_cannot_commit_acknowledges_none(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Assemblée"))
    poll = _open(ws, meeting)

    def fails_the_commit(conn: sqlite3.Connection) -> None:
        # a deferred foreign key broken in the same transaction: COMMIT itself fails
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute(
            "INSERT INTO poll_options (id, poll_id, label, idea_id, position) "
            "VALUES (?, ?, 'x', NULL, 99)",
            (str(uuid.uuid4()), "no-such-poll"),
        )

    hold, release = threading.Event(), threading.Event()
    ws.db.submit(lambda conn: (hold.set(), release.wait(10)))
    assert hold.wait(10)
    broken = ws.db.submit(fails_the_commit)
    written = ws.ballots.submit_casts([_ballot(poll, "device:a", "yes")])
    release.set()
    with pytest.raises(Exception):  # noqa: B017 - whatever the commit's failure is
        written.result(10)
    with pytest.raises(Exception):  # noqa: B017
        broken.result(10)
    assert ws.ballots.count(poll.id) == 0


def test_new_ids_are_version_4_uuids() -> None:
    ids = {new_id() for _ in range(2000)}
    assert len(ids) == 2000
    for value in ids:
        parsed = uuid.UUID(value)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, value)
