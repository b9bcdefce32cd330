"""Writing one record inside a write job: the SQL, its journal entry and its change, together.

Repositories write through :func:`insert`, :func:`update` and :func:`delete`, so every change
is journalled in the job that makes it (the outbox) and logged with the row before and after
(``storage/changes.py``): what the caller gets back, and what undo needs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from facilitator.storage import codec, journal
from facilitator.storage.changes import REFERENCES, TABLES, Change, OnDelete, Op, Row, log_of


def fetch(conn: sqlite3.Connection, kind: str, key: str) -> dict[str, Any] | None:
    table = TABLES[kind]
    row = conn.execute(f"SELECT * FROM {table.name} WHERE {table.key} = ?", (key,)).fetchone()
    return dict(row) if row is not None else None


def insert(
    conn: sqlite3.Connection,
    kind: str,
    row: Row,
    *,
    meeting_id: str | None,
    payload: Mapping[str, Any] | None = None,
    journal_it: bool = True,
) -> None:
    """Store a new record; ``payload`` replaces what its journal entry would carry."""
    table = TABLES[kind]
    codec.insert(conn, table.name, row)
    after = dict(row)
    if journal_it:
        _journal(conn, kind, after, "create", meeting_id, payload)
    _log(conn, Change(kind, str(after[table.key]), Op.CREATED, meeting_id, None, after))


def update(
    conn: sqlite3.Connection,
    kind: str,
    row: Row,
    *,
    meeting_id: str | None,
    payload: Mapping[str, Any] | None = None,
    journal_it: bool = True,
) -> bool:
    """Change the given columns of a record (its key among them); False if there is none.

    Nothing is written, journalled or logged when the record already holds these values.
    """
    table = TABLES[kind]
    key = str(row[table.key])
    before = fetch(conn, kind, key)
    if before is None:
        return False
    after = {**before, **row}
    if after == before:
        return True
    codec.update(conn, table.name, row, key=table.key)
    if journal_it:
        _journal(conn, kind, after, "update", meeting_id, payload)
    _log(conn, Change(kind, key, Op.UPDATED, meeting_id, before, after))
    return True


def delete(conn: sqlite3.Connection, kind: str, key: str, *, meeting_id: str | None) -> Row | None:
    """Remove a record and what depends on it, each logged so that undo can put it back.

    Records that refer to it are deleted first (or lose the reference), as the schema's
    foreign keys would do, but one by one and logged. Returns the row removed, None if none.
    """
    before = fetch(conn, kind, key)
    if before is None:
        return None
    for child_kind, column, rule in REFERENCES.get(kind, ()):
        child = TABLES[child_kind]
        for (child_key,) in conn.execute(
            f"SELECT {child.key} FROM {child.name} WHERE {column} = ?", (key,)
        ).fetchall():
            if rule is OnDelete.CASCADE:
                delete(conn, child_kind, child_key, meeting_id=meeting_id)
            else:
                unlinked = {child.key: child_key, column: None}
                update(conn, child_kind, unlinked, meeting_id=meeting_id)
    table = TABLES[kind]
    conn.execute(f"DELETE FROM {table.name} WHERE {table.key} = ?", (key,))
    _journal(conn, kind, before, "delete", meeting_id, {})
    _log(conn, Change(kind, key, Op.DELETED, meeting_id, before, None))
    return before


def dependants(conn: sqlite3.Connection, kind: str, key: str) -> list[str]:
    """The kinds of the records that refer to this one now (empty: nothing does)."""
    found = []
    for child_kind, column, _rule in REFERENCES.get(kind, ()):
        child = TABLES[child_kind]
        if conn.execute(
            f"SELECT 1 FROM {child.name} WHERE {column} = ? LIMIT 1", (key,)
        ).fetchone():
            found.append(child_kind)
    return found


def _journal(
    conn: sqlite3.Connection,
    kind: str,
    row: Row,
    op: str,
    meeting_id: str | None,
    payload: Mapping[str, Any] | None,
) -> None:
    table = TABLES[kind]
    if table.entity is None:
        return
    if payload is None:
        columns = table.journalled
        payload = dict(row) if columns is None else {c: row[c] for c in columns}
    journal.append(conn, meeting_id, table.entity, str(row[table.key]), op, payload)


def _log(conn: sqlite3.Connection, change: Change) -> None:
    log = log_of(conn)
    if log is not None:
        log.add(change)
