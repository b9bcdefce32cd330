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

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from facilitator.domain.model import now
from facilitator.storage.codec import dt, parse_dt
from facilitator.storage.database import Store
from facilitator.storage.sync_items import (
    SETTLED,
    SOURCE_NOT_KEPT,
    SOURCE_PLATFORM,
    SOURCE_RULES,
    SOURCE_USER,
    ItemKind,
    ItemState,
    Problem,
    PublicLinks,
    Run,
    SyncItem,
    SyncLink,
    Wanted,
    item_from,
    link_from,
    next_state,
)


def _meeting_seq(conn: sqlite3.Connection, meeting_id: str) -> int:
    row = conn.execute(
        "SELECT COALESCE(MAX(seq), 0) FROM journal WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()
    return int(row[0])


class SyncStateRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    # -- the link --------------------------------------------------------------------------

    def link(self, meeting_id: str) -> SyncLink | None:
        row = self._db.query_one("SELECT * FROM sync_links WHERE meeting_id = ?", (meeting_id,))
        return link_from(row) if row else None

    def save_link(self, link: SyncLink) -> SyncLink:
        """Link a meeting (or change its link); items already pushed keep their state."""
        stamp = now().isoformat()

        def job(conn: sqlite3.Connection) -> SyncLink:
            conn.execute(
                "INSERT INTO sync_links (meeting_id, platform_url, proposals_component, "
                "meetings_component, remote_meeting_id, meeting_created, locale, "
                "proposal_length, author_id, journal_seq, space_kind, space_slug, linked_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (meeting_id) DO UPDATE SET platform_url = excluded.platform_url, "
                "proposals_component = excluded.proposals_component, "
                "meetings_component = excluded.meetings_component, "
                "remote_meeting_id = excluded.remote_meeting_id, "
                "meeting_created = excluded.meeting_created, locale = excluded.locale, "
                "proposal_length = excluded.proposal_length, author_id = excluded.author_id, "
                "space_kind = excluded.space_kind, space_slug = excluded.space_slug, "
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
                    link.space_kind,
                    link.space_slug,
                    stamp,
                    stamp,
                ),
            )
            return link_from(
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

    # -- runs: a sync that started and did not end ---------------------------------------------

    def start_run(self, meeting_id: str, pid: int) -> None:
        """Mark the meeting's sync as running (cleared by :meth:`end_run`)."""
        stamp = now().isoformat()
        self._db.write(
            lambda conn: conn.execute(
                "UPDATE sync_links SET run_started_at = ?, run_pid = ? WHERE meeting_id = ?",
                (stamp, pid, meeting_id),
            )
        )

    def end_run(self, meeting_id: str) -> None:
        self._db.write(
            lambda conn: conn.execute(
                "UPDATE sync_links SET run_started_at = NULL, run_pid = NULL WHERE meeting_id = ?",
                (meeting_id,),
            )
        )

    def runs(self) -> list[Run]:
        """Syncs marked running: either running now in another process, or cut off."""
        rows = self._db.query(
            "SELECT l.meeting_id, l.run_started_at, l.run_pid FROM sync_links l "
            "JOIN meetings m ON m.id = l.meeting_id "
            "WHERE l.run_started_at IS NOT NULL ORDER BY l.run_started_at"
        )
        found = []
        for row in rows:
            started = parse_dt(row["run_started_at"])
            if started is not None:
                found.append(Run(row["meeting_id"], started, row["run_pid"]))
        return found

    # -- what became of the ideas -------------------------------------------------------------

    def public_links(self, meeting_id: str) -> PublicLinks:
        """The public addresses of what the meeting became on the platform."""
        link = self.link(meeting_id)
        if link is None:
            return PublicLinks(None, None, {})
        proposals = {}
        for item in self.items(meeting_id, ItemKind.PROPOSAL):
            if item.state in (ItemState.SENT, ItemState.CHANGED) and item.remote_id:
                address = link.proposal_address(item.remote_id)
                if address:
                    proposals[item.local_id] = address
        return PublicLinks(link.follow_address(), link.meeting_address(), proposals)

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
                change = next_state(row, want)
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
        change: dict[str, Any] = {
            "state": ItemState.ATTENTION if problem else ItemState.PENDING,
            "last_error": problem.dumps() if problem else "",
            "next_attempt_at": dt(next_attempt),
        }
        self._change_all(meeting_id, kind, local_ids, change)

    def note_error(
        self,
        meeting_id: str,
        kind: ItemKind,
        local_ids: Iterable[str],
        problem: Problem,
        next_attempt: datetime | None,
    ) -> None:
        """A passing failure (the state stays as it is): shown, and tried again later."""
        change = {"last_error": problem.dumps(), "next_attempt_at": dt(next_attempt)}
        self._change_all(meeting_id, kind, local_ids, change)

    def _change_all(
        self, meeting_id: str, kind: ItemKind, local_ids: Iterable[str], change: dict[str, Any]
    ) -> None:
        ids = list(local_ids)
        stamp = now().isoformat()

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
        return [item_from(r) for r in rows]

    def item(self, meeting_id: str, kind: ItemKind, local_id: str) -> SyncItem | None:
        row = self._db.query_one(
            "SELECT * FROM sync_items WHERE meeting_id = ? AND kind = ? AND local_id = ?",
            (meeting_id, str(kind), local_id),
        )
        return item_from(row) if row else None

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
    "SETTLED",
    "SOURCE_NOT_KEPT",
    "SOURCE_PLATFORM",
    "SOURCE_RULES",
    "ItemKind",
    "ItemState",
    "Problem",
    "PublicLinks",
    "Run",
    "SyncItem",
    "SyncLink",
    "SyncStateRepository",
    "Wanted",
]
