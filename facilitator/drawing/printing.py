"""Printing on paper with Qt, with or without a display: the one headless set-up, A4 writers.

Qt's PDF writer needs a QGuiApplication (for fonts), which a command line or a worker thread
does not have: one is made once, on the offscreen platform when Linux has no display, and
shut down before the interpreter tears Qt down (PySide may crash at exit otherwise).
"""

from __future__ import annotations

import atexit
import os
import sys

from PySide6.QtCore import QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from facilitator import resources

#: Resolution of everything printed (ticket cards, the report): millimetres become pixels.
DPI = 300

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Make the QGuiApplication printing needs when the process has none (and its fonts)."""
    global _app
    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([sys.argv[0] if sys.argv else "facilitator"])
        atexit.register(_drop_gui_application)
    resources.register_fonts()


def _drop_gui_application() -> None:
    global _app
    if _app is not None:
        _app.shutdown()
        _app = None


def mm(value: float) -> float:
    """Millimetres on paper, in the writer's pixels."""
    return value * DPI / 25.4


def a4_writer(
    target: str | QIODevice, title: str, margins_mm: tuple[float, float, float, float]
) -> QPdfWriter:
    """A PDF writer for A4 portrait pages at :data:`DPI`, margins (left, top, right, bottom)."""
    ensure_gui_application()
    writer = QPdfWriter(target)
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("Facilitator")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer
