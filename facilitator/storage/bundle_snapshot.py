"""A meeting as plain data for a bundle file, and the checks an incoming one passes.

A snapshot holds the meeting and everything in it as rows (the same columns as the tables;
polls carry their options), plus ``registers``: the field registers of every record this laptop
knows in the meeting, deleted ones included (see :mod:`facilitator.storage.registers`).
Bundles written before registers existed have none; a merge then treats their rows as first
shared (:func:`facilitator.storage.registers.baseline`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from facilitator.storage import registers
from facilitator.storage.bundle_records import (
    ATTENDANCE,
    BY_NAME,
    KINDS,
    MEETING,
    checked,
    damaged,
    rows_in,
)
from facilitator.storage.meetings import not_found

#: Incoming registers, by kind, record key and field.
Registers = dict[str, dict[str, dict[str, registers.Register]]]

_LISTS = ("ideas", "polls", "ballots", "counts", "tickets")


def registers_in(conn: sqlite3.Connection, meeting_id: str) -> Registers:
    """Every register this laptop keeps for a meeting."""
    found: Registers = {}
    for row in conn.execute(
        "SELECT entity, entity_id, field, register FROM field_registers WHERE meeting_id = ?",
        (meeting_id,),
    ):
        register = registers.from_json(json.loads(row["register"]))
        found.setdefault(row["entity"], {}).setdefault(row["entity_id"], {})[row["field"]] = (
            register
        )
    return found


def snapshot_in(conn: sqlite3.Connection, meeting_id: str) -> dict[str, Any]:
    """Everything in one meeting as plain rows, and its registers (inside a transaction)."""
    meeting = rows_in(conn, MEETING, meeting_id)
    if not meeting:
        raise not_found("meeting", "réunion", meeting_id)
    attendance = rows_in(conn, ATTENDANCE, meeting_id)
    snapshot: dict[str, Any] = {
        "meeting": meeting[0],
        "attendance": attendance[0] if attendance else None,
    }
    for kind in KINDS:
        if kind.section in _LISTS:
            snapshot[kind.section] = rows_in(conn, kind, meeting_id)
    snapshot["ballots"] = [
        dict(r)
        for r in conn.execute(
            "SELECT b.* FROM ballots b JOIN polls p ON p.id = b.poll_id "
            "WHERE p.meeting_id = ? ORDER BY b.cast_at, b.id",
            (meeting_id,),
        )
    ]
    snapshot["registers"] = {
        kind: {
            key: {name: register.to_json() for name, register in sorted(fields.items())}
            for key, fields in sorted(records.items())
        }
        for kind, records in sorted(registers_in(conn, meeting_id).items())
    }
    return snapshot


def _registers_of(raw: Any) -> Registers:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise damaged("registers")
    parsed: Registers = {}
    for kind_name, records in raw.items():
        kind = BY_NAME.get(kind_name)
        if kind is None or not isinstance(records, Mapping):
            raise damaged(f"registers of {kind_name!s:.40}")
        for key, fields in records.items():
            if not isinstance(key, str) or not 1 <= len(key) <= 200:
                raise damaged(f"{kind_name} register key")
            if not isinstance(fields, Mapping):
                raise damaged(f"{kind_name} {key}: registers")
            for name, data in fields.items():
                if name not in kind.registers():
                    raise damaged(f"{kind_name} {key}: register {name!s:.40}")
                try:
                    register = registers.from_json(data)
                except ValueError as exc:
                    raise damaged(f"{kind_name} {key} {name}: {exc}") from exc
                parsed.setdefault(kind_name, {}).setdefault(key, {})[name] = register
    return parsed


def check_snapshot(snapshot: Any) -> dict[str, Any]:
    """The snapshot with every row checked and encoded again (:func:`checked`), its registers
    parsed; or :class:`BundleError`. Every row must belong to the bundled meeting."""
    if not isinstance(snapshot, Mapping):
        raise damaged("no meeting")
    for key in ("meeting", *_LISTS):
        if key not in snapshot:
            raise damaged(f"missing {key}")
    for key in _LISTS:
        if not isinstance(snapshot[key], list):
            raise damaged(f"{key} is not a list")
    meeting = checked("meeting", snapshot["meeting"])
    meeting_id = meeting["id"]
    result: dict[str, Any] = {"meeting": meeting, "attendance": None}
    if snapshot.get("attendance") is not None:
        attendance = checked("attendance", snapshot["attendance"])
        if attendance["meeting_id"] != meeting_id:
            raise damaged("attendance of another meeting")
        result["attendance"] = attendance
    for section, kind in (("ideas", "idea"), ("polls", "poll"), ("tickets", "ticket")):
        result[section] = [checked(kind, raw) for raw in snapshot[section]]
        for row in result[section]:
            if row["meeting_id"] != meeting_id:
                raise damaged(f"{kind} {row['id']} of another meeting")
    poll_ids = {p["id"] for p in result["polls"]}
    for section, kind in (("ballots", "ballot"), ("counts", "count")):
        result[section] = [checked(kind, raw) for raw in snapshot[section]]
        for row in result[section]:
            if row["poll_id"] not in poll_ids:
                raise damaged(f"{kind} {row['id']} of another poll")
    result["registers"] = _registers_of(snapshot.get("registers"))
    return result
