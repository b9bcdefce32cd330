"""A QR code widget (the projector's join and Wi-Fi codes), painted by the one QR painter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.drawing.qr import QUIET_ZONE, paint_matrix, qr_matrix


class QrCode(QWidget):
    """A QR code painted square, black on white with its quiet zone, as large as it fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    def set_text(self, text: str) -> None:
        self._matrix = qr_matrix(text, border=QUIET_ZONE) if text else []
        self.setAccessibleDescription(text)
        self.update()

    def has_code(self) -> bool:
        return bool(self._matrix)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        # whole pixels a module: a projector blurs fractions into grey seams
        module = min(self.width(), self.height()) // len(self._matrix)
        if module < 1:
            return
        extent = module * len(self._matrix)
        left = (self.width() - extent) // 2
        top = (self.height() - extent) // 2
        painter = QPainter(self)
        paint_matrix(painter, self._matrix, QRectF(left, top, extent, extent))
        painter.end()
