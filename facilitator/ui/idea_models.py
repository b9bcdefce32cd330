"""The Qt models of the Ideas section: every idea of a meeting, its themes, and the filtered
views of them (the list shown, the inbox of ideas from phones).

The models never write: they hold what the repositories returned and say what the user asked
to change through signals, so edits go through undoable commands. They take in the changes a
write reports (:meth:`IdeaModel.apply`) and emit the narrowest change (inserted rows, changed
cells), so a list of thousands of ideas stays fast and keeps its selection and scroll position.
"""

from __future__ import annotations

import html
from collections.abc import Hashable, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from facilitator.domain.model import Idea, IdeaSource, IdeaStatus
from facilitator.domain.themes import Theme
from facilitator.storage.changes import Change, Op
from facilitator.ui import labels
from facilitator.ui.rows import FILTER_ROLE, ID_ROLE, NO_INDEX, OBJECT_ROLE, Index, apply_rows

IDEA_MIME = "application/x-facilitator-idea-ids"


class IdeaColumn(IntEnum):
    TEXT = 0
    THEME = 1
    SOURCE = 2
    MERGED = 3
    PLATFORM = 4  # what became of the idea: its proposal on the platform, once synced


#: A theme's colour ("" for none), in the list of themes.
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 11

#: An idea's proposal address on the platform (the Platform column), or None.
LINK_ROLE = Qt.ItemDataRole.UserRole + 10

#: An idea's row in :class:`IdeaModel`, by which its painted copy is put back in order.
_ORDER_ROLE = Qt.ItemDataRole.UserRole + 12


#: Ideas longer than this (characters) show in full in their tooltip.
LONG_IDEA = 40

_COLUMNS = len(IdeaColumn)

_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
_EDITABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable


class IdeaModel(QAbstractTableModel):
    """Every idea of one meeting, in list order (views filter by status with a proxy).

    The views paint from :attr:`painted`, a plain Qt model that follows this one cell for
    cell: each call Qt's C++ makes into Python takes the GIL, and waits for it while the phone
    server or the storage writer runs Python, so a repaint of the list must make none
    (:class:`IdeaFilter` shows it). This model is what the code reads and edits through.

    Signals:
        edit_requested(object, object): the user edited a cell: the idea before and after.
        move_requested(list, int): ideas (by id) dragged to a row of this model.
        links_shown(bool): some idea has a proposal on the platform now, or none has any more.
    """

    edit_requested = Signal(object, object)
    links_shown = Signal(bool)
    move_requested = Signal(list, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Idea] = []
        self._row_of: dict[str, int] = {}
        self._merged: dict[str, list[Idea]] = {}
        self._links: dict[str, str] = {}
        #: the names of the sources, looked up once (the language is chosen at start-up)
        self._source_names: dict[IdeaSource, str] = {}
        #: each theme's colour, for the swatch in the Theme column
        self.theme_colours: dict[str, str] = {}
        self._swatches: dict[str, Any] = {}
        #: the same cells in a plain Qt model, what the views paint (and filter) from
        self.painted = QStandardItemModel(0, _COLUMNS, self)
        self.painted.setHorizontalHeaderLabels(
            [str(self.headerData(c, Qt.Orientation.Horizontal)) for c in range(_COLUMNS)]
        )
        self.painted.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsDropEnabled)
        self.rowsInserted.connect(self._paint_inserted)
        self.rowsRemoved.connect(self._paint_removed)
        self.dataChanged.connect(self._paint_changed)
        self.layoutChanged.connect(self._paint_reordered)
        self.modelReset.connect(self._paint_all)

    def set_theme_colours(self, colours: dict[str, str]) -> None:
        """Each theme's colour (the dot in the Theme column)."""
        if colours != self.theme_colours:
            self.theme_colours = dict(colours)
            self._column_changed(IdeaColumn.THEME)

    def set_links(self, links: dict[str, str]) -> None:
        """Each idea's proposal address on the platform (sync's state)."""
        if links != self._links:
            had = bool(self._links)
            self._links = dict(links)
            self._column_changed(IdeaColumn.PLATFORM)
            if had != bool(links):
                self.links_shown.emit(bool(links))

    def _column_changed(self, column: int) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def link(self, idea: Idea) -> str | None:
        """The idea's proposal, or for an idea merged into another, that one's."""
        found = self._links.get(idea.id)
        if found is None and idea.merged_into:
            found = self._links.get(idea.merged_into)
        return found

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(IdeaColumn):
            return None
        return {
            IdeaColumn.TEXT: QCoreApplication.translate("Models", "Idea"),
            IdeaColumn.THEME: QCoreApplication.translate("Models", "Theme"),
            IdeaColumn.SOURCE: QCoreApplication.translate("Models", "From"),
            IdeaColumn.MERGED: QCoreApplication.translate("Models", "Merged"),
            IdeaColumn.PLATFORM: QCoreApplication.translate("Models", "On the platform"),
        }[IdeaColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._cell(self._rows[index.row()], index.column()).get(role)

    def _swatch(self, colour: str) -> Any:
        """A theme colour's dot, drawn once per colour (every idea of the theme shows it)."""
        found = self._swatches.get(colour)
        if found is None:
            from facilitator.ui import icons

            found = self._swatches[colour] = icons.swatch(colour)
        return found

    def _cell(self, idea: Idea, column: int) -> dict[int, Any]:
        """Every role of one cell, worked out at once: what :meth:`data` answers and what the
        painted copy holds."""
        link = self.link(idea)
        merged = self._merged.get(idea.id, ())
        if column == IdeaColumn.TEXT:
            text = idea.text
        elif column == IdeaColumn.THEME:
            text = idea.theme
        elif column == IdeaColumn.SOURCE:
            text = self._source_names.get(idea.source, "")
            if not text:
                text = self._source_names[idea.source] = labels.source_name(idea.source)
        elif column == IdeaColumn.PLATFORM:
            number = link.rsplit("/", 1)[-1] if link else ""
            text = (
                QCoreApplication.translate("Models", "Proposal %1").replace("%1", number)
                if link
                else ""
            )
        else:
            text = f"+{len(merged)}" if merged else ""
        cell: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: text,
            Qt.ItemDataRole.EditRole: text,
            OBJECT_ROLE: idea,
            ID_ROLE: idea.id,
            LINK_ROLE: link,
        }
        if column == IdeaColumn.THEME and idea.theme:
            colour = self.theme_colours.get(idea.theme)
            if colour:
                cell[Qt.ItemDataRole.DecorationRole] = self._swatch(colour)
        hidden = idea.status is IdeaStatus.HIDDEN
        if column == IdeaColumn.PLATFORM:
            cell[Qt.ItemDataRole.ToolTipRole] = link
            cell[FILTER_ROLE] = link or ""
        else:
            cell[FILTER_ROLE] = (
                idea.status.value,
                idea.theme,
                idea.source.value,
                str(len(merged)),
            )[column]  # in IdeaColumn order
            if column in (IdeaColumn.TEXT, IdeaColumn.MERGED):
                cell[Qt.ItemDataRole.ToolTipRole] = self._tooltip(idea, column == IdeaColumn.TEXT)
        if column == IdeaColumn.PLATFORM and link:
            font = QFont()
            font.setUnderline(True)
            cell[Qt.ItemDataRole.ForegroundRole] = QBrush(QColor("#1F4E8C"))
            cell[Qt.ItemDataRole.FontRole] = font
        elif hidden:
            font = QFont()
            font.setItalic(True)
            cell[Qt.ItemDataRole.ForegroundRole] = QBrush(QColor("#6b6b6b"))
            cell[Qt.ItemDataRole.FontRole] = font
        if column == IdeaColumn.TEXT:
            cell[Qt.ItemDataRole.AccessibleTextRole] = idea.text
        return cell

    def _tooltip(self, idea: Idea, with_text: bool) -> str | None:
        """A long idea in full, and the ideas merged into it; as escaped rich text, which Qt
        wraps to a readable width (a plain text tooltip is one line as wide as the screen)."""
        parts = []
        if with_text and len(idea.text) > LONG_IDEA:
            parts.append(f"<p>{html.escape(idea.text)}</p>")
        merged = self._merged.get(idea.id)
        if merged:
            title = html.escape(QCoreApplication.translate("Models", "Merged ideas:"))
            items = "".join(f"<li>{html.escape(m.text)}</li>" for m in merged)
            parts.append(f"<p><b>{title}</b></p><ul>{items}</ul>")
        return "<qt>" + "".join(parts) + "</qt>" if parts else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _flags(index)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        idea = self._rows[index.row()]
        text = str(value)
        if index.column() == IdeaColumn.TEXT and text.strip() and text.strip() != idea.text:
            self.edit_requested.emit(idea, replace(idea, text=text.strip()))
            return True
        if index.column() == IdeaColumn.THEME and text.strip().lstrip("#") != idea.theme:
            self.edit_requested.emit(idea, replace(idea, theme=text))
            return True
        return False

    # drag and drop: the model reports the move; the command does it and the refresh shows it
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [IDEA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        ids = "\n".join(self._rows[r].id for r in rows)
        data.setData(IDEA_MIME, QByteArray(ids.encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(IDEA_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [i for i in bytes(data.data(IDEA_MIME).data()).decode().split("\n") if i]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        self.move_requested.emit(ids, row)
        # the move is made by a command; returning False keeps the view from removing rows
        return False

    # -- data ----------------------------------------------------------------------------------

    def refresh(self, ideas: Sequence[Idea]) -> None:
        merged: dict[str, list[Idea]] = {}
        for idea in ideas:
            if idea.merged_into:
                merged.setdefault(idea.merged_into, []).append(idea)
        touched: set[Hashable] = {
            key
            for key in set(merged) | set(self._merged)
            if merged.get(key) != self._merged.get(key)
        }
        self._merged = merged
        apply_rows(self, self._rows, ideas, key=lambda i: i.id, extra_changed=touched)
        self._row_of = {idea.id: row for row, idea in enumerate(self._rows)}

    def apply(self, changes: Sequence[Change]) -> bool:
        """Take in the changes of this meeting's ideas; False when they cannot be taken in
        (an order changed elsewhere, a row not sent) and the ideas must be read again.

        What typing and moderating make (ideas edited in place, new ones at the end) costs
        the rows changed, not the thousands kept; merges, moves and removals re-sort the list.
        """
        edited: dict[int, Idea] = {}
        added: list[Idea] = []
        for change in changes:
            idea = change.decoded()
            if change.kind != "idea" or (idea is None and change.op is not Op.DELETED):
                return False
            if idea is None or not self._fits(idea):
                return self._resort(changes)
            row = self._row_of.get(idea.id)
            if row is None:
                added.append(idea)
            else:
                edited[row] = idea
        added.sort(key=_list_order)
        if added and self._rows and _list_order(added[0]) <= _list_order(self._rows[-1]):
            return self._resort(changes)
        for row, idea in edited.items():
            self._rows[row] = idea
            self.dataChanged.emit(self.index(row, 0), self.index(row, _COLUMNS - 1))
        if added:
            first = len(self._rows)
            self.beginInsertRows(NO_INDEX, first, first + len(added) - 1)
            self._rows.extend(added)
            self._row_of.update({idea.id: first + n for n, idea in enumerate(added)})
            self.endInsertRows()
        return True

    def _fits(self, idea: Idea) -> bool:
        """Whether a changed idea keeps its place and its merge (no re-sort needed)."""
        if idea.merged_into is not None:
            return False
        row = self._row_of.get(idea.id)
        if row is None:
            return True
        known = self._rows[row]
        return known.position == idea.position and known.merged_into is None

    def _resort(self, changes: Sequence[Change]) -> bool:
        ideas = {idea.id: idea for idea in self._rows}
        for change in changes:
            idea = change.decoded()
            if idea is None:
                ideas.pop(change.key, None)
            else:
                ideas[change.key] = idea
        self.refresh(sorted(ideas.values(), key=_list_order))
        return True

    # -- the painted copy ---------------------------------------------------------------------

    def _painted_cell(self, row: int, column: int) -> QStandardItem:
        item = QStandardItem()
        for role, value in self._cell(self._rows[row], column).items():
            # a plain item keeps the edit role with the display role
            if value is not None and role != Qt.ItemDataRole.EditRole:
                item.setData(value, role)
        item.setFlags(_COLUMN_FLAGS[column])
        return item

    def _paint_inserted(self, _parent: Index, first: int, last: int) -> None:
        self._paint_rows(first, last - first + 1)

    def _paint_rows(self, first: int, count: int) -> None:
        """Rows inserted at ``first``: in one change for the filters (each change of rows is a
        pass over their mappings), then their cells."""
        self.painted.insertRows(first, count)
        self._paint_changed(self.index(first, 0), self.index(first + count - 1, _COLUMNS - 1))

    def _paint_removed(self, _parent: Index, first: int, last: int) -> None:
        self.painted.removeRows(first, last - first + 1)

    def _paint_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: Any) -> None:
        painted = self.painted
        first, last = top_left.row(), bottom_right.row()
        left, right = top_left.column(), bottom_right.column()
        if first < 0 or left < 0:
            return
        painted.blockSignals(True)  # one change for the views, not one per role and cell
        try:
            for row in range(first, last + 1):
                for column in range(left, right + 1):
                    painted.setItem(row, column, self._painted_cell(row, column))
        finally:
            painted.blockSignals(False)
        painted.dataChanged.emit(painted.index(first, left), painted.index(last, right))

    def _paint_reordered(self, *_: Any) -> None:
        """The rows moved (a merge, a move): the painted rows are sorted into the same order,
        so the views' selections and current rows follow them."""
        painted = self.painted
        order = {idea.id: row for row, idea in enumerate(self._rows)}
        painted.blockSignals(True)
        try:
            for row in range(painted.rowCount()):
                item = painted.item(row, 0)
                item.setData(order.get(item.data(ID_ROLE), -1), _ORDER_ROLE)
        finally:
            painted.blockSignals(False)
        painted.setSortRole(_ORDER_ROLE)
        painted.sort(0)
        if self._rows:  # merged counts and such may have changed with the order
            self._paint_changed(self.index(0, 0), self.index(len(self._rows) - 1, _COLUMNS - 1))

    def _paint_all(self) -> None:
        self.painted.setRowCount(0)
        if self._rows:
            self._paint_rows(0, len(self._rows))

    def idea(self, row: int) -> Idea:
        return self._rows[row]

    def ideas(self) -> list[Idea]:
        return list(self._rows)

    def merged_into(self, idea_id: str) -> list[Idea]:
        return list(self._merged.get(idea_id, ()))

    def row_of(self, idea_id: str) -> int:
        return self._row_of.get(idea_id, -1)


def _flags(index: Index) -> Qt.ItemFlag:
    """What can be done with a cell: it depends on its column alone (the painted cells' too)."""
    if not index.isValid():
        return Qt.ItemFlag.ItemIsDropEnabled
    return _COLUMN_FLAGS[index.column()]


#: Each column's flags: the idea's text and theme can be edited in place.
_COLUMN_FLAGS = tuple(
    _EDITABLE_FLAGS if column in (IdeaColumn.TEXT, IdeaColumn.THEME) else _FLAGS
    for column in range(_COLUMNS)
)


def _list_order(idea: Idea) -> tuple[int, object]:
    """The order of a meeting's list, as the repository reads it."""
    return idea.position, idea.created_at


class ThemeModel(QAbstractListModel):
    """Themes of the kept ideas with their counts; the first row stands for all themes.

    Themes keep the order and colour the spokesperson gave them (their records), then come
    the others by name, and the ideas without a theme last. ``ID_ROLE`` holds the theme
    (``None`` for all themes, ``""`` for ideas without one).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str | None, int, str]] = [(None, 0, "")]
        self._records: dict[str, Theme] = {}
        self._counts: dict[str, int] = {}

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        theme, count, colour = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if theme is None:
                name = QCoreApplication.translate("Models", "All themes")
            elif theme == "":
                name = QCoreApplication.translate("Models", "No theme")
            else:
                name = theme
            return f"{name} ({count})"
        if role == Qt.ItemDataRole.DecorationRole and theme and colour:
            from facilitator.ui import icons

            return icons.swatch(colour)
        if role == ID_ROLE:
            return theme
        if role == COLOUR_ROLE:
            return colour
        if role == Qt.ItemDataRole.EditRole:
            return theme or ""
        return None

    def refresh(
        self, themes: dict[str, int] | None = None, records: list[Theme] | None = None
    ) -> None:
        """The kept ideas per theme, and (when given) the themes' records."""
        if themes is not None:
            self._counts = dict(themes)
        if records is not None:
            self._records = {t.name: t for t in records}
        placed = sorted(
            (t for t in self._records.values() if t.name in self._counts and t.position >= 0),
            key=lambda t: (t.position, t.name.casefold()),
        )
        placed_names = {t.name for t in placed}
        others = sorted((n for n in self._counts if n and n not in placed_names), key=str.casefold)
        names = [t.name for t in placed] + others
        if "" in self._counts:
            names.append("")
        rows: list[tuple[str | None, int, str]] = [(None, sum(self._counts.values()), "")]
        for name in names:
            record = self._records.get(name)
            rows.append((name, self._counts[name], record.colour if record else ""))
        apply_rows(self, self._rows, rows, key=lambda r: r[0])

    def themes(self) -> list[str]:
        """The named themes, in the list's order."""
        return [theme for theme, _, _ in self._rows if theme]

    def colour(self, theme: str) -> str:
        record = self._records.get(theme)
        return record.colour if record else ""


class IdeaFilter(QSortFilterProxyModel):
    """Shows the ideas with the wanted statuses, theme, source and words, in list order.

    Its source is an :class:`IdeaModel` (``setSourceModel``), but it filters and maps the
    model's painted copy, row for row the same: a view paints every cell through it, and
    nothing it is asked while painting is answered in Python. ``mapToSource`` gives an index of
    that copy, whose row is the idea's row in the model; :meth:`from_ideas` maps a row of the
    model to this filter. Edits and drags go to the model.
    """

    def __init__(self, statuses: set[IdeaStatus], parent: Any = None) -> None:
        super().__init__(parent)
        self.statuses = statuses
        self.theme: str | None = None
        self.source: IdeaSource | None = None
        self.words = ""
        self._ideas: IdeaModel | None = None

    def setSourceModel(self, sourceModel: Any) -> None:
        if isinstance(sourceModel, IdeaModel):
            self._ideas = sourceModel
            sourceModel = sourceModel.painted
        super().setSourceModel(sourceModel)

    @property
    def ideas(self) -> IdeaModel:
        assert self._ideas is not None, "IdeaFilter.setSourceModel(IdeaModel) first"
        return self._ideas

    def from_ideas(self, row: int, column: int = 0) -> QModelIndex:
        """The index in this filter of a row of the ideas model (invalid when filtered out)."""
        return self.mapFromSource(self.ideas.painted.index(row, column))

    def set_filter(
        self,
        *,
        statuses: set[IdeaStatus] | None = None,
        theme: str | bool | None = False,
        source: IdeaSource | bool | None = False,
        words: str | None = None,
    ) -> None:
        self.beginFilterChange()
        if statuses is not None:
            self.statuses = statuses
        if theme is not False:
            self.theme = theme if isinstance(theme, str) else None
        if source is not False:
            self.source = source if isinstance(source, IdeaSource) else None
        if words is not None:
            self.words = words.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        idea = self.ideas.idea(source_row)
        if idea.status not in self.statuses:
            return False
        if self.theme is not None and idea.theme != self.theme:
            return False
        if self.source is not None and idea.source is not self.source:
            return False
        return not self.words or self.words in idea.text.casefold()

    # -- what is asked on an edit or a drag, not while painting: the model answers ----------

    def _to_ideas(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        source = self.mapToSource(index)
        return self.ideas.index(source.row(), source.column())

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return self.ideas.setData(self._to_ideas(index), value, role)

    def supportedDropActions(self) -> Qt.DropAction:
        return self.ideas.supportedDropActions()

    def mimeTypes(self) -> list[str]:
        return self.ideas.mimeTypes()

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return self.ideas.mimeData([self._to_ideas(i) for i in indexes])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.ideas.canDropMimeData(data, action, row, column, self._to_ideas(parent))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = row
        if row >= 0:
            # a drop between rows: before this filter's row, which is that idea's row
            target = (
                self.mapToSource(self.index(row, 0)).row()
                if row < self.rowCount()
                else self.ideas.rowCount()
            )
        return self.ideas.dropMimeData(data, action, target, column, self._to_ideas(parent))
