"""Tickets: printed one-time cards, each binding to the first phone that uses it.

A phone that enters a ticket hands its ballots over to it: one person, one ballot per poll
(the rule is in docs/phone-voting.md; the database enforces it, see migration v5).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from facilitator.domain.errors import ConflictError, ValidationError
from facilitator.domain.model import Ticket, normalise_ticket_code, now
from facilitator.storage import codec, journal
from facilitator.storage.database import Store
from facilitator.storage.meetings import not_found

MAX_TICKETS_PER_BATCH = 2000


def phone_voter(device_id: str) -> str:
    """The voter id of a phone's ballots while it holds no ticket."""
    return f"device:{device_id}"


def ticket_voter(ticket_id: str) -> str:
    """The voter id of a ticket's ballots, whichever phone cast them."""
    return f"ticket:{ticket_id}"


def counted_voter(conn: sqlite3.Connection, voter: str) -> str:
    """``voter`` as the count knows it: a phone that holds a ticket votes as its ticket."""
    if not voter.startswith("device:"):
        return voter
    row = conn.execute(
        "SELECT id FROM tickets WHERE bound_device = ?", (voter.removeprefix("device:"),)
    ).fetchone()
    return ticket_voter(row["id"]) if row else voter


def hand_over(conn: sqlite3.Connection, device: str, ticket: Ticket) -> int:
    """Make the ballots the phone ``device`` cast without a ticket its ``ticket``'s ballots.

    Inside a write job. Its counted ballots (in any poll: results do not change, only the
    anonymous voter id) take the ticket's name; its ballots waiting for a ticket count again in
    the polls still open. Where the ticket already has a ballot (cast with it on another
    laptop), that one counts and the phone's waits. Returns how many ballots changed.
    """
    phone, holder = phone_voter(device), ticket_voter(ticket.id)
    changed = 0
    for row in conn.execute(
        "SELECT b.id, b.poll_id, b.cast_at, p.meeting_id FROM ballots b "
        "JOIN polls p ON p.id = b.poll_id WHERE b.voter = ? AND p.meeting_id = ?",
        (phone, ticket.meeting_id),
    ).fetchall():
        if _has_ballot(conn, row["poll_id"], holder):
            conn.execute(
                "INSERT OR REPLACE INTO ballots_awaiting_ticket "
                f"({_COLUMNS}, set_aside_at) SELECT {_COLUMNS}, ? FROM ballots WHERE id = ?",
                (codec.dt(now()), row["id"]),
            )
            conn.execute("DELETE FROM ballots WHERE id = ?", (row["id"],))
        else:
            conn.execute("UPDATE ballots SET voter = ? WHERE id = ?", (holder, row["id"]))
        _journal(conn, row)
        changed += 1
    for row in conn.execute(
        "SELECT w.id, w.poll_id, w.cast_at, p.meeting_id FROM ballots_awaiting_ticket w "
        "JOIN polls p ON p.id = w.poll_id "
        "WHERE w.voter = ? AND p.meeting_id = ? AND p.state = 'open'",
        (phone, ticket.meeting_id),
    ).fetchall():
        if _has_ballot(conn, row["poll_id"], holder):
            continue
        conn.execute(
            f"INSERT INTO ballots ({_COLUMNS}) SELECT id, poll_id, ?, channel, content, "
            "idempotency_key, cast_at FROM ballots_awaiting_ticket WHERE id = ?",
            (holder, row["id"]),
        )
        conn.execute("DELETE FROM ballots_awaiting_ticket WHERE id = ?", (row["id"],))
        _journal(conn, row)
        changed += 1
    # a late retry of a request the phone made before is recognised under its new name
    conn.execute("UPDATE ballot_receipts SET voter = ? WHERE voter = ?", (holder, phone))
    return changed


def hand_over_all(conn: sqlite3.Connection, meeting_id: str) -> int:
    """:func:`hand_over` for every phone of the meeting that holds a ticket and still has
    ballots under its own name (after a bundle brought them, or the ticket's binding)."""
    changed = 0
    for row in conn.execute(
        "SELECT * FROM tickets t WHERE t.meeting_id = ? AND t.bound_device IS NOT NULL AND ("
        "EXISTS (SELECT 1 FROM ballots WHERE voter = 'device:' || t.bound_device) OR "
        "EXISTS (SELECT 1 FROM ballots_awaiting_ticket WHERE voter = 'device:' || t.bound_device))",
        (meeting_id,),
    ).fetchall():
        changed += hand_over(conn, row["bound_device"], codec.ticket_from(row))
    return changed


_COLUMNS = "id, poll_id, voter, channel, content, idempotency_key, cast_at"


def _has_ballot(conn: sqlite3.Connection, poll_id: str, voter: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM ballots WHERE poll_id = ? AND voter = ?", (poll_id, voter)
        ).fetchone()
        is not None
    )


def _journal(conn: sqlite3.Connection, row: sqlite3.Row) -> None:
    journal.record(
        conn,
        row["meeting_id"],
        "ballot",
        row["id"],
        "update",
        {"poll_id": row["poll_id"], "cast_at": row["cast_at"]},
    )


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
    another meeting is unknown. The phone's ballots become the ticket's (:func:`hand_over`).
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
    hand_over(conn, device, bound)
    return bound


class TicketRepository:
    def __init__(self, db: Store) -> None:
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
