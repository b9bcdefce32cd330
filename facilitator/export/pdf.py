"""The printable meeting report: the sheet a spokesperson pins on the notice board.

Title, date, place, attendance and the participation rate, ideas by theme, each poll's result
with a chart and its votes per channel, "what happens next"; once sync has sent them, each
idea's proposal address and a QR code to the meeting's page on the platform. Drawn with Qt's
PDF writer (QtGui only, no widgets), so it works headless and from a background thread
(``drawing/printing.py`` sets Qt up). Pages and text flow: :mod:`facilitator.export.pdf_page`.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QPainter

from facilitator.domain.model import Channel, PollMethod, PollState, is_retained
from facilitator.domain.model import now as utc_now
from facilitator.drawing.printing import a4_writer
from facilitator.drawing.qr import paint_qr
from facilitator.export import labels
from facilitator.export.atomic import write_verified
from facilitator.export.data import MeetingData, PollData, Progress
from facilitator.export.errors import ExportError
from facilitator.export.pdf_charts import chart, percent
from facilitator.export.pdf_page import (
    BLUE,
    GREY,
    LABEL_WIDTH,
    WARNING,
    Cell,
    Page,
    mm,
)

__all__ = ["is_complete_pdf", "render_report", "write_report"]

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
_OBJECT = re.compile(rb"\d+ \d+ obj")


def is_complete_pdf(content: bytes) -> bool:
    """Whether ``content`` is a whole PDF: its header, and a trailer pointing at its xref."""
    if not content.startswith(b"%PDF-"):
        return False
    found = _STARTXREF.search(content[-1024:])
    if found is None:
        return False
    offset = int(found.group(1))
    # a classic cross-reference table, or (PDF 1.5+) a cross-reference stream object
    return content.startswith(b"xref", offset) or _OBJECT.match(content, offset) is not None


def render_report(
    data: MeetingData, language: str, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The report of ``data`` as PDF bytes, and its number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, data.meeting.title, (18, 16, 18, 14))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("Cannot draw the report.", "Impossible de dessiner le compte rendu.")
    try:
        printed = utc_now().astimezone()
        footer = f"{data.meeting.title} — " + labels.word(
            "report.generated", language, date=f"{printed:%d/%m/%Y %H:%M}"
        )
        page = Page(writer, painter, footer)
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


def _header(page: Page, data: MeetingData, language: str) -> None:
    w = labels.word
    page.paragraph(
        w("report.title", language).upper(), page.font(9, bold=True), colour=GREY, after=1
    )
    page.paragraph(data.meeting.title, page.font(20, bold=True), after=3)
    place = ", ".join(p for p in (data.meeting.place, data.meeting.neighbourhood) if p)
    page.labelled(w("report.date", language), _when(data, language))
    page.labelled(w("report.place", language), place or "—")
    page.labelled(w("report.attendance", language), _present(data, language))
    page.labelled(w("col.participation", language), _participation(data, language))
    if data.tickets_issued:
        page.labelled(
            w("report.tickets", language),
            w("report.tickets_value", language, issued=data.tickets_issued, used=data.tickets_used),
        )
    if data.attendance.notes:
        page.paragraph(
            data.attendance.notes, page.font(9, italic=True), colour=GREY, indent=LABEL_WIDTH
        )


def _present(data: MeetingData, language: str) -> str:
    head = data.headcount
    if head is None:
        return labels.word("report.no_headcount", language)
    return labels.word("report.person" if head == 1 else "report.people", language, n=head)


def _participation(data: MeetingData, language: str) -> str:
    """The rate, and what it is made of in words: voters of the most followed poll ÷ present."""
    rate = data.participation
    if rate is None:
        return labels.word("report.participation_unknown", language)
    return labels.word(
        "report.participation_value",
        language,
        rate=percent(rate, language),
        voters=data.most_voters,
        present=data.headcount,
    )


def _ideas(page: Page, data: MeetingData, language: str) -> None:
    page.heading(labels.word("report.ideas", language))
    kept = [i for i in data.ideas if is_retained(i)]
    if not kept:
        page.paragraph(labels.word("report.no_ideas", language), page.font(10, italic=True))
        return
    themes: dict[str, list[tuple[str, str | None]]] = {}
    for idea in kept:
        votes = data.idea_votes.get(idea.id, 0)
        suffix = f"  ({votes} {labels.word('col.votes', language).lower()})" if votes else ""
        themes.setdefault(idea.theme, []).append((idea.text + suffix, data.idea_links.get(idea.id)))
    order = sorted(themes, key=lambda t: (t == "", -len(themes[t]), t.lower()))
    for theme in order:
        name = theme or labels.word("value.no_theme", language)
        page.need(mm(14))
        page.paragraph(f"{name} ({len(themes[theme])})", page.font(11, bold=True), after=1)
        for text, link in themes[theme]:
            page.paragraph("•  " + text, page.font(10), indent=mm(4), after=0.3 if link else 0.8)
            if link:
                # what became of the idea: its proposal's public address, to type or click
                page.paragraph(
                    labels.word("report.proposal_link", language, url=link),
                    page.font(8.5),
                    colour=BLUE,
                    indent=mm(8),
                    after=0.8,
                )
        page.y += mm(1.5)


def _polls(
    page: Page, data: MeetingData, language: str, progress: Progress | None, steps: int
) -> None:
    shown = [p for p in data.polls if p.poll.state is not PollState.DRAFT]
    # the heading goes with the first poll's title, figures and the top of its chart
    page.heading(
        labels.word("report.polls", language), keep=_poll_start(shown[0]) if shown else mm(20)
    )
    if not shown:
        page.paragraph(labels.word("report.no_polls", language), page.font(10, italic=True))
        return
    for n, poll in enumerate(shown, 3):
        _poll(page, data, poll, language)
        if progress:
            progress(n, steps)


def _poll_start(poll: PollData) -> float:
    """How much of a poll must fit on a page for it to start there: its title, figures and
    the top of its chart."""
    return mm(30) + min(mm(7) * len(poll.tally.options), mm(60))


def _poll(page: Page, data: MeetingData, poll: PollData, language: str) -> None:
    tally = poll.tally
    w = labels.word
    page.need(_poll_start(poll))
    page.paragraph(f"{poll.number}. {poll.poll.question}", page.font(11, bold=True), after=0.8)
    voters = w("report.voter" if tally.voters == 1 else "report.voters", language, n=tally.voters)
    if data.headcount:
        share = percent(tally.voters / data.headcount, language)
        voters += " " + w("report.of_present", language, rate=share, n=data.headcount)
    page.paragraph(
        f"{labels.method(poll.poll.method, language)} — {voters}",
        page.font(9),
        colour=GREY,
        after=0.5,
    )
    turnout = [
        f"{labels.channel(c, language)} {tally.turnout.get(c, 0)}"
        for c in Channel
        if tally.turnout.get(c, 0)
    ]
    if turnout:
        page.paragraph(
            w("report.turnout", language, channels=" · ".join(turnout)),
            page.font(9),
            colour=GREY,
            after=1.5,
        )
    if not poll.poll.results_visible:
        # the results are the coordinator's, but the room never saw them: say so plainly
        page.paragraph(
            f"{labels.shown_to_room(poll.poll, language)} — {w('report.not_shown', language)}",
            page.font(10, bold=True),
            colour=WARNING,
            after=1.5,
        )
    chart(page, poll, language)
    _channel_table(page, poll, language)
    _result(page, poll, language)


def _channel_table(page: Page, poll: PollData, language: str) -> None:
    """Votes per option and channel, with each option's whole label."""
    tally = poll.tally
    used = [c for c in Channel if any(o.by_channel.get(c, 0) for o in tally.options)]
    if not used:
        return
    cells = [
        Cell(labels.word("col.option", language), 46),
        *[Cell(labels.channel(c, language), 13, right=True) for c in used],
        Cell(labels.word("report.total", language), 12, right=True),
    ]
    rows = [
        [
            poll.option_label(o.option_id, language),
            *[str(o.by_channel.get(c, 0)) for c in used],
            str(o.votes),
        ]
        for o in tally.options
    ]
    page.table(cells, rows, page.font(8.5))


def _result(page: Page, poll: PollData, language: str) -> None:
    tally = poll.tally
    if tally.winners:
        names = [poll.option_label(w, language) for w in tally.winners]
        key = "report.tie" if tally.tie else "report.winner"
        text = labels.word(key, language, labels=", ".join(names), label=names[0])
        if poll.poll.method is PollMethod.MAJORITY_JUDGMENT:
            best = tally.option(tally.winners[0])
            if best is not None and best.median_grade is not None:
                text += f" ({tally.grades[best.median_grade]})"
        if not poll.poll.results_visible:
            text += f" — {labels.shown_to_room(poll.poll, language)}"
        page.paragraph(
            text,
            page.font(10, bold=True),
            colour=BLUE if poll.poll.results_visible else WARNING,
            after=3,
        )
    else:
        page.paragraph(
            labels.word("report.no_result", language), page.font(10, italic=True), after=3
        )


def _next(page: Page, data: MeetingData, language: str) -> None:
    page.heading(labels.word("report.next", language))
    page.paragraph(labels.word("report.next_text", language), page.font(10))
    if data.platform_url:
        # once linked: where anyone reading the notice board follows up, as text and QR code
        side = mm(34)
        page.need(side + mm(6))
        top = page.y + mm(2)
        paint_qr(page.painter, data.platform_url, QRectF(page.left, top, side, side), border=2)
        text_left = mm(40)
        page.y = top + mm(3)
        page.paragraph(
            labels.word("report.scan", language),
            page.font(10, bold=True),
            indent=text_left,
            after=1,
        )
        page.paragraph(
            labels.word("report.link", language, url=data.platform_url),
            page.font(10),
            colour=BLUE,
            indent=text_left,
        )
        page.y = max(page.y, top + side + mm(2))
    if data.meeting.notes:
        page.y += mm(2)
        page.paragraph(data.meeting.notes, page.font(9, italic=True), colour=GREY)
