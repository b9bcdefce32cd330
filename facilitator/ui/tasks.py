"""The one task runner: slow work off the main thread, results back by queued signal.

Jobs must not touch widgets; they get no Qt objects and return plain values. The callbacks
run on the main thread. Writes need no thread of their own: the storage writer runs them, and
:meth:`TaskRunner.watch` brings the outcome of its future back to the main thread.

Signals (of each Task):
    finished(object): the job's return value.
    failed(object): the exception the job raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from concurrent.futures import Future
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
        self._latest_running: set[Hashable] = set()
        self._latest_waiting: dict[Hashable, tuple[Callable[[], Any], Callable[[Any], None]]] = {}

    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Run ``job`` on the pool; call back on the main thread with its result or error."""
        task = self._task(on_done, on_error)
        self._pool.start(_Runnable(job, task))
        return task

    def latest(
        self,
        key: Hashable,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run a read for ``key`` (a tally to show, say), one at a time: asked again while one
        runs, it runs once more afterwards with the latest job. A view that asks for fresh
        figures at every change gets the freshest, never a queue of stale ones."""
        if key in self._latest_running:
            self._latest_waiting[key] = (job, on_done)
            return
        self._latest_running.add(key)

        def next_one() -> None:
            self._latest_running.discard(key)
            waiting = self._latest_waiting.pop(key, None)
            if waiting is not None:
                self.latest(key, waiting[0], waiting[1], on_error)

        def done(result: Any) -> None:
            try:
                on_done(result)
            finally:
                next_one()

        def failed(exc: BaseException) -> None:
            try:
                on_error(exc)
            finally:
                next_one()

        self.run(job, done, failed)

    def watch(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Call back on the main thread once ``future`` (settled by another thread) resolves."""
        task = self._task(on_done, on_error)

        def settled(future: Future[Any]) -> None:
            # runs on the thread that settled the future; the signals queue to the main thread
            failure = future.exception()
            if failure is not None:
                task.failed.emit(failure)
            else:
                task.finished.emit(future.result())

        future.add_done_callback(settled)
        return task

    def _task(
        self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
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
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks or self._latest_waiting)

    def wait(self, msecs: int = 15000) -> bool:
        """Block until every job has finished (at shutdown only)."""
        return self._pool.waitForDone(msecs)
