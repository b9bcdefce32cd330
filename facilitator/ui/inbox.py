"""The moderation inbox: ideas sent from phones, waiting for the spokesperson to accept, edit
or reject them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.model import IdeaStatus
from facilitator.ui import commands
from facilitator.ui.idea_models import IdeaColumn, IdeaFilter, IdeaModel
from facilitator.ui.session import Session
from facilitator.ui.widgets import plain_label


class Inbox(QWidget):
    def __init__(self, session: Session, model: IdeaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.ideas = IdeaFilter({IdeaStatus.PENDING}, self)
        self.ideas.setSourceModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = plain_label()
        layout.addWidget(self.title)
        self.table = QTableView()
        self.table.setModel(self.ideas)
        self.table.setAccessibleName(self.tr("Ideas waiting for moderation"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            IdeaColumn.TEXT, QHeaderView.ResizeMode.Stretch
        )
        for column in (IdeaColumn.THEME, IdeaColumn.SOURCE, IdeaColumn.MERGED, IdeaColumn.PLATFORM):
            self.table.setColumnHidden(column, True)
        self.table.horizontalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setAccessibleName(self.tr("Accept the selected idea"))
        self.accept_button.clicked.connect(self.accept)
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.reject_button.setAccessibleName(self.tr("Reject the selected idea"))
        self.reject_button.clicked.connect(self.reject)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected idea"))
        self.edit_button.clicked.connect(self.edit)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reject_button)
        layout.addLayout(buttons)

    def count_changed(self, pending: int) -> None:
        self.title.setText(
            self.tr("Sent from phones: %n waiting", "", pending)
            if pending
            else self.tr("Sent from phones: none waiting")
        )
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setEnabled(pending > 0)

    def show_idea(self, idea_id: str) -> None:
        """Select a waiting idea (found by Find)."""
        row = self.model.row_of(idea_id)
        index = self.ideas.from_ideas(row, IdeaColumn.TEXT)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            self.table.setFocus()

    def accept(self) -> None:
        self._moderate(IdeaStatus.KEPT)

    def reject(self) -> None:
        self._moderate(IdeaStatus.REJECTED)

    def edit(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.ideas.rowCount():
            index = self.ideas.index(0, IdeaColumn.TEXT)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.edit(index.siblingAtColumn(IdeaColumn.TEXT))

    def _moderate(self, status: IdeaStatus) -> None:
        """The selected ideas, or the first waiting one when none is selected."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.ideas.rowCount():
            rows = [0]
        ids = [
            self.model.idea(self.ideas.mapToSource(self.ideas.index(r, 0)).row()).id for r in rows
        ]
        if ids:
            self.session.perform(commands.set_idea_status(ids, status))
