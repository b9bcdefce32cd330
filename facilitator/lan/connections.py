"""The connection guard: what a client must do before its bytes are a request at all.

uvicorn closes a connection only when idle after an answer (keep-alive): one that sends half
its headers, or nothing, stays open for ever, and httptools takes headers of any size. So
uvicorn's own protocol (h11 or httptools) runs inside :class:`GuardedConnection`, which watches
the bytes with a parser of its own and enforces, whichever parser answers:

- a deadline: a request must arrive whole within ``Limits.request_seconds`` of the moment the
  server starts waiting for it (the connection opening, or its first byte after the previous
  request), and a client must take its answer within it too;
- a size for the request line and headers together (``Limits.header_bytes``);
- a number of connections per address and in all; when the server is full, the connection
  that has been waiting the longest for its request makes room for the newcomer;
- no protocol switch: a WebSocket upgrade gets a clear refusal, not a warning in the log.

A refusal is a whole HTTP answer (:meth:`Reason.raw`), then the connection is half-closed and
drained for a moment, so the client reads the answer instead of a reset. Refusals are logged
through :class:`RefusalLog`, by address.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import socket
import struct
from collections.abc import Callable
from typing import Any, ClassVar, cast

import httptools

from facilitator.lan import errors
from facilitator.lan.connection_book import ConnectionBook
from facilitator.lan.errors import Reason

#: How long a refused connection is drained before it is closed.
LINGER_SECONDS = 1.0


class Phase(enum.Enum):
    WAITING = "waiting"  # nothing of the next request yet
    HEADERS = "headers"  # a request has begun, its headers are not whole
    BODY = "body"  # headers whole, body not yet
    HANDLED = "handled"  # the request is whole: the app answers it, or the line is idle
    REFUSED = "refused"  # an answer was sent, the connection is being closed


class _Framing:
    """The parser's callbacks: where a request begins, where its headers and body end."""

    def __init__(self, conn: GuardedConnection) -> None:
        self._conn = conn

    def on_message_begin(self) -> None:
        conn = self._conn
        if conn.phase is Phase.HANDLED:
            conn.start_clock()  # a request piped behind another one begins here
        conn.phase = Phase.HEADERS
        conn.head_bytes = 0
        conn.parsed_head = 0
        conn.began_in_chunk = True

    # Headers that arrive whole in one read never stay in HEADERS between reads, so the
    # bytes counted there miss them: the parsed request line and headers are counted too.
    def on_url(self, url: bytes) -> None:
        self._conn.parsed_head += len(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._conn.parsed_head += len(name) + len(value) + 4  # ": " and the line break

    def on_headers_complete(self) -> None:
        conn = self._conn
        conn.phase = Phase.BODY
        conn.unanswered += 1  # uvicorn hands it to the app now (or queues it)
        if conn.parsed_head > conn.book.limits.header_bytes:
            conn.head_too_large = True

    def on_message_complete(self) -> None:
        self._conn.phase = Phase.HANDLED
        self._conn.book.stop_receiving(self._conn)


class GuardedConnection(asyncio.Protocol):
    """One client connection: uvicorn's protocol inside, the limits around it.

    Made by uvicorn through the class :func:`guarded_protocol` returns, which binds the book
    and the protocol to wrap.
    """

    book: ClassVar[ConnectionBook]
    inner_protocol: ClassVar[Callable[..., asyncio.Protocol]]

    def __init__(self, **uvicorn_arguments: Any) -> None:
        self._arguments = uvicorn_arguments
        self._inner: asyncio.Protocol | None = None
        self._inner_lost_told = False
        self._transport: asyncio.Transport | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._parser = httptools.HttpRequestParser(_Framing(self))
        # As uvicorn's own parser: a request that says "close" may still be followed by bytes.
        self._parser.set_dangerous_leniencies(lenient_data_after_close=True)
        self.phase = Phase.WAITING
        self.head_bytes = 0
        self.parsed_head = 0  # the request line and headers parsed so far, this request
        self.head_too_large = False
        self.began_in_chunk = False
        self.unanswered = 0  # requests handed to the app and not answered yet
        self.address = "?"
        self.peer: tuple[str, int] = ("?", 0)

    # -- asyncio.Protocol ------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports are not asyncio.Transport subclasses, but speak its interface.
        self._transport = cast(asyncio.Transport, transport)
        self._loop = asyncio.get_running_loop()
        peer = transport.get_extra_info("peername")
        if peer:
            self.address = str(peer[0])
            self.peer = (self.address, int(peer[1]))
        refusal = self.book.admit(self)
        if refusal is not None:
            # Not counted, so not drained either: its file is given back at once.
            self._refuse(*refusal, linger=False)
            return
        self._inner = self.inner_protocol(**self._arguments)
        # Duck-typed like uvloop's own transports, which are no asyncio.Transport either.
        self._inner.connection_made(cast(asyncio.Transport, _InnerTransport(self._transport)))
        self.start_clock()

    def data_received(self, data: bytes) -> None:
        inner = self._inner
        if inner is None or self.phase is Phase.REFUSED:
            return  # drained: the client reads our answer instead of a reset
        assert self._loop is not None
        if self.phase is Phase.HANDLED:
            # Even blank lines between requests count: the clock runs until a request is whole.
            self.phase = Phase.WAITING
            self.head_bytes = 0
            self.start_clock()
        handed = self.unanswered  # requests parsed from ``data`` are not the app's until fed
        self.began_in_chunk = False
        refusal: tuple[Reason, str] | None = None
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            refusal = errors.NO_UPGRADE, "a protocol upgrade (WebSocket)"
        except httptools.HttpParserError:
            refusal = errors.BAD_REQUEST, "a malformed request"
        if refusal is None and self.phase in (Phase.WAITING, Phase.HEADERS):
            self.head_bytes += _head_part(data, self.began_in_chunk)
            self.head_too_large |= self.head_bytes > self.book.limits.header_bytes
        if refusal is None and self.head_too_large:
            refusal = errors.HEADERS_TOO_LARGE, "headers over the size limit"
        if refusal is None and self.unanswered > self.book.limits.requests_ahead:
            refusal = errors.BAD_REQUEST, "too many requests sent ahead of their answers"
        if refusal is not None:
            self.unanswered = handed
            self._refuse(*refusal)
            return
        inner.data_received(data)

    def start_clock(self) -> None:
        if self._loop is not None and self.phase is not Phase.REFUSED:
            self.book.start_receiving(self, self._loop)

    def eof_received(self) -> bool | None:
        if self._inner is not None and self.phase is not Phase.REFUSED:
            return self._inner.eof_received()
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.book.release(self)
        self._tell_inner(exc)

    def _tell_inner(self, exc: Exception | None) -> None:
        """Tell uvicorn's protocol its connection is gone, once, as soon as it is."""
        inner = self._inner
        if inner is not None and not self._inner_lost_told:
            self._inner_lost_told = True
            inner.connection_lost(exc)

    def pause_writing(self) -> None:
        if self._loop is not None:
            self.book.start_sending(self, self._loop)
        if self._inner is not None:
            self._inner.pause_writing()

    def resume_writing(self) -> None:
        self.book.stop_sending(self)
        if self._inner is not None:
            self._inner.resume_writing()

    def answered(self) -> None:
        # An answer may come before the body has all arrived (a refusal on the headers):
        # uvicorn then drops the rest of the body, and the line carries the next request.
        self.unanswered = max(0, self.unanswered - 1)

    # -- refusals --------------------------------------------------------------------------------

    def expire(self, what: str) -> None:
        """Its time is up (or its place is needed): answer 408 if it had begun, then close."""
        self.book.stop_receiving(self)
        if self.phase is Phase.REFUSED:
            return
        asked_nothing = self.phase is Phase.WAITING and self.head_bytes == 0
        answered_early = self.phase is Phase.BODY
        if not self.unanswered and (asked_nothing or answered_early):
            self.book.refusals.note(what, self.address)  # nothing (more) to answer
            self.phase = Phase.REFUSED
            self._close()
            return
        self._refuse(errors.TIMEOUT, what)

    def stall(self, what: str) -> None:
        """It has not read its answers for too long: drop them and the connection."""
        self.book.refusals.note(what, self.address)
        self.phase = Phase.REFUSED
        if self._transport is not None:
            sock = self._transport.get_extra_info("socket")
            with contextlib.suppress(OSError, AttributeError):
                # Reset at once: a plain close would leave the kernel holding the unread
                # answers for minutes, for a client that will not read them.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._drop(abort=True)

    def _refuse(self, reason: Reason, what: str, *, linger: bool = True) -> None:
        if self.phase is Phase.REFUSED or self._transport is None:
            return
        self.book.refusals.note(what, self.address)
        self.phase = Phase.REFUSED
        self.book.stop_receiving(self)
        transport = self._transport
        if transport.is_closing():
            return
        if self.unanswered:
            # The app may be writing its own answer: ours would mix with it. Just close.
            self._drop()
            return
        transport.write(reason.raw())
        if not linger or not transport.can_write_eof() or self._loop is None:
            transport.close()
            return
        transport.write_eof()
        self._loop.call_later(LINGER_SECONDS, self._close)

    def _close(self) -> None:
        self._drop()

    def _drop(self, *, abort: bool = False) -> None:
        """Close (or reset) the connection, and stop uvicorn writing to it from now on."""
        transport = self._transport
        if transport is not None and not transport.is_closing():
            if abort:
                transport.abort()
            else:
                transport.close()
        self._tell_inner(None)


def _head_part(data: bytes, began_here: bool) -> int:
    """How many bytes of ``data`` belong to the headers still arriving.

    When a request began in this chunk (behind others, pipelined), only what follows the last
    blank line counts; otherwise the whole chunk is more of the same headers.
    """
    if not began_here:
        return len(data)
    end = data.rfind(b"\r\n\r\n")
    return len(data) - (end + 4) if end >= 0 else len(data)


class _InnerTransport:
    """The transport as uvicorn's protocol sees it: writes after a close are dropped.

    The guard may close a connection while the app is still answering a request queued
    behind another (pipelining); uvicorn marks only its latest request as disconnected, and
    uvloop raises on a write to a closed transport. Everything else is the real transport's.
    """

    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport
        # Asked for on every request: bound once rather than looked up each time.
        self.is_closing = transport.is_closing
        self.pause_reading = transport.pause_reading
        self.resume_reading = transport.resume_reading
        self.get_extra_info = transport.get_extra_info
        self.close = transport.close

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not self.is_closing():
            self._transport.write(data)

    def writelines(self, lines: Any) -> None:
        if not self.is_closing():
            self._transport.writelines(lines)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


def guarded_protocol(
    inner: Callable[..., asyncio.Protocol], book: ConnectionBook
) -> type[GuardedConnection]:
    """The protocol class to give uvicorn: ``inner`` (its own) guarded by ``book``."""
    return type(
        "GuardedHTTPProtocol",
        (GuardedConnection,),
        {"book": book, "inner_protocol": staticmethod(inner)},
    )
