"""Ideas: capture, edit, reorder, merge, hide, and the moderation inbox for phone ideas."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import Idea, IdeaSource, IdeaStatus, now
from facilitator.storage import codec, journal, rows
from facilitator.storage.database import Store
from facilitator.storage.meetings import not_found


def _get(conn: sqlite3.Connection, idea_id: str) -> Idea:
    row = conn.execute("SELECT * FROM ideas WHERE id = ?", (idea_id,)).fetchone()
    if row is None:
        raise not_found("idea", "idée", idea_id)
    return codec.idea_from(row)


def _save(conn: sqlite3.Connection, idea: Idea) -> Idea:
    rows.update(conn, "idea", codec.idea_row(idea), meeting_id=idea.meeting_id)
    return idea


class IdeaRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add(self, idea: Idea) -> Idea:
        """Store a new idea at the end of its meeting's list (or keep it if it exists).

        Adding an idea whose id is already stored returns the stored one unchanged, so a phone
        that retries never creates a duplicate.
        """
        idea = idea.validated()
        if idea.source is IdeaSource.PHONE and idea.status is IdeaStatus.KEPT:
            idea = replace(idea, status=IdeaStatus.PENDING)

        def job(conn: sqlite3.Connection) -> Idea:
            existing = conn.execute("SELECT * FROM ideas WHERE id = ?", (idea.id,)).fetchone()
            if existing is not None:
                return codec.idea_from(existing)
            if (
                conn.execute("SELECT 1 FROM meetings WHERE id = ?", (idea.meeting_id,)).fetchone()
                is None
            ):
                raise not_found("meeting", "réunion", idea.meeting_id)
            position = conn.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM ideas WHERE meeting_id = ?",
                (idea.meeting_id,),
            ).fetchone()[0]
            stored = replace(idea, position=position)
            rows.insert(conn, "idea", codec.idea_row(stored), meeting_id=stored.meeting_id)
            return stored

        return self._db.write(job)

    def get(self, idea_id: str) -> Idea:
        row = self._db.query_one("SELECT * FROM ideas WHERE id = ?", (idea_id,))
        if row is None:
            raise not_found("idea", "idée", idea_id)
        return codec.idea_from(row)

    def for_meeting(
        self, meeting_id: str, statuses: Iterable[IdeaStatus] | None = None
    ) -> list[Idea]:
        """Ideas in their list order; all statuses unless ``statuses`` is given."""
        if statuses is None:
            rows = self._db.query(
                "SELECT * FROM ideas WHERE meeting_id = ? ORDER BY position, created_at",
                (meeting_id,),
            )
        else:
            wanted = [s.value for s in statuses]
            rows = self._db.query(
                "SELECT * FROM ideas WHERE meeting_id = ? AND status IN "
                f"({', '.join('?' for _ in wanted)}) ORDER BY position, created_at",
                (meeting_id, *wanted),
            )
        return [codec.idea_from(r) for r in rows]

    def pending(self, meeting_id: str) -> list[Idea]:
        """The moderation inbox: ideas sent from phones, waiting for the spokesperson."""
        return self.for_meeting(meeting_id, [IdeaStatus.PENDING])

    def themes(self, meeting_id: str) -> dict[str, int]:
        """Kept ideas per theme ("" for ideas without one), most used first."""
        rows = self._db.query(
            "SELECT theme, COUNT(*) AS n FROM ideas WHERE meeting_id = ? AND status = 'kept' "
            "GROUP BY theme ORDER BY n DESC, theme",
            (meeting_id,),
        )
        return {r["theme"]: r["n"] for r in rows}

    def update(self, idea: Idea) -> Idea:
        """Save an edited idea (text, theme, status...)."""
        idea = replace(idea.validated(), updated_at=now())

        def job(conn: sqlite3.Connection) -> Idea:
            current = _get(conn, idea.id)
            return _save(conn, replace(idea, position=current.position))

        return self._db.write(job)

    def set_status(self, idea_id: str, status: IdeaStatus) -> Idea:
        """Keep, hide, accept (pending to kept) or reject an idea."""
        if status is IdeaStatus.MERGED:
            raise ValidationError(
                "Use merge to merge ideas.", "Utilisez la fusion pour fusionner des idées."
            )

        def job(conn: sqlite3.Connection) -> Idea:
            idea = _get(conn, idea_id)
            return _save(conn, replace(idea, status=status, merged_into=None, updated_at=now()))

        return self._db.write(job)

    def merge(self, idea_ids: Sequence[str], into_id: str) -> Idea:
        """Merge ideas into one: their texts are kept, only ``into_id`` stays shown."""
        others = [i for i in dict.fromkeys(idea_ids) if i != into_id]
        if not others:
            raise ValidationError(
                "Choose at least two ideas to merge.",
                "Choisissez au moins deux idées à fusionner.",
            )

        def job(conn: sqlite3.Connection) -> Idea:
            target = _get(conn, into_id)
            if target.status is IdeaStatus.MERGED:
                raise ValidationError(
                    "Cannot merge into an idea that is itself merged.",
                    "Impossible de fusionner dans une idée elle-même fusionnée.",
                )
            stamp = now()
            for other_id in others:
                other = _get(conn, other_id)
                if other.meeting_id != target.meeting_id:
                    raise ValidationError(
                        "Only ideas of the same meeting can be merged.",
                        "Seules des idées d'une même réunion peuvent être fusionnées.",
                    )
                # ideas previously merged into this one follow it to the new target
                for row in conn.execute(
                    "SELECT * FROM ideas WHERE merged_into = ?", (other.id,)
                ).fetchall():
                    merged = codec.idea_from(row)
                    _save(conn, replace(merged, merged_into=target.id, updated_at=stamp))
                _save(
                    conn,
                    replace(
                        other, status=IdeaStatus.MERGED, merged_into=target.id, updated_at=stamp
                    ),
                )
            return target

        return self._db.write(job)

    def unmerge(self, idea_id: str) -> Idea:
        """Show a merged idea again on its own (the undo of a merge)."""

        def job(conn: sqlite3.Connection) -> Idea:
            idea = _get(conn, idea_id)
            return _save(
                conn, replace(idea, status=IdeaStatus.KEPT, merged_into=None, updated_at=now())
            )

        return self._db.write(job)

    def merged_into(self, idea_id: str) -> list[Idea]:
        """The ideas merged into this one (their texts are kept and shown with it)."""
        rows = self._db.query(
            "SELECT * FROM ideas WHERE merged_into = ? ORDER BY position", (idea_id,)
        )
        return [codec.idea_from(r) for r in rows]

    def move(self, idea_id: str, index: int) -> None:
        """Move an idea to ``index`` in its meeting's list (0 is first)."""

        def job(conn: sqlite3.Connection) -> None:
            idea = _get(conn, idea_id)
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM ideas WHERE meeting_id = ? ORDER BY position, created_at",
                    (idea.meeting_id,),
                )
            ]
            ids.remove(idea_id)
            ids.insert(max(0, min(index, len(ids))), idea_id)
            self._renumber(conn, idea.meeting_id, ids)

        self._db.write(job)

    def reorder(self, meeting_id: str, ordered_ids: Sequence[str]) -> None:
        """Put the listed ideas first, in this order; the others follow in their order."""

        def job(conn: sqlite3.Connection) -> None:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM ideas WHERE meeting_id = ? ORDER BY position, created_at",
                    (meeting_id,),
                )
            ]
            known = set(ids)
            first = [i for i in dict.fromkeys(ordered_ids) if i in known]
            rest = [i for i in ids if i not in set(first)]
            self._renumber(conn, meeting_id, first + rest)

        self._db.write(job)

    @staticmethod
    def _renumber(conn: sqlite3.Connection, meeting_id: str, ids: list[str]) -> None:
        """Number the ideas in this order; the journal gets the order once, not every idea."""
        current = dict(
            conn.execute(
                "SELECT id, position FROM ideas WHERE meeting_id = ?", (meeting_id,)
            ).fetchall()
        )
        changed = [(n, i) for n, i in enumerate(ids) if current.get(i) != n]
        for position, idea_id in changed:
            rows.update(
                conn,
                "idea",
                {"id": idea_id, "position": position},
                meeting_id=meeting_id,
                journal_it=False,
            )
        if changed:
            journal.append(conn, meeting_id, "idea_order", meeting_id, "update", {"order": ids})

    def delete(self, idea_id: str) -> None:
        """Remove an idea for good (undo of a capture). Ideas merged into it come back."""

        def job(conn: sqlite3.Connection) -> None:
            idea = _get(conn, idea_id)
            for row in conn.execute(
                "SELECT * FROM ideas WHERE merged_into = ?", (idea_id,)
            ).fetchall():
                _save(conn, replace(codec.idea_from(row), status=IdeaStatus.KEPT, merged_into=None))
            rows.delete(conn, "idea", idea_id, meeting_id=idea.meeting_id)

        self._db.write(job)

    def restore(self, idea: Idea) -> Idea:
        """Put back an idea exactly as it was (the redo of a delete, the undo of a removal)."""

        def job(conn: sqlite3.Connection) -> Idea:
            row = codec.idea_row(idea)
            if not rows.update(conn, "idea", row, meeting_id=idea.meeting_id):
                rows.insert(conn, "idea", row, meeting_id=idea.meeting_id)
            return idea

        return self._db.write(job)
