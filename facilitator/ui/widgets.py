"""Small widgets and helpers the sections share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QLabel, QSpinBox, QTableView, QWidget


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
