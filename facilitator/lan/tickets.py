"""Printable ticket cards: one card per ticket, each with its own one-time QR code.

Tickets are printed before the meeting, when no server runs yet. Each QR code points to
``http://<this laptop's Wi-Fi address>:<port>/t/<code>`` with the stable default port, and the
code is also printed in letters: if the laptop gets another address in the room, participants
scan the projected QR code and type the ticket code instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import Meeting, Ticket, format_ticket_code
from facilitator.drawing.printing import a4_writer, mm
from facilitator.drawing.qr import paint_qr
from facilitator.lan.addresses import choose_address
from facilitator.lan.server import DEFAULT_PORT

COLUMNS = 2
ROWS = 4

INSTRUCTIONS_FR = (
    "Scannez ce code avec l'appareil photo de votre téléphone, connecté au Wi-Fi de la salle. "
    "Ce ticket vaut une voix : il ne fonctionne que sur le premier téléphone qui l'utilise."
)
INSTRUCTIONS_EN = (
    "Scan this code with your phone's camera, on the room's Wi-Fi. This ticket is one vote: "
    "it works only on the first phone that uses it."
)
NO_CAMERA = "Sans appareil photo, tapez / No camera, type:"


class TicketPrintError(FacilitatorError):
    """The ticket sheet could not be written."""


def check_writable(path: Path) -> Path:
    """Make sure the sheet can be written there, before any ticket is issued for it."""
    path = path.expanduser()
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "this is a folder; give a file name")
        existed = path.exists()
        with path.open("ab"):
            pass
        if not existed:
            path.unlink()
    except OSError as exc:
        raise TicketPrintError(
            f"Cannot write the ticket sheet to {path}: {exc.strerror}.",
            f"Impossible d'écrire la feuille de tickets dans {path} : {exc.strerror}.",
        ) from exc
    return path


def ticket_base_url(host: str | None = None, port: int | None = None) -> str:
    """Where printed tickets point: this laptop's best address and the stable default port."""
    chosen = host or choose_address().host
    url_host = f"[{chosen}]" if ":" in chosen else chosen
    return f"http://{url_host}:{port or DEFAULT_PORT}"


def ticket_url(base_url: str, ticket: Ticket) -> str:
    return f"{base_url.rstrip('/')}/t/{ticket.code}"


def _font(family: str, height_mm: float, *, bold: bool = False) -> QFont:
    """A font sized in millimetres on paper, whatever the screen's resolution."""
    font = QFont(family)
    font.setPixelSize(max(1, round(mm(height_mm))))
    if bold:
        font.setWeight(QFont.Weight.Bold)
    return font


def _fitted(font: QFont, text: str, width: float, device: QPaintDevice) -> QFont:
    """``font``, made smaller until ``text`` fits ``width`` on one line (never wrapped)."""
    fitted = QFont(font)
    while fitted.pixelSize() > 8 and QFontMetricsF(fitted, device).horizontalAdvance(text) > width:
        fitted.setPixelSize(fitted.pixelSize() - 1)
    return fitted


def _one_line(
    painter: QPainter, rect: QRectF, font: QFont, text: str, align: Qt.AlignmentFlag
) -> None:
    painter.setFont(_fitted(font, text, rect.width(), painter.device()))
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


def _paint_card(
    painter: QPainter, rect: QRectF, meeting: Meeting, ticket: Ticket, base_url: str
) -> None:
    pad = mm(5)
    painter.setPen(QColor("#888888"))
    painter.drawRect(rect)  # cutting guide
    inner = rect.adjusted(pad, pad, -pad, -pad)
    title_font = _font("Sans Serif", 4.0, bold=True)
    number_font = _font("Sans Serif", 6.0, bold=True)
    body_font = _font("Sans Serif", 2.6)
    code_font = _font("Monospace", 3.4, bold=True)
    code_font.setStyleHint(QFont.StyleHint.Monospace)
    link_font = _font("Monospace", 2.8)
    link_font.setStyleHint(QFont.StyleHint.Monospace)
    device = painter.device()
    painter.setPen(QColor("black"))
    painter.setFont(title_font)
    title_h = QFontMetricsF(title_font, device).height() * 1.2
    painter.drawText(
        QRectF(inner.left(), inner.top(), inner.width(), title_h),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        QFontMetricsF(title_font, device).elidedText(
            meeting.title, Qt.TextElideMode.ElideRight, inner.width()
        ),
    )
    top = inner.top() + title_h + mm(1)
    # the bottom strip: the QR code's link in letters, whole, for a phone that cannot scan
    link_h = mm(4.5)
    link_top = inner.bottom() - link_h
    qr_side = min(mm(40), link_top - top - mm(7))
    url = ticket_url(base_url, ticket)
    paint_qr(painter, url, QRectF(inner.left(), top, qr_side, qr_side), border=2)
    # the code to type, on one line: a code cut at one of its dashes reads as two codes
    _one_line(
        painter,
        QRectF(inner.left(), top + qr_side, qr_side, mm(6)),
        code_font,
        format_ticket_code(ticket.code),
        Qt.AlignmentFlag.AlignHCenter,
    )
    painter.setPen(QColor("#333333"))
    _one_line(
        painter,
        QRectF(inner.left(), link_top - mm(3.2), inner.width(), mm(3.2)),
        body_font,
        NO_CAMERA,
        Qt.AlignmentFlag.AlignLeft,
    )
    painter.setPen(QColor("black"))
    _one_line(
        painter,
        QRectF(inner.left(), link_top, inner.width(), link_h),
        link_font,
        url,
        Qt.AlignmentFlag.AlignLeft,
    )
    text_left = inner.left() + qr_side + mm(4)
    text_w = inner.right() - text_left
    painter.setFont(number_font)
    number_h = QFontMetricsF(number_font, device).height() * 1.1
    painter.drawText(
        QRectF(text_left, top, text_w, number_h),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        f"Ticket n° {ticket.number}",
    )
    painter.setFont(body_font)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )
    body_top = top + number_h + mm(1)
    remaining = link_top - mm(4) - body_top
    fr_rect = QRectF(text_left, body_top, text_w, remaining * 0.5)
    painter.drawText(fr_rect, flags, INSTRUCTIONS_FR)
    en_rect = QRectF(text_left, fr_rect.bottom() + mm(1), text_w, remaining * 0.5 - mm(1))
    painter.setPen(QColor("#333333"))
    painter.drawText(en_rect, flags, INSTRUCTIONS_EN)
    painter.setPen(QColor("black"))


def write_tickets_pdf(
    meeting: Meeting, tickets: Sequence[Ticket], path: Path, base_url: str
) -> Path:
    """Write an A4 sheet (8 cards a page) of the given tickets; return the file's path."""
    path = check_writable(path)
    writer = a4_writer(str(path), f"Tickets – {meeting.title}", (0, 0, 0, 0))
    painter = QPainter()
    if not painter.begin(writer):
        raise TicketPrintError(
            f"Cannot write the ticket sheet to {path}.",
            f"Impossible d'écrire la feuille de tickets dans {path}.",
        )
    try:
        page = QRectF(0, 0, mm(210), mm(297))
        card_w, card_h = page.width() / COLUMNS, page.height() / ROWS
        per_page = COLUMNS * ROWS
        for index, ticket in enumerate(tickets):
            slot = index % per_page
            if index and slot == 0:
                writer.newPage()
            col, row = slot % COLUMNS, slot // COLUMNS
            rect = QRectF(col * card_w, row * card_h, card_w, card_h)
            _paint_card(painter, rect, meeting, ticket, base_url)
    finally:
        painter.end()
        # Qt objects go before the interpreter tears Qt down, or PySide may crash at exit.
        del painter
        del writer
    return path
