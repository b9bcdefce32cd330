"""A cursor over A4 pages for Qt's PDF writer: text that flows onto the next page, tables.

Every text is laid out line by line (:class:`QTextLayout`), so a paragraph longer than what
is left of a page, or longer than a page, carries on on the next one instead of being cut at
the page's end. Table rows are kept whole and the header row is repeated on each new page.
QtGui only (no widgets), so it runs headless (``drawing/printing.py`` makes the application).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from facilitator.drawing.printing import DPI, mm

BLUE = QColor("#2F5D8A")
GREY = QColor("#666666")
LIGHT = QColor("#E8EEF4")
#: Marks what the room did not see (results never revealed): dark orange, readable in grey.
WARNING = QColor("#A04000")
BLACK = QColor("black")

__all__ = ["BLACK", "BLUE", "DPI", "GREY", "LABEL_WIDTH", "LIGHT", "WARNING", "Cell", "Page", "mm"]


#: Width of the labels of the report's header ("Taux de participation" fits).
LABEL_WIDTH = mm(45)


@dataclass(frozen=True, slots=True)
class Cell:
    """A table column: its header, its share of the table's width, its alignment."""

    header: str
    width: float
    right: bool = False


class Page:
    """Flows blocks down the page and starts new pages as needed; draws each page's footer."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer = writer
        self.painter = painter
        self.footer = footer
        rect = writer.pageLayout().paintRectPixels(DPI)
        self.left = 0.0
        self.width = float(rect.width())
        self.top = 0.0
        self.bottom = float(rect.height()) - mm(10)
        self.y = self.top
        self.number = 1

    # -- fonts and measures --------------------------------------------------------------------

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def layouts(
        self,
        text: str,
        font: QFont,
        width: float,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> list[QTextLayout]:
        """``text`` broken into lines ``width`` wide: one layout per paragraph ("\\n")."""
        option = QTextOption(align)
        # a word longer than the line (a pasted link) is broken anywhere rather than cut
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        result = []
        for part in text.split("\n"):
            layout = QTextLayout(part, font, self.writer)
            layout.setTextOption(option)
            layout.beginLayout()
            height = 0.0
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, height))
                height += line.height()
            layout.endLayout()
            result.append(layout)
        return result

    def text_height(self, text: str, font: QFont, width: float) -> float:
        return sum(layout.boundingRect().height() for layout in self.layouts(text, font, width))

    # -- pages ---------------------------------------------------------------------------------

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one (or the page is empty)."""
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
        painter.setPen(GREY)
        box = QRectF(self.left, self.bottom + mm(3), self.width, mm(6))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), self.footer)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), f"Page {self.number}")
        painter.setPen(BLACK)

    # -- blocks --------------------------------------------------------------------------------

    def paragraph(
        self,
        text: str,
        font: QFont,
        *,
        colour: QColor | None = None,
        indent: float = 0,
        after: float = 1.5,
    ) -> None:
        """Draw ``text`` wrapped, line by line, carrying on on new pages as often as needed."""
        pen = colour or BLACK
        for layout in self.layouts(text, font, self.width - indent):
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                height = line.height()
                self.need(height)
                self.painter.setPen(pen)
                line.draw(self.painter, QPointF(self.left + indent, self.y - line.y()))
                self.y += height
        self.painter.setPen(BLACK)
        self.y += mm(after)

    def labelled(self, label: str, value: str, *, label_width: float = LABEL_WIDTH) -> None:
        """A "Label   value" row of the report's header; the value wraps and flows."""
        value_font = self.font(10)
        first_line = self.metrics(value_font).lineSpacing()
        self.need(first_line)
        self.painter.setFont(self.font(10, bold=True))
        self.painter.setPen(GREY)
        self.painter.drawText(QRectF(self.left, self.y, label_width - mm(2), first_line), 0, label)
        self.paragraph(value, value_font, indent=label_width, after=1.2)

    def heading(self, text: str, *, keep: float = mm(20)) -> None:
        """A section heading, kept on one page with the ``keep`` height that follows it."""
        font = self.font(14, bold=True)
        self.need(self.text_height(text, font, self.width) + mm(6) + keep)
        self.y += mm(3)
        self.paragraph(text, font, colour=BLUE, after=1)
        pen = QPen(BLUE)
        pen.setWidthF(mm(0.4))
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(self.left, self.y), QPointF(self.left + self.width, self.y))
        self.painter.setPen(BLACK)
        self.y += mm(3)

    def table(self, cells: Sequence[Cell], rows: Sequence[Sequence[str]], font: QFont) -> None:
        """Rows of wrapped cells; a row stays whole, the header repeats on each new page."""
        total = sum(c.width for c in cells)
        widths = [self.width * c.width / total for c in cells]
        pad = mm(1.2)
        header_font = QFont(font)
        header_font.setBold(True)

        def height(texts: Sequence[str], row_font: QFont) -> float:
            return (
                max(
                    self.text_height(text, row_font, width - 2 * pad)
                    for text, width in zip(texts, widths, strict=True)
                )
                + 2 * pad
            )

        def draw(texts: Sequence[str], row_font: QFont, shade: QColor | None) -> None:
            row_height = height(texts, row_font)
            if shade is not None:
                self.painter.fillRect(QRectF(self.left, self.y, self.width, row_height), shade)
            x = self.left
            for text, width, cell in zip(texts, widths, cells, strict=True):
                align = Qt.AlignmentFlag.AlignRight if cell.right else Qt.AlignmentFlag.AlignLeft
                top = self.y + pad
                self.painter.setPen(BLACK)
                for layout in self.layouts(text, row_font, width - 2 * pad, align):
                    layout.draw(self.painter, QPointF(x + pad, top))
                    top += layout.boundingRect().height()
                x += width
            pen = QPen(LIGHT)
            pen.setWidthF(mm(0.2))
            self.painter.setPen(pen)
            bottom = self.y + row_height
            self.painter.drawLine(
                QPointF(self.left, bottom), QPointF(self.left + self.width, bottom)
            )
            self.painter.setPen(BLACK)
            self.y = bottom

        headers = [c.header for c in cells]
        heights = [height(row, font) for row in rows]
        whole = height(headers, header_font) + sum(heights)
        # a short table stays on one page; a long one at least starts with a row
        self.need(whole if whole < (self.bottom - self.top) / 3 else whole - sum(heights[1:]))
        draw(headers, header_font, LIGHT)
        for row, row_height in zip(rows, heights, strict=True):
            if self.y + row_height > self.bottom:
                self.new_page()
                draw(headers, header_font, LIGHT)
            draw(row, font, None)
        self.y += mm(2)
