"""``facilitator serve`` and ``facilitator tickets`` as real processes, and a SIGKILL mid-burst."""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from facilitator.domain.model import Meeting, Poll, PollMethod, PollOption
from facilitator.storage import Workspace

pytestmark = pytest.mark.slow


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("FACILITATOR_LANG", "fr")
    return env


class Serve:
    """``facilitator serve`` in a child process; the join URL read from its first line."""

    def __init__(self, data_dir: Path, meeting_id: str, *extra: str) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "facilitator",
                "--data-dir",
                str(data_dir),
                "serve",
                meeting_id,
                "--host",
                "127.0.0.1",
                *extra,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        lines: queue.Queue[str] = queue.Queue()
        assert self.proc.stdout is not None
        stdout = self.proc.stdout
        threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
        try:
            self.url = lines.get(timeout=30).strip()
        except queue.Empty:
            self.kill()
            raise AssertionError("serve printed no URL") from None
        if not self.url:
            _out, err = self.proc.communicate(timeout=10)  # closes the pipes too
            raise AssertionError(f"serve failed: {err}")

    @property
    def port(self) -> str:
        return self.url.split("//")[1].split("/")[0].split(":")[1]

    def terminate(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGTERM)
        _out, err = self.proc.communicate(timeout=20)
        return self.proc.returncode, err

    def kill(self) -> None:
        self.proc.kill()
        self.proc.communicate(timeout=20)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def voting(data_dir: Path) -> tuple[str, str]:
    with Workspace.open(data_dir) as ws:
        meeting = ws.meetings.create(Meeting(title="Conseil de quartier"))
        poll = ws.polls.create(
            Poll(
                meeting.id,
                "Quel jour ?",
                PollMethod.SINGLE,
                (PollOption("Lundi"), PollOption("Mardi")),
            )
        )
        ws.polls.open(poll.id)
        return meeting.id, poll.id


def test_serve_prints_the_url_writes_the_qr_and_stops_cleanly(
    data_dir: Path, voting: tuple[str, str], tmp_path: Path
) -> None:
    meeting_id, _ = voting
    png = tmp_path / "join.png"
    serve = Serve(data_dir, meeting_id[:8], "--qr-png", str(png))
    try:
        assert serve.url.startswith("http://127.0.0.1:")
        assert httpx.get(serve.url).status_code == 200
        assert png.read_bytes().startswith(b"\x89PNG")
    finally:
        code, err = serve.terminate()
    assert code == 0
    assert "Traceback" not in err
    assert "réseau" in err  # the plain warning: loopback only


def test_serve_unknown_meeting_is_one_line(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--data-dir", str(data_dir), "serve", "nope-nope"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_tickets_pdf(data_dir: Path, voting: tuple[str, str], tmp_path: Path) -> None:
    meeting_id, _ = voting
    pdf = tmp_path / "tickets.pdf"
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
            "10",
            "--pdf",
            str(pdf),
        ],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![a-z])", data)) == 2  # 8 cards a page
    with Workspace.open(data_dir) as ws:
        assert ws.tickets.counts(meeting_id) == (10, 0)


def test_sigkill_during_a_burst_loses_no_acknowledged_ballot(
    data_dir: Path, voting: tuple[str, str]
) -> None:
    meeting_id, poll_id = voting
    with Workspace.open(data_dir) as ws:
        options = [o.id for o in ws.polls.get(poll_id).options]
    # Not the default port: other servers on this machine try that one first, and one of them
    # could take it between the kill and the restart.
    serve = Serve(data_dir, meeting_id, "--port", str(_free_port()))
    url, port = serve.url, serve.port
    phones = 120
    clients = [httpx.Client(timeout=5) for _ in range(phones)]
    keys = [uuid.uuid4().hex for _ in range(phones)]
    acked: set[int] = set()
    lock = threading.Lock()
    killed = threading.Event()

    def vote(i: int) -> None:
        client = clients[i]
        try:
            if client.post(url + "api/join", json={"language": "fr"}).status_code != 200:
                return
            response = client.post(
                url + "api/ballot",
                json={"poll_id": poll_id, "key": keys[i], "content": {"option": options[i % 2]}},
            )
        except httpx.HTTPError:
            return
        if response.status_code == 200:
            with lock:
                acked.add(i)
                if len(acked) >= phones // 3 and not killed.is_set():
                    killed.set()
                    serve.proc.kill()

    try:
        with ThreadPoolExecutor(16) as pool:
            list(pool.map(vote, range(phones)))
        killed.set()
        serve.kill()
        before = set(acked)
        assert len(before) >= phones // 3

        # Restart on the same port; every phone retries its ballot with the same key.
        again = Serve(data_dir, meeting_id, "--port", port)
        try:
            assert again.url == url
            with ThreadPoolExecutor(16) as pool:
                list(pool.map(vote, range(phones)))
        finally:
            code, _ = again.terminate()
        assert code == 0
    finally:
        for client in clients:
            client.close()

    with Workspace.open(data_dir) as ws:
        ballots = ws.ballots.for_poll(poll_id)
        stored_keys = {b.idempotency_key.split(":", 1)[1] for b in ballots}
        assert {keys[i] for i in before} <= stored_keys  # nothing acknowledged was lost
        assert len({b.voter for b in ballots}) == len(ballots)  # nothing counted twice
        assert len(ballots) == len(acked) == phones
        assert ws.db.integrity_check() == "ok"


def test_tickets_to_an_unwritable_place_issue_nothing(tmp_path: Path) -> None:
    import json as _json

    data = tmp_path / "data"
    env = {**os.environ, "FACILITATOR_LANG": "en"}

    def facilitator(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "facilitator", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )

    meeting = facilitator("demo").stdout.strip()

    def issued() -> int:
        listed = _json.loads(facilitator("meetings", "--json").stdout)
        return int(listed[0]["counts"]["tickets"])

    before = issued()
    missing = facilitator(
        "tickets", meeting, "--count", "3", "--pdf", str(tmp_path / "no" / "t.pdf")
    )
    assert missing.returncode == 1
    assert "Cannot write the ticket sheet" in missing.stderr
    folder = facilitator("tickets", meeting, "--count", "3", "--pdf", str(tmp_path))
    assert folder.returncode == 1 and "folder" in folder.stderr
    zero = facilitator("tickets", meeting, "--count", "0", "--pdf", str(tmp_path / "t.pdf"))
    assert zero.returncode == 1
    assert not (tmp_path / "t.pdf").exists() and not (tmp_path / "no").exists()
    assert issued() == before
    bad_port = facilitator("serve", meeting, "--port", "99999")
    assert bad_port.returncode == 2 and "between 0 and 65535" in bad_port.stderr
