"""QR codes as PNG files (``facilitator serve --qr-png``); the codes themselves and what they
say come from :mod:`facilitator.drawing.qr`, the one QR module.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from facilitator.domain.errors import FacilitatorError
from facilitator.drawing.qr import qr_matrix, short_address, wifi_payload

__all__ = ["png_bytes", "qr_matrix", "short_address", "wifi_payload", "write_qr_png"]


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
