"""The Ideas section: capture while people talk, tidy up, and moderate ideas sent from phones.

Signals (IdeasView):
    poll_requested(list): the user wants a poll whose options are these ideas (Idea objects).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import Idea, IdeaSource, IdeaStatus, split_theme_tag
from facilitator.storage.changes import Changes
from facilitator.ui import commands
from facilitator.ui.idea_models import LINK_ROLE, IdeaColumn, IdeaFilter, IdeaModel, ThemeModel
from facilitator.ui.rows import ID_ROLE
from facilitator.ui.session import Session


class IdeasView(QWidget):
    poll_requested = Signal(list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        self.model = IdeaModel(self)
        self.model.edit_requested.connect(self._edit)
        self.model.move_requested.connect(self._move)
        self.themes = ThemeModel(self)
        self.shown = IdeaFilter({IdeaStatus.KEPT}, self)
        self.shown.setSourceModel(self.model)
        self.inbox = IdeaFilter({IdeaStatus.PENDING}, self)
        self.inbox.setSourceModel(self.model)
        self._build()
        self._build_actions()

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        capture_row = QHBoxLayout()
        self.capture = QLineEdit()
        self.capture.setPlaceholderText(
            self.tr("Type an idea and press Enter (add #theme to file it)")
        )
        self.capture.setAccessibleName(self.tr("New idea"))
        self.capture.setClearButtonEnabled(True)
        font = self.capture.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.capture.setFont(font)
        self.capture.returnPressed.connect(self.add_from_capture)
        capture_row.addWidget(self.capture, 4)
        self.current_theme = QComboBox()
        self.current_theme.setEditable(True)
        self.current_theme.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.current_theme.setAccessibleName(self.tr("Theme of new ideas"))
        self.current_theme.setToolTip(self.tr("Theme given to new ideas without a #theme (Ctrl+T)"))
        theme_edit = self.current_theme.lineEdit()
        assert theme_edit is not None
        theme_edit.setPlaceholderText(self.tr("No theme"))
        theme_edit.returnPressed.connect(self.capture.setFocus)
        self.current_theme.setMinimumWidth(180)
        capture_row.addWidget(self.current_theme, 1)
        layout.addLayout(capture_row)

        filters = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show ideas"))
        self.status_filter.addItem(self.tr("Kept ideas"), [IdeaStatus.KEPT])
        self.status_filter.addItem(self.tr("Hidden ideas"), [IdeaStatus.HIDDEN])
        self.status_filter.addItem(self.tr("Kept and hidden"), [IdeaStatus.KEPT, IdeaStatus.HIDDEN])
        self.status_filter.addItem(self.tr("Rejected ideas"), [IdeaStatus.REJECTED])
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.source_filter = QComboBox()
        self.source_filter.setAccessibleName(self.tr("Source"))
        self.source_filter.addItem(self.tr("All sources"), None)
        self.source_filter.addItem(self.tr("Said aloud"), IdeaSource.SPOKESPERSON)
        self.source_filter.addItem(self.tr("From phones"), IdeaSource.PHONE)
        self.source_filter.addItem(self.tr("On paper"), IdeaSource.PAPER)
        self.source_filter.currentIndexChanged.connect(self._filter_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the ideas"))
        self.search.setAccessibleName(self.tr("Search the ideas"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.source_filter)
        filters.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.theme_list = QListView()
        self.theme_list.setModel(self.themes)
        self.theme_list.setAccessibleName(self.tr("Themes"))
        self.theme_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.theme_list.selectionModel().currentChanged.connect(self._filter_changed)
        self.theme_list.activated.connect(self._use_theme)
        self.theme_list.setToolTip(
            self.tr("Click a theme to show its ideas; double-click to use it for new ideas")
        )
        splitter.addWidget(self.theme_list)

        self.table = QTableView()
        self.table.setModel(self.shown)
        self.table.setAccessibleName(self.tr("Ideas"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(IdeaColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (IdeaColumn.THEME, IdeaColumn.SOURCE, IdeaColumn.MERGED, IdeaColumn.PLATFORM):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(IdeaColumn.THEME, 170)
        header.resizeSection(IdeaColumn.SOURCE, 110)
        header.resizeSection(IdeaColumn.MERGED, 80)
        header.resizeSection(IdeaColumn.PLATFORM, 150)
        self.table.clicked.connect(self._open_link)
        splitter.addWidget(self.table)

        inbox_box = QWidget()
        inbox_layout = QVBoxLayout(inbox_box)
        inbox_layout.setContentsMargins(0, 0, 0, 0)
        self.inbox_title = QLabel()
        self.inbox_title.setTextFormat(Qt.TextFormat.PlainText)
        inbox_layout.addWidget(self.inbox_title)
        self.inbox_table = QTableView()
        self.inbox_table.setModel(self.inbox)
        self.inbox_table.setAccessibleName(self.tr("Ideas waiting for moderation"))
        self.inbox_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inbox_table.setWordWrap(True)
        self.inbox_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.inbox_table.verticalHeader().hide()
        self.inbox_table.horizontalHeader().setStretchLastSection(False)
        self.inbox_table.horizontalHeader().setSectionResizeMode(
            IdeaColumn.TEXT, QHeaderView.ResizeMode.Stretch
        )
        for column in (IdeaColumn.THEME, IdeaColumn.SOURCE, IdeaColumn.MERGED, IdeaColumn.PLATFORM):
            self.inbox_table.setColumnHidden(column, True)
        self.inbox_table.horizontalHeader().hide()
        self.inbox_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        inbox_layout.addWidget(self.inbox_table)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setAccessibleName(self.tr("Accept the selected idea"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.reject_button.setAccessibleName(self.tr("Reject the selected idea"))
        self.reject_button.clicked.connect(self.reject_selected)
        edit_button = QPushButton(self.tr("Edit"))
        edit_button.setAccessibleName(self.tr("Edit the selected idea"))
        edit_button.clicked.connect(self._edit_inbox)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(edit_button)
        buttons.addWidget(self.reject_button)
        inbox_layout.addLayout(buttons)
        splitter.addWidget(inbox_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([190, 760, 260])
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.capture)

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str, slot: Any) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_capture = action(self.tr("&Capture an idea"), "Ctrl+I", self.focus_capture)
        self.act_theme = action(
            self.tr("Choose the &theme of new ideas"), "Ctrl+T", self._focus_theme
        )
        self.act_edit = action(self.tr("&Edit idea"), "F2", self._edit_current)
        self.act_set_theme = action(
            self.tr("Give the &current theme to the selected ideas"),
            "Ctrl+Shift+T",
            self.theme_selected,
        )
        self.act_merge = action(self.tr("&Merge selected ideas"), "Ctrl+M", self.merge_selected)
        self.act_split = action(self.tr("&Split merged ideas"), "Ctrl+Shift+M", self.split_current)
        self.act_hide = action(self.tr("&Hide or show again"), "Ctrl+H", self.toggle_hidden)
        self.act_up = action(self.tr("Move &up"), "Alt+Up", lambda: self._nudge(-1))
        self.act_down = action(self.tr("Move &down"), "Alt+Down", lambda: self._nudge(1))
        self.act_poll = action(
            self.tr("&Poll from selected ideas…"), "Ctrl+Shift+P", self._request_poll
        )
        self.act_accept = action(
            self.tr("&Accept idea from phone"), "Ctrl+Shift+A", self.accept_selected
        )
        self.act_reject = action(
            self.tr("&Reject idea from phone"), "Ctrl+Shift+R", self.reject_selected
        )
        self.actions_for_menu = [
            self.act_capture,
            self.act_theme,
            self.act_edit,
            self.act_set_theme,
            None,
            self.act_merge,
            self.act_split,
            self.act_hide,
            self.act_up,
            self.act_down,
            None,
            self.act_poll,
            None,
            self.act_accept,
            self.act_reject,
        ]

    # -- data ----------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.model.refresh([])
        self.refresh()

    def refresh(self) -> None:
        """Read the meeting's ideas afresh (on opening it)."""
        if self.meeting_id is None:
            return
        self.model.refresh(self.session.ws.ideas.for_meeting(self.meeting_id))
        self.model.set_links(self.session.ws.sync_state.public_links(self.meeting_id).proposals)
        self._ideas_changed()

    def apply(self, changes: Changes) -> None:
        """Take in the ideas these changes bring, row by row; read them all again only when
        they cannot be (their order changed elsewhere)."""
        if self.meeting_id is None:
            return
        mine = changes.of("idea", "idea_order", meeting_id=self.meeting_id)
        if not mine:
            return
        if self.model.apply(mine):
            self._ideas_changed()
        else:
            self.refresh()

    def _ideas_changed(self) -> None:
        ideas = self.model.ideas()
        themes = Counter(i.theme for i in ideas if i.status is IdeaStatus.KEPT)
        self.themes.refresh(dict(themes))
        self._refresh_theme_choices()
        pending = sum(1 for i in ideas if i.status is IdeaStatus.PENDING)
        self.inbox_title.setText(
            self.tr("Sent from phones: %n waiting", "", pending)
            if pending
            else self.tr("Sent from phones: none waiting")
        )
        self.accept_button.setEnabled(pending > 0)
        self.reject_button.setEnabled(pending > 0)
        self._update_count()

    def _refresh_theme_choices(self) -> None:
        wanted = self.themes.themes()
        existing = [self.current_theme.itemText(i) for i in range(self.current_theme.count())]
        if existing != wanted:
            text = self.current_theme.currentText()
            self.current_theme.blockSignals(True)
            self.current_theme.clear()
            self.current_theme.addItems(wanted)
            self.current_theme.setEditText(text)
            self.current_theme.blockSignals(False)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n idea(s) shown", "", self.shown.rowCount()))

    # -- capture -------------------------------------------------------------------------------

    def focus_capture(self) -> None:
        self.capture.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_theme(self) -> None:
        self.current_theme.setFocus(Qt.FocusReason.ShortcutFocusReason)
        theme_edit = self.current_theme.lineEdit()
        if theme_edit is not None:
            theme_edit.selectAll()

    def add_from_capture(self) -> None:
        line = self.capture.text().strip()
        if not line or self.meeting_id is None:
            return
        text, tag = split_theme_tag(line)
        if not text:
            # only a #theme: it becomes the theme of the next ideas
            self.current_theme.setEditText(tag)
            self.capture.clear()
            return
        theme = tag or self.current_theme.currentText().strip()
        try:
            idea = Idea(meeting_id=self.meeting_id, text=text, theme=theme).validated()
        except FacilitatorError as error:
            self.session.messages.show_error(error)  # the line stays, to be corrected
            return
        self.capture.clear()  # the next idea can be typed while this one is written

        def refused(_error: BaseException) -> None:
            if not self.capture.text():
                self.capture.setText(line)

        self.session.perform(
            commands.add_idea(idea), lambda stored: self._show_idea(stored.id), refused
        )

    def _show_idea(self, idea_id: str) -> None:
        row = self.model.row_of(idea_id)
        if row < 0:
            return
        index = self.shown.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.scrollTo(index)

    def show_idea(self, idea_id: str) -> None:
        """Select an idea (from the Sync section, to fix it), showing kept ideas if needed."""
        if self.status_filter.currentIndex() != 0:
            self.status_filter.setCurrentIndex(0)
        self.search.clear()
        self.theme_list.setCurrentIndex(QModelIndex())
        self.select_ideas([idea_id])
        self._show_idea(idea_id)
        row = self.model.row_of(idea_id)
        index = self.shown.mapFromSource(self.model.index(row, IdeaColumn.TEXT))
        if index.isValid():
            self.table.setCurrentIndex(index)
        self.table.setFocus()

    def _open_link(self, index: QModelIndex) -> None:
        """A click on an idea's platform link opens its proposal in the browser."""
        if index.column() == IdeaColumn.PLATFORM:
            address = index.data(LINK_ROLE)
            if address:
                QDesktopServices.openUrl(QUrl(str(address)))

    def _use_theme(self, index: QModelIndex) -> None:
        theme = index.data(ID_ROLE)
        self.current_theme.setEditText(theme or "")
        self.capture.setFocus()

    # -- selection -----------------------------------------------------------------------------

    def selected_ideas(self) -> list[Idea]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.idea(self.shown.mapToSource(self.shown.index(r, 0)).row()) for r in rows]

    def select_ideas(self, idea_ids: list[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for idea_id in idea_ids:
            row = self.model.row_of(idea_id)
            index = self.shown.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _inbox_ideas(self) -> list[Idea]:
        rows = sorted({i.row() for i in self.inbox_table.selectionModel().selectedRows()})
        if not rows and self.inbox.rowCount():
            rows = [0]
        return [self.model.idea(self.inbox.mapToSource(self.inbox.index(r, 0)).row()) for r in rows]

    # -- edits ---------------------------------------------------------------------------------

    def _edit(self, before: Idea, after: Idea) -> None:
        self.session.perform(commands.edit_idea(before, after))

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(IdeaColumn.TEXT))

    def _edit_inbox(self) -> None:
        index = self.inbox_table.currentIndex()
        if not index.isValid() and self.inbox.rowCount():
            index = self.inbox.index(0, IdeaColumn.TEXT)
        if index.isValid():
            self.inbox_table.setCurrentIndex(index)
            self.inbox_table.edit(index.siblingAtColumn(IdeaColumn.TEXT))

    def _move(self, idea_ids: list[str], row: int) -> None:
        if self.meeting_id is not None:
            self.session.perform(
                commands.move_ideas(self.meeting_id, idea_ids, row),
                lambda _: self.select_ideas(idea_ids),
            )

    def _nudge(self, step: int) -> None:
        ideas = self.selected_ideas()
        if not ideas or self.meeting_id is None:
            return
        visible = [
            self.model.idea(self.shown.mapToSource(self.shown.index(r, 0)).row()).id
            for r in range(self.shown.rowCount())
        ]
        ids = [i.id for i in ideas]
        first = visible.index(ids[0]) if step < 0 else visible.index(ids[-1])
        neighbour = first + step
        if not 0 <= neighbour < len(visible):
            return
        target_row = self.model.row_of(visible[neighbour])
        if step > 0:
            target_row += 1
        self._move(ids, target_row)

    def merge_selected(self) -> None:
        ideas = self.selected_ideas()
        if len(ideas) < 2 or self.meeting_id is None:
            self.session.messages.show_info(self.tr("Select two ideas or more to merge them."))
            return
        into = ideas[0]

        def merged(_: object) -> None:
            self.select_ideas([into.id])
            self.session.messages.show_info(
                self.tr("%n idea(s) merged into the first one.", "", len(ideas) - 1)
            )

        self.session.perform(commands.merge_ideas([i.id for i in ideas], into.id), merged)

    def theme_selected(self) -> None:
        ideas = self.selected_ideas()
        if not ideas or self.meeting_id is None:
            return
        theme = self.current_theme.currentText().strip()
        self.session.perform(commands.set_theme([i.id for i in ideas], theme))

    def split_current(self) -> None:
        ideas = self.selected_ideas()
        if not ideas or self.meeting_id is None:
            return
        if not self.model.merged_into(ideas[0].id):
            self.session.messages.show_info(self.tr("This idea has no merged ideas."))
            return
        self.session.perform(commands.split_idea(ideas[0].id))

    def toggle_hidden(self) -> None:
        ideas = self.selected_ideas()
        if not ideas or self.meeting_id is None:
            return
        hidden = all(i.status is IdeaStatus.HIDDEN for i in ideas)
        status = IdeaStatus.KEPT if hidden else IdeaStatus.HIDDEN
        self.session.perform(commands.set_idea_status([i.id for i in ideas], status))

    def accept_selected(self) -> None:
        self._moderate(IdeaStatus.KEPT)

    def reject_selected(self) -> None:
        self._moderate(IdeaStatus.REJECTED)

    def _moderate(self, status: IdeaStatus) -> None:
        ideas = self._inbox_ideas()
        if not ideas or self.meeting_id is None:
            return
        self.session.perform(commands.set_idea_status([i.id for i in ideas], status))

    def _request_poll(self) -> None:
        ideas = self.selected_ideas()
        if not ideas:
            ideas = [
                self.model.idea(self.shown.mapToSource(self.shown.index(r, 0)).row())
                for r in range(self.shown.rowCount())
            ]
        ideas = [i for i in ideas if i.status is IdeaStatus.KEPT]
        if not ideas:
            self.session.messages.show_info(self.tr("There are no ideas to vote on yet."))
            return
        self.poll_requested.emit(ideas)

    # -- filters -------------------------------------------------------------------------------

    def _filter_changed(self, *_: object) -> None:
        statuses = {IdeaStatus(s) for s in self.status_filter.currentData() or ["kept"]}
        theme_index = self.theme_list.currentIndex()
        theme = theme_index.data(ID_ROLE) if theme_index.isValid() else None
        # Qt hands enum data back as plain strings
        source = self.source_filter.currentData()
        self.shown.set_filter(
            statuses=statuses,
            theme=theme,
            source=IdeaSource(source) if source else None,
            words=self.search.text(),
        )
        self._update_count()
