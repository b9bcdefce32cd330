"""Printed ticket cards (one vote each): how many, where the PDF goes, issued off the loop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from facilitator.domain.errors import FacilitatorError
from facilitator.ui.phone_control import load_lan_module
from facilitator.ui.session import Session


class TicketCards(QObject):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.window = parent

    def ask(self, meeting_id: str) -> None:
        """Ask how many cards and where to save them, then issue them."""
        count, ok = QInputDialog.getInt(
            self.window,
            self.tr("Print tickets"),
            self.tr("How many ticket cards (one vote each)?"),
            20,
            1,
            2000,
        )
        if not ok:
            return
        path = ""
        if load_lan_module("tickets") is not None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save the ticket cards"),
                "tickets.pdf",
                self.tr("PDF (*.pdf)"),
            )
            if not path:
                return
        self.issue(meeting_id, count, Path(path) if path else None)

    def issue(self, meeting_id: str, count: int, pdf: Path | None) -> Any:
        """Issue ``count`` tickets and write their cards to ``pdf``, off the event loop.

        Returns the background task (its ``finished`` says the cards are written).
        """
        session = self.session
        module = load_lan_module("tickets") if pdf is not None else None
        workspace = session.ws
        server = session.phone_server
        address = getattr(server, "address", None) if server is not None else None
        host = getattr(address, "host", None)
        port = getattr(server, "port", None) if server is not None else None

        def job() -> tuple[int, Path | None]:
            meeting = workspace.meetings.get(meeting_id)
            tickets = workspace.tickets.issue(meeting_id, count)
            if module is None or pdf is None:
                return len(tickets), None
            base_url = module.ticket_base_url(host, port)
            return len(tickets), Path(module.write_tickets_pdf(meeting, tickets, pdf, base_url))

        def done(result: tuple[int, Path | None]) -> None:
            session.check_for_changes()
            issued, written = result
            if written is None:
                session.messages.show_info(
                    self.tr(
                        "%n ticket(s) issued. Printing cards comes with phone voting.", "", issued
                    )
                )
                return
            session.messages.show_info(
                self.tr("Ticket cards saved to %1").replace("%1", str(written))
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, FacilitatorError):
                session.messages.show_error(error)
            else:
                raise error

        return session.tasks.run(job, done, failed)
