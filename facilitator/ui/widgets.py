"""Small widgets and helpers the sections share."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as plain text (user text is never read as markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def fit_rows(table: QTableView) -> None:
    """Size a short table to its rows, so the section reads without inner scrolling."""
    rows = table.model().rowCount()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += (
        sum(table.rowHeight(r) for r in range(rows)) or table.verticalHeader().defaultSectionSize()
    )
    table.setFixedHeight(min(height, 420))


def keep_words_whole(table: QTableView, columns: Sequence[int], least: int) -> None:
    """Columns as wide as their words, unwrapped, whatever the table's width; the stretched
    column takes the rest, and the table never gets narrower than that plus ``least``.

    Qt's ResizeToContents gives way: with word wrap on (the default) a cell's size hint is as
    narrow as its longest word, and a crowded header squeezes it ("Majority judg…", "12…").
    Follows the model's rows as they change.
    """
    header = table.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)

    def fit(*_: object) -> None:
        model = table.model()
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect = QRect(0, 0, 10_000, 100)  # room enough: no wrapping
        total = 0
        for column in columns:
            width = header.sectionSizeHint(column)
            delegate = table.itemDelegateForColumn(column) or table.itemDelegate()
            for row in range(model.rowCount()):
                hint = delegate.sizeHint(option, model.index(row, column))
                width = max(width, hint.width() + 2 * WORD_PADDING)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
            total += width
        table.setMinimumWidth(total + least + 2 * table.frameWidth())

    model = table.model()
    for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.layoutChanged):
        signal.connect(fit)
    fit()


#: What a fitted column adds to its words, each side (the grid and the cell's margin).
WORD_PADDING = 4


def fit_to_words(
    table: QTableView,
    words: Mapping[int, Iterable[str]],
    *,
    extra: Mapping[int, int] | None = None,
    most: int | None = None,
) -> None:
    """Columns as wide as the words they can hold (and their header's), given rather than
    measured from every row, plus ``extra`` pixels (an icon), at most ``most``."""
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    pad = 2 * WORD_PADDING + 2 * metrics.horizontalAdvance(" ")
    for column, texts in words.items():
        width = max((metrics.horizontalAdvance(t) for t in texts), default=0) + pad
        width = max(width + (extra or {}).get(column, 0), header.sectionSizeHint(column))
        if most is not None:
            width = min(width, most)
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)


class _ShareByWords(QObject):
    """Keeps a table's columns as wide as their headers' words, the room left shared evenly."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # the viewport's size, not the table's: a scroll bar coming or going changes only it
        self.viewport = table.viewport()
        self.viewport.installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.headerDataChanged, model.layoutChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.viewport:
            self.fit()
        return False

    def fit(self, *_: object) -> None:
        header = self.table.horizontalHeader()
        count = header.count()
        if count == 0:
            return
        needed = [header.sectionSizeHint(c) for c in range(count)]
        room = self.viewport.width() - sum(needed)
        extra, rest = divmod(max(room, 0), count)
        for column, width in enumerate(needed):
            header.resizeSection(column, width + extra + (1 if column < rest else 0))


def share_by_words(table: QTableView) -> None:
    """Columns at least as wide as their header's words, sharing what is left evenly.

    Stretch gives every column the same width, so a long name ("Insuffisant", "Assez bien")
    was cut while a short one ("Bien") had room to spare. When the words need more than the
    table has, the table scrolls sideways rather than cut them.
    """
    _ShareByWords(table)


class CountBox(QSpinBox):
    """The wheel changes the count only once the box has the keyboard focus (clicked or tabbed
    to); over an unfocused box it scrolls the panel, so scrolling never changes a count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone gives no focus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # for the scroll area around it
