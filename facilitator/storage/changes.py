"""What a write changed: which records of which kind were created, updated or deleted, with
their rows before and after (as Anki's operations return ``OpChanges``).

A :class:`ChangeLog` collects the changes of one write job while it runs (``storage/rows.py``
records into it); the job's caller gets them frozen as :class:`Changes`, once committed. Views
refresh from them, and undo applies their inverse in one job (``storage/undo.py``). Writes that
go through :func:`facilitator.storage.journal.record` instead of ``rows`` are still named here,
without their rows (a *mention*): enough to refresh a view, not to undo.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from facilitator.storage import codec

T = TypeVar("T")

Row = Mapping[str, Any]


class Op(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"

    @classmethod
    def of_journal(cls, op: str) -> Op:
        """The change a journal entry's ``op`` stands for."""
        return {"create": cls.CREATED, "delete": cls.DELETED}.get(op, cls.UPDATED)


@dataclass(frozen=True, slots=True)
class Table:
    """How a kind of record is stored: its table, its key, and what its journal entries carry."""

    name: str
    key: str = "id"
    #: the journal's entity for it (None: journalled with its parent, as poll options are)
    entity: str | None = None
    #: the columns its journal entries carry (None: the whole row)
    journalled: tuple[str, ...] | None = None
    #: numbers that others may move meanwhile: undo takes back the difference, not the value
    counters: tuple[str, ...] = ()
    #: read in full by the journal feed; if not (ballots), the feed names them once a meeting,
    #: with the key :data:`SOME`: a view only needs to know that some came
    in_feed: bool = True


TABLES: Mapping[str, Table] = {
    "meeting": Table("meetings", entity="meeting"),
    "idea": Table("ideas", entity="idea"),
    "poll": Table("polls", entity="poll"),
    "option": Table("poll_options"),
    "ballot": Table(
        "ballots", entity="ballot", journalled=("poll_id", "channel", "cast_at"), in_feed=False
    ),
    "count": Table("count_entries", entity="count"),
    "attendance": Table(
        "attendance", key="meeting_id", entity="attendance", counters=("headcount",)
    ),
    "ticket": Table("tickets", entity="ticket", journalled=("number",)),
    "theme": Table("themes", entity="theme"),
}


#: The key of a feed's change that stands for several records of a kind (see ``in_feed``).
SOME = "*"


class OnDelete(StrEnum):
    CASCADE = "cascade"
    SET_NULL = "set null"


#: Records that refer to a record of a kind: (their kind, the referring column, what deleting
#: the referred record does to them). The schema's foreign keys, as far as undo must know them.
REFERENCES: Mapping[str, tuple[tuple[str, str, OnDelete], ...]] = {
    "meeting": (
        ("attendance", "meeting_id", OnDelete.CASCADE),
        ("ticket", "meeting_id", OnDelete.CASCADE),
        ("poll", "meeting_id", OnDelete.CASCADE),
        ("idea", "meeting_id", OnDelete.CASCADE),
        ("theme", "meeting_id", OnDelete.CASCADE),
    ),
    "poll": (
        ("ballot", "poll_id", OnDelete.CASCADE),
        ("count", "poll_id", OnDelete.CASCADE),
        ("option", "poll_id", OnDelete.CASCADE),
    ),
    "idea": (
        ("idea", "merged_into", OnDelete.SET_NULL),
        ("option", "idea_id", OnDelete.SET_NULL),
    ),
}

#: Kinds whose rows turn into domain objects by themselves (a poll also needs its options).
_DECODERS: Mapping[str, Callable[[Row], Any]] = {
    "meeting": codec.meeting_from,
    "idea": codec.idea_from,
    "ballot": codec.ballot_from,
    "count": codec.count_from,
    "attendance": codec.attendance_from,
    "ticket": codec.ticket_from,
    "theme": codec.theme_from,
}


@dataclass(frozen=True, slots=True)
class Change:
    """One record created, updated or deleted. ``before`` and ``after`` are whole rows; a
    mention (a write journalled without ``rows``, or read from the journal feed) may lack them.
    """

    kind: str
    key: str
    op: Op
    meeting_id: str | None
    before: Row | None = None
    after: Row | None = None

    @property
    def invertible(self) -> bool:
        """Whether undo can put the record back as it was before this change."""
        if self.kind not in TABLES:
            return False
        if self.op is Op.CREATED:
            return self.after is not None
        if self.op is Op.DELETED:
            return self.before is not None
        return self.before is not None and self.after is not None

    def decoded(self) -> Any:
        """The record as it is after the change (an Idea, a Meeting...), or None when it was
        deleted or its row is not known here."""
        decode = _DECODERS.get(self.kind)
        if decode is None or self.after is None or self.op is Op.DELETED:
            return None
        return decode(self.after)


@dataclass(frozen=True, slots=True)
class Changes:
    """What one write (or one stretch of the journal) changed, oldest first.

    ``seqs`` are the journal entries written with these changes, so a reader of the journal
    can tell them from changes made elsewhere.
    """

    items: tuple[Change, ...] = ()
    seqs: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.items)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def of(self, *kinds: str, meeting_id: str | None = None) -> list[Change]:
        """The changes of these kinds (all kinds if none given), of one meeting if given."""
        return [
            c
            for c in self.items
            if (not kinds or c.kind in kinds) and (meeting_id is None or c.meeting_id == meeting_id)
        ]

    def touches(self, *kinds: str, meeting_id: str | None = None) -> bool:
        return any(
            (not kinds or c.kind in kinds) and (meeting_id is None or c.meeting_id == meeting_id)
            for c in self.items
        )

    def keys(self, kind: str) -> set[str]:
        return {c.key for c in self.items if c.kind == kind}

    @property
    def invertible(self) -> bool:
        return all(c.invertible for c in self.items)

    def then(self, later: Changes) -> Changes:
        """These changes followed by ``later``, as one: each record goes from its first
        before-image to its last after-image (consecutive undo steps merged into one). Records
        keep the place of their first change, so parents still come before their children."""
        merged: dict[tuple[str, str], Change] = {}
        for change in (*self.items, *later.items):
            slot = (change.kind, change.key)
            first = merged.get(slot)
            if first is None:
                merged[slot] = change
                continue
            before = None if first.op is Op.CREATED else first.before
            after = None if change.op is Op.DELETED else change.after
            if before is None and after is None:
                del merged[slot]  # made and removed again: nothing to undo
                continue
            op = Op.CREATED if before is None else Op.DELETED if after is None else Op.UPDATED
            merged[slot] = Change(change.kind, change.key, op, change.meeting_id, before, after)
        return Changes(tuple(merged.values()), self.seqs | later.seqs)


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """What a write job returned, and what it changed."""

    value: T
    changes: Changes


@dataclass(slots=True)
class ChangeLog:
    """The changes of the write job running now (kept by the writer's connection)."""

    items: list[Change] = field(default_factory=list)
    seqs: list[int] = field(default_factory=list)

    def add(self, change: Change) -> None:
        self.items.append(change)

    def journalled(self, seq: int | None) -> None:
        if seq is not None:
            self.seqs.append(seq)

    def mark(self) -> tuple[int, int]:
        return len(self.items), len(self.seqs)

    def rollback(self, mark: tuple[int, int]) -> None:
        """Forget what was logged since ``mark`` (its savepoint was rolled back)."""
        del self.items[mark[0] :]
        del self.seqs[mark[1] :]

    def freeze(self) -> Changes:
        return Changes(tuple(self.items), frozenset(self.seqs))


class LoggedConnection(sqlite3.Connection):
    """The writer's connection: it carries the change log of the job it runs."""

    change_log: ChangeLog | None = None


def log_of(conn: sqlite3.Connection) -> ChangeLog | None:
    """The change log of the write job running on ``conn`` (None outside a write job)."""
    return conn.change_log if isinstance(conn, LoggedConnection) else None
