"""The Sync section's preview: every proposal exactly as it will appear on the platform, the
ones that need attention listed with the rule broken (and a fix) or the platform's own
message, and the selected one editable in place: a title of its own, the idea's text, or left
out of the platform.

Signals (PreviewPanel):
    title_edited(str, str): a proposal title of the spokesperson's own (idea id, title; empty:
        the idea's text again).
    idea_text_edited(str, str): the idea's own text changed (idea id, new text).
    excluded_changed(str, bool): the idea is to be left off the platform, or not.
    show_idea_requested(str): show this idea in the Ideas section.
    link_clicked(str): open this address in the browser.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.errors import current_language
from facilitator.storage.sync_state import ItemState
from facilitator.sync.preview import ProposalPreview
from facilitator.ui.sync_models import ProposalColumn, ProposalModel


class PreviewPanel(QWidget):
    title_edited = Signal(str, str)
    idea_text_edited = Signal(str, str)
    excluded_changed = Signal(str, bool)
    show_idea_requested = Signal(str)
    link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProposalModel(self)
        self._current: ProposalPreview | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Proposals as they will appear"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProposalColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ProposalColumn.NUMBER, 48)
        header.resizeSection(ProposalColumn.STATE, 150)
        header.resizeSection(ProposalColumn.LINK, 200)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.clicked.connect(self._clicked)
        splitter.addWidget(self.table)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.attention_title = QLabel()
        self.attention_title.setTextFormat(Qt.TextFormat.PlainText)
        side_layout.addWidget(self.attention_title)
        self.attention = QListWidget()
        self.attention.setAccessibleName(self.tr("Needs attention"))
        self.attention.setWordWrap(True)
        self.attention.itemActivated.connect(self._attention_chosen)
        self.attention.itemClicked.connect(self._attention_chosen)
        self.attention.setMaximumHeight(84)
        side_layout.addWidget(self.attention)

        form = QFormLayout()
        self.number = QLabel()
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Idea:"), self.number)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Proposal title"))
        self.title.setToolTip(
            self.tr("A title of your own for the platform; empty: the idea's text")
        )
        self.title.editingFinished.connect(self._title_done)
        form.addRow(self.tr("&Title:"), self.title)
        self.idea_text = QLineEdit()
        self.idea_text.setAccessibleName(self.tr("The idea's text"))
        self.idea_text.editingFinished.connect(self._idea_done)
        form.addRow(self.tr("I&dea's text:"), self.idea_text)
        side_layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What to fix"))
        self.problem.setStyleSheet("color: #8A3B00; font-weight: bold")
        side_layout.addWidget(self.problem)
        body_label = QLabel(self.tr("Description as it will appear:"))
        side_layout.addWidget(body_label)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Description as it will appear"))
        side_layout.addWidget(self.body, 1)
        buttons = QHBoxLayout()
        self.excluded = QCheckBox(self.tr("&Leave this idea off the platform"))
        self.excluded.toggled.connect(self._excluded_toggled)
        buttons.addWidget(self.excluded)
        buttons.addStretch(1)
        self.show_idea = QPushButton(self.tr("Show in &Ideas"))
        self.show_idea.clicked.connect(self._show_idea)
        buttons.addWidget(self.show_idea)
        side_layout.addLayout(buttons)
        splitter.addWidget(side)
        splitter.setSizes([640, 520])
        self._show(None)

    # -- data ----------------------------------------------------------------------------------

    def set_rows(self, rows: list[ProposalPreview]) -> None:
        selected = self._current.idea_id if self._current else None
        self.model.set_rows(rows)
        self._fill_attention(rows)
        row = self.model.row_of(selected) if selected else -1
        if row < 0 and rows:
            row = next((n for n, r in enumerate(rows) if r.needs_attention), 0)
        if row >= 0:
            self.select_row(row)
        else:
            self._show(None)

    def _fill_attention(self, rows: list[ProposalPreview]) -> None:
        lang = current_language()
        self.attention.clear()
        count = 0
        for preview in rows:
            if not preview.needs_attention:
                continue
            count += 1
            reason = preview.problem.text(lang) if preview.problem else ""
            item = QListWidgetItem(f"#{preview.number} « {preview.title} » — {reason}")
            item.setData(Qt.ItemDataRole.UserRole, preview.idea_id)
            self.attention.addItem(item)
        self.attention_title.setText(
            self.tr("Needs attention: %n proposal(s)", "", count)
            if count
            else self.tr("Nothing needs attention.")
        )

    def select_idea(self, idea_id: str) -> None:
        row = self.model.row_of(idea_id)
        if row >= 0:
            self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, ProposalColumn.TITLE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._show(self.model.preview(row))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.preview(current.row()) if current.isValid() else None)

    def _show(self, preview: ProposalPreview | None) -> None:
        self._current = preview
        for widget in (self.title, self.idea_text, self.excluded, self.show_idea):
            widget.setEnabled(preview is not None)
        if preview is None:
            self.number.setText("")
            self.title.clear()
            self.idea_text.clear()
            self.body.clear()
            self.problem.clear()
            return
        self.number.setText(f"#{preview.number}")
        self.title.setText(preview.custom_title or "")
        self.title.setPlaceholderText(preview.idea_text)
        self.idea_text.setText(preview.idea_text)
        self.body.setPlainText(preview.body)
        lang = current_language()
        if preview.breaches and not preview.excluded:
            lines = [
                f"{b.message(lang)} {b.fix_fr if lang == 'fr' else b.fix_en}".strip()
                for b in preview.breaches
            ]
            self.problem.setText("\n".join(lines))
        elif preview.needs_attention and preview.problem is not None:
            self.problem.setText(preview.problem.text(lang))
        else:
            self.problem.clear()
        # a sent proposal keeps its place on the platform: it cannot be left out any more
        self.excluded.blockSignals(True)
        self.excluded.setChecked(preview.excluded)
        self.excluded.setEnabled(preview.state not in (ItemState.SENT, ItemState.CHANGED))
        self.excluded.blockSignals(False)

    # -- edits ---------------------------------------------------------------------------------

    def _title_done(self) -> None:
        preview = self._current
        if preview is None:
            return
        text = self.title.text().strip()
        if text != (preview.custom_title or ""):
            self.title_edited.emit(preview.idea_id, text)

    def _idea_done(self) -> None:
        preview = self._current
        if preview is None:
            return
        text = self.idea_text.text().strip()
        if text and text != preview.idea_text:
            self.idea_text_edited.emit(preview.idea_id, text)

    def _excluded_toggled(self, checked: bool) -> None:
        if self._current is not None:
            self.excluded_changed.emit(self._current.idea_id, checked)

    def _show_idea(self) -> None:
        if self._current is not None:
            self.show_idea_requested.emit(self._current.idea_id)

    def _attention_chosen(self, item: QListWidgetItem) -> None:
        idea_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(idea_id, str):
            self.select_idea(idea_id)
            self.title.setFocus()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == ProposalColumn.LINK:
            address = self.model.preview(index.row()).address
            if address:
                self.link_clicked.emit(address)
