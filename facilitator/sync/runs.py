"""Syncs cut off by a crash, a closed lid or a dead battery: the run marks left behind by a
process that is gone (a sync still running in another process is not one)."""

from __future__ import annotations

import os

import psutil

from facilitator.storage.sync_state import Run
from facilitator.storage.workspace import Workspace


def _running(run: Run) -> bool:
    if run.pid is None or run.pid == os.getpid():
        return False
    try:
        process = psutil.Process(run.pid)
        # a pid used again by a process started after the sync is not the sync
        return bool(process.create_time() <= run.started_at.timestamp() + 1)
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False


def interrupted(ws: Workspace) -> list[Run]:
    """The meetings whose sync started and never ended, oldest first."""
    return [run for run in ws.sync_state.runs() if not _running(run)]
