"""The list of meetings as a table model (kept apart: it is all the start-up window needs)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from facilitator.storage.meetings import MeetingSummary
from facilitator.ui import labels
from facilitator.ui.rows import ID_ROLE, NO_INDEX, OBJECT_ROLE, Index, apply_rows


class MeetingColumn(IntEnum):
    TITLE = 0
    DATE = 1
    NEIGHBOURHOOD = 2
    IDEAS = 3
    POLLS = 4
    HEADCOUNT = 5
    STATUS = 6


class MeetingListModel(QAbstractTableModel):
    """The meetings of the workspace with their counts (one row per meeting)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingSummary] = []

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(MeetingColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            {
                MeetingColumn.TITLE: QCoreApplication.translate("Models", "Meeting"),
                MeetingColumn.DATE: QCoreApplication.translate("Models", "Date"),
                MeetingColumn.NEIGHBOURHOOD: QCoreApplication.translate("Models", "Neighbourhood"),
                MeetingColumn.IDEAS: QCoreApplication.translate("Models", "Ideas"),
                MeetingColumn.POLLS: QCoreApplication.translate("Models", "Polls"),
                MeetingColumn.HEADCOUNT: QCoreApplication.translate("Models", "Present"),
                MeetingColumn.STATUS: QCoreApplication.translate("Models", "Status"),
            }.get(MeetingColumn(section))
            if 0 <= section < len(MeetingColumn)
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        meeting = summary.meeting
        column = MeetingColumn(index.column())
        if role == OBJECT_ROLE:
            return summary
        if role == ID_ROLE:
            return meeting.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column is MeetingColumn.TITLE:
                return meeting.title
            if column is MeetingColumn.DATE:
                return QLocale().toString(
                    labels.qdatetime(meeting.date), QLocale.FormatType.ShortFormat
                )
            if column is MeetingColumn.NEIGHBOURHOOD:
                return meeting.neighbourhood
            if column is MeetingColumn.IDEAS:
                return summary.ideas
            if column is MeetingColumn.POLLS:
                return summary.polls
            if column is MeetingColumn.HEADCOUNT:
                return summary.headcount
            if meeting.archived:
                return QCoreApplication.translate("Models", "Archived")
            return labels.meeting_status_name(meeting.status)
        if role == Qt.ItemDataRole.ForegroundRole and meeting.archived:
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            MeetingColumn.IDEAS,
            MeetingColumn.POLLS,
            MeetingColumn.HEADCOUNT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def refresh(self, summaries: Sequence[MeetingSummary]) -> None:
        apply_rows(self, self._rows, summaries, key=lambda s: s.meeting.id)

    def summary(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def row_of(self, meeting_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.meeting.id == meeting_id:
                return row
        return -1
