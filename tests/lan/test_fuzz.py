"""Property tests of every route: whatever a phone sends, never a 500, the state stays intact."""

from __future__ import annotations

import gzip
import json
import logging
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.ballots import validate_content
from facilitator.domain.model import Meeting
from facilitator.lan.limits import Limits
from facilitator.lan.login import COOKIE
from facilitator.lan.server import PhoneServer
from facilitator.storage import Workspace

from .conftest import make_polls

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)

ROUTES = [
    ("GET", "api/state"),
    ("GET", "api/state?mine=1"),
    ("POST", "api/join"),
    ("POST", "api/ticket"),
    ("POST", "api/ballot"),
    ("POST", "api/idea"),
    ("GET", ""),
    ("PUT", "api/ballot"),
    ("DELETE", "api/idea"),
]


def _bodies(option_ids: list[str], poll_ids: list[str]) -> st.SearchStrategy[Any]:
    keys = st.sampled_from(["option", "options", "answer", "points", "grades", "x"])
    option = st.sampled_from([*option_ids, "yes", "no", "abstain", ""]) | st.text(max_size=10)
    content = st.dictionaries(
        keys,
        option
        | st.lists(option, max_size=6)
        | st.dictionaries(option, st.integers(-3, 12) | json_values, max_size=6)
        | json_values,
        max_size=2,
    )
    ballot = st.fixed_dictionaries(
        {
            "poll_id": st.sampled_from(poll_ids) | st.text(max_size=10) | json_values,
            "key": st.text(alphabet="abcdef0123456789-_", min_size=0, max_size=70) | json_values,
            "content": content | json_values,
        }
    )
    idea = st.fixed_dictionaries(
        {
            "id": st.uuids().map(str) | st.text(max_size=40),
            "text": st.text(max_size=300) | json_values,
        }
    )
    join = st.fixed_dictionaries(
        {"language": st.sampled_from(["fr", "en", "xx"]) | json_values, "ticket": json_values}
    )
    return ballot | idea | join | json_values


def test_every_route_survives_anything(tmp_path: Path) -> None:
    limits = Limits(
        writes_per_device_rate=1000, writes_per_device_burst=1000, ideas_per_device_rate=1000
    )
    with Workspace.open(tmp_path / "fuzz") as ws:
        meeting = ws.meetings.create(Meeting(title="Fuzz"))
        polls = make_polls(ws, meeting.id)
        open_poll = ws.polls.open(polls["dots"].id)
        ws.tickets.issue(meeting.id, 3)
        server = PhoneServer(ws, meeting.id, host="127.0.0.1", limits=limits)
        url = server.start()
        option_ids = [o.id for p in polls.values() for o in p.options]
        poll_ids = [p.id for p in polls.values()]
        try:
            with (
                httpx.Client(timeout=10) as reference,
                httpx.Client(timeout=10) as fuzzer,
                httpx.Client(timeout=10) as anonymous,
                httpx.Client(timeout=10) as forger,
            ):
                forger.cookies.set(COOKIE, "x" * 50)
                ticket = ws.tickets.for_meeting(meeting.id)[0]
                assert (
                    reference.post(url + "api/join", json={"ticket": ticket.code}).status_code
                    == 200
                )
                # The fuzzing phone holds a ticket too, so its ballots reach the vote rules.
                second = ws.tickets.for_meeting(meeting.id)[1]
                assert (
                    fuzzer.post(url + "api/join", json={"ticket": second.code}).status_code == 200
                )
                first = open_poll.options[0].id
                good = {
                    "poll_id": open_poll.id,
                    "key": uuid.uuid4().hex,
                    "content": {"points": {first: 2}},
                }
                assert reference.post(url + "api/ballot", json=good).status_code == 200
                before = ws.ballots.for_poll(open_poll.id)

                @settings(
                    max_examples=250,
                    deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                )
                @given(
                    route=st.sampled_from(ROUTES),
                    body=_bodies(option_ids, poll_ids),
                    as_json=st.booleans(),
                    ctype=st.sampled_from(
                        ["application/json", "application/json; charset=utf-8", "text/plain", ""]
                    ),
                    cookie=st.sampled_from(["keep", "none", "junk"]),
                )
                def run(
                    route: tuple[str, str], body: Any, as_json: bool, ctype: str, cookie: str
                ) -> None:
                    method, path = route
                    raw = json.dumps(body) if as_json else str(body)
                    headers = {"content-type": ctype} if ctype else {}
                    client = {"keep": fuzzer, "none": anonymous, "junk": forger}[cookie]
                    response = client.request(
                        method,
                        url + path,
                        content=raw.encode("utf-8", "surrogatepass"),
                        headers=headers,
                    )
                    assert response.status_code < 500, (route, body, response.text)
                    if response.headers.get("content-type", "").startswith("application/json"):
                        response.json()

                run()
        finally:
            server.stop()

        # Junk changed nothing it should not: the reference ballot is as it was, every stored
        # ballot is valid for its poll, there is at most one per voter, the file is healthy.
        after = ws.ballots.for_poll(open_poll.id)
        reference_ballot = [b for b in after if b.voter == before[0].voter]
        assert reference_ballot == before
        assert len({b.voter for b in after}) == len(after)
        for b in after:
            assert validate_content(open_poll, b.content) == dict(b.content)
        for name, poll in polls.items():
            if name != "dots":
                assert ws.ballots.count(poll.id) == 0
        assert ws.db.integrity_check() == "ok"


def test_raw_bytes_never_break_the_server(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "raw") as ws:
        meeting = ws.meetings.create(Meeting(title="Raw"))
        server = PhoneServer(ws, meeting.id, host="127.0.0.1")
        url = server.start()
        host, port = url.split("//")[1].split("/")[0].split(":")
        try:

            @settings(max_examples=60, deadline=None)
            @given(
                st.binary(max_size=300)
                | st.builds(
                    lambda m, p, h: f"{m} {p} HTTP/1.1\r\n{h}\r\n\r\n".encode("utf-8", "replace"),
                    st.sampled_from(["GET", "POST", "OPTIONS", "HEAD", "X" * 20]),
                    st.text(max_size=60),
                    st.text(max_size=80),
                )
            )
            def run(payload: bytes) -> None:
                with socket.create_connection((host, int(port)), timeout=5) as sock:
                    sock.sendall(payload)
                    sock.shutdown(socket.SHUT_WR)
                    try:
                        reply = sock.recv(64)
                    except ConnectionResetError:
                        reply = b""
                    assert not reply.startswith(b"HTTP/1.1 5")

            run()
            assert httpx.get(url).status_code == 200
        finally:
            server.stop()


# -- every route, every method, any headers, encodings and framing ---------------------------------

TOKEN = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Headers httpx sets itself from the body: a second copy would be the client's error, not ours.
FRAMING = {"content-length", "transfer-encoding", "host"}
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"]


def _paths(code: str) -> st.SearchStrategy[str]:
    inside = ["", "api/state", "api/state?mine=1", "api/join", "api/ticket", "api/ballot"]
    inside += ["api/idea", "api/nope", "static/app.js"]
    fixed = [f"/m/{code}/{p}" for p in inside]
    fixed += ["/", "/favicon.ico", "/static/app.js", "/static/app.css", "/static/..%2fx"]
    fixed += [f"/m/{code}", "/m/wrong/", "/m/wrong/api/state", "/t/ABCD-EFGH-JKMN", "/t/x"]
    noise = st.text(alphabet=TOKEN + "/%?=", max_size=40).map(lambda p: "/" + p)
    return st.sampled_from(fixed) | noise


def _encode(body: Any, how: str) -> bytes:
    text = json.dumps(body) if how != "repr" else repr(body)
    if how == "utf-16":
        return text.encode("utf-16")
    if how == "latin-1":
        return text.encode("latin-1", "replace")
    if how == "gzip":
        return gzip.compress(text.encode("utf-8", "surrogatepass"))
    return text.encode("utf-8", "surrogatepass")


def _chunked(body: bytes, cuts: list[int]) -> Iterator[bytes]:
    start = 0
    for cut in sorted(c % (len(body) + 1) for c in cuts):
        yield body[start:cut]
        start = cut
    yield body[start:]


@pytest.mark.parametrize("parser", ["httptools", "h11"])
def test_every_route_and_method_survives_any_headers_and_framing(
    tmp_path: Path,
    parser: str,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.INFO)
    limits = Limits(writes_per_device_rate=1000, writes_per_device_burst=1000)
    examples = 0
    with Workspace.open(tmp_path / "wire") as ws:
        meeting = ws.meetings.create(Meeting(title="Fuzz"))
        polls = make_polls(ws, meeting.id)
        ws.polls.open(polls["single"].id)
        ws.tickets.issue(meeting.id, 2)
        server = PhoneServer(ws, meeting.id, host="127.0.0.1", limits=limits, parser=parser)
        url = server.start()
        base = url.split("/m/")[0]
        option_ids = [o.id for p in polls.values() for o in p.options]
        try:
            with httpx.Client(timeout=10) as joined, httpx.Client(timeout=10) as stranger:
                assert joined.post(url + "api/join", json={}).status_code == 200

                @settings(
                    max_examples=300,
                    deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                )
                @given(
                    method=st.sampled_from(METHODS)
                    | st.text(alphabet=TOKEN, min_size=1, max_size=12),
                    path=_paths(meeting.join_code),
                    headers=st.dictionaries(
                        st.sampled_from(
                            [
                                "content-type",
                                "content-encoding",
                                "accept-encoding",
                                "cookie",
                                "origin",
                                "expect",
                                "if-none-match",
                                "range",
                                "accept-language",
                            ]
                        )
                        | st.text(alphabet=TOKEN, min_size=1, max_size=20).filter(
                            lambda n: n.lower() not in FRAMING
                        ),
                        st.text(
                            alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E),
                            max_size=60,
                        ).map(str.strip)
                        | st.sampled_from(["application/json", "gzip", "br", "100-continue", "*"]),
                        max_size=6,
                    ),
                    body=_bodies(option_ids, [p.id for p in polls.values()])
                    | st.binary(max_size=200),
                    encoding=st.sampled_from(["utf-8", "utf-16", "latin-1", "gzip", "repr"]),
                    cuts=st.none() | st.lists(st.integers(0, 400), max_size=6),
                    who=st.sampled_from([joined, stranger]),
                )
                def run(
                    method: str,
                    path: str,
                    headers: dict[str, str],
                    body: Any,
                    encoding: str,
                    cuts: list[int] | None,
                    who: httpx.Client,
                ) -> None:
                    nonlocal examples
                    examples += 1
                    raw = body if isinstance(body, bytes) else _encode(body, encoding)
                    content: bytes | Iterator[bytes] = raw if cuts is None else _chunked(raw, cuts)
                    try:
                        response = who.request(
                            method, base + path, content=content, headers=headers
                        )
                    except httpx.RemoteProtocolError:
                        return  # the server refused the framing and closed: allowed
                    assert response.status_code < 500, (method, path, headers, response.text)

                run()
            assert httpx.get(url, timeout=10).status_code == 200
        finally:
            server.stop()
    assert examples >= 300
    server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert not [r for r in server_side if r.exc_info or r.levelno >= logging.ERROR]
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize("parser", ["httptools", "h11"])
def test_raw_chunk_framing_never_breaks_the_server(
    tmp_path: Path, parser: str, capfd: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(tmp_path / "chunks") as ws:
        meeting = ws.meetings.create(Meeting(title="Chunks"))
        server = PhoneServer(ws, meeting.id, host="127.0.0.1", parser=parser)
        url = server.start()
        host, port = url.split("//")[1].split("/")[0].split(":")
        path = f"/m/{meeting.join_code}/api/join"
        chunk = st.one_of(
            st.binary(max_size=40).map(lambda b: b"%x\r\n%s\r\n" % (len(b), b)),
            st.builds(
                lambda size, ext, data, end: size + ext + b"\r\n" + data + end,
                st.sampled_from([b"0", b"ffffffffffffffffff", b"-1", b"zz", b"10", b" 5", b""]),
                st.sampled_from([b"", b";a=b", b";" + b"x" * 100]),
                st.binary(max_size=20),
                st.sampled_from([b"\r\n", b"\n", b"", b"\r\n\r\n"]),
            ),
        )
        try:

            @settings(max_examples=150, deadline=None)
            @given(
                st.lists(chunk, max_size=6),
                st.sampled_from([b"0\r\n\r\n", b"0\r\nX: y\r\n\r\n", b""]),
            )
            def run(chunks: list[bytes], end: bytes) -> None:
                head = (
                    f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                    "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                ).encode()
                with socket.create_connection((host, int(port)), timeout=10) as sock:
                    sock.sendall(head + b"".join(chunks) + end)
                    sock.shutdown(socket.SHUT_WR)
                    try:
                        reply = sock.recv(64)
                    except ConnectionResetError:
                        reply = b""
                    assert not reply.startswith(b"HTTP/1.1 5"), reply

            run()
            assert httpx.get(url, timeout=10).status_code == 200
        finally:
            server.stop()
    assert "Traceback" not in capfd.readouterr().err
