"""The ideas wall: between polls, the meeting's ideas by theme as they are captured, with their
upvotes, painted large for the projector (and small in the presenter view).

Every text is drawn with ``drawText``, which never reads markup. When the ideas do not fit,
the text gets smaller down to a size still readable from the back; past that, the ideas with
the fewest upvotes of the longest themes are left out, and the wall says how many.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.domain.room import IdeasWall, WallIdea
from facilitator.ui import labels
from facilitator.ui.charts import LIGHT, Palette

_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


def width_of_columns(total: float, gap: float, wall: IdeasWall) -> float:
    """Each theme's column: up to four side by side."""
    columns = max(1, min(len(wall.themes), 4))
    return (total - gap * (columns + 1)) / columns


@dataclass(frozen=True)
class _Card:
    theme: int
    idea: WallIdea
    rect: QRectF


class IdeasWallView(QWidget):
    """Paints one :class:`IdeasWall`, its themes side by side in columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall: IdeasWall | None = None
        self.palette_ = LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Ideas wall"))

    def set_wall(self, wall: IdeasWall | None) -> None:
        self.wall = wall
        self.setAccessibleDescription(self.describe())
        self.update()

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.update()

    def describe(self) -> str:
        """The wall in words (for screen readers and tests)."""
        if self.wall is None:
            return ""
        parts = []
        for theme in self.wall.themes:
            ideas = "; ".join(f"{i.text} ({i.upvotes})" for i in theme.ideas)
            parts.append(f"{self._theme_name(theme.name)}: {ideas}")
        return " | ".join(parts)

    def _theme_name(self, name: str) -> str:
        return name or self.tr("Other ideas")

    def _title_font(self, font: QFont, width: float) -> QFont:
        """The themes' font, smaller if a word of a theme is wider than its column."""
        wall = self.wall
        words = [w for t in wall.themes for w in self._title(t.name, 0).split()] if wall else []
        fitted = QFont(font)
        while fitted.pointSizeF() > 7 and any(
            QFontMetricsF(fitted).horizontalAdvance(w) > width for w in words
        ):
            fitted.setPointSizeF(fitted.pointSizeF() * 0.92)
        return fitted

    def _title(self, name: str, count: int) -> str:
        return f"{self._theme_name(name)} ({count})"

    # -- layout --------------------------------------------------------------------------------

    def _fonts(self, size: float) -> tuple[QFont, QFont, QFont]:
        title = QFont(self.font())
        title.setPointSizeF(size * 1.25)
        title.setBold(True)
        text = QFont(self.font())
        text.setPointSizeF(size)
        badge = QFont(self.font())
        badge.setPointSizeF(size * 0.85)
        badge.setBold(True)
        return title, text, badge

    def _layout(self, size: float) -> tuple[list[_Card], list[QRectF], int]:
        """Cards and theme titles at this font size, and how many ideas did not fit."""
        wall = self.wall
        if wall is None or not wall.themes:
            return [], [], 0
        gap = size * 0.8
        title_font, text_font, badge_font = self._fonts(size)
        title_font = self._title_font(title_font, width_of_columns(self.width(), gap, wall))
        title_metrics = QFontMetricsF(title_font)
        text_metrics = QFontMetricsF(text_font)
        badge_h = QFontMetricsF(badge_font).height()
        columns = min(len(wall.themes), 4)
        width = width_of_columns(self.width(), gap, wall)
        cards: list[_Card] = []
        titles: list[QRectF] = []
        left_out = 0
        bottom = self.height() - gap
        tops = [gap] * columns  # where each column goes on
        for index, theme in enumerate(wall.themes):
            column = index % columns
            x = gap + column * (width + gap)
            y = tops[column]
            name = self._title(theme.name, len(theme.ideas))
            title_h = title_metrics.boundingRect(QRectF(0, 0, width, 100_000), _WRAP, name).height()
            titles.append(QRectF(x, y, width, title_h))
            y += title_h + gap * 0.4
            # most upvoted first once some have upvotes; in capture order otherwise
            for idea in sorted(theme.ideas, key=lambda i: -i.upvotes):
                box = text_metrics.boundingRect(
                    QRectF(0, 0, width - gap * 2, 100_000), _WRAP, idea.text
                )
                height = box.height() + gap * 1.2 + (badge_h if idea.upvotes else 0)
                if y + height > bottom:
                    left_out += 1
                    continue
                cards.append(_Card(index, idea, QRectF(x, y, width, height)))
                y += height + gap * 0.6
            tops[column] = y + gap * 1.5
        return cards, titles, left_out

    def _size(self) -> float:
        """The largest font size (points) at which every idea fits, down to a floor."""
        size = max(10.0, self.height() / 30)
        floor = max(9.0, self.height() / 80)
        while size > floor:
            _cards, _titles, left_out = self._layout(size)
            if not left_out:
                break
            size *= 0.9
        return max(size, floor)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.palette_
        wall = self.wall
        if wall is None or not wall.themes:
            painter.setPen(colours.muted)
            font = QFont(self.font())
            font.setPointSizeF(max(12.0, self.height() / 25))
            painter.setFont(font)
            painter.drawText(
                self.rect(),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                self.tr("The ideas will appear here."),
            )
            painter.end()
            return
        size = self._size()
        title_font, text_font, badge_font = self._fonts(size)
        cards, titles, left_out = self._layout(size)
        gap = size * 0.8
        painter.setFont(self._title_font(title_font, width_of_columns(self.width(), gap, wall)))
        painter.setPen(colours.text)
        for theme, rect in zip(wall.themes, titles, strict=True):
            painter.drawText(rect, _WRAP, self._title(theme.name, len(theme.ideas)))
        for card in cards:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.track)
            painter.drawRoundedRect(card.rect, gap * 0.5, gap * 0.5)
            painter.setPen(colours.text)
            painter.setFont(text_font)
            inner = card.rect.adjusted(gap, gap * 0.6, -gap, -gap * 0.6)
            painter.drawText(inner, _WRAP, card.idea.text)
            if card.idea.upvotes:
                painter.setFont(badge_font)
                painter.setPen(colours.winner)
                painter.drawText(
                    inner,
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                    "▲ " + labels.count("upvotes", card.idea.upvotes),
                )
        if left_out:
            painter.setFont(badge_font)
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(0, self.height() - gap * 2.5, self.width() - gap, gap * 2.5),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.tr("+ %n more idea(s)", "", left_out),
            )
        painter.end()
