"""The desktop app as a real process: it says when its window is up, and quits cleanly on SIGTERM.

A session's log-out or a shutdown sends SIGTERM; the app must then close its windows the way the
user would (notes and window geometry saved, workspace closed) and exit 0, not die mid-write.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from subprocess import PIPE

import pytest

from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo
from facilitator.ui import settings
from facilitator.ui.lifecycle import READY_ENV
from tests.processes import first_line, reaped, stop
from tests.ui.conftest import HARMLESS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_termination_signal_closes_the_window_and_exits_0(
    data_dir: Path, signum: signal.Signals
) -> None:
    with Workspace.open(data_dir) as ws:
        create_demo(ws)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", READY_ENV: "1"}
    command = [sys.executable, "-m", "facilitator", "--data-dir", str(data_dir), "--lang", "fr"]
    with reaped(subprocess.Popen(command, stdout=PIPE, stderr=PIPE, text=True, env=env)) as app:
        assert first_line(app) == "ready\n"
        err = stop(app, signum)
    assert app.returncode == 0, err
    assert [line for line in err.splitlines() if not any(h in line for h in HARMLESS)] == []
    # the window's closeEvent ran: it saves the geometry
    assert settings.Settings(data_dir).raw(settings.WINDOW_GEOMETRY)
    log = (data_dir / "logs" / "facilitator.log").read_text(encoding="utf-8")
    assert "ERROR" not in log and "Traceback" not in log
