"""Start-up time of the desktop app to a usable window, against a bare PySide6 window.

Each run is a fresh process, timed from just before it is spawned until it reports that its main
window is shown and the event loop is idle (about to wait for events). The bare window runs the
same way in the same session, so the ratio says what Facilitator adds on this machine.

    .venv/bin/python benchmarks/startup.py [--runs 7]

Targets: at most 1.5 s, and at most 2x the bare window. Exit code 1 when a target is missed.
Uses the offscreen platform unless a display is available (run under xvfb-run to include X11).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

TARGET_SECONDS = 1.5
TARGET_RATIO = 2.0

BARE = r"""
import sys
from PySide6.QtCore import QAbstractEventDispatcher
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1280, 800)
window.show()

def idle():
    if window.isVisible():
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        app.quit()

QAbstractEventDispatcher.instance().aboutToBlock.connect(idle)
sys.exit(app.exec())
"""

APP = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QAbstractEventDispatcher
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
reported = False

def idle():
    global reported
    if reported:
        return
    windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.inherits("QMainWindow")]
    if windows:
        reported = True
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        for window in windows:
            window.close()

QAbstractEventDispatcher.instance().aboutToBlock.connect(idle)
from facilitator.ui.main import run

sys.exit(run(Path(sys.argv[1]), language="fr"))
"""


#: Compiled bytecode for the child processes. An installed app runs from .pyc files (pip and
#: PyInstaller compile them); a checkout under PYTHONDONTWRITEBYTECODE would recompile every
#: module at each start and measure the compiler instead. The warm-up run fills this cache.
PYCACHE = Path(tempfile.gettempdir()) / "facilitator-startup-pycache"


def child_env(**extra: str) -> dict[str, str]:
    """The environment every timed process gets: compiled bytecode, a screen or offscreen."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def time_until_ready(
    argv: Sequence[str], *, env: dict[str, str] | None = None, stop: bool = False
) -> float:
    """Seconds from spawning ``argv`` until it prints ``ready``; the run must then exit 0.

    With ``stop``, the process is sent SIGTERM once ready (the app's own ready report,
    FACILITATOR_PRINT_READY, leaves it running); otherwise it is expected to quit by itself.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        list(argv),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env or child_env(),
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    if stop and line.strip() == "ready":
        process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    if line.strip() != "ready" or process.returncode != 0:
        raise SystemExit(f"the run failed (exit {process.returncode}):\n{err}")
    return elapsed


def _time(script: str, *args: str) -> float:
    return time_until_ready([sys.executable, "-c", script, *args])


def prepare(data_dir: Path) -> None:
    """A workspace with the demo meeting, so the app opens on real data."""
    from facilitator.storage.demo import create_demo
    from facilitator.storage.workspace import Workspace

    with Workspace.open(data_dir) as ws:
        create_demo(ws)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="facilitator-startup-") as tmp:
        data_dir = Path(tmp) / "data"
        prepare(data_dir)
        # warm-up: disk caches, and the French catalogue compiled once if no .qm is built
        _time(BARE)
        _time(APP, str(data_dir))
        bare: list[float] = []
        app: list[float] = []
        for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
            bare.append(_time(BARE))
            app.append(_time(APP, str(data_dir)))
    bare_s = statistics.median(bare)
    app_s = statistics.median(app)
    ratio = app_s / bare_s
    print(
        f"bare PySide6 window:  median {bare_s:.3f} s  (min {min(bare):.3f}, max {max(bare):.3f})"
    )
    print(f"Facilitator window:   median {app_s:.3f} s  (min {min(app):.3f}, max {max(app):.3f})")
    print(f"ratio:                {ratio:.2f}x")
    ok = app_s <= TARGET_SECONDS and ratio <= TARGET_RATIO
    print(f"targets: <= {TARGET_SECONDS} s and <= {TARGET_RATIO}x -> {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
