"""The look of the control window: one type scale, one spacing, the colours of states and
themes, and a light and a dark palette that follow the system's colour scheme.

One fact, one place: every size, gap and colour the widgets use is named here. Qt 6.5+ tells
the system's scheme (``QStyleHints.colorScheme``) and signals its change; older Qt, or a
system that says nothing, gets the light palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: the type scale, as factors of the system's font size (1.0: body text)
BODY = 1.0
SMALL = 0.9
SECTION = 1.15
HEADING = 1.35
TITLE = 1.6

#: the spacing unit (pixels); margins and gaps are multiples of it
GAP = 6


@dataclass(frozen=True, slots=True)
class Scheme:
    """The colours of one scheme. Badge pairs are (background, text), legible together."""

    dark: bool
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    draft: tuple[str, str]
    open: tuple[str, str]
    closed: tuple[str, str]
    revealed: tuple[str, str]


LIGHT = Scheme(
    dark=False,
    window="#F4F5F7",
    base="#FFFFFF",
    alternate="#F1F3F6",
    text="#1F2328",
    muted="#59636E",
    button="#FAFBFC",
    highlight="#2563EB",
    highlighted_text="#FFFFFF",
    link="#1F4E8C",
    draft=("#E5E7EB", "#374151"),
    open=("#15803D", "#FFFFFF"),
    closed=("#DBEAFE", "#1E3A8A"),
    revealed=("#FEF3C7", "#78350F"),
)

DARK = Scheme(
    dark=True,
    window="#1E2126",
    base="#16181C",
    alternate="#22262C",
    text="#E6E8EB",
    muted="#A0A8B3",
    button="#2A2E35",
    highlight="#3B82F6",
    highlighted_text="#FFFFFF",
    link="#8AB4F8",
    draft=("#374151", "#E5E7EB"),
    open=("#22C55E", "#052E16"),
    closed=("#1E3A8A", "#DBEAFE"),
    revealed=("#78350F", "#FEF3C7"),
)


def system_is_dark() -> bool:
    """Whether the system asks for dark colours (Qt 6.5+; False when it cannot say)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is None:
        return False
    return bool(scheme() == Qt.ColorScheme.Dark)


def current() -> Scheme:
    """The scheme the app shows now."""
    return _state.scheme


class _State:
    scheme: Scheme = LIGHT


_state = _State()


def palette(scheme: Scheme) -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, scheme.window),
        (roles.WindowText, scheme.text),
        (roles.Base, scheme.base),
        (roles.AlternateBase, scheme.alternate),
        (roles.Text, scheme.text),
        (roles.Button, scheme.button),
        (roles.ButtonText, scheme.text),
        (roles.ToolTipBase, scheme.base),
        (roles.ToolTipText, scheme.text),
        (roles.PlaceholderText, scheme.muted),
        (roles.Highlight, scheme.highlight),
        (roles.HighlightedText, scheme.highlighted_text),
        (roles.Link, scheme.link),
        (roles.BrightText, "#FFFFFF"),
    ):
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor(scheme.muted))
    return p


def _stylesheet(scheme: Scheme) -> str:
    """Spacing and the few shapes a palette cannot say (rounded buttons, tabs, headers)."""
    border = "#3A3F47" if scheme.dark else "#C9CED6"
    return f"""
    QPushButton {{ padding: {GAP - 2}px {GAP * 2}px; border: 1px solid {border};
        border-radius: 5px; background: {scheme.button}; }}
    QPushButton:hover {{ border-color: {scheme.highlight}; }}
    QPushButton:default {{ border: 2px solid {scheme.highlight}; }}
    QPushButton:disabled {{ color: {scheme.muted}; }}
    QPushButton[primary="true"] {{ background: {scheme.highlight};
        color: {scheme.highlighted_text}; border-color: {scheme.highlight}; font-weight: bold; }}
    QPushButton[primary="true"]:disabled {{ background: {border}; color: {scheme.muted}; }}
    QTabBar::tab {{ padding: {GAP}px {GAP * 2}px; }}
    QHeaderView::section:horizontal {{ padding: {GAP // 2}px {GAP}px;
        background: {scheme.alternate}; border: none; border-bottom: 1px solid {border};
        font-weight: bold; }}
    QGroupBox {{ font-weight: bold; margin-top: {GAP * 2}px; border: 1px solid {border};
        border-radius: 6px; padding-top: {GAP}px; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: {GAP}px; padding: 0 {GAP // 2}px; }}
    QToolTip {{ color: {scheme.text}; background: {scheme.base}; border: 1px solid {border};
        padding: {GAP // 2}px; }}
    """


def apply(app: QApplication, scheme: Scheme | None = None) -> Scheme:
    """Show ``scheme`` (by default the system's) in the whole app."""
    chosen = scheme or (DARK if system_is_dark() else LIGHT)
    _state.scheme = chosen
    app.setStyle("Fusion")  # the one style whose palette is honoured on every system
    app.setPalette(palette(chosen))
    app.setStyleSheet(_stylesheet(chosen))
    from facilitator.ui import icons

    icons.clear_cache()
    return chosen


def follow_system(app: QApplication) -> QObject:
    """Apply the system's scheme now and whenever it changes; returns what listens."""
    apply(app)
    hints = QGuiApplication.styleHints()
    changed = getattr(hints, "colorSchemeChanged", None)
    if changed is not None:
        changed.connect(lambda scheme: apply(app, DARK if scheme == Qt.ColorScheme.Dark else LIGHT))
    return hints


def scaled(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """A font of the type scale for ``widget`` (set on it and returned)."""
    font = QFont(widget.font())
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor)
    font.setBold(bold)
    widget.setFont(font)
    return font
