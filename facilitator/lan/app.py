"""The participant web application: the phone page and the few JSON routes it uses.

Only participant routes exist. Nothing here can open, close or reveal a poll, or read another
phone's ballot: the spokesperson does that on the laptop. Every write goes through a
repository; ballots are awaited on the single writer's futures, so a room voting at once is
written in a few group commits and each phone hears back only once its ballot is on disk.
Every refusal and expected failure is answered by :mod:`facilitator.lan.errors`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from facilitator.domain import terms
from facilitator.domain.errors import FacilitatorError, NotFoundError
from facilitator.domain.model import Ballot, Channel, Idea, IdeaSource, now, short_join_code
from facilitator.lan import checks, errors, pages
from facilitator.lan.ballot_box import BallotBox
from facilitator.lan.guard import Guard, Receive, Scope, Send, client_address
from facilitator.lan.limits import Limits, RateLimiter, address_key, is_loopback
from facilitator.lan.login import Login
from facilitator.lan.presence import Presence, RoomCheck
from facilitator.lan.refusal_log import RefusalLog
from facilitator.lan.snapshot import SnapshotCache
from facilitator.lan.static import STATIC, Assets
from facilitator.storage import Workspace
from facilitator.storage.ballots import TicketRequired
from facilitator.storage.devices import Device

log = logging.getLogger(__name__)

#: How often the phones seen are written down: the room's "phones here now" lags this much.
SEEN_FLUSH_SECONDS = 15.0
#: How often a running countdown is checked (against the wall clock: a laptop that slept
#: through the deadline closes the poll as of its deadline within this much of waking up).
COUNTDOWN_CHECK_SECONDS = 1.0
_NO_STORE = {"cache-control": "no-store"}
#: The terms the page shows, in each language, served with the state (domain/terms.py).
_WORDS = {language: terms.phone_words(language) for language in ("fr", "en")}


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
        refusals: RefusalLog | None = None,
        on_answered: Callable[[tuple[str, int] | None], None] | None = None,
    ) -> None:
        self.ws = workspace
        self.meeting_id = meeting_id
        self.limits = lim = limits or Limits()
        self.join_code = workspace.meetings.get(meeting_id).join_code
        self.short_code = short_join_code(self.join_code)
        self.assets = Assets(assets)
        self.login = Login(workspace, meeting_id, self.join_code)
        self.snapshots = SnapshotCache(workspace, meeting_id)
        self.presence, self.ballot_box = Presence(), BallotBox(workspace)
        self.refusals = refusals or RefusalLog()
        self._seen: set[str] = set()
        self._on_ready = on_ready
        self._joins = RateLimiter(lim.joins_per_address_rate, lim.joins_per_address_burst)
        self._writes = RateLimiter(lim.writes_per_device_rate, lim.writes_per_device_burst)
        self._ideas = RateLimiter(lim.ideas_per_device_rate, lim.ideas_per_device_burst)
        self._wrong_codes = RateLimiter(
            lim.wrong_codes_per_address_rate, lim.wrong_codes_per_address_burst
        )
        routes = [
            Route("/", self.home),
            Route("/join", self.join_by_code),
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
                errors.Refused: self._failure,
                FacilitatorError: self._failure,
            },
        )
        self._ballot_path = f"/m/{self.join_code}/api/ballot"
        self.asgi = Guard(self._dispatch, lim, allowed_hosts, self.refusals, on_answered)

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
            except (errors.Refused, FacilitatorError) as exc:
                response = errors.failure_response(exc)
            await response(scope, receive, send)
            return
        await self.starlette(scope, receive, send)

    def room_check(self) -> RoomCheck | None:
        """Ballots against phones and people for the poll on the phones (any thread)."""
        snapshot = self.snapshots.latest
        if snapshot is None or snapshot.shown is None:
            return None
        return self.presence.check(self.ws, self.meeting_id, snapshot.shown.id)

    # -- lifecycle -------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def _lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        workers = [
            asyncio.ensure_future(self._flush_seen_forever()),
            asyncio.ensure_future(self._close_when_due_forever()),
        ]
        if self._on_ready is not None:
            self._on_ready()
        try:
            yield
        finally:
            for worker in workers:
                worker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await worker
            await self._flush_seen()

    async def _close_when_due_forever(self) -> None:
        """Close the poll on the phones when its countdown runs out, whether or not the app
        is open (``facilitator serve`` runs alone); the app closes it too when it runs."""
        while True:
            await asyncio.sleep(COUNTDOWN_CHECK_SECONDS)
            await self.close_if_due()

    async def close_if_due(self) -> None:
        try:
            snapshot = await self.snapshots.get()
            poll = snapshot.shown
            if poll is None or not poll.due(now()):
                return
            closed = await run_in_threadpool(self.ws.polls.close_due)
        except errors.Refused:
            return  # the meeting was deleted: the phones hear it from the state
        except FacilitatorError as exc:
            log.warning("could not close a poll whose countdown ran out: %s", exc.en)
            return
        if closed:
            log.info("countdown over, polls closed: %d", len(closed))
            await self.snapshots.get(force=True)

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

    async def _failure(self, _request: Request, exc: Exception) -> Response:
        return errors.failure_response(exc)

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 400
        if status == 404:
            if request.url.path.startswith("/m/") and "/api/" not in request.url.path:
                return pages.wrong_code_page()
            return errors.NOT_FOUND.response()
        if status == 405:
            return errors.METHOD.response()
        return errors.BAD_REQUEST.response()

    # -- who is asking ---------------------------------------------------------------------------

    def _require_code(self, request: Request) -> None:
        if not checks.code_ok(request, self.join_code):
            raise errors.WRONG_CODE.error()

    async def _participant(self, request: Request) -> Device:
        """The joined phone behind a request; refused when there is none."""
        self._require_code(request)
        device = await self.login.device(request)
        if device is None:
            raise errors.NOT_JOINED.error()
        return device

    def _spend(
        self, limiter: RateLimiter, key: str, reason: errors.Reason, what: str, request: Request
    ) -> None:
        """Take one request from ``key``'s allowance; refuse it (and say so) when none is left."""
        wait = limiter.wait_time(key)
        if wait:
            self.refusals.note(f"{what} over the rate limit", client_address(request.scope))
            raise reason.error(wait)

    # -- pages -----------------------------------------------------------------------------------

    async def home(self, _request: Request) -> Response:
        return pages.code_page()

    async def join_by_code(self, request: Request) -> Response:
        """The short code typed after the laptop's address: to the meeting's page.

        Only wrong codes spend from the address's allowance (a room behind one router joins
        at once), and once it is spent every code is refused, the right one too: otherwise
        the answer would tell a script which code is right.
        """
        key = address_key(client_address(request.scope))
        limited = not (self.limits.exempt_loopback and is_loopback(client_address(request.scope)))
        wait = self._wrong_codes.waiting(key) if limited else 0.0
        if wait:
            self.refusals.note("short codes over the rate limit", client_address(request.scope))
            return pages.too_many_codes_page(wait)
        code = checks.short_code(request.query_params.get("code"))
        if code is not None and hmac.compare_digest(code, self.short_code):
            return RedirectResponse(f"/m/{self.join_code}/", status_code=303)
        if limited:
            self._wrong_codes.wait_time(key)
        self.refusals.note("a wrong short code", client_address(request.scope))
        return pages.wrong_short_code_page()

    async def favicon(self, _request: Request) -> Response:
        return Response(status_code=204, headers={"cache-control": "max-age=86400"})

    async def static(self, request: Request) -> Response:
        name = str(request.path_params["name"])
        if name not in STATIC:
            return errors.NOT_FOUND.response()
        return self.assets.response(request, name)

    async def meeting_redirect(self, request: Request) -> Response:
        if not checks.code_ok(request, self.join_code):
            return pages.wrong_code_page()
        return RedirectResponse(f"/m/{self.join_code}/", status_code=308)

    async def meeting_page(self, request: Request) -> Response:
        if not checks.code_ok(request, self.join_code):
            return pages.wrong_code_page()
        return self.assets.response(request, "index.html")

    async def ticket_link(self, request: Request) -> Response:
        """A printed ticket's QR code: open the page, which binds the ticket to this phone.

        A GET never binds (phone cameras and link previews fetch addresses on their own);
        the page does it with a POST, and the code travels in the fragment, not in logs.
        """
        code = str(request.path_params["ticket"])
        if not checks.TICKET.match(code):
            return pages.wrong_ticket_page()
        ticket = await run_in_threadpool(self.ws.tickets.by_code, code)
        if ticket is None or ticket.meeting_id != self.meeting_id:
            return pages.wrong_ticket_page()
        return RedirectResponse(f"/m/{self.join_code}/#ticket={code}", status_code=303)

    # -- JSON routes -----------------------------------------------------------------------------

    async def state(self, request: Request) -> Response:
        self._require_code(request)
        snap = await self.snapshots.get()
        device = await self.login.device(request)
        payload: dict[str, Any] = dict(snap.public)
        me: dict[str, Any] = {"joined": device is not None}
        if device is not None:
            self._seen.add(device.id)
            me["ticket"] = device.ticket_id is not None
            if snap.shown is not None:
                self.presence.showed(snap.shown.id, device.id)
                if request.query_params.get("mine"):
                    poll_id = snap.shown.id
                    mine = await run_in_threadpool(self.ws.ballots.for_voter, poll_id, device.voter)
                    if mine is not None:
                        me["ballot"] = {"poll_id": poll_id, "content": dict(mine.content)}
        payload["results"] = snap.results_for(device.voter if device else None)
        payload["closes_in"] = snap.closes_in()
        payload["me"] = me
        language = request.query_params.get("words")
        if language in _WORDS:
            payload["words"] = _WORDS[language]
        return JSONResponse(payload, headers=_NO_STORE)

    async def join(self, request: Request) -> Response:
        self._require_code(request)
        data = await checks.json_object(request)
        device = await self.login.device(request)
        token: str | None = None
        if device is None:
            address = client_address(request.scope)
            if not (self.limits.exempt_loopback and is_loopback(address)):
                key = address_key(address)
                self._spend(self._joins, key, errors.SLOW_DOWN_JOINS, "new phones", request)
            try:
                device, token = await self.login.register(checks.language(data.get("language")))
            except NotFoundError:
                raise errors.WRONG_CODE.error() from None  # the meeting was deleted meanwhile
        response = await self._bind_ticket(device, data.get("ticket"))
        if token is not None:
            self.login.set_cookie(response, token)
        return response

    async def ticket(self, request: Request) -> Response:
        device = await self._participant(request)
        self._spend(self._writes, device.id, errors.SLOW_DOWN_PHONE, "ticket attempts", request)
        data = await checks.json_object(request)
        if not isinstance(data.get("ticket"), str):
            raise errors.BAD_REQUEST.error()
        return await self._bind_ticket(device, data["ticket"])

    async def _bind_ticket(self, device: Device, value: object) -> Response:
        code = checks.ticket_code(value)
        number: int | None = None
        if code is not None:
            try:
                device, ticket = await run_in_threadpool(
                    self.ws.devices.bind_ticket, device.id, code
                )
            except NotFoundError:
                raise errors.UNKNOWN_TICKET.error() from None
            self.login.remember(device)
            number = ticket.number
        return JSONResponse(
            {"joined": True, "ticket": device.ticket_id is not None, "ticket_number": number},
            headers=_NO_STORE,
        )

    async def ballot(self, request: Request) -> Response:
        device = await self._participant(request)
        self._spend(self._writes, device.id, errors.SLOW_DOWN_PHONE, "ballots", request)
        ask = checks.ballot_request(await checks.json_object(request))
        snap = await self.snapshots.get()
        if ask.poll_id not in snap.polls:
            snap = await self.snapshots.get(force=True)
            if ask.poll_id not in snap.polls:
                raise errors.UNKNOWN_POLL.error()
        if snap.tickets_required and device.ticket_id is None:
            raise TicketRequired()  # the writer checks again: tickets may be printed meanwhile
        ballot = Ballot(
            poll_id=ask.poll_id,
            voter=device.voter,
            channel=Channel.TICKET if device.ticket_id else Channel.PHONE,
            content=ask.content,
            # Scoped to the phone: nobody can replay or probe another phone's key.
            idempotency_key=f"{device.id}:{ask.key}",
        )
        result = await self.ballot_box.cast(ballot)
        stored = result.ballot
        self.presence.voted(ask.poll_id, stored.voter)
        if (latest := self.snapshots.latest) is not None:
            latest.voted(ask.poll_id, stored.voter)
        return JSONResponse(
            {
                "outcome": str(result.outcome),
                "poll_id": stored.poll_id,
                "content": dict(stored.content),
                "allow_change": snap.polls[ask.poll_id].params.allow_change,
            },
            headers=_NO_STORE,
        )

    async def idea(self, request: Request) -> Response:
        device = await self._participant(request)
        self._spend(self._ideas, device.id, errors.SLOW_DOWN_IDEAS, "ideas", request)
        idea_id, text = checks.idea_request(await checks.json_object(request))
        idea = Idea(meeting_id=self.meeting_id, text=text, source=IdeaSource.PHONE, id=idea_id)
        stored = await run_in_threadpool(self.ws.ideas.add, idea)
        return JSONResponse({"id": stored.id, "received": True}, headers=_NO_STORE)
