"""Every connection of the phone server, counted: by address, in all, and by deadline.

The connection guard (:mod:`facilitator.lan.connections`) asks it whether a newcomer may come
in, and when a connection's time is up. When the server is full, the connection that has
waited longest for its request makes room for the newcomer.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from facilitator.lan import errors
from facilitator.lan.errors import Reason
from facilitator.lan.limits import Limits, address_key, is_loopback
from facilitator.lan.refusal_log import RefusalLog


class GuardedConnection(Protocol):
    """What the book needs of a connection (see :mod:`facilitator.lan.connections`)."""

    address: str
    peer: tuple[str, int]

    def expire(self, what: str) -> None: ...

    def stall(self, what: str) -> None: ...

    def answered(self) -> None: ...


class ConnectionBook:
    """Every connection of one server: counts by address, deadlines, room for newcomers.

    Used on the server's event loop only.
    """

    def __init__(self, limits: Limits, refusals: RefusalLog, max_connections: int) -> None:
        self.limits = limits
        self.refusals = refusals
        self.max_connections = max_connections
        self._open: dict[tuple[str, int], GuardedConnection] = {}
        self._by_address: dict[str, int] = {}
        # Deadlines in the order they were set; every deadline is "now + request_seconds",
        # so the first entry is always the one due first (and the longest waiting).
        self._receiving: dict[GuardedConnection, float] = {}
        self._sending: dict[GuardedConnection, float] = {}
        self._sweeper: asyncio.TimerHandle | None = None

    @property
    def open(self) -> int:
        return len(self._open)

    def admit(self, conn: GuardedConnection) -> tuple[Reason, str] | None:
        """Count ``conn`` in, or say why it is refused."""
        exempt = self.limits.exempt_loopback and is_loopback(conn.address)
        key = address_key(conn.address)
        if not exempt and self._by_address.get(key, 0) >= self.limits.connections_per_address:
            return errors.TOO_MANY_CONNECTIONS, "a connection over the per-address limit"
        if len(self._open) >= self.max_connections:
            oldest = next(iter(self._receiving), None)
            if oldest is None:
                return errors.SERVER_FULL, "a connection: the server is full"
            oldest.expire("a waiting connection to make room for a new one")
        self._open[conn.peer] = conn
        self._by_address[key] = self._by_address.get(key, 0) + 1
        return None

    def release(self, conn: GuardedConnection) -> None:
        if self._open.get(conn.peer) is not conn:
            return
        del self._open[conn.peer]
        key = address_key(conn.address)
        left = self._by_address.get(key, 1) - 1
        if left:
            self._by_address[key] = left
        else:
            self._by_address.pop(key, None)
        self._receiving.pop(conn, None)
        self._sending.pop(conn, None)

    def answered(self, client: tuple[str, int] | None) -> None:
        """The app finished answering a request of this client (called by the ASGI guard)."""
        conn = self._open.get(client) if client else None
        if conn is not None:
            conn.answered()

    def start_receiving(self, conn: GuardedConnection, loop: asyncio.AbstractEventLoop) -> None:
        self._start(self._receiving, conn, loop)

    def stop_receiving(self, conn: GuardedConnection) -> None:
        self._receiving.pop(conn, None)

    def start_sending(self, conn: GuardedConnection, loop: asyncio.AbstractEventLoop) -> None:
        self._start(self._sending, conn, loop)

    def stop_sending(self, conn: GuardedConnection) -> None:
        self._sending.pop(conn, None)

    def _start(
        self,
        deadlines: dict[GuardedConnection, float],
        conn: GuardedConnection,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        """Start ``conn``'s clock in ``deadlines``, unless it already runs there."""
        if conn not in deadlines:
            deadlines[conn] = loop.time() + self.limits.request_seconds
            self._sweep_later(loop)

    def _sweep_later(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._sweeper is None:
            tick = min(1.0, self.limits.request_seconds / 4)
            self._sweeper = loop.call_later(tick, self._sweep, loop)

    def _sweep(self, loop: asyncio.AbstractEventLoop) -> None:
        self._sweeper = None
        now = loop.time()
        for conn in _due(self._receiving, now):
            conn.expire("a request that took too long to arrive")
        for conn in _due(self._sending, now):
            self._sending.pop(conn, None)
            conn.stall("a client that does not read its answers")
        if self._receiving or self._sending:
            self._sweep_later(loop)


def _due(deadlines: dict[GuardedConnection, float], now: float) -> list[GuardedConnection]:
    due = []
    for conn, deadline in deadlines.items():
        if deadline > now:
            break
        due.append(conn)
    return due
