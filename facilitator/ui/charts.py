"""Painted results: bars per option, and majority judgment's merit profiles as stacked bars.

Used in the Polls section and, scaled up and high-contrast, on the projector. Labels are drawn
with ``drawText``, which never interprets markup, so option texts show as typed; a label too
long for its line wraps onto the next rather than being cut short. Under the bars: what the
percentages are of, and for yes/no/abstain the abstentions, apart from the votes cast.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.domain import terms
from facilitator.domain.errors import current_language
from facilitator.domain.model import PollMethod
from facilitator.domain.voting import OptionResult, Tally
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


@dataclass(frozen=True)
class _Row:
    """One option as laid out: its label, where its bar goes, and the figure beside it."""

    result: OptionResult
    label: QRectF
    text: str
    bar: QRectF
    value: str


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
_LINE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


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
        #: Labels beside the bars when every one fits on a line in 40 % of the width (the
        #: projector uses it): half the height.
        self.inline_labels = False
        #: Grow up to this factor beyond ``scale`` to fill the height (the projector uses it).
        self.max_growth = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("Charts", "Results chart"))

    @property
    def tally(self) -> Tally | None:
        return self._tally

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

    # -- words ---------------------------------------------------------------------------------

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
                parts.append(f"{self._label(result)}: {grade}")
            else:
                parts.append(f"{self._label(result)}: {result.votes}")
        return "; ".join(parts)

    def _label(self, result: OptionResult) -> str:
        if self._tally is not None and self._tally.method is PollMethod.YES_NO_ABSTAIN:
            return labels.answer_name(result.option_id)
        return result.label

    def _value(self, tally: Tally, result: OptionResult) -> str:
        if tally.method is PollMethod.MAJORITY_JUDGMENT:
            median = result.median_grade
            return labels.grade_name(tally.grades[median]) if median is not None else "—"
        share = QLocale().toString(result.share * 100, "f", 0) + " %"
        return f"{result.votes} · {share}"

    def _footnotes(self, tally: Tally) -> list[str]:
        """Lines under the bars: the abstentions (apart from the votes cast) and the base."""
        language = current_language()
        lines = []
        if tally.method is PollMethod.YES_NO_ABSTAIN:
            abstain = tally.option("abstain")
            colon = " :" if language == "fr" else ":"
            count = abstain.votes if abstain is not None else 0
            lines.append(f"{terms.word('abstentions', language)}{colon} {count}")
        if tally.method is not PollMethod.MAJORITY_JUDGMENT:
            lines.append(terms.share_base(tally.share_base, language))
        return lines

    # -- layout --------------------------------------------------------------------------------

    def _font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self.font().pointSizeF() * self._effective * factor))
        font.setBold(bold)
        return font

    def _shown(self, tally: Tally) -> list[OptionResult]:
        if tally.method is PollMethod.YES_NO_ABSTAIN:
            return [r for r in tally.options if r.option_id != "abstain"]
        return sorted(tally.options, key=lambda r: (r.rank, tally.options.index(r)))

    def _texts(self, tally: Tally, shown: list[OptionResult]) -> list[str]:
        if tally.method is PollMethod.MAJORITY_JUDGMENT:
            return [f"{r.rank}. {self._label(r)}" for r in shown]
        return [self._label(r) for r in shown]

    def _layout(self, width: float) -> tuple[list[_Row], float]:
        """Every row at the current scale, and where what follows them starts."""
        tally = self._tally
        if tally is None:
            return [], 2.0
        metrics = QFontMetricsF(self._font())
        value_metrics = QFontMetricsF(self._font(bold=True))
        shown = self._shown(tally)
        texts = self._texts(tally, shown)
        values = [self._value(tally, r) for r in shown]
        if tally.method is PollMethod.MAJORITY_JUDGMENT:
            names = [labels.grade_name(g) for g in tally.grades] or ["—"]
            value_width = max(value_metrics.horizontalAdvance(n) for n in names) + 16
        else:
            value_width = value_metrics.horizontalAdvance("0000 · 100 %") + 8
        bar_h = metrics.height() * 1.1
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0.0)
        inline = self.inline_labels and widest <= width * 0.40
        column = min(widest + 12 * self._effective, width * 0.42) if inline else 0.0
        rows: list[_Row] = []
        y = 2.0
        for result, text, value in zip(shown, texts, values, strict=True):
            if inline:
                label = QRectF(2, y, column - 8, bar_h)
                bar_y, height = y, bar_h * 1.3 + 4 * self._effective
            else:
                box = metrics.boundingRect(QRectF(0, 0, width, 100_000), _WRAP, text)
                label = QRectF(2, y, width, box.height())
                bar_y = y + box.height() + 2 * self._effective
                height = box.height() + bar_h + 8 * self._effective
            left = 2 + column
            bar = QRectF(left, bar_y, max(10.0, width - value_width - left + 2), bar_h)
            rows.append(_Row(result, label, text, bar, value))
            y += height
        return rows, y

    def _footer_height(self, width: float) -> float:
        tally = self._tally
        if tally is None:
            return 0.0
        height = 0.0
        small = QFontMetricsF(self._font(0.85))
        if tally.method is PollMethod.MAJORITY_JUDGMENT:
            swatch = small.height() * 0.8
            line = sum(
                swatch + 22 + small.horizontalAdvance(labels.grade_name(g)) for g in tally.grades
            )
            lines = max(1, -(-int(line) // max(int(width), 1)))
            height += 4 * self._effective + lines * small.height() * 1.3
        for note in self._footnotes(tally):
            box = small.boundingRect(QRectF(0, 0, width, 100_000), _WRAP, note)
            height += box.height() + 3 * self._effective
        return height

    def _needed_height(self, width: float) -> float:
        if self._tally is None:
            return QFontMetricsF(self._font()).height() * 3
        _rows, bottom = self._layout(width)
        return bottom + self._footer_height(width) + 6

    def sizeHint(self) -> QSize:
        self._effective = self._scale
        width = 480 * self._scale
        return QSize(int(width), int(self._needed_height(max(self.width(), 200)) + 4))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, int(QFontMetricsF(self._font()).height() * 2.5))

    def _fit_scale(self) -> None:
        """Grow to fill the height (up to ``max_growth``), shrink rather than cut rows off."""
        self._effective = self._scale
        width = self.width() - 4
        if self.max_growth > 1.0 and self._tally is not None:
            needed = self._needed_height(width)
            if needed < self.height():
                self._effective *= min(self.max_growth, 0.95 * self.height() / needed)
        for _ in range(4):
            needed = self._needed_height(width)
            if needed <= self.height():
                break
            self._effective *= max(0.3, self.height() / needed)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.palette_
        if self.fill_background:
            painter.fillRect(self.rect(), colours.background)
        self._fit_scale()
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
        width = self.width() - 4
        rows, bottom = self._layout(width)
        if tally.method is PollMethod.MAJORITY_JUDGMENT:
            self._paint_profiles(painter, tally, rows)
        else:
            self._paint_bars(painter, tally, rows)
        self._paint_footer(painter, tally, bottom, width)
        painter.end()

    def _paint_label(self, painter: QPainter, row: _Row) -> None:
        painter.setFont(self._font())
        painter.setPen(self.palette_.text)
        painter.drawText(row.label, _WRAP, row.text)

    def _paint_value(self, painter: QPainter, row: _Row, winner: bool) -> None:
        painter.setFont(self._font(bold=True))
        colours = self.palette_
        bold = winner and self._tally is not None and bool(self._tally.grades)
        painter.setPen(colours.winner if bold else colours.text)
        painter.drawText(
            QRectF(
                row.bar.right() + 8, row.bar.top(), self.width() - row.bar.right(), row.bar.height()
            ),
            _LINE,
            row.value,
        )

    def _paint_bars(self, painter: QPainter, tally: Tally, rows: list[_Row]) -> None:
        colours = self.palette_
        biggest = max((r.result.votes for r in rows), default=0) or 1
        for row in rows:
            self._paint_label(painter, row)
            painter.fillRect(row.bar, colours.track)
            winner = row.result.option_id in tally.winners
            filled = QRectF(row.bar)
            filled.setWidth(row.bar.width() * row.result.votes / biggest)
            painter.fillRect(filled, colours.winner if winner else colours.bar)
            self._paint_value(painter, row, winner)

    def _paint_profiles(self, painter: QPainter, tally: Tally, rows: list[_Row]) -> None:
        colours = self.palette_
        fills = [QColor(c) for c in grade_colours(len(tally.grades))]
        for row in rows:
            self._paint_label(painter, row)
            bar = row.bar
            painter.fillRect(bar, colours.track)
            profile = row.result.profile
            total = sum(profile)
            x = bar.x()
            for count, fill in zip(profile, fills, strict=False):
                if not total or not count:
                    continue
                part = bar.width() * count / total
                painter.fillRect(QRectF(x, bar.y(), part, bar.height()), fill)
                x += part
            # the median line: the majority grade is the one under it
            pen = QPen(colours.text)
            pen.setWidthF(2 * self._effective)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            middle = bar.x() + bar.width() / 2
            painter.drawLine(int(middle), int(bar.y() - 3), int(middle), int(bar.bottom() + 3))
            self._paint_value(painter, row, row.result.option_id in tally.winners)

    def _paint_footer(self, painter: QPainter, tally: Tally, y: float, width: float) -> None:
        colours = self.palette_
        small = self._font(0.85)
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        if tally.method is PollMethod.MAJORITY_JUDGMENT:
            # legend: one swatch per grade, best first, wrapping as needed
            grades = [labels.grade_name(g) for g in tally.grades]
            fills = [QColor(c) for c in grade_colours(len(grades))]
            swatch = metrics.height() * 0.8
            x = 2.0
            y += 4 * self._effective
            for grade, fill in zip(grades, fills, strict=True):
                needed = swatch + 6 + metrics.horizontalAdvance(grade) + 16
                if x + needed > width and x > 2:
                    x = 2.0
                    y += metrics.height() * 1.3
                painter.fillRect(
                    QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch), fill
                )
                painter.setPen(colours.text)
                painter.drawText(QRectF(x + swatch + 6, y, needed, metrics.height()), _LINE, grade)
                x += needed
            y += metrics.height() * 1.3
        for index, note in enumerate(self._footnotes(tally)):
            # the abstentions read as a figure; what the shares are of, as a note
            painter.setPen(
                colours.text if index == 0 and len(self._footnotes(tally)) > 1 else colours.muted
            )
            box = metrics.boundingRect(QRectF(2, y, width, 100_000), _WRAP, note)
            painter.drawText(QRectF(2, y, width, box.height()), _WRAP, note)
            y += box.height() + 3 * self._effective
