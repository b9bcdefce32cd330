"""Merging a meeting from another laptop, field by field, in one write transaction.

This laptop's edits are stamped first (:mod:`facilitator.storage.bundle_stamp`); then each
field register is joined with the incoming one (:mod:`facilitator.storage.registers`), the
tables are made to hold what the joined registers say, and fields left with two values are
listed as conflicts (:mod:`facilitator.storage.bundle_conflicts`). The rule in plain words is
in docs/bundles.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from facilitator.domain.errors import ConflictError
from facilitator.domain.model import new_secret, now
from facilitator.storage import codec, journal
from facilitator.storage.bundle_conflicts import Conflict, Joined, conflict_from, list_conflicts
from facilitator.storage.bundle_records import (
    BY_NAME,
    COUNT,
    DELETED,
    EXISTS,
    KINDS,
    MEETING,
    POLL,
    TICKET,
    Kind,
    checked,
    damaged,
    effective,
    rows_in,
)
from facilitator.storage.bundle_snapshot import Registers, registers_in
from facilitator.storage.bundle_stamp import (
    Replica,
    alive,
    first_shared,
    polls_with_ballots,
    rows_by_key,
    save_register,
    stamp_in,
)
from facilitator.storage.registers import Register, join, written
from facilitator.storage.tickets import counted_voter, hand_over_all


@dataclass(slots=True)
class MergeReport:
    """What a merge did, per kind of record ("idea", "ballot"...)."""

    meetings: list[tuple[str, str]] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    def count(self, what: dict[str, int], kind: str) -> None:
        what[kind] = what.get(kind, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.conflicts)


# -- merging ---------------------------------------------------------------------------------


class Merge:
    """Merges inside one write transaction; the same code settles a conflict resolved here."""

    def __init__(self, conn: sqlite3.Connection, source: str, report: MergeReport) -> None:
        self.conn = conn
        self.source = source
        self.report = report

    def meeting(self, snapshot: Mapping[str, Any]) -> None:
        """Merge one checked snapshot (see :func:`bundle_snapshot.check_snapshot`)."""
        conn = self.conn
        meeting = snapshot["meeting"]
        mid = meeting["id"]
        self.report.meetings.append((mid, meeting["title"]))
        if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (mid,)).fetchone():
            stamp_in(conn, mid)
        else:
            self._insert_meeting(dict(meeting))
        incoming = _incoming_rows(snapshot)
        theirs = _with_first_shared(incoming, snapshot["registers"])
        self._guard(mid, theirs)
        mine = registers_in(conn, mid)
        joined: Joined = {}
        for kind in KINDS:
            for key in mine.get(kind.name, {}).keys() | theirs.get(kind.name, {}).keys():
                here = mine.get(kind.name, {}).get(key, {})
                there = theirs.get(kind.name, {}).get(key, {})
                joined[(kind.name, key)] = {
                    name: join(here[name], there[name])
                    if name in here and name in there
                    else here.get(name) or there[name]
                    for name in here.keys() | there.keys()
                }
        voted = polls_with_ballots(conn, mid) | {b["poll_id"] for b in snapshot["ballots"]}
        self.settle(mid, joined, incoming, voted)
        for (kind_name, key), regs in joined.items():
            before = mine.get(kind_name, {}).get(key, {})
            for name, reg in regs.items():
                if name not in before or before[name].to_json() != reg.to_json():
                    save_register(conn, mid, kind_name, key, name, reg)
        self._ballots(mid, snapshot["ballots"])
        hand_over_all(conn, mid)

    def settle(
        self,
        mid: str,
        joined: Joined,
        incoming: Mapping[str, Mapping[str, dict[str, Any]]],
        voted: set[str],
    ) -> None:
        """Make the tables hold what ``joined`` says, and list its conflicts."""
        living = {
            (kind_name, key)
            for (kind_name, key), regs in joined.items()
            if alive(BY_NAME[kind_name], key, regs, voted)
        }
        # a count goes with its poll
        living -= {
            (name, key)
            for (name, key) in living
            if name == "count" and ("poll", key.split(":", 1)[0]) not in living
        }
        for kind in reversed(KINDS):
            for row in rows_in(self.conn, kind, mid):
                key = kind.key(row)
                if (kind.name, key) in joined and (kind.name, key) not in living:
                    self._delete(mid, kind, row)
        ideas = {key for (name, key) in living if name == "idea"}
        local = rows_by_key(self.conn, mid)
        for kind in KINDS:
            for (name, key), regs in sorted(joined.items()):
                if name != kind.name or (name, key) not in living:
                    continue
                here = local[kind.name].get(key)
                there = incoming.get(kind.name, {}).get(key)
                wanted = _wanted(kind, key, regs, here, there, ideas)
                if here is None:
                    self._insert(mid, kind, wanted)
                elif wanted != here:
                    self._update(mid, kind, wanted, here)
        list_conflicts(self.conn, mid, joined, living, voted, self.source, self.report.conflicts)

    # -- writing rows ------------------------------------------------------------------------

    def _insert_meeting(self, meeting: dict[str, Any]) -> None:
        taken = self.conn.execute(
            "SELECT 1 FROM meetings WHERE join_code = ?", (meeting["join_code"],)
        ).fetchone()
        if taken:
            meeting["join_code"] = new_secret()
        codec.insert(self.conn, "meetings", meeting)
        journal.record(self.conn, meeting["id"], "meeting", meeting["id"], "create", meeting)
        self.report.count(self.report.added, "meeting")

    def _insert(self, mid: str, kind: Kind, row: dict[str, Any]) -> None:
        conn = self.conn
        values = {k: v for k, v in row.items() if k != "options"}
        if (
            kind is TICKET
            and conn.execute("SELECT 1 FROM tickets WHERE code = ?", (row["code"],)).fetchone()
        ):
            raise damaged(f"ticket {row['id']} reuses another ticket's code")
        if (
            kind is COUNT
            and conn.execute("SELECT 1 FROM count_entries WHERE id = ?", (row["id"],)).fetchone()
        ):
            raise damaged(f"count {row['id']} belongs to another poll here")
        codec.insert(conn, kind.table, values)
        if kind is POLL:
            self._write_options(row)
        journal.record(conn, mid, kind.name, _journal_id(kind, row), "create", values)
        self.report.count(self.report.added, kind.name)

    def _update(self, mid: str, kind: Kind, row: dict[str, Any], here: Mapping[str, Any]) -> None:
        conn = self.conn
        values = {k: v for k, v in row.items() if k != "options"}
        codec.update(
            conn, kind.table, values, key="meeting_id" if kind.name == "attendance" else "id"
        )
        if kind is POLL and row["options"] != here["options"]:
            conn.execute("DELETE FROM poll_options WHERE poll_id = ?", (row["id"],))
            self._write_options(row)
        journal.record(conn, mid, kind.name, _journal_id(kind, row), "update", values)
        self.report.count(self.report.updated, kind.name)

    def _delete(self, mid: str, kind: Kind, row: Mapping[str, Any]) -> None:
        self.conn.execute(f"DELETE FROM {kind.table} WHERE id = ?", (row["id"],))
        journal.record(self.conn, mid, kind.name, _journal_id(kind, row), "delete", {})
        self.report.count(self.report.removed, kind.name)

    def _write_options(self, poll: Mapping[str, Any]) -> None:
        for position, option in enumerate(poll["options"]):
            clash = self.conn.execute(
                "SELECT poll_id FROM poll_options WHERE id = ?", (option["id"],)
            ).fetchone()
            if clash is not None:
                raise damaged(f"option {option['id']} belongs to another poll here")
            codec.insert(
                self.conn,
                "poll_options",
                {**option, "poll_id": poll["id"], "position": position},
            )

    # -- conflicts ---------------------------------------------------------------------------

    # -- ballots -----------------------------------------------------------------------------

    def _ballots(self, mid: str, rows: list[dict[str, Any]]) -> None:
        """Ballots are not edited, they are cast: a voter's later ballot counts, wherever it
        was cast (and the same ballot arriving twice is one)."""
        conn = self.conn
        for incoming in rows:
            row = {**incoming, "voter": counted_voter(conn, incoming["voter"])}
            if conn.execute(
                "SELECT 1 FROM ballots_awaiting_ticket WHERE id = ?", (row["id"],)
            ).fetchone():
                continue  # already here, waiting for its phone's ticket
            local = conn.execute("SELECT * FROM ballots WHERE id = ?", (row["id"],)).fetchone()
            if local is None:
                local = conn.execute(
                    "SELECT * FROM ballots WHERE poll_id = ? AND voter = ?",
                    (row["poll_id"], row["voter"]),
                ).fetchone()
            if local is None:
                if conn.execute(
                    "SELECT 1 FROM ballots WHERE idempotency_key = ?", (row["idempotency_key"],)
                ).fetchone():
                    continue  # the same ballot request, already counted under another id
                codec.insert(conn, "ballots", row)
                op = "create"
                self.report.count(self.report.added, "ballot")
            elif local["poll_id"] != row["poll_id"]:
                raise damaged(f"ballot {row['id']} belongs to another poll here")
            elif _later(row, local):
                updated = {**row, "id": local["id"], "idempotency_key": local["idempotency_key"]}
                codec.update(conn, "ballots", updated)
                op = "update"
                self.report.count(self.report.updated, "ballot")
            else:
                continue
            journal.record(
                conn,
                mid,
                "ballot",
                row["id"],
                op,
                {"poll_id": row["poll_id"], "channel": row["channel"], "cast_at": row["cast_at"]},
            )

    # -- guarding this laptop's other meetings -----------------------------------------------

    def _guard(self, mid: str, theirs: Registers) -> None:
        """A bundle speaks for its own meeting only: refuse records of another meeting here."""
        conn = self.conn
        for kind_name, records in theirs.items():
            kind = BY_NAME[kind_name]
            for key in records:
                if kind in (MEETING, BY_NAME["attendance"]):
                    if key != mid:
                        raise damaged(f"{kind_name} of another meeting")
                    continue
                if kind is COUNT:
                    poll = key.split(":", 1)[0]
                    if (
                        poll not in theirs.get("poll", {})
                        and not conn.execute(
                            "SELECT 1 FROM polls WHERE id = ? AND meeting_id = ?", (poll, mid)
                        ).fetchone()
                    ):
                        raise damaged(f"count {key} of another poll")
                else:
                    other = conn.execute(
                        f"SELECT meeting_id FROM {kind.table} WHERE id = ?", (key,)
                    ).fetchone()
                    if other is not None and other[0] != mid:
                        raise damaged(f"{kind_name} {key} belongs to another meeting here")
                other = conn.execute(
                    "SELECT meeting_id FROM field_registers WHERE entity = ? AND entity_id = ? "
                    "LIMIT 1",
                    (kind_name, key),
                ).fetchone()
                if other is not None and other[0] != mid:
                    raise damaged(f"{kind_name} {key} belongs to another meeting here")


def _journal_id(kind: Kind, row: Mapping[str, Any]) -> str:
    return str(row["meeting_id"] if kind.name == "attendance" else row["id"])


def _later(row: Mapping[str, Any], local: Mapping[str, Any]) -> bool:
    """Whether an incoming ballot replaces the voter's ballot here: the later one counts;
    two cast at the same instant are ordered by content, so every laptop keeps the same."""

    def order(b: Mapping[str, Any]) -> tuple[str, str, str]:
        return (b["cast_at"], b["content"], b["channel"])

    return order(row) > order(local)


def _incoming_rows(snapshot: Mapping[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    for kind in KINDS:
        section = snapshot.get(kind.section)
        found = section if isinstance(section, list) else [section] if section else []
        rows[kind.name] = {kind.key(r): r for r in found}
    return rows


def _with_first_shared(
    incoming: Mapping[str, Mapping[str, Mapping[str, Any]]], regs: Registers
) -> Registers:
    """Incoming registers, completed for rows from a bundle written before registers."""
    complete: Registers = {k: {key: dict(f) for key, f in r.items()} for k, r in regs.items()}
    for kind in KINDS:
        for key, row in incoming.get(kind.name, {}).items():
            fields = complete.setdefault(kind.name, {}).setdefault(key, {})
            for name in kind.fields:
                if name not in fields:
                    fields[name] = first_shared(kind, key, name, kind.value(name, row))
            if kind.deletable and EXISTS not in fields:
                fields[EXISTS] = first_shared(kind, key, EXISTS, True)
    return complete


def _wanted(
    kind: Kind,
    key: str,
    regs: Mapping[str, Register],
    here: Mapping[str, Any] | None,
    there: Mapping[str, Any] | None,
    ideas: set[str],
) -> dict[str, Any]:
    """The row the joined registers describe, checked like a record typed in here."""
    base = here if here is not None else there
    if base is None:
        raise damaged(f"{kind.name} {key} without its record")
    row = dict(base)
    for name in kind.fields:
        if name not in regs:
            raise damaged(f"{kind.name} {key} without its {name}")
        kind.put(name, row, effective(kind, name, regs[name].shown, ideas))
    for column in kind.latest:
        times = [r[column] for r in (here, there) if r is not None and r.get(column)]
        if times:
            row[column] = max(times)
    return checked(kind.name, row)


# -- resolving -------------------------------------------------------------------------------


def resolve_in(conn: sqlite3.Connection, conflict_id: str, keep_shown: bool) -> Conflict | None:
    """Settle a conflict here with the value shown or the other one, inside a write job.

    The choice is an edit of the field that knows both values, so it travels: the laptops that
    import this laptop's next bundle settle the conflict the same way. Returns the conflict as
    it was, or None when it does not exist.
    """
    row = conn.execute("SELECT * FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
    if row is None:
        return None
    conflict = conflict_from(row)
    if conflict.resolved_at is not None:
        return conflict
    mid, kind = conflict.meeting_id, BY_NAME[conflict.entity]
    stamp_in(conn, mid)  # an edit made here meanwhile may have settled it already
    if conn.execute("SELECT resolved_at FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()[
        "resolved_at"
    ]:
        return conflict
    regs = registers_in(conn, mid).get(kind.name, {}).get(conflict.entity_id, {})
    choice = conflict.local if keep_shown else conflict.incoming
    voted = polls_with_ballots(conn, mid)
    replica = Replica(conn)
    counter, moment = replica.next(), now().isoformat()
    changed: dict[str, Register] = {}
    if conflict.field == DELETED:
        if choice is True and kind is POLL and conflict.entity_id in voted:
            raise ConflictError(
                "A poll that holds ballots is never deleted: close it instead.",
                "Un vote qui contient des bulletins n'est jamais supprimé : clôturez-le plutôt.",
            )
        changed[EXISTS] = written(regs.get(EXISTS), replica.id, counter, not choice, moment)
    elif conflict.field in regs:
        changed[conflict.field] = written(regs[conflict.field], replica.id, counter, choice, moment)
        if kind.deletable:
            changed[EXISTS] = written(regs.get(EXISTS), replica.id, counter, True, moment)
    for name, reg in changed.items():
        save_register(conn, mid, kind.name, conflict.entity_id, name, reg)
    merge = Merge(conn, "", MergeReport())
    merge.settle(mid, _joined_here(conn, mid), {}, voted)
    return conflict


def _joined_here(conn: sqlite3.Connection, mid: str) -> Joined:
    return {
        (kind_name, key): dict(fields)
        for kind_name, records in registers_in(conn, mid).items()
        for key, fields in records.items()
    }
