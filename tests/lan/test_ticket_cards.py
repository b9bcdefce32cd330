"""The printed ticket card: its QR code's full link in letters, and a code typed from paper."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from facilitator.domain.model import Meeting, format_ticket_code
from facilitator.lan.tickets import ticket_url, write_tickets_pdf
from facilitator.storage import Workspace


def _lines(pdf: Path) -> list[str]:
    tool = shutil.which("pdftotext")
    assert tool is not None, "needs poppler-utils' pdftotext (scripts/system-deps test)"
    text = subprocess.run([tool, str(pdf), "-"], capture_output=True, text=True, check=True)
    return [line.strip() for line in text.stdout.splitlines() if line.strip()]


def test_a_card_carries_the_full_link_and_a_code_on_one_line(ws: Workspace, tmp_path: Path) -> None:
    meeting = ws.meetings.create(Meeting(title="Conseil de quartier des Trois-Cités, salle B"))
    tickets = ws.tickets.issue(meeting.id, 3)
    base = "http://192.168.100.200:8765"  # a long address, as a venue's network gives
    pdf = write_tickets_pdf(meeting, tickets, tmp_path / "tickets.pdf", base)
    lines = _lines(pdf)
    for ticket in tickets:
        # what the QR code holds, whole on one line, for a phone that cannot scan
        assert ticket_url(base, ticket) in lines
        code = format_ticket_code(ticket.code)
        # the code to type, never cut at one of its dashes
        assert sum(code in line for line in lines) >= 1, code
        for cut in (code[:5], code[:10]):  # "ABCD-" or "ABCD-EFGH-" ending a line
            assert not any(line.endswith(cut) for line in lines), lines
