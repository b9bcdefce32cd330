"""A state shown as a coloured badge (a rounded pill) in a table cell, sized to its words.

A model gives the badge's words (DisplayRole) and its kind (:data:`BADGE_ROLE`: a list of
``(words, kind)`` pairs, kind one of style's badge colours: "draft", "open", "closed",
"revealed"); the delegate paints each pill, and the header sizes the column to them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from facilitator.ui import style

#: [(words, kind), ...] of a cell's badges
BADGE_ROLE = Qt.ItemDataRole.UserRole + 20

_PAD_X, _PAD_Y, _BETWEEN = 8, 2, 4


class BadgeDelegate(QStyledItemDelegate):
    def _badges(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[str, str]]:
        value: Any = index.data(BADGE_ROLE)
        return list(value) if value else []

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badges = self._badges(index)
        if not badges:
            super().paint(painter, option, index)
            return
        widget = option.widget
        view_style = widget.style() if widget is not None else None
        if view_style is not None:  # the selection and focus, without the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            view_style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        scheme = style.current()
        metrics = QFontMetrics(option.font)
        rect: QRect = option.rect
        height = metrics.height() + 2 * _PAD_Y
        x = rect.left() + _BETWEEN
        y = rect.top() + (rect.height() - height) // 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for words, kind in badges:
            background, text = getattr(scheme, kind, scheme.draft)
            width = metrics.horizontalAdvance(words) + 2 * _PAD_X
            pill = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor(text))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, words)
            x += width + _BETWEEN
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        badges = self._badges(index)
        if not badges:
            return super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        width = sum(metrics.horizontalAdvance(w) + 2 * _PAD_X + _BETWEEN for w, _ in badges)
        return QSize(width + _BETWEEN, metrics.height() + 2 * _PAD_Y + 6)
