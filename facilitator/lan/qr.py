"""QR codes for the join address, the room's Wi-Fi, and printed tickets."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from urllib.parse import urlsplit

import qrcode
import qrcode.constants

from facilitator.domain.errors import FacilitatorError

#: White margin around the code, in modules (the QR standard asks for 4).
QUIET_ZONE = 4


def qr_matrix(text: str, *, border: int = QUIET_ZONE) -> list[list[bool]]:
    """The code as rows of modules (True is dark), quiet zone included, for painting."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png_bytes(matrix: list[list[bool]], scale: int = 10) -> bytes:
    """A black-on-white greyscale PNG of a module matrix (no imaging library needed)."""
    size = len(matrix) * scale
    raw = bytearray()
    for row in matrix:
        line = bytearray([0])  # filter type: none
        for dark in row:
            line.extend(([0] if dark else [255]) * scale)
        raw.extend(bytes(line) * scale)
    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + _png_chunk(b"IEND", b"")
    )


def write_qr_png(text: str, path: Path, scale: int = 10) -> None:
    """Write the QR code of ``text`` as a PNG file (for printing or a slide)."""
    try:
        path.write_bytes(png_bytes(qr_matrix(text), scale))
    except OSError as exc:
        raise FacilitatorError(
            f"Cannot write the QR code to {path}: {exc.strerror}.",
            f"Impossible d'écrire le QR code dans {path} : {exc.strerror}.",
        ) from exc


def _escape_wifi(value: str) -> str:
    out = []
    for char in value:
        if char in '\\;,:"':
            out.append("\\")
        out.append(char)
    return "".join(out)


def wifi_payload(ssid: str, password: str, security: str = "WPA") -> str:
    """The payload phones understand to join a Wi-Fi network by scanning a code."""
    security = security.upper() if security else "nopass"
    if not password:
        security = "nopass"
    parts = [f"T:{security}", f"S:{_escape_wifi(ssid)}"]
    if security != "nopass":
        parts.append(f"P:{_escape_wifi(password)}")
    return "WIFI:" + ";".join(parts) + ";;"


def short_address(join_url: str) -> str:
    """The join address as people type it: no ``http://``, no trailing slash."""
    parts = urlsplit(join_url)
    text = parts.netloc + parts.path
    if parts.query:
        text += "?" + parts.query
    return text.rstrip("/")
