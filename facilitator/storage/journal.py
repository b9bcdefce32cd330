"""The change journal (outbox): every change is recorded in the transaction that makes it.

Sync reads the pending entries of a meeting and marks them synced once the platform has them.
The highest sequence number doubles as the workspace's revision, and :meth:`JournalRepository.
feed` reads the entries after a revision as :class:`Changes`: how the app learns what the phone
server, sync or another process changed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from facilitator.domain.model import new_id, now
from facilitator.storage.changes import SOME, TABLES, Change, Changes, Op, log_of
from facilitator.storage.codec import dumps, must_dt, parse_dt
from facilitator.storage.database import Store


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


def append(
    conn: sqlite3.Connection,
    meeting_id: str | None,
    entity: str,
    entity_id: str,
    op: str,
    payload: Mapping[str, Any],
) -> None:
    """Journal one change whose rows ``storage/rows.py`` has logged already."""
    cursor = conn.execute(
        "INSERT INTO journal (id, meeting_id, entity, entity_id, op, payload, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (new_id(), meeting_id, entity, entity_id, op, dumps(dict(payload)), now().isoformat()),
    )
    log = log_of(conn)
    if log is not None:
        log.journalled(cursor.lastrowid)


def record(
    conn: sqlite3.Connection,
    meeting_id: str | None,
    entity: str,
    entity_id: str,
    op: str,
    payload: Mapping[str, Any],
) -> None:
    """Journal one change. Call it inside the write job that makes the change.

    The job's change log names it too (without its rows): enough for views to refresh.
    """
    append(conn, meeting_id, entity, entity_id, op, payload)
    log = log_of(conn)
    if log is not None:
        log.add(Change(entity, entity_id, Op.of_journal(op), meeting_id))


@dataclass(frozen=True, slots=True)
class Feed:
    """The changes journalled after a revision, up to ``seq``; ``more`` when some are left."""

    changes: Changes
    seq: int
    more: bool


def _current_rows(
    conn: sqlite3.Connection, records: list[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    wanted: dict[str, list[str]] = {}
    for kind, key in records:
        table = TABLES.get(kind)
        if table is not None and table.in_feed:
            wanted.setdefault(kind, []).append(key)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, keys in wanted.items():
        table = TABLES[kind]
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in conn.execute(
                f"SELECT * FROM {table.name} WHERE {table.key} IN ({marks})", chunk
            ):
                found[(kind, row[table.key])] = dict(row)
    return found


def _as_now(change: Change, row: dict[str, Any] | None) -> Change:
    """A feed entry with the record's row as it is now (gone since: a deletion)."""
    table = TABLES.get(change.kind)
    if table is None or not table.in_feed:
        return change
    if row is None:
        return Change(change.kind, change.key, Op.DELETED, change.meeting_id)
    op = Op.UPDATED if change.op is Op.DELETED else change.op
    return Change(change.kind, change.key, op, change.meeting_id, after=row)


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
    def __init__(self, db: Store) -> None:
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

    def feed(self, since: int, skip: Collection[int] = (), limit: int = 2000) -> Feed:
        """What changed after revision ``since``, each record once with its row as it is now.

        Entries in ``skip`` (changes the caller made and knows already) are left out. Kinds
        not read in full (ballots: a room of phones votes a thousand times a second) are
        named once a meeting, counted by the database, not row by row in Python.
        """
        quiet = [kind for kind, table in TABLES.items() if not table.in_feed]
        kinds = ", ".join("?" for _ in quiet)
        skipped = json.dumps(sorted(skip))
        with self._db.read() as conn:
            # the window: the next ``limit`` entries, whatever their kind
            end = conn.execute(
                "SELECT seq FROM journal WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?",
                (since, limit - 1),
            ).fetchone()
            if end is not None:
                last = int(end[0])
            else:
                row = conn.execute("SELECT MAX(seq) FROM journal WHERE seq > ?", (since,))
                last = int(row.fetchone()[0] or since)
            window = "seq > ? AND seq <= ? AND seq NOT IN (SELECT value FROM json_each(?))"
            entries = conn.execute(
                f"SELECT seq, meeting_id, entity, entity_id, op FROM journal "
                f"WHERE {window} AND entity NOT IN ({kinds}) ORDER BY seq",
                (since, last, skipped, *quiet),
            ).fetchall()
            seen: dict[tuple[str, str], tuple[int, Change]] = {}
            for seq, meeting_id, entity, entity_id, op in entries:
                first = seen.get((entity, entity_id))
                change = Op.of_journal(op)
                if first is not None and first[1].op is Op.CREATED and change is not Op.DELETED:
                    change = Op.CREATED
                at = first[0] if first is not None else seq
                seen[(entity, entity_id)] = (at, Change(entity, entity_id, change, meeting_id))
            for entity, meeting_id, at in conn.execute(
                f"SELECT entity, meeting_id, MIN(seq) FROM journal "
                f"WHERE {window} AND entity IN ({kinds}) GROUP BY entity, meeting_id",
                (since, last, skipped, *quiet),
            ):
                seen[(entity, f"{SOME}{meeting_id}")] = (
                    at,
                    Change(entity, SOME, Op.UPDATED, meeting_id),
                )
            rows = _current_rows(conn, list(seen))
        ordered = sorted(seen.values(), key=lambda pair: pair[0])
        changes = tuple(
            _as_now(change, rows.get((change.kind, change.key))) for _, change in ordered
        )
        return Feed(Changes(changes), last, end is not None)

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
