"""The app's icons: Lucide's line icons (ISC licence), shipped in assets/icons/ui.

Each is drawn in the palette's text colour at the sizes asked, so it reads in the light and in
the dark scheme; the cache is emptied when the scheme changes (style.apply).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from facilitator import resources

SIZES = (16, 20, 24, 32, 48)


def path(name: str) -> Path:
    return resources.asset("icons", "ui", f"{name}.svg")


@cache
def _svg(name: str) -> bytes:
    return path(name).read_bytes()


def _pixmap(name: str, size: int, colour: str) -> QPixmap:
    svg = _svg(name).replace(b"currentColor", colour.encode())
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


_cache: dict[tuple[str, str], QIcon] = {}


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``name`` (a file of assets/icons/ui), in ``colour`` or the scheme's text."""
    from facilitator.ui import style

    scheme = style.current()
    wanted = colour or scheme.text
    key = (name, wanted)
    found = _cache.get(key)
    if found is None:
        found = QIcon()
        for size in SIZES:
            found.addPixmap(_pixmap(name, size, wanted), QIcon.Mode.Normal)
            found.addPixmap(_pixmap(name, size, scheme.muted), QIcon.Mode.Disabled)
        _cache[key] = found
    return found


def clear_cache() -> None:
    _cache.clear()


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
