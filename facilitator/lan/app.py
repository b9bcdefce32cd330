"""The participant web application: the phone page and the few JSON routes it uses.

Only participant routes exist. Nothing here can open, close or reveal a poll, or read another
phone's ballot: the spokesperson does that on the laptop. Every write goes through the
workspace's single writer; ballots are awaited on its futures, so a room voting at once is
written in a few group commits and each phone hears back only once its ballot is on disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import hmac
import html
import json
import logging
import os
import re
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from facilitator import resources
from facilitator.domain.errors import (
    ConflictError,
    FacilitatorError,
    NotFoundError,
    ValidationError,
)
from facilitator.domain.model import (
    Ballot,
    Channel,
    Idea,
    IdeaSource,
    Poll,
    PollState,
    new_secret,
)
from facilitator.lan.guard import (
    Guard,
    Limits,
    RateLimiter,
    Receive,
    Scope,
    Send,
    is_loopback,
)
from facilitator.storage import Workspace
from facilitator.storage.ballots import TicketRequired, cast_in
from facilitator.storage.devices import Device
from facilitator.storage.errors import StorageError

log = logging.getLogger(__name__)

COOKIE = "facilitator_device"
COOKIE_MAX_AGE = 3 * 24 * 3600
#: How long the shared part of the state may be served from memory.
STATE_TTL = 0.4
SEEN_FLUSH_SECONDS = 30.0

_KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_TICKET = re.compile(r"^[A-Za-z0-9 _-]{4,40}$")
_STATIC = {
    "app.js": "application/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
    "icon.svg": "image/svg+xml",
}


def assets_dir() -> Path:
    """Where the phone page lives: beside the package, or inside a frozen build."""
    env = os.environ.get("FACILITATOR_WEB_ASSETS")
    if env:
        return Path(env)
    return resources.asset("web")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


@dataclass(frozen=True)
class _Asset:
    body: bytes
    gzipped: bytes
    content_type: str
    etag: str


def _load_assets(folder: Path) -> dict[str, _Asset]:
    assets: dict[str, _Asset] = {}
    for name, content_type in {**_STATIC, "index.html": "text/html; charset=utf-8"}.items():
        path = folder / name
        if not path.is_file():
            continue
        body = path.read_bytes()
        digest = hashlib.sha256(body).hexdigest()[:16]
        assets[name] = _Asset(body, gzip.compress(body, 9, mtime=0), content_type, f'"{digest}"')
    return assets


@dataclass
class _Snapshot:
    """What every phone sees, computed once for all of them."""

    at: float
    title: str
    tickets_required: bool
    polls: dict[str, Poll]
    shown: Poll | None
    public: dict[str, Any] = field(default_factory=dict)


def _poll_json(poll: Poll) -> dict[str, Any]:
    params = poll.params
    return {
        "id": poll.id,
        "question": poll.question,
        "method": str(poll.method),
        "state": str(poll.state),
        "options": [{"id": o.id, "label": o.label} for o in poll.options],
        "max_choices": params.max_choices,
        "points": params.points,
        "max_per_option": params.max_per_option,
        "grades": list(params.grades),
        "allow_change": params.allow_change,
    }


def _error(status: int, code: str, en: str, fr: str) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "en": en, "fr": fr}},
        status_code=status,
        headers={"cache-control": "no-store"},
    )


def _failure(status: int, code: str, exc: FacilitatorError) -> JSONResponse:
    return _error(status, code, exc.en, exc.fr)


def _bad_request() -> JSONResponse:
    return _error(
        400, "bad_request", "This request is not understood.", "Cette demande n'est pas comprise."
    )


def _page(status: int, title_fr: str, title_en: str, text_fr: str, text_en: str) -> Response:
    """A small bilingual page for wrong addresses (no script, escaped text)."""
    esc = html.escape
    body = (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title_fr)}</title>"
        '<link rel="stylesheet" href="/static/app.css"></head><body><main class="card">'
        f"<h1>{esc(title_fr)}</h1><p>{esc(text_fr)}</p>"
        f'<div lang="en"><h2>{esc(title_en)}</h2><p>{esc(text_en)}</p></div>'
        "</main></body></html>"
    )
    return Response(
        body,
        status_code=status,
        media_type="text/html; charset=utf-8",
        headers={"cache-control": "no-store"},
    )


def wrong_code_page() -> Response:
    return _page(
        404,
        "Adresse inconnue",
        "Unknown address",
        "Ce code de réunion n'est pas valable ou la réunion est terminée. Scannez le code QR "
        "affiché dans la salle, ou demandez l'adresse à l'animateur.",
        "This meeting code is not valid, or the meeting is over. Scan the QR code shown in the "
        "room, or ask the spokesperson for the address.",
    )


def wrong_ticket_page() -> Response:
    return _page(
        404,
        "Ticket inconnu",
        "Unknown ticket",
        "Ce ticket n'appartient pas à la réunion en cours. Scannez le code QR affiché dans la "
        "salle, ou demandez un autre ticket.",
        "This ticket does not belong to the meeting being held. Scan the QR code shown in the "
        "room, or ask for another ticket.",
    )


class PhoneApp:
    """The participant routes of one meeting, bound to a workspace."""

    def __init__(
        self,
        workspace: Workspace,
        meeting_id: str,
        limits: Limits | None = None,
        *,
        allowed_hosts: set[str] | None = None,
        on_ready: Callable[[], None] | None = None,
        assets: Path | None = None,
    ) -> None:
        self.ws = workspace
        self.meeting_id = meeting_id
        self.limits = limits or Limits()
        meeting = workspace.meetings.get(meeting_id)
        self.join_code = meeting.join_code
        self.assets = _load_assets(assets or assets_dir())
        if "index.html" not in self.assets or "app.js" not in self.assets:
            raise StorageError(
                f"The phone page is missing from {assets or assets_dir()}; reinstall Facilitator.",
                f"La page des téléphones est absente de {assets or assets_dir()} ; réinstallez "
                "Facilitator.",
            )
        self._devices: dict[str, Device] = {}
        self._seen: set[str] = set()
        self._snapshot: _Snapshot | None = None
        self._snapshot_lock: asyncio.Lock | None = None
        self._on_ready = on_ready
        lim = self.limits
        self._joins = RateLimiter(lim.joins_per_address_rate, lim.joins_per_address_burst)
        self._writes = RateLimiter(lim.writes_per_device_rate, lim.writes_per_device_burst)
        self._ideas = RateLimiter(lim.ideas_per_device_rate, lim.ideas_per_device_burst)
        routes = [
            Route("/", self.home),
            Route("/favicon.ico", self.favicon),
            Route("/static/{name}", self.static),
            Route("/t/{ticket}", self.ticket_link),
            Route("/m/{code}", self.meeting_redirect),
            Route("/m/{code}/", self.meeting_page),
            Route("/m/{code}/api/state", self.state),
            Route("/m/{code}/api/join", self.join, methods=["POST"]),
            Route("/m/{code}/api/ticket", self.ticket, methods=["POST"]),
            Route("/m/{code}/api/ballot", self.ballot, methods=["POST"]),
            Route("/m/{code}/api/idea", self.idea, methods=["POST"]),
        ]
        self.starlette = Starlette(
            routes=routes,
            lifespan=self._lifespan,
            exception_handlers={
                HTTPException: self._http_error,
                FacilitatorError: self._known_failure,
            },
        )
        self._ballot_path = f"/m/{self.join_code}/api/ballot"
        self.asgi = Guard(self._dispatch, self.limits, allowed_hosts)

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The one route a whole room hits at once goes straight to its handler; routing and
        # the exception middleware would add a third to its cost. Everything else is routed.
        if (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and scope["path"] == self._ballot_path
        ):
            scope["path_params"] = {"code": self.join_code}
            request = Request(scope, receive)
            try:
                response = await self.ballot(request)
            except FacilitatorError as exc:
                response = await self._known_failure(request, exc)
            await response(scope, receive, send)
            return
        await self.starlette(scope, receive, send)

    # -- lifecycle -------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def _lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        self._snapshot_lock = asyncio.Lock()
        flusher = asyncio.ensure_future(self._flush_seen_forever())
        if self._on_ready is not None:
            self._on_ready()
        try:
            yield
        finally:
            flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await flusher
            await self._flush_seen()

    async def _flush_seen_forever(self) -> None:
        while True:
            await asyncio.sleep(SEEN_FLUSH_SECONDS)
            await self._flush_seen()

    async def _flush_seen(self) -> None:
        if not self._seen:
            return
        seen, self._seen = list(self._seen), set()
        try:
            await asyncio.wrap_future(self.ws.devices.submit_touch(seen))
        except FacilitatorError as exc:
            log.warning("could not record phones seen: %s", exc.en)

    async def _known_failure(self, request: Request, exc: Exception) -> Response:
        """An expected failure met outside a handler's own checks (meeting deleted, disk full)."""
        if isinstance(exc, NotFoundError):
            return _failure(404, "wrong_code", exc)
        if isinstance(exc, ConflictError):
            return _failure(409, "conflict", exc)
        if isinstance(exc, ValidationError):
            return _failure(422, "invalid", exc)
        if isinstance(exc, FacilitatorError):
            log.warning("phone request failed: %s", exc.en)
            return _failure(503, "unavailable", exc)
        raise exc

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 400
        if status == 404:
            if request.url.path.startswith("/m/") and "/api/" not in request.url.path:
                return wrong_code_page()
            return _error(404, "not_found", "Nothing here.", "Il n'y a rien ici.")
        if status == 405:
            return _error(
                405, "method", "This action is not allowed here.", "Action non permise ici."
            )
        return _bad_request()

    # -- helpers ---------------------------------------------------------------------------------

    def _code_ok(self, request: Request) -> bool:
        code = str(request.path_params.get("code", ""))
        return hmac.compare_digest(code.encode("utf-8", "replace"), self.join_code.encode())

    async def _device(self, request: Request) -> Device | None:
        token = request.cookies.get(COOKIE, "")
        if not token or len(token) > 128:
            return None
        token_hash = hash_token(token)
        device = self._devices.get(token_hash)
        if device is None:
            device = await run_in_threadpool(self.ws.devices.by_token_hash, token_hash)
            if device is None or device.meeting_id != self.meeting_id:
                return None
            self._devices[token_hash] = device
        return device

    async def _participant(self, request: Request) -> Device | Response:
        """The joined phone behind a request, or the response that says why there is none."""
        if not self._code_ok(request):
            return _error(404, "wrong_code", "Unknown meeting.", "Réunion inconnue.")
        device = await self._device(request)
        return _not_joined() if device is None else device

    async def _json(self, request: Request) -> dict[str, Any] | None:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            # Forms from other sites cannot send JSON without asking first: no CSRF.
            return None
        raw = await request.body()
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            return None
        return data if isinstance(data, dict) else None

    async def snapshot(self, *, force: bool = False) -> _Snapshot:
        current = self._snapshot
        stamp = time.monotonic()
        if not force and current is not None and stamp - current.at < STATE_TTL:
            return current
        lock = self._snapshot_lock
        assert lock is not None
        async with lock:
            current = self._snapshot
            if current is not None and current.at >= stamp and (not force or current.at > stamp):
                return current
            fresh = await run_in_threadpool(self._compute_snapshot)
            self._snapshot = fresh
            return fresh

    def _compute_snapshot(self) -> _Snapshot:
        stamp = time.monotonic()
        ws = self.ws
        meeting = ws.meetings.get(self.meeting_id)
        polls = ws.polls.for_meeting(self.meeting_id)
        open_polls = [p for p in polls if p.state is PollState.OPEN]
        closed = [p for p in polls if p.state is PollState.CLOSED and p.closed_at is not None]
        shown: Poll | None = None
        if open_polls:
            shown = max(open_polls, key=lambda p: p.opened_at or p.created_at)
        elif closed:
            shown = max(closed, key=lambda p: p.closed_at or p.created_at)
        issued, _used = ws.tickets.counts(self.meeting_id)
        public: dict[str, Any] = {
            "title": meeting.title,
            "tickets_required": issued > 0,
            "poll": _poll_json(shown) if shown else None,
            "results": None,
        }
        if shown is not None and shown.results_visible:
            public["results"] = ws.ballots.tally(shown.id).to_dict()
        return _Snapshot(
            at=stamp,
            title=meeting.title,
            tickets_required=issued > 0,
            polls={p.id: p for p in polls},
            shown=shown,
            public=public,
        )

    # -- pages -----------------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        return _page(
            404,
            "Adresse incomplète",
            "Incomplete address",
            "Pour participer, scannez le code QR affiché dans la salle : il contient le code de "
            "la réunion.",
            "To take part, scan the QR code shown in the room: it holds the meeting code.",
        )

    async def favicon(self, request: Request) -> Response:
        return Response(status_code=204, headers={"cache-control": "max-age=86400"})

    def _asset(self, request: Request, name: str, cache: str) -> Response:
        asset = self.assets.get(name)
        if asset is None:
            return _error(404, "not_found", "Nothing here.", "Il n'y a rien ici.")
        headers = {"etag": asset.etag, "cache-control": cache, "vary": "accept-encoding"}
        if request.headers.get("if-none-match") == asset.etag:
            return Response(status_code=304, headers=headers)
        body = asset.body
        if "gzip" in request.headers.get("accept-encoding", ""):
            body = asset.gzipped
            headers["content-encoding"] = "gzip"
        return Response(body, media_type=asset.content_type, headers=headers)

    async def static(self, request: Request) -> Response:
        name = str(request.path_params["name"])
        if name not in _STATIC:  # a fixed list: no path is ever built from the request
            return _error(404, "not_found", "Nothing here.", "Il n'y a rien ici.")
        return self._asset(request, name, "no-cache")

    async def meeting_redirect(self, request: Request) -> Response:
        if not self._code_ok(request):
            return wrong_code_page()
        return RedirectResponse(f"/m/{self.join_code}/", status_code=308)

    async def meeting_page(self, request: Request) -> Response:
        if not self._code_ok(request):
            return wrong_code_page()
        return self._asset(request, "index.html", "no-cache")

    async def ticket_link(self, request: Request) -> Response:
        """A printed ticket's QR code: open the page, which binds the ticket to this phone.

        A GET never binds (phone cameras and link previews fetch addresses on their own);
        the page does it with a POST, and the code travels in the fragment, not in logs.
        """
        code = str(request.path_params["ticket"])
        if not _TICKET.match(code):
            return wrong_ticket_page()
        ticket = await run_in_threadpool(self.ws.tickets.by_code, code)
        if ticket is None or ticket.meeting_id != self.meeting_id:
            return wrong_ticket_page()
        return RedirectResponse(f"/m/{self.join_code}/#ticket={code}", status_code=303)

    # -- JSON routes -----------------------------------------------------------------------------

    async def state(self, request: Request) -> Response:
        if not self._code_ok(request):
            return _error(404, "wrong_code", "Unknown meeting.", "Réunion inconnue.")
        snap = await self.snapshot()
        device = await self._device(request)
        payload: dict[str, Any] = dict(snap.public)
        me: dict[str, Any] = {"joined": device is not None}
        if device is not None:
            self._seen.add(device.id)
            me["ticket"] = device.ticket_id is not None
            if request.query_params.get("mine") and snap.shown is not None:
                poll_id = snap.shown.id
                mine = await run_in_threadpool(self.ws.ballots.for_voter, poll_id, device.voter)
                if mine is not None:
                    me["ballot"] = {"poll_id": poll_id, "content": dict(mine.content)}
        payload["me"] = me
        return JSONResponse(payload, headers={"cache-control": "no-store"})

    async def join(self, request: Request) -> Response:
        if not self._code_ok(request):
            return _error(404, "wrong_code", "Unknown meeting.", "Réunion inconnue.")
        data = await self._json(request)
        if data is None:
            return _bad_request()
        language = data.get("language")
        language = language if language in ("fr", "en") else ""
        device = await self._device(request)
        token: str | None = None
        if device is None:
            client = request.client.host if request.client else "?"
            exempt = self.limits.exempt_loopback and is_loopback(client)
            if not exempt and self._joins.wait_time(client):
                return _error(
                    429,
                    "slow_down",
                    "Too many new phones from this address. Wait a moment and try again.",
                    "Trop de nouveaux téléphones depuis cette adresse. Patientez un instant.",
                )
            token = new_secret(24)
            token_hash = hash_token(token)
            try:
                device = await asyncio.wrap_future(
                    self.ws.devices.submit_register(self.meeting_id, token_hash, language)
                )
            except StorageError as exc:
                return _failure(503, "storage", exc)
            self._devices[token_hash] = device
        response = await self._bind_ticket(device, data.get("ticket"))
        if token is not None:
            response.set_cookie(
                COOKIE,
                token,
                max_age=COOKIE_MAX_AGE,
                path=f"/m/{self.join_code}/",
                httponly=True,
                samesite="strict",
            )
        return response

    async def ticket(self, request: Request) -> Response:
        device = await self._participant(request)
        if not isinstance(device, Device):
            return device
        if self._writes.wait_time(device.id):
            return _slow_down()
        data = await self._json(request)
        if data is None or not isinstance(data.get("ticket"), str):
            return _bad_request()
        return await self._bind_ticket(device, data["ticket"])

    async def _bind_ticket(self, device: Device, code: object) -> JSONResponse:
        number: int | None = None
        if isinstance(code, str) and code:
            code = code.strip()
            if not _TICKET.match(code):
                return _error(
                    404,
                    "unknown_ticket",
                    "This ticket code is not valid for this meeting.",
                    "Ce code de ticket n'est pas valable pour cette réunion.",
                )
            try:
                device, ticket = await run_in_threadpool(
                    self.ws.devices.bind_ticket, device.id, code
                )
            except NotFoundError:
                return _error(
                    404,
                    "unknown_ticket",
                    "This ticket code is not valid for this meeting.",
                    "Ce code de ticket n'est pas valable pour cette réunion.",
                )
            except ConflictError as exc:
                return _failure(409, "ticket_used", exc)
            except StorageError as exc:
                return _failure(503, "storage", exc)
            self._devices[device.token_hash] = device
            number = ticket.number
        return JSONResponse(
            {"joined": True, "ticket": device.ticket_id is not None, "ticket_number": number},
            headers={"cache-control": "no-store"},
        )

    async def ballot(self, request: Request) -> Response:
        device = await self._participant(request)
        if not isinstance(device, Device):
            return device
        if self._writes.wait_time(device.id):
            return _slow_down()
        data = await self._json(request)
        if data is None:
            return _bad_request()
        poll_id, key, content = data.get("poll_id"), data.get("key"), data.get("content")
        if (
            not isinstance(poll_id, str)
            or not isinstance(key, str)
            or not _KEY.match(key)
            or not isinstance(content, dict)
        ):
            return _bad_request()
        snap = await self.snapshot()
        if poll_id not in snap.polls:
            snap = await self.snapshot(force=True)
            if poll_id not in snap.polls:
                return _error(
                    404,
                    "unknown_poll",
                    "This question does not exist.",
                    "Cette question n'existe pas.",
                )
        if snap.tickets_required and device.ticket_id is None:
            return _failure(403, "ticket_required", TicketRequired())
        ballot = Ballot(
            poll_id=poll_id,
            voter=device.voter,
            channel=Channel.TICKET if device.ticket_id else Channel.PHONE,
            content=content,
            # Scoped to the phone: nobody can replay or probe another phone's key.
            idempotency_key=f"{device.id}:{key}",
        )
        try:
            result = await asyncio.wrap_future(
                self.ws.db.submit(lambda conn: cast_in(conn, ballot))
            )
        except ValidationError as exc:
            return _failure(422, "invalid", exc)
        except NotFoundError as exc:
            return _failure(404, "unknown_poll", exc)
        except TicketRequired as exc:  # tickets printed since the state above was read
            return _failure(403, "ticket_required", exc)
        except ConflictError as exc:
            return _failure(409, "conflict", exc)
        except StorageError as exc:
            return _failure(503, "storage", exc)
        stored = result.ballot
        return JSONResponse(
            {
                "outcome": str(result.outcome),
                "poll_id": stored.poll_id,
                "content": dict(stored.content),
                "allow_change": snap.polls[poll_id].params.allow_change,
            },
            headers={"cache-control": "no-store"},
        )

    async def idea(self, request: Request) -> Response:
        device = await self._participant(request)
        if not isinstance(device, Device):
            return device
        if self._ideas.wait_time(device.id):
            return _error(
                429,
                "slow_down",
                "You are sending ideas very fast. Wait a few seconds and try again.",
                "Vous envoyez des idées très vite. Patientez quelques secondes puis réessayez.",
            )
        data = await self._json(request)
        if data is None:
            return _bad_request()
        idea_id, text = data.get("id"), data.get("text")
        if not isinstance(idea_id, str) or not isinstance(text, str) or len(idea_id) > 64:
            return _bad_request()
        try:
            idea_id = str(uuid.UUID(idea_id))
            text.encode("utf-8")
        except (ValueError, UnicodeEncodeError):
            return _bad_request()
        idea = Idea(meeting_id=self.meeting_id, text=text, source=IdeaSource.PHONE, id=idea_id)
        try:
            stored = await run_in_threadpool(self.ws.ideas.add, idea)
        except ValidationError as exc:
            return _failure(422, "invalid", exc)
        except StorageError as exc:
            return _failure(503, "storage", exc)
        return JSONResponse(
            {"id": stored.id, "received": True}, headers={"cache-control": "no-store"}
        )


def _not_joined() -> JSONResponse:
    return _error(
        401,
        "not_joined",
        "This phone has not joined the meeting yet.",
        "Ce téléphone n'a pas encore rejoint la réunion.",
    )


def _slow_down() -> JSONResponse:
    return _error(
        429,
        "slow_down",
        "Too many requests from this phone. Wait a moment and try again.",
        "Trop de demandes depuis ce téléphone. Patientez un instant puis réessayez.",
    )
