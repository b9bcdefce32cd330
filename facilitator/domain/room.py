"""What the room sees: which poll is on screen and why, and the ideas wall.

One rule, used by the phones, the projector, the presenter view and the app alike
(``storage/room.py`` reads it once for all of them):

1. A poll that is open is on screen; when several are (bundles from two laptops), the one
   opened last.
2. Otherwise the poll closed last stays on screen, revealed or not: its question and options
   stay up while hands and paper ballots are counted, and its results appear the moment they
   may be seen (:attr:`Poll.results_visible`). A draft is never on screen.
3. Results are shown only when :attr:`Poll.results_visible`; while a poll is open, a phone
   sees them only once it has voted (``lan/snapshot.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from facilitator.domain.model import Meeting, Poll, PollState
from facilitator.domain.voting import Tally

#: A phone seen this recently is "here now" (its page asks every second or so; the phone
#: server writes when it saw phones every 15 s).
HERE_NOW_SECONDS = 90


class Shown(StrEnum):
    """Why a poll is on screen."""

    OPEN = "open"  # it is open (the one opened last)
    CLOSED_LAST = "closed_last"  # none is open: the poll closed last stays up


def shown_poll(polls: Sequence[Poll]) -> tuple[Poll | None, Shown | None]:
    """The poll on screen and why (the rule in this module's docstring)."""
    open_polls = [p for p in polls if p.state is PollState.OPEN]
    if open_polls:
        return max(open_polls, key=lambda p: (p.opened_at or p.created_at, p.position)), Shown.OPEN
    closed = [p for p in polls if p.state is PollState.CLOSED]
    if closed:
        latest = max(closed, key=lambda p: (p.closed_at or p.updated_at, p.position))
        return latest, Shown.CLOSED_LAST
    return None, None


def next_poll(polls: Sequence[Poll], shown: Poll | None) -> Poll | None:
    """What comes next: the first draft after the poll on screen (in the meeting's order),
    else the first draft of all."""
    drafts = sorted((p for p in polls if p.state is PollState.DRAFT), key=lambda p: p.position)
    if shown is not None:
        after = [p for p in drafts if p.position > shown.position]
        if after:
            return after[0]
    return drafts[0] if drafts else None


@dataclass(frozen=True, slots=True)
class RoomView:
    """The room at one revision of the workspace: everything phones, the projector and the
    presenter view show about the meeting's poll on screen."""

    meeting: Meeting
    revision: int
    polls: tuple[Poll, ...]
    poll: Poll | None
    shown_because: Shown | None
    #: the shown poll's tally, whether or not the room may see it (see :attr:`results`)
    tally: Tally | None
    #: who has a ballot in the shown poll (anonymous voter ids), read with the tally
    voters: frozenset[str]
    phones_here: int
    tickets_required: bool
    next_poll: Poll | None

    @property
    def results(self) -> Tally | None:
        """The tally, when the room may see it."""
        if self.poll is None or not self.poll.results_visible:
            return None
        return self.tally

    def time_left(self, at: datetime) -> float | None:
        """Seconds left on the shown poll's countdown, if it runs one."""
        return self.poll.time_left(at) if self.poll is not None else None


@dataclass(frozen=True, slots=True)
class WallIdea:
    id: str
    text: str
    #: upvotes from the meeting's upvote polls (ideas merged into it count for it)
    upvotes: int


@dataclass(frozen=True, slots=True)
class WallTheme:
    name: str  # "" for ideas without a theme
    ideas: tuple[WallIdea, ...]


@dataclass(frozen=True, slots=True)
class IdeasWall:
    """The meeting's kept ideas by theme, in the order they were captured (a phone's idea
    appears once the spokesperson has accepted it), with their upvotes."""

    meeting_id: str
    revision: int
    themes: tuple[WallTheme, ...] = field(default_factory=tuple)

    def only(self, theme: str | None) -> IdeasWall:
        """The wall showing one theme (None: every theme)."""
        if theme is None:
            return self
        kept = tuple(t for t in self.themes if t.name == theme)
        return IdeasWall(self.meeting_id, self.revision, kept)
