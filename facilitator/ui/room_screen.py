"""What the room sees on the projector, drawn from the room's read model: the join QR code with
the laptop's address and the short code, the poll on screen (its options while its results are
hidden, its results once they may be seen, its countdown), or the ideas wall.

The projector shows it full screen; the presenter view shows the same widget small, so the
spokesperson sees exactly what the room sees. Sizes follow the widget's height.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.model import Poll, PollMethod, PollState, format_short_code, now
from facilitator.domain.room import IdeasWall, RoomView
from facilitator.drawing.qr import laptop_address, wifi_payload
from facilitator.ui import labels
from facilitator.ui.charts import DARK, LIGHT, Palette, ResultsChart
from facilitator.ui.countdown import time_left_text
from facilitator.ui.ideas_wall import IdeasWallView
from facilitator.ui.qr_code import QrCode
from facilitator.ui.room_feed import Stage


def big_label(point_size: float, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    # sizes follow the screen (see RoomScreen.fit), never the other way round
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setProperty("relative_size", point_size)
    font = label.font()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    label.setFont(font)
    return label


def option_lines(poll: Poll) -> str:
    """The options as the room reads them before the results: one a line, numbered."""
    if poll.method is PollMethod.YES_NO_ABSTAIN:
        names = [labels.answer_name(a) for a in ("yes", "no", "abstain")]
    else:
        names = [o.label for o in poll.options]
    return "\n".join(f"{n}. {name}" for n, name in enumerate(names, 1))


class RoomScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: RoomView | None = None
        self._results_shown = False
        self.palette_: Palette = LIGHT
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(48)
        join = QVBoxLayout()
        self.join_title = big_label(26, bold=True)
        self.join_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        join.addWidget(self.join_title)
        self.qr = QrCode()
        self.qr.setAccessibleName(self.tr("QR code to join with a phone"))
        join.addWidget(self.qr, 3)
        self.address = big_label(30, bold=True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setWordWrap(False)
        join.addWidget(self.address)
        # typed from the back of the room after the address: never cut at its dash
        self.code = big_label(34, bold=True)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setWordWrap(False)
        self.code.setAccessibleName(self.tr("Meeting code"))
        join.addWidget(self.code)
        self.wifi_title = big_label(20)
        self.wifi_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        join.addWidget(self.wifi_title)
        self.wifi = QrCode()
        self.wifi.setAccessibleName(self.tr("QR code to join the Wi-Fi network"))
        join.addWidget(self.wifi, 1)
        self.join_panel = QWidget()
        self.join_panel.setLayout(join)
        layout.addWidget(self.join_panel, 2)

        self.stack = QStackedLayout()
        poll_page = QWidget()
        main = QVBoxLayout(poll_page)
        main.setContentsMargins(0, 0, 0, 0)
        self.meeting_title = big_label(22)
        main.addWidget(self.meeting_title)
        self.question = big_label(44, bold=True)
        self.question.setAccessibleName(self.tr("Question"))
        main.addWidget(self.question)
        self.status = big_label(28)
        main.addWidget(self.status)
        self.countdown = big_label(40, bold=True)
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.countdown.setWordWrap(False)
        main.addWidget(self.countdown)
        # while the results are hidden: what hands and paper ballots vote for
        self.options = big_label(36)
        self.options.setAccessibleName(self.tr("Options"))
        main.addWidget(self.options)
        self.chart = ResultsChart(scale=2.0)
        self.chart.inline_labels = True
        self.chart.max_growth = 1.8
        main.addWidget(self.chart, 1)
        self.spacer = QWidget()
        main.addWidget(self.spacer, 1)
        self.participants = big_label(28, bold=True)
        main.addWidget(self.participants)
        self.stack.addWidget(poll_page)

        wall_page = QWidget()
        wall_layout = QVBoxLayout(wall_page)
        wall_layout.setContentsMargins(0, 0, 0, 0)
        self.wall_title = big_label(34, bold=True)
        wall_layout.addWidget(self.wall_title)
        self.wall = IdeasWallView()
        wall_layout.addWidget(self.wall, 1)
        self.stack.addWidget(wall_page)
        layout.addLayout(self.stack, 3)

        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self.set_palette(LIGHT)
        self.show_room(None, None, Stage.POLL)

    # -- what is shown -------------------------------------------------------------------------

    def set_join(self, join_url: str, wifi: tuple[str, str] | None, short_code: str) -> None:
        """The join QR code, the laptop's address and the meeting's code (none: no phones)."""
        if join_url:
            self.join_title.setText(self.tr("Vote with your phone"))
            self.qr.set_text(join_url)
            self.address.setText(laptop_address(join_url))
            self.code.setText(labels.word("join_code") + " " + format_short_code(short_code))
        else:
            self.join_title.setText("")
            self.qr.set_text("")
            self.address.setText("")
            self.code.setText("")
        if join_url and wifi is not None:
            self.wifi_title.setText(self.tr("Wi-Fi: %1").replace("%1", wifi[0]))
            self.wifi.set_text(wifi_payload(*wifi))
        else:
            self.wifi_title.setText("")
            self.wifi.set_text("")
        self.wifi.setVisible(self.wifi.has_code())
        self.wifi_title.setVisible(self.wifi.has_code())
        self.join_panel.setVisible(bool(join_url))
        self.participants.setVisible(bool(join_url))

    def show_room(
        self,
        view: RoomView | None,
        wall: IdeasWall | None,
        stage: Stage,
        theme: str | None = None,
    ) -> None:
        self._view = view
        if view is not None:
            self.meeting_title.setText(view.meeting.title)
            self.participants.setText(labels.count("phones_here", view.phones_here))
        if stage is Stage.WALL:
            self.stack.setCurrentIndex(1)
            self.wall_title.setText(theme or self.tr("Your ideas"))
            self.wall.set_wall(wall.only(theme) if wall is not None else None)
            self._ticker.stop()
            self.fit()
            return
        self.stack.setCurrentIndex(0)
        poll = view.poll if view is not None else None
        if poll is None:
            self.question.setText(self.tr("Welcome!"))
            self.status.setText(self.tr("The next vote will appear here."))
            self._results_shown = False
            self.options.hide()
            self.chart.set_tally(None)
            self.chart.hide()
            self.spacer.show()
            self.countdown.hide()
            self._ticker.stop()
            self.fit()
            return
        assert view is not None
        self.question.setText(poll.question)
        results = view.results
        self._results_shown = results is not None
        if poll.state is PollState.OPEN:
            state = labels.word("voting_open") + " · " + labels.method_name(poll.method)
        else:
            state = labels.word("voting_closed")
        voters = view.tally.voters if view.tally is not None else 0
        state += " · " + labels.count("voters", voters)
        if results is None:
            state += "\n" + labels.word("results_hidden")
        self.status.setText(state)
        self.options.setText(option_lines(poll))
        self.options.setVisible(results is None)
        self.chart.set_tally(results)
        self.chart.setVisible(results is not None)
        self.spacer.setVisible(results is None)
        if poll.deadline is not None:
            self._ticker.start()
        else:
            self._ticker.stop()
        self._tick()
        self.fit()

    def _tick(self) -> None:
        view = self._view
        left = view.time_left(now()) if view is not None else None
        self.countdown.setVisible(left is not None)
        if left is not None:
            self.countdown.setText(labels.word("time_left") + " " + time_left_text(left))
        else:
            self._ticker.stop()

    # -- looks ---------------------------------------------------------------------------------

    def set_dark(self, dark: bool) -> None:
        self.set_palette(DARK if dark else LIGHT)

    def set_palette(self, colours: Palette) -> None:
        self.palette_ = colours
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
        self.wall.set_palette(colours)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()

    def fit(self) -> None:
        """Scale the text to the screen: readable from the back of the room on any projector."""
        # a 1366×768 screen is the unit; a narrower one (the presenter's preview) scales down
        unit = max(min(self.height() / 768, self.width() / 1366), 0.2)
        margin = int(36 * unit)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(int(48 * unit), margin, int(48 * unit), margin)
        for label in self.findChildren(QLabel):
            size = label.property("relative_size")
            if isinstance(size, int | float):
                font = label.font()
                font.setPointSizeF(max(6.0, size * unit * 0.75))
                label.setFont(font)
        self.chart.set_scale(1.6 * unit)
        # the question and the address shrink until they fit their space; with results to
        # show, the question leaves them the room
        share = 0.20 if self._results_shown else 0.30
        self._shrink(self.question, max_height=self.height() * share)
        self._shrink(self.options, max_height=self.height() * 0.45)
        self._shrink(self.address, max_height=self.height() * 0.08, single_line=True)
        self._shrink(self.code, max_height=self.height() * 0.09, single_line=True)

    def _shrink(self, label: QLabel, *, max_height: float, single_line: bool = False) -> None:
        width = label.width() or self.width() // 2
        font = label.font()
        text = label.text()
        while font.pointSizeF() > 7:
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
