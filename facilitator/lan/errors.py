"""Every refusal the phone server sends, in French and English, and the one error table.

A refusal is a :class:`Reason` (status, a code the page can test, the two texts). The phone
server's own checks raise ``REASON.error()``; an expected failure from the layers below goes
through :func:`reason_for`, the only place that decides what a phone is told about it. Storage
failures are told in general words: the workspace's path and SQLite's text stay in the log.
"""

from __future__ import annotations

import http
import json
import logging
from dataclasses import dataclass, replace

from starlette.responses import Response

from facilitator.domain.errors import (
    ConflictError,
    FacilitatorError,
    NotFoundError,
    ValidationError,
)
from facilitator.storage.ballots import TicketRequired
from facilitator.storage.errors import DiskFullError

log = logging.getLogger(__name__)

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
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
class Reason:
    """Why a request is refused: its HTTP status, a stable code, and what the phone shows."""

    status: int
    code: str
    en: str
    fr: str

    def error(self, retry_after: float | None = None) -> Refused:
        return Refused(self, retry_after)

    def body(self) -> bytes:
        payload = {"error": {"code": self.code, "en": self.en, "fr": self.fr}}
        return json.dumps(payload, ensure_ascii=False).encode()

    def response(self, retry_after: float | None = None) -> Response:
        """The answer as the routes send it (the guard adds the security headers)."""
        headers = {"cache-control": "no-store"}
        if retry_after is not None:
            headers["retry-after"] = str(int(retry_after) + 1)
        return Response(
            self.body(), self.status, headers, media_type="application/json; charset=utf-8"
        )

    def raw(self) -> bytes:
        """A whole HTTP/1.1 answer that closes the connection, for refusals below the app."""
        body = self.body()
        phrase = http.HTTPStatus(self.status).phrase
        lines = [f"HTTP/1.1 {self.status} {phrase}".encode()]
        headers = [
            (b"content-type", b"application/json; charset=utf-8"),
            (b"cache-control", b"no-store"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            *SECURITY_HEADERS,
        ]
        lines += [name + b": " + value for name, value in headers]
        return b"\r\n".join(lines) + b"\r\n\r\n" + body


class Refused(Exception):
    """A request the phone server turns down itself."""

    def __init__(self, reason: Reason, retry_after: float | None = None) -> None:
        super().__init__(reason.code)
        self.reason = reason
        self.retry_after = retry_after

    def response(self) -> Response:
        return self.reason.response(self.retry_after)


# -- the server's own refusals, each defined once --------------------------------------------------

BAD_REQUEST = Reason(
    400, "bad_request", "This request is not understood.", "Cette demande n'est pas comprise."
)
NO_UPGRADE = Reason(
    400,
    "no_websocket",
    "This server speaks plain HTTP only: no WebSocket or other upgrade.",
    "Ce serveur ne parle que le HTTP simple : pas de WebSocket ni d'autre protocole.",
)
NOT_JOINED = Reason(
    401,
    "not_joined",
    "This phone has not joined the meeting yet.",
    "Ce téléphone n'a pas encore rejoint la réunion.",
)
TICKET_REQUIRED = Reason(403, "ticket_required", "A ticket is needed.", "Un ticket est nécessaire.")
WRONG_CODE = Reason(404, "wrong_code", "Unknown meeting.", "Réunion inconnue.")
NOT_FOUND = Reason(404, "not_found", "Nothing here.", "Il n'y a rien ici.")
UNKNOWN_TICKET = Reason(
    404,
    "unknown_ticket",
    "This ticket code is not valid for this meeting.",
    "Ce code de ticket n'est pas valable pour cette réunion.",
)
UNKNOWN_POLL = Reason(
    404, "unknown_poll", "This question does not exist.", "Cette question n'existe pas."
)
METHOD = Reason(405, "method", "This action is not allowed here.", "Action non permise ici.")
TIMEOUT = Reason(
    408,
    "too_slow",
    "This request took too long to arrive. Check the Wi-Fi and try again.",
    "Cette demande a mis trop de temps à arriver. Vérifiez le Wi-Fi et réessayez.",
)
TOO_LARGE = Reason(413, "too_large", "This message is too long.", "Ce message est trop long.")
WRONG_HOST = Reason(421, "wrong_host", "Unknown address for this server.", "Adresse inconnue.")
SLOW_DOWN_PHONE = Reason(
    429,
    "slow_down",
    "Too many requests from this phone. Wait a moment and try again.",
    "Trop de demandes depuis ce téléphone. Patientez un instant puis réessayez.",
)
SLOW_DOWN_ADDRESS = Reason(
    429,
    "slow_down",
    "Too many requests from this device. Wait a moment and try again.",
    "Trop de demandes depuis cet appareil. Patientez un instant puis réessayez.",
)
SLOW_DOWN_IDEAS = Reason(
    429,
    "slow_down",
    "You are sending ideas very fast. Wait a few seconds and try again.",
    "Vous envoyez des idées très vite. Patientez quelques secondes puis réessayez.",
)
SLOW_DOWN_JOINS = Reason(
    429,
    "slow_down",
    "Too many new phones from this address. Wait a moment and try again.",
    "Trop de nouveaux téléphones depuis cette adresse. Patientez un instant.",
)
TOO_MANY_CONNECTIONS = Reason(
    429,
    "too_many_connections",
    "Too many connections from this device. Close other tabs and try again.",
    "Trop de connexions depuis cet appareil. Fermez les autres onglets et réessayez.",
)
HEADERS_TOO_LARGE = Reason(
    431,
    "headers_too_large",
    "This request carries too much. Clear this site's data and try again.",
    "Cette demande est trop chargée. Effacez les données de ce site et réessayez.",
)
UNAVAILABLE = Reason(
    503,
    "unavailable",
    "The laptop could not save this. Try again in a moment; if it goes on, tell the spokesperson.",
    "L'ordinateur n'a pas pu l'enregistrer. Réessayez dans un instant ; si cela continue, "
    "prévenez le porte-parole.",
)
DISK_FULL = Reason(
    503,
    "disk_full",
    "The laptop's disk is full: this was not saved. Tell the spokesperson.",
    "Le disque de l'ordinateur est plein : rien n'a été enregistré. Prévenez le porte-parole.",
)
SERVER_FULL = Reason(
    503,
    "server_full",
    "The laptop is serving as many phones as it can. Try again in a moment.",
    "L'ordinateur sert déjà autant de téléphones qu'il le peut. Réessayez dans un instant.",
)


CONFLICT = Reason(
    409,
    "conflict",
    "This does not fit what is going on now.",
    "Ce n'est pas possible en ce moment.",
)
INVALID = Reason(
    422, "invalid", "This cannot be accepted as it is.", "Ce n'est pas acceptable tel quel."
)

# -- the one table --------------------------------------------------------------------------------

#: What an expected failure from below means to a phone, first matching row first: its status
#: and code, and whether the failure's own words are shown (they are written for the voter: a
#: closed poll, a used ticket) or only general ones (they may name a file of the laptop or quote
#: SQLite; the log keeps them).
TABLE: tuple[tuple[type[FacilitatorError], Reason, bool], ...] = (
    (TicketRequired, TICKET_REQUIRED, True),
    (NotFoundError, NOT_FOUND, True),
    (ConflictError, CONFLICT, True),
    (ValidationError, INVALID, True),
    (DiskFullError, DISK_FULL, False),
    (FacilitatorError, UNAVAILABLE, False),
)


def reason_for(exc: FacilitatorError) -> Reason:
    """What the phone is told about ``exc``; failures it cannot act on are logged here."""
    for kind, reason, own_words in TABLE:
        if isinstance(exc, kind):
            if own_words:
                return replace(reason, en=exc.en, fr=exc.fr)
            log.warning("a phone's request failed: %s", exc.en)
            return reason
    raise AssertionError("FacilitatorError closes the table")  # pragma: no cover


def failure_response(exc: Exception) -> Response:
    """The answer to anything a route raised on purpose (a refusal or an expected failure)."""
    if isinstance(exc, Refused):
        return exc.response()
    if isinstance(exc, FacilitatorError):
        return reason_for(exc).response()
    raise exc
