"""The Attendance section: the headcount with big +/- buttons, tickets, and notes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.model import MAX_NOTES, Attendance
from facilitator.ui import commands
from facilitator.ui.session import Session

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
        self._attendance: Attendance | None = None
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
        self.minus.setShortcut("Ctrl+-")
        self.minus.setToolTip(self.tr("One person fewer (Ctrl+-)"))
        self.plus = QPushButton("+1")
        self.plus.setAccessibleName(self.tr("One more person"))
        self.plus.setShortcut("Ctrl++")
        self.plus.setToolTip(self.tr("One more person (Ctrl++)"))
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
        self.exact = QSpinBox()
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
        self._attendance = None
        self.refresh()

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        ws = self.session.ws
        attendance = ws.attendance.get(self.meeting_id)
        self._attendance = attendance
        self.headcount.setText(str(attendance.headcount))
        self.exact.setValue(attendance.headcount)
        if not self._save_timer.isActive() and self.notes.toPlainText() != attendance.notes:
            self._loading = True
            self.notes.setPlainText(attendance.notes)
            self._loading = False
        issued, used = ws.tickets.counts(self.meeting_id)
        self.tickets.setText(
            self.tr("%n ticket(s) issued", "", issued) + " · " + self.tr("%n used", "", used)
        )

    def adjust(self, delta: int) -> None:
        if self.meeting_id is not None:
            self.session.execute(commands.AdjustHeadcount(self.session, self.meeting_id, delta))

    def set_exact(self) -> None:
        if self._attendance is None:
            return
        after = replace(self._attendance, headcount=self.exact.value())
        self.session.execute(commands.SaveAttendance(self.session, self._attendance, after))

    def _notes_typed(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def save_notes(self) -> None:
        self._save_timer.stop()
        before = self._attendance
        if before is None or self.meeting_id is None:
            return
        text = self.notes.toPlainText()[:MAX_NOTES]
        if text == before.notes:
            return
        current = self.session.ws.attendance.get(self.meeting_id)
        after = replace(current, notes=text)
        self.session.execute(commands.SaveAttendance(self.session, current, after))
