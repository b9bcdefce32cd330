"""The dialog for a meeting's details (new meeting, or editing one)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import Meeting, MeetingStatus
from facilitator.ui import labels


def _to_datetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


class MeetingDialog(QDialog):
    """Opened with ``open()``; read :meth:`meeting` once ``accepted`` fires."""

    def __init__(self, meeting: Meeting | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = meeting
        self._meeting: Meeting | None = None
        self.setWindowTitle(self.tr("Meeting details") if meeting else self.tr("New meeting"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(meeting.title if meeting else "")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Redesign of the market square"))
        form.addRow(self.tr("&Title:"), self.title)
        self.neighbourhood = QLineEdit(meeting.neighbourhood if meeting else "")
        self.neighbourhood.setAccessibleName(self.tr("Neighbourhood"))
        form.addRow(self.tr("&Neighbourhood:"), self.neighbourhood)
        self.place = QLineEdit(meeting.place if meeting else "")
        self.place.setAccessibleName(self.tr("Place"))
        form.addRow(self.tr("&Place:"), self.place)
        self.starts = QDateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setAccessibleName(self.tr("Starts at"))
        start = meeting.starts_at if meeting and meeting.starts_at else None
        if start is not None:
            self.starts.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        else:
            now = QDateTime.currentDateTime()
            self.starts.setDateTime(now.addSecs(-(now.time().minute() % 30) * 60))
        form.addRow(self.tr("&Starts at:"), self.starts)
        self.duration = QSpinBox()
        self.duration.setRange(15, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        if meeting and meeting.starts_at and meeting.ends_at:
            minutes = int((meeting.ends_at - meeting.starts_at).total_seconds() // 60)
            self.duration.setValue(max(15, minutes))
        else:
            self.duration.setValue(120)
        form.addRow(self.tr("&Duration:"), self.duration)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the meeting"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        if meeting:
            self.language.setCurrentIndex(max(0, self.language.findData(meeting.language)))
        form.addRow(self.tr("&Language:"), self.language)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in MeetingStatus:
            self.status.addItem(labels.meeting_status_name(status), status)
        if meeting:
            self.status.setCurrentIndex(max(0, self.status.findData(meeting.status)))
        form.addRow(self.tr("St&atus:"), self.status)
        self.notes = QPlainTextEdit(meeting.notes if meeting else "")
        self.notes.setAccessibleName(self.tr("Notes about the meeting"))
        self.notes.setPlaceholderText(self.tr("Agenda, who organises it, anything for the report"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def build(self) -> Meeting:
        starts = _to_datetime(self.starts.dateTime())
        ends = starts + timedelta(minutes=self.duration.value())
        status = self.status.currentData()
        fields: dict[str, Any] = {
            "title": self.title.text(),
            "neighbourhood": self.neighbourhood.text(),
            "place": self.place.text(),
            "starts_at": starts,
            "ends_at": ends,
            "language": self.language.currentData() or "fr",
            "status": MeetingStatus(status) if status else MeetingStatus.DRAFT,
            "notes": self.notes.toPlainText(),
        }
        meeting = replace(self.original, **fields) if self.original else Meeting(**fields)
        return meeting.validated()

    def accept(self) -> None:
        try:
            self._meeting = self.build()
        except ValidationError as error:
            self.error.setText(error.text())
            return
        super().accept()

    def meeting(self) -> Meeting | None:
        return self._meeting
