"""The projector window: for the room's second screen, readable from ten metres.

It shows the join QR code large with the short address under it (and a Wi-Fi QR code when a
network name and password are set), the open poll's question, how many phones have joined, and
the results once they may be seen. High contrast, light or dark (D), full screen (F11), on the
screen it was last put on (Ctrl+Shift+Right moves it to the next screen).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import Poll, PollState
from facilitator.domain.voting import Tally
from facilitator.drawing.qr import short_address, wifi_payload
from facilitator.storage.changes import Changes
from facilitator.ui import labels, settings
from facilitator.ui.charts import DARK, LIGHT, ResultsChart
from facilitator.ui.phone_control import participant_count
from facilitator.ui.qr_code import QrCode
from facilitator.ui.session import Session

log = logging.getLogger(__name__)


def _label(point_size: float, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    # sizes follow the window (see ProjectorWindow._fit), never the other way round
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setProperty("relative_size", point_size)
    font = label.font()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    label.setFont(font)
    return label


class ProjectorWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.meeting_id: str | None = None
        self._poll: Poll | None = None
        self.setWindowTitle(self.tr("Facilitator — projector"))
        self.setAccessibleName(self.tr("Projector"))
        self.dark = session.settings.flag(settings.PROJECTOR_DARK, False)
        self._watching_screen = False
        self._results_shown = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(48)
        join = QVBoxLayout()
        self.join_title = _label(26, bold=True)
        self.join_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        join.addWidget(self.join_title)
        self.qr = QrCode()
        self.qr.setAccessibleName(self.tr("QR code to join with a phone"))
        join.addWidget(self.qr, 3)
        self.address = _label(30, bold=True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setWordWrap(False)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        join.addWidget(self.address)
        self.wifi_title = _label(20)
        self.wifi_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        join.addWidget(self.wifi_title)
        self.wifi = QrCode()
        self.wifi.setAccessibleName(self.tr("QR code to join the Wi-Fi network"))
        join.addWidget(self.wifi, 1)
        self.join_panel = QWidget()
        self.join_panel.setLayout(join)
        layout.addWidget(self.join_panel, 2)

        main = QVBoxLayout()
        self.meeting_title = _label(22)
        main.addWidget(self.meeting_title)
        self.question = _label(44, bold=True)
        self.question.setAccessibleName(self.tr("Question"))
        main.addWidget(self.question)
        self.status = _label(28)
        main.addWidget(self.status)
        self.chart = ResultsChart(scale=2.0)
        self.chart.inline_labels = True
        self.chart.max_growth = 1.8
        main.addWidget(self.chart, 1)
        self.participants = _label(28, bold=True)
        main.addWidget(self.participants)
        main.addStretch(0)
        layout.addLayout(main, 3)

        QShortcut(QKeySequence("D"), self, self.toggle_dark)
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self.close)
        QShortcut(QKeySequence("Ctrl+Shift+Right"), self, self.next_screen)
        session.changed.connect(self._changed)
        session.phone_server_changed.connect(self.refresh)
        self._apply_colours()

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
        self._apply_colours()

    def _apply_colours(self) -> None:
        colours = DARK if self.dark else LIGHT
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), colours.background)
        palette.setColor(self.foregroundRole(), colours.text)
        self.setPalette(palette)
        for label in self.findChildren(QLabel):
            label_palette = label.palette()
            label_palette.setColor(label.foregroundRole(), colours.text)
            label.setPalette(label_palette)
        self.chart.set_palette(colours)

    # -- content -------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def shown_poll(self) -> Poll | None:
        """The open poll, else the poll whose results were revealed last."""
        if self.meeting_id is None:
            return None
        polls = self.session.ws.polls
        current = polls.open_poll(self.meeting_id)
        if current is not None:
            return current
        revealed = [
            p
            for p in polls.for_meeting(self.meeting_id)
            if p.state is PollState.CLOSED and p.revealed
        ]
        revealed.sort(key=lambda p: p.updated_at)
        return revealed[-1] if revealed else None

    def _changed(self, changes: Changes) -> None:
        """What the room sees changes with the meeting, its polls and their votes; votes alone
        only recount."""
        meeting_id = self.meeting_id
        if meeting_id is None or not self.isVisible():
            return
        if changes.touches("meeting", "poll", "option", meeting_id=meeting_id):
            self.refresh()
        elif changes.touches("ballot", "count", meeting_id=meeting_id):
            self._request_tally()

    def refresh(self) -> None:
        if self.meeting_id is None or not self.isVisible():
            return
        try:
            self._refresh()
        except FacilitatorError as error:
            log.warning("projector could not refresh: %s", error.en)

    def _refresh(self) -> None:
        assert self.meeting_id is not None
        session = self.session
        meeting = session.ws.meetings.get(self.meeting_id)
        self.meeting_title.setText(meeting.title)
        server: Any = session.phone_server if session.phone_meeting_id == self.meeting_id else None
        join_url = str(getattr(server, "join_url", "") or "") if server is not None else ""
        if join_url:
            self.join_title.setText(self.tr("Vote with your phone"))
            self.qr.set_text(join_url)
            self.address.setText(short_address(join_url))
        else:
            self.join_title.setText("")
            self.qr.set_text("")
            self.address.setText("")
        ssid = session.settings.text(settings.WIFI_SSID)
        password = session.settings.text(settings.WIFI_PASSWORD)
        if join_url and ssid and password:
            self.wifi_title.setText(self.tr("Wi-Fi: %1").replace("%1", ssid))
            self.wifi.set_text(wifi_payload(ssid, password))
        else:
            self.wifi_title.setText("")
            self.wifi.set_text("")
        self.wifi.setVisible(self.wifi.has_code())
        self.wifi_title.setVisible(self.wifi.has_code())
        self.join_panel.setVisible(bool(join_url))
        count = participant_count(session, self.meeting_id) if join_url else None
        self.participants.setText(
            self.tr("%n phone(s) connected", "", count) if count is not None else ""
        )
        poll = self._poll = self.shown_poll()
        if poll is None:
            self.question.setText(self.tr("Welcome!"))
            self._results_shown = False
            self._fit()
            self.status.setText(self.tr("The next vote will appear here."))
            self.chart.set_tally(None)
            self.chart.hide()
            return
        self.question.setText(poll.question)
        self._results_shown = poll.results_visible
        self._fit()
        self.chart.setVisible(poll.results_visible)
        if not poll.results_visible:
            self.chart.set_tally(None)
        self._request_tally()

    def _request_tally(self) -> None:
        """Count the shown poll off the event loop (a room of ballots takes a while)."""
        poll = self._poll
        if poll is None or not self.isVisible():
            return
        tally = self.session.ws.ballots.tally
        self.session.tasks.latest(
            ("projector", id(self)), lambda: tally(poll.id), self._show_tally, self._not_counted
        )

    def _show_tally(self, tally: Tally) -> None:
        poll = self._poll
        if poll is None or tally.poll_id != poll.id:
            return  # another poll is shown now
        if poll.state is PollState.OPEN:
            state = self.tr("Voting is open") + " · " + labels.method_name(poll.method)
        else:
            state = self.tr("Voting is closed")
        state += " · " + self.tr("%n voter(s)", "", tally.voters)
        if poll.results_visible:
            self.status.setText(state)
            self.chart.set_tally(tally)
        else:
            self.status.setText(state + "\n" + self.tr("Results will be shown at the end."))

    def _not_counted(self, error: BaseException) -> None:
        if not isinstance(error, FacilitatorError):
            raise error
        log.warning("projector could not count the votes: %s", error.en)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._watching_screen:
            handle.screenChanged.connect(self._remember_screen)
            self._watching_screen = True
        self.refresh()

    def _remember_screen(self, screen: Any) -> None:
        if screen is not None:
            self.session.settings.set(settings.PROJECTOR_SCREEN, screen.name())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Scale the text to the screen: readable from the back of the room on any projector."""
        unit = max(self.height(), 300) / 768
        for label in self.findChildren(QLabel):
            size = label.property("relative_size")
            if isinstance(size, int | float):
                font = label.font()
                font.setPointSizeF(size * unit * 0.75)
                label.setFont(font)
        self.chart.set_scale(1.6 * unit)
        # the question and the address shrink until they fit their space
        # with results to show, the question leaves them the room
        share = 0.20 if self._results_shown else 0.40
        self._shrink(self.question, max_height=self.height() * share)
        self._shrink(self.address, max_height=self.height() * 0.08, single_line=True)

    def _shrink(self, label: QLabel, *, max_height: float, single_line: bool = False) -> None:
        width = label.width() or self.width() // 2
        font = label.font()
        text = label.text()
        while font.pointSizeF() > 9:
            metrics = QFontMetrics(font)
            if single_line:
                fits = metrics.horizontalAdvance(text) <= width
            else:
                box = metrics.boundingRect(
                    QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
                )
                fits = box.height() <= max_height and box.width() <= width
            if fits:
                break
            font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
