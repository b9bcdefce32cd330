"""What the phone server turned down, told to the log without flooding it.

A room under attack can cause thousands of refusals a second; the log gets the first one of
each kind from each address, then one line a minute with how many followed. No line carries
a path or the meeting code: only the address and what was refused.
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger(__name__)

#: Seconds between two lines about the same kind of refusal from the same address.
INTERVAL = 60.0
_MAX_KEYS = 10_000


class RefusalLog:
    """Counts refusals by (what, address); writes at most one line per key per interval.

    Not thread-safe: used on the server's event loop only.
    """

    def __init__(self, interval: float = INTERVAL) -> None:
        self.interval = interval
        self._since: dict[tuple[str, str], tuple[float, int]] = {}

    def note(self, what: str, address: str) -> None:
        """Record that a request or connection from ``address`` was refused because ``what``."""
        stamp = time.monotonic()
        key = (what, address)
        since, more = self._since.get(key, (0.0, -1))
        if more >= 0 and stamp - since < self.interval:
            self._since[key] = (since, more + 1)
            return
        if len(self._since) >= _MAX_KEYS:
            self._since.clear()
        if more > 0:
            log.warning("refused %s from %s (%d more since the last line)", what, address, more)
        else:
            log.warning("refused %s from %s", what, address)
        self._since[key] = (stamp, 0)
