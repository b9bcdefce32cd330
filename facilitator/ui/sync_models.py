"""The Sync section's table: every kept idea as the proposal it will be, its state and link.

Signals: none (the model never writes; the section writes through the sync driver).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from facilitator.storage.sync_state import ItemState
from facilitator.sync.preview import ProposalPreview
from facilitator.ui.rows import ID_ROLE, NO_INDEX, OBJECT_ROLE, Index

# Rows that break a platform rule or were refused: a light orange the text stays readable on
ATTENTION = QColor("#FCE3CF")
CHANGED = QColor("#FFF6CC")
SENT = QColor("#E3F1E3")


class ProposalColumn(IntEnum):
    NUMBER = 0
    TITLE = 1
    STATE = 2
    LINK = 3


def state_label(preview: ProposalPreview) -> str:
    """The item's state in the spokesperson's words (one place for the words)."""

    translate = QCoreApplication.translate
    if preview.needs_attention:
        return translate("SyncModels", "Needs attention")
    return {
        ItemState.PENDING: translate("SyncModels", "Waiting"),
        ItemState.SENDING: translate("SyncModels", "Sending"),
        ItemState.SENT: translate("SyncModels", "Sent"),
        ItemState.CHANGED: translate("SyncModels", "Changed since sync"),
        ItemState.EXCLUDED: translate("SyncModels", "Left out"),
        ItemState.ATTENTION: translate("SyncModels", "Needs attention"),
    }[preview.state]


class ProposalModel(QAbstractTableModel):
    """One row per kept idea, in the meeting's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProposalPreview] = []

    def set_rows(self, rows: list[ProposalPreview]) -> None:
        if [r.idea_id for r in rows] == [r.idea_id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(ProposalColumn) - 1)
                )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_state(self, idea_id: str, state: ItemState) -> None:
        """Show a state the running sync reported, before the next full read."""
        from dataclasses import replace

        for row, preview in enumerate(self._rows):
            if preview.idea_id == idea_id:
                self._rows[row] = replace(preview, state=state, breaches=())
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(ProposalColumn) - 1))
                return

    def rows(self) -> list[ProposalPreview]:
        return list(self._rows)

    def row_of(self, idea_id: str) -> int:
        for row, preview in enumerate(self._rows):
            if preview.idea_id == idea_id:
                return row
        return -1

    def preview(self, row: int) -> ProposalPreview:
        return self._rows[row]

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(ProposalColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ProposalColumn):
            return None

        translate = QCoreApplication.translate
        return {
            ProposalColumn.NUMBER: translate("SyncModels", "No."),
            ProposalColumn.TITLE: translate("SyncModels", "Title on the platform"),
            ProposalColumn.STATE: translate("SyncModels", "State"),
            ProposalColumn.LINK: translate("SyncModels", "On the platform"),
        }[ProposalColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        preview = self._rows[index.row()]
        column = ProposalColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is ProposalColumn.NUMBER:
                return preview.number
            if column is ProposalColumn.TITLE:
                return preview.title
            if column is ProposalColumn.STATE:
                return state_label(preview)
            return preview.address or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is ProposalColumn.LINK and preview.address:
                return QCoreApplication.translate("SyncModels", "Click to open it")
            if preview.problem is not None and preview.needs_attention:
                return preview.problem.text(_language())
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if preview.needs_attention:
                return QBrush(ATTENTION)
            if preview.state is ItemState.CHANGED:
                return QBrush(CHANGED)
            if preview.state is ItemState.SENT:
                return QBrush(SENT)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is ProposalColumn.LINK:
                return QBrush(QColor("#1F4E8C"))
            if preview.excluded:
                return QBrush(QColor("#6b6b6b"))
            return None
        if role == OBJECT_ROLE:
            return preview
        if role == ID_ROLE:
            return preview.idea_id
        return None


def _language() -> str:
    from facilitator.domain.errors import current_language

    return current_language()
