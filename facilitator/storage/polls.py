"""Polls: create (from a template or from ideas), edit while draft, open, close, reveal."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from facilitator.domain.errors import ConflictError
from facilitator.domain.model import (
    Idea,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
    PollState,
    ResultsVisibility,
    now,
)
from facilitator.storage import codec, rows
from facilitator.storage.database import Store
from facilitator.storage.meetings import not_found


def load_poll(conn: sqlite3.Connection, poll_id: str) -> Poll:
    row = conn.execute("SELECT * FROM polls WHERE id = ?", (poll_id,)).fetchone()
    if row is None:
        raise not_found("poll", "vote", poll_id)
    options = conn.execute(
        "SELECT * FROM poll_options WHERE poll_id = ? ORDER BY position", (poll_id,)
    ).fetchall()
    return codec.poll_from(row, options)


def _save(conn: sqlite3.Connection, poll: Poll) -> Poll:
    rows.update(conn, "poll", codec.poll_row(poll), meeting_id=poll.meeting_id)
    return poll


def _insert(conn: sqlite3.Connection, poll: Poll) -> None:
    """A new poll and its options, journalled as one entry that carries the options."""
    row = codec.poll_row(poll)
    options = codec.option_rows(poll)
    rows.insert(conn, "poll", row, meeting_id=poll.meeting_id, payload={**row, "options": options})
    for option in options:
        rows.insert(conn, "option", option, meeting_id=poll.meeting_id)


def _replace_options(conn: sqlite3.Connection, poll: Poll) -> None:
    """Make the stored options those of ``poll``: same ids updated, others added or removed."""
    wanted = {o["id"]: o for o in codec.option_rows(poll)}
    for (option_id,) in conn.execute(
        "SELECT id FROM poll_options WHERE poll_id = ?", (poll.id,)
    ).fetchall():
        if option_id not in wanted:
            rows.delete(conn, "option", option_id, meeting_id=poll.meeting_id)
    for option in wanted.values():
        if not rows.update(conn, "option", option, meeting_id=poll.meeting_id):
            rows.insert(conn, "option", option, meeting_id=poll.meeting_id)


def options_locked() -> ConflictError:
    return ConflictError(
        "Options and voting method can only change before the poll opens.",
        "Les options et le mode de scrutin ne peuvent changer qu'avant l'ouverture du vote.",
    )


def refuse_draft_with_votes(conn: sqlite3.Connection, poll_id: str) -> None:
    """A poll that has votes never goes back to draft (its options could change)."""
    has_votes = conn.execute(
        "SELECT (SELECT COUNT(*) FROM ballots WHERE poll_id = ?) + "
        "(SELECT COUNT(*) FROM count_entries WHERE poll_id = ?)",
        (poll_id, poll_id),
    ).fetchone()[0]
    if has_votes:
        raise ConflictError(
            "A poll that has votes cannot go back to draft.",
            "Un vote qui a reçu des voix ne peut pas redevenir un brouillon.",
        )


class PollRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def create(self, poll: Poll) -> Poll:
        poll = poll.validated()

        def job(conn: sqlite3.Connection) -> Poll:
            existing = conn.execute("SELECT 1 FROM polls WHERE id = ?", (poll.id,)).fetchone()
            if existing is not None:
                return load_poll(conn, poll.id)
            if (
                conn.execute("SELECT 1 FROM meetings WHERE id = ?", (poll.meeting_id,)).fetchone()
                is None
            ):
                raise not_found("meeting", "réunion", poll.meeting_id)
            position = conn.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM polls WHERE meeting_id = ?",
                (poll.meeting_id,),
            ).fetchone()[0]
            stored = replace(poll, position=position)
            _insert(conn, stored)
            return stored

        return self._db.write(job)

    def create_from_ideas(
        self,
        meeting_id: str,
        question: str,
        method: PollMethod,
        ideas: Sequence[Idea],
        params: PollParams | None = None,
        visibility: ResultsVisibility = ResultsVisibility.LIVE,
    ) -> Poll:
        """One poll whose options are the given ideas, in the given order."""
        options = tuple(PollOption(label=i.text, idea_id=i.id) for i in ideas)
        return self.create(
            Poll(
                meeting_id=meeting_id,
                question=question,
                method=method,
                options=options,
                params=params or PollParams(),
                visibility=visibility,
            )
        )

    def get(self, poll_id: str) -> Poll:
        with self._db.read() as conn:
            return load_poll(conn, poll_id)

    def find(self, meeting_id: str, ident: str) -> Poll:
        """A poll of the meeting by id, unique id prefix, or 1-based position."""
        polls = self.for_meeting(meeting_id)
        ident = ident.strip()
        if ident.isdigit() and 1 <= int(ident) <= len(polls):
            return polls[int(ident) - 1]
        matches = [p for p in polls if p.id == ident] or [
            p for p in polls if len(ident) >= 4 and p.id.startswith(ident)
        ]
        if len(matches) != 1:
            raise not_found("poll", "vote", ident)
        return matches[0]

    def for_meeting(self, meeting_id: str) -> list[Poll]:
        with self._db.read() as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM polls WHERE meeting_id = ? ORDER BY position", (meeting_id,)
                )
            ]
            return [load_poll(conn, i) for i in ids]

    def open_poll(self, meeting_id: str) -> Poll | None:
        """The poll participants are voting on now, if any."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT id FROM polls WHERE meeting_id = ? AND state = 'open' "
                "ORDER BY opened_at DESC LIMIT 1",
                (meeting_id,),
            ).fetchone()
            return load_poll(conn, row[0]) if row else None

    def update(self, poll: Poll) -> Poll:
        """Save edits. Options and method change only while the poll is a draft."""
        poll = replace(poll.validated(), updated_at=now())

        def job(conn: sqlite3.Connection) -> Poll:
            current = load_poll(conn, poll.id)
            if current.state is not PollState.DRAFT and (
                current.options != poll.options
                or current.method is not poll.method
                or current.params.grades != poll.params.grades
            ):
                raise options_locked()
            stored = replace(poll, position=current.position)
            _save(conn, stored)
            if current.options != stored.options:
                _replace_options(conn, stored)
            return stored

        return self._db.write(job)

    def open(self, poll_id: str) -> Poll:
        """Open a poll for voting; another open poll of the meeting closes (one at a time)."""

        def job(conn: sqlite3.Connection) -> Poll:
            poll = load_poll(conn, poll_id)
            if poll.state is PollState.OPEN:
                return poll
            stamp = now()
            for row in conn.execute(
                "SELECT id FROM polls WHERE meeting_id = ? AND state = 'open' AND id != ?",
                (poll.meeting_id, poll_id),
            ).fetchall():
                other = load_poll(conn, row[0])
                _save(
                    conn, replace(other, state=PollState.CLOSED, closed_at=stamp, updated_at=stamp)
                )
            return _save(
                conn,
                replace(
                    poll, state=PollState.OPEN, opened_at=stamp, closed_at=None, updated_at=stamp
                ),
            )

        return self._db.write(job)

    def close(self, poll_id: str) -> Poll:
        def job(conn: sqlite3.Connection) -> Poll:
            poll = load_poll(conn, poll_id)
            if poll.state is PollState.CLOSED:
                return poll
            stamp = now()
            return _save(
                conn, replace(poll, state=PollState.CLOSED, closed_at=stamp, updated_at=stamp)
            )

        return self._db.write(job)

    def close_due(self, at: datetime | None = None) -> list[Poll]:
        """Close every open poll whose countdown has run out (see :attr:`Poll.deadline`).

        Each closes as of its deadline, not of now: a laptop that slept through it, or a
        workspace nothing had open, still records when the vote ended. Whoever runs (the phone
        server, the app) calls it; closing twice changes nothing.
        """

        def job(conn: sqlite3.Connection) -> list[Poll]:
            stamp = at or now()
            closed = []
            for (poll_id,) in conn.execute("SELECT id FROM polls WHERE state = 'open'").fetchall():
                poll = load_poll(conn, poll_id)
                if poll.due(stamp):
                    ended = replace(
                        poll, state=PollState.CLOSED, closed_at=poll.deadline, updated_at=stamp
                    )
                    closed.append(_save(conn, ended))
            return closed

        return self._db.write(job)

    def next_deadline(self) -> datetime | None:
        """The soonest deadline of the open polls with a countdown (any meeting), if any."""
        with self._db.read() as conn:
            ids = conn.execute("SELECT id FROM polls WHERE state = 'open'").fetchall()
            deadlines = [load_poll(conn, poll_id).deadline for (poll_id,) in ids]
        return min((d for d in deadlines if d is not None), default=None)

    def reveal(self, poll_id: str, revealed: bool = True) -> Poll:
        """Show (or hide again) the results to participants and on the projector."""

        def job(conn: sqlite3.Connection) -> Poll:
            poll = load_poll(conn, poll_id)
            return _save(conn, replace(poll, revealed=revealed, updated_at=now()))

        return self._db.write(job)

    def set_state(self, poll_id: str, state: PollState) -> Poll:
        """Put a poll back into a given state (used by undo)."""
        if state is PollState.OPEN:
            return self.open(poll_id)
        if state is PollState.CLOSED:
            return self.close(poll_id)

        def job(conn: sqlite3.Connection) -> Poll:
            poll = load_poll(conn, poll_id)
            refuse_draft_with_votes(conn, poll_id)
            return _save(conn, replace(poll, state=PollState.DRAFT, opened_at=None, closed_at=None))

        return self._db.write(job)

    def delete(self, poll_id: str) -> None:
        def job(conn: sqlite3.Connection) -> None:
            poll = load_poll(conn, poll_id)
            rows.delete(conn, "poll", poll_id, meeting_id=poll.meeting_id)

        self._db.write(job)
