"""One person, one ballot per poll, when tickets are printed after phones voted (issue 8, item 1).

The phone server runs on loopback in this process; the tickets are printed by the real
``facilitator tickets`` command in another process, on the same workspace, as in the issue.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import httpx

from .conftest import Room


def _vote(room: Room, phone: httpx.Client, poll: str, content: dict[str, object]) -> httpx.Response:
    return phone.post(
        room.api("ballot"),
        json={"poll_id": room.polls[poll].id, "key": uuid.uuid4().hex, "content": content},
    )


def _print_tickets(data_dir: Path, meeting_id: str, count: int, pdf: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitator",
            "--data-dir",
            str(data_dir),
            "tickets",
            meeting_id,
            "--count",
            str(count),
            "--pdf",
            str(pdf),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_LANG": "fr"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def _wait_for_tickets(room: Room, phone: httpx.Client) -> None:
    """The server notices tickets printed by another process within its state cache time."""
    for _ in range(10_000):
        if phone.get(room.api("state")).json()["tickets_required"]:
            return
    raise AssertionError("the server never noticed the tickets")


def test_a_phone_that_voted_before_tickets_were_printed_is_counted_once(
    room: Room, data_dir: Path, tmp_path: Path
) -> None:
    poll = room.polls["yna"]
    room.ws.polls.open(poll.id)
    with room.phone() as phone:
        assert room.join(phone).status_code == 200
        first = _vote(room, phone, "yna", {"answer": "yes"})
        assert first.status_code == 200 and first.json()["outcome"] == "recorded"

        _print_tickets(data_dir, room.meeting.id, 2, tmp_path / "t.pdf")
        _wait_for_tickets(room, phone)
        refused = _vote(room, phone, "yna", {"answer": "yes"})
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "ticket_required"

        ticket = room.ws.tickets.for_meeting(room.meeting.id)[0]
        bound = phone.post(room.api("ticket"), json={"ticket": ticket.code})
        assert bound.status_code == 200 and bound.json()["ticket_number"] == 1
        # the ballot the phone cast before it had a ticket is now the ticket's: it shows as
        # the phone's ballot, and voting again replaces it
        mine = phone.get(room.api("state"), params={"mine": "1"}).json()["me"]
        assert mine["ballot"]["content"] == {"answer": "yes"}
        again = _vote(room, phone, "yna", {"answer": "yes"})
        assert again.status_code == 200 and again.json()["outcome"] == "replaced"

    tally = room.ws.ballots.tally(poll.id)
    assert tally.voters == 1
    assert tally.option("yes").votes == 1  # the issue saw "Oui 2 (phone 1, ticket 1)"
    assert [b.voter for b in room.ws.ballots.for_poll(poll.id)] == [f"ticket:{ticket.id}"]


def test_a_phone_that_voted_then_whose_person_used_a_ticket_on_another_phone(
    room: Room, data_dir: Path, tmp_path: Path
) -> None:
    poll = room.polls["fixed"]  # no change of mind allowed
    room.ws.polls.open(poll.id)
    yes = poll.options[0].id
    with room.phone() as old, room.phone() as new:
        room.join(old)
        assert _vote(room, old, "fixed", {"option": yes}).status_code == 200
        _print_tickets(data_dir, room.meeting.id, 1, tmp_path / "t.pdf")
        _wait_for_tickets(room, old)
        ticket = room.ws.tickets.for_meeting(room.meeting.id)[0]
        # the same person takes the ticket on another phone and votes there
        assert room.join(new, ticket=ticket.code).status_code == 200
        assert _vote(room, new, "fixed", {"option": yes}).status_code == 200
        # the first phone cannot vote any more, and its ticketless ballot does not count
        assert _vote(room, old, "fixed", {"option": yes}).status_code == 403
    assert [b.voter for b in room.ws.ballots.for_poll(poll.id)] == [f"ticket:{ticket.id}"]
