"""Signing in to a platform: API credentials (a machine user) or OAuth 2 tokens of a person.

Both give the GraphQL client its headers and renew themselves once on a 401: API credentials
sign in again, OAuth refreshes when the platform issued a refresh token. Tokens are never
logged; the OAuth tokens are kept in the keyring so a refresh survives the process.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable
from typing import Any

import authlib.deprecate  # it turns its own warnings on when imported: before our filter
import httpx

with warnings.catch_warnings():
    # authlib 1.9 prefers httpx2 and says so when it uses httpx, which it still supports
    warnings.simplefilter("ignore", authlib.deprecate.AuthlibDeprecationWarning)
    from authlib.integrations.base_client.errors import OAuthError
    from authlib.integrations.httpx_client import OAuth2Client

from facilitator.sync.clock import Clock
from facilitator.sync.errors import SignInNeeded
from facilitator.sync.http import send

log = logging.getLogger(__name__)

SCOPES = "user api:read api:write"
AUTHORIZE_PATH = "/oauth/authorize"
TOKEN_PATH = "/oauth/token"
REVOKE_PATH = "/oauth/revoke"


class ApiCredentials:
    """A machine user's key and secret: ``POST /api/sign_in``, the JWT from the answer's
    Authorization header, ``DELETE /api/sign_out`` to revoke it."""

    def __init__(self, client: httpx.Client, clock: Clock, key: str, secret: str) -> None:
        self._client = client
        self._clock = clock
        self._key = key
        self._secret = secret
        self._token: str | None = None

    def sign_in(self) -> None:
        response = send(
            self._client,
            "POST",
            "/api/sign_in",
            self._clock,
            data={"api_user[key]": self._key, "api_user[secret]": self._secret},
        )
        if response.status_code == 401:
            raise SignInNeeded(
                "The platform refused the API key and secret.",
                "La plateforme a refusé la clé et le secret d'API.",
            )
        header = response.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ").strip()
        if response.status_code != 200 or not token:
            raise SignInNeeded(
                f"Signing in to the API failed (HTTP {response.status_code}): is this a Decidim "
                "0.31 or newer with API credentials?",
                f"La connexion à l'API a échoué (HTTP {response.status_code}) : est-ce un "
                "Decidim 0.31 ou plus récent, avec des identifiants d'API ?",
            )
        self._token = token
        log.info("signed in with API credentials")

    def headers(self) -> dict[str, str]:
        if self._token is None:
            self.sign_in()
        return {"Authorization": f"Bearer {self._token}"}

    def renew(self) -> bool:
        self.sign_in()
        return True

    def sign_out(self) -> None:
        if self._token is None:
            return
        send(self._client, "DELETE", "/api/sign_out", self._clock, headers=self.headers())
        self._token = None


def oauth_client(
    base_url: str,
    client_id: str,
    http_transport: httpx.BaseTransport,
    timeout: float = 20.0,
    **kwargs: Any,
) -> OAuth2Client:
    """authlib's OAuth 2 client for a public application (PKCE S256), on our transport."""
    return OAuth2Client(
        client_id=client_id,
        scope=SCOPES,
        code_challenge_method="S256",
        token_endpoint_auth_method="none",
        base_url=base_url,
        transport=http_transport,
        timeout=timeout,
        **kwargs,
    )


class OAuthTokens:
    """A person's tokens: ``Authorization: Bearer`` and ``X-Jwt-Aud: <client id>``."""

    def __init__(
        self,
        client: OAuth2Client,
        client_id: str,
        token: dict[str, Any],
        on_refresh: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        self._client = client
        self.client_id = client_id
        self.token = token
        self._on_refresh = on_refresh

    def headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.token['access_token']}",
            "X-Jwt-Aud": self.client_id,
        }

    def renew(self) -> bool:
        refresh = self.token.get("refresh_token")
        if not refresh:
            return False
        try:
            token = self._client.refresh_token(TOKEN_PATH, refresh_token=refresh)
        except (OAuthError, httpx.HTTPError) as exc:
            log.info("token refresh refused: %s", type(exc).__name__)
            return False
        self.token = dict(token)
        if self._on_refresh is not None:
            self._on_refresh(self.token)
        log.info("OAuth token refreshed")
        return True

    def sign_out(self) -> None:
        for kind in ("refresh_token", "access_token"):
            value = self.token.get(kind)
            if value:
                try:
                    self._client.revoke_token(REVOKE_PATH, token=value, token_type_hint=kind)
                except (OAuthError, httpx.HTTPError) as exc:
                    log.info("revoking the %s failed: %s", kind, type(exc).__name__)


__all__ = ["ApiCredentials", "OAuth2Client", "OAuthError", "OAuthTokens", "oauth_client"]
