"""OAuth 2 + PKCE end to end: the authorize URL driven as a browser would (httpx), the
loopback callback, the token, X-Jwt-Aud, a refresh on 401, revocation; and API credentials."""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx
import pytest

from facilitator.sync import platform
from facilitator.sync.auth import OAuthTokens
from facilitator.sync.errors import SignInNeeded
from facilitator.sync.oauth import browser_sign_in
from facilitator.sync.session import open_session
from tests.decidim import FakeClock
from tests.sync.standin.server import StandIn


def browser(pages: list[str], *, allow: bool = True, tamper: bool = False) -> Callable[[str], None]:
    """A person at the system browser: open the page, press the button, follow redirects."""

    def open_url(url: str) -> None:
        with httpx.Client(follow_redirects=False) as b:
            form = b.get(url)
            fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form.text))
            fields["decision"] = "allow" if allow else "deny"
            if tamper:
                fields["state"] = "someone-else"
            answer = b.post(url.split("?")[0], data=fields)
            assert answer.status_code == 302
            location = answer.headers["Location"]
            assert location.startswith("http://127.0.0.1:")
            pages.append(b.get(location).text)

    return open_url


def test_oauth_sign_in_end_to_end(standin: StandIn, clock: FakeClock) -> None:
    pages: list[str] = []
    with open_session(standin.url, clock=clock, anonymous=True) as session:
        client = session.oauth("facilitator-app")
        token = browser_sign_in(client, open_browser=browser(pages), timeout=10)
        assert "Vous pouvez fermer cet onglet" in pages[0] and "close this tab" in pages[0]
        auth = OAuthTokens(client, "facilitator-app", token)
        session.gql.auth = auth
        user = platform.whoami(session.gql)
        assert user is not None and user.id == "7"
        # a token that expires mid-sync is refreshed once, transparently
        standin.faults.rates = {}
        for t in standin.tokens.values():
            t["expires"] = 0.0
        assert platform.whoami(session.gql) is not None
        assert auth.token["access_token"] != token["access_token"]
        current = auth.token["access_token"]
        auth.sign_out()
    assert standin.tokens[current]["revoked"]
    assert not standin.refresh_tokens


def test_without_the_jwt_audience_the_token_is_refused(standin: StandIn, clock: FakeClock) -> None:
    pages: list[str] = []
    with open_session(standin.url, clock=clock, anonymous=True) as session:
        token = browser_sign_in(
            session.oauth("facilitator-app"), open_browser=browser(pages), timeout=10
        )
        response = httpx.post(
            standin.url + "/api",
            json={"query": "{ session { user { id } } }"},
            headers={"Authorization": f"Bearer {token['access_token']}"},
        )
    assert response.status_code == 401


def test_a_foreign_state_is_refused(standin: StandIn, clock: FakeClock) -> None:
    with (
        open_session(standin.url, clock=clock, anonymous=True) as session,
        pytest.raises(SignInNeeded, match="state"),
    ):
        browser_sign_in(
            session.oauth("facilitator-app"), open_browser=browser([], tamper=True), timeout=10
        )


def test_a_refusal_in_the_browser(standin: StandIn, clock: FakeClock) -> None:
    pages: list[str] = []
    with (
        open_session(standin.url, clock=clock, anonymous=True) as session,
        pytest.raises(SignInNeeded, match="access_denied"),
    ):
        browser_sign_in(
            session.oauth("facilitator-app"), open_browser=browser(pages, allow=False), timeout=10
        )
    assert "Connexion refusée" in pages[0]


def test_no_answer_times_out(standin: StandIn, clock: FakeClock) -> None:
    with (
        open_session(standin.url, clock=clock, anonymous=True) as session,
        pytest.raises(SignInNeeded, match=r"No answer|Pas de réponse"),
    ):
        browser_sign_in(session.oauth("facilitator-app"), open_browser=lambda _u: None, timeout=0.2)


def test_api_credentials_renewed_once_then_stop(
    standin: StandIn, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_DECIDIM_API_KEY", "api-key-1")
    monkeypatch.setenv("FACILITATOR_DECIDIM_API_SECRET", "api-secret-1")
    with open_session(standin.url, clock=clock) as session:
        assert platform.whoami(session.gql) is not None
        standin.token_ttl = 0.0  # every new token is born expired: renewing cannot help
        for t in standin.tokens.values():
            t["expires"] = 0.0
        with pytest.raises(SignInNeeded, match=r"Sign in again|Reconnectez"):
            platform.whoami(session.gql)
