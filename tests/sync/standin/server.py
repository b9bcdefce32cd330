"""The stand-in Decidim over real HTTP on loopback: /api (GraphQL), /api/sign_in, /api/sign_out,
/oauth/authorize, /oauth/token, /oauth/revoke, with rack-attack's rate limit and injected
faults. Run it alone with ``python -m tests.sync.standin`` (prints its address)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import random
import secrets
import socket
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import uvicorn
from graphql import graphql_sync, parse
from graphql.language import FieldNode, visit
from graphql.language.visitor import Visitor
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from tests.sync.standin.resolvers import mutation_root, query_root
from tests.sync.standin.schema import SCHEMA
from tests.sync.standin.store import Store, format_error

MAX_ALIASES = 5
#: Faults: "lost" (applied, answer cut), "500_after" (applied, then 500), "500" "502" "503"
#: "504" (not applied), "429" (with Retry-After), "429_bare" (without), "slow" (applied,
#: answered after the client's timeout), "html" (a proxy's page), "truncated" (applied, JSON cut
#: off), "expire" (the token expires just before this request).
FAULTS = (
    "lost",
    "500_after",
    "500",
    "502",
    "503",
    "504",
    "429",
    "429_bare",
    "slow",
    "html",
    "truncated",
    "expire",
)


@dataclass
class Faults:
    plan: list[str | None] = field(default_factory=list)  # for the next mutations, in order
    rates: dict[str, float] = field(default_factory=dict)  # chance per /api request
    seed: int = 1
    slow_seconds: float = 1.5
    applied: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def pick(self, is_mutation: bool) -> str | None:
        if is_mutation and self.plan:
            fault = self.plan.pop(0)
        else:
            fault = None
            roll = self._random.random()
            for name, rate in self.rates.items():
                if roll < rate:
                    fault = name
                    break
                roll -= rate
        if fault:
            self.applied.append(fault)
        return fault


class _Aliases(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def enter_field(self, node: FieldNode, *_: Any) -> None:
        if node.alias is not None:
            self.count += 1


class StandIn:
    """One stand-in platform. ``start()`` returns its address; ``stop()`` ends it."""

    def __init__(
        self,
        store: Store | None = None,
        faults: Faults | None = None,
        *,
        per_minute: int = 100,
        retry_after: bool = True,
        latency: float = 0.0,
        token_ttl: float = 7200.0,
        window: float = 60.0,
    ) -> None:
        if store is None:
            store = Store()
            store.seed()
        self.store = store
        self.faults = faults or Faults()
        self.per_minute = per_minute
        self.retry_after = retry_after
        self.latency = latency
        self.token_ttl = token_ttl
        self.window_seconds = window
        self.tokens: dict[str, dict[str, Any]] = {}
        self.codes: dict[str, dict[str, Any]] = {}
        self.refresh_tokens: dict[str, dict[str, Any]] = {}
        self.window: tuple[int, int] = (0, 0)
        self.requests = 0
        self.throttled = 0
        self.bodies: list[bytes] = []
        self.url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.app = Starlette(
            routes=[
                Route("/", self.home),
                Route("/api", self.api, methods=["POST", "GET"]),
                Route("/api/sign_in", self.sign_in, methods=["POST"]),
                Route("/api/sign_out", self.sign_out, methods=["DELETE"]),
                Route("/oauth/authorize", self.authorize, methods=["GET", "POST"]),
                Route("/oauth/token", self.token, methods=["POST"]),
                Route("/oauth/revoke", self.revoke, methods=["POST"]),
            ]
        )

    # -- life ----------------------------------------------------------------------------------

    def start(self, port: int = 0) -> str:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen(256)  # connections wait in the backlog until uvicorn accepts them
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        config = uvicorn.Config(
            self._guarded,
            log_level="critical",
            access_log=False,
            interface="asgi3",
            lifespan="off",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="standin-decidim", daemon=True
        )
        self._thread.start()
        return self.url

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)

    # -- the wire: rate limit, latency, faults ---------------------------------------------------

    async def _guarded(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.requests += 1
        if self.latency:
            await asyncio.sleep(self.latency)
        minute = int(self.store.clock.monotonic() // self.window_seconds)
        count = self.window[1] + 1 if self.window[0] == minute else 1
        self.window = (minute, count)
        if count > self.per_minute:  # rack-attack: per IP, every path
            self.throttled += 1
            headers = {"Retry-After": "60"} if self.retry_after else {}
            await Response("Retry later\n", 429, headers=headers)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    # -- the API -------------------------------------------------------------------------------

    def _caller(self, request: Request) -> tuple[str | None, Response | None]:
        header = request.headers.get("Authorization", "")
        if not header:
            return None, None
        token = self.tokens.get(header.removeprefix("Bearer ").strip())
        now = self.store.clock.monotonic()
        if token is None or token["revoked"] or token["expires"] <= now:
            return None, JSONResponse({"error": "Unauthorized"}, 401)
        if token["client"] is not None and request.headers.get("X-Jwt-Aud") != token["client"]:
            return None, JSONResponse({"error": "Unauthorized"}, 401)
        return token["user"], None

    async def api(self, request: Request) -> Response:
        raw = await request.body()
        self.bodies.append(raw)
        try:
            payload = json.loads(raw)
            document = payload["query"]
        except (ValueError, KeyError, TypeError):
            return JSONResponse({"errors": [{"message": "No query string was present"}]}, 200)
        is_mutation = document.lstrip().startswith("mutation")
        fault = self.faults.pick(is_mutation)
        if fault == "expire":
            for token in self.tokens.values():
                token["expires"] = 0.0
        if fault in ("500", "502", "503", "504"):
            if fault == "500":
                return JSONResponse({"errors": [{"message": "Internal Server error"}]}, 500)
            return HTMLResponse(
                f"<html><body><h1>{fault} Bad Gateway</h1></body></html>", int(fault)
            )
        if fault in ("429", "429_bare"):
            return Response(
                "Retry later\n", 429, headers={"Retry-After": "7"} if fault == "429" else {}
            )
        if fault == "html":
            return HTMLResponse("<!doctype html><html><body>Maintenance en cours</body></html>")
        user, refusal = self._caller(request)
        if refusal is not None:
            return refusal
        answer = self._execute(document, payload.get("variables"), user)
        body = json.dumps(answer, ensure_ascii=False).encode()
        if fault == "lost":
            return _Cut(body)
        if fault == "500_after":
            return JSONResponse({"errors": [{"message": "Internal Server error"}]}, 500)
        if fault == "truncated":
            return Response(body[: len(body) // 2], 200, media_type="application/json")
        if fault == "slow":
            await asyncio.sleep(self.faults.slow_seconds)
        return Response(body, 200, media_type="application/json")

    def _execute(self, document: str, variables: Any, user: str | None) -> dict[str, Any]:
        try:
            tree = parse(document)
        except Exception as exc:  # noqa: BLE001 - a syntax error is an answer
            return {"errors": [{"message": str(exc)}]}
        aliases = _Aliases()
        visit(tree, aliases)
        if aliases.count > MAX_ALIASES:
            return {
                "errors": [
                    {
                        "message": f"Too many aliases ({aliases.count}, at most {MAX_ALIASES})",
                        "extensions": {"code": "TOO_MANY_ALIASES_ERROR"},
                    }
                ]
            }
        is_mutation = document.lstrip().startswith("mutation")
        root = (mutation_root if is_mutation else query_root)(self.store, user)
        result = graphql_sync(SCHEMA, document, root_value=root, variable_values=variables)
        answer: dict[str, Any] = {"data": result.data}
        if result.errors:
            answer["errors"] = [format_error(e) for e in result.errors]
        return answer

    async def sign_in(self, request: Request) -> Response:
        form = await _form(request)
        self.bodies.append(b"<sign_in form>")
        key, secret = str(form.get("api_user[key]", "")), str(form.get("api_user[secret]", ""))
        found = self.store.api_users.get(key)
        if found is None or found[0] != secret:
            return JSONResponse({"error": "Invalid key or secret"}, 401)
        token = self._issue(found[1], None)
        user = self.store.users[found[1]]
        return JSONResponse(
            {**user, "jwt_token": token}, headers={"Authorization": f"Bearer {token}"}
        )

    async def sign_out(self, request: Request) -> Response:
        token = self.tokens.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
        if token is None:
            return JSONResponse({"error": "Unauthorized"}, 401)
        token["revoked"] = True
        return Response(status_code=204)

    def _issue(self, user: str, client: str | None) -> str:
        token = secrets.token_urlsafe(24)
        self.tokens[token] = {
            "user": user,
            "client": client,
            "revoked": False,
            "expires": self.store.clock.monotonic() + self.token_ttl,
        }
        return token

    # -- OAuth (Doorkeeper's shape) --------------------------------------------------------------

    async def home(self, _request: Request) -> Response:
        return HTMLResponse("<!doctype html><html><body><h1>Decidim</h1></body></html>")

    async def authorize(self, request: Request) -> Response:
        params = dict(request.query_params) if request.method == "GET" else await _form(request)
        client = str(params.get("client_id", ""))
        redirect = str(params.get("redirect_uri", ""))
        parts = urlsplit(redirect)
        if client not in self.store.oauth_apps:
            return HTMLResponse("Unknown client", 401)
        # RFC 8252: a loopback redirect on any port
        if parts.scheme != "http" or parts.hostname != "127.0.0.1" or parts.path != "/callback":
            return HTMLResponse("The redirect uri included is not valid.", 400)
        if params.get("code_challenge_method") != "S256" or not params.get("code_challenge"):
            return HTMLResponse("PKCE (S256) is required for public clients.", 400)
        scopes = str(params.get("scope", "")).split()
        if "api:write" in scopes and "user" not in scopes:
            return HTMLResponse("api:write needs the user scope", 400)
        if request.method == "GET":
            fields = "".join(
                f'<input type="hidden" name="{k}" value="{v}">' for k, v in params.items()
            )
            return HTMLResponse(
                f'<form method="post" action="/oauth/authorize">{fields}'
                '<button name="decision" value="allow">Autoriser</button></form>'
            )
        if params.get("decision") != "allow":
            query = urlencode({"error": "access_denied", "state": params.get("state", "")})
            return RedirectResponse(f"{redirect}?{query}", 302)
        code = secrets.token_urlsafe(16)
        self.codes[code] = {
            "client": client,
            "redirect": redirect,
            "user": "7",
            "challenge": params["code_challenge"],
            "scope": scopes,
        }
        return RedirectResponse(
            f"{redirect}?{urlencode({'code': code, 'state': params.get('state', '')})}", 302
        )

    async def token(self, request: Request) -> Response:
        form = await _form(request)
        client = str(form.get("client_id", ""))
        if form.get("grant_type") == "authorization_code":
            grant = self.codes.pop(str(form.get("code", "")), None)
            verifier = str(form.get("code_verifier", ""))
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            if (
                grant is None
                or grant["client"] != client
                or grant["redirect"] != form.get("redirect_uri")
                or digest.rstrip(b"=").decode() != grant["challenge"]
            ):
                return JSONResponse({"error": "invalid_grant"}, 400)
            user = grant["user"]
        elif form.get("grant_type") == "refresh_token":
            old = self.refresh_tokens.pop(str(form.get("refresh_token", "")), None)
            if old is None or old["client"] != client:
                return JSONResponse({"error": "invalid_grant"}, 400)
            user = old["user"]
        else:
            return JSONResponse({"error": "unsupported_grant_type"}, 400)
        access = self._issue(user, client)
        answer: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": int(self.token_ttl),
            "scope": "user api:read api:write",
        }
        if self.store.oauth_apps[client].get("refresh"):
            refresh = secrets.token_urlsafe(24)
            self.refresh_tokens[refresh] = {"user": user, "client": client}
            answer["refresh_token"] = refresh
        return JSONResponse(answer)

    async def revoke(self, request: Request) -> Response:
        form = await _form(request)
        value = str(form.get("token", ""))
        if value in self.tokens:
            self.tokens[value]["revoked"] = True
        self.refresh_tokens.pop(value, None)
        return JSONResponse({})


async def _form(request: Request) -> dict[str, str]:
    """A urlencoded form (the stand-in needs no multipart parser)."""
    return dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))


class _Cut(Response):
    """The platform applied the request, then the answer was lost: a body shorter than its
    declared length, and the connection closes."""

    def __init__(self, body: bytes) -> None:
        super().__init__(b"", 200, media_type="application/json")
        self._full = body

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(self._full)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": self._full[:5], "more_body": False})
