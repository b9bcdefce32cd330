"""One person, one ballot per poll, whatever order tickets, phones and ballots arrive in.

The rule (docs/phone-voting.md): in a meeting with tickets, an open poll counts only ballots that
carry a ticket; a phone's ballot cast without one waits, and becomes the ticket's ballot when
that phone enters its ticket. The database enforces it, whichever code writes.
"""

from __future__ import annotations

import pytest

from facilitator.domain.errors import ConflictError
from facilitator.domain.model import Ballot, Channel, Meeting, Poll, PollMethod, PollState
from facilitator.storage import Workspace
from facilitator.storage.ballots import CastOutcome, TicketRequired
from facilitator.storage.devices import Device
from facilitator.storage.errors import StorageError


@pytest.fixture
def meeting(ws: Workspace) -> Meeting:
    return ws.meetings.create(Meeting(title="Conseil de quartier"))


def _poll(ws: Workspace, meeting: Meeting, question: str = "Fermer la rue ?") -> Poll:
    poll = ws.polls.create(Poll(meeting.id, question, PollMethod.YES_NO_ABSTAIN))
    return ws.polls.open(poll.id)


def _phone(ws: Workspace, meeting: Meeting, name: str) -> Device:
    return ws.devices.register(meeting.id, f"hash-{name}")


def _vote(ws: Workspace, poll: Poll, device: Device, answer: str, key: str = "") -> CastOutcome:
    device = ws.devices.get(device.id)  # as the server sees it now (with its ticket, if any)
    ballot = Ballot(
        poll_id=poll.id,
        voter=device.voter,
        channel=Channel.TICKET if device.ticket_id else Channel.PHONE,
        content={"answer": answer},
        idempotency_key=f"{device.id}:{key or answer}",
    )
    return ws.ballots.cast(ballot).outcome


def _counted(ws: Workspace, poll: Poll) -> dict[str, int]:
    tally = ws.ballots.tally(poll.id)
    return {o.option_id: o.votes for o in tally.options if o.votes}


def test_the_issue_sequence_counts_one_person_once(ws: Workspace, meeting: Meeting) -> None:
    poll = _poll(ws, meeting)
    phone = _phone(ws, meeting, "x")
    assert _vote(ws, poll, phone, "yes") is CastOutcome.RECORDED

    first, _second = ws.tickets.issue(meeting.id, 2)
    # tickets printed: this open poll now counts ticket ballots only; the phone's waits
    assert _counted(ws, poll) == {}
    assert [b.voter for b in ws.ballots.awaiting_ticket(poll.id)] == [phone.voter]
    with pytest.raises(TicketRequired) as refused:
        _vote(ws, poll, phone, "yes", key="again")
    assert refused.value.en and refused.value.fr

    ws.devices.bind_ticket(phone.id, first.code)
    assert _counted(ws, poll) == {"yes": 1}  # the phone's ballot became the ticket's
    assert ws.ballots.awaiting_ticket(poll.id) == []
    assert _vote(ws, poll, phone, "yes", key="third") is CastOutcome.REPLACED
    assert _counted(ws, poll) == {"yes": 1}
    assert ws.ballots.tally(poll.id).voters == 1
    # the phone's very first request, retried late, is recognised and changes nothing
    assert _vote(ws, poll, phone, "yes") is CastOutcome.DUPLICATE
    assert [b.voter for b in ws.ballots.for_poll(poll.id)] == [f"ticket:{first.id}"]


def test_a_phone_that_voted_then_its_person_used_the_ticket_on_another_phone(
    ws: Workspace, meeting: Meeting
) -> None:
    poll = _poll(ws, meeting)
    old, new = _phone(ws, meeting, "old"), _phone(ws, meeting, "new")
    _vote(ws, poll, old, "no")
    (ticket,) = ws.tickets.issue(meeting.id, 1)
    ws.devices.bind_ticket(new.id, ticket.code)
    _vote(ws, poll, new, "yes")
    assert _counted(ws, poll) == {"yes": 1}
    with pytest.raises(ConflictError):
        ws.devices.bind_ticket(old.id, ticket.code)
    assert _counted(ws, poll) == {"yes": 1}
    assert [b.voter for b in ws.ballots.awaiting_ticket(poll.id)] == [old.voter]


def test_tickets_printed_after_a_poll_closed_leave_its_result_alone(
    ws: Workspace, meeting: Meeting
) -> None:
    closed = _poll(ws, meeting, "Premier vote")
    x, z = _phone(ws, meeting, "x"), _phone(ws, meeting, "z")
    _vote(ws, closed, x, "yes")
    _vote(ws, closed, z, "no")
    ws.polls.close(closed.id)
    before = ws.ballots.tally(closed.id).to_dict()
    open_now = _poll(ws, meeting, "Deuxième vote")
    _vote(ws, open_now, x, "no")

    (ticket,) = ws.tickets.issue(meeting.id, 1)
    assert ws.ballots.tally(closed.id).to_dict() == before
    assert _counted(ws, open_now) == {}

    ws.devices.bind_ticket(x.id, ticket.code)
    # the phone's ballots are the ticket's now, in every poll; the closed result is unchanged
    assert ws.ballots.tally(closed.id).to_dict() == before
    assert ws.ballots.for_voter(closed.id, f"ticket:{ticket.id}") is not None
    assert _counted(ws, open_now) == {"no": 1}

    # reopened in a meeting with tickets, the poll counts ticket ballots only
    ws.polls.set_state(closed.id, PollState.OPEN)
    assert _counted(ws, closed) == {"yes": 1}
    assert [b.voter for b in ws.ballots.awaiting_ticket(closed.id)] == [z.voter]


def test_a_ticket_that_already_voted_keeps_its_ballot(ws: Workspace, meeting: Meeting) -> None:
    poll = _poll(ws, meeting)
    phone = _phone(ws, meeting, "x")
    _vote(ws, poll, phone, "no")
    (ticket,) = ws.tickets.issue(meeting.id, 1)
    # the ticket's ballot came from another laptop, where the same ticket was used first
    ws.ballots.cast(Ballot(poll.id, f"ticket:{ticket.id}", Channel.TICKET, {"answer": "yes"}))
    ws.devices.bind_ticket(phone.id, ticket.code)
    assert _counted(ws, poll) == {"yes": 1}
    assert [b.voter for b in ws.ballots.awaiting_ticket(poll.id)] == [phone.voter]


def test_paper_and_show_of_hands_are_not_phones(ws: Workspace, meeting: Meeting) -> None:
    poll = _poll(ws, meeting)
    ws.tickets.issue(meeting.id, 1)
    ws.ballots.add_paper(poll.id, {"answer": "yes"})
    assert _counted(ws, poll) == {"yes": 1}


def test_the_database_enforces_the_rule_whoever_writes(ws: Workspace, meeting: Meeting) -> None:
    poll = _poll(ws, meeting)
    phone = _phone(ws, meeting, "x")
    (ticket,) = ws.tickets.issue(meeting.id, 1)

    def insert(voter: str, key: str) -> None:
        ws.db.write(
            lambda conn: conn.execute(
                "INSERT INTO ballots (id, poll_id, voter, channel, content, idempotency_key, "
                "cast_at) VALUES (?, ?, ?, 'phone', '{\"answer\":\"yes\"}', ?, "
                "'2026-03-14T18:30:00+00:00')",
                (key, poll.id, voter, key),
            )
        )

    insert(phone.voter, "k1")  # a phone ballot without a ticket: kept aside, not counted
    assert _counted(ws, poll) == {}
    assert [b.voter for b in ws.ballots.awaiting_ticket(poll.id)] == [phone.voter]
    ws.devices.bind_ticket(phone.id, ticket.code)
    assert _counted(ws, poll) == {"yes": 1}
    with pytest.raises(StorageError, match="holds a ticket"):  # it votes as its ticket
        insert(phone.voter, "k2")
    assert ws.ballots.tally(poll.id).voters == 1
