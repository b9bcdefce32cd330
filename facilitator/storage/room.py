"""The one read model of the room: the poll on screen, its tally, the phones here, the wall.

The phone server, the projector, the presenter view, the Polls section, the exports and the
platform report all read results here, so they show the same poll and the same numbers. Each
read is one read transaction (the revision, the polls and the ballots agree), and what it
computed is kept until the workspace's revision moves: a room of phones asking every second,
or a projector redrawn, costs one count a change, not one a request.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, replace
from datetime import timedelta

from facilitator.domain.model import IdeaStatus, Meeting, Poll, PollMethod, now
from facilitator.domain.room import (
    HERE_NOW_SECONDS,
    IdeasWall,
    RoomView,
    WallIdea,
    WallTheme,
    next_poll,
    shown_poll,
)
from facilitator.domain.voting import Tally
from facilitator.storage import codec
from facilitator.storage.ballots import tally_in
from facilitator.storage.database import Store
from facilitator.storage.meetings import not_found
from facilitator.storage.polls import load_poll


@dataclass(frozen=True, slots=True)
class PollResult:
    """A poll and its tally at one revision."""

    poll: Poll
    tally: Tally
    revision: int
    #: ballots stored (phones, tickets, paper ballots typed one by one)
    ballots: int


def _revision(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COALESCE(MAX(seq), 0) FROM journal").fetchone()[0])


def _meeting(conn: sqlite3.Connection, meeting_id: str) -> Meeting:
    row = conn.execute("SELECT * FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    if row is None:
        raise not_found("meeting", "réunion", meeting_id)
    return codec.meeting_from(row)


def _polls(conn: sqlite3.Connection, meeting_id: str) -> tuple[Poll, ...]:
    ids = conn.execute(
        "SELECT id FROM polls WHERE meeting_id = ? ORDER BY position", (meeting_id,)
    ).fetchall()
    return tuple(load_poll(conn, row[0]) for row in ids)


def _phones_here(conn: sqlite3.Connection, meeting_id: str) -> int:
    since = codec.dt(now() - timedelta(seconds=HERE_NOW_SECONDS))
    row = conn.execute(
        "SELECT COUNT(*) FROM devices WHERE meeting_id = ? AND last_seen_at >= ?",
        (meeting_id, since),
    ).fetchone()
    return int(row[0])


class RoomRepository:
    """Reads of what the room sees, each kept until the workspace changes. Any thread."""

    def __init__(self, db: Store) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._views: dict[str, RoomView] = {}
        self._results: dict[str, PollResult] = {}
        self._walls: dict[str, IdeasWall] = {}

    def view(self, meeting_id: str) -> RoomView:
        """The room of ``meeting_id`` now: the poll on screen (``domain/room.py``'s rule), its
        tally, who voted in it, the phones here now and what comes next."""
        with self._db.read() as conn:
            revision = _revision(conn)
            phones = _phones_here(conn, meeting_id)
            cached = self._views.get(meeting_id)
            if cached is not None and cached.revision == revision:
                # phones being seen is not a change of the meeting: counted at every read
                return (
                    cached if cached.phones_here == phones else replace(cached, phones_here=phones)
                )
            meeting = _meeting(conn, meeting_id)
            polls = _polls(conn, meeting_id)
            poll, because = shown_poll(polls)
            tally: Tally | None = None
            voters: frozenset[str] = frozenset()
            if poll is not None:
                tally = self._result_in(conn, poll.id, revision).tally
                voters = frozenset(
                    r[0]
                    for r in conn.execute("SELECT voter FROM ballots WHERE poll_id = ?", (poll.id,))
                )
            tickets = conn.execute(
                "SELECT 1 FROM tickets WHERE meeting_id = ? LIMIT 1", (meeting_id,)
            ).fetchone()
        view = RoomView(
            meeting=meeting,
            revision=revision,
            polls=polls,
            poll=poll,
            shown_because=because,
            tally=tally,
            voters=voters,
            phones_here=phones,
            tickets_required=tickets is not None,
            next_poll=next_poll(polls, poll),
        )
        with self._lock:
            self._views[meeting_id] = view
        return view

    def result(self, poll_id: str) -> PollResult:
        """A poll with its tally (phones, tickets, paper, show of hands), as everyone sees it."""
        with self._db.read() as conn:
            return self._result_in(conn, poll_id, _revision(conn))

    def _result_in(self, conn: sqlite3.Connection, poll_id: str, revision: int) -> PollResult:
        cached = self._results.get(poll_id)
        if cached is not None and cached.revision == revision:
            return cached
        tally = tally_in(conn, poll_id)
        ballots = int(
            conn.execute("SELECT COUNT(*) FROM ballots WHERE poll_id = ?", (poll_id,)).fetchone()[0]
        )
        result = PollResult(load_poll(conn, poll_id), tally, revision, ballots)
        with self._lock:
            self._results[poll_id] = result
        return result

    def wall(self, meeting_id: str) -> IdeasWall:
        """The meeting's kept ideas by theme in capture order, with their upvotes."""
        with self._db.read() as conn:
            revision = _revision(conn)
            cached = self._walls.get(meeting_id)
            if cached is not None and cached.revision == revision:
                return cached
            ideas = [
                codec.idea_from(r)
                for r in conn.execute(
                    "SELECT * FROM ideas WHERE meeting_id = ? ORDER BY position, created_at",
                    (meeting_id,),
                )
            ]
            # an idea merged into another gives it its upvotes
            home = {i.id: i.merged_into or i.id for i in ideas}
            upvotes: dict[str, int] = {}
            for poll in _polls(conn, meeting_id):
                if poll.method is not PollMethod.UPVOTES:
                    continue
                tally = self._result_in(conn, poll.id, revision).tally
                for option in poll.options:
                    found = tally.option(option.id)
                    if option.idea_id in home and found is not None:
                        target = home[option.idea_id]
                        upvotes[target] = upvotes.get(target, 0) + found.votes
        themes: dict[str, list[WallIdea]] = {}
        for idea in ideas:
            if idea.status is IdeaStatus.KEPT:
                themes.setdefault(idea.theme, []).append(
                    WallIdea(idea.id, idea.text, upvotes.get(idea.id, 0))
                )
        wall = IdeasWall(
            meeting_id, revision, tuple(WallTheme(name, tuple(i)) for name, i in themes.items())
        )
        with self._lock:
            self._walls[meeting_id] = wall
        return wall
