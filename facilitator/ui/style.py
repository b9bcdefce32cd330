"""The look of the control window: one type scale, one spacing, the colours of states and
themes, and a light and a dark palette that follow the system's colour scheme (no style
sheet: palettes and fonts only, see :func:`make_primary`).

One fact, one place: every size, gap and colour the widgets use is named here. Qt 6.5+ tells
the system's scheme (``QStyleHints.colorScheme``) and signals its change; older Qt, or a
system that says nothing, gets the light palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

#: the type scale, as factors of the system's font size (1.0: body text)
BODY = 1.0
SMALL = 0.9
SECTION = 1.15
HEADING = 1.35
TITLE = 1.6

#: the spacing unit (pixels): Fusion's own gap between widgets, so the panels built with it
#: and Qt's layouts agree; margins and gaps are multiples of it
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


def make_primary(button: QPushButton) -> QPushButton:
    """The one button of a screen the user most likely wants next: filled with the highlight
    colour, in bold (kept in the scheme's colours when it changes).

    A palette on the button rather than a style sheet: an application style sheet sends every
    widget through Qt's style sheet style, which costs start-up time and every paint.
    """
    button.setProperty(_PRIMARY, True)  # found again when the scheme changes
    _paint_primary(button, current())
    button.installEventFilter(_BoldWhileEnabled.instance())
    _embolden(button)
    return button


def _embolden(button: QPushButton) -> None:
    font = button.font()
    font.setBold(button.isEnabled())
    button.setFont(font)


class _BoldWhileEnabled(QObject):
    """A disabled primary button drops its bold: bold and greyed, it still looked like the
    one to press, more than the enabled buttons beside it (Open voting once open)."""

    _one: _BoldWhileEnabled | None = None

    @classmethod
    def instance(cls) -> _BoldWhileEnabled:
        if cls._one is None:
            cls._one = cls(QApplication.instance())
        return cls._one

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QPushButton):
            _embolden(watched)
        return False


def _paint_primary(button: QPushButton, scheme: Scheme) -> None:
    colours = button.palette()
    # Fusion paints a button as a gradient of lighter, paler shades of its colour: from the
    # highlight itself it washes out (white text on pale blue, 2:1); from half its
    # brightness it comes out a plain blue that white text reads on (5:1 and more)
    colours.setColor(QPalette.ColorRole.Button, QColor(scheme.highlight).darker(200))
    colours.setColor(QPalette.ColorRole.ButtonText, QColor(scheme.highlighted_text))
    colours.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(scheme.alternate)
    )
    colours.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(scheme.muted)
    )
    button.setPalette(colours)


#: the property that marks a primary button (the application knows its live widgets; a list
#: kept here would outlive the buttons Qt deletes)
_PRIMARY = "facilitator-primary"


def apply(app: QApplication, scheme: Scheme | None = None) -> Scheme:
    """Show ``scheme`` (by default the system's) in the whole app."""
    chosen = scheme or (DARK if system_is_dark() else LIGHT)
    _state.scheme = chosen
    if app.style().name().casefold() != "fusion":
        app.setStyle("Fusion")  # the one style whose palette is honoured on every system
    app.setPalette(palette(chosen))
    for widget in app.allWidgets():
        if isinstance(widget, QPushButton) and widget.property(_PRIMARY):
            _paint_primary(widget, chosen)
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
