"""Property tests of every route: whatever a phone sends, never a 500, the state stays intact."""

from __future__ import annotations

import json
import socket
import uuid
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.ballots import validate_content
from facilitator.domain.model import Meeting
from facilitator.lan.app import COOKIE
from facilitator.lan.guard import Limits
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
