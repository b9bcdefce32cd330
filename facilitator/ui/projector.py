"""The projector window: what the room sees (:class:`RoomScreen`), full screen on the room's
second screen, readable from ten metres.

High contrast, light or dark (D), full screen (F11), on the screen it was last put on
(Ctrl+Shift+Right moves it to the next screen), the ideas wall or the poll (W), and P to
switch to the presenter view on a laptop with one screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator.domain.room import IdeasWall, RoomView
from facilitator.ui import settings
from facilitator.ui.room_feed import RoomFeed
from facilitator.ui.room_screen import RoomScreen
from facilitator.ui.session import Session

log = logging.getLogger(__name__)


def join_details(session: Session, meeting_id: str | None) -> tuple[str, tuple[str, str] | None]:
    """The join URL while phone voting runs for this meeting, and the Wi-Fi to show."""
    server: Any = session.phone_server if session.phone_meeting_id == meeting_id else None
    join_url = str(getattr(server, "join_url", "") or "") if server is not None else ""
    ssid = session.settings.text(settings.WIFI_SSID)
    password = session.settings.text(settings.WIFI_PASSWORD)
    return join_url, (ssid, password) if ssid and password else None


def _part(name: str) -> property:
    return property(lambda self: getattr(self.screen_, name))


class ProjectorWindow(QWidget):
    # the parts of the screen, as tests and the screenshots look at them
    question = _part("question")
    status = _part("status")
    chart = _part("chart")
    options = _part("options")
    countdown = _part("countdown")
    participants = _part("participants")
    join_panel = _part("join_panel")
    qr = _part("qr")
    address = _part("address")
    code = _part("code")
    wifi = _part("wifi")
    wifi_title = _part("wifi_title")
    wall = _part("wall")

    def __init__(
        self,
        session: Session,
        feed: RoomFeed | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.feed = feed or RoomFeed(session, self)
        #: called by P: show the presenter view instead (set by whoever owns both windows)
        self.switch: Callable[[], None] | None = None
        self.setWindowTitle(self.tr("Facilitator — projector"))
        self.setAccessibleName(self.tr("Projector"))
        self.dark = session.settings.flag(settings.PROJECTOR_DARK, False)
        self._watching_screen = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.screen_ = RoomScreen()
        layout.addWidget(self.screen_)
        QShortcut(QKeySequence("D"), self, self.toggle_dark)
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self.close)
        QShortcut(QKeySequence("Ctrl+Shift+Right"), self, self.next_screen)
        QShortcut(QKeySequence("W"), self, self.feed.toggle_wall)
        QShortcut(QKeySequence("P"), self, self._switch)
        self.feed.viewed.connect(self._viewed)
        self.feed.walled.connect(self._walled)
        self.feed.stage_changed.connect(self.refresh)
        session.phone_server_changed.connect(self.refresh)
        self.screen_.set_dark(self.dark)

    @property
    def meeting_id(self) -> str | None:
        return self.feed.meeting_id

    # -- placement -----------------------------------------------------------------------------

    def show_on_projector(self) -> None:
        """Show full screen on the remembered screen, else on a second screen if there is one."""
        screens = QGuiApplication.screens()
        wanted = self.session.settings.text(settings.PROJECTOR_SCREEN)
        screen = next((s for s in screens if s.name() == wanted), None)
        if screen is None:
            primary = QGuiApplication.primaryScreen()
            screen = next((s for s in screens if s is not primary), primary)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.refresh()

    def next_screen(self) -> None:
        screens = QGuiApplication.screens()
        if not screens:
            return
        current = self.screen()
        index = screens.index(current) if current in screens else -1
        screen = screens[(index + 1) % len(screens)]
        self.session.settings.set(settings.PROJECTOR_SCREEN, screen.name())
        full = self.isFullScreen()
        self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        if full:
            self.showFullScreen()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def toggle_dark(self) -> None:
        self.dark = not self.dark
        self.session.settings.set(settings.PROJECTOR_DARK, self.dark)
        self.screen_.set_dark(self.dark)

    def _switch(self) -> None:
        if self.switch is not None:
            self.switch()

    # -- content -------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        self.feed.set_meeting(meeting_id)
        self.refresh()

    def refresh(self) -> None:
        """Show the join details now and ask for a fresh read of the room."""
        if not self.isVisible():
            return
        join_url, wifi = join_details(self.session, self.meeting_id)
        view = self.feed.view
        self.screen_.set_join(join_url, wifi, view.meeting.short_code if view else "")
        self._show()
        self.feed.refresh()

    def _viewed(self, view: RoomView) -> None:
        join_url, wifi = join_details(self.session, self.meeting_id)
        self.screen_.set_join(join_url, wifi, view.meeting.short_code)
        self._show()

    def _walled(self, _wall: IdeasWall) -> None:
        self._show()

    def _show(self) -> None:
        feed = self.feed
        self.screen_.show_room(feed.view, feed.wall, feed.stage, feed.wall_theme)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._watching_screen:
            handle.screenChanged.connect(self._remember_screen)
            self._watching_screen = True
        self.feed.watch(self, True)
        self.refresh()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.feed.watch(self, False)

    def _remember_screen(self, screen: Any) -> None:
        if screen is not None:
            self.session.settings.set(settings.PROJECTOR_SCREEN, screen.name())
