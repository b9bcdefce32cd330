"""Turning entities into rows and back (dates as ISO 8601 text, JSON for structured fields)."""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from facilitator.domain.model import (
    Attendance,
    Ballot,
    Channel,
    CountEntry,
    Idea,
    IdeaSource,
    IdeaStatus,
    Meeting,
    MeetingStatus,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
    PollState,
    ResultsVisibility,
    Ticket,
)
from facilitator.domain.themes import Theme


def dt(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def must_dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


#: json.dumps with these options makes a new encoder at every call; a ballot calls it twice.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def meeting_row(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "title": m.title,
        "neighbourhood": m.neighbourhood,
        "place": m.place,
        "starts_at": dt(m.starts_at),
        "ends_at": dt(m.ends_at),
        "language": m.language,
        "status": m.status.value,
        "notes": m.notes,
        "archived": int(m.archived),
        "join_code": m.join_code,
        "created_at": dt(m.created_at),
        "updated_at": dt(m.updated_at),
    }


def meeting_from(row: sqlite3.Row | Mapping[str, Any]) -> Meeting:
    return Meeting(
        id=row["id"],
        title=row["title"],
        neighbourhood=row["neighbourhood"],
        place=row["place"],
        starts_at=parse_dt(row["starts_at"]),
        ends_at=parse_dt(row["ends_at"]),
        language=row["language"],
        status=MeetingStatus(row["status"]),
        notes=row["notes"],
        archived=bool(row["archived"]),
        join_code=row["join_code"],
        created_at=must_dt(row["created_at"]),
        updated_at=must_dt(row["updated_at"]),
    )


def idea_row(i: Idea) -> dict[str, Any]:
    return {
        "id": i.id,
        "meeting_id": i.meeting_id,
        "text": i.text,
        "theme": i.theme,
        "source": i.source.value,
        "status": i.status.value,
        "merged_into": i.merged_into,
        "position": i.position,
        "created_at": dt(i.created_at),
        "updated_at": dt(i.updated_at),
    }


def idea_from(row: sqlite3.Row | Mapping[str, Any]) -> Idea:
    return Idea(
        id=row["id"],
        meeting_id=row["meeting_id"],
        text=row["text"],
        theme=row["theme"],
        source=IdeaSource(row["source"]),
        status=IdeaStatus(row["status"]),
        merged_into=row["merged_into"],
        position=row["position"],
        created_at=must_dt(row["created_at"]),
        updated_at=must_dt(row["updated_at"]),
    )


def poll_row(p: Poll) -> dict[str, Any]:
    return {
        "id": p.id,
        "meeting_id": p.meeting_id,
        "question": p.question,
        "method": p.method.value,
        "params": dumps(p.params.to_dict()),
        "state": p.state.value,
        "visibility": p.visibility.value,
        "revealed": int(p.revealed),
        "position": p.position,
        "opened_at": dt(p.opened_at),
        "closed_at": dt(p.closed_at),
        "created_at": dt(p.created_at),
        "updated_at": dt(p.updated_at),
    }


def option_rows(p: Poll) -> list[dict[str, Any]]:
    return [
        {"id": o.id, "poll_id": p.id, "label": o.label, "idea_id": o.idea_id, "position": n}
        for n, o in enumerate(p.options)
    ]


def poll_from(
    row: sqlite3.Row | Mapping[str, Any], options: list[sqlite3.Row] | list[Mapping[str, Any]]
) -> Poll:
    return Poll(
        id=row["id"],
        meeting_id=row["meeting_id"],
        question=row["question"],
        method=PollMethod(row["method"]),
        options=tuple(
            PollOption(id=o["id"], label=o["label"], idea_id=o["idea_id"]) for o in options
        ),
        params=PollParams.from_dict(json.loads(row["params"])),
        state=PollState(row["state"]),
        visibility=ResultsVisibility(row["visibility"]),
        revealed=bool(row["revealed"]),
        position=row["position"],
        opened_at=parse_dt(row["opened_at"]),
        closed_at=parse_dt(row["closed_at"]),
        created_at=must_dt(row["created_at"]),
        updated_at=must_dt(row["updated_at"]),
    )


def ballot_row(b: Ballot) -> dict[str, Any]:
    return {
        "id": b.id,
        "poll_id": b.poll_id,
        "voter": b.voter,
        "channel": b.channel.value,
        "content": dumps(dict(b.content)),
        "idempotency_key": b.idempotency_key,
        "cast_at": dt(b.cast_at),
    }


def ballot_from(row: sqlite3.Row | Mapping[str, Any]) -> Ballot:
    return Ballot(
        id=row["id"],
        poll_id=row["poll_id"],
        voter=row["voter"],
        channel=Channel(row["channel"]),
        content=json.loads(row["content"]),
        idempotency_key=row["idempotency_key"],
        cast_at=must_dt(row["cast_at"]),
    )


def count_row(c: CountEntry) -> dict[str, Any]:
    return {
        "id": c.id,
        "poll_id": c.poll_id,
        "channel": c.channel.value,
        "counts": dumps(dict(c.counts)),
        "voters": c.voters,
        "entered_at": dt(c.entered_at),
    }


def count_from(row: sqlite3.Row | Mapping[str, Any]) -> CountEntry:
    return CountEntry(
        id=row["id"],
        poll_id=row["poll_id"],
        channel=Channel(row["channel"]),
        counts=json.loads(row["counts"]),
        voters=row["voters"],
        entered_at=must_dt(row["entered_at"]),
    )


def attendance_row(a: Attendance) -> dict[str, Any]:
    return {
        "meeting_id": a.meeting_id,
        "headcount": a.headcount,
        "notes": a.notes,
        "updated_at": dt(a.updated_at),
    }


def attendance_from(row: sqlite3.Row | Mapping[str, Any]) -> Attendance:
    return Attendance(
        meeting_id=row["meeting_id"],
        headcount=row["headcount"],
        notes=row["notes"],
        updated_at=must_dt(row["updated_at"]),
    )


def ticket_row(t: Ticket) -> dict[str, Any]:
    return {
        "id": t.id,
        "meeting_id": t.meeting_id,
        "code": t.code,
        "number": t.number,
        "bound_device": t.bound_device,
        "bound_at": dt(t.bound_at),
        "issued_at": dt(t.issued_at),
    }


def ticket_from(row: sqlite3.Row | Mapping[str, Any]) -> Ticket:
    return Ticket(
        id=row["id"],
        meeting_id=row["meeting_id"],
        code=row["code"],
        number=row["number"],
        bound_device=row["bound_device"],
        bound_at=parse_dt(row["bound_at"]),
        issued_at=must_dt(row["issued_at"]),
    )


@functools.lru_cache(maxsize=256)
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    marks = ", ".join(f":{c}" for c in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


@functools.lru_cache(maxsize=256)
def _update_sql(table: str, columns: tuple[str, ...], key: str) -> str:
    sets = ", ".join(f"{c} = :{c}" for c in columns if c != key)
    return f"UPDATE {table} SET {sets} WHERE {key} = :{key}"


# The statements are made once per shape of row: a room's ballots are written by the hundred.
def insert(conn: sqlite3.Connection, table: str, row: Mapping[str, Any]) -> None:
    conn.execute(_insert_sql(table, tuple(row)), dict(row))


def update(conn: sqlite3.Connection, table: str, row: Mapping[str, Any], key: str = "id") -> int:
    cursor = conn.execute(_update_sql(table, tuple(row), key), dict(row))
    return cursor.rowcount


def theme_row(t: Theme) -> dict[str, Any]:
    return {
        "id": t.id,
        "meeting_id": t.meeting_id,
        "name": t.name,
        "colour": t.colour,
        "position": t.position,
    }


def theme_from(row: sqlite3.Row | Mapping[str, Any]) -> Theme:
    return Theme(
        id=row["id"],
        meeting_id=row["meeting_id"],
        name=row["name"],
        colour=row["colour"],
        position=row["position"],
    )
