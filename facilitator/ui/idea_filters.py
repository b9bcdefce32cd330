"""The bar above the ideas: which ideas to show (status, where from, words), and how many are.

Signals (FilterBar):
    changed(): the user changed what to show.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from facilitator.domain.model import IdeaSource, IdeaStatus
from facilitator.ui.widgets import plain_label


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Show ideas"))
        self.status.addItem(self.tr("Kept ideas"), [IdeaStatus.KEPT])
        self.status.addItem(self.tr("Hidden ideas"), [IdeaStatus.HIDDEN])
        self.status.addItem(self.tr("Kept and hidden"), [IdeaStatus.KEPT, IdeaStatus.HIDDEN])
        self.status.addItem(self.tr("Rejected ideas"), [IdeaStatus.REJECTED])
        self.status.currentIndexChanged.connect(self.changed)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source"))
        self.source.addItem(self.tr("All sources"), None)
        self.source.addItem(self.tr("Said aloud"), IdeaSource.SPOKESPERSON)
        self.source.addItem(self.tr("From phones"), IdeaSource.PHONE)
        self.source.addItem(self.tr("On paper"), IdeaSource.PAPER)
        self.source.currentIndexChanged.connect(self.changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the ideas"))
        self.search.setAccessibleName(self.tr("Search the ideas"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.changed)
        layout.addWidget(self.status)
        layout.addWidget(self.source)
        layout.addWidget(self.search, 1)
        self.count = plain_label()
        self.count.setWordWrap(False)
        layout.addWidget(self.count)

    def statuses(self) -> set[IdeaStatus]:
        return {IdeaStatus(s) for s in self.status.currentData() or ["kept"]}

    def chosen_source(self) -> IdeaSource | None:
        source = self.source.currentData()  # Qt hands enum data back as plain strings
        return IdeaSource(source) if source else None

    def show_count(self, shown: int) -> None:
        self.count.setText(self.tr("%n idea(s) shown", "", shown))
