"""The themes of a meeting, first-class: pick one to show its ideas, rename, merge, colour and
reorder them (each an undoable edit), from buttons, the right-click menu or the keyboard.

Signals (ThemesPanel):
    use_requested(str): the user wants this theme for the next ideas typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.themes import THEME_COLOURS, match_theme
from facilitator.ui import commands, icons
from facilitator.ui.idea_models import ThemeModel
from facilitator.ui.rows import ID_ROLE
from facilitator.ui.session import Session
from facilitator.ui.widgets import plain_label


class ThemesPanel(QWidget):
    use_requested = Signal(str)

    def __init__(self, session: Session, model: ThemeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.meeting_id: str | None = None
        self.dialog: QInputDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = plain_label(self.tr("Themes"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.list = QListView()
        self.list.setModel(model)
        self.list.setAccessibleName(self.tr("Themes"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.activated.connect(self._use)
        self.list.setToolTip(
            self.tr("Click a theme to show its ideas; double-click to use it for new ideas")
        )
        layout.addWidget(self.list, 1)
        self._build_actions()
        row = QHBoxLayout()
        row.setSpacing(2)
        for action in (self.act_rename, self.act_merge, self.act_up, self.act_down):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
            row.addWidget(button)
        self.colour_button = QToolButton()
        self.colour_button.setIcon(icons.icon("palette"))
        self.colour_button.setToolTip(self.tr("Colour of the theme"))
        self.colour_button.setAccessibleName(self.tr("Colour of the theme"))
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.colour_button.setAutoRaise(True)
        self.colour_menu = self._colour_menu()
        self.colour_button.setMenu(self.colour_menu)
        row.addWidget(self.colour_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.list.selectionModel().selectionChanged.connect(self._update_actions)
        self.list.selectionModel().currentChanged.connect(self._update_actions)
        model.modelReset.connect(self._update_actions)
        model.rowsInserted.connect(self._update_actions)
        model.rowsRemoved.connect(self._update_actions)
        self._update_actions()

    def _build_actions(self) -> None:
        def action(text: str, icon: str, slot: Any, shortcut: str | None = None) -> QAction:
            act = QAction(icons.icon(icon), text, self)
            act.setToolTip(text.replace("&", "").rstrip("…"))
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.list.addAction(act)
            return act

        self.act_use = action(self.tr("&Use for new ideas"), "lightbulb", self._use_current)
        self.act_rename = action(self.tr("&Rename theme…"), "pencil", self.ask_rename, "F2")
        self.act_merge = action(
            self.tr("&Merge selected themes into the first"), "merge", self.merge_selected
        )
        self.act_up = action(self.tr("Move theme &up"), "arrow-up", lambda: self.move_theme(-1))
        self.act_down = action(
            self.tr("Move theme &down"), "arrow-down", lambda: self.move_theme(1)
        )

    def _colour_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Colour"), self)
        menu.setIcon(icons.icon("palette"))
        names = (
            self.tr("Orange"),
            self.tr("Sky blue"),
            self.tr("Green"),
            self.tr("Yellow"),
            self.tr("Blue"),
            self.tr("Vermilion"),
            self.tr("Pink"),
            self.tr("Grey"),
        )
        for colour, name in zip(THEME_COLOURS, names, strict=True):
            act = menu.addAction(icons.swatch(colour), name)
            act.triggered.connect(lambda _=False, c=colour: self.set_colour(c))
        menu.addSeparator()
        none = menu.addAction(self.tr("No colour"))
        none.triggered.connect(lambda: self.set_colour(""))
        return menu

    # -- what is chosen --------------------------------------------------------------------------

    def current_theme(self) -> str | None:
        """The named theme under the cursor (None for all themes or ideas without one)."""
        index = self.list.currentIndex()
        theme = index.data(ID_ROLE) if index.isValid() else None
        return theme or None

    def selected_themes(self) -> list[str]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedIndexes())
        found = [self.model.index(r, 0).data(ID_ROLE) for r in rows]
        current = self.current_theme()
        named = [t for t in found if t]
        if current and current in named:  # the one clicked first goes first
            named.remove(current)
            named.insert(0, current)
        return named

    def _update_actions(self, *_: object) -> None:
        one = self.current_theme() is not None and self.meeting_id is not None
        for action in (self.act_use, self.act_rename, self.act_up, self.act_down):
            action.setEnabled(one)
        self.colour_button.setEnabled(one)
        self.act_merge.setEnabled(len(self.selected_themes()) >= 2)

    # -- edits ---------------------------------------------------------------------------------

    def _use(self, index: QModelIndex) -> None:
        self.use_requested.emit(index.data(ID_ROLE) or "")

    def _use_current(self) -> None:
        theme = self.current_theme()
        if theme:
            self.use_requested.emit(theme)

    def ask_rename(self) -> QInputDialog | None:
        theme = self.current_theme()
        if theme is None:
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename theme"))
        dialog.setLabelText(
            self.tr("New name for “%1” (an existing theme's name merges the two):").replace(
                "%1", theme
            )
        )
        dialog.setTextValue(theme)
        dialog.setComboBoxEditable(True)
        dialog.setComboBoxItems([theme, *(t for t in self.model.themes() if t != theme)])
        dialog.setTextValue(theme)
        dialog.textValueSelected.connect(lambda new: self.rename(theme, new))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def rename(self, old: str, new: str) -> None:
        if self.meeting_id is None:
            return
        target = match_theme(new, [t for t in self.model.themes() if t != old])
        if not target or target == old:
            return
        self.session.perform(
            commands.rename_theme(self.meeting_id, old, target),
            lambda _: self.select_theme(target),
        )

    def merge_selected(self) -> None:
        themes = self.selected_themes()
        if len(themes) < 2 or self.meeting_id is None:
            self.session.messages.show_info(self.tr("Select two themes or more to merge them."))
            return
        into = themes[0]
        self.session.perform(
            commands.merge_themes(self.meeting_id, themes[1:], into),
            lambda _: self.select_theme(into),
        )

    def set_colour(self, colour: str) -> None:
        theme = self.current_theme()
        if theme is not None and self.meeting_id is not None:
            self.session.perform(commands.set_theme_colour(self.meeting_id, theme, colour))

    def move_theme(self, step: int) -> None:
        theme = self.current_theme()
        if theme is None or self.meeting_id is None:
            return
        order = self.model.themes()
        at = order.index(theme)
        to = at + step
        if not 0 <= to < len(order):
            return
        order[at], order[to] = order[to], order[at]
        self.session.perform(
            commands.reorder_themes(self.meeting_id, order), lambda _: self.select_theme(theme)
        )

    def select_theme(self, theme: str) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == theme:
                self.list.setCurrentIndex(index)
                return

    def _context_menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        if index.isValid() and not self.list.selectionModel().isSelected(index):
            self.list.setCurrentIndex(index)
        self.context_menu().popup(self.list.viewport().mapToGlobal(point))

    def context_menu(self) -> QMenu:
        """What the right-click on a theme offers (built afresh: it follows the selection)."""
        menu = QMenu(self)
        for action in (self.act_use, None, self.act_rename, self.act_merge):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        colours = menu.addMenu(self.colour_menu)
        colours.setEnabled(self.current_theme() is not None)
        menu.addSeparator()
        menu.addAction(self.act_up)
        menu.addAction(self.act_down)
        self.menu = menu
        return menu


class ThemeDelegate(QStyledItemDelegate):
    """The Theme cell's editor completes the meeting's themes as one types (a typo would make
    a new theme), matching anywhere in the name, whatever the case."""

    def __init__(self, themes: ThemeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.themes = themes

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self.themes.themes(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        editor.setCompleter(completer)
        editor.setAccessibleName(self.tr("Theme"))
        return editor
