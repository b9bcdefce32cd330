"""Conflicts: fields two laptops edited without knowing of each other's edit.

A field's register keeps every such value (:mod:`facilitator.storage.registers`); the
``conflicts`` table lists them for the coordinator, each with the value shown meanwhile and the
other one, until an edit that knows both settles the field here or on any laptop.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from facilitator.domain.model import new_id, now
from facilitator.storage import codec, journal
from facilitator.storage.bundle_records import BY_NAME, DELETED, EXISTS, Kind
from facilitator.storage.registers import Register

#: A meeting's registers, by (kind, record key), then field.
Joined = dict[tuple[str, str], dict[str, Register]]


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field two laptops edited without knowing of each other's edit.

    ``local`` is the value shown meanwhile (the later edit), ``incoming`` the other one; for
    ``field == "deleted"``, ``local`` is False (the record is kept: it was edited on a laptop
    that had not seen its deletion) and ``incoming`` True.
    """

    id: str
    meeting_id: str
    entity: str
    entity_id: str
    field: str
    local: Any
    incoming: Any
    source: str
    detected_at: datetime
    resolved_at: datetime | None


def conflict_from(row: sqlite3.Row) -> Conflict:
    return Conflict(
        id=row["id"],
        meeting_id=row["meeting_id"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        field=row["field"],
        local=json.loads(row["local"]),
        incoming=json.loads(row["incoming"]),
        source=row["source"],
        detected_at=codec.must_dt(row["detected_at"]),
        resolved_at=codec.parse_dt(row["resolved_at"]),
    )


def list_conflicts(
    conn: sqlite3.Connection,
    mid: str,
    joined: Joined,
    living: set[tuple[str, str]],
    voted: set[str],
    source: str,
    found: list[Conflict],
) -> None:
    """List the fields of living records left with several values (adding the new ones to
    ``found``); close the conflicts that no longer are."""
    stamp = now().isoformat()
    open_rows = {
        (r["entity"], r["entity_id"], r["field"], r["incoming"]): r
        for r in conn.execute(
            "SELECT * FROM conflicts WHERE meeting_id = ? AND resolved_at IS NULL", (mid,)
        )
    }
    wanted: dict[tuple[str, str, str, str], tuple[Any, Any]] = {}
    for (kind_name, key), regs in joined.items():
        if (kind_name, key) in living:
            for name, (shown, other) in _disagreements(BY_NAME[kind_name], key, regs, voted):
                wanted[(kind_name, key, name, codec.dumps(other))] = (shown, other)
    for ident, row in open_rows.items():
        if ident not in wanted:
            conn.execute("UPDATE conflicts SET resolved_at = ? WHERE id = ?", (stamp, row["id"]))
            journal.record(conn, mid, "conflict", row["id"], "update", {"resolved": True})
        elif json.loads(row["local"]) != wanted[ident][0]:
            conn.execute(
                "UPDATE conflicts SET local = ? WHERE id = ?",
                (codec.dumps(wanted[ident][0]), row["id"]),
            )
    for ident, (shown, other) in sorted(wanted.items()):
        if ident not in open_rows:
            found.append(_flag(conn, mid, ident, shown, other, source, stamp))


def _flag(
    conn: sqlite3.Connection,
    mid: str,
    ident: tuple[str, str, str, str],
    shown: Any,
    other: Any,
    source: str,
    stamp: str,
) -> Conflict:
    kind, key, name = ident[:3]
    conflict = Conflict(
        id=new_id(),
        meeting_id=mid,
        entity=kind,
        entity_id=key,
        field=name,
        local=shown,
        incoming=other,
        source=source,
        detected_at=codec.must_dt(stamp),
        resolved_at=None,
    )
    conn.execute(
        "INSERT INTO conflicts (id, meeting_id, entity, entity_id, field, local, incoming, "
        "source, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (conflict.id, mid, kind, key, name, codec.dumps(shown), ident[3], source, stamp),
    )
    journal.record(
        conn,
        mid,
        "conflict",
        conflict.id,
        "create",
        {"entity": kind, "entity_id": key, "field": name, "source": source},
    )
    return conflict


def _disagreements(
    kind: Kind, key: str, regs: Mapping[str, Register], voted: set[str]
) -> Iterator[tuple[str, tuple[Any, Any]]]:
    """(field, (value shown, other value)) of every conflict a living record holds."""
    for name, reg in sorted(regs.items()):
        if name == EXISTS or name in kind.quiet:
            continue
        values = reg.values
        for other in values[1:]:
            yield name, (values[0], other)
    exists = regs.get(EXISTS)
    if exists is not None and any(v.value is False for v in exists.versions):
        # alive although deleted somewhere: edited meanwhile, or a poll that holds ballots
        yield DELETED, (False, True)
