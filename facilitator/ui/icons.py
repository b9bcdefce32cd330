"""The app's icons: Lucide's line icons (ISC licence), shipped in assets/icons/ui.

Each is drawn in the palette's text colour at the sizes asked, so it reads in the light and in
the dark scheme; the cache is emptied when the scheme changes (style.apply).
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from facilitator import resources


def path(name: str) -> Path:
    return resources.asset("icons", "ui", f"{name}.svg")


@cache
def _svg(name: str) -> bytes:
    return path(name).read_bytes()


@lru_cache(maxsize=512)
def _pixmap(name: str, size: int, colour: str) -> QPixmap:
    svg = _svg(name).replace(b"currentColor", colour.encode())
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


class _SchemeIcon(QIconEngine):
    """Draws the icon when asked, in the colours of the scheme shown then: an icon set on a
    button follows a switch from light to dark without anyone setting it again."""

    def __init__(self, name: str, colour: str | None) -> None:
        super().__init__()
        self.name = name
        self.colour = colour

    def _colour(self, mode: QIcon.Mode) -> str:
        from facilitator.ui import style

        scheme = style.current()
        if mode == QIcon.Mode.Disabled:
            return scheme.muted
        if mode == QIcon.Mode.Selected:
            return scheme.highlighted_text
        return self.colour or scheme.text

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        return _pixmap(self.name, side, self._colour(mode))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        painter.drawPixmap(rect.topLeft(), self.pixmap(QSize(side, side), mode, state))

    def clone(self) -> QIconEngine:
        return _SchemeIcon(self.name, self.colour)


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``name`` (a file of assets/icons/ui), in ``colour`` or the scheme's text
    (muted when disabled), drawn for the scheme shown when it is painted."""
    _svg(name)  # a name without its file fails here, where it is named
    return QIcon(_SchemeIcon(name, colour))


def clear_cache() -> None:
    """Forget the drawn icons (the scheme changed)."""
    _pixmap.cache_clear()


def swatch(colour: str, size: int = 14) -> QIcon:
    """A round swatch of a theme's colour (an empty ring for none)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour:
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor("#9AA0A6"))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(QPixmap.fromImage(image))
