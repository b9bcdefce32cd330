"""What every phone sees: the room's read model (``storage/room.py``), shaped for the page once
for all of them and kept a fraction of a second.

A room of phones polls the state about once a second; one snapshot serves them all for
:data:`STATE_TTL` seconds, and each phone gets only the part it may be shown. The projector
reads the same read model, so phones and projector show the same poll and the same numbers.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.concurrency import run_in_threadpool

from facilitator.domain.errors import NotFoundError
from facilitator.domain.model import Poll, PollState, now
from facilitator.domain.room import RoomView
from facilitator.domain.voting import Tally
from facilitator.drawing.colours import grade_colours
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
        "countdown": params.countdown,
        "revealed": poll.revealed,
        "results_visible": poll.results_visible,
    }


def results_json(tally: Tally) -> dict[str, Any]:
    """A tally for the page, with the grades' colours of every other screen."""
    data = tally.to_dict()
    data["grade_colours"] = grade_colours(len(tally.grades)) if tally.grades else []
    return data


@dataclass
class Snapshot:
    """The room as the phones see it at one moment."""

    at: float
    view: RoomView
    public: dict[str, Any]
    polls: dict[str, Poll]
    results: dict[str, Any] | None = None
    #: Who has voted in the shown poll, while it is open with live results (see results_for).
    voters: set[str] = field(default_factory=set)

    @property
    def tickets_required(self) -> bool:
        return self.view.tickets_required

    @property
    def shown(self) -> Poll | None:
        return self.view.poll

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

    def closes_in(self) -> float | None:
        """Seconds left on the shown poll's countdown, told to each phone as it asks (a
        phone's own clock may be minutes off the laptop's)."""
        left = self.view.time_left(now())
        return None if left is None else round(left, 1)


def snapshot_of(view: RoomView, stamp: float) -> Snapshot:
    poll = view.poll
    public: dict[str, Any] = {
        "title": view.meeting.title,
        "tickets_required": view.tickets_required,
        "poll": poll_json(poll) if poll else None,
        "shown_because": str(view.shown_because) if view.shown_because else None,
        "phones_here": view.phones_here,
        "revision": view.revision,
    }
    snapshot = Snapshot(stamp, view, public, {p.id: p for p in view.polls})
    results = view.results
    if results is not None and poll is not None:
        if poll.state is PollState.OPEN:
            snapshot.voters = set(view.voters)  # read with the tally: each of them is in it
        snapshot.results = results_json(results)
    return snapshot


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
            if (
                current is not None
                and fresh.view.revision == current.view.revision
                and fresh.view.phones_here == current.view.phones_here
            ):
                # nothing changed: keep the phones that voted since, and the shaped results
                current.at = fresh.at
                return current
            self._current = fresh
            return fresh

    def _compute(self) -> Snapshot:
        stamp = time.monotonic()
        try:
            view = self._ws.room.view(self._meeting_id)
        except NotFoundError:
            raise errors.WRONG_CODE.error() from None  # the meeting was deleted meanwhile
        return snapshot_of(view, stamp)
