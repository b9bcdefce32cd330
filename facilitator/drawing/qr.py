"""The one QR module: what a code says (the join address, the room's Wi-Fi), its modules, and
painting them black on white into a square with any QPainter (a PDF page, an image, a widget).

QtGui only, and only to paint (``facilitator serve`` makes its PNG without loading Qt), so
every layer that draws can use it: the printed report (export), ticket cards and PNG files
(lan), the projector (ui).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import qrcode
import qrcode.constants

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

#: White margin around the code, in modules (the QR standard asks for 4).
QUIET_ZONE = 4

Matrix = Sequence[Sequence[bool]]


def qr_matrix(text: str, *, border: int = QUIET_ZONE) -> list[list[bool]]:
    """The code as rows of modules (True is dark), quiet zone included."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def paint_matrix(painter: QPainter, matrix: Matrix, rect: QRectF) -> None:
    """Paint a code's modules as the largest square that fits ``rect``, at its top left."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    if not matrix:
        return
    side = min(rect.width(), rect.height())
    cell = side / len(matrix)
    painter.fillRect(QRectF(rect.left(), rect.top(), side, side), QColor("white"))
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                # a hair wider than the cell, so no seam shows between neighbours
                painter.fillRect(
                    QRectF(rect.left() + x * cell, rect.top() + y * cell, cell + 0.5, cell + 0.5),
                    black,
                )


def paint_qr(painter: QPainter, text: str, rect: QRectF, *, border: int = QUIET_ZONE) -> None:
    """Paint the code of ``text`` as the largest square that fits ``rect``, at its top left."""
    paint_matrix(painter, qr_matrix(text, border=border), rect)


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
    """An address as people type it: no ``http://``, no trailing slash."""
    parts = urlsplit(join_url)
    text = parts.netloc + parts.path
    if parts.query:
        text += "?" + parts.query
    return text.rstrip("/")


def laptop_address(join_url: str) -> str:
    """Only the laptop's part of an address (``192.168.1.20:8765``): typed before the code."""
    return urlsplit(join_url).netloc
