"""Raw sockets for the tests that play a hostile client: chosen source addresses, half requests."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import httpx


def address_of(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def connect(url: str, source: str = "127.0.0.1") -> socket.socket:
    """A TCP connection to the server from ``source`` (any 127.x address works on Linux)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((source, 0))
    sock.connect(address_of(url))
    return sock


def read_until_closed(sock: socket.socket, within: float = 10.0) -> bytes:
    """Everything the server sends until it closes; fails if it is still open after ``within``."""
    sock.settimeout(within)
    chunks: list[bytes] = []
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    except TimeoutError as exc:
        raise AssertionError(f"the server kept the connection open for {within} s") from exc
    except ConnectionResetError:
        pass
    return b"".join(chunks)


def still_open(sock: socket.socket) -> bool:
    """Whether the server has neither closed nor answered this connection (no waiting)."""
    sock.setblocking(False)
    try:
        sock.recv(1, socket.MSG_PEEK)  # data or end of stream: answered or closed
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        sock.setblocking(True)
    return False


def phone_from(source: str, timeout: float = 10.0) -> httpx.Client:
    """A phone (its own cookie jar) whose connections come from ``source``."""
    return httpx.Client(timeout=timeout, transport=httpx.HTTPTransport(local_address=source))
