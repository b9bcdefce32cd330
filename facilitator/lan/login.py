"""Which phone is asking: an unguessable token in a strict cookie, known by its hash alone.

The raw token lives only in the phone's cookie; the workspace keeps its SHA-256 (see
:mod:`facilitator.storage.devices`), and this module keeps the phones already seen in memory
so that a room polling every second costs no database read.
"""

from __future__ import annotations

import asyncio
import hashlib

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from facilitator.domain.model import new_secret
from facilitator.storage import Workspace
from facilitator.storage.devices import Device

COOKIE = "facilitator_device"
COOKIE_MAX_AGE = 3 * 24 * 3600
_MAX_TOKEN = 128


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


class Login:
    """The phones of one meeting, found from their cookie."""

    def __init__(self, workspace: Workspace, meeting_id: str, join_code: str) -> None:
        self._ws = workspace
        self._meeting_id = meeting_id
        self._path = f"/m/{join_code}/"
        self._known: dict[str, Device] = {}

    async def device(self, request: Request) -> Device | None:
        """The joined phone behind ``request``, or None (no cookie, a forged or foreign one)."""
        token = request.cookies.get(COOKIE, "")
        if not token or len(token) > _MAX_TOKEN:
            return None
        token_hash = hash_token(token)
        device = self._known.get(token_hash)
        if device is None:
            device = await run_in_threadpool(self._ws.devices.by_token_hash, token_hash)
            if device is None or device.meeting_id != self._meeting_id:
                return None
            self._known[token_hash] = device
        return device

    async def register(self, language: str) -> tuple[Device, str]:
        """A new phone and the token for its cookie, once the phone is on disk."""
        token = new_secret(24)
        token_hash = hash_token(token)
        device = await asyncio.wrap_future(
            self._ws.devices.submit_register(self._meeting_id, token_hash, language)
        )
        self._known[token_hash] = device
        return device, token

    def remember(self, device: Device) -> None:
        """Keep a phone's changed record (it bound a ticket)."""
        self._known[device.token_hash] = device

    def set_cookie(self, response: Response, token: str) -> None:
        response.set_cookie(
            COOKIE,
            token,
            max_age=COOKIE_MAX_AGE,
            path=self._path,
            httponly=True,
            samesite="strict",
        )
