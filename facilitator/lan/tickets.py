"""Printable ticket cards: one card per ticket, each with its own one-time QR code.

Tickets are printed before the meeting, when no server runs yet. Each QR code points to
``http://<this laptop's Wi-Fi address>:<port>/t/<code>`` with the stable default port, and the
code is also printed in letters: if the laptop gets another address in the room, participants
scan the projected QR code and type the ticket code instead.
"""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from facilitator import resources
from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import Meeting, Ticket, format_ticket_code
from facilitator.lan.addresses import choose_address
from facilitator.lan.qr import qr_matrix, short_address
from facilitator.lan.server import DEFAULT_PORT

COLUMNS = 2
ROWS = 4
DPI = 300

INSTRUCTIONS_FR = (
    "Scannez ce code avec l'appareil photo de votre téléphone, connecté au Wi-Fi de la salle. "
    "Ce ticket vaut une voix : il ne fonctionne que sur le premier téléphone qui l'utilise."
)
INSTRUCTIONS_EN = (
    "Scan this code with your phone's camera, on the room's Wi-Fi. This ticket is one vote: "
    "it works only on the first phone that uses it."
)

_app: QGuiApplication | None = None


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


def _ensure_gui() -> None:
    global _app
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "facilitator"])
    atexit.register(_drop_gui)


def _drop_gui() -> None:
    global _app
    if _app is not None:
        _app.shutdown()
        _app = None


def _mm(value: float) -> float:
    return value * DPI / 25.4


def _font(family: str, height_mm: float, *, bold: bool = False) -> QFont:
    """A font sized in millimetres on paper, whatever the screen's resolution."""
    font = QFont(family)
    font.setPixelSize(max(1, round(_mm(height_mm))))
    if bold:
        font.setWeight(QFont.Weight.Bold)
    return font


def _paint_qr(painter: QPainter, text: str, rect: QRectF) -> None:
    matrix = qr_matrix(text, border=2)
    cell = min(rect.width(), rect.height()) / len(matrix)
    painter.fillRect(rect, QColor("white"))
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    QRectF(rect.left() + x * cell, rect.top() + y * cell, cell + 0.5, cell + 0.5),
                    black,
                )


def _paint_card(
    painter: QPainter, rect: QRectF, meeting: Meeting, ticket: Ticket, base_url: str
) -> None:
    pad = _mm(5)
    painter.setPen(QColor("#888888"))
    painter.drawRect(rect)  # cutting guide
    inner = rect.adjusted(pad, pad, -pad, -pad)
    title_font = _font("Sans Serif", 4.0, bold=True)
    number_font = _font("Sans Serif", 6.0, bold=True)
    body_font = _font("Sans Serif", 2.6)
    code_font = _font("Monospace", 3.4, bold=True)
    code_font.setStyleHint(QFont.StyleHint.Monospace)
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
    top = inner.top() + title_h + _mm(1)
    qr_side = min(_mm(40), inner.bottom() - top - _mm(6))
    url = ticket_url(base_url, ticket)
    _paint_qr(painter, url, QRectF(inner.left(), top, qr_side, qr_side))
    painter.setFont(code_font)
    painter.drawText(
        QRectF(inner.left(), top + qr_side, qr_side, _mm(6)),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
        format_ticket_code(ticket.code),
    )
    text_left = inner.left() + qr_side + _mm(4)
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
    body_top = top + number_h + _mm(1)
    remaining = inner.bottom() - body_top
    fr_rect = QRectF(text_left, body_top, text_w, remaining * 0.42)
    painter.drawText(fr_rect, flags, INSTRUCTIONS_FR)
    en_rect = QRectF(text_left, fr_rect.bottom() + _mm(1), text_w, remaining * 0.42)
    painter.setPen(QColor("#333333"))
    painter.drawText(en_rect, flags, INSTRUCTIONS_EN)
    painter.setPen(QColor("black"))
    painter.drawText(
        QRectF(text_left, en_rect.bottom(), text_w, inner.bottom() - en_rect.bottom()),
        flags,
        f"{short_address(base_url)} · code {format_ticket_code(ticket.code)}",
    )


def write_tickets_pdf(
    meeting: Meeting, tickets: Sequence[Ticket], path: Path, base_url: str
) -> Path:
    """Write an A4 sheet (8 cards a page) of the given tickets; return the file's path."""
    _ensure_gui()
    resources.register_fonts()
    path = check_writable(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(f"Tickets – {meeting.title}")
    writer.setCreator("Facilitator")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise TicketPrintError(
            f"Cannot write the ticket sheet to {path}.",
            f"Impossible d'écrire la feuille de tickets dans {path}.",
        )
    try:
        page = QRectF(0, 0, _mm(210), _mm(297))
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
