"""Time as sync sees it: injectable, so tests never wait on backoff or the rate limit."""

from __future__ import annotations

import threading
import time
from collections import deque
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


class RateLimit:
    """At most ``per_minute`` requests in any 60 seconds (Decidim's rack-attack: 100 per IP).

    A sliding window on our side keeps every fixed window on the platform's side under the
    limit too, whatever its alignment.
    """

    def __init__(self, clock: Clock, per_minute: int = 100, window: float = 60.0) -> None:
        self.clock = clock
        self.per_minute = per_minute
        self.window = window  # seconds; only the benchmark's quick mode shortens it
        self._sent: deque[float] = deque()
        self._lock = threading.Lock()
        self.count = 0
        self.waited = 0.0

    def acquire(self) -> None:
        """Wait (on the clock) until one more request fits, then count it."""
        with self._lock:
            while True:
                now = self.clock.monotonic()
                while self._sent and now - self._sent[0] >= self.window:
                    self._sent.popleft()
                if len(self._sent) < self.per_minute:
                    self._sent.append(now)
                    self.count += 1
                    return
                pause = self.window - (now - self._sent[0])
                self.waited += pause
                self.clock.sleep(pause)
