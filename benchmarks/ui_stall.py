"""Event-loop stalls while typing and scrolling in a meeting of 2,000 ideas, and while a room
of phones votes.

A 2 ms heartbeat timer runs while a script types ideas into the capture field key by key
(Enter adds each one), types and clears a search, scrolls the idea list by wheel and by page,
filters by theme, selects ideas, and lets the change watch notice a write from another connection
(as the phone server makes). Every action runs as its own event, a few heartbeats after the
previous one, so the heartbeat sees how long the loop was blocked by it and by the repaint it
caused. The worst stall must stay under 50 ms.

Then the spokesperson types ideas twice more: first with no phones (the baseline), then while
1,000 phones vote through the app's own phone server on loopback (started from its button, as
a spokesperson does), every phone voting and changing its vote round after round for as long as
the typing lasts (a child process pinned to the other core drives them, as benchmarks/phones.py
does); each phone also reads the room's state after joining and after each ballot, as the
page does every 1.2 s. The worst stall while the phones vote must stay at or under 16 ms (one
frame at 60 Hz); its ratio to the baseline is printed. STALL_DEBUG=1 prints each stall over
16 ms with the CPU each thread used meanwhile, and every garbage collection over 2 ms.

What bounds it here (2 shared cores, the app pinned to one): the GIL, and the one core. The
window waits for the GIL each time Qt's C++ calls into Python (a slot, a model's data(), a
timer), while the phone server's thread and the storage writer run Python for each request.

Step by step (worst / p99 / heartbeats over 16 ms, runs on a shared machine):
- Painting the idea list entered Python ~24 times per cell; IdeaFilter made it twice.
- Ballots go to the writer as one job per group (lan/ballot_box.py): with py-spy --gil over
  4 s of voting the writer held the GIL in 134 samples, from 409; benchmarks/phones.py's burst
  went from ~1,000 to ~3,600 ballots/s. 30.2-37.1 ms -> 27.7-36.4 ms; p99 7.8-9.8 -> 6.0-8.1.
- While the phone server runs (ui/memory.py PhoneTraffic): full collections wait for a quiet
  room (they took 10-22 ms on whichever thread set them off, about one per round), and the GIL
  is handed over after 2 ms instead of 5. The phone control counts the phones off the event
  loop and sets its texts only when they change; the journal feed counts ballots in SQL.
  Phones voting only (no state reads): 10.9-17.1 ms, p99 3.2-3.6 ms, 0-1 heartbeat over 16.
- With each phone reading the state too (the load of a real room), and tallies decoding only
  a ballot's channel and marks, once per distinct content (the room check, the phones' state
  and the projector each count the room; 1,000 ballots in 1.6 ms, from 6.1): five runs 15.1,
  16.2, 16.4, 19.4, 20.0 ms; p99 3.9-4.8 ms; at most 1 heartbeat in ~1,570 over 16 ms;
  baseline 6.1-11.1 ms.
- What was left, read with perf (call graphs of the window's thread in each stall over 16
  ms): the idea list's repaint after an idea is added or scrolled to, 7-10 ms of the window's
  own CPU while the room votes (4.6 ms alone), with an entry into Python per cell
  (IdeaFilter.multiData, flags). The list is now painted from a plain QStandardItemModel that
  IdeaModel keeps the same, through a filter that overrides nothing a repaint asks (a PySide
  subclass looks for a Python override once per method, then calls C++): no entry into Python
  per repaint. Ten runs: 9.1, 9.3, 10.6, 10.7, 11.9, 12.0, 12.8, 13.7, 13.8, 14.0 ms; p99
  3.3-4.2 ms; no heartbeat over 16 ms; baseline 3.3-7.6 ms. Opening the 2,000-idea meeting
  takes 183-198 ms (from 70-100: the copy is built then).

Tried without a gain: a larger young generation (10,000 or 50,000), a 1 ms switch interval
(p99 only), a lower OS priority for the server thread, gc.freeze at each full collection.

    .venv/bin/python benchmarks/ui_stall.py [--ideas 2000] [--phones 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.domain.model import Idea, IdeaSource, Meeting, Poll, PollMethod, PollOption
from facilitator.storage.workspace import Workspace
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session

TARGET_MS = 50.0
#: While phones vote: one frame at 60 Hz.
PHONES_TARGET_MS = 16.0
HEARTBEAT_MS = 2
TYPING_BASELINE = "typing ideas, no phones"
TYPING_PHONES = "typing ideas, phones voting"
#: Not interactive: left out of the figures.
SETUP = ("opening the meeting", "starting phone voting", "waiting for the phones")
THEMES = ("mobilités", "végétalisation", "propreté", "vie de quartier", "sécurité", "")


def _thread_times() -> dict[str, tuple[float, float]]:
    """Each thread's CPU time and time waiting for a CPU so far, in ms (Linux)."""
    times = {}
    for thread in threading.enumerate():
        try:
            with open(f"/proc/self/task/{thread.native_id}/schedstat", encoding="ascii") as f:
                ran, waited, _ = f.read().split()
        except (OSError, ValueError):
            continue
        times[thread.name] = (int(ran) / 1e6, int(waited) / 1e6)
    return times


def _runqueue_wait_ms() -> float | None:
    """How long this thread has waited for a CPU while runnable (Linux), in ms.

    On a shared machine the OS sometimes gives the CPU to other processes; that wait is not
    the app's doing. Disk waits and waits for our own threads are not in it, so they still
    count as stalls.
    """
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as handle:
            return int(handle.read().split()[1]) / 1e6
    except (OSError, ValueError, IndexError):
        return None


class StallMeter:
    """Records the longest gap between heartbeats, per activity: as felt (wall clock) and as
    caused by the app (wall clock less the time the OS kept the thread waiting for a CPU)."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.last = 0.0
        self.last_wait = 0.0
        self.activity = "idle"
        self.worst: dict[str, float] = defaultdict(float)
        self.worst_wall: dict[str, float] = defaultdict(float)
        self.stalls: dict[str, list[float]] = defaultdict(list)
        self.preempted = 0.0
        self.debug = bool(os.environ.get("STALL_DEBUG"))
        self.threads: dict[str, tuple[float, float]] = {}
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.beat)

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.nsecsElapsed() / 1e6
        self.last_wait = _runqueue_wait_ms() or 0.0
        self.timer.start()

    def beat(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        wait = _runqueue_wait_ms()
        waited = 0.0 if wait is None else wait - self.last_wait
        stall = now - self.last - HEARTBEAT_MS
        own = max(0.0, stall - waited)
        self.preempted += waited
        self.worst_wall[self.activity] = max(self.worst_wall[self.activity], stall)
        self.worst[self.activity] = max(self.worst[self.activity], own)
        self.stalls[self.activity].append(own)
        if self.debug:
            # who ran meanwhile: the window's own work, or the other threads holding the GIL
            threads = _thread_times()
            if stall > PHONES_TARGET_MS:
                who = []
                for name, (ran, waited) in threads.items():
                    before = self.threads.get(name, (ran, waited))
                    if ran - before[0] > 0.3:
                        who.append(f"{name} ran {ran - before[0]:.1f}")
                sys.stderr.write(
                    f"{now:9.1f} ms  {stall:6.1f} ms ({own:6.1f} own)  {self.activity}: "
                    + ", ".join(who)
                    + "\n"
                )
            self.threads = threads
        self.last = now
        if wait is not None:
            self.last_wait = wait

    def spread(self, activity: str, limit: float) -> str:
        """How the stalls of an activity spread: the 99th percentile, and how many passed
        ``limit`` out of how many heartbeats."""
        stalls = sorted(self.stalls.get(activity, ()))
        if not stalls:
            return "no heartbeat"
        p99 = stalls[min(len(stalls) - 1, int(0.99 * len(stalls)))]
        over = sum(1 for s in stalls if s > limit)
        return f"p99 {p99:.1f} ms, {over} of {len(stalls)} heartbeats over {limit:.0f} ms"


def watch_collections(meter: StallMeter) -> None:
    """Print every garbage collection over 2 ms and the thread it ran on (STALL_DEBUG)."""
    import gc

    started: dict[str, float] = {}

    def collected(phase: str, info: dict[str, int]) -> None:
        now = meter.clock.nsecsElapsed() / 1e6
        if phase == "start":
            started["at"] = now
            return
        took = now - started.get("at", now)
        if took > 2:
            thread = threading.current_thread().name
            sys.stderr.write(
                f"{now:9.1f} ms  gc generation {info['generation']}: {took:.1f} ms in {thread}\n"
            )

    gc.callbacks.append(collected)


def build_workspace(data_dir: Path, count: int) -> tuple[str, Poll]:
    with Workspace.open(data_dir) as ws:
        meeting = ws.meetings.create(Meeting(title="Grande concertation : 2 000 idées"))
        for n in range(count):
            text = (
                f"Idée n° {n} : proposition détaillée pour améliorer le quartier, version {n % 7}"
            )
            ws.ideas.add(Idea(meeting_id=meeting.id, text=text, theme=THEMES[n % len(THEMES)]))
        poll = ws.polls.create(
            Poll(
                meeting.id,
                "Quel projet en premier ?",
                PollMethod.SINGLE,
                (PollOption("Le jardin partagé"), PollOption("Les bancs")),
            )
        )
        ws.polls.open(poll.id)
        return meeting.id, poll


# -- the room of phones (a child process) -------------------------------------------------------


def run_phones(url: str, count: int, poll_id: str, options: list[str]) -> None:
    """Join ``count`` phones, then vote round after round (each phone changing its vote) until
    stdin closes; print "voting" once the first round starts and a summary at the end."""
    sys.path.insert(0, str(Path(__file__).parent))
    from phones import Phone, request  # the same simulated phones as benchmarks/phones.py

    parts = urlsplit(url)
    host, port, host_header = parts.hostname or "127.0.0.1", parts.port or 80, parts.netloc

    async def room() -> None:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        threading.Thread(
            target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(stop.set)), daemon=True
        ).start()
        phones = [Phone(i) for i in range(count)]

        async def join(phone: Phone) -> None:
            phone.reader, phone.writer = await asyncio.open_connection(host, port)
            status, headers, _ = await request(
                phone, host_header, "POST", parts.path + "api/join", {"language": "fr"}
            )
            phone.join_status = status
            phone.cookie = headers.get("set-cookie", "").split(";")[0]
            # the page then reads the meeting's state and shows the open poll
            await request(phone, host_header, "GET", parts.path + "api/state", None)

        await asyncio.gather(*(join(p) for p in phones))
        joined = sum(1 for p in phones if p.join_status == 200)
        print(f"joined {joined}", flush=True)
        acknowledged = rounds = 0
        refused: dict[int, int] = defaultdict(int)
        began = time.perf_counter()
        print("voting", flush=True)
        ballot = parts.path + "api/ballot"

        state = parts.path + "api/state"

        async def vote(phone: Phone, option: str) -> int:
            body = {"poll_id": poll_id, "content": {"option": option}, "key": uuid.uuid4().hex}
            status, _, _ = await request(phone, host_header, "POST", ballot, body)
            # and reads the room's state, as the page does every 1.2 s
            await request(phone, host_header, "GET", state, None)
            return status

        while not stop.is_set():
            # every phone votes, then changes its vote a second later, and so on: a room
            # voting as fast as the server lets one phone vote
            pace = asyncio.ensure_future(asyncio.sleep(1.0))
            option = options[rounds % len(options)]
            statuses = await asyncio.gather(*(vote(p, option) for p in phones))
            await pace
            acknowledged += sum(1 for status in statuses if status == 200)
            for status in statuses:
                if status != 200:
                    refused[status] += 1
            rounds += 1
        seconds = time.perf_counter() - began
        for phone in phones:
            if phone.writer is not None:
                phone.writer.close()
        failures = ", ".join(f"{n} x {status}" for status, n in sorted(refused.items()))
        print(
            f"{joined} joined, {acknowledged} ballots in {rounds} rounds over {seconds:.1f} s"
            + (f" refused {failures}" if failures else ""),
            flush=True,
        )

    asyncio.run(room())


CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []


class PhoneRoom:
    """The child process driving the phones, on its own core when there are two or more."""

    def __init__(self, url: str, count: int, poll: Poll) -> None:
        args = [
            sys.executable,
            __file__,
            "--phones-child",
            url,
            str(count),
            poll.id,
            *[o.id for o in poll.options],
        ]
        phone_cpus = CPUS[1:] if len(CPUS) >= 2 else CPUS
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            preexec_fn=(lambda: os.sched_setaffinity(0, phone_cpus)) if phone_cpus else None,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        stdout = self.proc.stdout
        assert stdout is not None
        self._reader = threading.Thread(
            target=lambda: [self.lines.put(line.strip()) for line in stdout], daemon=True
        )
        self._reader.start()
        self.voting = False
        self.summary = ""

    def poll_output(self) -> None:
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                return
            if line == "voting":
                self.voting = True
            elif " ballots in " in line:
                self.summary = line

    def stop(self) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(120)
        self._reader.join(10)
        self.poll_output()
        return self.summary or "the phones printed no summary"


def in_installed_conditions() -> int:
    """Run the measurement in a child process that uses compiled bytecode, as an installed app.

    Under PYTHONDONTWRITEBYTECODE every module would be compiled from source when first
    imported, and the compiler (which holds the GIL) would be measured instead of the app.
    A warm-up child imports everything once to fill the bytecode cache.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "facilitator-stall-pycache")
    env["FACILITATOR_STALL_CHILD"] = "1"
    warm = "import facilitator.ui.meeting_view, facilitator.ui.projector\n"
    warm += "for m in ('facilitator.export.service', 'facilitator.lan.server'):\n"
    warm += "    try: __import__(m)\n    except ImportError: pass\n"
    subprocess.run([sys.executable, "-c", warm], env=env, check=True)
    return subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=2000)
    parser.add_argument("--phones", type=int, default=1000)
    parser.add_argument("--phones-child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phones_child:
        url, count, poll_id, *options = args.phones_child
        run_phones(url, int(count), poll_id, options)
        return 0
    if not os.environ.get("FACILITATOR_STALL_CHILD"):
        return in_installed_conditions()
    if len(CPUS) >= 2:
        os.sched_setaffinity(0, CPUS[:1])  # the app on one core, the phones on the other
    app = QApplication(sys.argv[:1])
    tmp = tempfile.TemporaryDirectory(prefix="facilitator-stall-")
    data_dir = Path(tmp.name) / "data"
    started = time.perf_counter()
    meeting_id, poll = build_workspace(data_dir, args.ideas)
    print(f"workspace with {args.ideas} ideas built in {time.perf_counter() - started:.1f} s")
    session = Session(Workspace.open(data_dir), data_dir)
    window = MainWindow(session)
    window.resize(1366, 740)
    window.show()
    meter = StallMeter()
    if os.environ.get("STALL_DEBUG"):
        watch_collections(meter)
    steps: list[tuple[str, Callable[[], None]]] = []

    def step(activity: str, action: Callable[[], None]) -> None:
        steps.append((activity, action))

    def open_meeting() -> None:
        window.open_meeting(meeting_id)

    step("opening the meeting", open_meeting)

    def capture_field():
        return window.meeting.ideas.capture

    def type_ideas(count: int, label: str, typing: str, adding: str) -> None:
        for n in range(count):
            for char in f"Nouvelle idee tapee {label} {n} #mobilites":
                step(typing, lambda c=char: QTest.keyClick(capture_field(), c))
            step(adding, lambda: QTest.keyClick(capture_field(), Qt.Key.Key_Return))

    type_ideas(15, "pendant la reunion", "typing an idea", "adding an idea (Enter)")

    def table():
        return window.meeting.ideas.table

    def wheel(delta: int) -> None:
        view = table().viewport()
        centre = QPointF(view.width() / 2, view.height() / 2)
        event = QWheelEvent(
            centre,
            view.mapToGlobal(centre.toPoint()).toPointF(),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view, event)

    for _ in range(60):
        step("scrolling (wheel)", lambda: wheel(-360))
    for _ in range(40):
        step("scrolling (wheel)", lambda: wheel(360))
    for _ in range(20):
        step("scrolling (page down)", lambda: QTest.keyClick(table(), Qt.Key.Key_PageDown))
    step("scrolling (end)", lambda: QTest.keyClick(table(), Qt.Key.Key_End))
    step("scrolling (home)", lambda: QTest.keyClick(table(), Qt.Key.Key_Home))

    def search():
        return window.meeting.ideas.search

    for char in "proposition 19":
        step("typing a search", lambda c=char: QTest.keyClick(search(), c))
    step("clearing the search", lambda: search().clear())

    def pick_theme(row: int) -> None:
        view = window.meeting.ideas
        view.theme_list.setCurrentIndex(view.themes.index(row, 0))

    for row in (1, 2, 3, 0):
        step("filtering by theme", lambda r=row: pick_theme(r))

    def select_range() -> None:
        view = window.meeting.ideas
        view.table.selectRow(100)
        view.select_ideas([view.model.idea(r).id for r in range(100, 160)])

    step("selecting 60 ideas", select_range)

    def phone_write() -> None:
        # another connection writes, as the phone server does; the watch picks it up
        session.ws.ideas.add(
            Idea(meeting_id=meeting_id, text="Idée envoyée d'un téléphone", source=IdeaSource.PHONE)
        )

    step("a phone sends an idea", phone_write)
    step("the change watch refreshes", lambda: session.check_for_changes())

    # -- the same typing with no phones, then while the room votes ----------------------------
    step("clearing the search", lambda: search().clear())
    type_ideas(8, "sans telephones", TYPING_BASELINE, TYPING_BASELINE)
    room: list[PhoneRoom] = []

    def start_phones() -> None:
        # as the button does, on the task runner, but on loopback: the phones are this machine
        def job() -> object:
            from facilitator.lan.server import PhoneServer

            server = PhoneServer(session.ws, meeting_id, host="127.0.0.1")
            session.started_servers.append(server)
            server.start()
            return server

        def started(server: object) -> None:
            window.meeting.phone._started(server, meeting_id)  # what the button's task ends with

        def failed(error: BaseException) -> None:
            raise error

        session.tasks.run(job, started, failed)

    def wait_for_phones() -> bool:
        """Holds the script until the phone server runs and every phone has joined and votes."""
        server = session.phone_server
        if server is None:
            return False
        if not room:
            room.append(PhoneRoom(server.join_url, args.phones, poll))
        room[0].poll_output()
        return room[0].voting

    step("starting phone voting", start_phones)
    waits = {len(steps): wait_for_phones}
    step("waiting for the phones", lambda: None)
    type_ideas(8, "pendant le vote", TYPING_PHONES, TYPING_PHONES)

    def run_next() -> None:
        if not steps:
            meter.activity = "idle"
            # not app.quit(): that asks the window to close, and it asks first while phones vote
            QTimer.singleShot(50, lambda: app.exit(0))
            return
        wait = waits.get(len(done))
        if wait is not None and not wait():
            meter.activity = "waiting for the phones"
            QTimer.singleShot(20, run_next)
            return
        activity, action = steps.pop(0)
        done.append(activity)
        meter.activity = activity
        action()
        # the next action comes a few heartbeats later, so the repaint and layout this one
        # caused are measured and counted against it
        QTimer.singleShot(4 * HEARTBEAT_MS, run_next)

    done: list[str] = []
    meter.start()
    QTimer.singleShot(100, run_next)
    app.exec()
    meter.timer.stop()
    phones_summary = room[0].stop() if room else "the phones never started"
    window.close()
    session.close()
    tmp.cleanup()

    print(f"event-loop stalls beyond the {HEARTBEAT_MS} ms heartbeat, worst per activity")
    print("  (app: caused by the app; felt: wall clock, including time the OS gave others)")
    for activity, worst in sorted(meter.worst.items(), key=lambda item: -item[1]):
        felt = meter.worst_wall[activity]
        print(f"  {activity:32} app {worst:6.1f} ms   felt {felt:6.1f} ms")
    interactive = {
        k: v for k, v in meter.worst.items() if k not in SETUP and not k.startswith("typing ideas")
    }
    felt_all = {k: meter.worst_wall[k] for k in interactive}
    worst = max(interactive.values(), default=0.0)
    print(f"worst stall while typing and scrolling: {worst:.1f} ms (target < {TARGET_MS:.0f} ms)")
    print(f"  as felt on this machine: {max(felt_all.values(), default=0.0):.1f} ms")
    baseline = meter.worst.get(TYPING_BASELINE, 0.0)
    voting = meter.worst.get(TYPING_PHONES, 0.0)
    ratio = voting / baseline if baseline else float("inf")
    print(f"typing ideas while {args.phones} phones vote ({phones_summary}):")
    print(
        f"  worst stall {voting:.1f} ms (target <= {PHONES_TARGET_MS:.0f} ms), "
        f"felt {meter.worst_wall.get(TYPING_PHONES, 0.0):.1f} ms; "
        + meter.spread(TYPING_PHONES, PHONES_TARGET_MS)
    )
    print(
        f"  baseline, the same typing with no phones: {baseline:.1f} ms "
        f"(felt {meter.worst_wall.get(TYPING_BASELINE, 0.0):.1f} ms; "
        + meter.spread(TYPING_BASELINE, PHONES_TARGET_MS)
        + f"); ratio {ratio:.2f}x"
    )
    load = os.getloadavg()[0]
    print(f"  load average {load:.2f}; the OS kept the UI thread waiting {meter.preempted:.0f} ms")
    print(f"opening the meeting (once): {meter.worst.get('opening the meeting', 0.0):.1f} ms")
    return 0 if worst < TARGET_MS and voting <= PHONES_TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
