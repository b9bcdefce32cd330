"""The one task runner: slow work off the main thread, results back by queued signal.

Jobs must not touch widgets; they get no Qt objects and return plain values. The callbacks
run on the main thread.

Signals (of each Task):
    finished(object): the job's return value.
    failed(object): the exception the job raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Task(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[], Any], task: Task) -> None:
        super().__init__()
        self._job = job
        self._task = task

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # noqa: BLE001 - handed back to the main thread
            self._task.failed.emit(exc)
        else:
            self._task.finished.emit(result)


class TaskRunner(QObject):
    """Runs jobs on a small private thread pool (never the global one, so it can be drained)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._tasks: set[Task] = set()

    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        task = Task(self)
        self._tasks.add(task)

        def done(result: object) -> None:
            self._tasks.discard(task)
            on_done(result)

        def error(exc: object) -> None:
            self._tasks.discard(task)
            assert isinstance(exc, BaseException)
            on_error(exc)

        task.finished.connect(done)
        task.failed.connect(error)
        self._pool.start(_Runnable(job, task))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, msecs: int = 15000) -> bool:
        """Block until every job has finished (at shutdown only)."""
        return self._pool.waitForDone(msecs)
