"""The report's charts, drawn with QPainter: bars per option, or a merit profile per option.

Option labels are shortened to one line here (the table under each chart gives them whole).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from facilitator.domain import terms
from facilitator.drawing.colours import grade_colours
from facilitator.export.data import PollData
from facilitator.export.pdf_page import BLACK, BLUE, GREY, LIGHT, Page, mm


def percent(value: float, language: str) -> str:
    """A share as people write it: "42 %" in French, "42%" in English."""
    return f"{value * 100:.0f} %" if language == "fr" else f"{value:.0%}"


def chart(page: Page, poll: PollData, language: str) -> None:
    """The chart that suits the poll's method."""
    if poll.tally.grades:
        _profile_chart(page, poll, language)
    else:
        _bar_chart(page, poll, language)


def _label_width(page: Page) -> float:
    return page.width * 0.42


def _draw_label(page: Page, text: str, top: float, height: float) -> None:
    font = page.font(9)
    metrics = page.metrics(font)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, _label_width(page) - mm(2))
    page.painter.setFont(font)
    page.painter.setPen(BLACK)
    page.painter.drawText(
        QRectF(page.left, top, _label_width(page) - mm(2), height),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        elided,
    )


def _bar_chart(page: Page, poll: PollData, language: str) -> None:
    tally = poll.tally
    painter = page.painter
    row = mm(7)
    bar_left = page.left + _label_width(page)
    bar_space = page.width - _label_width(page) - mm(28)
    most = max((o.votes for o in tally.options), default=0) or 1
    for option in tally.options:
        page.need(row)
        top = page.y
        _draw_label(page, poll.option_label(option.option_id, language), top, row)
        painter.fillRect(QRectF(bar_left, top + mm(1), bar_space, row - mm(2)), LIGHT)
        length = bar_space * option.votes / most
        colour = BLUE if option.option_id in tally.winners else QColor("#7FA3C6")
        painter.fillRect(QRectF(bar_left, top + mm(1), length, row - mm(2)), colour)
        painter.setFont(page.font(9, bold=option.option_id in tally.winners))
        # abstentions stand apart from the votes cast the shares are of
        figure = str(option.votes)
        if option.option_id != "abstain":
            figure += f"  ({percent(option.share, language)})"
        painter.drawText(
            QRectF(bar_left + bar_space + mm(2), top, mm(26), row),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            figure,
        )
        page.y += row
    page.y += mm(1)
    # what the percentages are of
    page.paragraph(
        terms.share_base(tally.share_base, language),
        page.font(8, italic=True),
        colour=GREY,
        indent=_label_width(page),
        after=1,
    )


def _profile_chart(page: Page, poll: PollData, language: str) -> None:
    """Majority judgment: one stacked bar per option, grades best (green) to worst (red)."""
    tally = poll.tally
    grades = tally.grades
    painter = page.painter
    row = mm(7)
    bar_left = page.left + _label_width(page)
    bar_space = page.width - _label_width(page) - mm(28)
    colours = [QColor(c) for c in grade_colours(len(grades))]
    for option in tally.options:
        page.need(row)
        top = page.y
        _draw_label(page, poll.option_label(option.option_id, language), top, row)
        total = sum(option.profile) or 1
        x = bar_left
        for index, count in enumerate(option.profile):
            width = bar_space * count / total
            painter.fillRect(QRectF(x, top + mm(1), width, row - mm(2)), colours[index])
            x += width
        # the median line: majority judgment reads the grade at the middle
        pen = QPen(BLACK)
        pen.setWidthF(mm(0.3))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        middle = bar_left + bar_space / 2
        painter.drawLine(QPointF(middle, top), QPointF(middle, top + row))
        painter.setPen(BLACK)
        median = option.median_grade
        painter.setFont(page.font(8, bold=option.option_id in tally.winners))
        painter.drawText(
            QRectF(bar_left + bar_space + mm(2), top, mm(26), row),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            grades[median] if median is not None else "—",
        )
        page.y += row
    _legend(page, grades, colours)


def _legend(page: Page, grades: Sequence[str], colours: Sequence[QColor]) -> None:
    painter = page.painter
    font = page.font(8)
    metrics = page.metrics(font)
    page.need(mm(7))
    x = page.left + _label_width(page)
    y = page.y + mm(1.5)
    painter.setFont(font)
    for grade, colour in zip(grades, colours, strict=True):
        width = mm(4) + metrics.horizontalAdvance(grade) + mm(3)
        if x + width > page.left + page.width:
            x = page.left + _label_width(page)
            y += mm(5)
        painter.fillRect(QRectF(x, y + mm(0.5), mm(3), mm(3)), colour)
        painter.drawText(QPointF(x + mm(4), y + mm(3.2)), grade)
        x += width
    page.y = y + mm(6)
