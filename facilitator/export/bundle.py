"""Meeting bundle files: one meeting (or several) and everything in it, carried by USB.

A bundle is a zip holding ``manifest.json`` (format name, format version, creation time, app
version, the payload's size and SHA-256) and ``payload.json`` (the meetings' snapshots, see
:mod:`facilitator.storage.bundle_snapshot`). Reading checks all of it before anything is merged:
a corrupt, truncated, foreign or newer file is refused with a clear message.

Format 2 carries each record's field registers, so a merge can tell which laptop edited what
(docs/bundles.md); format 1 files (no registers) still import, their rows taken as first shared.
Nothing is recorded when a bundle is written: what the other laptop has seen is only known from
what it sends back.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator import __version__
from facilitator.domain.model import now
from facilitator.storage.bundles import BundleError

FORMAT = "facilitator-meeting-bundle"
VERSION = 2
MANIFEST = "manifest.json"
PAYLOAD = "payload.json"
#: Bigger payloads are refused rather than read into memory (a meeting is far smaller).
MAX_PAYLOAD = 1 << 30
MAX_MANIFEST = 1 << 20


@dataclass(frozen=True, slots=True)
class Bundle:
    manifest: dict[str, Any]
    snapshots: list[Any]

    @property
    def created_at(self) -> str:
        return str(self.manifest.get("created_at", ""))


def _foreign(path: Path) -> BundleError:
    return BundleError(
        f"{path.name} is not a Facilitator meeting file. Nothing was imported.",
        f"{path.name} n'est pas un fichier de réunion Facilitator. Rien n'a été importé.",
    )


def _corrupt(path: Path, detail: str) -> BundleError:
    return BundleError(
        f"{path.name} is damaged or incomplete ({detail}); copy it again from the other "
        "laptop. Nothing was imported.",
        f"{path.name} est endommagé ou incomplet ({detail}) ; copiez-le à nouveau depuis "
        "l'autre ordinateur. Rien n'a été importé.",
    )


def write_bundle(snapshots: list[dict[str, Any]], path: Path) -> dict[str, Any]:
    """Write ``snapshots`` as a bundle at ``path`` (the caller makes it atomic)."""
    payload = json.dumps(
        {"meetings": snapshots}, ensure_ascii=False, separators=(",", ":")
    ).encode()
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": now().isoformat(),
        "app_version": __version__,
        "payload": {
            "name": PAYLOAD,
            "size": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
        },
        "meetings": [{"id": s["meeting"]["id"], "title": s["meeting"]["title"]} for s in snapshots],
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        zf.writestr(PAYLOAD, payload)
    return manifest


def read_bundle(path: Path) -> Bundle:
    """Read and check a bundle file, or raise :class:`BundleError`."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except FileNotFoundError as exc:
        raise BundleError(f"{path} does not exist.", f"Le fichier {path} n'existe pas.") from exc
    except IsADirectoryError as exc:
        raise _foreign(path) from exc
    except OSError as exc:
        raise BundleError(
            f"Cannot read {path}: {exc.strerror}.", f"Impossible de lire {path} : {exc.strerror}."
        ) from exc
    if magic != b"PK\x03\x04":
        if not magic:
            raise _corrupt(path, "empty file")
        raise _foreign(path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names:
                raise _foreign(path)
            if zf.getinfo(MANIFEST).file_size > MAX_MANIFEST:
                raise _foreign(path)
            try:
                manifest = json.loads(zf.read(MANIFEST))
            except (ValueError, UnicodeDecodeError) as exc:
                raise _corrupt(path, "manifest") from exc
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise _foreign(path)
            version = manifest.get("version")
            if not isinstance(version, int) or version < 1:
                raise _corrupt(path, "format version")
            if version > VERSION:
                raise BundleError(
                    f"{path.name} was made by a newer version of Facilitator (bundle format "
                    f"{version}). Update Facilitator to import it. Nothing was imported.",
                    f"{path.name} a été créé par une version plus récente de Facilitator "
                    f"(format {version}). Mettez Facilitator à jour pour l'importer. Rien n'a "
                    "été importé.",
                )
            described = manifest.get("payload")
            if not isinstance(described, dict) or PAYLOAD not in names:
                raise _corrupt(path, "no payload")
            size = zf.getinfo(PAYLOAD).file_size
            if size > MAX_PAYLOAD or size != described.get("size"):
                raise _corrupt(path, "payload size")
            payload = zf.read(PAYLOAD)
    except zipfile.BadZipFile as exc:
        raise _corrupt(path, "not a complete zip file") from exc
    except (EOFError, zipfile.LargeZipFile) as exc:
        raise _corrupt(path, "truncated") from exc
    except OSError as exc:
        raise _corrupt(path, exc.strerror or "read error") from exc
    if hashlib.sha256(payload).hexdigest() != described.get("sha256"):
        raise _corrupt(path, "checksum mismatch")
    try:
        content = json.loads(payload)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _corrupt(path, "payload") from exc
    if not isinstance(content, dict) or not isinstance(content.get("meetings"), list):
        raise _corrupt(path, "no meetings")
    return Bundle(manifest=manifest, snapshots=content["meetings"])


def source_label(path: Path, bundle: Bundle) -> str:
    """How conflicts name where an incoming value came from."""
    created = bundle.created_at
    try:
        created = datetime.fromisoformat(created).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        pass
    return f"{path.name} ({created})" if created else path.name
