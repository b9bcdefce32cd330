"""Checks on what a phone sends, before anything reaches a repository.

Each check returns the clean value or raises a refusal from :mod:`facilitator.lan.errors`.
"""

from __future__ import annotations

import hmac
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from starlette.requests import ClientDisconnect, Request

from facilitator.domain.model import normalise_ticket_code
from facilitator.lan import errors

_KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_SHORT_CODE = re.compile(r"^[A-Z0-9]{1,12}$")
TICKET = re.compile(r"^[A-Za-z0-9 _-]{4,40}$")
_MAX_ID = 64


def code_ok(request: Request, join_code: str) -> bool:
    """Whether the address carries this meeting's code (compared in constant time)."""
    code = str(request.path_params.get("code", ""))
    return hmac.compare_digest(code.encode("utf-8", "replace"), join_code.encode())


def short_code(value: str | None) -> str | None:
    """A typed short join code as compared (capitals, no spaces or dashes), or None."""
    if not value or len(value) > 40:
        return None
    code = normalise_ticket_code(value)
    return code if _SHORT_CODE.match(code) else None


async def json_object(request: Request) -> dict[str, Any]:
    """The request's body as a JSON object.

    Only ``application/json`` is read: forms from other sites cannot send it without asking
    first, so no other site can make a phone act (CSRF). A body over the limit has already
    been refused by the guard, as it arrived.
    """
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise errors.BAD_REQUEST.error()
    try:
        raw = await request.body()
    except ClientDisconnect:
        raise errors.TIMEOUT.error() from None  # the phone went away: nobody hears this
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        raise errors.BAD_REQUEST.error() from None
    if not isinstance(data, dict):
        raise errors.BAD_REQUEST.error()
    return data


@dataclass(frozen=True)
class BallotRequest:
    poll_id: str
    key: str
    content: dict[str, Any]


def ballot_request(data: dict[str, Any]) -> BallotRequest:
    poll_id, key, content = data.get("poll_id"), data.get("key"), data.get("content")
    if (
        not isinstance(poll_id, str)
        or not isinstance(key, str)
        or not _KEY.match(key)
        or not isinstance(content, dict)
    ):
        raise errors.BAD_REQUEST.error()
    return BallotRequest(poll_id, key, content)


def idea_request(data: dict[str, Any]) -> tuple[str, str]:
    """The idea's id (a UUID made by the phone, so a retry is recognised) and its raw text."""
    idea_id, text = data.get("id"), data.get("text")
    if not isinstance(idea_id, str) or not isinstance(text, str) or len(idea_id) > _MAX_ID:
        raise errors.BAD_REQUEST.error()
    try:
        idea_id = str(uuid.UUID(idea_id))
        text.encode("utf-8")  # a lone surrogate cannot be stored
    except (ValueError, UnicodeEncodeError):
        raise errors.BAD_REQUEST.error() from None
    return idea_id, text


def ticket_code(value: object) -> str | None:
    """A typed or scanned ticket code, or None when none was given."""
    if not isinstance(value, str) or not value:
        return None
    code = value.strip()
    if not TICKET.match(code):
        raise errors.UNKNOWN_TICKET.error()
    return code


def language(value: object) -> str:
    return str(value) if value in ("fr", "en") else ""
