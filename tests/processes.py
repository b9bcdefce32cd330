"""Running the app as a real process in tests: read what it says, stop it as the system would."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def reaped(process: subprocess.Popen[str]) -> Iterator[subprocess.Popen[str]]:
    """The process, killed on the way out if a failed assertion left it running."""
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def first_line(process: subprocess.Popen[str]) -> str:
    """The first line the process prints, or a failure that shows what it said instead."""
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        _, err = process.communicate(timeout=60)
        pytest.fail(f"exited {process.returncode} before saying anything:\n{err}", pytrace=False)
    return line


def stop(process: subprocess.Popen[str], signum: int = signal.SIGTERM) -> str:
    """Send ``signum``, wait for the process to exit, and return what it wrote on stderr."""
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    return err
