"""A connection to one platform: the rate-limited HTTP client, the signed-in GraphQL client,
and the credentials found for it (environment variables first, then the OS keyring)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from facilitator.sync import keystore
from facilitator.sync.auth import ApiCredentials, OAuth2Client, OAuthTokens, oauth_client
from facilitator.sync.clock import Clock, RateLimit, SystemClock
from facilitator.sync.graphql import GraphQL
from facilitator.sync.http import LimitedTransport, make_client


@dataclass
class Session:
    base: str
    client: httpx.Client
    limit: RateLimit
    gql: GraphQL
    auth: ApiCredentials | OAuthTokens | None
    clock: Clock

    @property
    def requests(self) -> int:
        return self.limit.count

    def oauth(self, client_id: str, **kwargs: Any) -> OAuth2Client:
        """authlib's client for this platform, on the same rate-limited transport."""
        return oauth_client(self.base, client_id, self.client._transport, **kwargs)

    def sign_out(self) -> None:
        """Revoke what the platform issued (the API token, or the OAuth tokens)."""
        if self.auth is not None:
            self.auth.sign_out()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_session(
    url: str,
    *,
    clock: Clock | None = None,
    per_minute: int = 100,
    timeout: float = 20.0,
    transport: httpx.BaseTransport | None = None,
    anonymous: bool = False,
) -> Session:
    base = keystore.platform_address(url)
    clock = clock or SystemClock()
    limit = RateLimit(clock, per_minute)
    client = make_client(base, limit, timeout=timeout, inner=transport)
    session = Session(base, client, limit, GraphQL(client, clock), None, clock)
    if anonymous:
        return session
    env = keystore.env_credentials()
    entry = None if env else keystore.load(base)
    if env is not None:
        session.auth = ApiCredentials(client, clock, *env)
    elif entry is not None and entry.get("kind") == "api":
        session.auth = ApiCredentials(client, clock, entry["key"], entry["secret"])
    elif entry is not None and entry.get("kind") == "oauth":
        client_id = str(entry["client_id"])

        def keep(token: dict[str, Any]) -> None:
            keystore.save(base, {"kind": "oauth", "client_id": client_id, "token": token})

        transport_ = client._transport
        assert isinstance(transport_, LimitedTransport)
        session.auth = OAuthTokens(
            oauth_client(base, client_id, transport_, timeout=timeout),
            client_id,
            dict(entry["token"]),
            on_refresh=keep,
        )
    session.gql.auth = session.auth
    return session
