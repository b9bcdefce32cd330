"""Tickets: printed one-time cards, each binding to the first phone that uses it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from facilitator.domain.errors import ConflictError, ValidationError
from facilitator.domain.model import Ticket, normalise_ticket_code, now
from facilitator.storage import codec, journal
from facilitator.storage.database import Database
from facilitator.storage.meetings import not_found

MAX_TICKETS_PER_BATCH = 2000


def ticket_used_elsewhere() -> ConflictError:
    return ConflictError(
        "This ticket has already been used on another phone.",
        "Ce ticket a déjà été utilisé sur un autre téléphone.",
    )


def bind_in(
    conn: sqlite3.Connection, code: str, device: str, meeting_id: str | None = None
) -> Ticket:
    """Bind the ticket with ``code`` to ``device`` inside a write job; return it bound.

    The first phone that uses a ticket keeps it: binding again from the same phone changes
    nothing, another phone gets a :class:`ConflictError`. With ``meeting_id``, a ticket of
    another meeting is unknown.
    """
    row = conn.execute(
        "SELECT * FROM tickets WHERE code = ?", (normalise_ticket_code(code),)
    ).fetchone()
    if row is None or (meeting_id is not None and row["meeting_id"] != meeting_id):
        raise not_found("ticket", "ticket", "?")
    ticket = codec.ticket_from(row)
    if ticket.bound_device == device:
        return ticket
    if ticket.bound_device is not None:
        raise ticket_used_elsewhere()
    bound = replace(ticket, bound_device=device, bound_at=now())
    codec.update(conn, "tickets", codec.ticket_row(bound))
    journal.record(
        conn,
        ticket.meeting_id,
        "ticket",
        ticket.id,
        "update",
        {"number": ticket.number, "bound": True},
    )
    return bound


class TicketRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def issue(self, meeting_id: str, count: int) -> list[Ticket]:
        """Issue ``count`` new tickets, numbered after the meeting's existing ones."""
        if not 1 <= count <= MAX_TICKETS_PER_BATCH:
            raise ValidationError(
                f"Issue between 1 and {MAX_TICKETS_PER_BATCH} tickets at a time.",
                f"Émettez entre 1 et {MAX_TICKETS_PER_BATCH} tickets à la fois.",
                field="count",
            )

        def job(conn: sqlite3.Connection) -> list[Ticket]:
            if (
                conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
                is None
            ):
                raise not_found("meeting", "réunion", meeting_id)
            start = conn.execute(
                "SELECT COALESCE(MAX(number), 0) FROM tickets WHERE meeting_id = ?", (meeting_id,)
            ).fetchone()[0]
            tickets = [Ticket(meeting_id=meeting_id, number=start + n + 1) for n in range(count)]
            for ticket in tickets:
                codec.insert(conn, "tickets", codec.ticket_row(ticket))
            journal.record(
                conn,
                meeting_id,
                "tickets",
                meeting_id,
                "create",
                {"issued": count, "first": start + 1},
            )
            return tickets

        return self._db.write(job)

    def for_meeting(self, meeting_id: str) -> list[Ticket]:
        rows = self._db.query(
            "SELECT * FROM tickets WHERE meeting_id = ? ORDER BY number", (meeting_id,)
        )
        return [codec.ticket_from(r) for r in rows]

    def by_code(self, code: str) -> Ticket | None:
        """The ticket with this code, as typed (any case, with or without dashes) or scanned."""
        row = self._db.query_one(
            "SELECT * FROM tickets WHERE code = ?", (normalise_ticket_code(code),)
        )
        return codec.ticket_from(row) if row else None

    def bind(self, code: str, device: str) -> Ticket:
        """Bind a ticket to a phone. The same phone may use it again; another phone may not."""
        return self._db.write(lambda conn: bind_in(conn, code, device))

    def counts(self, meeting_id: str) -> tuple[int, int]:
        """(issued, used) tickets of a meeting."""
        row = self._db.query_one(
            "SELECT COUNT(*), COUNT(bound_device) FROM tickets WHERE meeting_id = ?", (meeting_id,)
        )
        return (int(row[0]), int(row[1])) if row else (0, 0)
