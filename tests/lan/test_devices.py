"""DeviceRepository: phones by token hash, ticket binding, counts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitator.domain.errors import ConflictError, NotFoundError
from facilitator.domain.model import Meeting, now
from facilitator.storage import Workspace


def test_register_is_idempotent_by_token_hash(ws: Workspace, meeting: Meeting) -> None:
    one = ws.devices.register(meeting.id, "hash-1", "fr")
    again = ws.devices.register(meeting.id, "hash-1", "en")
    assert again == one and one.language == "fr"
    assert one.voter == f"device:{one.id}"
    ws.devices.register(meeting.id, "hash-2", "klingon")
    assert ws.devices.by_token_hash("hash-2").language == ""
    assert ws.devices.count(meeting.id) == 2
    with pytest.raises(NotFoundError):
        ws.devices.register("no-meeting", "hash-3")


def test_ticket_binds_to_one_phone(ws: Workspace, meeting: Meeting) -> None:
    first_ticket, second_ticket = ws.tickets.issue(meeting.id, 2)
    phone = ws.devices.register(meeting.id, "a")
    other = ws.devices.register(meeting.id, "b")
    bound, ticket = ws.devices.bind_ticket(phone.id, first_ticket.code)
    assert bound.voter == f"ticket:{first_ticket.id}" and ticket.bound_device == phone.id
    assert ws.devices.bind_ticket(phone.id, first_ticket.code)[0] == bound  # same phone again
    with pytest.raises(ConflictError):
        ws.devices.bind_ticket(other.id, first_ticket.code)
    with pytest.raises(ConflictError):
        ws.devices.bind_ticket(phone.id, second_ticket.code)  # one ticket per phone
    with pytest.raises(NotFoundError):
        ws.devices.bind_ticket(other.id, "nope")
    assert ws.tickets.counts(meeting.id) == (2, 1)


def test_ticket_of_another_meeting_is_unknown(ws: Workspace, meeting: Meeting) -> None:
    elsewhere = ws.meetings.create(Meeting(title="Ailleurs"))
    ticket = ws.tickets.issue(elsewhere.id, 1)[0]
    phone = ws.devices.register(meeting.id, "a")
    with pytest.raises(NotFoundError):
        ws.devices.bind_ticket(phone.id, ticket.code)


def test_seen_phones(ws: Workspace, meeting: Meeting) -> None:
    phone = ws.devices.register(meeting.id, "a")
    ws.devices.register(meeting.id, "b")
    between = now()
    assert ws.devices.count_seen_since(meeting.id, between) == 0
    ws.devices.touch([phone.id])
    assert ws.devices.count_seen_since(meeting.id, between) == 1
    assert ws.devices.get(phone.id).last_seen_at >= between
    assert ws.devices.count_seen_since(meeting.id, now() - timedelta(minutes=5)) == 2
