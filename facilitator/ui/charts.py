"""Painted results: bars per option, and majority judgment's merit profiles as stacked bars.

Used in the Polls section and, scaled up and high-contrast, on the projector. Labels are drawn
with ``drawText``, which never interprets markup, so option texts show as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.domain.model import PollMethod
from facilitator.domain.voting import Tally
from facilitator.drawing.colours import grade_colours
from facilitator.ui import labels


@dataclass(frozen=True)
class Palette:
    background: QColor
    text: QColor
    muted: QColor
    bar: QColor
    winner: QColor
    track: QColor


LIGHT = Palette(
    background=QColor("#ffffff"),
    text=QColor("#111111"),
    muted=QColor("#555555"),
    bar=QColor("#3465a4"),
    winner=QColor("#1a7f37"),
    track=QColor("#e6e6e6"),
)
DARK = Palette(
    background=QColor("#000000"),
    text=QColor("#ffffff"),
    muted=QColor("#cccccc"),
    bar=QColor("#6fa8ff"),
    winner=QColor("#5fe08a"),
    track=QColor("#333333"),
)


class ResultsChart(QWidget):
    """Draws one tally. ``scale`` enlarges everything (the projector uses 2 to 3)."""

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        super().__init__(parent)
        self._tally: Tally | None = None
        self._scale = scale
        #: The scale actually painted with: smaller than asked when the space is short.
        self._effective = scale
        self.palette_ = LIGHT
        self.fill_background = False
        #: Labels beside the bars rather than above: half the height (the projector uses it).
        self.inline_labels = False
        #: Grow up to this factor beyond ``scale`` to fill the height (the projector uses it).
        self.max_growth = 1.0
        self._inline_now = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("Charts", "Results chart"))

    def set_tally(self, tally: Tally | None) -> None:
        self._tally = tally
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.update()

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self._effective = scale
        self.updateGeometry()
        self.update()

    def _describe(self) -> str:
        tally = self._tally
        if tally is None:
            return ""
        parts = []
        for result in tally.options:
            if tally.method is PollMethod.MAJORITY_JUDGMENT:
                grade = (
                    labels.grade_name(tally.grades[result.median_grade])
                    if result.median_grade is not None
                    else "—"
                )
                parts.append(f"{self._label(result.option_id, result.label)}: {grade}")
            else:
                parts.append(f"{self._label(result.option_id, result.label)}: {result.votes}")
        return "; ".join(parts)

    def _label(self, option_id: str, label: str) -> str:
        if self._tally is not None and self._tally.method is PollMethod.YES_NO_ABSTAIN:
            return labels.answer_name(option_id)
        return label

    def _font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self.font().pointSizeF() * self._effective * factor))
        font.setBold(bold)
        return font

    def _row_height(self) -> float:
        label = QFontMetricsF(self._font()).height()
        if self._inline_now:
            return label * 1.45 + 4 * self._effective
        return label * 1.1 + label * 1.3 + 8 * self._effective

    def _label_column(self, metrics: QFontMetricsF, texts: list[str], width: float) -> float:
        """Width of the label column when labels sit beside the bars (0 when above them)."""
        if not self._inline_now:
            return 0.0
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0.0)
        return min(widest + 12 * self._effective, width * 0.42)

    def _labels_fit_beside(self) -> bool:
        """Labels go beside the bars only when the longest fits in 40 % of the width."""
        if not self.inline_labels or self._tally is None:
            return False
        metrics = QFontMetricsF(self._font())
        texts = [f"{r.rank}. {self._label(r.option_id, r.label)}" for r in self._tally.options]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0.0)
        return widest <= (self.width() - 4) * 0.40

    def _draw_label(
        self, painter: QPainter, metrics: QFontMetricsF, text: str, y: float, column: float
    ) -> tuple[float, float, float]:
        """Draw an option's label; return where its bar goes: (x, y, height)."""
        width = self.width() - 4
        bar_h = metrics.height() * 1.1
        if self._inline_now:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, column - 8)
            painter.drawText(
                QRectF(2, y, column - 8, bar_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            return 2 + column, y, bar_h
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRectF(2, y, width, metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            shown,
        )
        return 2, y + metrics.height() * 1.1, bar_h

    def _needed_height(self, width: float) -> float:
        rows = len(self._tally.options) if self._tally else 3
        height = self._row_height() * rows + 6
        if self._tally is not None and self._tally.method is PollMethod.MAJORITY_JUDGMENT:
            metrics = QFontMetricsF(self._font(0.85))
            swatch = metrics.height() * 0.8
            line = sum(
                swatch + 22 + metrics.horizontalAdvance(labels.grade_name(g))
                for g in self._tally.grades
            )
            lines = max(1, -(-int(line) // max(int(width), 1)))
            height += 4 * self._effective + lines * metrics.height() * 1.3
        return height

    def sizeHint(self) -> QSize:
        self._effective = self._scale
        width = 480 * self._scale
        return QSize(int(width), int(self._needed_height(max(self.width(), 200)) + 4))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, int(self._row_height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.palette_
        if self.fill_background:
            painter.fillRect(self.rect(), colours.background)
        # shrink to the space there is rather than cut the last rows or the legend off
        self._effective = self._scale
        self._inline_now = self._labels_fit_beside()
        if self.max_growth > 1.0 and self._tally is not None:
            needed = self._needed_height(self.width() - 4)
            if needed < self.height():
                self._effective *= min(self.max_growth, 0.95 * self.height() / needed)
        for _ in range(3):
            needed = self._needed_height(self.width() - 4)
            if needed <= self.height():
                break
            self._effective *= max(0.3, self.height() / needed)
        tally = self._tally
        if tally is None or not tally.options:
            painter.setPen(colours.muted)
            painter.setFont(self._font())
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("Charts", "No results to show yet."),
            )
            painter.end()
            return
        if tally.method is PollMethod.MAJORITY_JUDGMENT:
            self._paint_profiles(painter, tally)
        else:
            self._paint_bars(painter, tally)
        painter.end()

    def _paint_bars(self, painter: QPainter, tally: Tally) -> None:
        colours = self.palette_
        width = self.width() - 4
        label_font = self._font()
        value_font = self._font(bold=True)
        metrics = QFontMetricsF(label_font)
        value_metrics = QFontMetricsF(value_font)
        row = self._row_height()
        biggest = max((r.votes for r in tally.options), default=0) or 1
        locale = QLocale()
        y = 2.0
        order = sorted(tally.options, key=lambda r: (r.rank, tally.options.index(r)))
        if tally.method is PollMethod.YES_NO_ABSTAIN:
            order = list(tally.options)
        value_width = value_metrics.horizontalAdvance("0000 · 100 %") + 8
        texts = [self._label(r.option_id, r.label) for r in order]
        column = self._label_column(metrics, texts, width)
        for result, label in zip(order, texts, strict=True):
            painter.setFont(label_font)
            painter.setPen(colours.text)
            bar_x, bar_y, bar_h = self._draw_label(painter, metrics, label, y, column)
            track = QRectF(bar_x, bar_y, max(10.0, width - value_width - bar_x + 2), bar_h)
            painter.fillRect(track, colours.track)
            winner = result.option_id in tally.winners
            filled = QRectF(track.x(), track.y(), track.width() * result.votes / biggest, bar_h)
            painter.fillRect(filled, colours.winner if winner else colours.bar)
            painter.setFont(value_font)
            share = locale.toString(result.share * 100, "f", 0) + " %"
            painter.drawText(
                QRectF(track.right() + 8, bar_y, value_width - 8, bar_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{result.votes} · {share}",
            )
            y += row

    def _paint_profiles(self, painter: QPainter, tally: Tally) -> None:
        colours = self.palette_
        width = self.width() - 4
        label_font = self._font()
        metrics = QFontMetricsF(label_font)
        grade_font = self._font(bold=True)
        grade_metrics = QFontMetricsF(grade_font)
        grades = [labels.grade_name(g) for g in tally.grades]
        fills = [QColor(c) for c in grade_colours(len(grades))]
        grade_width = max((grade_metrics.horizontalAdvance(g) for g in grades), default=0) + 16
        row = self._row_height()
        y = 2.0
        order = sorted(tally.options, key=lambda r: (r.rank, tally.options.index(r)))
        texts = [f"{r.rank}. {r.label}" for r in order]
        column = self._label_column(metrics, texts, width)
        for result, label in zip(order, texts, strict=True):
            painter.setFont(label_font)
            painter.setPen(colours.text)
            bar_x, bar_y, bar_h = self._draw_label(painter, metrics, label, y, column)
            track = QRectF(bar_x, bar_y, max(10.0, width - grade_width - bar_x + 2), bar_h)
            painter.fillRect(track, colours.track)
            total = sum(result.profile)
            x = track.x()
            for count, fill in zip(result.profile, fills, strict=False):
                if not total or not count:
                    continue
                part = track.width() * count / total
                painter.fillRect(QRectF(x, bar_y, part, bar_h), fill)
                x += part
            # the median line: the majority grade is the one under it
            pen = QPen(colours.text)
            pen.setWidthF(2 * self._effective)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            middle = track.x() + track.width() / 2
            painter.drawLine(int(middle), int(bar_y - 3), int(middle), int(bar_y + bar_h + 3))
            painter.setFont(grade_font)
            painter.setPen(colours.winner if result.option_id in tally.winners else colours.text)
            grade = grades[result.median_grade] if result.median_grade is not None else "—"
            painter.drawText(
                QRectF(track.right() + 10, bar_y, grade_width, bar_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                grade,
            )
            y += row
        # legend: one swatch per grade, best first, wrapping as needed
        legend_font = self._font(0.85)
        legend_metrics = QFontMetricsF(legend_font)
        painter.setFont(legend_font)
        swatch = legend_metrics.height() * 0.8
        x = 2.0
        y += 4 * self._effective
        for grade, fill in zip(grades, fills, strict=True):
            needed = swatch + 6 + legend_metrics.horizontalAdvance(grade) + 16
            if x + needed > width and x > 2:
                x = 2.0
                y += legend_metrics.height() * 1.3
            painter.fillRect(
                QRectF(x, y + (legend_metrics.height() - swatch) / 2, swatch, swatch), fill
            )
            painter.setPen(colours.text)
            painter.drawText(
                QRectF(x + swatch + 6, y, needed, legend_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                grade,
            )
            x += needed
