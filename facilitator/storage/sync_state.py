"""Sync state beside the journal: what each local record is on the platform.

The journal is a change feed; it cannot say what the platform holds. This repository keeps, per
meeting, its link to a Decidim and, per record pushed (a kept idea as a proposal, the meeting
itself, its report), the state, the remote id, the text that would be sent now, the exact text
last sent (the intent, written before each request), attempts, last error and next attempt.

:meth:`SyncStateRepository.refresh` folds the journal in: in one write job it checks that no
change reached the meeting's journal since the caller composed the texts, updates every item
and records how far the journal was read. Nothing secret is stored here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from facilitator.domain.model import now
from facilitator.storage.codec import dt, parse_dt
from facilitator.storage.database import Database


class ItemState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    ATTENTION = "needs_attention"
    CHANGED = "changed_since_sync"
    EXCLUDED = "excluded"


class ItemKind(StrEnum):
    PROPOSAL = "proposal"  # local_id: the idea
    MEETING = "meeting"  # the meeting created on the platform (local_id: the meeting)
    REPORT = "report"  # the close or the comment (local_id: the meeting)


#: Where a problem came from: the local rule checks, the platform, or the idea's own status.
SOURCE_RULES = "rules"
SOURCE_PLATFORM = "platform"
SOURCE_NOT_KEPT = "not_kept"
SOURCE_USER = "user"


@dataclass(frozen=True, slots=True)
class Problem:
    """Why an item is not on the platform, in both languages."""

    source: str
    code: str
    en: str
    fr: str = ""

    def text(self, language: str) -> str:
        return (self.fr or self.en) if language == "fr" else self.en

    def dumps(self) -> str:
        return json.dumps(
            {"source": self.source, "code": self.code, "en": self.en, "fr": self.fr},
            ensure_ascii=False,
        )

    @classmethod
    def loads(cls, text: str) -> Problem | None:
        if not text:
            return None
        data = json.loads(text)
        return cls(data["source"], data["code"], data["en"], data.get("fr", ""))


@dataclass(frozen=True, slots=True)
class SyncLink:
    meeting_id: str
    platform_url: str
    proposals_component: str
    locale: str
    meetings_component: str | None = None
    remote_meeting_id: str | None = None
    #: Whether Facilitator created the remote meeting (then sync may close it).
    meeting_created: bool = False
    proposal_length: int = 500
    #: The platform user sync acts as (to recognise our proposals when matching).
    author_id: str | None = None
    journal_seq: int = 0


@dataclass(frozen=True, slots=True)
class SyncItem:
    meeting_id: str
    kind: ItemKind
    local_id: str
    state: ItemState
    remote_id: str | None
    custom_title: str | None
    want_title: str
    want_body: str
    sent_title: str | None
    sent_body: str | None
    attempts: int
    problem: Problem | None
    next_attempt_at: datetime | None
    sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class Wanted:
    """What one record would be on the platform now (``problem``: why it cannot go)."""

    kind: ItemKind
    local_id: str
    title: str
    body: str
    problem: Problem | None = None


#: States in which nothing more is to be done for an item.
SETTLED = (ItemState.SENT, ItemState.EXCLUDED)


def _item(row: sqlite3.Row) -> SyncItem:
    return SyncItem(
        meeting_id=row["meeting_id"],
        kind=ItemKind(row["kind"]),
        local_id=row["local_id"],
        state=ItemState(row["state"]),
        remote_id=row["remote_id"],
        custom_title=row["custom_title"],
        want_title=row["want_title"],
        want_body=row["want_body"],
        sent_title=row["sent_title"],
        sent_body=row["sent_body"],
        attempts=row["attempts"],
        problem=Problem.loads(row["last_error"]),
        next_attempt_at=parse_dt(row["next_attempt_at"]),
        sent_at=parse_dt(row["sent_at"]),
    )


def _link(row: sqlite3.Row) -> SyncLink:
    return SyncLink(
        meeting_id=row["meeting_id"],
        platform_url=row["platform_url"],
        proposals_component=row["proposals_component"],
        locale=row["locale"],
        meetings_component=row["meetings_component"],
        remote_meeting_id=row["remote_meeting_id"],
        meeting_created=bool(row["meeting_created"]),
        proposal_length=row["proposal_length"],
        author_id=row["author_id"],
        journal_seq=row["journal_seq"],
    )


def _meeting_seq(conn: sqlite3.Connection, meeting_id: str) -> int:
    row = conn.execute(
        "SELECT COALESCE(MAX(seq), 0) FROM journal WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()
    return int(row[0])


def _next_state(row: sqlite3.Row | None, want: Wanted | None) -> dict[str, Any] | None:
    """The columns to change for one item given what it should be now (None: nothing)."""
    if row is None:
        if want is None:
            return None
        return {
            "state": ItemState.ATTENTION if want.problem else ItemState.PENDING,
            "last_error": want.problem.dumps() if want.problem else "",
        }
    state = ItemState(row["state"])
    problem = Problem.loads(row["last_error"])
    if state is ItemState.SENDING:
        return {}  # the intent in flight stays exactly as sent, until reconciled
    if want is None:
        if state in (ItemState.PENDING, ItemState.ATTENTION):
            gone = Problem(SOURCE_NOT_KEPT, "not_kept", "No longer kept.", "N'est plus retenue.")
            return {"state": ItemState.EXCLUDED, "last_error": gone.dumps()}
        return {}
    if state is ItemState.EXCLUDED:
        if problem is not None and problem.source == SOURCE_NOT_KEPT:
            return _next_state(None, want)  # kept again
        return {}
    if state in (ItemState.SENT, ItemState.CHANGED):
        if row["kind"] != ItemKind.PROPOSAL:
            return {}  # a created meeting and a close cannot be sent again
        same = (want.title, want.body) == (row["sent_title"], row["sent_body"])
        return {"state": ItemState.SENT if same else ItemState.CHANGED}
    if want.problem is not None:
        return {"state": ItemState.ATTENTION, "last_error": want.problem.dumps()}
    if state is ItemState.ATTENTION and problem is not None and problem.source == SOURCE_PLATFORM:
        # the platform refused this exact text: wait for an edit, unless it was not the text
        same = (want.title, want.body) == (row["sent_title"], row["sent_body"])
        if same and problem.code in ("ATTRIBUTE_VALIDATION_ERROR", "VALIDATION_ERROR"):
            return {}
    return {"state": ItemState.PENDING, "last_error": ""}


class SyncStateRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the link --------------------------------------------------------------------------

    def link(self, meeting_id: str) -> SyncLink | None:
        row = self._db.query_one("SELECT * FROM sync_links WHERE meeting_id = ?", (meeting_id,))
        return _link(row) if row else None

    def save_link(self, link: SyncLink) -> SyncLink:
        """Link a meeting (or change its link); items already pushed keep their state."""
        stamp = now().isoformat()

        def job(conn: sqlite3.Connection) -> SyncLink:
            conn.execute(
                "INSERT INTO sync_links (meeting_id, platform_url, proposals_component, "
                "meetings_component, remote_meeting_id, meeting_created, locale, "
                "proposal_length, author_id, journal_seq, linked_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (meeting_id) DO UPDATE SET platform_url = excluded.platform_url, "
                "proposals_component = excluded.proposals_component, "
                "meetings_component = excluded.meetings_component, "
                "remote_meeting_id = excluded.remote_meeting_id, "
                "meeting_created = excluded.meeting_created, locale = excluded.locale, "
                "proposal_length = excluded.proposal_length, author_id = excluded.author_id, "
                "updated_at = excluded.updated_at",
                (
                    link.meeting_id,
                    link.platform_url,
                    link.proposals_component,
                    link.meetings_component,
                    link.remote_meeting_id,
                    int(link.meeting_created),
                    link.locale,
                    link.proposal_length,
                    link.author_id,
                    link.journal_seq,
                    stamp,
                    stamp,
                ),
            )
            return _link(
                conn.execute(
                    "SELECT * FROM sync_links WHERE meeting_id = ?", (link.meeting_id,)
                ).fetchone()
            )

        return self._db.write(job)

    def set_remote_meeting(self, meeting_id: str, remote_id: str, *, created: bool) -> None:
        """Record the platform's meeting; with ``created`` also the create item as sent."""
        stamp = now().isoformat()

        def job(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE sync_links SET remote_meeting_id = ?, meeting_created = ?, "
                "updated_at = ? WHERE meeting_id = ?",
                (remote_id, int(created), stamp, meeting_id),
            )
            if created:
                _mark_sent(conn, meeting_id, ItemKind.MEETING, [(meeting_id, remote_id)], stamp)

        self._db.write(job)

    # -- folding the journal in --------------------------------------------------------------

    def journal_seq(self, meeting_id: str) -> int:
        """The meeting's latest journal entry: compose texts after reading it, then refresh."""
        return _meeting_seq(self._db.reader(), meeting_id)

    def refresh(self, meeting_id: str, seen_seq: int, wanted: Sequence[Wanted]) -> bool:
        """Fold what each record should be into its state, in one job with the journal check.

        ``wanted`` was composed from the data as of journal entry ``seen_seq``. When the
        meeting's journal moved on since (an edit meanwhile), nothing is written and False is
        returned: compose again. Records of a kind in ``wanted``'s kinds that are missing from
        it are no longer to be sent (a hidden or merged idea).
        """
        kinds = {w.kind for w in wanted} | {ItemKind.PROPOSAL}
        stamp = now().isoformat()

        def job(conn: sqlite3.Connection) -> bool:
            if _meeting_seq(conn, meeting_id) != seen_seq:
                return False
            rows = {
                (r["kind"], r["local_id"]): r
                for r in conn.execute(
                    "SELECT * FROM sync_items WHERE meeting_id = ?", (meeting_id,)
                )
            }
            wants = {(str(w.kind), w.local_id): w for w in wanted}
            for key in set(rows) | set(wants):
                if key[0] not in kinds:
                    continue
                row, want = rows.get(key), wants.get(key)
                change = _next_state(row, want)
                if change is None:
                    continue
                if want is not None:
                    change.update(want_title=want.title, want_body=want.body)
                if row is None:
                    conn.execute(
                        "INSERT INTO sync_items (meeting_id, kind, local_id, state, want_title,"
                        " want_body, last_error, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            meeting_id,
                            key[0],
                            key[1],
                            str(change["state"]),
                            change["want_title"],
                            change["want_body"],
                            change["last_error"],
                            stamp,
                        ),
                    )
                elif change:
                    _update(conn, meeting_id, key[0], key[1], change, stamp)
            conn.execute(
                "UPDATE sync_links SET journal_seq = ?, updated_at = ? WHERE meeting_id = ?",
                (seen_seq, stamp, meeting_id),
            )
            return True

        return self._db.write(job)

    # -- the exactly-once protocol -------------------------------------------------------------

    def mark_sending(
        self, meeting_id: str, kind: ItemKind, intents: Iterable[tuple[str, str, str]]
    ) -> datetime:
        """Commit the intent (state sending, the exact title and body) before the request."""
        stamp = now()

        def job(conn: sqlite3.Connection) -> None:
            for local_id, title, body in intents:
                conn.execute(
                    "UPDATE sync_items SET state = 'sending', sent_title = ?, sent_body = ?, "
                    "attempts = attempts + 1, sent_at = ?, updated_at = ? "
                    "WHERE meeting_id = ? AND kind = ? AND local_id = ?",
                    (
                        title,
                        body,
                        stamp.isoformat(),
                        stamp.isoformat(),
                        meeting_id,
                        str(kind),
                        local_id,
                    ),
                )

        self._db.write(job)
        return stamp

    def mark_sent(
        self, meeting_id: str, kind: ItemKind, acknowledged: Iterable[tuple[str, str]]
    ) -> None:
        """Record the remote ids the platform gave (or that matching found)."""
        pairs = list(acknowledged)
        if pairs:
            stamp = now().isoformat()
            self._db.write(lambda conn: _mark_sent(conn, meeting_id, kind, pairs, stamp))

    def mark_failed(
        self,
        meeting_id: str,
        kind: ItemKind,
        local_ids: Iterable[str],
        problem: Problem | None,
        *,
        next_attempt: datetime | None = None,
    ) -> None:
        """The platform answered no (``problem``: needs attention) or the request is known not
        to have been applied (no problem: pending again, tried at ``next_attempt``)."""
        ids = list(local_ids)
        stamp = now().isoformat()
        change: dict[str, Any] = {
            "state": ItemState.ATTENTION if problem else ItemState.PENDING,
            "last_error": problem.dumps() if problem else "",
            "next_attempt_at": dt(next_attempt),
        }

        def job(conn: sqlite3.Connection) -> None:
            for local_id in ids:
                _update(conn, meeting_id, str(kind), local_id, change, stamp)

        if ids:
            self._db.write(job)

    def note_error(
        self,
        meeting_id: str,
        kind: ItemKind,
        local_ids: Iterable[str],
        problem: Problem,
        next_attempt: datetime | None,
    ) -> None:
        """A passing failure (the state stays as it is): shown, and tried again later."""
        ids = list(local_ids)
        stamp = now().isoformat()
        change = {"last_error": problem.dumps(), "next_attempt_at": dt(next_attempt)}

        def job(conn: sqlite3.Connection) -> None:
            for local_id in ids:
                _update(conn, meeting_id, str(kind), local_id, change, stamp)

        if ids:
            self._db.write(job)

    def ensure(
        self, meeting_id: str, kind: ItemKind, local_id: str, title: str, body: str
    ) -> SyncItem:
        """The item for the meeting itself or its report, with the text it would send now
        (kept as it is once sending or sent)."""
        stamp = now().isoformat()

        def job(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO sync_items (meeting_id, kind, local_id, state, want_title, want_body,"
                " updated_at) VALUES (?, ?, ?, 'pending', ?, ?, ?) ON CONFLICT "
                "(meeting_id, kind, local_id) DO UPDATE SET want_title = excluded.want_title, "
                "want_body = excluded.want_body, updated_at = excluded.updated_at "
                "WHERE sync_items.state IN ('pending', 'needs_attention')",
                (meeting_id, str(kind), local_id, title, body, stamp),
            )

        self._db.write(job)
        found = self.item(meeting_id, kind, local_id)
        assert found is not None
        return found

    # -- what the spokesperson decides -----------------------------------------------------------

    def set_custom_title(self, meeting_id: str, idea_id: str, title: str | None) -> None:
        """A proposal title of the spokesperson's own (None: the idea's text again)."""
        stamp = now().isoformat()

        def job(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO sync_items (meeting_id, kind, local_id, state, custom_title, "
                "updated_at) VALUES (?, 'proposal', ?, 'pending', ?, ?) ON CONFLICT "
                "(meeting_id, kind, local_id) DO UPDATE SET custom_title = excluded.custom_title,"
                " updated_at = excluded.updated_at",
                (meeting_id, idea_id, title, stamp),
            )

        self._db.write(job)

    def set_excluded(self, meeting_id: str, idea_id: str, excluded: bool) -> None:
        """Keep an idea off the platform (or let it go again). A sent one stays as it is."""
        stamp = now().isoformat()
        user = Problem(
            SOURCE_USER, "excluded", "Left out by the spokesperson.", "Écartée par le porte-parole."
        )

        def job(conn: sqlite3.Connection) -> None:
            if excluded:
                conn.execute(
                    "INSERT INTO sync_items (meeting_id, kind, local_id, state, last_error, "
                    "updated_at) VALUES (?, 'proposal', ?, 'excluded', ?, ?) ON CONFLICT "
                    "(meeting_id, kind, local_id) DO UPDATE SET state = 'excluded', "
                    "last_error = excluded.last_error, updated_at = excluded.updated_at "
                    "WHERE sync_items.state IN ('pending', 'needs_attention', 'excluded')",
                    (meeting_id, idea_id, user.dumps(), stamp),
                )
            else:
                conn.execute(
                    "UPDATE sync_items SET state = 'pending', last_error = '', updated_at = ? "
                    "WHERE meeting_id = ? AND kind = 'proposal' AND local_id = ? "
                    "AND state = 'excluded'",
                    (stamp, meeting_id, idea_id),
                )

        self._db.write(job)

    # -- reading -------------------------------------------------------------------------------

    def items(self, meeting_id: str, kind: ItemKind | None = None) -> list[SyncItem]:
        if kind is None:
            rows = self._db.query(
                "SELECT * FROM sync_items WHERE meeting_id = ? ORDER BY kind, rowid", (meeting_id,)
            )
        else:
            rows = self._db.query(
                "SELECT * FROM sync_items WHERE meeting_id = ? AND kind = ? ORDER BY rowid",
                (meeting_id, str(kind)),
            )
        return [_item(r) for r in rows]

    def item(self, meeting_id: str, kind: ItemKind, local_id: str) -> SyncItem | None:
        row = self._db.query_one(
            "SELECT * FROM sync_items WHERE meeting_id = ? AND kind = ? AND local_id = ?",
            (meeting_id, str(kind), local_id),
        )
        return _item(row) if row else None

    def is_synced(self, meeting_id: str) -> bool:
        """Whether the meeting is linked, its journal read, and every item settled."""
        link = self.link(meeting_id)
        if link is None or link.journal_seq != self.journal_seq(meeting_id):
            return False
        row = self._db.query_one(
            "SELECT COUNT(*) FROM sync_items WHERE meeting_id = ? AND state NOT IN (?, ?)",
            (meeting_id, *[str(s) for s in SETTLED]),
        )
        return row is not None and row[0] == 0

    def finish(self, meeting_id: str) -> bool:
        """Once everything is on the platform, mark the journal entries read as synced."""
        if not self.is_synced(meeting_id):
            return False
        link = self.link(meeting_id)
        assert link is not None
        stamp = now().isoformat()
        self._db.write(
            lambda conn: conn.execute(
                "UPDATE journal SET synced_at = ? WHERE meeting_id = ? AND seq <= ? "
                "AND synced_at IS NULL",
                (stamp, meeting_id, link.journal_seq),
            )
        )
        return True


def _update(
    conn: sqlite3.Connection,
    meeting_id: str,
    kind: str,
    local_id: str,
    change: dict[str, Any],
    stamp: str,
) -> None:
    values = {k: (str(v) if isinstance(v, StrEnum) else v) for k, v in change.items()}
    sets = ", ".join(f"{column} = :{column}" for column in values)
    conn.execute(
        f"UPDATE sync_items SET {sets}, updated_at = :stamp "
        "WHERE meeting_id = :m AND kind = :k AND local_id = :l",
        {**values, "stamp": stamp, "m": meeting_id, "k": kind, "l": local_id},
    )


def _mark_sent(
    conn: sqlite3.Connection,
    meeting_id: str,
    kind: ItemKind,
    pairs: Sequence[tuple[str, str]],
    stamp: str,
) -> None:
    for local_id, remote_id in pairs:
        conn.execute(
            "INSERT INTO sync_items (meeting_id, kind, local_id, state, remote_id, sent_at, "
            "updated_at) VALUES (?, ?, ?, 'sent', ?, ?, ?) ON CONFLICT "
            "(meeting_id, kind, local_id) DO UPDATE SET state = 'sent', "
            "remote_id = excluded.remote_id, last_error = '', next_attempt_at = NULL, "
            "sent_at = excluded.sent_at, updated_at = excluded.updated_at",
            (meeting_id, str(kind), local_id, remote_id, stamp, stamp),
        )


__all__ = [
    "ItemKind",
    "ItemState",
    "Problem",
    "SyncItem",
    "SyncLink",
    "SyncStateRepository",
    "Wanted",
]
