"""UI test fixtures: offscreen Qt, a session on a fresh workspace, and no Qt warning let through."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything loads Qt

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QtMsgType
from PySide6.QtWidgets import QApplication

from facilitator.domain.errors import set_language
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo
from facilitator.ui import i18n, style
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session

#: Messages the offscreen platform prints that say nothing about our code.
HARMLESS = (
    "This plugin does not support",
    "propagateSizeHints",
    "QFont::setPointSizeF: Point size <= 0",
)


@pytest.fixture(scope="session", autouse=True)
def _the_apps_look(qapp: QApplication) -> None:
    """The look the app starts with (style.follow_system on a light system): what is measured
    for fit and legibility is what a user sees."""
    style.apply(qapp, style.LIGHT)


@pytest.fixture(autouse=True)
def _fail_on_qt_warnings(qtlog: object) -> Iterator[None]:
    """Like qutebrowser's qt_log_level_fail: an unexpected Qt warning fails the test."""
    set_language("en")
    yield
    records = getattr(qtlog, "records", [])
    bad = [
        r.message
        for r in records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not any(h in r.message for h in HARMLESS)
    ]
    assert not bad, f"unexpected Qt warnings: {bad}"


@pytest.fixture
def session(qtbot: object, data_dir: Path) -> Iterator[Session]:
    workspace = Workspace.open(data_dir)
    session = Session(workspace, data_dir)
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def window(qtbot: object, session: Session) -> Iterator[MainWindow]:
    """The window of someone who has used the app before (no first-run welcome: that one is
    tests/ui/test_ui_first_meeting.py's)."""
    from facilitator.ui import welcome

    session.settings.set(welcome.WELCOME_DONE, True)
    window = MainWindow(session)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    try:
        yield window
    finally:
        if window.projector is not None:
            window.projector.close()
        window.close()


@pytest.fixture
def settle(qtbot: object, session: Session) -> object:
    """Waits until every write asked of the session (and its undo or redo) is on disk and the
    views have heard of it: writes run off the event loop."""
    return lambda: qtbot.waitUntil(lambda: not session.busy, timeout=5000)  # type: ignore[attr-defined]


@pytest.fixture
def meeting_id(session: Session) -> str:
    from facilitator.domain.model import Meeting

    return session.ws.meetings.create(Meeting(title="Réunion de test")).id


@pytest.fixture
def demo_id(session: Session) -> str:
    return create_demo(session.ws).id


@pytest.fixture
def type_text(qtbot: object) -> object:
    """Types text key by key. QTest asserts on non-ASCII keys, so accented letters are sent
    as key events carrying their text, the way a French keyboard delivers them."""
    return lambda widget, text: _type_text(qtbot, widget, text)


def _type_text(qtbot: object, widget: object, text: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)  # type: ignore[attr-defined]
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The interface in French (the catalogue compiled into the test's cache)."""
    translators = i18n.install(qapp, "fr", tmp_path / "cache")
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        set_language("en")


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """Each test that takes it runs in French, then in English (with its plurals catalogue)."""
    translators = i18n.install(qapp, request.param, tmp_path / "cache")
    try:
        yield request.param
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        set_language("en")
