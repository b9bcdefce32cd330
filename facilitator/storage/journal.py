"""The change journal (outbox): every change is recorded in the transaction that makes it.

Sync reads the pending entries of a meeting and marks them synced once the platform has them.
The highest sequence number doubles as the workspace's revision, which views poll cheaply to
learn that something changed.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from facilitator.domain.model import new_id, now
from facilitator.storage.codec import dumps, must_dt, parse_dt
from facilitator.storage.database import Database


@dataclass(frozen=True, slots=True)
class JournalEntry:
    seq: int
    id: str
    meeting_id: str | None
    entity: str
    entity_id: str
    op: str
    payload: dict[str, Any]
    created_at: datetime
    synced_at: datetime | None


def record(
    conn: sqlite3.Connection,
    meeting_id: str | None,
    entity: str,
    entity_id: str,
    op: str,
    payload: dict[str, Any],
) -> None:
    """Journal one change. Call it inside the write job that makes the change."""
    conn.execute(
        "INSERT INTO journal (id, meeting_id, entity, entity_id, op, payload, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (new_id(), meeting_id, entity, entity_id, op, dumps(payload), now().isoformat()),
    )


def _entry(row: sqlite3.Row) -> JournalEntry:
    return JournalEntry(
        seq=row["seq"],
        id=row["id"],
        meeting_id=row["meeting_id"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        op=row["op"],
        payload=json.loads(row["payload"]),
        created_at=must_dt(row["created_at"]),
        synced_at=parse_dt(row["synced_at"]),
    )


class JournalRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def revision(self) -> int:
        """A number that grows with every committed change in the workspace."""
        row = self._db.query_one("SELECT COALESCE(MAX(seq), 0) FROM journal")
        return int(row[0]) if row else 0

    def changes_since(
        self, seq: int, limit: int = 500
    ) -> list[tuple[int, str | None, str, str, str]]:
        """``(seq, meeting_id, entity, entity_id, op)`` of the changes after ``seq``, oldest
        first, without their payloads: cheap enough for views to refresh only what changed."""
        rows = self._db.query(
            "SELECT seq, meeting_id, entity, entity_id, op FROM journal WHERE seq > ? "
            "ORDER BY seq LIMIT ?",
            (seq, limit),
        )
        return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def pending(self, meeting_id: str | None = None, limit: int = 1000) -> list[JournalEntry]:
        if meeting_id is None:
            rows = self._db.query(
                "SELECT * FROM journal WHERE synced_at IS NULL ORDER BY seq LIMIT ?", (limit,)
            )
        else:
            rows = self._db.query(
                "SELECT * FROM journal WHERE synced_at IS NULL AND meeting_id = ? "
                "ORDER BY seq LIMIT ?",
                (meeting_id, limit),
            )
        return [_entry(r) for r in rows]

    def entries(self, meeting_id: str, entity: str | None = None) -> list[JournalEntry]:
        if entity is None:
            rows = self._db.query(
                "SELECT * FROM journal WHERE meeting_id = ? ORDER BY seq", (meeting_id,)
            )
        else:
            rows = self._db.query(
                "SELECT * FROM journal WHERE meeting_id = ? AND entity = ? ORDER BY seq",
                (meeting_id, entity),
            )
        return [_entry(r) for r in rows]

    def mark_synced(self, seqs: list[int]) -> None:
        stamp = now().isoformat()

        def job(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "UPDATE journal SET synced_at = ? WHERE seq = ? AND synced_at IS NULL",
                [(stamp, s) for s in seqs],
            )

        self._db.write(job)
