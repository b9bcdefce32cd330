"""The hostile-room guard in front of every route: rate limits, the Host check, body limits.

It is plain ASGI (no per-request task or thread) so it costs little under a flood. What
happens before a request is whole (slow or huge headers, too many connections) is the
connection guard's job (:mod:`facilitator.lan.connections`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from facilitator.lan import errors
from facilitator.lan.errors import SECURITY_HEADERS, Reason
from facilitator.lan.limits import Limits, RateLimiter, address_key, is_loopback
from facilitator.lan.refusal_log import RefusalLog

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "?"


async def send_reason(send: Send, reason: Reason, retry_after: float | None = None) -> None:
    """Answer with a refusal from the guard itself, before any route ran."""
    response = reason.response(retry_after)
    await send(
        {
            "type": "http.response.start",
            "status": response.status_code,
            "headers": [*response.raw_headers, *SECURITY_HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": response.body})


class Guard:
    """ASGI middleware: per-address rate limit, Host check, body limit, security headers."""

    def __init__(
        self,
        app: ASGIApp,
        limits: Limits,
        allowed_hosts: set[str] | None,
        refusals: RefusalLog,
        on_answered: Callable[[tuple[str, int] | None], None] | None = None,
    ) -> None:
        self.app = app
        self.limits = limits
        self.allowed_hosts = allowed_hosts
        self.refusals = refusals
        #: Told when an answer has been sent in full, with the client's (address, port).
        self.on_answered = on_answered
        self.per_address = RateLimiter(
            limits.per_address_rate, limits.per_address_burst, limits.max_tracked
        )

    async def _refuse(
        self, scope: Scope, send: Send, reason: Reason, retry_after: float | None = None
    ) -> None:
        await send_reason(send, reason, retry_after)
        if self.on_answered is not None:
            self.on_answered(scope.get("client"))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":  # never reached: upgrades are refused earlier
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return
        address = client_address(scope)
        exempt = self.limits.exempt_loopback and is_loopback(address)
        wait = 0.0 if exempt else self.per_address.wait_time(address_key(address))
        if wait:
            self.refusals.note("requests over the rate limit", address)
            await self._refuse(scope, send, errors.SLOW_DOWN_ADDRESS, wait)
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
            self.refusals.note("a request for another host name", address)
            await self._refuse(scope, send, errors.WRONG_HOST)
            return
        limit = self.limits.body_bytes
        if length is not None and (length < 0 or length > limit):
            self.refusals.note("a body over the size limit", address)
            await self._refuse(scope, send, errors.TOO_LARGE)
            return

        received = 0

        async def limited_receive() -> Message:
            # A chunked body has no length to check up front: count it as it comes. The
            # refusal is raised into the route that reads the body, which answers 413.
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    self.refusals.note("a body over the size limit", address)
                    raise errors.TOO_LARGE.error()
            return message

        started = False
        on_answered = self.on_answered

        async def secured_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
                await send(message)
                return
            await send(message)
            if on_answered is not None and not message.get("more_body"):
                on_answered(scope.get("client"))

        try:
            await self.app(scope, limited_receive, secured_send)
        except errors.Refused as refused:  # a refusal no route caught: still a clean answer
            if not started:
                await self._refuse(scope, send, refused.reason, refused.retry_after)
