"""How much one phone, one address and the whole room may ask of the laptop, and who counts as one.

The numbers and their trade-offs are explained in ``docs/phone-voting.md``.
"""

from __future__ import annotations

import ipaddress
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """How much one phone or one address may ask of the server.

    A phone polls the state about once a second and votes a few times; these leave ample room
    for that and stop a script flooding the laptop. Benchmarks that simulate a whole room from
    one address rely on ``exempt_loopback``.
    """

    body_bytes: int = 16 * 1024
    per_address_rate: float = 20.0  # requests per second, sustained
    per_address_burst: int = 120
    joins_per_address_rate: float = 0.5  # new phones per second from one address
    joins_per_address_burst: int = 20
    writes_per_device_rate: float = 2.0  # ballots, tickets per second
    writes_per_device_burst: int = 20
    ideas_per_device_rate: float = 0.2  # one idea every 5 s
    ideas_per_device_burst: int = 5
    #: Wrong short join codes typed from one address: 31**6 codes at one every 5 s take
    #: seventy years to try half of, and a right code never spends anything (a room behind
    #: one address joins at once).
    wrong_codes_per_address_rate: float = 0.2
    wrong_codes_per_address_burst: int = 10
    max_tracked: int = 50_000
    #: A request's headers and body must arrive within this many seconds of the moment the
    #: server starts waiting for it (the connection opening, or its first byte after the
    #: previous answer); an answer must be taken by the phone within it too.
    request_seconds: float = 10.0
    header_bytes: int = 16 * 1024  # the request line and every header together
    #: Requests one connection may send ahead of their answers (HTTP pipelining). Browsers send
    #: one at a time; thousands sent at once would all be queued by uvicorn.
    requests_ahead: int = 8
    connections_per_address: int = 16  # a browser opens at most 6 per server
    max_connections: int = 4000  # lowered to what the open-file limit allows
    #: The laptop itself (the projector view, scripts, benchmarks) is not a phone in the room.
    exempt_loopback: bool = True


class RateLimiter:
    """Token buckets by key. Not thread-safe: used on the event loop only."""

    def __init__(self, rate: float, burst: int, max_tracked: int = 50_000) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.max_tracked = max_tracked
        self._buckets: dict[str, tuple[float, float]] = {}

    def wait_time(self, key: str, cost: float = 1.0) -> float:
        """0 if allowed (and spend ``cost``), else how many seconds to wait."""
        stamp = time.monotonic()
        tokens, last = self._buckets.get(key, (self.burst, stamp))
        tokens = min(self.burst, tokens + (stamp - last) * self.rate)
        if tokens < cost:
            self._buckets[key] = (tokens, stamp)
            return (cost - tokens) / self.rate if self.rate > 0 else 60.0
        if len(self._buckets) >= self.max_tracked and key not in self._buckets:
            self._forget_full(stamp)
        self._buckets[key] = (tokens - cost, stamp)
        return 0.0

    def waiting(self, key: str) -> float:
        """How many seconds ``key`` must wait before its next request (0: it may go on),
        without spending anything."""
        tokens, last = self._buckets.get(key, (self.burst, time.monotonic()))
        tokens = min(self.burst, tokens + (time.monotonic() - last) * self.rate)
        if tokens >= 1.0:
            return 0.0
        return (1.0 - tokens) / self.rate if self.rate > 0 else 60.0

    def _forget_full(self, stamp: float) -> None:
        # Buckets that have refilled carry no information: drop them.
        full_after = self.burst / self.rate if self.rate > 0 else 0.0
        self._buckets = {k: v for k, v in self._buckets.items() if stamp - v[1] < full_after} or {}


def is_loopback(address: str) -> bool:
    return address == "::1" or address.startswith("127.")


def address_key(address: str) -> str:
    """The device behind an address, as far as the limits go.

    An IPv4 address mapped into IPv6 is the IPv4 address. An IPv6 device picks new addresses
    in its /64 at will (privacy extensions), so the whole /64 counts as one.
    """
    if address.startswith("::ffff:") and "." in address:
        return address[7:]
    if ":" not in address or address == "::1":
        return address
    try:
        network = ipaddress.IPv6Network(f"{address.split('%')[0]}/64", strict=False)
    except ValueError:
        return address
    return str(network)
