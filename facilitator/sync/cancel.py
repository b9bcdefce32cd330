"""Stopping a running sync cleanly: a token the driver sets, checked by the engine between
requests and during every wait (backoff, Retry-After, the rate limit).

A request already sent is never abandoned half-way by a cancel: the engine stops at the
next step, so the sync state is exactly as after a finished step, and a later sync resumes.
"""

from __future__ import annotations

import threading
from datetime import datetime

from facilitator.sync.clock import Clock, SystemClock
from facilitator.sync.errors import SyncError


class Cancelled(SyncError):
    """The driver asked the sync to stop; a later sync resumes where it stopped.

    ``interrupted``: the app is closing (the sync is offered again at the next start),
    rather than the spokesperson pressing Stop.
    """

    def __init__(self, interrupted: bool) -> None:
        super().__init__(
            "Sync stopped; the next sync carries on where it stopped.",
            "Synchronisation arrêtée ; la prochaine reprendra là où elle s'est arrêtée.",
        )
        self.interrupted = interrupted


class CancelToken:
    """Set from any thread; :meth:`check` raises :class:`Cancelled` once set."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.interrupted = False

    def cancel(self, *, interrupted: bool = False) -> None:
        self.interrupted = self.interrupted or interrupted
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled(self.interrupted)

    def wait(self, seconds: float) -> None:
        """Wait ``seconds`` of real time, or less if cancelled meanwhile."""
        self._event.wait(seconds)


class CancellableClock:
    """A clock whose waits end early, with :class:`Cancelled`, once the token is set."""

    def __init__(self, token: CancelToken, inner: Clock | None = None) -> None:
        self.token = token
        self.inner = inner or SystemClock()

    def monotonic(self) -> float:
        return self.inner.monotonic()

    def now(self) -> datetime:
        return self.inner.now()

    def sleep(self, seconds: float) -> None:
        self.token.check()
        if isinstance(self.inner, SystemClock):
            self.token.wait(seconds)
        else:  # a test's clock: its time passes as it is told
            self.inner.sleep(seconds)
        self.token.check()
