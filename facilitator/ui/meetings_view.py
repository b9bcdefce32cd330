"""The list of meetings: search, create, open, duplicate as a template, archive.

Signals:
    open_requested(str): the user opened this meeting (its id).
    new_requested(): the user wants a new meeting.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.storage.changes import Changes
from facilitator.storage.meetings import MeetingSummary
from facilitator.ui import style
from facilitator.ui.meeting_models import MeetingColumn, MeetingListModel
from facilitator.ui.session import Session
from facilitator.ui.widgets import keep_words_whole

#: The least width of the meetings' titles (they wrap below it).
TITLE_MIN_WIDTH = 240


class MeetingsView(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = MeetingListModel(self)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Meetings"))
        title.setTextFormat(Qt.TextFormat.PlainText)
        style.scaled(title, style.TITLE, bold=True)
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title, neighbourhood or place"))
        self.search.setAccessibleName(self.tr("Search the meetings"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        bar.addWidget(self.search, 1)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.refresh)
        bar.addWidget(self.show_archived)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MeetingColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        # the title wraps; the date, place, counts and status keep their words whole
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keep_words_whole(
            self.table, [c for c in MeetingColumn if c is not MeetingColumn.TITLE], 240
        )
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("No meeting yet. Create one, or try the demo meeting from the File menu.")
        )
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_current)
        self.duplicate_button = QPushButton(self.tr("&Duplicate as template"))
        self.duplicate_button.setToolTip(
            self.tr("A new meeting with the same details and polls, without ideas or votes")
        )
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.archive_button.clicked.connect(self.toggle_archived)
        for button in (
            self.new_button,
            self.open_button,
            self.duplicate_button,
            self.archive_button,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        session.changed.connect(self.apply)
        self._stale = False
        self.refresh()

    def apply(self, changes: Changes) -> None:
        """Every change may move a meeting's counts; a hidden list catches up when shown again
        rather than at every keystroke."""
        if not changes:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        summaries = self.session.ws.meetings.summaries(
            include_archived=self.show_archived.isChecked(), search=self.search.text()
        )
        self.model.refresh(summaries)
        self.empty.setVisible(not summaries and not self.search.text())
        if summaries and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> MeetingSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()) if rows else None

    def select_meeting(self, meeting_id: str) -> None:
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        current = self.current()
        for button in (self.open_button, self.duplicate_button, self.archive_button):
            button.setEnabled(current is not None)
        if current is not None:
            self.archive_button.setText(
                self.tr("Un&archive") if current.meeting.archived else self.tr("&Archive")
            )
            self.archive_button.setAccessibleName(self.archive_button.text().replace("&", ""))

    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.summary(index.row()).meeting.id)

    def open_current(self) -> None:
        current = self.current()
        if current is not None:
            self.open_requested.emit(current.meeting.id)

    def duplicate_current(self) -> None:
        current = self.current()
        if current is None:
            return
        title = self.tr("%1 (copy)").replace("%1", current.meeting.title)
        from facilitator.ui import commands  # loaded on first use: keeps start-up lean

        self.session.perform(
            commands.duplicate_meeting(current.meeting.id, title[:200]),
            lambda copy: self.select_meeting(copy.id),
        )

    def toggle_archived(self) -> None:
        current = self.current()
        if current is None:
            return
        from facilitator.ui import commands

        meeting = current.meeting
        self.session.perform(commands.set_archived(meeting.id, not meeting.archived))
