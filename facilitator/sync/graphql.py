"""One GraphQL client for Decidim's API: POST {base}/api, errors read the way Decidim writes
them (codes with or without ``_ERROR``, ``message`` a string or an array), 401 renewed once."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from facilitator.sync.clock import Clock
from facilitator.sync.errors import NotDecidim, PermissionRefused, SignInNeeded, Transient
from facilitator.sync.events import SyncOptions
from facilitator.sync.http import send
from facilitator.sync.retry import retrying

log = logging.getLogger(__name__)

#: Codes that will not heal by trying again: the item needs attention.
PERMANENT = frozenset(
    {
        "ATTRIBUTE_VALIDATION",
        "VALIDATION",
        "MUTATION_NOT_AUTHORIZED",
        "NOT_FOUND",
        "UNAUTHORIZED_OBJECT",
        "UNAUTHORIZED_FIELD",
        "PERMISSION_NOT_SET",
        "INVALID_LOCALE",
        "LOCALE",
    }
)


class Auth(Protocol):
    def headers(self) -> dict[str, str]: ...

    def renew(self) -> bool:
        """Get a fresh token (refresh, or sign in again); False when only a person can."""
        ...


@dataclass(frozen=True, slots=True)
class GqlError:
    code: str  # without the ``_ERROR`` suffix; "" when the platform gave none
    message: str
    path: tuple[str | int, ...] = ()
    fields: tuple[str, ...] = ()  # attribute validation: the attributes named

    @property
    def permanent(self) -> bool:
        return self.code in PERMANENT


@dataclass(frozen=True, slots=True)
class GqlResult:
    data: Mapping[str, Any] | None
    errors: Sequence[GqlError] = field(default_factory=tuple)

    def errors_for(self, alias: str) -> list[GqlError]:
        return [e for e in self.errors if alias in e.path]


class Garbled(Transient):
    """The answer is not the API's (an HTML page, JSON cut off): maybe applied, maybe not."""


def normalise_code(code: object) -> str:
    text = str(code or "").upper()
    return text.removesuffix("_ERROR")


def parse_error(raw: Mapping[str, Any]) -> GqlError:
    message = raw.get("message")
    fields: list[str] = []
    if isinstance(message, list):  # ATTRIBUTE_VALIDATION_ERROR: [{path, message}, ...]
        parts = []
        for entry in message:
            if isinstance(entry, Mapping):
                names = [str(p) for p in entry.get("path") or []]
                name = names[-1] if names else ""
                fields.append(name)
                parts.append(f"{name} {entry.get('message', '')}".strip())
            else:
                parts.append(str(entry))
        text = "; ".join(parts)
    else:
        text = str(message or "")
    extensions = raw.get("extensions") or {}
    code = extensions.get("code") if isinstance(extensions, Mapping) else None
    path = tuple(p for p in raw.get("path") or [] if isinstance(p, str | int))
    return GqlError(normalise_code(code), text, path, tuple(fields))


class GraphQL:
    """Queries and mutations against ``{base}/api`` with the signed-in user's token."""

    def __init__(self, client: httpx.Client, clock: Clock, auth: Auth | None = None) -> None:
        self.client = client
        self.clock = clock
        self.auth = auth
        #: reads are tried a few times only: a platform that keeps failing is said so soon
        self.read_options = SyncOptions(max_attempts=4, backoff_cap=8.0)

    @property
    def base(self) -> str:
        return str(self.client.base_url).rstrip("/")

    def _post(self, payload: dict[str, Any]) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if self.auth is not None:
            headers.update(self.auth.headers())
        return send(self.client, "POST", "/api", self.clock, json=payload, headers=headers)

    def execute(self, document: str, variables: Mapping[str, Any] | None = None) -> GqlResult:
        """Run a query or a mutation. A query is tried again on passing failures (reading twice
        changes nothing); a mutation's failure is the caller's to look up and retry."""
        if document.lstrip().startswith("mutation"):
            return self._execute(document, variables)
        for attempt in retrying(self.clock, self.read_options):
            with attempt:
                return self._execute(document, variables)
        raise AssertionError("unreachable: retrying re-raises the last failure")

    def _execute(self, document: str, variables: Mapping[str, Any] | None) -> GqlResult:
        payload: dict[str, Any] = {"query": document}
        if variables:
            payload["variables"] = dict(variables)
        response = self._post(payload)
        if response.status_code == 401 and self.auth is not None:
            log.info("401 from %s: renewing the token once", self.base)
            if not self.auth.renew():
                raise self._sign_in_needed()
            response = self._post(payload)
            if response.status_code == 401:
                raise self._sign_in_needed()
        return self._read(response)

    def _sign_in_needed(self) -> SignInNeeded:
        return SignInNeeded(
            f"The platform no longer accepts this sign-in. Sign in again with "
            f"“facilitator signin {self.base}”, then sync again (nothing is lost).",
            f"La plateforme n'accepte plus cette connexion. Reconnectez-vous avec "
            f"« facilitator signin {self.base} », puis relancez la synchronisation "
            "(rien n'est perdu).",
        )

    def _read(self, response: httpx.Response) -> GqlResult:
        status = response.status_code
        if status == 401:
            raise self._sign_in_needed()
        if status == 403:
            raise PermissionRefused(
                f"{self.base} refused access to its API (HTTP 403).",
                f"{self.base} refuse l'accès à son API (HTTP 403).",
            )
        if status in (404, 405, 410) or (300 <= status < 400):
            raise NotDecidim.at(self.base, f"HTTP {status} at /api")
        kind = response.headers.get("Content-Type", "")
        try:
            body = json.loads(response.content)
        except ValueError:
            what_en = (
                "an HTML page"
                if "html" in kind or response.content[:1] == b"<"
                else ("an answer cut off or unreadable")
            )
            what_fr = (
                "une page HTML"
                if what_en.startswith("an HTML")
                else ("une réponse coupée ou illisible")
            )
            raise Garbled(
                f"{self.base} answered with {what_en} instead of its API's answer.",
                f"{self.base} a répondu par {what_fr} au lieu de la réponse de son API.",
                ambiguous=True,
            ) from None
        if not isinstance(body, Mapping) or not ({"data", "errors"} & set(body)):
            raise Garbled(
                f"{self.base} answered something that is not a GraphQL answer.",
                f"{self.base} a répondu quelque chose qui n'est pas une réponse GraphQL.",
                ambiguous=True,
            )
        if status >= 400 and not body.get("errors"):
            raise NotDecidim.at(self.base, f"HTTP {status}")
        errors = [parse_error(e) for e in body.get("errors") or [] if isinstance(e, Mapping)]
        data = body.get("data")
        return GqlResult(data if isinstance(data, Mapping) else None, tuple(errors))
