"""Whole meetings between laptops: snapshots for bundle files, merges, and their conflicts.

The jobs behind it: what a bundle holds and how its rows are checked
(:mod:`~facilitator.storage.bundle_records`), snapshots (:mod:`~.bundle_snapshot`), this
laptop's edits (:mod:`~.bundle_stamp`), the field by field merge (:mod:`~.bundle_merge`) on the
registers of :mod:`~.registers`, and conflicts (:mod:`~.bundle_conflicts`). The rule in plain
words: docs/bundles.md.

Merging twice changes nothing. The whole merge is one transaction: a damaged or hostile
snapshot (rows of another meeting, wrong types, broken registers) raises :class:`BundleError`
and changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from facilitator.domain.model import Ballot
from facilitator.storage import codec
from facilitator.storage.bundle_conflicts import Conflict, conflict_from
from facilitator.storage.bundle_merge import Merge, MergeReport, resolve_in
from facilitator.storage.bundle_records import BundleError, damaged
from facilitator.storage.bundle_snapshot import check_snapshot, snapshot_in
from facilitator.storage.bundle_stamp import stamp_in
from facilitator.storage.database import Store
from facilitator.storage.meetings import not_found

__all__ = ["BundleError", "BundleRepository", "Conflict", "MergeReport"]


class BundleRepository:
    """Snapshots of meetings for bundle files, merges of incoming ones, and their conflicts."""

    def __init__(self, db: Store) -> None:
        self._db = db

    def snapshot(self, meeting_id: str) -> dict[str, Any]:
        """Everything in a meeting as plain rows, read in one consistent transaction."""
        with self._db.read() as conn:
            return snapshot_in(conn, meeting_id)

    def share(self, meeting_id: str) -> dict[str, Any]:
        """The snapshot to write in a bundle: this laptop's edits since the last exchange are
        recorded first (one write job), so the bundle carries them as edits."""

        def job(conn: sqlite3.Connection) -> dict[str, Any]:
            if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone():
                stamp_in(conn, meeting_id)
            return snapshot_in(conn, meeting_id)  # a missing meeting: a clear NotFoundError

        return self._db.write(job)

    def merge(self, snapshots: list[Any], source: str) -> MergeReport:
        """Merge incoming meeting snapshots in one transaction (see docs/bundles.md)."""
        checked = [check_snapshot(s) for s in snapshots]
        report = MergeReport()

        def job(conn: sqlite3.Connection) -> MergeReport:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            merge = Merge(conn, source, report)
            try:
                for snapshot in checked:
                    merge.meeting(snapshot)
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            except sqlite3.IntegrityError as exc:
                raise damaged(str(exc)) from exc
            if broken:
                raise damaged(f"a record points to a missing {broken[0][2]}")
            return report

        return self._db.write(job)

    def refresh(self, meeting_id: str) -> None:
        """Bring the conflicts up to date with the edits made here since the last exchange
        (an edit of a conflicting field settles it)."""

        def job(conn: sqlite3.Connection) -> None:
            if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone():
                stamp_in(conn, meeting_id)

        self._db.write(job)

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
        rows = self._db.query(
            f"SELECT * FROM conflicts{where} ORDER BY detected_at, entity, entity_id, field",
            tuple(params),
        )
        return [conflict_from(r) for r in rows]

    def resolve(self, conflict_id: str, *, keep_shown: bool = True) -> None:
        """Settle a conflict with the value shown (or, ``keep_shown=False``, the other one).

        The choice travels with this laptop's next bundle, so every laptop settles it alike.
        Editing the field (to anything) settles it too, at the next exchange.
        """

        def job(conn: sqlite3.Connection) -> None:
            if resolve_in(conn, conflict_id, keep_shown) is None:
                raise not_found("conflict", "conflit", conflict_id)

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
