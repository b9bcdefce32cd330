"""The QR codes the projector shows (joining the meeting, joining the Wi-Fi), painted large.

The phone module (``facilitator.lan.qr``) makes them when this build has it; the same library
does otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.ui.phone_control import load_lan_module


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) modules, without the quiet zone."""
    module = load_lan_module("qr")
    if module is not None and hasattr(module, "qr_matrix"):
        return [list(map(bool, row)) for row in module.qr_matrix(text, border=0)]
    import qrcode  # the phone module's own helper is preferred; this is the same library

    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return [list(map(bool, row)) for row in code.get_matrix()]


def wifi_payload(ssid: str, password: str) -> str:
    module = load_lan_module("qr")
    if module is not None and hasattr(module, "wifi_payload"):
        return str(module.wifi_payload(ssid, password))

    def escape(value: str) -> str:
        for char in '\\;,:"':
            value = value.replace(char, "\\" + char)
        return value

    return f"WIFI:T:WPA;S:{escape(ssid)};P:{escape(password)};;"


def short_address(join_url: str) -> str:
    module = load_lan_module("qr")
    if module is not None and hasattr(module, "short_address"):
        return str(module.short_address(join_url))
    return join_url.split("://", 1)[-1]


class QrCode(QWidget):
    """A QR code painted square, black on white with its quiet zone, as large as it fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    def set_text(self, text: str) -> None:
        self._matrix = qr_matrix(text) if text else []
        self.setAccessibleDescription(text)
        self.update()

    def has_code(self) -> bool:
        return bool(self._matrix)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        size = len(self._matrix) + 8  # four modules of quiet zone each side
        side = min(self.width(), self.height())
        module = side // size
        if module < 1:
            painter.end()
            return
        extent = module * size
        left = (self.width() - extent) // 2
        top = (self.height() - extent) // 2
        painter.fillRect(left, top, extent, extent, QColor("#ffffff"))
        black = QColor("#000000")
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        QRectF(left + (x + 4) * module, top + (y + 4) * module, module, module),
                        black,
                    )
        painter.end()
