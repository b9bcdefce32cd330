"""The printable meeting report: the sheet a spokesperson pins on the notice board.

Title, date, place, attendance, ideas by theme, each poll's result with a chart drawn with
QPainter, "what happens next" and the platform link once sync knows it. Drawn with Qt's PDF
writer (QtGui only, no widgets), so it works headless and from a background thread once a
QGuiApplication exists (one is made, offscreen when there is no display, if none does).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from facilitator.domain.model import IdeaStatus, PollMethod, PollState
from facilitator.domain.model import now as utc_now
from facilitator.export import labels
from facilitator.export.atomic import write_verified
from facilitator.export.data import MeetingData, PollData, Progress
from facilitator.export.errors import ExportError

DPI = 300
_BLUE = QColor("#2F5D8A")
_GREY = QColor("#666666")
_LIGHT = QColor("#E8EEF4")
_GRADE_COLOURS = (
    "#1A9850",
    "#66BD63",
    "#A6D96A",
    "#D9EF8B",
    "#FEE08B",
    "#FDAE61",
    "#F46D43",
    "#D73027",
)
_MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication for fonts; make an offscreen one when none exists."""
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # kept on the function so it lives as long as the process
    ensure_gui_application.app = QGuiApplication([])  # type: ignore[attr-defined]


def mm(value: float) -> float:
    return value * DPI / 25.4


def _when(data: MeetingData, language: str) -> str:
    start = data.meeting.date.astimezone()
    end = data.meeting.ends_at.astimezone() if data.meeting.ends_at else None
    if language == "fr":
        text = f"{start.day} {_MONTHS_FR[start.month - 1]} {start.year}, {start:%H} h {start:%M}"
        if end:
            text += f" – {end:%H} h {end:%M}"
        return text
    text = f"{start:%d %B %Y}, {start:%H:%M}"
    if end:
        text += f"–{end:%H:%M}"
    return text


class _Page:
    """A cursor over A4 pages: flows blocks down the page and starts new pages as needed."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, language: str, footer: str) -> None:
        self.writer = writer
        self.painter = painter
        self.language = language
        self.footer = footer
        rect = writer.pageLayout().paintRectPixels(DPI)
        self.left = 0.0
        self.width = float(rect.width())
        self.top = 0.0
        self.bottom = float(rect.height()) - mm(10)
        self.y = self.top
        self.number = 1

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.writer)
        rect = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text)
        return rect.height()

    def need(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > self.top:
            self.new_page()

    def new_page(self) -> None:
        self.draw_footer()
        self.writer.newPage()
        self.number += 1
        self.y = self.top

    def draw_footer(self) -> None:
        painter = self.painter
        painter.setFont(self.font(8))
        painter.setPen(_GREY)
        box = QRectF(self.left, self.bottom + mm(3), self.width, mm(6))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), self.footer)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), f"Page {self.number}")
        painter.setPen(Qt.GlobalColor.black)

    def paragraph(
        self,
        text: str,
        font: QFont,
        *,
        colour: QColor | None = None,
        indent: float = 0,
        after: float = 1.5,
    ) -> None:
        width = self.width - indent
        height = self.text_height(text, font, width)
        self.need(height)
        painter = self.painter
        painter.setFont(font)
        painter.setPen(colour or QColor("black"))
        painter.drawText(
            QRectF(self.left + indent, self.y, width, height + 2),
            int(Qt.TextFlag.TextWordWrap),
            text,
        )
        painter.setPen(QColor("black"))
        self.y += height + mm(after)

    def heading(self, text: str) -> None:
        font = self.font(14, bold=True)
        self.need(self.text_height(text, font, self.width) + mm(20))
        self.y += mm(3)
        self.paragraph(text, font, colour=_BLUE, after=1)
        pen = QPen(_BLUE)
        pen.setWidthF(mm(0.4))
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(self.left, self.y), QPointF(self.left + self.width, self.y))
        self.painter.setPen(QColor("black"))
        self.y += mm(3)


def write_report(
    data: MeetingData, path: Path, language: str, progress: Progress | None = None
) -> int:
    """Draw the report of ``data`` into ``path`` (the caller makes it atomic); return pages.

    Qt's PDF writer does not report a failed write (a full disk leaves a truncated file and
    no error), so the report is drawn in memory, checked to be a whole PDF, and written and
    read back by :func:`~facilitator.export.atomic.write_verified`.
    """
    content, pages = render_report(data, language, progress)
    if not is_complete_pdf(content):
        raise ExportError(
            f"The report for {path} came out incomplete; nothing was written.",
            f"Le compte rendu destiné à {path} est incomplet ; rien n'a été écrit.",
        )
    write_verified(path, content)
    return pages


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def is_complete_pdf(content: bytes) -> bool:
    """Whether ``content`` is a whole PDF: its header, and a trailer pointing at its xref."""
    if not content.startswith(b"%PDF-"):
        return False
    found = _STARTXREF.search(content[-1024:])
    if found is None:
        return False
    offset = int(found.group(1))
    # a classic cross-reference table, or (PDF 1.5+) a cross-reference stream object
    return (
        content.startswith(b"xref", offset)
        or re.match(rb"\d+ \d+ obj", content[offset:]) is not None
    )


def render_report(
    data: MeetingData, language: str, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The report of ``data`` as PDF bytes, and its number of pages."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(data.meeting.title)
    writer.setCreator("Facilitator")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("Cannot draw the report.", "Impossible de dessiner le compte rendu.")
    try:
        printed = utc_now().astimezone()
        footer = f"{data.meeting.title} — " + labels.word(
            "report.generated", language, date=f"{printed:%d/%m/%Y %H:%M}"
        )
        page = _Page(writer, painter, language, footer)
        steps = 3 + len(data.polls)
        _header(page, data, language)
        if progress:
            progress(1, steps)
        _ideas(page, data, language)
        if progress:
            progress(2, steps)
        _polls(page, data, language, progress, steps)
        _next(page, data, language)
        page.draw_footer()
        if progress:
            progress(steps, steps)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data()), page.number


def _header(page: _Page, data: MeetingData, language: str) -> None:
    w = labels.word
    page.paragraph(
        w("report.title", language).upper(), page.font(9, bold=True), colour=_GREY, after=1
    )
    page.paragraph(data.meeting.title, page.font(20, bold=True), after=3)
    rows = [
        (w("report.date", language), _when(data, language)),
        (
            w("report.place", language),
            ", ".join(p for p in (data.meeting.place, data.meeting.neighbourhood) if p) or "—",
        ),
        (
            w("report.attendance", language),
            w("report.people", language, n=data.attendance.headcount),
        ),
    ]
    label_font, value_font = page.font(10, bold=True), page.font(10)
    for label, value in rows:
        height = page.text_height(value, value_font, page.width - mm(35))
        page.need(height)
        page.painter.setFont(label_font)
        page.painter.setPen(_GREY)
        page.painter.drawText(QRectF(page.left, page.y, mm(33), height), 0, label)
        page.painter.setPen(QColor("black"))
        page.painter.setFont(value_font)
        page.painter.drawText(
            QRectF(page.left + mm(35), page.y, page.width - mm(35), height + 2),
            int(Qt.TextFlag.TextWordWrap),
            value,
        )
        page.y += height + mm(1.2)
    if data.attendance.notes:
        page.paragraph(
            data.attendance.notes, page.font(9, italic=True), colour=_GREY, indent=mm(35)
        )


def _ideas(page: _Page, data: MeetingData, language: str) -> None:
    page.heading(labels.word("report.ideas", language))
    kept = [i for i in data.ideas if i.status is IdeaStatus.KEPT]
    if not kept:
        page.paragraph(labels.word("report.no_ideas", language), page.font(10, italic=True))
        return
    themes: dict[str, list[str]] = {}
    for idea in kept:
        votes = data.idea_votes.get(idea.id, 0)
        suffix = f"  ({votes} {labels.word('col.votes', language).lower()})" if votes else ""
        themes.setdefault(idea.theme, []).append(idea.text + suffix)
    order = sorted(themes, key=lambda t: (t == "", -len(themes[t]), t.lower()))
    for theme in order:
        name = theme or labels.word("value.no_theme", language)
        page.need(mm(14))
        page.paragraph(f"{name} ({len(themes[theme])})", page.font(11, bold=True), after=1)
        for text in themes[theme]:
            page.paragraph("•  " + text, page.font(10), indent=mm(4), after=0.8)
        page.y += mm(1.5)


def _polls(
    page: _Page, data: MeetingData, language: str, progress: Progress | None, steps: int
) -> None:
    page.heading(labels.word("report.polls", language))
    shown = [p for p in data.polls if p.poll.state is not PollState.DRAFT]
    if not shown:
        page.paragraph(labels.word("report.no_polls", language), page.font(10, italic=True))
        return
    for n, poll in enumerate(shown, 3):
        _poll(page, poll, language)
        if progress:
            progress(n, steps)


def _poll(page: _Page, poll: PollData, language: str) -> None:
    tally = poll.tally
    bars = len(tally.options)
    chart_height = mm(7) * bars + (mm(8) if tally.grades else 0)
    page.need(mm(22) + chart_height)
    page.paragraph(f"{poll.number}. {poll.poll.question}", page.font(11, bold=True), after=0.8)
    detail = (
        f"{labels.method(poll.poll.method, language)} — "
        f"{labels.word('report.voters', language, n=tally.voters)}"
    )
    page.paragraph(detail, page.font(9), colour=_GREY, after=1.5)
    if not poll.poll.results_visible:
        page.paragraph(labels.word("report.hidden", language), page.font(10, italic=True))
        return
    if tally.grades:
        _profile_chart(page, poll, language)
    else:
        _bar_chart(page, poll, language)
    if tally.winners:
        names = [poll.option_label(w, language) for w in tally.winners]
        key = "report.tie" if tally.tie else "report.winner"
        text = labels.word(key, language, labels=", ".join(names), label=names[0])
        if poll.poll.method is PollMethod.MAJORITY_JUDGMENT:
            best = tally.option(tally.winners[0])
            if best is not None and best.median_grade is not None:
                text += f" ({tally.grades[best.median_grade]})"
        page.paragraph(text, page.font(10, bold=True), colour=_BLUE, after=3)
    else:
        page.paragraph(
            labels.word("report.no_result", language), page.font(10, italic=True), after=3
        )


def _label_width(page: _Page) -> float:
    return page.width * 0.42


def _draw_label(page: _Page, text: str, top: float, height: float) -> None:
    font = page.font(9)
    metrics = QFontMetricsF(font, page.writer)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, _label_width(page) - mm(2))
    page.painter.setFont(font)
    page.painter.setPen(QColor("black"))
    page.painter.drawText(
        QRectF(page.left, top, _label_width(page) - mm(2), height),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        elided,
    )


def _bar_chart(page: _Page, poll: PollData, language: str) -> None:
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
        painter.fillRect(QRectF(bar_left, top + mm(1), bar_space, row - mm(2)), _LIGHT)
        length = bar_space * option.votes / most
        colour = _BLUE if option.option_id in tally.winners else QColor("#7FA3C6")
        painter.fillRect(QRectF(bar_left, top + mm(1), length, row - mm(2)), colour)
        painter.setFont(page.font(9, bold=option.option_id in tally.winners))
        share = f"{option.share * 100:.0f} %" if language == "fr" else f"{option.share:.0%}"
        painter.drawText(
            QRectF(bar_left + bar_space + mm(2), top, mm(26), row),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            f"{option.votes}  ({share})",
        )
        page.y += row
    page.y += mm(2)


def _profile_chart(page: _Page, poll: PollData, language: str) -> None:
    """Majority judgment: one stacked bar per option, grades best (green) to worst (red)."""
    tally = poll.tally
    grades = tally.grades
    painter = page.painter
    row = mm(7)
    bar_left = page.left + _label_width(page)
    bar_space = page.width - _label_width(page) - mm(28)
    colours = _grade_colours(len(grades))
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
        pen = QPen(QColor("black"))
        pen.setWidthF(mm(0.3))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        middle = bar_left + bar_space / 2
        painter.drawLine(QPointF(middle, top), QPointF(middle, top + row))
        painter.setPen(QColor("black"))
        median = option.median_grade
        painter.setFont(page.font(8, bold=option.option_id in tally.winners))
        painter.drawText(
            QRectF(bar_left + bar_space + mm(2), top, mm(26), row),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            grades[median] if median is not None else "—",
        )
        page.y += row
    _legend(page, grades, colours)


def _grade_colours(count: int) -> list[QColor]:
    if count <= 1:
        return [QColor(_GRADE_COLOURS[0])]
    step = (len(_GRADE_COLOURS) - 1) / (count - 1)
    return [QColor(_GRADE_COLOURS[round(i * step)]) for i in range(count)]


def _legend(page: _Page, grades: Sequence[str], colours: Sequence[QColor]) -> None:
    painter = page.painter
    font = page.font(8)
    metrics = QFontMetricsF(font, page.writer)
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


def _next(page: _Page, data: MeetingData, language: str) -> None:
    page.heading(labels.word("report.next", language))
    page.paragraph(labels.word("report.next_text", language), page.font(10))
    if data.platform_url:
        # the hook for sync: shown only once the meeting's page on the platform is known
        page.paragraph(
            labels.word("report.link", language, url=data.platform_url),
            page.font(10, bold=True),
            colour=_BLUE,
        )
    if data.meeting.notes:
        page.y += mm(2)
        page.paragraph(data.meeting.notes, page.font(9, italic=True), colour=_GREY)
