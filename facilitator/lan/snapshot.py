"""What every phone sees, computed once for all of them and kept a fraction of a second.

A room of phones polls the state about once a second; reading the meeting, its polls and a
tally for each request would cost the laptop a database read per phone. One snapshot serves
them all for :data:`STATE_TTL` seconds, and each phone gets only the part it may be shown.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.concurrency import run_in_threadpool

from facilitator.domain.errors import NotFoundError
from facilitator.domain.model import Poll, PollState
from facilitator.lan import errors
from facilitator.storage import Workspace

#: How long the shared part of the state may be served from memory.
STATE_TTL = 0.4


def poll_json(poll: Poll) -> dict[str, Any]:
    params = poll.params
    return {
        "id": poll.id,
        "question": poll.question,
        "method": str(poll.method),
        "state": str(poll.state),
        "options": [{"id": o.id, "label": o.label} for o in poll.options],
        "max_choices": params.max_choices,
        "points": params.points,
        "max_per_option": params.max_per_option,
        "grades": list(params.grades),
        "allow_change": params.allow_change,
    }


def shown_poll(polls: list[Poll]) -> Poll | None:
    """The poll on the phones: the open one opened last, else the one closed last."""
    open_polls = [p for p in polls if p.state is PollState.OPEN]
    if open_polls:
        return max(open_polls, key=lambda p: p.opened_at or p.created_at)
    closed = [p for p in polls if p.state is PollState.CLOSED and p.closed_at is not None]
    if closed:
        return max(closed, key=lambda p: p.closed_at or p.created_at)
    return None


@dataclass
class Snapshot:
    """The meeting as the phones see it at one moment."""

    at: float
    tickets_required: bool
    polls: dict[str, Poll]
    shown: Poll | None
    public: dict[str, Any]
    results: dict[str, Any] | None = None
    #: Who has voted in the shown poll, while it is open with live results (see results_for).
    voters: set[str] = field(default_factory=set)

    def results_for(self, voter: str | None) -> dict[str, Any] | None:
        """The results this phone may be shown: while a poll is open, only once it has voted,
        so that results never sway a vote; once closed, whatever the room may see."""
        shown = self.shown
        if self.results is None or shown is None:
            return None
        if shown.state is PollState.OPEN and (voter is None or voter not in self.voters):
            return None
        return self.results

    def voted(self, poll_id: str, voter: str) -> None:
        """A ballot was just recorded: its phone may see the results at once."""
        if self.shown is not None and self.shown.id == poll_id:
            self.voters.add(voter)


class SnapshotCache:
    """The latest snapshot of one meeting, refreshed at most every :data:`STATE_TTL` seconds."""

    def __init__(self, workspace: Workspace, meeting_id: str) -> None:
        self._ws = workspace
        self._meeting_id = meeting_id
        self._current: Snapshot | None = None
        self._lock = asyncio.Lock()

    @property
    def latest(self) -> Snapshot | None:
        """The snapshot last computed, without refreshing it (any thread may read it)."""
        return self._current

    async def get(self, *, force: bool = False) -> Snapshot:
        current = self._current
        stamp = time.monotonic()
        if not force and current is not None and stamp - current.at < STATE_TTL:
            return current
        async with self._lock:
            current = self._current
            if current is not None and (
                current.at > stamp or (not force and time.monotonic() - current.at < STATE_TTL)
            ):
                return current  # computed by another request while this one waited
            fresh = await run_in_threadpool(self._compute)
            self._current = fresh
            return fresh

    def _compute(self) -> Snapshot:
        stamp = time.monotonic()
        ws = self._ws
        try:
            meeting = ws.meetings.get(self._meeting_id)
        except NotFoundError:
            raise errors.WRONG_CODE.error() from None  # the meeting was deleted meanwhile
        polls = ws.polls.for_meeting(self._meeting_id)
        shown = shown_poll(polls)
        issued, _used = ws.tickets.counts(self._meeting_id)
        public: dict[str, Any] = {
            "title": meeting.title,
            "tickets_required": issued > 0,
            "poll": poll_json(shown) if shown else None,
        }
        snapshot = Snapshot(stamp, issued > 0, {p.id: p for p in polls}, shown, public)
        if shown is not None and shown.results_visible:
            if shown.state is PollState.OPEN:
                # Read before the tally: whoever is in this set is counted in it.
                snapshot.voters = set(ws.ballots.voters(shown.id))
            snapshot.results = ws.ballots.tally(shown.id).to_dict()
        return snapshot
