"""HTTP to the platform: every request through one rate-limited transport, failures in words.

The transport is shared with authlib's OAuth client, so sign-in, token refresh and revocation
count against the platform's limit like API calls do.
"""

from __future__ import annotations

import email.utils
import logging
import ssl
from datetime import UTC
from typing import Any

import httpx

from facilitator.sync.clock import Clock, RateLimit
from facilitator.sync.errors import TlsFailure, Transient, Unreachable

log = logging.getLogger(__name__)

USER_AGENT = "Facilitator (neighbourhood meetings; +sync)"


class LimitedTransport(httpx.BaseTransport):
    """Waits for the rate limit before each request, then hands it on."""

    def __init__(self, limit: RateLimit, inner: httpx.BaseTransport | None = None) -> None:
        self.limit = limit
        self.inner = inner or httpx.HTTPTransport(retries=0)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.limit.acquire()
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def make_client(
    base_url: str,
    limit: RateLimit,
    *,
    timeout: float = 20.0,
    inner: httpx.BaseTransport | None = None,
) -> httpx.Client:
    return httpx.Client(
        base_url=base_url,
        transport=LimitedTransport(limit, inner),
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        follow_redirects=False,
    )


def retry_after(response: httpx.Response, clock: Clock) -> float | None:
    """Seconds from a Retry-After header (seconds or an HTTP date); None without one."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - clock.now()).total_seconds())


def send(
    client: httpx.Client, method: str, url: str, clock: Clock, **kwargs: Any
) -> httpx.Response:
    """One request; transport failures and 429/5xx become :class:`Transient` or plain words.

    A failure before the request left (refused, DNS, TLS) is not ambiguous; a timeout or a
    dropped connection after it left, and any 5xx, may hide an applied write.
    """
    base = str(client.base_url).rstrip("/")
    try:
        response = client.request(method, url, **kwargs)
    except httpx.ConnectTimeout as exc:
        raise Transient(
            f"{base} did not answer in time.", f"{base} n'a pas répondu à temps.", ambiguous=False
        ) from exc
    except httpx.ConnectError as exc:
        cause = exc.__context__ or exc.__cause__
        if isinstance(cause, ssl.SSLError) or "SSL" in str(exc) or "certificate" in str(exc):
            raise TlsFailure.at(base, str(exc)[:120]) from exc
        raise Unreachable.at(base) from exc
    except httpx.TimeoutException as exc:
        raise Transient(
            f"{base} took too long to answer.",
            f"{base} a mis trop de temps à répondre.",
            ambiguous=True,
            running=True,
        ) from exc
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
        raise Transient(
            f"The connection to {base} was cut.",
            f"La connexion à {base} a été coupée.",
            ambiguous=True,
        ) from exc
    except httpx.TransportError as exc:
        raise Unreachable.at(base) from exc
    status = response.status_code
    if status == 429:
        wait = retry_after(response, clock)
        log.info("429 from %s (Retry-After: %s)", base, wait)
        raise Transient(
            f"{base} asks to slow down (too many requests).",
            f"{base} demande de ralentir (trop de requêtes).",
            ambiguous=False,
            retry_after=wait,
        )
    if status >= 500:
        raise Transient(
            f"{base} had a server error (HTTP {status}).",
            f"{base} a eu une erreur serveur (HTTP {status}).",
            ambiguous=True,
            retry_after=retry_after(response, clock) if status == 503 else None,
            running=status in (502, 504),
        )
    return response
