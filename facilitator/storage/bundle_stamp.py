"""This laptop's edits into the field registers, before a bundle is written or merged.

:func:`stamp_in` turns what changed here since the meeting was last exchanged into edits of
the field registers (:mod:`facilitator.storage.registers`): a changed field gets this laptop's
next edit number, a deleted record an edit of its ``exists`` register, a record put back (an
undo) another one. Nothing else in the program needs to know: repositories write their tables
as they always did.
"""

from __future__ import annotations

import hashlib
import socket
import sqlite3
from collections.abc import Iterator, Mapping
from typing import Any

from facilitator.domain.model import new_id, now
from facilitator.storage import codec, journal
from facilitator.storage.bundle_records import (
    COUNT,
    DELETED,
    EXISTS,
    KINDS,
    POLL,
    Kind,
    effective,
    rows_in,
)
from facilitator.storage.bundle_snapshot import registers_in
from facilitator.storage.registers import Register, baseline, written


class Replica:
    """This workspace as an editor: an id and a count of its edits.

    The id is tied to where the file lives (host name and path), so a workspace file copied to
    another laptop or folder edits under an id of its own and never passes off its edits as
    the original's.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        path = conn.execute("PRAGMA database_list").fetchone()["file"]
        home = hashlib.sha256(f"{socket.gethostname()}\n{path}".encode()).hexdigest()
        row = conn.execute("SELECT id, counter, home FROM bundle_replica").fetchone()
        if row is None or row["home"] != home:
            conn.execute("DELETE FROM bundle_replica")
            row = {"id": new_id().replace("-", ""), "counter": 0}
            conn.execute(
                "INSERT INTO bundle_replica (id, counter, home) VALUES (?, 0, ?)", (row["id"], home)
            )
        self.id: str = row["id"]
        self._counter: int = row["counter"]

    def next(self) -> int:
        self._counter += 1
        self._conn.execute("UPDATE bundle_replica SET counter = ?", (self._counter,))
        return self._counter


def save_register(
    conn: sqlite3.Connection, meeting_id: str, kind: str, key: str, name: str, reg: Register
) -> None:
    conn.execute(
        "INSERT INTO field_registers (entity, entity_id, field, meeting_id, register) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id, field) "
        "DO UPDATE SET register = excluded.register",
        (kind, key, name, meeting_id, codec.dumps(reg.to_json())),
    )


def first_shared(kind: Kind, key: str, name: str, value: Any) -> Register:
    return baseline(f"{kind.name}:{key}:{name}", value)


def polls_with_ballots(conn: sqlite3.Connection, meeting_id: str) -> set[str]:
    return {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT b.poll_id FROM ballots b JOIN polls p ON p.id = b.poll_id "
            "WHERE p.meeting_id = ?",
            (meeting_id,),
        )
    }


def alive(kind: Kind, key: str, regs: Mapping[str, Register], voted: set[str]) -> bool:
    """Whether a record exists once merged: unless every laptop that deleted it had seen every
    edit of it. A poll that holds ballots is never removed: votes are never lost."""
    if not kind.deletable:
        return True
    exists = regs.get(EXISTS)
    if exists is None or any(v.value is True for v in exists.versions):
        return True
    return kind is POLL and key in voted


# -- this laptop's edits ---------------------------------------------------------------------


def rows_by_key(conn: sqlite3.Connection, meeting_id: str) -> dict[str, dict[str, dict[str, Any]]]:
    return {kind.name: {kind.key(r): r for r in rows_in(conn, kind, meeting_id)} for kind in KINDS}


def stamp_in(conn: sqlite3.Connection, meeting_id: str) -> None:
    """Record in the registers what changed here since the meeting was last exchanged.

    Inside a write job, before a bundle is written or merged. Changing a field and changing it
    back in between is no change; two edits of a field in between are one.
    """
    replica = Replica(conn)
    known = registers_in(conn, meeting_id)
    rows = rows_by_key(conn, meeting_id)
    ideas = set(rows["idea"])
    voted = polls_with_ballots(conn, meeting_id)
    moment = now().isoformat()
    for kind in KINDS:
        records = known.get(kind.name, {})
        for key in sorted(rows[kind.name].keys() | records.keys()):
            row = rows[kind.name].get(key)
            if row is None and kind is COUNT and key.split(":", 1)[0] not in rows["poll"]:
                continue  # went with its poll, whose deletion is the edit
            current = records.get(key, {})
            if row is None:
                if kind.deletable and alive(kind, key, current, voted):
                    deleted = written(
                        current.get(EXISTS), replica.id, replica.next(), False, moment
                    )
                    save_register(conn, meeting_id, kind.name, key, EXISTS, deleted)
                    _settled(conn, meeting_id, kind.name, key, EXISTS, moment)
                continue
            for name, reg, edited in _edits(kind, key, row, current, ideas, voted, replica, moment):
                save_register(conn, meeting_id, kind.name, key, name, reg)
                if edited:
                    _settled(conn, meeting_id, kind.name, key, name, moment)


def _settled(
    conn: sqlite3.Connection, meeting_id: str, kind: str, key: str, name: str, moment: str
) -> None:
    """An edit here that knows every value of a field settles its conflict."""
    for row in conn.execute(
        "SELECT id FROM conflicts WHERE entity = ? AND entity_id = ? AND field = ? "
        "AND resolved_at IS NULL",
        (kind, key, DELETED if name == EXISTS else name),
    ).fetchall():
        conn.execute("UPDATE conflicts SET resolved_at = ? WHERE id = ?", (moment, row["id"]))
        journal.record(conn, meeting_id, "conflict", row["id"], "update", {"resolved": True})


def _edits(
    kind: Kind,
    key: str,
    row: Mapping[str, Any],
    current: Mapping[str, Register],
    ideas: set[str],
    voted: set[str],
    replica: Replica,
    moment: str,
) -> Iterator[tuple[str, Register, bool]]:
    """The registers of a record present here that its row has moved away from, and whether
    each is an edit (or the record's first sharing)."""
    changed: dict[str, Any] = {}
    for name in kind.fields:
        value = kind.value(name, row)
        reg = current.get(name)
        if reg is None:
            yield name, first_shared(kind, key, name, value), False
        elif effective(kind, name, reg.shown, ideas) != value:
            changed[name] = value
    if kind.deletable:
        exists = current.get(EXISTS)
        if exists is None:
            yield EXISTS, first_shared(kind, key, EXISTS, True), False
        elif not alive(kind, key, current, voted):
            changed[EXISTS] = True  # deleted, then put back here (an undo)
        elif changed:
            changed[EXISTS] = True  # an edit says the record is wanted
    if changed:
        counter, at = replica.next(), kind.edited_at(row) or moment
        for name, value in changed.items():
            yield name, written(current.get(name), replica.id, counter, value, at), True
