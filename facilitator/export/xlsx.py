"""The coordinators' Excel workbook: Summary, Ideas, Polls (with a native chart per poll),
Ballots and Attendance, in the meeting's language.

Written with openpyxl in write-only mode so 100,000 ballots stream through in bounded memory.
Dates are dates, numbers are numbers, every header row is frozen and filtered, and any text a
spreadsheet could run as a formula is stored as plain text (see :mod:`facilitator.export.cells`).
"""

from __future__ import annotations

import contextlib
import datetime
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.legend import Legend
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import WorkbookAlreadySaved
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.writer.excel import ExcelWriter

from facilitator.domain.model import PollMethod
from facilitator.drawing.colours import grade_colours
from facilitator.export import labels, tables
from facilitator.export.cells import is_hostile, printable, xlsx_text
from facilitator.export.data import MeetingData, PollData, Progress, ProgressTicker, closing_rows
from facilitator.export.tables import Column, Kind, Layout
from facilitator.storage.workspace import Workspace

DATE_TIME = "yyyy-mm-dd hh:mm"
PERCENT = "0.0%"
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="2F5D8A")
_BAR = "2F5D8A"

#: Merit-profile colours, best grade first (green to red), stretched to the number of grades.
_PROGRESS_EVERY = 2000

Render = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class XlsxStats:
    sheets: int
    rows: int
    charts: int
    ballots: int


class _Sheet:
    """A write-only sheet with a styled, frozen, filtered header row and typed columns."""

    def __init__(self, book: Workbook, title: str, columns: Sequence[Column]) -> None:
        sheet = book.create_sheet(title)
        assert isinstance(sheet, WriteOnlyWorksheet)
        self.sheet = sheet
        self.width = len(columns)
        for index, column in enumerate(columns, 1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.freeze_panes = "A2"
        # printed landscape, one page wide, header row repeated on each page
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = 9  # A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.print_title_rows = "1:1"
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=printable(column.header))
            cell.data_type = "s"
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            header.append(cell)
        sheet.append(header)
        self.rows = 1
        self.renders: list[Render] = [self._render(column.kind) for column in columns]

    def _render(self, kind: Kind) -> Render:
        if kind is Kind.TEXT:
            return self.text
        if kind is Kind.WRAPPED:
            return self.wrapped
        if kind is Kind.PERCENT:
            return lambda value: self.formatted(value, PERCENT)
        if kind is Kind.DATETIME:
            return lambda value: self.formatted(value, DATE_TIME)
        return _same

    def text(self, value: Any) -> Any:
        """A text cell, stored so no spreadsheet can evaluate it as a formula."""
        if value is None or value == "":
            return None
        value = xlsx_text(str(value))
        if is_hostile(value):
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.data_type = "s"  # never a formula, whatever it starts with
            cell.quotePrefix = True
            return cell
        return value

    def wrapped(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        cell = WriteOnlyCell(self.sheet, value=xlsx_text(str(value)))
        cell.data_type = "s"
        cell.quotePrefix = is_hostile(cell.value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def formatted(self, value: Any, number_format: str) -> Any:
        if value is None:
            return None
        cell = WriteOnlyCell(self.sheet, value=value)
        cell.number_format = number_format
        return cell

    def append(self, row: Sequence[Any]) -> None:
        self.sheet.append([render(value) for render, value in zip(self.renders, row, strict=True)])
        self.rows += 1

    def extend(self, rows: Iterable[Sequence[Any]], tick: Callable[[int], None]) -> int:
        count = 0
        with closing_rows(rows):
            for row in rows:
                self.append(row)
                count += 1
                if count % _PROGRESS_EVERY == 0:
                    tick(_PROGRESS_EVERY)
        tick(count % _PROGRESS_EVERY)
        return count

    def finish(self) -> None:
        if self.rows > 1:
            last = get_column_letter(self.width)
            self.sheet.auto_filter.ref = f"A1:{last}{self.rows}"


def _same(value: Any) -> Any:
    return value


def _colour(index: int, count: int) -> str:
    """A grade's colour as openpyxl writes it (``RRGGBB``), the same as on every screen."""
    return grade_colours(count)[index][1:].upper()


def write_xlsx(
    ws: Workspace,
    data: Sequence[MeetingData],
    path: Path,
    language: str,
    progress: Progress | None = None,
) -> XlsxStats:
    """Write the workbook for ``data`` to ``path`` (the caller makes it atomic)."""
    book = Workbook(write_only=True)
    try:
        return _write(ws, book, data, path, language, progress)
    except BaseException:
        _discard(book)
        raise


def save(book: Workbook, path: Path) -> None:
    """``book.save(path)``, except that a failed write closes the archive here, quietly.

    openpyxl leaves its zip archive open when a write fails (a full disk); the archive's
    finaliser then retries the write and prints "Exception ignored in ZipFile.__del__" with a
    traceback. The error itself still reaches the caller, once.
    """
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    book.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    try:
        ExcelWriter(book, archive).save()
    except BaseException:
        with contextlib.suppress(OSError, ValueError):
            archive.close()
        raise


def _discard(book: Workbook) -> None:
    """Close an abandoned write-only workbook's streams and remove its temporary files."""
    for sheet in book.worksheets:
        if not isinstance(sheet, WriteOnlyWorksheet) or sheet._writer is None:
            continue
        try:
            sheet.close()
        except (ValueError, OSError, WorkbookAlreadySaved):
            pass
        try:
            sheet._writer.cleanup()
        except (ValueError, OSError):
            pass


def _write(
    ws: Workspace,
    book: Workbook,
    data: Sequence[MeetingData],
    path: Path,
    language: str,
    progress: Progress | None,
) -> XlsxStats:
    shape = tables.layout(data, language)
    tick = ProgressTicker(data, progress)

    summary = _Sheet(book, shape.sheet("summary"), shape.summary)
    summary.extend(tables.summary_rows(data, language), lambda n: None)
    summary.finish()
    tick(1)

    ideas = _Sheet(book, shape.sheet("ideas"), shape.ideas)
    ideas.extend(tables.idea_rows(data, language), tick)
    ideas.finish()

    polls = _Sheet(book, shape.sheet("polls"), shape.polls)
    chart_col = get_column_letter(len(shape.polls) + 2)
    charts = 0
    anchor_row = 1
    for block in tables.poll_blocks(data, language):
        first_row = polls.rows + 1
        for row in block.rows:
            polls.append(row)
        if not block.rows:
            continue
        chart = _poll_chart(polls.sheet, block.poll, first_row, polls.rows, shape)
        heading = f"{block.poll.number}. {block.poll.poll.question}"
        if len(data) > 1:
            heading = f"{block.meeting.meeting.title} — {heading}"
        heading = heading if len(heading) <= 90 else heading[:89] + "…"
        if not block.poll.poll.results_visible:
            heading += f" ({labels.shown_to_room(block.poll.poll, language)})"
        _set_title(chart, heading)
        polls.sheet.add_chart(chart, f"{chart_col}{anchor_row}")
        # default rows are 15 pt (0.53 cm) high: leave one free row under each chart
        anchor_row += math.ceil(chart.height / 0.53) + 1
        charts += 1
    polls.finish()
    tick(1)

    ballots = _Sheet(book, shape.sheet("ballots"), shape.ballots)
    written = ballots.extend(tables.ballot_table(ws, data, language), tick)
    ballots.finish()

    attendance = _Sheet(book, shape.sheet("attendance"), shape.attendance)
    attendance.extend(tables.attendance_rows(data), lambda n: None)
    attendance.finish()

    save(book, path)
    tick.finish()
    return XlsxStats(
        sheets=5,
        rows=summary.rows + ideas.rows + polls.rows + ballots.rows + attendance.rows,
        charts=charts,
        ballots=written,
    )


def _set_title(chart: BarChart, text: str) -> None:
    chart.title = printable(text)
    # a 12 pt title: the default 18 pt crowds out a long question
    props = CharacterProperties(sz=1200, b=True)
    chart.title.tx.rich.p[0].pPr = ParagraphProperties(defRPr=props)
    for run in chart.title.tx.rich.p[0].r or []:
        run.rPr = props


def _axis_text(size: int) -> RichText:
    props = CharacterProperties(sz=size)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def _poll_chart(
    sheet: WriteOnlyWorksheet, poll: PollData, first_row: int, last_row: int, shape: Layout
) -> BarChart:
    """A native bar chart of the poll's rows; a stacked merit profile for majority judgment."""
    chart = BarChart()
    chart.type = "bar"  # horizontal bars: option labels are often long sentences
    # tall enough that every option gets its label, however many there are
    chart.height = min(max(7.5, 0.6 * len(poll.tally.options) + 3.5), 40)
    chart.width = 18
    chart.legend = None
    categories = Reference(sheet, min_col=shape.option_col + 1, min_row=first_row, max_row=last_row)
    grades = poll.tally.grades
    if poll.poll.method is PollMethod.MAJORITY_JUDGMENT and grades:
        chart.grouping = "stacked"
        chart.overlap = 100
        for index, grade in enumerate(grades):
            values = Reference(
                sheet,
                min_col=shape.first_grade_col + 1 + index,
                min_row=first_row,
                max_row=last_row,
            )
            chart.add_data(values, titles_from_data=False)
            series = chart.series[-1]
            series.tx = SeriesLabel(v=printable(grade))
            series.graphicalProperties.solidFill = _colour(index, len(grades))
            series.graphicalProperties.line.solidFill = _colour(index, len(grades))
        chart.legend = Legend()
        chart.legend.position = "b"
    else:
        values = Reference(sheet, min_col=shape.votes_col + 1, min_row=first_row, max_row=last_row)
        chart.add_data(values, titles_from_data=False)
        series = chart.series[0]
        series.tx = SeriesLabel(v=labels.word("col.votes", shape.language))
        series.graphicalProperties.solidFill = _BAR
        series.graphicalProperties.line.solidFill = _BAR
    chart.set_categories(categories)
    chart.x_axis.scaling.orientation = "maxMin"  # first option at the top, as in the table
    chart.y_axis.crosses = "max"  # keeps the value axis at the bottom once categories flip
    chart.x_axis.txPr = _axis_text(900)
    chart.y_axis.txPr = _axis_text(900)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    return chart
