"""The presenter view: on the laptop, what the room sees now, what comes next, and the few
controls a spokesperson needs in front of the room. P switches between it and the projector:
on a laptop with one screen, the one replaces the other.

Keys: F6 opens the next poll, F7 closes the open one, F8 reveals or hides the results of the
poll on screen, W puts the ideas wall up (or the poll back), P switches to the projector.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.model import PollState, now
from facilitator.domain.room import IdeasWall, RoomView
from facilitator.ui import commands, labels, settings
from facilitator.ui.charts import ResultsChart
from facilitator.ui.countdown import time_left_text
from facilitator.ui.projector import ProjectorWindow, join_details
from facilitator.ui.room_feed import RoomFeed, Stage
from facilitator.ui.room_screen import RoomScreen
from facilitator.ui.session import Session
from facilitator.ui.widgets import plain_label


class _Sixteen9(QWidget):
    """Holds the preview at the projector's proportions, as large as it fits."""

    def __init__(self, child: QWidget) -> None:
        super().__init__()
        self.child = child
        child.setParent(self)
        self.setMinimumSize(320, 180)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def sizeHint(self) -> QSize:
        return QSize(800, 450)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        width = min(self.width(), self.height() * 16 // 9)
        height = width * 9 // 16
        self.child.setGeometry((self.width() - width) // 2, 0, width, height)


class PresenterWindow(QWidget):
    def __init__(self, session: Session, feed: RoomFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.feed = feed
        self.switch: Any = None
        self.setWindowTitle(self.tr("Facilitator — presenter view"))
        self.setAccessibleName(self.tr("Presenter view"))
        layout = QHBoxLayout(self)

        left = QVBoxLayout()
        self.now_title = plain_label(self.tr("On the screen now"))
        bold = self.now_title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.now_title.setFont(bold)
        left.addWidget(self.now_title)
        # the room's own screen, small: what is projected, exactly
        self.preview = RoomScreen()
        self.preview.setAccessibleName(self.tr("What the projector shows"))
        left.addWidget(_Sixteen9(self.preview), 1)
        self.next_title = plain_label(self.tr("Next"))
        self.next_title.setFont(bold)
        left.addWidget(self.next_title)
        self.next_poll = plain_label()
        self.next_poll.setAccessibleName(self.tr("Next poll"))
        larger = self.next_poll.font()
        larger.setPointSizeF(larger.pointSizeF() * 1.3)
        self.next_poll.setFont(larger)
        left.addWidget(self.next_poll)
        left.addStretch(1)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        figures = QGroupBox(self.tr("In the room"))
        grid = QGridLayout(figures)
        self.time_left = plain_label()
        self.time_left.setAccessibleName(self.tr("Time left"))
        big = self.time_left.font()
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.time_left.setFont(big)
        grid.addWidget(self.time_left, 0, 0, 1, 2)
        self.voters = plain_label()
        grid.addWidget(self.voters, 1, 0, 1, 2)
        self.phones = plain_label()
        grid.addWidget(self.phones, 2, 0, 1, 2)
        right.addWidget(figures)

        controls = QGroupBox(self.tr("Controls"))
        buttons = QVBoxLayout(controls)
        self.open_next = QPushButton()
        self.open_next.clicked.connect(self.open_next_poll)
        self.close_button = QPushButton(self.tr("Close voting (F7)"))
        self.close_button.clicked.connect(self.close_poll)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.wall_button = QPushButton()
        self.wall_button.clicked.connect(self.feed.toggle_wall)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme on the wall"))
        self.theme.activated.connect(self._theme_chosen)
        self.projector_button = QPushButton(self.tr("Show the projector (P)"))
        self.projector_button.clicked.connect(self._switch)
        for widget in (
            self.open_next,
            self.close_button,
            self.reveal_button,
            self.wall_button,
            self.theme,
            self.projector_button,
        ):
            buttons.addWidget(widget)
        right.addWidget(controls)

        hidden = QGroupBox(self.tr("Results (only you see them until you reveal them)"))
        hidden_layout = QVBoxLayout(hidden)
        self.results = ResultsChart()
        hidden_layout.addWidget(self.results)
        self.results_box = hidden
        right.addWidget(hidden, 1)
        right.addStretch(0)
        layout.addLayout(right, 2)

        QShortcut(QKeySequence("F6"), self, self.open_next_poll)
        QShortcut(QKeySequence("F7"), self, self.close_poll)
        QShortcut(QKeySequence("F8"), self, self.toggle_reveal)
        QShortcut(QKeySequence("W"), self, self.feed.toggle_wall)
        QShortcut(QKeySequence("P"), self, self._switch)
        QShortcut(QKeySequence("Esc"), self, self.close)
        feed.viewed.connect(self._viewed)
        feed.walled.connect(self._walled)
        feed.stage_changed.connect(self._show)
        session.phone_server_changed.connect(self._show)
        self.preview.set_dark(session.settings.flag(settings.PROJECTOR_DARK, False))
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._show()

    # -- actions -------------------------------------------------------------------------------

    def open_next_poll(self) -> None:
        view = self.feed.view
        if view is not None and view.next_poll is not None:
            self.feed.show(Stage.POLL)
            self.session.perform(commands.open_poll(view.next_poll.id))

    def close_poll(self) -> None:
        view = self.feed.view
        if view is not None and view.poll is not None and view.poll.state is PollState.OPEN:
            self.session.perform(commands.close_poll(view.poll.id))

    def toggle_reveal(self) -> None:
        view = self.feed.view
        if view is not None and view.poll is not None:
            poll = view.poll
            self.session.perform(commands.reveal_results(poll.id, not poll.revealed))

    def _theme_chosen(self, index: int) -> None:
        theme = self.theme.itemData(index)
        self.feed.show(Stage.WALL, theme if isinstance(theme, str) else None)

    def _switch(self) -> None:
        if self.switch is not None:
            self.switch()

    # -- content -------------------------------------------------------------------------------

    def _viewed(self, _view: RoomView) -> None:
        self._show()

    def _walled(self, wall: IdeasWall) -> None:
        current = self.feed.wall_theme
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem(self.tr("Every theme on the wall"), None)
        for theme in wall.themes:
            self.theme.addItem(theme.name or self.tr("Ideas without a theme"), theme.name)
        index = self.theme.findData(current) if current is not None else 0
        self.theme.setCurrentIndex(max(index, 0))
        self.theme.blockSignals(False)
        self._show()

    def _show(self) -> None:
        feed = self.feed
        view = feed.view
        join_url, wifi = join_details(self.session, feed.meeting_id)
        self.preview.set_join(join_url, wifi, view.meeting.short_code if view else "")
        self.preview.show_room(view, feed.wall, feed.stage, feed.wall_theme)
        wall_up = feed.stage is Stage.WALL
        self.wall_button.setText(
            self.tr("Show the poll (W)") if wall_up else self.tr("Show the ideas wall (W)")
        )
        poll = view.poll if view is not None else None
        upcoming = view.next_poll if view is not None else None
        if upcoming is not None:
            self.next_poll.setText(f"{upcoming.question} — {labels.method_name(upcoming.method)}")
            self.open_next.setText(self.tr("Open the next poll (F6)"))
        else:
            self.next_poll.setText(self.tr("No poll left to open."))
            self.open_next.setText(self.tr("No next poll"))
        self.open_next.setEnabled(upcoming is not None)
        self.close_button.setEnabled(poll is not None and poll.state is PollState.OPEN)
        self.reveal_button.setEnabled(poll is not None)
        self.reveal_button.setText(
            self.tr("Hide the results (F8)")
            if poll is not None and poll.revealed
            else self.tr("Reveal the results (F8)")
        )
        tally = view.tally if view is not None else None
        self.voters.setText(labels.count("voters", tally.voters) if tally is not None else "")
        self.phones.setText(
            labels.count("phones_here", view.phones_here) if view is not None and join_url else ""
        )
        # what the spokesperson sees before the room does
        hidden = poll is not None and not poll.results_visible
        self.results_box.setVisible(hidden)
        self.results.set_tally(tally if hidden else None)
        self._tick()

    def _tick(self) -> None:
        view = self.feed.view
        left = view.time_left(now()) if view is not None else None
        self.time_left.setText(
            labels.word("time_left") + " " + time_left_text(left) if left is not None else ""
        )
        self.time_left.setVisible(left is not None)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.feed.watch(self, True)

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.feed.watch(self, False)


class RoomWindows(QObject):
    """The projector and the presenter view of the app, sharing one read of the room."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.feed = RoomFeed(session, self)
        self.projector: ProjectorWindow | None = None
        self.presenter: PresenterWindow | None = None

    def projector_window(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self.session, self.feed)
            self.projector.switch = self.switch
        return self.projector

    def presenter_window(self) -> PresenterWindow:
        if self.presenter is None:
            self.presenter = PresenterWindow(self.session, self.feed)
            self.presenter.switch = self.switch
        return self.presenter

    def show_projector(self, meeting_id: str | None) -> ProjectorWindow:
        projector = self.projector_window()
        projector.set_meeting(meeting_id)
        projector.show_on_projector()
        projector.activateWindow()  # its keys (P back, W, D) work at once
        return projector

    def show_presenter(self, meeting_id: str | None) -> PresenterWindow:
        presenter = self.presenter_window()
        self.feed.set_meeting(meeting_id)
        presenter.show()
        presenter.raise_()
        presenter.activateWindow()
        return presenter

    def switch(self) -> None:
        """P: from the projector to the presenter view and back. On a laptop with one screen
        the one replaces the other; with two, the other comes to the front."""
        projector, presenter = self.projector_window(), self.presenter_window()
        meeting_id = self.feed.meeting_id
        one_screen = len(QGuiApplication.screens()) < 2
        on_projector = projector.isVisible() and (
            not presenter.isVisible() or projector.isActiveWindow()
        )
        if on_projector:
            if one_screen:
                projector.hide()
            self.show_presenter(meeting_id)
        else:
            if one_screen:
                presenter.hide()
            self.show_projector(meeting_id)

    def close(self) -> None:
        for window in (self.projector, self.presenter):
            if window is not None:
                window.close()
