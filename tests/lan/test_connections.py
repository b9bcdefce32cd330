"""Connections a hostile client holds open, or fills with headers, cannot lock the phones out."""

from __future__ import annotations

import logging
import select
import socket
import threading
import uuid

import pytest

from facilitator.lan.limits import Limits

from .conftest import Room
from .wire import address_of, connect, phone_from, read_until_closed, still_open

PARTIAL = b"POST /m/x/api/ballot HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl"


def _votes(room: Room, source: str = "127.0.0.1") -> None:
    """A normal phone joins and votes; fails unless both are accepted."""
    poll = room.polls["single"]
    if room.ws.polls.get(poll.id).state != "open":
        room.ws.polls.open(poll.id)
    with phone_from(source) as phone:
        assert room.join(phone).status_code == 200
        ballot = {
            "poll_id": poll.id,
            "key": uuid.uuid4().hex,
            "content": {"option": poll.options[0].id},
        }
        assert phone.post(room.api("ballot"), json=ballot).status_code == 200


def _refusals(caplog: pytest.LogCaptureFixture, text: str) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.WARNING
        and r.name.startswith("facilitator.lan")
        and text in r.getMessage()
    ]


@pytest.mark.parametrize("limits", [Limits(request_seconds=0.5)])
def test_silent_and_half_sent_connections_are_closed(
    room: Room, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    silent = [connect(room.url) for _ in range(10)]
    partial = [connect(room.url) for _ in range(11)]
    for sock in partial:
        sock.sendall(PARTIAL)
    try:
        for sock in silent:
            assert read_until_closed(sock) == b""  # nothing asked, nothing to answer
        for sock in partial:
            assert read_until_closed(sock).startswith(b"HTTP/1.1 408")
    finally:
        for sock in silent + partial:
            sock.close()
    assert _refusals(caplog, "127.0.0.1")
    assert not any(room.meeting.join_code in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("limits", [Limits(request_seconds=0.5)])
def test_a_second_request_sent_halfway_is_closed_too(room: Room) -> None:
    sock = connect(room.url)
    try:
        sock.sendall(b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + PARTIAL)
        reply = read_until_closed(sock)
    finally:
        sock.close()
    assert reply.startswith(b"HTTP/1.1 204")
    assert b"HTTP/1.1 408" in reply


@pytest.mark.parametrize("limits", [Limits(connections_per_address=4, exempt_loopback=False)])
def test_connections_per_address_are_capped_and_logged(
    room: Room, caplog: pytest.LogCaptureFixture
) -> None:
    held = [connect(room.url, "127.0.0.2") for _ in range(4)]
    try:
        extra = connect(room.url, "127.0.0.2")
        try:
            assert read_until_closed(extra, within=5).startswith(b"HTTP/1.1 429")
        finally:
            extra.close()
        assert all(still_open(sock) for sock in held)
        _votes(room, "127.0.0.3")  # another address is served as usual
    finally:
        for sock in held:
            sock.close()
    assert _refusals(caplog, "127.0.0.2")


@pytest.mark.parametrize(
    "limits",
    [Limits(max_connections=10, connections_per_address=100, exempt_loopback=False)],
)
def test_a_full_server_drops_the_longest_waiting_connection(room: Room) -> None:
    held = [connect(room.url, "127.0.0.2") for _ in range(10)]
    try:
        for sock in held:
            sock.sendall(PARTIAL)
        _votes(room, "127.0.0.3")  # its connections take the places of the oldest idle ones
        assert read_until_closed(held[0], within=5).startswith(b"HTTP/1.1 408")
    finally:
        for sock in held:
            sock.close()


def _send_in_background(sock: object, payload: bytes) -> threading.Thread:
    def send() -> None:
        try:
            sock.sendall(payload)  # type: ignore[attr-defined]
        except OSError:
            pass  # the server may stop reading once it has refused

    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("parser", ["httptools", "h11"])
def test_huge_headers_are_refused_with_either_parser(room: Room, parser: str) -> None:
    sock = connect(room.url)
    try:
        head = b"GET " + room.url.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
        sender = _send_in_background(sock, head + b"a" * 8_000_000 + b"\r\n\r\n")
        reply = read_until_closed(sock)
        sender.join(10)
    finally:
        sock.close()
    assert reply.startswith(b"HTTP/1.1 431"), reply[:80]
    # An ordinary large header (long cookies, many languages) is still served.
    with phone_from("127.0.0.1") as phone:
        response = phone.get(room.url, headers={"x-long": "b" * 8000})
        assert response.status_code == 200


@pytest.mark.parametrize("parser", ["httptools", "h11"])
def test_headers_over_the_limit_are_refused_when_they_arrive_at_once(
    room: Room, parser: str
) -> None:
    """Headers a little over the limit, in one packet: the whole request is read in one go."""
    limit = Limits().header_bytes
    head = b"GET " + room.url.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    for headers in (
        b"X-Big: " + b"a" * (limit + 1000) + b"\r\n",
        b"".join(b"X-H%d: %s\r\n" % (k, b"h" * 100) for k in range(limit // 100)),
    ):
        sock = connect(room.url)
        try:
            sock.sendall(head + headers + b"\r\n")
            reply = read_until_closed(sock)
        finally:
            sock.close()
        assert reply.startswith(b"HTTP/1.1 431"), reply[:80]


def test_websocket_upgrade_is_refused_quietly(
    room: Room, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.INFO)
    for _ in range(3):
        sock = connect(room.url)
        try:
            sock.sendall(
                b"GET " + room.url.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
            )
            reply = read_until_closed(sock)
        finally:
            sock.close()
        status = int(reply.split(b" ", 2)[1])
        assert 400 <= status < 500, reply[:80]
        assert b"websocket" in reply.lower()  # the answer says why
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not [r for r in warnings if r.name.startswith("uvicorn")]
    assert len(warnings) <= 1  # one line for the address, not two for every request
    assert "upgrade" not in capfd.readouterr().err.lower()


def _answers(sock: socket.socket, count: int) -> bytes:
    """Read until ``count`` answers (without bodies) have come."""
    sock.settimeout(10)
    data = b""
    while data.count(b"HTTP/1.1 ") < count or not data.endswith(b"\r\n\r\n"):
        chunk = sock.recv(65536)
        assert chunk, f"closed after {data.count(b'HTTP/1.1 ')} answers"
        data += chunk
    return data


AHEAD = Limits().requests_ahead


def test_requests_sent_ahead_are_not_taken_for_huge_headers(room: Room) -> None:
    """Pipelined requests, each well under the header limit, the last cut across two packets."""
    request = b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + b"p" * 2500 + b"\r\n\r\n"
    sock = connect(room.url)
    try:
        sock.sendall(request * AHEAD + request[:1500])
        first = _answers(sock, AHEAD)
        sock.sendall(request[1500:])
        second = _answers(sock, 1)
    finally:
        sock.close()
    assert (first + second).count(b"HTTP/1.1 204") == AHEAD + 1


def test_too_many_requests_sent_ahead_close_the_connection(
    room: Room, caplog: pytest.LogCaptureFixture
) -> None:
    request = b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    sock = connect(room.url)
    try:
        sock.sendall(request * 5000)  # thousands of requests queued for one connection
        replies = read_until_closed(sock)
    finally:
        sock.close()
    assert replies.count(b"HTTP/1.1 204") <= AHEAD
    assert _refusals(caplog, "ahead of their answers")
    with phone_from("127.0.0.1") as phone:
        assert phone.get(room.url).status_code == 200


@pytest.mark.parametrize("limits", [Limits(request_seconds=0.5, requests_ahead=400)])
def test_a_client_that_never_reads_its_answers_is_dropped(
    room: Room, caplog: pytest.LogCaptureFixture
) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(address_of(room.url))
    try:
        # 400 answers of 30 KB each, never read: more than the sockets' buffers hold.
        sock.sendall(b"GET /static/app.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" * 400)
        watch = select.poll()
        watch.register(sock, select.POLLRDHUP)  # wakes on the server's reset (or close)
        assert watch.poll(10_000), "the server kept a client that does not read"
    finally:
        sock.close()
    assert _refusals(caplog, "does not read")
    server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert not [r for r in server_side if r.exc_info or r.levelno >= logging.ERROR]
