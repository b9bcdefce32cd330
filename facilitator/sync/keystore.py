"""Secrets of a platform in the OS keyring (never in the database, the logs or a file).

One entry per platform address: the API key and secret, or the OAuth client id and tokens.
``FACILITATOR_DECIDIM_API_KEY`` and ``FACILITATOR_DECIDIM_API_SECRET`` override it (scripts, CI).
"""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import urlsplit

import keyring
import keyring.errors
from keyring.backends import fail

from facilitator.sync.errors import NoKeyring, SyncError

SERVICE = "facilitator-decidim"
ENV_KEY = "FACILITATOR_DECIDIM_API_KEY"
ENV_SECRET = "FACILITATOR_DECIDIM_API_SECRET"


def platform_address(url: str) -> str:
    """``https://host[:port]`` of a platform, however it was typed (path, slash, case)."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(
            f"“{url}” is not a web address (e.g. https://participez.example.fr).",
            f"« {url} » n'est pas une adresse web (par exemple https://participez.exemple.fr).",
        )
    host = parts.hostname.lower()
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"


def env_credentials() -> tuple[str, str] | None:
    key, secret = os.environ.get(ENV_KEY, "").strip(), os.environ.get(ENV_SECRET, "")
    return (key, secret) if key and secret else None


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise NoKeyring.make()
    return backend


def has_keyring() -> bool:
    try:
        _backend()
    except NoKeyring:
        return False
    return True


def save(url: str, entry: dict[str, Any]) -> None:
    try:
        _backend().set_password(SERVICE, platform_address(url), json.dumps(entry))
    except keyring.errors.KeyringError as exc:
        raise NoKeyring.make() from exc


def load(url: str) -> dict[str, Any] | None:
    if not has_keyring():
        return None
    try:
        text = _backend().get_password(SERVICE, platform_address(url))
    except keyring.errors.KeyringError:
        return None
    if not text:
        return None
    data = json.loads(text)
    return data if isinstance(data, dict) else None


def delete(url: str) -> bool:
    if not has_keyring():
        return False
    try:
        _backend().delete_password(SERVICE, platform_address(url))
    except keyring.errors.PasswordDeleteError:
        return False
    return True
