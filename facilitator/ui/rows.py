"""What every list model here shares: roles, and applying fresh rows with narrow notifications.

``apply_rows`` compares the new rows with the old and emits the narrowest change (inserted or
removed runs, changed cells, one layout change for moves), so big lists keep their selection
and scroll position and never reset on a refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Sequence
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex

#: The object a row stands for (an Idea, a Poll, a MeetingSummary...).
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The record id of the row.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: A value to sort or filter on (status, source or theme as plain text).
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3

#: The invisible root: the parent of every row of a flat model.
NO_INDEX = QModelIndex()

T = TypeVar("T")


def apply_rows(
    model: QAbstractTableModel | QAbstractListModel,
    rows: list[T],
    new_rows: Sequence[T],
    key: Callable[[T], Hashable],
    extra_changed: Collection[Hashable] = (),
) -> None:
    """Make ``rows`` (the model's own list) equal ``new_rows``, notifying views narrowly.

    Rows are matched by ``key``; ``extra_changed`` names rows to repaint although equal (their
    display depends on other rows, like an idea's count of merged ideas).
    """
    if isinstance(model, QAbstractListModel):
        last_column = 0
    else:
        last_column = max(model.columnCount(QModelIndex()) - 1, 0)
    old_keys = [key(r) for r in rows]
    new_keys = [key(r) for r in new_rows]
    if old_keys == new_keys:
        _emit_changed(model, rows, new_rows, key, extra_changed, last_column)
        return
    new_set = set(new_keys)
    # removals, bottom up, grouped in runs
    row = len(rows) - 1
    while row >= 0:
        if key(rows[row]) in new_set:
            row -= 1
            continue
        end = row
        while row - 1 >= 0 and key(rows[row - 1]) not in new_set:
            row -= 1
        model.beginRemoveRows(NO_INDEX, row, end)
        del rows[row : end + 1]
        model.endRemoveRows()
        row -= 1
    kept_keys = [key(r) for r in rows]
    old_set = set(kept_keys)
    if kept_keys != [k for k in new_keys if k in old_set]:
        # something moved: the new rows are inserted at the end first (a layout change keeps
        # the number of rows), then one layout change, persistent indexes follow their rows
        added = [r for r in new_rows if key(r) not in old_set]
        if added:
            model.beginInsertRows(NO_INDEX, len(rows), len(rows) + len(added) - 1)
            rows.extend(added)
            model.endInsertRows()
            kept_keys = [key(r) for r in rows]
        by_key = {key(r): r for r in new_rows}
        model.layoutAboutToBeChanged.emit()
        persistent = model.persistentIndexList()
        positions = {k: i for i, k in enumerate(new_keys)}
        moved_to = [
            (positions.get(kept_keys[index.row()], -1) if 0 <= index.row() < len(kept_keys) else -1)
            for index in persistent
        ]
        rows[:] = [by_key[k] for k in new_keys]
        model.changePersistentIndexList(
            persistent,
            [
                model.index(target, index.column()) if target >= 0 else QModelIndex()
                for index, target in zip(persistent, moved_to, strict=True)
            ],
        )
        model.layoutChanged.emit()
        return
    # insertions, top down, grouped in runs
    position = 0
    index = 0
    while index < len(new_keys):
        if new_keys[index] in old_set:
            position += 1
            index += 1
            continue
        start = index
        while index < len(new_keys) and new_keys[index] not in old_set:
            index += 1
        model.beginInsertRows(NO_INDEX, position, position + index - start - 1)
        rows[position:position] = list(new_rows[start:index])
        model.endInsertRows()
        position += index - start
    _emit_changed(model, rows, new_rows, key, extra_changed, last_column)


def _emit_changed(
    model: QAbstractTableModel | QAbstractListModel,
    rows: list[T],
    new_rows: Sequence[T],
    key: Callable[[T], Hashable],
    extra_changed: Collection[Hashable],
    last_column: int,
) -> None:
    start = -1
    for row, (old, new) in enumerate(zip(rows, new_rows, strict=True)):
        changed = old != new or key(new) in extra_changed
        rows[row] = new
        if changed and start < 0:
            start = row
        elif not changed and start >= 0:
            model.dataChanged.emit(model.index(start, 0), model.index(row - 1, last_column))
            start = -1
    if start >= 0:
        model.dataChanged.emit(model.index(start, 0), model.index(len(rows) - 1, last_column))
