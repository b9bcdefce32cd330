"""A room of phones joining and voting at once over loopback, against a bare baseline.

    .venv/bin/python benchmarks/phones.py [--phones 1000]

Runs ``facilitator serve`` in a child process, then N simulated phones (asyncio, one keep-alive
connection each) join all together and then vote all together. Prints ballots per second, p50
and p99 ballot latency, lost and doubled ballots (checked in the workspace file afterwards),
and the ratio to a bare Starlette+uvicorn endpoint doing one durable SQLite insert per request
(WAL, synchronous=FULL), measured in the same run with the same phones.

Targets (issue 4): all phones joined and voted within 10 s on 2 cores; p99 < 250 ms;
>= 0.8x the baseline's ballots per second; 0 lost; 0 doubled.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

# -- the bare baseline server (run in a child process with --baseline-server) ---------------------


def run_baseline_server(db_path: str) -> None:
    import sqlite3

    import uvicorn
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS ballots (id TEXT PRIMARY KEY, voter TEXT UNIQUE, content TEXT)"
    )
    lock = threading.Lock()

    def insert(body: dict[str, object]) -> None:
        with lock:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO ballots VALUES (?, ?, ?)",
                (str(body["key"]), str(body["voter"]), json.dumps(body["content"])),
            )
            conn.execute("COMMIT")

    async def vote(request: Request) -> JSONResponse:
        body = await request.json()
        await run_in_threadpool(insert, body)
        return JSONResponse({"ok": True})

    app = Starlette(routes=[Route("/vote", vote, methods=["POST"])])
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", access_log=False, backlog=2048
    )
    server = uvicorn.Server(config)
    sock = config.bind_socket()
    sock.listen(2048)
    print(f"http://127.0.0.1:{sock.getsockname()[1]}/", flush=True)
    server.run(sockets=[sock])


# -- the phones ---------------------------------------------------------------------------------


@dataclass
class Phone:
    index: int
    key: str = field(default_factory=lambda: uuid.uuid4().hex)
    cookie: str = ""
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    latency: float | None = None
    status: int = 0
    join_status: int = 0


async def request(
    phone: Phone, host: str, method: str, path: str, body: dict[str, object] | None
) -> tuple[int, dict[str, str], bytes]:
    """One request on the phone's connection (a GET when ``body`` is None)."""
    assert phone.reader is not None and phone.writer is not None
    data = b"" if body is None else json.dumps(body).encode()
    head = f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
    if phone.cookie:
        head += f"Cookie: {phone.cookie}\r\n"
    phone.writer.write(head.encode() + b"\r\n" + data)
    await phone.writer.drain()
    status_line = await phone.reader.readline()
    status = int(status_line.split()[1])
    headers: dict[str, str] = {}
    while True:
        line = await phone.reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    payload = await phone.reader.readexactly(int(headers.get("content-length", "0")))
    return status, headers, payload


@dataclass
class Run:
    name: str
    phones: list[Phone]
    join_seconds: float
    vote_seconds: float

    @property
    def latencies_ms(self) -> list[float]:
        return sorted(p.latency * 1000 for p in self.phones if p.latency is not None)

    @property
    def acknowledged(self) -> list[Phone]:
        return [p for p in self.phones if p.status == 200]

    @property
    def ballots_per_second(self) -> float:
        return len(self.acknowledged) / self.vote_seconds if self.vote_seconds else 0.0

    def percentile(self, q: float) -> float:
        values = self.latencies_ms
        if not values:
            return float("nan")
        return values[min(len(values) - 1, int(q * len(values)))]


async def drive(
    name: str,
    url: str,
    count: int,
    join_path: str | None,
    vote_path: str,
    ballot: dict[str, object],
    spread: float = 0.0,
) -> Run:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    host_header = parts.netloc
    phones = [Phone(i) for i in range(count)]

    async def connect_and_join(phone: Phone) -> None:
        phone.reader, phone.writer = await asyncio.open_connection(host, port)
        if join_path is None:
            phone.join_status = 200
            return
        status, headers, _ = await request(
            phone, host_header, "POST", join_path, {"language": "fr"}
        )
        phone.join_status = status
        phone.cookie = headers.get("set-cookie", "").split(";")[0]

    async def vote(phone: Phone, start: asyncio.Event) -> None:
        await start.wait()
        if spread:
            await asyncio.sleep(phone.index * spread / count)
        body = {**ballot, "key": phone.key, "voter": f"phone-{phone.index}"}
        began = time.perf_counter()
        try:
            status, _, _ = await request(phone, host_header, "POST", vote_path, body)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            status = 0
        phone.latency = time.perf_counter() - began
        phone.status = status

    began = time.perf_counter()
    await asyncio.gather(*(connect_and_join(p) for p in phones))
    joined = time.perf_counter()
    start = asyncio.Event()
    tasks = [asyncio.ensure_future(vote(p, start)) for p in phones]
    await asyncio.sleep(0)
    voting = time.perf_counter()
    start.set()
    await asyncio.gather(*tasks)
    done = time.perf_counter()
    for phone in phones:
        if phone.writer is not None:
            phone.writer.close()
    return Run(name, phones, joined - began, done - voting)


# -- orchestration ------------------------------------------------------------------------------


CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
#: With two cores or more, the server (either one) gets one and the phones the other, as in a
#: room where the phones are other machines; otherwise everything shares what there is.
SERVER_CPUS = CPUS[:1] if len(CPUS) >= 2 else CPUS
PHONE_CPUS = CPUS[1:] if len(CPUS) >= 2 else CPUS


def _pin(cpus: list[int]) -> Callable[[], None] | None:
    if not cpus or not hasattr(os, "sched_setaffinity"):
        return None
    return lambda: os.sched_setaffinity(0, cpus)


def _spawn(args: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=_pin(SERVER_CPUS),
    )
    assert proc.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    stdout = proc.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    url = lines.get(timeout=60).strip()
    if not url:
        proc.wait(10)
        raise SystemExit(f"server did not start: {proc.stderr.read() if proc.stderr else ''}")
    return proc, url


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=1000)
    parser.add_argument(
        "--spread",
        type=float,
        default=1.0,
        help="seconds over which the second scenario's ballots arrive (default 1)",
    )
    parser.add_argument("--baseline-server", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline_server:
        run_baseline_server(args.baseline_server)
        return 0

    pin_phones = _pin(PHONE_CPUS)
    if pin_phones is not None:
        pin_phones()

    from facilitator.domain.model import Meeting, Poll, PollMethod, PollOption
    from facilitator.storage import Workspace

    with tempfile.TemporaryDirectory(prefix="phones-bench-") as tmp:
        data_dir = Path(tmp) / "workspace"
        with Workspace.open(data_dir) as ws:
            meeting = ws.meetings.create(Meeting(title="Banc d'essai"))
            poll = ws.polls.create(
                Poll(
                    meeting.id,
                    "Quel jour ?",
                    PollMethod.SINGLE,
                    (PollOption("Lundi"), PollOption("Mardi")),
                )
            )
            ws.polls.open(poll.id)
        option = poll.options[0].id

        env = dict(os.environ, FACILITATOR_LANG="en")
        runs: dict[str, Run] = {}
        for name, spread in (("burst", 0.0), ("spread", args.spread)):
            proc, url = _spawn(
                [
                    sys.executable,
                    "-m",
                    "facilitator",
                    "--data-dir",
                    str(data_dir),
                    "serve",
                    meeting.id,
                    "--host",
                    "127.0.0.1",
                ],
                env,
            )
            try:
                path = urlsplit(url).path
                runs[name] = asyncio.run(
                    drive(
                        "facilitator",
                        url,
                        args.phones,
                        path + "api/join",
                        path + "api/ballot",
                        {"poll_id": poll.id, "content": {"option": option}},
                        spread,
                    )
                )
            finally:
                _stop(proc)
            # Each scenario votes in the same poll with new phones: one ballot per phone each.
        ours, gentle = runs["burst"], runs["spread"]

        proc, base_url = _spawn(
            [sys.executable, __file__, "--baseline-server", str(Path(tmp) / "baseline.sqlite3")]
        )
        try:
            baseline = asyncio.run(
                drive("baseline", base_url, args.phones, None, "/vote", {"content": {"o": 1}})
            )
        finally:
            _stop(proc)

        with Workspace.open(data_dir) as ws:
            stored = ws.ballots.for_poll(poll.id)
            devices = ws.devices.count(meeting.id)
        stored_keys = [b.idempotency_key.split(":", 1)[1] for b in stored]
        sent = {p.key for run in runs.values() for p in run.phones}
        acked = {p.key for run in runs.values() for p in run.acknowledged}
        lost = len(acked - set(stored_keys))
        doubled = len(stored_keys) - len(set(stored_keys)) + len(set(stored_keys) - sent)

    total = ours.join_seconds + ours.vote_seconds
    ratio = (
        ours.ballots_per_second / baseline.ballots_per_second if baseline.ballots_per_second else 0
    )
    print(f"phones:                 {args.phones} per scenario (joined in all: {devices})")
    print("-- burst: every phone joins at once, then every phone votes at the same instant")
    print(f"join phase:             {ours.join_seconds:.2f} s")
    print(f"vote phase:             {ours.vote_seconds:.2f} s  (join + vote: {total:.2f} s)")
    print(f"ballots acknowledged:   {len(ours.acknowledged)} / {args.phones}")
    print(f"ballots/s:              {ours.ballots_per_second:.0f}")
    print(f"ballot latency p50/p99: {ours.percentile(0.5):.0f} ms / {ours.percentile(0.99):.0f} ms")
    print(f"-- spread: the same, ballots arriving evenly over {args.spread:g} s")
    print(f"vote phase:             {gentle.vote_seconds:.2f} s")
    print(f"ballots acknowledged:   {len(gentle.acknowledged)} / {args.phones}")
    print(
        f"ballot latency p50/p99: {gentle.percentile(0.5):.0f} ms / "
        f"{gentle.percentile(0.99):.0f} ms"
    )
    print("-- both scenarios, checked in the workspace file afterwards")
    print(f"lost:                   {lost}")
    print(f"doubled:                {doubled}")
    print(
        f"baseline (bare Starlette+uvicorn, one durable insert per request): "
        f"{baseline.ballots_per_second:.0f} ballots/s, "
        f"p50/p99 {baseline.percentile(0.5):.0f} / {baseline.percentile(0.99):.0f} ms, "
        f"{len(baseline.acknowledged)} acknowledged"
    )
    print(f"ratio to baseline:      {ratio:.2f}x")
    failures = [
        name
        for name, ok in (
            ("time <= 10 s", total <= 10),
            ("p99 < 250 ms (burst)", ours.percentile(0.99) < 250),
            ("p99 < 250 ms (spread)", gentle.percentile(0.99) < 250),
            ("ratio >= 0.8", ratio >= 0.8),
            ("0 lost", lost == 0),
            ("0 doubled", doubled == 0),
            ("all acknowledged", len(acked) == 2 * args.phones),
        )
        if not ok
    ]
    print(
        "targets:                "
        + ("all met" if not failures else "MISSED " + ", ".join(failures))
    )
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
