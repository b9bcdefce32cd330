"""Whole meetings as data: a snapshot for bundle files, and merging one back in by UUID.

A snapshot holds a meeting and everything in it as plain rows (the same columns as the tables).
:meth:`BundleRepository.merge` adds what is missing, updates what only the other side edited,
and flags what both sides edited in the ``conflicts`` table (the local value stays). It tells
edits apart with ``merge_bases``: a digest of each record as last shared through a bundle
(exported or imported). Ballots need no base: a voter's later ballot counts, as in the room.

Merging twice changes nothing. The whole merge is one transaction: a damaged or hostile
snapshot (rows of another meeting, wrong types) raises :class:`BundleError` and changes nothing.
Deletions do not travel: a record deleted on one side comes back from the other's bundle.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from facilitator.domain.errors import FacilitatorError, ValidationError
from facilitator.domain.model import Ballot, Poll, new_id, new_secret, now
from facilitator.storage import codec, journal
from facilitator.storage.database import Database
from facilitator.storage.meetings import not_found

T = TypeVar("T")

#: Fields compared (and flagged when both sides changed them), per kind of record.
COMPARED: Mapping[str, tuple[str, ...]] = {
    "meeting": (
        "title",
        "neighbourhood",
        "place",
        "starts_at",
        "ends_at",
        "language",
        "status",
        "notes",
        "archived",
    ),
    "idea": ("text", "theme", "source", "status", "merged_into"),
    "poll": ("question", "method", "params", "state", "visibility", "revealed", "options"),
    "attendance": ("headcount", "notes"),
    "count": ("counts", "voters"),
    "ticket": ("number", "code", "bound_device"),
}

_TABLES: Mapping[str, str] = {
    "meeting": "meetings",
    "idea": "ideas",
    "poll": "polls",
    "attendance": "attendance",
    "count": "count_entries",
    "ticket": "tickets",
}


class BundleError(FacilitatorError):
    """A meeting bundle cannot be read or merged; the workspace was left unchanged."""


def damaged(detail: str) -> BundleError:
    return BundleError(
        f"This meeting file is damaged or was not made by Facilitator ({detail}). "
        "Nothing was imported.",
        f"Ce fichier de réunion est endommagé ou n'a pas été créé par Facilitator ({detail}). "
        "Rien n'a été importé.",
    )


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field both laptops edited differently. The local value was kept."""

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


@dataclass(slots=True)
class MergeReport:
    """What a merge did, per kind of record ("idea", "ballot"...)."""

    meetings: list[tuple[str, str]] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    def add(self, kind: str) -> None:
        self.added[kind] = self.added.get(kind, 0) + 1

    def update(self, kind: str) -> None:
        self.updated[kind] = self.updated.get(kind, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.conflicts)


def _compared(kind: str, row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: row.get(name) for name in COMPARED[kind]}


def digest(kind: str, row: Mapping[str, Any]) -> str:
    """A fingerprint of what a merge compares in a record."""
    return hashlib.sha256(codec.dumps(_compared(kind, row)).encode()).hexdigest()


def _options(conn: sqlite3.Connection, poll_id: str) -> list[dict[str, Any]]:
    return [
        {"id": o["id"], "label": o["label"], "idea_id": o["idea_id"]}
        for o in conn.execute(
            "SELECT * FROM poll_options WHERE poll_id = ? ORDER BY position", (poll_id,)
        )
    ]


def _poll_row(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    return {**dict(row), "options": _options(conn, row["id"])}


def _count_key(row: Mapping[str, Any]) -> str:
    return f"{row['poll_id']}:{row['channel']}"


# -- reading a snapshot -----------------------------------------------------------------------


def snapshot_in(conn: sqlite3.Connection, meeting_id: str) -> dict[str, Any]:
    """Everything in one meeting as plain rows (inside a read or write transaction)."""
    meeting = conn.execute("SELECT * FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    if meeting is None:
        raise not_found("meeting", "réunion", meeting_id)
    polls = conn.execute(
        "SELECT * FROM polls WHERE meeting_id = ? ORDER BY position", (meeting_id,)
    ).fetchall()
    poll_ids = [p["id"] for p in polls]
    marks = ", ".join("?" for _ in poll_ids)
    ballots: list[dict[str, Any]] = []
    counts: list[dict[str, Any]] = []
    if poll_ids:
        ballots = [
            dict(r)
            for r in conn.execute(
                f"SELECT * FROM ballots WHERE poll_id IN ({marks}) ORDER BY cast_at, id", poll_ids
            )
        ]
        counts = [
            dict(r)
            for r in conn.execute(
                f"SELECT * FROM count_entries WHERE poll_id IN ({marks}) ORDER BY poll_id, channel",
                poll_ids,
            )
        ]
    attendance = conn.execute(
        "SELECT * FROM attendance WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()
    return {
        "meeting": dict(meeting),
        "attendance": dict(attendance) if attendance else None,
        "ideas": [
            dict(r)
            for r in conn.execute(
                "SELECT * FROM ideas WHERE meeting_id = ? ORDER BY position, created_at",
                (meeting_id,),
            )
        ],
        "polls": [_poll_row(conn, p) for p in polls],
        "ballots": ballots,
        "counts": counts,
        "tickets": [
            dict(r)
            for r in conn.execute(
                "SELECT * FROM tickets WHERE meeting_id = ? ORDER BY number", (meeting_id,)
            )
        ],
    }


def _bases_of(snapshot: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(kind, key, digest) of every record a merge compares."""
    meeting = snapshot["meeting"]
    yield "meeting", meeting["id"], digest("meeting", meeting)
    if snapshot.get("attendance"):
        yield "attendance", meeting["id"], digest("attendance", snapshot["attendance"])
    for row in snapshot["ideas"]:
        yield "idea", row["id"], digest("idea", row)
    for row in snapshot["polls"]:
        yield "poll", row["id"], digest("poll", row)
    for row in snapshot["counts"]:
        yield "count", _count_key(row), digest("count", row)
    for row in snapshot["tickets"]:
        yield "ticket", row["id"], digest("ticket", row)


def _set_base(conn: sqlite3.Connection, meeting_id: str, kind: str, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO merge_bases (entity, entity_id, meeting_id, digest) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (entity, entity_id) DO UPDATE SET digest = excluded.digest",
        (kind, key, meeting_id, value),
    )


# -- checking an incoming snapshot ------------------------------------------------------------


def _parse(kind: str, row: Any, parse: Callable[[Mapping[str, Any]], T]) -> T:
    """Check one incoming row by decoding it into its entity, and return it canonical."""
    if not isinstance(row, Mapping):
        raise damaged(f"{kind} is not a record")
    try:
        entity = parse(row)
        check = getattr(entity, "validated", None)
        if check is not None:
            check()  # the same rules as an entity typed in on this laptop
    except ValidationError as exc:
        raise damaged(f"{kind} {row.get('id', '?')}: {exc.en}") from exc
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise damaged(f"{kind} {row.get('id', '?')}: {exc.__class__.__name__}") from exc
    return entity


def _poll_from(row: Mapping[str, Any], options: list[Mapping[str, Any]]) -> Poll:
    return codec.poll_from(row, options)


def _text_fields(kind: str, row: Mapping[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        value = row.get(name)
        if value is not None and not isinstance(value, str):
            raise damaged(f"{kind} {row.get('id', '?')}: {name}")


def check_snapshot(snapshot: Any) -> dict[str, Any]:
    """Return the snapshot with every row decoded and re-encoded, or raise :class:`BundleError`.

    Every record must belong to the bundled meeting (no reaching into other meetings).
    """
    if not isinstance(snapshot, Mapping):
        raise damaged("no meeting")
    for key in ("meeting", "ideas", "polls", "ballots", "counts", "tickets"):
        if key not in snapshot:
            raise damaged(f"missing {key}")
    for key in ("ideas", "polls", "ballots", "counts", "tickets"):
        if not isinstance(snapshot[key], list):
            raise damaged(f"{key} is not a list")
    raw_meeting = snapshot["meeting"]
    _text_fields("meeting", raw_meeting, ("id", "title", "place", "notes", "join_code"))
    meeting = codec.meeting_row(_parse("meeting", raw_meeting, codec.meeting_from))
    meeting_id = meeting["id"]

    def belongs(kind: str, row: Mapping[str, Any]) -> None:
        if row["meeting_id"] != meeting_id:
            raise damaged(f"{kind} {row['id']} of another meeting")

    ideas = []
    for raw in snapshot["ideas"]:
        _text_fields("idea", raw, ("id", "text", "theme", "merged_into"))
        row = codec.idea_row(_parse("idea", raw, codec.idea_from))
        belongs("idea", row)
        ideas.append(row)
    polls = []
    for raw in snapshot["polls"]:
        _text_fields("poll", raw, ("id", "question", "params"))
        options = raw.get("options") if isinstance(raw, Mapping) else None
        if not isinstance(options, list):
            raise damaged("poll options")
        for option in options:
            _text_fields("option", option, ("id", "label", "idea_id"))
        poll = _parse("poll", raw, functools.partial(_poll_from, options=options))
        row = codec.poll_row(poll)
        row["options"] = [
            {"id": o["id"], "label": o["label"], "idea_id": o["idea_id"]}
            for o in codec.option_rows(poll)
        ]
        belongs("poll", row)
        polls.append(row)
    poll_ids = {p["id"] for p in polls}
    ballots = []
    for raw in snapshot["ballots"]:
        _text_fields("ballot", raw, ("id", "poll_id", "voter", "content", "idempotency_key"))
        row = codec.ballot_row(_parse("ballot", raw, codec.ballot_from))
        if row["poll_id"] not in poll_ids:
            raise damaged(f"ballot {row['id']} of another poll")
        ballots.append(row)
    counts = []
    for raw in snapshot["counts"]:
        _text_fields("count", raw, ("id", "poll_id", "counts"))
        row = codec.count_row(_parse("count", raw, codec.count_from))
        if row["poll_id"] not in poll_ids:
            raise damaged(f"count {row['id']} of another poll")
        counts.append(row)
    tickets = []
    for raw in snapshot["tickets"]:
        _text_fields("ticket", raw, ("id", "code", "bound_device"))
        row = codec.ticket_row(_parse("ticket", raw, codec.ticket_from))
        belongs("ticket", row)
        tickets.append(row)
    attendance = None
    if snapshot.get("attendance") is not None:
        raw = snapshot["attendance"]
        _text_fields("attendance", raw, ("meeting_id", "notes"))
        attendance = codec.attendance_row(_parse("attendance", raw, codec.attendance_from))
        if attendance["meeting_id"] != meeting_id:
            raise damaged("attendance of another meeting")
    return {
        "meeting": meeting,
        "attendance": attendance,
        "ideas": ideas,
        "polls": polls,
        "ballots": ballots,
        "counts": counts,
        "tickets": tickets,
    }


# -- merging ----------------------------------------------------------------------------------


class _Merge:
    """One merge inside the write transaction."""

    def __init__(self, conn: sqlite3.Connection, source: str, report: MergeReport) -> None:
        self.conn = conn
        self.source = source
        self.report = report
        self.stamp = now().isoformat()

    def base(self, kind: str, key: str) -> str | None:
        row = self.conn.execute(
            "SELECT digest FROM merge_bases WHERE entity = ? AND entity_id = ?", (kind, key)
        ).fetchone()
        return row[0] if row else None

    def reconcile(
        self,
        meeting_id: str,
        kind: str,
        key: str,
        local: Mapping[str, Any],
        incoming: Mapping[str, Any],
    ) -> bool:
        """Decide for a record both sides have. True when the incoming version should be written."""
        mine, theirs = digest(kind, local), digest(kind, incoming)
        if mine == theirs:
            _set_base(self.conn, meeting_id, kind, key, theirs)
            return False
        base = self.base(kind, key)
        if base == theirs:
            return False  # only this laptop edited it since: keep
        if base == mine:
            _set_base(self.conn, meeting_id, kind, key, theirs)
            self.report.update(kind)
            return True  # only the other laptop edited it since: take theirs
        for name in COMPARED[kind]:
            if local.get(name) != incoming.get(name):
                self.flag(meeting_id, kind, key, name, local.get(name), incoming.get(name))
        return False

    def flag(
        self, meeting_id: str, kind: str, key: str, name: str, local: Any, incoming: Any
    ) -> None:
        local_text, incoming_text = codec.dumps(local), codec.dumps(incoming)
        seen = self.conn.execute(
            "SELECT 1 FROM conflicts WHERE entity = ? AND entity_id = ? AND field = ? "
            "AND incoming = ? AND resolved_at IS NULL",
            (kind, key, name, incoming_text),
        ).fetchone()
        if seen:
            return
        conflict_id = new_id()
        self.conn.execute(
            "INSERT INTO conflicts (id, meeting_id, entity, entity_id, field, local, incoming, "
            "source, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conflict_id,
                meeting_id,
                kind,
                key,
                name,
                local_text,
                incoming_text,
                self.source,
                self.stamp,
            ),
        )
        journal.record(
            self.conn,
            meeting_id,
            "conflict",
            conflict_id,
            "create",
            {"entity": kind, "entity_id": key, "field": name, "source": self.source},
        )
        self.report.conflicts.append(
            Conflict(
                id=conflict_id,
                meeting_id=meeting_id,
                entity=kind,
                entity_id=key,
                field=name,
                local=local,
                incoming=incoming,
                source=self.source,
                detected_at=codec.must_dt(self.stamp),
                resolved_at=None,
            )
        )

    def added(self, meeting_id: str, kind: str, key: str, row: Mapping[str, Any]) -> None:
        _set_base(self.conn, meeting_id, kind, key, digest(kind, row))
        self.report.add(kind)

    def write(self, kind: str, row: Mapping[str, Any], *, insert: bool) -> None:
        table = _TABLES[kind]
        values = {k: v for k, v in row.items() if k != "options"}
        if insert:
            codec.insert(self.conn, table, values)
        else:
            key = "meeting_id" if kind == "attendance" else "id"
            values.pop("created_at", None)
            values.pop("join_code", None)
            values.pop("position", None)
            codec.update(self.conn, table, values, key=key)

    def merge_meeting(self, snapshot: Mapping[str, Any]) -> None:
        conn = self.conn
        meeting = dict(snapshot["meeting"])
        mid = meeting["id"]
        self.report.meetings.append((mid, meeting["title"]))
        local = conn.execute("SELECT * FROM meetings WHERE id = ?", (mid,)).fetchone()
        if local is None:
            taken = conn.execute(
                "SELECT 1 FROM meetings WHERE join_code = ?", (meeting["join_code"],)
            ).fetchone()
            if taken:
                meeting["join_code"] = new_secret()
            self.write("meeting", meeting, insert=True)
            journal.record(conn, mid, "meeting", mid, "create", meeting)
            self.added(mid, "meeting", mid, meeting)
        elif self.reconcile(mid, "meeting", mid, dict(local), meeting):
            self.write("meeting", meeting, insert=False)
            journal.record(conn, mid, "meeting", mid, "update", meeting)

        attendance = snapshot.get("attendance")
        if attendance is not None:
            here = conn.execute("SELECT * FROM attendance WHERE meeting_id = ?", (mid,)).fetchone()
            if here is None:
                self.write("attendance", attendance, insert=True)
                journal.record(conn, mid, "attendance", mid, "update", attendance)
                self.added(mid, "attendance", mid, attendance)
            elif self.reconcile(mid, "attendance", mid, dict(here), attendance):
                self.write("attendance", attendance, insert=False)
                journal.record(conn, mid, "attendance", mid, "update", attendance)

        self.merge_rows(mid, "idea", snapshot["ideas"])
        for poll in snapshot["polls"]:
            self.merge_poll(mid, poll)
        self.merge_counts(mid, snapshot["counts"])
        self.merge_rows(mid, "ticket", snapshot["tickets"])
        self.merge_ballots(mid, snapshot["ballots"])

    def merge_rows(self, mid: str, kind: str, rows: list[dict[str, Any]]) -> None:
        conn = self.conn
        table = _TABLES[kind]
        for row in rows:
            local = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row["id"],)).fetchone()
            if local is None:
                if (
                    kind == "ticket"
                    and conn.execute(
                        "SELECT 1 FROM tickets WHERE code = ?", (row["code"],)
                    ).fetchone()
                ):
                    raise damaged(f"ticket {row['id']} reuses another ticket's code")
                self.write(kind, row, insert=True)
                journal.record(conn, mid, kind, row["id"], "create", row)
                self.added(mid, kind, row["id"], row)
                continue
            if local["meeting_id"] != mid:
                raise damaged(f"{kind} {row['id']} belongs to another meeting here")
            if self.reconcile(mid, kind, row["id"], dict(local), row):
                self.write(kind, row, insert=False)
                journal.record(conn, mid, kind, row["id"], "update", row)

    def merge_poll(self, mid: str, poll: dict[str, Any]) -> None:
        conn = self.conn
        local = conn.execute("SELECT * FROM polls WHERE id = ?", (poll["id"],)).fetchone()
        if local is not None and local["meeting_id"] != mid:
            raise damaged(f"poll {poll['id']} belongs to another meeting here")
        if local is None:
            self.write("poll", poll, insert=True)
            self._write_options(poll)
            journal.record(conn, mid, "poll", poll["id"], "create", poll)
            self.added(mid, "poll", poll["id"], poll)
        elif self.reconcile(mid, "poll", poll["id"], _poll_row(conn, local), poll):
            self.write("poll", poll, insert=False)
            conn.execute("DELETE FROM poll_options WHERE poll_id = ?", (poll["id"],))
            self._write_options(poll)
            journal.record(conn, mid, "poll", poll["id"], "update", poll)

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

    def merge_counts(self, mid: str, rows: list[dict[str, Any]]) -> None:
        conn = self.conn
        for row in rows:
            key = _count_key(row)
            local = conn.execute(
                "SELECT * FROM count_entries WHERE poll_id = ? AND channel = ?",
                (row["poll_id"], row["channel"]),
            ).fetchone()
            if local is None:
                if conn.execute(
                    "SELECT 1 FROM count_entries WHERE id = ?", (row["id"],)
                ).fetchone():
                    raise damaged(f"count {row['id']} belongs to another poll here")
                self.write("count", row, insert=True)
                journal.record(conn, mid, "count", row["id"], "update", row)
                self.added(mid, "count", key, row)
            elif self.reconcile(mid, "count", key, dict(local), row):
                updated = {**row, "id": local["id"]}
                self.write("count", updated, insert=False)
                journal.record(conn, mid, "count", local["id"], "update", updated)

    def merge_ballots(self, mid: str, rows: list[dict[str, Any]]) -> None:
        conn = self.conn
        for row in rows:
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
                self.report.add("ballot")
            elif local["poll_id"] != row["poll_id"]:
                raise damaged(f"ballot {row['id']} belongs to another poll here")
            elif row["cast_at"] > local["cast_at"] and (
                row["content"] != local["content"] or row["channel"] != local["channel"]
            ):
                # the voter's later ballot counts, wherever it was cast
                updated = {**row, "id": local["id"], "idempotency_key": local["idempotency_key"]}
                codec.update(conn, "ballots", updated)
                op = "update"
                self.report.update("ballot")
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


def _conflict(row: sqlite3.Row) -> Conflict:
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


class BundleRepository:
    """Snapshots of meetings for bundle files, merges of incoming ones, and their conflicts."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def snapshot(self, meeting_id: str) -> dict[str, Any]:
        """Everything in a meeting as plain rows, read in one consistent transaction."""
        with self._db.read() as conn:
            return snapshot_in(conn, meeting_id)

    def mark_shared(self, snapshots: list[dict[str, Any]], destination: str) -> None:
        """Remember what was just written to a bundle, as the base of the next merge."""

        def job(conn: sqlite3.Connection) -> None:
            for snapshot in snapshots:
                mid = snapshot["meeting"]["id"]
                if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (mid,)).fetchone() is None:
                    continue
                for kind, key, value in _bases_of(snapshot):
                    _set_base(conn, mid, kind, key, value)
                journal.record(conn, mid, "bundle", mid, "export", {"file": destination})

        self._db.write(job)

    def merge(self, snapshots: list[Any], source: str) -> MergeReport:
        """Merge incoming meeting snapshots in one transaction (see the module docstring)."""
        checked = [check_snapshot(s) for s in snapshots]
        report = MergeReport()

        def job(conn: sqlite3.Connection) -> MergeReport:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            merge = _Merge(conn, source, report)
            try:
                for snapshot in checked:
                    merge.merge_meeting(snapshot)
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            except sqlite3.IntegrityError as exc:
                raise damaged(str(exc)) from exc
            if broken:
                raise damaged(f"a record points to a missing {broken[0][2]}")
            return report

        return self._db.write(job)

    def conflicts(
        self, meeting_id: str | None = None, *, unresolved: bool = True
    ) -> list[Conflict]:
        """Conflicting edits found by merges, oldest first."""
        clauses, params = [], []
        if meeting_id is not None:
            clauses.append("meeting_id = ?")
            params.append(meeting_id)
        if unresolved:
            clauses.append("resolved_at IS NULL")
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.query(f"SELECT * FROM conflicts{where} ORDER BY detected_at", tuple(params))
        return [_conflict(r) for r in rows]

    def resolve(self, conflict_id: str) -> None:
        """Mark a conflict as dealt with (the spokesperson kept or retyped the value)."""

        def job(conn: sqlite3.Connection) -> None:
            row = conn.execute("SELECT * FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
            if row is None or row["resolved_at"] is not None:
                return
            stamp = now().isoformat()
            conn.execute("UPDATE conflicts SET resolved_at = ? WHERE id = ?", (stamp, conflict_id))
            journal.record(conn, row["meeting_id"], "conflict", conflict_id, "update", {})

        self._db.write(job)

    def iter_ballots(self, poll_id: str, batch: int = 5000) -> Iterator[Ballot]:
        """A poll's ballots in casting order, streamed (for exports of very large meetings)."""
        with self._db.read() as conn:
            cursor = conn.execute(
                "SELECT * FROM ballots WHERE poll_id = ? ORDER BY cast_at, id", (poll_id,)
            )
            while rows := cursor.fetchmany(batch):
                for row in rows:
                    yield codec.ballot_from(row)
