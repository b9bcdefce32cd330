"""The Attendance section: the headcount with big +/- buttons, tickets, and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.model import MAX_NOTES
from facilitator.storage.changes import Changes
from facilitator.ui import commands
from facilitator.ui.session import Session
from facilitator.ui.widgets import CountBox

#: Notes are saved this long after the last keystroke (and when the field loses focus).
NOTES_DELAY_MS = 300


class AttendanceView(QWidget):
    """Signals:
    print_tickets_requested(): the user asked for printable ticket cards.
    """

    print_tickets_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        #: the notes as last loaded or sent: what the field holds when nothing is being typed
        self._notes_known = ""
        layout = QVBoxLayout(self)

        head_box = QGroupBox(self.tr("People in the room"))
        grid = QGridLayout(head_box)
        self.headcount = QLabel("0")
        self.headcount.setTextFormat(Qt.TextFormat.PlainText)
        self.headcount.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headcount.setAccessibleName(self.tr("Headcount"))
        font = self.headcount.font()
        font.setPointSizeF(font.pointSizeF() * 5)
        font.setBold(True)
        self.headcount.setFont(font)
        self.headcount.setMinimumWidth(220)
        big = self.font()
        big.setPointSizeF(big.pointSizeF() * 2.6)
        big.setBold(True)
        self.minus = QPushButton("−1")
        self.minus.setAccessibleName(self.tr("One person fewer"))
        self.minus.setToolTip(self.tr("One person fewer (Ctrl+-)"))
        self.plus = QPushButton("+1")
        self.plus.setAccessibleName(self.tr("One more person"))
        self.plus.setToolTip(self.tr("One more person (Ctrl++)"))
        # shortcuts of their own (active while the section is shown): a button's shortcut
        # animates a click and swallows the presses made meanwhile, so four quick presses
        # counted as one or two
        for keys, delta in (("Ctrl+-", -1), ("Ctrl++", 1), ("Ctrl+=", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda d=delta: self.adjust(d))
        self.plus5 = QPushButton("+5")
        self.plus5.setAccessibleName(self.tr("Five more people"))
        for button in (self.minus, self.plus, self.plus5):
            button.setFont(big)
            button.setMinimumSize(140, 96)
        self.minus.clicked.connect(lambda: self.adjust(-1))
        self.plus.clicked.connect(lambda: self.adjust(1))
        self.plus5.clicked.connect(lambda: self.adjust(5))
        grid.addWidget(self.minus, 0, 0)
        grid.addWidget(self.headcount, 0, 1)
        grid.addWidget(self.plus, 0, 2)
        grid.addWidget(self.plus5, 0, 3)
        set_row = QHBoxLayout()
        self.exact = CountBox()
        self.exact.setRange(0, 100_000)
        self.exact.setAccessibleName(self.tr("Exact headcount"))
        set_exact = QPushButton(self.tr("Set"))
        set_exact.setAccessibleName(self.tr("Set the exact headcount"))
        set_exact.clicked.connect(self.set_exact)
        set_row.addWidget(QLabel(self.tr("Counted another way? Exact number:")))
        set_row.addWidget(self.exact)
        set_row.addWidget(set_exact)
        set_row.addStretch(1)
        grid.addLayout(set_row, 1, 0, 1, 4)
        layout.addWidget(head_box)

        ticket_box = QGroupBox(self.tr("Tickets (one vote per printed card)"))
        ticket_layout = QHBoxLayout(ticket_box)
        self.tickets = QLabel()
        self.tickets.setTextFormat(Qt.TextFormat.PlainText)
        ticket_layout.addWidget(self.tickets, 1)
        self.print_button = QPushButton(self.tr("Print tickets…"))
        self.print_button.setAccessibleName(self.tr("Print tickets"))
        self.print_button.clicked.connect(self.print_tickets_requested)
        ticket_layout.addWidget(self.print_button)
        layout.addWidget(ticket_box)

        notes_box = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Attendance notes"))
        self.notes.setPlaceholderText(
            self.tr("Who came, who apologised, anything worth keeping for the report")
        )
        self.notes.textChanged.connect(self._notes_typed)
        notes_layout.addWidget(self.notes)
        layout.addWidget(notes_box, 1)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTES_DELAY_MS)
        self._save_timer.timeout.connect(self.save_notes)
        self._loading = False

    def set_meeting(self, meeting_id: str | None) -> None:
        self.save_notes()
        self.meeting_id = meeting_id
        self._notes_known = ""
        self._loading = True
        self.notes.clear()
        self._loading = False
        self.refresh()

    def apply(self, changes: Changes) -> None:
        """Refresh from what changed, if it is this meeting's attendance or tickets."""
        if self.meeting_id is not None and changes.touches(
            "attendance", "ticket", "tickets", meeting_id=self.meeting_id
        ):
            self.refresh()

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        ws = self.session.ws
        attendance = ws.attendance.get(self.meeting_id)
        self.headcount.setText(str(attendance.headcount))
        if not self.exact.hasFocus():
            self.exact.setValue(attendance.headcount)
        # notes changed elsewhere show here, unless something typed here is not sent yet
        typed = self.notes.toPlainText()
        if attendance.notes != self._notes_known and typed == self._notes_known:
            self._loading = True
            self.notes.setPlainText(attendance.notes)
            self._loading = False
            self._notes_known = attendance.notes
        issued, used = ws.tickets.counts(self.meeting_id)
        self.tickets.setText(
            self.tr("%n ticket(s) issued", "", issued) + " · " + self.tr("%n used", "", used)
        )

    def adjust(self, delta: int) -> None:
        if self.meeting_id is not None:
            self.session.perform(commands.adjust_headcount(self.meeting_id, delta))

    def set_exact(self) -> None:
        if self.meeting_id is not None:
            self.session.perform(commands.set_headcount(self.meeting_id, self.exact.value()))

    def _notes_typed(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def save_notes(self) -> None:
        self._save_timer.stop()
        if self.meeting_id is None:
            return
        text = self.notes.toPlainText()[:MAX_NOTES]
        if text == self._notes_known:
            return
        self._notes_known = text
        self.session.perform(commands.save_notes(self.meeting_id, text))
