"""What a meeting bundle holds: the kinds of records, the fields a merge compares, and the
checks every incoming row passes (the same rules as a record typed in on this laptop)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from facilitator.domain.errors import FacilitatorError, ValidationError
from facilitator.storage import codec


class BundleError(FacilitatorError):
    """A meeting bundle cannot be read or merged; the workspace was left unchanged."""


def damaged(detail: str) -> BundleError:
    return BundleError(
        f"This meeting file is damaged or was not made by Facilitator ({detail}). "
        "Nothing was imported.",
        f"Ce fichier de réunion est endommagé ou n'a pas été créé par Facilitator ({detail}). "
        "Rien n'a été importé.",
    )


#: The register that says whether a record still exists (a deletion is an edit of it).
EXISTS = "exists"
#: The field a conflict between a deletion and an edit is listed under.
DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of record in a bundle.

    ``fields`` maps each field a merge compares to its columns. Columns that must agree with
    each other form one field, so that two edits made apart can never combine into a record
    the rules refuse (a meeting's start and end; a poll's method, settings and options; its
    state with its opening and closing times). A poll's ``options`` are its option rows, as
    snapshots carry them. ``quiet`` fields merge
    the same way but are never shown as conflicts (the order of a list is not content).
    ``latest`` columns are not compared: the later one is kept. ``deletable`` kinds carry an
    :data:`EXISTS` register, so deletions travel.
    """

    name: str
    table: str
    section: str
    fields: Mapping[str, tuple[str, ...]]
    quiet: frozenset[str] = frozenset()
    latest: tuple[str, ...] = ()
    deletable: bool = True

    def key(self, row: Mapping[str, Any]) -> str:
        """How both laptops name the same record (counts are one per poll and channel, typed
        in on any laptop under its own id)."""
        if self.name == "attendance":
            return str(row["meeting_id"])
        if self.name == "count":
            return f"{row['poll_id']}:{row['channel']}"
        return str(row["id"])

    def registers(self) -> tuple[str, ...]:
        return (*self.fields, EXISTS) if self.deletable else tuple(self.fields)

    def value(self, field: str, row: Mapping[str, Any]) -> Any:
        columns = self.fields[field]
        if len(columns) == 1:
            return row[columns[0]]
        return [row[c] for c in columns]

    def put(self, field: str, row: dict[str, Any], value: Any) -> None:
        columns = self.fields[field]
        if len(columns) == 1:
            row[columns[0]] = value
            return
        if not isinstance(value, list) or len(value) != len(columns):
            raise damaged(f"{self.name} {row.get('id', '?')}: {field}")
        row.update(zip(columns, value, strict=True))

    def edited_at(self, row: Mapping[str, Any]) -> str | None:
        for column in ("updated_at", "entered_at", "bound_at"):
            if row.get(column):
                return str(row[column])
        return None


MEETING = Kind(
    "meeting",
    "meetings",
    "meeting",
    {
        name: (name,)
        for name in ("title", "neighbourhood", "place", "language", "status", "notes", "archived")
    }
    | {"time": ("starts_at", "ends_at")},
    latest=("updated_at",),
    deletable=False,  # deleting a meeting is local: its bundle brings it back, on purpose
)
ATTENDANCE = Kind(
    "attendance",
    "attendance",
    "attendance",
    {"headcount": ("headcount",), "notes": ("notes",)},
    latest=("updated_at",),
    deletable=False,
)
IDEA = Kind(
    "idea",
    "ideas",
    "ideas",
    {
        "text": ("text",),
        "theme": ("theme",),
        "status": ("status", "merged_into"),
        "position": ("position",),
    },
    quiet=frozenset({"position"}),
    latest=("updated_at",),
)
POLL = Kind(
    "poll",
    "polls",
    "polls",
    {
        "question": ("question",),
        "choices": ("method", "params", "options"),
        "visibility": ("visibility",),
        "state": ("state", "opened_at", "closed_at"),
        "revealed": ("revealed",),
        "position": ("position",),
    },
    quiet=frozenset({"position"}),
    latest=("updated_at",),
)
COUNT = Kind(
    "count",
    "count_entries",
    "counts",
    {"counts": ("counts", "voters")},
    latest=("entered_at",),
)
TICKET = Kind(
    "ticket", "tickets", "tickets", {"bound": ("bound_device", "bound_at")}, deletable=False
)

#: In the order a merge writes them: what a record points to comes first.
KINDS: tuple[Kind, ...] = (MEETING, ATTENDANCE, IDEA, POLL, COUNT, TICKET)
BY_NAME: Mapping[str, Kind] = {k.name: k for k in KINDS}


def effective(kind: Kind, field: str, value: Any, ideas: set[str]) -> Any:
    """``value`` as the table can hold it: a pointer to an idea that is not here (deleted on
    some laptop) is dropped, the way deleting an idea here drops it."""
    merged = isinstance(value, list) and len(value) == 2 and value[0] == "merged"
    if kind is IDEA and field == "status" and merged and value[1] not in ideas:
        return ["kept", None]
    if kind is POLL and field == "choices" and isinstance(value, list) and len(value) == 3:
        method, params, options = value
        if isinstance(options, list):
            options = [
                {**o, "idea_id": o.get("idea_id") if o.get("idea_id") in ideas else None}
                if isinstance(o, Mapping)
                else o
                for o in options
            ]
        return [method, params, options]
    return value


# -- reading this laptop's rows ---------------------------------------------------------------


def options_of(conn: sqlite3.Connection, poll_id: str) -> list[dict[str, Any]]:
    return [
        {"id": o["id"], "label": o["label"], "idea_id": o["idea_id"]}
        for o in conn.execute(
            "SELECT * FROM poll_options WHERE poll_id = ? ORDER BY position", (poll_id,)
        )
    ]


def rows_in(conn: sqlite3.Connection, kind: Kind, meeting_id: str) -> list[dict[str, Any]]:
    """The rows of one kind in a meeting, as a snapshot holds them."""
    if kind in (MEETING, ATTENDANCE):
        column = "id" if kind is MEETING else "meeting_id"
        found = conn.execute(f"SELECT * FROM {kind.table} WHERE {column} = ?", (meeting_id,))
        return [dict(r) for r in found]
    if kind is COUNT:
        found = conn.execute(
            "SELECT c.* FROM count_entries c JOIN polls p ON p.id = c.poll_id "
            "WHERE p.meeting_id = ? ORDER BY c.poll_id, c.channel",
            (meeting_id,),
        )
        return [dict(r) for r in found]
    order = {"ideas": "position, created_at", "polls": "position", "tickets": "number"}
    found = conn.execute(
        f"SELECT * FROM {kind.table} WHERE meeting_id = ? ORDER BY {order[kind.table]}, id",
        (meeting_id,),
    )
    rows = [dict(r) for r in found]
    if kind is POLL:
        for row in rows:
            row["options"] = options_of(conn, row["id"])
    return rows


# -- checking a row from another laptop -------------------------------------------------------


def _text_fields(kind: str, row: Mapping[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        value = row.get(name)
        if value is not None and not isinstance(value, str):
            raise damaged(f"{kind} {row.get('id', '?')}: {name}")


def _meeting(row: Mapping[str, Any]) -> dict[str, Any]:
    _text_fields("meeting", row, ("id", "title", "place", "notes", "join_code"))
    return codec.meeting_row(codec.meeting_from(row).validated())


def _attendance(row: Mapping[str, Any]) -> dict[str, Any]:
    _text_fields("attendance", row, ("meeting_id", "notes"))
    return codec.attendance_row(codec.attendance_from(row).validated())


def _idea(row: Mapping[str, Any]) -> dict[str, Any]:
    _text_fields("idea", row, ("id", "text", "theme", "merged_into"))
    return codec.idea_row(codec.idea_from(row).validated())


def _poll(row: Mapping[str, Any]) -> dict[str, Any]:
    _text_fields("poll", row, ("id", "question", "params"))
    options = row.get("options")
    if not isinstance(options, list):
        raise damaged("poll options")
    for option in options:
        if not isinstance(option, Mapping):
            raise damaged("poll option")
        _text_fields("option", option, ("id", "label", "idea_id"))
    poll = codec.poll_from(row, options).validated()
    checked = codec.poll_row(poll)
    checked["options"] = [
        {"id": o["id"], "label": o["label"], "idea_id": o["idea_id"]}
        for o in codec.option_rows(poll)
    ]
    return checked


def _count(row: Mapping[str, Any]) -> dict[str, Any]:
    _text_fields("count", row, ("id", "poll_id", "counts"))
    return codec.count_row(codec.count_from(row))


def _ticket(row: Mapping[str, Any]) -> dict[str, Any]:
    _text_fields("ticket", row, ("id", "code", "bound_device"))
    return codec.ticket_row(codec.ticket_from(row))


def _ballot(row: Mapping[str, Any]) -> dict[str, Any]:
    _text_fields("ballot", row, ("id", "poll_id", "voter", "content", "idempotency_key"))
    return codec.ballot_row(codec.ballot_from(row))


_CHECKS: Mapping[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
    "meeting": _meeting,
    "attendance": _attendance,
    "idea": _idea,
    "poll": _poll,
    "count": _count,
    "ticket": _ticket,
    "ballot": _ballot,
}


def checked(kind: str, row: Any) -> dict[str, Any]:
    """``row`` as this laptop would store it: decoded into its entity, passed through the
    entity's own validation, and encoded from what that returned (text tidied the same way as
    when typed in here). Raises :class:`BundleError` for anything else."""
    if not isinstance(row, Mapping):
        raise damaged(f"{kind} is not a record")
    try:
        return _CHECKS[kind](row)
    except ValidationError as exc:
        raise damaged(f"{kind} {row.get('id', '?')}: {exc.en}") from exc
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise damaged(f"{kind} {row.get('id', '?')}: {exc.__class__.__name__}") from exc
