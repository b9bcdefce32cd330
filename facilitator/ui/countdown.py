"""Countdowns: the app closes a poll whose countdown ran out, with or without a window on the
room, and words the time left.

The phone server closes it too (``lan/app.py``), so the poll closes whichever runs: the app
without phone voting, ``facilitator serve`` alone, or both (closing twice changes nothing).
Time is checked against the wall clock every second, not waited for: a laptop that slept
through the deadline closes the poll as of its deadline as soon as it wakes
(``PollRepository.close_due``).
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import now
from facilitator.storage.workspace import Workspace
from facilitator.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 1000
#: The soonest deadline is read again this often (a poll opened elsewhere, by the phone
#: server's process or the command line, has its countdown too).
READ_EVERY_CHECKS = 5


def time_left_text(seconds: float) -> str:
    """``1:05`` for 65 seconds, ``12:00`` for 720; never below ``0:00``."""
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class CountdownCloser(QObject):
    """Closes the polls whose countdown ran out, off the event loop."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._ws = workspace
        self._tasks = tasks
        self._deadline: datetime | None = None
        self._checks = 0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def changed(self) -> None:
        """A poll may have opened or closed: read the soonest deadline again."""
        self._checks = 0

    def check(self) -> None:
        if self._busy:
            return
        deadline = self._deadline
        if deadline is not None and now() >= deadline:
            self._busy = True
            self._tasks.run(self._ws.polls.close_due, self._closed, self._failed)
            return
        self._checks -= 1
        if self._checks <= 0:
            self._checks = READ_EVERY_CHECKS
            self._busy = True
            self._tasks.run(self._ws.polls.next_deadline, self._read, self._failed)

    def _read(self, deadline: datetime | None) -> None:
        self._busy = False
        self._deadline = deadline

    def _closed(self, _closed: object) -> None:
        self._busy = False
        self._deadline = None
        self._checks = 0

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if not isinstance(error, FacilitatorError):
            raise error
        log.warning("could not close a poll whose countdown ran out: %s", error.en)
