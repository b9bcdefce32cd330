"""Phones known to a meeting, stored by a hash of their token, and their binding to a ticket.

The raw device token lives only in the phone's cookie; the workspace keeps its SHA-256, so a
copied workspace file cannot be used to vote as someone else.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import datetime

from facilitator.domain.errors import ConflictError
from facilitator.domain.model import Ticket, new_id, now
from facilitator.storage import codec
from facilitator.storage.database import Store
from facilitator.storage.meetings import not_found
from facilitator.storage.tickets import bind_in, phone_voter, ticket_voter


@dataclass(frozen=True, slots=True)
class Device:
    """A phone that joined a meeting. ``ticket_id`` is set once it used a printed ticket."""

    meeting_id: str
    token_hash: str
    language: str = ""
    ticket_id: str | None = None
    id: str = ""
    created_at: datetime | None = None
    last_seen_at: datetime | None = None

    @property
    def voter(self) -> str:
        """The anonymous voter id its ballots carry: the ticket if it has one, else the phone."""
        return ticket_voter(self.ticket_id) if self.ticket_id else phone_voter(self.id)


def _from(row: sqlite3.Row) -> Device:
    return Device(
        id=row["id"],
        meeting_id=row["meeting_id"],
        token_hash=row["token_hash"],
        ticket_id=row["ticket_id"],
        language=row["language"],
        created_at=codec.parse_dt(row["created_at"]),
        last_seen_at=codec.parse_dt(row["last_seen_at"]),
    )


class DeviceRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def register(self, meeting_id: str, token_hash: str, language: str = "") -> Device:
        """Record a phone joining a meeting; a phone that joined already is returned as is."""
        return self.submit_register(meeting_id, token_hash, language).result()

    def submit_register(
        self, meeting_id: str, token_hash: str, language: str = ""
    ) -> Future[Device]:
        """Queue :meth:`register`; the future resolves once the phone is on disk.

        The phone server awaits this future instead of blocking a thread per phone, so a room
        joining at once is written in a few group commits.
        """
        language = language if language in ("fr", "en") else ""

        def job(conn: sqlite3.Connection) -> Device:
            row = conn.execute(
                "SELECT * FROM devices WHERE token_hash = ?", (token_hash,)
            ).fetchone()
            if row is not None:
                return _from(row)
            if (
                conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
                is None
            ):
                raise not_found("meeting", "réunion", meeting_id)
            stamp = codec.dt(now())
            device_id = new_id()
            conn.execute(
                "INSERT INTO devices (id, meeting_id, token_hash, ticket_id, language, "
                "created_at, last_seen_at) VALUES (?, ?, ?, NULL, ?, ?, ?)",
                (device_id, meeting_id, token_hash, language, stamp, stamp),
            )
            row = conn.execute("SELECT * FROM devices WHERE id = ?", (device_id,)).fetchone()
            return _from(row)

        return self._db.submit(job)

    def by_token_hash(self, token_hash: str) -> Device | None:
        row = self._db.query_one("SELECT * FROM devices WHERE token_hash = ?", (token_hash,))
        return _from(row) if row else None

    def get(self, device_id: str) -> Device:
        row = self._db.query_one("SELECT * FROM devices WHERE id = ?", (device_id,))
        if row is None:
            raise not_found("phone", "téléphone", device_id)
        return _from(row)

    def bind_ticket(self, device_id: str, ticket_code: str) -> tuple[Device, Ticket]:
        """Bind a printed ticket to this phone, in one transaction.

        The first phone that uses a ticket keeps it: the same phone may use it again, another
        phone gets a :class:`ConflictError`. A phone holds at most one ticket.
        """

        def job(conn: sqlite3.Connection) -> tuple[Device, Ticket]:
            drow = conn.execute("SELECT * FROM devices WHERE id = ?", (device_id,)).fetchone()
            if drow is None:
                raise not_found("phone", "téléphone", device_id)
            device = _from(drow)
            ticket = bind_in(conn, ticket_code, device.id, meeting_id=device.meeting_id)
            if device.ticket_id is not None and device.ticket_id != ticket.id:
                # raising undoes the binding above: the job runs in its own savepoint
                raise ConflictError(
                    "This phone already uses another ticket.",
                    "Ce téléphone utilise déjà un autre ticket.",
                )
            if device.ticket_id is None:
                conn.execute(
                    "UPDATE devices SET ticket_id = ? WHERE id = ?", (ticket.id, device.id)
                )
                device = replace(device, ticket_id=ticket.id)
            return device, ticket

        return self._db.write(job)

    def touch(self, device_ids: list[str]) -> None:
        """Mark phones as seen now (batched by the server, not once per request)."""
        self.submit_touch(device_ids).result()

    def submit_touch(self, device_ids: list[str]) -> Future[None]:
        """Queue :meth:`touch`; the future resolves once it is on disk."""
        stamp = codec.dt(now())
        ids = list(device_ids)

        def job(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "UPDATE devices SET last_seen_at = ? WHERE id = ?", [(stamp, d) for d in ids]
            )

        return self._db.submit(job)

    def count(self, meeting_id: str) -> int:
        """How many phones joined the meeting."""
        row = self._db.query_one("SELECT COUNT(*) FROM devices WHERE meeting_id = ?", (meeting_id,))
        return int(row[0]) if row else 0

    def count_seen_since(self, meeting_id: str, since: datetime) -> int:
        """How many phones were seen since ``since`` (phones present now)."""
        row = self._db.query_one(
            "SELECT COUNT(*) FROM devices WHERE meeting_id = ? AND last_seen_at >= ?",
            (meeting_id, codec.dt(since)),
        )
        return int(row[0]) if row else 0
