"""Signing in to a platform and out again, for the command line and the app alike.

Secrets go to the OS keyring only (:mod:`facilitator.sync.keystore`); a sign-in that the
platform does not confirm (``session { user }``) is forgotten at once.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable
from typing import Any

from facilitator.sync import keystore, platform
from facilitator.sync.errors import NoKeyring, SignInNeeded, SyncError
from facilitator.sync.oauth import browser_sign_in
from facilitator.sync.platform import User
from facilitator.sync.session import open_session


def _confirmed(base: str, user: User | None) -> User:
    if user is None:
        keystore.delete(base)
        raise SignInNeeded(
            "The platform accepted the sign-in but does not know the user (is the API "
            "configured for it?).",
            "La plateforme a accepté la connexion mais ne reconnaît pas l'utilisateur (son API "
            "est-elle configurée pour cela ?).",
        )
    return user


def with_api_credentials(url: str, key: str, secret: str, **session: Any) -> User:
    """Check API credentials with the platform, then keep them in the keyring."""
    base = keystore.platform_address(url)
    if not keystore.has_keyring():
        raise NoKeyring.make()
    if not key.strip() or not secret:
        raise SignInNeeded(
            "Give both the API key and its secret.", "Indiquez la clé d'API et son secret."
        )
    keystore.save(base, {"kind": "api", "key": key.strip(), "secret": secret})
    try:
        with open_session(base, **session) as opened:
            user = platform.whoami(opened.gql)
            opened.sign_out()  # this check's token; a sync signs in again with the secret
    except SyncError:
        keystore.delete(base)
        raise
    return _confirmed(base, user)


def with_browser(
    url: str,
    client_id: str,
    *,
    open_browser: Callable[[str], object] = webbrowser.open,
    timeout: float = 300.0,
    stop: threading.Event | None = None,
    **session: Any,
) -> User:
    """OAuth 2 + PKCE in the system browser; the tokens go to the keyring."""
    base = keystore.platform_address(url)
    if not client_id.strip():
        raise SignInNeeded(
            "The platform's OAuth application id for Facilitator is needed (its system "
            "administrators create it), or API credentials.",
            "Il faut l'identifiant de l'application OAuth de la plateforme pour Facilitator "
            "(ses administrateurs système la créent), ou des identifiants d'API.",
        )
    if not keystore.has_keyring():
        raise NoKeyring.make()
    with open_session(base, anonymous=True, **session) as opened:
        token = browser_sign_in(
            opened.oauth(client_id.strip()), open_browser=open_browser, timeout=timeout, stop=stop
        )
    keystore.save(base, {"kind": "oauth", "client_id": client_id.strip(), "token": token})
    with open_session(base, **session) as opened:
        return _confirmed(base, platform.whoami(opened.gql))


def sign_out(url: str, **session: Any) -> str | None:
    """Revoke what the platform issued and forget the secret; a revocation that fails is
    returned as a message (the secret is forgotten anyway)."""
    base = keystore.platform_address(url)
    entry = keystore.load(base)
    problem = None
    if entry is not None:
        with open_session(base, **session) as opened:
            try:
                if entry.get("kind") == "oauth":
                    opened.sign_out()
            except SyncError as exc:
                problem = str(exc)
        keystore.delete(base)
    return problem


def signed_in_as(url: str, **session: Any) -> User | None:
    """Who the kept credentials (or the environment's) sign in as; None without any."""
    with open_session(url, **session) as opened:
        if opened.auth is None:
            return None
        user = platform.whoami(opened.gql)
        if not hasattr(opened.auth, "client_id"):
            opened.sign_out()  # API tokens: revoke this check's token
        return user


def credentials_kind(url: str) -> str | None:
    """ "environment", "api", "oauth", or None: what a sync would sign in with."""
    if keystore.env_credentials() is not None:
        return "environment"
    entry = keystore.load(url)
    return str(entry.get("kind")) if entry else None
