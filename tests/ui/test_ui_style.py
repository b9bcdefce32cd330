"""One look: light and dark palettes that follow the system, icons drawn for the palette."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from facilitator import resources
from facilitator.ui import icons, style

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    before_palette, before_sheet = qapp.palette(), qapp.styleSheet()
    hints = QGuiApplication.styleHints()
    try:
        yield qapp
    finally:
        hints.unsetColorScheme()
        qapp.setStyleSheet(before_sheet)
        qapp.setPalette(before_palette)
        style.apply(qapp, style.LIGHT)
        qapp.setStyleSheet(before_sheet)
        qapp.setPalette(before_palette)


def _window_is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def test_the_app_follows_the_system_colour_scheme(qtbot, styled: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    style.follow_system(styled)
    assert not _window_is_dark(styled) and style.current() is style.LIGHT
    # the system switching to dark, as Qt tells it (the offscreen platform has no system
    # scheme to switch, so the signal it would send is sent here)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: _window_is_dark(styled))
    assert style.current() is style.DARK
    text = styled.palette().color(QPalette.ColorRole.Text)
    assert text.lightness() > 160, "light text on the dark window"


def test_icons_are_drawn_in_the_palette_text_colour(styled: QApplication) -> None:
    style.apply(styled, style.LIGHT)
    vote = icons.icon("vote")  # set once on a button, it must follow the scheme
    for scheme in (style.LIGHT, style.DARK, style.LIGHT):
        style.apply(styled, scheme)
        image = vote.pixmap(48, 48).toImage()
        inked = [
            image.pixelColor(x, y)
            for x in range(48)
            for y in range(48)
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert inked, "the icon draws something"
        lightness = sum(c.lightness() for c in inked) / len(inked)
        assert (lightness > 150) is scheme.dark


def test_the_icons_shipped_are_the_ones_used_with_their_licence() -> None:
    """Lucide's licence beside the icons; no icon shipped that the app never names (one it
    names but lacks fails every test that shows it: icons.icon reads the file)."""
    folder = resources.asset("icons", "ui")
    assert "ISC License" in (folder / "LICENSE").read_text(encoding="utf-8")
    source = "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "facilitator" / "ui").glob("*.py")
    )
    shipped = sorted(p.stem for p in folder.glob("*.svg"))
    assert len(shipped) > 20
    assert [name for name in shipped if f'"{name}"' not in source] == []


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_primary_button_reads_in_both_schemes(qtbot, styled: QApplication) -> None:
    """The filled button's words against what Fusion actually paints behind them (WCAG AA:
    4.5:1), after the scheme changes under a button made before."""
    style.apply(styled, style.LIGHT)
    button = style.make_primary(QPushButton("Créer ma première réunion"))
    qtbot.addWidget(button)
    button.setDefault(True)
    button.resize(260, 34)
    for scheme in (style.LIGHT, style.DARK):
        style.apply(styled, scheme)
        image = button.grab().toImage()
        text = button.palette().color(QPalette.ColorRole.ButtonText)
        # beside the words, inside the frame: the fill, top, middle and bottom
        fill = [image.pixelColor(6, y) for y in (6, image.height() // 2, image.height() - 7)]
        worst = min(_contrast(text, colour) for colour in fill)
        assert worst >= 4.5, (scheme.dark, [c.name() for c in fill], round(worst, 2))


def test_a_disabled_primary_button_does_not_stand_out(qtbot, styled: QApplication) -> None:
    button = style.make_primary(QPushButton("Ouvrir le vote"))
    qtbot.addWidget(button)
    assert button.font().bold()
    button.setEnabled(False)  # the poll is open: nothing to press here
    assert not button.font().bold()
    button.setEnabled(True)
    assert button.font().bold()
