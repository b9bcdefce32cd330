"""The phone server over real HTTP on loopback: lifecycle, one person one vote, a hostile room."""

from __future__ import annotations

import socket
import time
import uuid

import httpx
import pytest

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import IdeaSource, IdeaStatus, Meeting
from facilitator.lan.errors import CONTENT_SECURITY_POLICY
from facilitator.lan.limits import Limits
from facilitator.lan.login import COOKIE
from facilitator.lan.server import PhoneServer, ServerError
from facilitator.storage import Workspace

from .conftest import Room


def _ballot(room: Room, client: httpx.Client, poll: str, content: dict, key: str | None = None):
    return client.post(
        room.api("ballot"),
        json={
            "poll_id": room.polls[poll].id,
            "key": key or uuid.uuid4().hex,
            "content": content,
        },
    )


# -- lifecycle ------------------------------------------------------------------------------------


def test_start_gives_join_url_and_stop_is_idempotent(ws: Workspace, meeting: Meeting) -> None:
    server = PhoneServer(ws, meeting.id, host="127.0.0.1")
    assert not server.running and server.join_url is None
    url = server.start()
    try:
        assert server.running
        assert url == server.join_url
        assert url.startswith("http://127.0.0.1:")
        assert url.endswith(f"/m/{meeting.join_code}/")
        assert server.address is not None and server.address.kind == "loopback"
        assert server.address.warning_en and server.address.warning_fr
        assert httpx.get(url).status_code == 200
    finally:
        server.stop()
    server.stop()
    assert not server.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(url)


def test_taken_port_is_a_clear_error(ws: Workspace, meeting: Meeting) -> None:
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    port = blocker.getsockname()[1]
    try:
        server = PhoneServer(ws, meeting.id, host="127.0.0.1", port=port)
        with pytest.raises(ServerError) as info:
            server.start()
        assert str(port) in info.value.en and str(port) in info.value.fr
        assert not server.running
    finally:
        blocker.close()


def test_unknown_meeting_is_a_clear_error(ws: Workspace) -> None:
    with pytest.raises(FacilitatorError):
        PhoneServer(ws, "no-such-meeting", host="127.0.0.1").start()


def test_port_zero_prefers_the_stable_port_then_any(ws: Workspace, meeting: Meeting) -> None:
    first = PhoneServer(ws, meeting.id, host="127.0.0.1")
    second = PhoneServer(ws, meeting.id, host="127.0.0.1")
    try:
        first.start()
        second.start()
        assert first.port != second.port  # the second fell back to a free port
    finally:
        second.stop()
        first.stop()


# -- pages and headers ----------------------------------------------------------------------------


def test_page_headers_are_strict(room: Room) -> None:
    response = httpx.get(room.url, headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-encoding"] == "gzip"
    assert '<script src="/static/app.js"' in response.text
    assert "<script>" not in response.text  # no inline script


def test_page_weight_is_small(room: Room) -> None:
    total = 0
    for path in ("", "static/app.js", "static/app.css"):
        url = room.url + path if path == "" else room.url.split("/m/")[0] + "/" + path
        response = httpx.get(url, headers={"accept-encoding": "gzip"})
        assert response.status_code == 200
        total += int(response.headers["content-length"])
    assert total < 60_000


def test_wrong_code_gets_a_clear_page(room: Room) -> None:
    base = room.url.split("/m/")[0]
    response = httpx.get(f"{base}/m/not-the-code/")
    assert response.status_code == 404
    assert "Adresse inconnue" in response.text and "Unknown address" in response.text
    home = httpx.get(f"{base}/")  # the laptop's address alone: where the short code is typed
    assert home.status_code == 200 and 'action="/join"' in home.text
    assert httpx.get(f"{base}/m/not-the-code/api/state").status_code == 404
    assert httpx.get(f"{base}/t/ABCDEFGH").status_code == 404


def test_no_administration_route(room: Room) -> None:
    base = room.url.split("/m/")[0]
    with room.phone() as phone:
        room.join(phone)
        for path in (
            "api/poll/open",
            "api/close",
            "api/reveal",
            "admin",
            "api/ballots",
            "api/ideas",
        ):
            assert phone.post(room.url + path, json={}).status_code in (404, 405)
        assert phone.get(f"{base}/static/../../pyproject.toml").status_code == 404
        assert phone.get(f"{base}/static/index.html").status_code == 404
        assert phone.get(room.api("ballot")).status_code == 405


def test_other_host_header_is_refused(room: Room) -> None:
    response = httpx.get(room.url, headers={"host": "evil.example:8765"})
    assert response.status_code == 421


# -- joining and voting ---------------------------------------------------------------------------


def test_join_sets_a_strict_cookie_and_counts_the_phone(room: Room) -> None:
    with room.phone() as phone:
        response = room.join(phone)
        assert response.status_code == 200
        cookie = response.headers["set-cookie"]
        assert cookie.startswith(COOKIE + "=")
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie
        assert f"Path=/m/{room.meeting.join_code}/" in cookie
        token = phone.cookies[COOKIE]
        assert len(token) >= 32
        room.join(phone)  # joining again is the same phone
    assert room.ws.devices.count(room.meeting.id) == 1
    # The raw token is never stored.
    device = room.ws.devices.by_token_hash(token)
    assert device is None


def test_state_shows_waiting_then_the_open_poll(room: Room) -> None:
    with room.phone() as phone:
        room.join(phone)
        state = phone.get(room.api("state")).json()
        assert state["poll"] is None
        assert state["title"] == room.meeting.title
        room.ws.polls.open(room.polls["single"].id)
        # The shared state is cached a fraction of a second; it is fresh within 2 s.
        state = _fresh_state(room, phone, lambda s: s["poll"] is not None, within=2.0)
        assert state["poll"]["id"] == room.polls["single"].id
        assert [o["label"] for o in state["poll"]["options"]] == ["Bois", "Métal"]


def test_one_phone_one_vote_and_the_last_counts(room: Room) -> None:
    poll = room.polls["single"]
    room.ws.polls.open(poll.id)
    wood, metal = (o.id for o in poll.options)
    with room.phone() as phone:
        room.join(phone)
        first = _ballot(room, phone, "single", {"option": wood})
        assert first.status_code == 200 and first.json()["outcome"] == "recorded"
        second = _ballot(room, phone, "single", {"option": metal})
        assert second.json()["outcome"] == "replaced"
        mine = phone.get(room.api("state") + "?mine=1").json()["me"]
        assert mine["ballot"]["content"] == {"option": metal}
    assert room.ws.ballots.count(poll.id) == 1
    tally = room.ws.ballots.tally(poll.id)
    assert tally.option(metal).votes == 1 and tally.option(wood).votes == 0


def test_retry_with_the_same_key_counts_once(room: Room) -> None:
    poll = room.polls["approval"]
    room.ws.polls.open(poll.id)
    a, b = poll.options[0].id, poll.options[1].id
    with room.phone() as phone:
        room.join(phone)
        key = uuid.uuid4().hex
        assert _ballot(room, phone, "approval", {"options": [a, b]}, key).json()["outcome"] == (
            "recorded"
        )
        again = _ballot(room, phone, "approval", {"options": [a, b]}, key)
        assert again.json()["outcome"] == "duplicate"
    assert room.ws.ballots.count(poll.id) == 1


def test_two_phones_two_votes(room: Room) -> None:
    poll = room.polls["yna"]
    room.ws.polls.open(poll.id)
    with room.phone() as one, room.phone() as two:
        room.join(one)
        room.join(two)
        assert _ballot(room, one, "yna", {"answer": "yes"}).status_code == 200
        assert _ballot(room, two, "yna", {"answer": "no"}).status_code == 200
    assert room.ws.ballots.tally(poll.id).voters == 2


def test_change_refused_when_the_poll_does_not_allow_it(room: Room) -> None:
    poll = room.polls["fixed"]
    room.ws.polls.open(poll.id)
    yes, no = (o.id for o in poll.options)
    with room.phone() as phone:
        room.join(phone)
        assert _ballot(room, phone, "fixed", {"option": yes}).status_code == 200
        refused = _ballot(room, phone, "fixed", {"option": no})
        assert refused.status_code == 409
        assert "changer" in refused.json()["error"]["fr"]
    assert room.ws.ballots.for_voter(poll.id, _voter(room)).content == {"option": yes}


def _voter(room: Room) -> str:
    rows = room.ws.ballots.for_poll(room.polls["fixed"].id)
    return rows[0].voter


def test_late_ballot_gets_a_clear_answer(room: Room) -> None:
    poll = room.polls["single"]
    room.ws.polls.open(poll.id)
    with room.phone() as phone:
        room.join(phone)
        room.ws.polls.close(poll.id)
        late = _ballot(room, phone, "single", {"option": poll.options[0].id})
        assert late.status_code == 409
        assert "trop tard" in late.json()["error"]["fr"]
        assert "too late" in late.json()["error"]["en"]
    assert room.ws.ballots.count(poll.id) == 0


def test_ballot_without_joining_is_refused(room: Room) -> None:
    room.ws.polls.open(room.polls["single"].id)
    with room.phone() as phone:
        response = _ballot(room, phone, "single", {"option": room.polls["single"].options[0].id})
        assert response.status_code == 401
        phone.cookies.set(COOKIE, "forged-token", path=f"/m/{room.meeting.join_code}/")
        response = _ballot(room, phone, "single", {"option": room.polls["single"].options[0].id})
        assert response.status_code == 401


def test_invalid_ballots_are_explained(room: Room) -> None:
    poll = room.polls["dots"]
    room.ws.polls.open(poll.id)
    a = poll.options[0].id
    with room.phone() as phone:
        room.join(phone)
        too_many = _ballot(room, phone, "dots", {"points": {a: 4}})
        assert too_many.status_code == 422 and too_many.json()["error"]["fr"]
        assert _ballot(room, phone, "dots", {"points": {a: 3}}).status_code == 200


def test_every_method_votes_from_a_phone(room: Room) -> None:
    contents = {
        "single": lambda p: {"option": p.options[1].id},
        "approval": lambda p: {"options": [p.options[0].id, p.options[2].id]},
        "dots": lambda p: {"points": {p.options[0].id: 2, p.options[1].id: 3}},
        "mj": lambda p: {"grades": {p.options[0].id: 0, p.options[1].id: 6}},
        "yna": lambda _p: {"answer": "abstain"},
        "upvotes": lambda p: {"options": [p.options[1].id]},
    }
    with room.phone() as phone:
        room.join(phone)
        for name, make in contents.items():
            poll = room.polls[name]
            room.ws.polls.open(poll.id)
            response = _ballot(room, phone, name, make(poll))
            assert response.status_code == 200, response.text
            assert room.ws.ballots.count(poll.id) == 1


def test_results_only_once_revealed(room: Room) -> None:
    from dataclasses import replace

    from facilitator.domain.model import ResultsVisibility

    poll = room.ws.polls.update(replace(room.polls["single"], visibility=ResultsVisibility.HIDDEN))
    room.ws.polls.open(poll.id)
    with room.phone() as phone:
        room.join(phone)
        _ballot(room, phone, "single", {"option": poll.options[0].id})
        assert room.server._ws is room.ws
        room.ws.polls.close(poll.id)
        state = _fresh_state(room, phone, lambda s: s["poll"] and s["poll"]["state"] == "closed")
        assert state["results"] is None
        room.ws.polls.reveal(poll.id)
        state = _fresh_state(room, phone, lambda s: s["results"] is not None)
        assert state["results"]["voters"] == 1


def _fresh_state(room: Room, phone: httpx.Client, ready, within: float = 2.0) -> dict:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        state = phone.get(room.api("state")).json()
        if ready(state):
            return state
    raise AssertionError(f"the state did not change within {within} s")


# -- ideas ----------------------------------------------------------------------------------------


def test_idea_goes_to_the_moderation_inbox_once(room: Room) -> None:
    idea_id = str(uuid.uuid4())
    text = "<script>alert('x')</script> Des toilettes publiques"
    with room.phone() as phone:
        room.join(phone)
        for _ in range(2):  # a retry after a lost answer
            response = phone.post(room.api("idea"), json={"id": idea_id, "text": text})
            assert response.status_code == 200
    pending = room.ws.ideas.pending(room.meeting.id)
    assert [(i.id, i.text, i.source, i.status) for i in pending] == [
        (idea_id, text, IdeaSource.PHONE, IdeaStatus.PENDING)
    ]


def test_empty_or_bad_idea_is_refused(room: Room) -> None:
    with room.phone() as phone:
        room.join(phone)
        assert phone.post(room.api("idea"), json={"id": "x", "text": "a"}).status_code == 400
        empty = phone.post(room.api("idea"), json={"id": str(uuid.uuid4()), "text": "   "})
        assert empty.status_code == 422
        lone = phone.post(
            room.api("idea"),
            content=b'{"id": "%s", "text": "\\ud800"}' % str(uuid.uuid4()).encode(),
            headers={"content-type": "application/json"},
        )
        assert lone.status_code == 400
    assert room.ws.ideas.pending(room.meeting.id) == []


# -- tickets --------------------------------------------------------------------------------------


def test_ticket_binds_to_the_first_phone_only(room: Room) -> None:
    tickets = room.ws.tickets.issue(room.meeting.id, 2)
    poll = room.polls["single"]
    room.ws.polls.open(poll.id)
    with room.phone() as first, room.phone() as second, room.phone() as third:
        room.join(first)
        refused = _ballot(room, first, "single", {"option": poll.options[0].id})
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "ticket_required"
        bound = first.post(room.api("ticket"), json={"ticket": tickets[0].code})
        assert bound.status_code == 200 and bound.json()["ticket_number"] == 1
        assert _ballot(room, first, "single", {"option": poll.options[0].id}).status_code == 200
        # Another phone with the same ticket is refused, with a clear reason.
        taken = room.join(second, ticket=tickets[0].code)
        assert taken.status_code == 409
        assert "autre téléphone" in taken.json()["error"]["fr"]
        # A phone joining with its own ticket (scanned QR) votes at once.
        assert room.join(third, ticket=tickets[1].code).json()["ticket_number"] == 2
        assert _ballot(room, third, "single", {"option": poll.options[1].id}).status_code == 200
    ballots = room.ws.ballots.for_poll(poll.id)
    assert sorted(b.voter for b in ballots) == sorted(f"ticket:{t.id}" for t in tickets)
    assert room.ws.tickets.counts(room.meeting.id) == (2, 2)


def test_ticket_link_redirects_without_binding(room: Room) -> None:
    ticket = room.ws.tickets.issue(room.meeting.id, 1)[0]
    base = room.url.split("/m/")[0]
    response = httpx.get(f"{base}/t/{ticket.code}")
    assert response.status_code == 303
    assert response.headers["location"] == f"/m/{room.meeting.join_code}/#ticket={ticket.code}"
    assert room.ws.tickets.counts(room.meeting.id) == (1, 0)


# -- a hostile room -------------------------------------------------------------------------------


def test_body_size_is_limited(room: Room) -> None:
    with room.phone() as phone:
        room.join(phone)
        huge = phone.post(room.api("idea"), json={"id": str(uuid.uuid4()), "text": "x" * 40_000})
        assert huge.status_code == 413


def test_non_json_posts_are_refused(room: Room) -> None:
    with room.phone() as phone:
        response = phone.post(room.api("join"), data={"language": "fr"})
        assert response.status_code == 400
    assert room.ws.devices.count(room.meeting.id) == 0


@pytest.mark.parametrize(
    "limits", [Limits(per_address_rate=1, per_address_burst=5, exempt_loopback=False)]
)
def test_flood_from_one_address_is_rate_limited(room: Room) -> None:
    statuses = [httpx.get(room.api("state")).status_code for _ in range(8)]
    assert statuses[:5] == [200] * 5
    assert 429 in statuses[5:]


@pytest.mark.parametrize("limits", [Limits(writes_per_device_rate=0.01, writes_per_device_burst=3)])
def test_ballot_flood_from_one_phone_is_rate_limited(room: Room) -> None:
    poll = room.polls["single"]
    room.ws.polls.open(poll.id)
    with room.phone() as phone:
        room.join(phone)
        statuses = [
            _ballot(room, phone, "single", {"option": poll.options[0].id}).status_code
            for _ in range(5)
        ]
    assert statuses[:3] == [200, 200, 200]
    assert statuses[3:] == [429, 429]
    assert room.ws.ballots.count(poll.id) == 1


def test_malformed_http_does_not_hurt_the_server(room: Room) -> None:
    host, port = room.url.split("//")[1].split("/")[0].split(":")
    garbage = [
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,  # a TLS hello
        b"GET / HTTP/1.1\r\nHost: " + b"a" * 70_000 + b"\r\n\r\n",
        b"POST /m/x/api/join HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
        b"NOTAMETHOD \x00\x01 HTTP/9.9\r\n\r\n",
        b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nzzz\r\n",
    ]
    for payload in garbage:
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(payload)
            sock.shutdown(socket.SHUT_WR)
            reply = sock.recv(1024)
            assert not reply.startswith(b"HTTP/1.1 500")
    assert httpx.get(room.url).status_code == 200


def test_slow_clients_do_not_block_the_room(room: Room) -> None:
    host, port = room.url.split("//")[1].split("/")[0].split(":")
    slow = []
    try:
        for _ in range(200):  # each sends half a request, then nothing
            sock = socket.create_connection((host, int(port)), timeout=5)
            sock.sendall(b"POST " + room.url.encode() + b"api/ballot HTTP/1.1\r\nHost: x")
            slow.append(sock)
        began = time.monotonic()
        with room.phone() as phone:
            assert room.join(phone).status_code == 200
            assert phone.get(room.api("state")).status_code == 200
        assert time.monotonic() - began < 2
    finally:
        for sock in slow:
            sock.close()


def test_restart_after_stop(ws: Workspace, meeting: Meeting) -> None:
    server = PhoneServer(ws, meeting.id, host="127.0.0.1")
    try:
        first = server.start()
        assert server.start() == first  # already running: same address
        server.stop()
        second = server.start()
        assert httpx.get(second).status_code == 200
    finally:
        server.stop()


def test_meeting_deleted_while_serving_gets_a_clear_answer(room: Room) -> None:
    with room.phone() as phone:
        room.join(phone)
        room.ws.meetings.delete(room.meeting.id)
        response = _fresh_response(room, phone)
        assert response.status_code == 404
        assert response.json()["error"]["fr"]


def _fresh_response(room: Room, phone: httpx.Client) -> httpx.Response:
    deadline = time.monotonic() + 2
    while True:
        response = phone.get(room.api("state"))
        if response.status_code != 200 or time.monotonic() > deadline:
            return response
