"""Find: the ideas of every meeting at once (Ctrl+F), ranked, each with its meeting and date.

The words go to the full-text index (storage/search.py) on the task runner, the latest search
only, so typing never waits for it. Opening a hit opens its meeting with the idea selected.

Signals (FindDialog):
    idea_chosen(str, str): the meeting and the idea the user wants to see.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.storage.search import IdeaHit
from facilitator.ui.labels import qdatetime
from facilitator.ui.rows import ID_ROLE, NO_INDEX, OBJECT_ROLE, Index
from facilitator.ui.session import Session
from facilitator.ui.widgets import plain_label

#: How long typing pauses before the search runs (each key would search otherwise).
PAUSE_MS = 150


class HitColumn(IntEnum):
    IDEA = 0
    MEETING = 1
    DATE = 2
    THEME = 3


class HitModel(QAbstractTableModel):
    """The ideas found, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[IdeaHit] = []

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(HitColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(HitColumn):
            return None
        return {
            HitColumn.IDEA: QCoreApplication.translate("Find", "Idea"),
            HitColumn.MEETING: QCoreApplication.translate("Find", "Meeting"),
            HitColumn.DATE: QCoreApplication.translate("Find", "Date"),
            HitColumn.THEME: QCoreApplication.translate("Find", "Theme"),
        }[HitColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = HitColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is HitColumn.IDEA:
                return hit.idea.text
            if column is HitColumn.MEETING:
                return hit.meeting_title
            if column is HitColumn.DATE:
                return QLocale().toString(
                    qdatetime(hit.meeting_date).date(), QLocale.FormatType.ShortFormat
                )
            return hit.idea.theme
        if role == Qt.ItemDataRole.ToolTipRole and column is HitColumn.IDEA:
            return hit.idea.text
        if role == ID_ROLE:
            return hit.idea.id
        if role == OBJECT_ROLE:
            return hit
        return None

    def set_hits(self, hits: list[IdeaHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> IdeaHit:
        return self._hits[row]


class FindDialog(QDialog):
    idea_chosen = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Find in every meeting"))
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Words to find in the ideas of every meeting"))
        self.query.setAccessibleName(self.tr("Words to find"))
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        self.status = plain_label()
        layout.addWidget(self.status)
        self.hits = HitModel(self)
        self.table = QTableView()
        self.table.setModel(self.hits)
        self.table.setAccessibleName(self.tr("Ideas found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HitColumn.IDEA, QHeaderView.ResizeMode.Stretch)
        for column in (HitColumn.MEETING, HitColumn.DATE, HitColumn.THEME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _: self._pause.start())
        self.query.returnPressed.connect(self._open_first)
        #: the words of the hits shown (None before the first search)
        self.searched: str | None = None
        self.resize(900, 560)

    def search(self) -> None:
        words = self.query.text()
        search = self.session.ws.search

        def done(hits: list[IdeaHit]) -> None:
            self.hits.set_hits(hits)
            self.searched = words
            if not words.strip():
                self.status.setText("")
            elif hits:
                meetings = len({h.idea.meeting_id for h in hits})
                self.status.setText(
                    self.tr("%n idea(s) found", "", len(hits))
                    + " · "
                    + self.tr("in %n meeting(s)", "", meetings)
                )
            else:
                self.status.setText(self.tr("No idea has these words."))
            if hits:
                self.table.selectRow(0)

        self.session.tasks.latest(
            ("find", id(self)), lambda: search.ideas(words), done, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        from facilitator.domain.errors import FacilitatorError

        if not isinstance(error, FacilitatorError):
            raise error
        self.session.messages.show_error(error)

    def _open_first(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.hits.rowCount():
            index = self.hits.index(0, 0)
        if index.isValid():
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        hit = self.hits.hit(index.row())
        self.idea_chosen.emit(hit.idea.meeting_id, hit.idea.id)
