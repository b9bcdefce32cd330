"""Keeping the interpreter from stalling the window.

The window, the phone server's thread and the storage writer share one interpreter lock. Two
things used to hold the window up while a room voted:

- Full garbage collections. One walks every object the app holds while holding the lock, and a
  room's burst of ballots (a thousand requests in flight) set one off about every second: each
  stalled the window for 10 to 60 ms. Objects that live as long as the app are put out of the
  collector's sight (``gc.freeze``) once they exist: at start-up, when a meeting opens, when the
  phone server starts. While the phone server runs, full collections wait for a quiet moment
  (no request for a few seconds), at most every :data:`FULL_COLLECTION_EVERY_S`. Phone traffic
  makes no reference cycles (measured: none in 1.5 s of a voting room), and the young
  generations are still collected as usual, so the wait costs no memory worth naming.
- The lock's hand-over. A thread that wants the lock waits up to the switch interval (5 ms by
  default) before the holder is asked to let go; the window asks for it at every slot, every
  paint of a Python model, every timer, and waited up to 5 ms each time. While the phone server
  runs, the interval is :data:`SWITCH_INTERVAL_S`.

``benchmarks/ui_stall.py`` measures both.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: How soon the interpreter hands the lock to a thread that waits for it, while phones vote.
SWITCH_INTERVAL_S = 0.002
#: The oldest generation's threshold while phones vote: high enough never to trigger during a
#: meeting; full collections are made at quiet moments instead.
DEFERRED_THRESHOLD = 1_000_000
#: At most one full collection this often while the phone server runs...
FULL_COLLECTION_EVERY_S = 60.0
#: ...and only once no request came for this long.
QUIET_S = 3.0


def freeze_long_lived() -> None:
    gc.freeze()


class PhoneTraffic(QObject):
    """The interpreter tuned for a room of phones voting through the server in this process.

    ``requests`` counts the requests served so far (it stands still while the room is quiet).
    :meth:`stop` puts the interpreter's settings back and collects what waited.
    """

    def __init__(self, requests: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._requests = requests
        self._seen = requests()
        self._quiet_since = time.monotonic()
        self._collected = time.monotonic()
        self._switch = sys.getswitchinterval()
        self._threshold = gc.get_threshold()
        sys.setswitchinterval(min(self._switch, SWITCH_INTERVAL_S))
        young, middle, _ = self._threshold
        gc.set_threshold(young, middle, DEFERRED_THRESHOLD)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> bool:
        """Collect in full if the room has been quiet long enough; whether it did."""
        now = time.monotonic()
        seen = self._requests()
        if seen != self._seen:
            self._seen, self._quiet_since = seen, now
            return False
        if now - self._quiet_since < QUIET_S or now - self._collected < FULL_COLLECTION_EVERY_S:
            return False
        gc.collect()
        self._collected = time.monotonic()
        return True

    def stop(self) -> None:
        self._timer.stop()
        sys.setswitchinterval(self._switch)
        gc.set_threshold(*self._threshold)
        gc.collect()
