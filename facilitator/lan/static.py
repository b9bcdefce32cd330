"""The phone page's files: read once at start, served from memory, gzipped, with an ETag."""

from __future__ import annotations

import gzip
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response

from facilitator import resources
from facilitator.lan import errors
from facilitator.storage.errors import StorageError

#: The files a phone may ask for by name. A fixed list: no path is ever built from a request.
STATIC = {
    "app.js": "application/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
    "icon.svg": "image/svg+xml",
}
PAGE = "index.html"


def assets_dir() -> Path:
    """Where the phone page lives: beside the package, or inside a frozen build."""
    env = os.environ.get("FACILITATOR_WEB_ASSETS")
    if env:
        return Path(env)
    return resources.asset("web")


@dataclass(frozen=True)
class Asset:
    body: bytes
    gzipped: bytes
    content_type: str
    etag: str


class Assets:
    """The page and its files, loaded from ``folder`` (default: :func:`assets_dir`)."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or assets_dir()
        self._files: dict[str, Asset] = {}
        for name, content_type in {**STATIC, PAGE: "text/html; charset=utf-8"}.items():
            path = folder / name
            if not path.is_file():
                continue
            body = path.read_bytes()
            digest = hashlib.sha256(body).hexdigest()[:16]
            self._files[name] = Asset(
                body, gzip.compress(body, 9, mtime=0), content_type, f'"{digest}"'
            )
        if PAGE not in self._files or "app.js" not in self._files:
            raise StorageError(
                f"The phone page is missing from {folder}; reinstall Facilitator.",
                f"La page des téléphones est absente de {folder} ; réinstallez Facilitator.",
            )

    def response(self, request: Request, name: str) -> Response:
        """The file ``name`` for this request: 304 when the phone has it, gzip when it can."""
        asset = self._files.get(name)
        if asset is None:
            return errors.NOT_FOUND.response()
        headers = {"etag": asset.etag, "cache-control": "no-cache", "vary": "accept-encoding"}
        if request.headers.get("if-none-match") == asset.etag:
            return Response(status_code=304, headers=headers)
        body = asset.body
        if "gzip" in request.headers.get("accept-encoding", ""):
            body = asset.gzipped
            headers["content-encoding"] = "gzip"
        return Response(body, media_type=asset.content_type, headers=headers)
