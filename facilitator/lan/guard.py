"""The hostile-room guard in front of every route: rate limits, body limits, strict headers.

It is plain ASGI (no per-request task or thread) so it costs little under a flood.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]


@dataclass(frozen=True)
class Limits:
    """How much one phone or one address may ask of the server.

    A phone polls the state about once a second and votes a few times; these leave ample room
    for that and stop a script flooding the laptop. Benchmarks that simulate a whole room from
    one address raise ``per_address_rate``.
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
    max_tracked: int = 50_000
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

    def _forget_full(self, stamp: float) -> None:
        # Buckets that have refilled carry no information: drop them.
        full_after = self.burst / self.rate if self.rate > 0 else 0.0
        self._buckets = {k: v for k, v in self._buckets.items() if stamp - v[1] < full_after} or {}


def is_loopback(address: str) -> bool:
    return address == "::1" or address.startswith("127.")


def json_error(status: int, code: str, en: str, fr: str) -> tuple[int, bytes]:
    body = json.dumps({"error": {"code": code, "en": en, "fr": fr}}, ensure_ascii=False)
    return status, body.encode()


async def send_simple(
    send: Send, status: int, body: bytes, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
        *SECURITY_HEADERS,
        *(extra or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    """The client sent more than the body limit."""


class Guard:
    """ASGI middleware: per-address rate limit, Host check, body limit, security headers."""

    def __init__(self, app: ASGIApp, limits: Limits, allowed_hosts: set[str] | None) -> None:
        self.app = app
        self.limits = limits
        self.allowed_hosts = allowed_hosts
        self.per_address = RateLimiter(
            limits.per_address_rate, limits.per_address_burst, limits.max_tracked
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else "?"
        exempt = self.limits.exempt_loopback and is_loopback(address)
        wait = 0.0 if exempt else self.per_address.wait_time(address)
        if wait:
            status, body = json_error(
                429,
                "slow_down",
                "Too many requests from this device. Wait a moment and try again.",
                "Trop de demandes depuis cet appareil. Patientez un instant puis réessayez.",
            )
            await send_simple(send, status, body, [(b"retry-after", str(int(wait) + 1).encode())])
            return
        host = ""
        length: int | None = None
        for name, value in scope["headers"]:
            if name == b"host":
                host = value.decode("latin-1").lower()
            elif name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    length = -1
        if self.allowed_hosts is not None and host not in self.allowed_hosts:
            # A page elsewhere pointing a name at this laptop (DNS rebinding) gets nothing.
            status, body = json_error(
                421, "wrong_host", "Unknown address for this server.", "Adresse inconnue."
            )
            await send_simple(send, status, body)
            return
        if length is not None and (length < 0 or length > self.limits.body_bytes):
            await self._too_large(send)
            return

        limit = self.limits.body_bytes
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        started = False

        async def secured_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except BodyTooLarge:
            if not started:
                await self._too_large(send)

    async def _too_large(self, send: Send) -> None:
        status, body = json_error(
            413,
            "too_large",
            "This message is too long.",
            "Ce message est trop long.",
        )
        await send_simple(send, status, body)
