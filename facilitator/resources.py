"""Where the files the app ships with are (phone page, translations, icons, fonts), and its fonts.

In a source checkout (or an editable install) they sit in ``assets/`` beside the package; in a
frozen build, PyInstaller unpacks nothing and sets ``sys._MEIPASS`` to the folder that holds them.
Every lookup goes through here, so the two layouts differ in one place only.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

log = logging.getLogger(__name__)


def assets_dir() -> Path:
    """The folder holding ``web/``, ``translations/``, ``icons/`` and ``fonts/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def asset(*parts: str) -> Path:
    """A path inside the assets folder, e.g. ``asset("icons", "facilitator.svg")``."""
    return assets_dir().joinpath(*parts)


def is_frozen() -> bool:
    """True in the PyInstaller build."""
    return getattr(sys, "frozen", False) is True


_fonts_lock = threading.Lock()
_fonts_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Add the bundled fonts (``assets/fonts``) to Qt's font database, once per process.

    The printed report and ticket cards name DejaVu Sans; shipping it means they look the same
    on every computer and still have text on one that has no such font (or none at all). Needs
    a QGuiApplication; Qt's font database may be used from any thread. Returns the families.
    """
    global _fonts_registered
    with _fonts_lock:
        if _fonts_registered is None:
            from PySide6.QtGui import QFontDatabase

            families: set[str] = set()
            for path in sorted(asset("fonts").glob("*.ttf")):
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id < 0:
                    log.warning("Qt could not load the bundled font %s", path)
                    continue
                families.update(QFontDatabase.applicationFontFamilies(font_id))
            _fonts_registered = sorted(families)
        return list(_fonts_registered)
