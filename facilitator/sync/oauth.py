"""OAuth 2 sign-in in the system browser with a loopback redirect (RFC 8252).

A one-shot HTTP server listens on ``127.0.0.1`` (any free port) for ``/callback``; the
browser is sent to the platform's authorize page with PKCE (S256) and a random ``state``; the
answer's ``state`` must match, the code is exchanged for tokens, and the browser tab says it
can be closed. A timeout ends the wait.
"""

from __future__ import annotations

import html
import threading
import time
import webbrowser
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from authlib.common.security import generate_token

from facilitator.sync.auth import AUTHORIZE_PATH, TOKEN_PATH, OAuth2Client, OAuthError
from facilitator.sync.errors import SignInNeeded

DONE_PAGE = """<!doctype html><html lang="fr"><meta charset="utf-8">
<title>Facilitator</title><body style="font-family:sans-serif;margin:3em">
<h1>{title_fr}</h1><p>{text_fr}</p><p lang="en">{text_en}</p></body></html>"""


class _Callback(BaseHTTPRequestHandler):
    server: _LoopbackServer

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != "/callback":
            self.send_error(404)
            return
        self.server.answer = {k: v[0] for k, v in parse_qs(parts.query).items()}
        ok = "code" in self.server.answer and "error" not in self.server.answer
        page = DONE_PAGE.format(
            title_fr="Connexion réussie" if ok else "Connexion refusée",
            text_fr=html.escape(
                "Vous pouvez fermer cet onglet et revenir à Facilitator."
                if ok
                else "La plateforme n'a pas donné son accord. Fermez cet onglet et réessayez."
            ),
            text_en=html.escape(
                "Signed in: you can close this tab and go back to Facilitator."
                if ok
                else "The platform did not agree. Close this tab and try again."
            ),
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(page)
        self.server.received.set()

    def log_message(self, format: str, *args: Any) -> None:
        return  # the query holds the authorization code: never log it


class _LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Callback)
        self.answer: dict[str, str] = {}
        self.received = threading.Event()


def _wait(received: threading.Event, timeout: float, stop: threading.Event | None) -> bool:
    """Wait for the browser's answer; False after ``timeout`` or once ``stop`` is set."""
    if stop is None:
        return received.wait(timeout)
    deadline = time.monotonic() + timeout
    while not stop.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        if received.wait(min(left, 0.2)):
            return True
    return False


def browser_sign_in(
    client: OAuth2Client,
    *,
    open_browser: Callable[[str], object] = webbrowser.open,
    timeout: float = 300.0,
    stop: threading.Event | None = None,
) -> dict[str, Any]:
    """Run the whole authorization-code flow; return the token (access, maybe refresh).

    ``stop``, when set by another thread, ends the wait for the browser early (the app's
    Cancel, or the app closing)."""
    server = _LoopbackServer()
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, name="oauth-loopback", daemon=True)
    thread.start()
    try:
        redirect = f"http://127.0.0.1:{port}/callback"
        client.redirect_uri = redirect
        verifier = generate_token(64)
        url, state = client.create_authorization_url(
            str(client.base_url).rstrip("/") + AUTHORIZE_PATH, code_verifier=verifier
        )
        open_browser(url)
        if not _wait(server.received, timeout, stop):
            raise SignInNeeded(
                f"No answer from the browser within {int(timeout)} seconds: sign in again.",
                f"Pas de réponse du navigateur en {int(timeout)} secondes : reconnectez-vous.",
            )
        answer = server.answer
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    if answer.get("state") != state:
        raise SignInNeeded(
            "The browser's answer does not belong to this sign-in (state mismatch); nothing "
            "was kept. Sign in again.",
            "La réponse du navigateur ne correspond pas à cette connexion (state différent) ; "
            "rien n'a été gardé. Reconnectez-vous.",
        )
    if "error" in answer or "code" not in answer:
        raise SignInNeeded(
            f"The platform refused the sign-in ({answer.get('error', 'no code')}).",
            f"La plateforme a refusé la connexion ({answer.get('error', 'pas de code')}).",
        )
    try:
        token = client.fetch_token(
            TOKEN_PATH,
            grant_type="authorization_code",
            code=answer["code"],
            code_verifier=verifier,
            redirect_uri=redirect,
        )
    except OAuthError as exc:
        raise SignInNeeded(
            f"The platform refused the sign-in code ({exc.error}).",
            f"La plateforme a refusé le code de connexion ({exc.error}).",
        ) from exc
    return dict(token)
