"""The one QR painter: a code's modules from its text, painted black on white into a square.

QtGui only (a :class:`QPainter` on a PDF page, an image or a widget), so every layer that
draws can use it: the printed report (export), ticket cards (lan), the projector (ui).
"""

from __future__ import annotations

import qrcode
import qrcode.constants
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

#: White margin around the code, in modules (the QR standard asks for 4).
QUIET_ZONE = 4


def qr_matrix(text: str, *, border: int = QUIET_ZONE) -> list[list[bool]]:
    """The code as rows of modules (True is dark), quiet zone included."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def paint_qr(painter: QPainter, text: str, rect: QRectF, *, border: int = QUIET_ZONE) -> None:
    """Paint the code of ``text`` as the largest square that fits ``rect``, at its top left."""
    matrix = qr_matrix(text, border=border)
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
