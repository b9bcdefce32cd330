"""What a hostile phone can send through complete requests: bodies, text, probes, a broken file."""

from __future__ import annotations

import logging
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest

from facilitator.domain.model import Meeting, Poll, ResultsVisibility
from facilitator.lan.limits import Limits
from facilitator.lan.server import PhoneServer
from facilitator.storage import Workspace

from .conftest import Room
from .wire import phone_from


def _chunks(total: int, size: int = 1024) -> Iterator[bytes]:
    for _ in range(total // size):
        yield b"x" * size


def _ballot(poll: Poll) -> dict[str, object]:
    """A valid ballot for the poll's first option, with a fresh idempotency key."""
    return {"poll_id": poll.id, "key": uuid.uuid4().hex, "content": {"option": poll.options[0].id}}


def _vote(room: Room, phone: httpx.Client, poll: Poll) -> None:
    assert phone.post(room.api("ballot"), json=_ballot(poll)).status_code == 200


def _errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


# -- item 2: a chunked body over the limit -------------------------------------------------------


@pytest.mark.parametrize("route", ["join", "idea", "ticket", "ballot"])
def test_chunked_body_over_the_limit_is_413_everywhere(
    room: Room, route: str, caplog: pytest.LogCaptureFixture
) -> None:
    with room.phone() as phone:
        room.join(phone)
        response = phone.post(
            room.api(route),
            content=_chunks(20 * 1024),  # no length given: sent chunked
            headers={"content-type": "application/json"},
        )
    assert response.status_code == 413, response.text
    assert response.json()["error"]["fr"]
    assert not _errors(caplog)
    assert room.ws.devices.count(room.meeting.id) == 1


# -- item 4: invisible and control text ----------------------------------------------------------


@pytest.mark.parametrize("limits", [Limits(ideas_per_device_burst=20)])
def test_ideas_are_cleaned_and_invisible_ones_refused(room: Room) -> None:
    def send(phone: httpx.Client, text: str) -> httpx.Response:
        return phone.post(room.api("idea"), json={"id": str(uuid.uuid4()), "text": text})

    with room.phone() as phone:
        room.join(phone)
        for text in ("\u200b\u200b\u200b", "\u202e", "\x00\x1b\x07", "\u2066\u200d\ufeff "):
            refused = send(phone, text)
            assert refused.status_code == 422, (text, refused.text)
            assert refused.json()["error"]["fr"]
        for text in ("Des bancs\u202e pour tous", "Plus\x00 d'ar\x1bbres\x07", "Cafe\u0301"):
            assert send(phone, text).status_code == 200
    stored = sorted(i.text for i in room.ws.ideas.pending(room.meeting.id))
    assert stored == ["Café", "Des bancs pour tous", "Plus d'arbres"]


# -- item 5: results only to the phones that may see them ----------------------------------------


def test_open_poll_results_go_only_to_phones_that_voted(room: Room) -> None:
    poll = room.ws.polls.open(room.polls["single"].id)
    assert poll.visibility is ResultsVisibility.LIVE
    with room.phone() as voter, room.phone() as watcher, room.phone() as stranger:
        room.join(voter)
        room.join(watcher)
        _vote(room, voter, poll)
        mine = _until(voter, room, lambda s: s["results"] and s["results"]["voters"] == 1)
        assert mine["results"]["poll_id"] == poll.id
        assert watcher.get(room.api("state")).json()["results"] is None
        assert stranger.get(room.api("state")).json()["results"] is None
        room.ws.polls.close(poll.id)
        # Once closed, live results are the room's: the projector shows them too.
        deadline_state = _until(stranger, room, lambda s: s["poll"]["state"] == "closed")
        assert deadline_state["results"]["voters"] == 1


def test_hidden_results_reach_no_phone_before_the_reveal(room: Room) -> None:
    poll = room.ws.polls.update(replace(room.polls["single"], visibility=ResultsVisibility.HIDDEN))
    poll = room.ws.polls.open(poll.id)
    with room.phone() as voter:
        room.join(voter)
        _vote(room, voter, poll)
        assert voter.get(room.api("state")).json()["results"] is None


def _until(phone: httpx.Client, room: Room, ready: object, within: float = 5.0) -> dict:
    """The phone's state once ``ready(state)`` holds (the shared part is cached briefly)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        state = phone.get(room.api("state")).json()
        if ready(state):  # type: ignore[operator]
            return state
    raise AssertionError(f"the state did not change within {within} s")


# -- item 6: no secret in the log, no file path or SQL to the phone ------------------------------


def test_the_meeting_code_never_reaches_the_log(
    ws: Workspace, meeting: Meeting, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server = PhoneServer(ws, meeting.id, host="127.0.0.1")
    url = server.start()
    try:
        with httpx.Client(timeout=10) as phone:
            assert phone.post(url + "api/join", json={}).status_code == 200
            phone.get(url + "api/state")
            phone.get(url.replace(meeting.join_code, "wrong") + "api/state")
    finally:
        server.stop()
    server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert server_side, "the server logged nothing at all"
    leaked = [r.getMessage() for r in server_side if meeting.join_code in r.getMessage()]
    assert not leaked


_BREAKS = {
    "join": ("devices", "INSERT"),
    "ticket": ("tickets", "UPDATE"),
    "ballot": ("ballots", "INSERT"),
    "idea": ("ideas", "INSERT"),
}


def _break(ws: Workspace, table: str, operation: str) -> str:
    """Make every write to ``table`` fail inside SQLite, as a damaged or busy file would."""
    secret = f"no such column: {table}_secret_sql"
    with sqlite3.connect(ws.path) as raw:
        raw.execute(
            f"CREATE TRIGGER break_{table} BEFORE {operation} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{secret}'); END"
        )
    return secret


@pytest.mark.parametrize("route", sorted(_BREAKS))
def test_a_storage_failure_tells_the_phone_nothing_private(
    room: Room, route: str, caplog: pytest.LogCaptureFixture
) -> None:
    poll = room.ws.polls.open(room.polls["single"].id)
    ticket = room.ws.tickets.issue(room.meeting.id, 1)[0]
    bodies = {
        "join": {"language": "fr"},
        "ticket": {"ticket": ticket.code},
        "ballot": _ballot(poll),
        "idea": {"id": str(uuid.uuid4()), "text": "Un marché le samedi"},
    }
    with room.phone() as phone:
        if route != "join":
            assert room.join(phone).status_code == 200
        if route == "ballot":
            assert phone.post(room.api("ticket"), json={"ticket": ticket.code}).status_code == 200
        secret = _break(room.ws, *_BREAKS[route])
        response = phone.post(room.api(route), json=bodies[route])
    assert response.status_code == 503
    error = response.json()["error"]
    for text in (error["en"], error["fr"], response.text):
        assert str(room.ws.path.parent) not in text
        assert secret not in text
    assert error["en"] and error["fr"]
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(secret in m for m in logged), "the spokesperson's log says what failed"
    assert not any(room.meeting.join_code in m for m in logged)


# -- item 7: every interface, and the Host check ------------------------------------------------


def test_all_interfaces_keep_the_host_check_and_warn(
    ws: Workspace, meeting: Meeting, caplog: pytest.LogCaptureFixture
) -> None:
    server = PhoneServer(ws, meeting.id, host="0.0.0.0")
    url = server.start()
    try:
        assert "0.0.0.0" not in url  # a join address phones can use
        local = f"http://127.0.0.1:{server.port}/m/{meeting.join_code}/"
        assert httpx.get(local, timeout=10).status_code == 200
        rebound = httpx.get(local, headers={"host": "evil.example"}, timeout=10)
        assert rebound.status_code == 421
        spoofed = httpx.get(local, headers={"host": f"evil.example:{server.port}"}, timeout=10)
        assert spoofed.status_code == 421
        assert server.address is not None and server.address.warning_en
        assert server.address.warning_fr
    finally:
        server.stop()
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("every network" in m for m in warned)


# -- item 8: ballot stuffing from one address ----------------------------------------------------


@pytest.mark.parametrize("limits", [Limits(exempt_loopback=False)])
def test_new_phones_from_one_address_are_limited(room: Room) -> None:
    poll = room.ws.polls.open(room.polls["single"].id)
    statuses = []
    for _ in range(24):  # a script clearing its cookie before every ballot
        with phone_from("127.0.0.5") as phone:
            joined = room.join(phone)
            statuses.append(joined.status_code)
            if joined.status_code == 200:
                _vote(room, phone, poll)
    assert statuses[:20] == [200] * 20
    assert 429 in statuses[20:]
    assert room.ws.ballots.count(poll.id) == statuses.count(200)


@pytest.mark.parametrize("limits", [Limits(exempt_loopback=False)])
def test_the_spokesperson_sees_ballots_outnumber_phones_and_people(room: Room) -> None:
    poll = room.ws.polls.open(room.polls["single"].id)
    with room.phone() as honest:
        room.join(honest)
        assert honest.get(room.api("state")).json()["poll"]["id"] == poll.id  # the page shows it
        _vote(room, honest, poll)
    check = room.server.room_check()
    assert check is not None and check.poll_id == poll.id
    assert (check.phone_ballots, check.phones) == (1, 1)
    assert not check.more_ballots_than_phones and not check.more_voters_than_people
    for _ in range(3):  # a script: no page, a new cookie for every ballot
        with phone_from("127.0.0.6") as script:
            room.join(script)
            _vote(room, script, poll)
    room.ws.attendance.save(replace(room.ws.attendance.get(room.meeting.id), headcount=3))
    check = room.server.room_check()
    assert check is not None
    assert (check.phone_ballots, check.phones, check.voters, check.headcount) == (4, 1, 4, 3)
    assert check.more_ballots_than_phones and check.more_voters_than_people
