"""The Ideas section: capture while people talk, tidy up, and moderate ideas sent from phones.

Signals (IdeasView):
    poll_requested(list): the user wants a poll whose options are these ideas (Idea objects).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.model import Idea, IdeaSource, IdeaStatus
from facilitator.domain.themes import match_theme
from facilitator.storage.changes import Changes
from facilitator.ui import commands, labels
from facilitator.ui.capture import CaptureBar
from facilitator.ui.idea_filters import FilterBar
from facilitator.ui.idea_models import LINK_ROLE, IdeaColumn, IdeaFilter, IdeaModel, ThemeModel
from facilitator.ui.inbox import Inbox
from facilitator.ui.rows import ID_ROLE
from facilitator.ui.session import Session
from facilitator.ui.themes_panel import ThemeDelegate, ThemesPanel
from facilitator.ui.widgets import fit_to_words


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
        self._fitted_for: list[str] | None = None  # the themes the columns were fitted to
        self._build()
        self._build_actions()

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.capture_bar = CaptureBar(self.session)
        # queued: scrolling lays the list out, in an event of its own rather than the write's
        self.capture_bar.added.connect(self._show_idea, Qt.ConnectionType.QueuedConnection)
        #: the capture line and the theme of new ideas (the section's keyboard starts there)
        self.capture = self.capture_bar.line
        self.current_theme = self.capture_bar.theme
        layout.addWidget(self.capture_bar)

        self.filters = FilterBar()
        self.filters.changed.connect(self._filter_changed)
        self.status_filter = self.filters.status
        self.source_filter = self.filters.source
        self.search = self.filters.search
        self.count_label = self.filters.count
        layout.addWidget(self.filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.themes_panel = ThemesPanel(self.session, self.themes)
        self.themes_panel.use_requested.connect(self.capture_bar.use_theme)
        #: the list of themes (a click shows a theme's ideas)
        self.theme_list = self.themes_panel.list
        self.theme_list.selectionModel().currentChanged.connect(self._filter_changed)
        splitter.addWidget(self.themes_panel)

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
        # The rows have no header of their own (a blank strip), and every idea added made the
        # row header measure a hundred or so of its sections: ~1,900 calls into Python
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(IdeaColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (IdeaColumn.THEME, IdeaColumn.SOURCE, IdeaColumn.MERGED, IdeaColumn.PLATFORM):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # the Platform column comes once an idea is on the platform
        self.table.setColumnHidden(IdeaColumn.PLATFORM, True)
        self.model.links_shown.connect(
            lambda shown: self.table.setColumnHidden(IdeaColumn.PLATFORM, not shown)
        )
        self.table.setItemDelegateForColumn(
            IdeaColumn.THEME, ThemeDelegate(self.themes, self.table)
        )
        self.table.clicked.connect(self._open_link)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        splitter.addWidget(self.table)

        self.inbox = Inbox(self.session, self.model)
        splitter.addWidget(self.inbox)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([210, 760, 260])
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
            self.tr("Choose the &theme of new ideas"), "Ctrl+T", self.capture_bar.focus_theme
        )
        self.act_edit = action(self.tr("&Edit idea"), "F2", self._edit_current)
        self.act_set_theme = action(
            self.tr("&Give the current theme to the selected ideas"),
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
            self.tr("&Accept idea from phone"), "Ctrl+Shift+A", self.inbox.accept
        )
        self.act_reject = action(
            self.tr("&Reject idea from phone"), "Ctrl+Shift+R", self.inbox.reject
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
        self.capture_bar.meeting_id = meeting_id
        self.themes_panel.meeting_id = meeting_id
        self.model.refresh([])
        self.refresh()

    def refresh(self) -> None:
        """Read the meeting's ideas afresh (on opening it)."""
        if self.meeting_id is None:
            return
        self.model.refresh(self.session.ws.ideas.for_meeting(self.meeting_id))
        self.model.set_links(self.session.ws.sync_state.public_links(self.meeting_id).proposals)
        self._read_themes()
        self._ideas_changed()

    def _read_themes(self) -> None:
        """The themes' colours and order (their records)."""
        if self.meeting_id is None:
            return
        records = self.session.ws.themes.for_meeting(self.meeting_id)
        self.themes.refresh(records=records)
        self.model.set_theme_colours({t.name: t.colour for t in records if t.colour})

    def _fit_columns(self, themes: list[str]) -> None:
        """The idea's words get the room: the other columns as wide as the few words they can
        hold (measured from those words, not from thousands of rows)."""
        swatch = self.table.fontMetrics().height()  # the theme's colour dot and its gap
        fit_to_words(
            self.table,
            {
                IdeaColumn.THEME: themes,
                IdeaColumn.SOURCE: [labels.source_name(s) for s in IdeaSource],
                IdeaColumn.MERGED: ["+99"],
                IdeaColumn.PLATFORM: [],
            },
            extra={IdeaColumn.THEME: swatch},
            most=240,
        )

    def apply(self, changes: Changes) -> None:
        """Take in the ideas these changes bring, row by row; read them all again only when
        they cannot be (their order changed elsewhere)."""
        if self.meeting_id is None:
            return
        if changes.touches("theme", meeting_id=self.meeting_id):
            self._read_themes()
            self._ideas_changed()
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
        names = self.themes.themes()
        self.capture_bar.set_themes(names)
        if names != self._fitted_for:
            self._fitted_for = names
            self._fit_columns(names)
        self.inbox.count_changed(sum(1 for i in ideas if i.status is IdeaStatus.PENDING))
        self._update_count()

    def _update_count(self) -> None:
        self.filters.show_count(self.shown.rowCount())

    # -- capture -------------------------------------------------------------------------------

    def focus_capture(self) -> None:
        self.capture_bar.focus()

    def _show_idea(self, idea_id: str) -> None:
        row = self.model.row_of(idea_id)
        if row < 0:
            return
        index = self.shown.from_ideas(row, IdeaColumn.TEXT)
        if index.isValid():
            # the scroll range follows new rows only at the next layout: lay out first, or
            # the scroll stops short and the new idea shows half cut under the edge
            self.table.updateGeometries()
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def show_idea(self, idea_id: str) -> None:
        """Select an idea (from Sync, to fix it; from Find), showing its status if needed: a
        merged idea shows the one it was merged into, one from a phone its place in the inbox."""
        row = self.model.row_of(idea_id)
        idea = self.model.idea(row) if row >= 0 else None
        if idea is not None and idea.status is IdeaStatus.MERGED and idea.merged_into:
            idea_id, idea = idea.merged_into, None
            row = self.model.row_of(idea_id)
            idea = self.model.idea(row) if row >= 0 else None
        if idea is not None and idea.status is IdeaStatus.PENDING:
            self.inbox.show_idea(idea_id)
            return
        wanted = 1 if idea is not None and idea.status is IdeaStatus.HIDDEN else 0
        if idea is not None and idea.status is IdeaStatus.REJECTED:
            wanted = 3
        if self.status_filter.currentIndex() != wanted:
            self.status_filter.setCurrentIndex(wanted)
        self.search.clear()
        self.source_filter.setCurrentIndex(0)
        self.theme_list.setCurrentIndex(QModelIndex())
        self.select_ideas([idea_id])
        self._show_idea(idea_id)
        index = self.shown.from_ideas(row, IdeaColumn.TEXT)
        if index.isValid():
            self.table.setCurrentIndex(index)
        self.table.setFocus()

    def _open_link(self, index: QModelIndex) -> None:
        """A click on an idea's platform link opens its proposal in the browser."""
        if index.column() == IdeaColumn.PLATFORM:
            address = index.data(LINK_ROLE)
            if address:
                QDesktopServices.openUrl(QUrl(str(address)))

    # -- selection -----------------------------------------------------------------------------

    def selected_ideas(self) -> list[Idea]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.idea(self.shown.mapToSource(self.shown.index(r, 0)).row()) for r in rows]

    def select_ideas(self, idea_ids: list[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for idea_id in idea_ids:
            row = self.model.row_of(idea_id)
            index = self.shown.from_ideas(row, 0)
            if index.isValid():
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    # -- edits ---------------------------------------------------------------------------------

    def _edit(self, before: Idea, after: Idea) -> None:
        if after.theme != before.theme:  # "velo" typed in the cell files under "Vélo"
            after = replace(after, theme=match_theme(after.theme, self.themes.themes()))
            if after.theme == before.theme and after.text == before.text:
                return
        self.session.perform(commands.edit_idea(before, after))

    def _context_menu(self, point: QPoint) -> None:
        from facilitator.ui.idea_menu import idea_menu

        index = self.table.indexAt(point)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        self.menu = idea_menu(self)
        self.menu.popup(self.table.viewport().mapToGlobal(point))

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(IdeaColumn.TEXT))

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
        theme_index = self.theme_list.currentIndex()
        theme = theme_index.data(ID_ROLE) if theme_index.isValid() else None
        self.shown.set_filter(
            statuses=self.filters.statuses(),
            theme=theme,
            source=self.filters.chosen_source(),
            words=self.search.text(),
        )
        self._update_count()
