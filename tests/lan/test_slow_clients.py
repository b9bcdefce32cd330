"""Hundreds of idle and half-sent connections under a low open-file limit: a phone still votes.

The server runs in its own process, as ``facilitator serve`` does, under the limit macOS gives
a program by default (256 open files), so running out of descriptors is real, not simulated.
"""

from __future__ import annotations

import contextlib
import resource
import socket
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator.domain.model import Meeting, Poll, PollMethod, PollOption
from facilitator.storage import Workspace

from .wire import connect, phone_from, still_open

HELPER = Path(__file__).with_name("limited_server.py")


@dataclass
class Served:
    url: str
    open_files: int
    poll: Poll
    meeting: Meeting
    log: Path


@contextlib.contextmanager
def _serve(tmp_path: Path, limit: Callable[[], None]) -> Iterator[Served]:
    data_dir = tmp_path / "data"
    with Workspace.open(data_dir) as ws:
        meeting = ws.meetings.create(Meeting(title="Salle pleine"))
        poll = ws.polls.create(
            Poll(
                meeting.id, "Quel jour ?", PollMethod.SINGLE, (PollOption("Lun"), PollOption("Mar"))
            )
        )
        ws.polls.open(poll.id)
    proc = subprocess.Popen(
        [sys.executable, str(HELPER), str(data_dir), meeting.id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=limit,
    )
    assert proc.stdout is not None and proc.stdin is not None
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://"), "the server did not start"
        open_files = int(proc.stdout.readline())
        yield Served(url, open_files, poll, meeting, data_dir / "logs" / "facilitator.log")
    finally:
        proc.stdin.close()
        code = proc.wait(30)
        proc.stdout.close()
    assert code == 0


@pytest.fixture
def crowded(tmp_path: Path) -> Iterator[Served]:
    with _serve(tmp_path, lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))) as run:
        yield run


def test_a_phone_votes_while_hundreds_of_connections_hang(crowded: Served) -> None:
    assert crowded.open_files == 256  # the hard limit: nothing to raise
    attack: list[socket.socket] = []
    try:
        # 150 from one address (the attack), 150 more spread over 15 addresses.
        sources = ["127.0.1.1"] * 150 + [f"127.0.2.{n % 15 + 1}" for n in range(150)]
        for n, source in enumerate(sources):
            sock = connect(crowded.url, source)
            if n % 2:
                sock.sendall(b"POST /m/x/api/ballot HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-")
            attack.append(sock)
        with phone_from("127.0.0.1", timeout=5) as phone:
            assert phone.post(crowded.url + "api/join", json={"language": "fr"}).status_code == 200
            ballot = {
                "poll_id": crowded.poll.id,
                "key": uuid.uuid4().hex,
                "content": {"option": crowded.poll.options[0].id},
            }
            assert phone.post(crowded.url + "api/ballot", json=ballot).status_code == 200
        # The attack was still being held while the phone voted: not everything was dropped.
        assert sum(still_open(sock) for sock in attack) >= 50
    finally:
        for sock in attack:
            sock.close()
    log = crowded.log.read_text(encoding="utf-8")
    assert "127.0.1.1" in log  # refusals are logged, by address
    assert "Traceback" not in log
    assert crowded.meeting.join_code not in log


def test_the_open_file_limit_is_raised_to_the_hard_limit(tmp_path: Path) -> None:
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard != resource.RLIM_INFINITY and hard <= 256:
        pytest.skip("this machine's hard open-file limit leaves nothing to raise")
    with _serve(tmp_path, lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))) as run:
        assert run.open_files > 256
        assert run.open_files == hard or hard == resource.RLIM_INFINITY
    assert "open-file limit" in run.log.read_text(encoding="utf-8")
