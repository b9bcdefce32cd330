"""What an export reads: a meeting with its summary, ideas, polls with tallies, attendance.

Everything goes through the workspace's repositories. Ballots are not loaded here: they are
streamed (:func:`ballot_rows`) so a meeting with 100,000 of them exports in bounded memory.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from facilitator.domain import terms
from facilitator.domain.model import (
    Attendance,
    Ballot,
    Channel,
    Idea,
    Meeting,
    Poll,
    PollMethod,
    PollParams,
    is_retained,
)
from facilitator.domain.voting import ShareBase, Tally
from facilitator.export import labels
from facilitator.storage.meetings import MeetingSummary
from facilitator.storage.workspace import Workspace

#: Called with (done, total) as an export goes; total may grow once ballots are counted.
Progress = Callable[[int, int], None]


class ProgressTicker:
    """Counts the table writers' steps (one per ballot and idea, one per table) for ``progress``."""

    def __init__(self, data: Sequence[MeetingData], progress: Progress | None) -> None:
        self.total = sum(m.ballot_count for m in data) + sum(len(m.ideas) for m in data) + 4
        self.done = 0
        self._progress = progress

    def __call__(self, amount: int) -> None:
        self.done += amount
        if self._progress is not None and amount:
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        self(self.total - self.done)


@dataclass(frozen=True, slots=True)
class PollData:
    poll: Poll
    tally: Tally
    #: 1-based number of the poll in its meeting, as shown in the app.
    number: int
    ballots: int

    def option_label(self, option_id: str, language: str) -> str:
        if self.poll.method is PollMethod.YES_NO_ABSTAIN:
            return labels.answer(option_id, language)
        option = self.poll.option(option_id)
        return option.label if option else labels.word("value.unknown_option", language)

    def winner_text(self, language: str) -> str:
        return " / ".join(self.option_label(w, language) for w in self.tally.winners)


@dataclass(frozen=True, slots=True)
class MeetingData:
    summary: MeetingSummary
    ideas: tuple[Idea, ...]
    #: Votes each idea received through poll options built from it (all polls together).
    idea_votes: Mapping[str, int]
    polls: tuple[PollData, ...]
    attendance: Attendance
    tickets_issued: int
    tickets_used: int
    #: Whether every change of the meeting has reached the platform.
    synced: bool
    #: Where to follow the meeting up on the platform (its page, else its proposals' list),
    #: once it is linked (None until then).
    platform_url: str | None
    #: Each idea's proposal on the platform, once sent (a merged idea: the one it joined).
    idea_links: Mapping[str, str]

    @property
    def meeting(self) -> Meeting:
        return self.summary.meeting

    @property
    def language(self) -> str:
        return self.meeting.language

    @property
    def ballot_count(self) -> int:
        return sum(p.ballots for p in self.polls)

    @property
    def most_voters(self) -> int:
        return max((p.tally.voters for p in self.polls), default=0)

    @property
    def headcount(self) -> int | None:
        """People present, or None when nobody counted them (a meeting is never empty)."""
        return self.attendance.headcount or None

    @property
    def participation(self) -> float | None:
        """The participation rate: voters of the most followed poll ÷ people present.

        None when the headcount was not taken.
        """
        head = self.headcount
        return self.most_voters / head if head else None

    def idea_number(self) -> dict[str, int]:
        return {idea.id: n for n, idea in enumerate(self.ideas, 1)}


def load_meeting(ws: Workspace, meeting_id: str) -> MeetingData:
    """Read one meeting for export, with what it became on the platform (sync's state)."""
    summary = ws.meetings.summary(meeting_id)
    ideas = tuple(ws.ideas.for_meeting(meeting_id))
    public = ws.sync_state.public_links(meeting_id)
    polls = []
    idea_votes: dict[str, int] = {}
    for number, poll in enumerate(ws.polls.for_meeting(meeting_id), 1):
        counted = ws.room.result(poll.id)  # the count the room and the app show
        result = counted.tally
        polls.append(PollData(poll=poll, tally=result, number=number, ballots=counted.ballots))
        for option in poll.options:
            found = result.option(option.id)
            if option.idea_id and found is not None:
                idea_votes[option.idea_id] = idea_votes.get(option.idea_id, 0) + found.votes
    issued, used = ws.tickets.counts(meeting_id)
    return MeetingData(
        summary=summary,
        ideas=ideas,
        idea_votes=idea_votes,
        polls=tuple(polls),
        attendance=ws.attendance.get(meeting_id),
        tickets_issued=issued,
        tickets_used=used,
        synced=ws.sync_state.is_synced(meeting_id),
        platform_url=public.follow,
        idea_links=idea_links(ideas, public.proposals),
    )


def idea_links(ideas: Sequence[Idea], proposals: Mapping[str, str]) -> dict[str, str]:
    """Each idea's proposal address; an idea merged into another carries that one's."""
    links = dict(proposals)
    for idea in ideas:
        if idea.id not in links and idea.merged_into and idea.merged_into in proposals:
            links[idea.id] = proposals[idea.merged_into]
    return links


@contextlib.contextmanager
def closing_rows(rows: Iterable[Any]) -> Iterator[None]:
    """Close a row generator however its consumer stops, so streamed reads end promptly.

    An abandoned ballot stream holds a read transaction until it is closed; closing it here
    (not whenever it is garbage collected) ends it while the workspace is still open.
    """
    try:
        yield
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()


def kept_ideas(data: MeetingData) -> list[Idea]:
    return [i for i in data.ideas if is_retained(i)]


def local(value: datetime | None) -> datetime | None:
    """A stored (UTC) time as the local wall-clock time, naive, as spreadsheets want it."""
    if value is None:
        return None
    return value.astimezone().replace(tzinfo=None)


def parameters_text(poll: Poll, language: str) -> str:
    """The poll's method parameters in words ("3 choices at most, ...")."""
    params: PollParams = poll.params
    parts: list[str] = []
    method = poll.method
    if method in (PollMethod.APPROVAL, PollMethod.UPVOTES) and params.max_choices:
        parts.append(labels.word("param.max_choices", language, n=params.max_choices))
    if method is PollMethod.DOTS:
        parts.append(labels.word("param.points", language, n=params.points))
        if params.max_per_option:
            parts.append(labels.word("param.max_per_option", language, n=params.max_per_option))
    if method is PollMethod.MAJORITY_JUDGMENT:
        parts.append(labels.word("param.grades", language, grades=", ".join(params.grades)))
    if not params.allow_change:
        parts.append(labels.word("param.no_change", language))
    if method is PollMethod.YES_NO_ABSTAIN:  # not what a share is of elsewhere: said
        parts.append(terms.share_base(ShareBase.VOTES_CAST_YES_NO, language))
    return "; ".join(parts)


class BallotReader:
    """Turns a poll's ballots into readable text, without the voter (ballots are anonymous)."""

    def __init__(self, poll: PollData, language: str) -> None:
        self.poll = poll.poll
        self.language = language
        self.labels = {o.id: o.label for o in self.poll.options}
        self.unknown = labels.word("value.unknown_option", language)
        self.answers = {k: labels.answer(k, language) for k in ("yes", "no", "abstain")}
        grades = self.poll.params.grades
        self.grades = tuple(grades)

    def _label(self, option_id: object) -> str:
        return self.labels.get(option_id, self.unknown) if isinstance(option_id, str) else ""

    def text(self, content: Mapping[str, Any]) -> str:
        method = self.poll.method
        if method is PollMethod.SINGLE:
            return self._label(content.get("option"))
        if method is PollMethod.YES_NO_ABSTAIN:
            answer = content.get("answer")
            return self.answers.get(answer, "") if isinstance(answer, str) else ""
        if method in (PollMethod.APPROVAL, PollMethod.UPVOTES):
            chosen = content.get("options")
            if not isinstance(chosen, list):
                return ""
            return " | ".join(self._label(o) for o in chosen)
        if method is PollMethod.DOTS:
            points = content.get("points")
            if not isinstance(points, Mapping):
                return ""
            return " | ".join(f"{self._label(o)}: {n}" for o, n in points.items())
        grades = content.get("grades")
        if not isinstance(grades, Mapping):
            return ""
        return " | ".join(f"{self._label(o)}: {self._grade(g)}" for o, g in grades.items())

    def _grade(self, grade: object) -> str:
        if isinstance(grade, int) and 0 <= grade < len(self.grades):
            return self.grades[grade]
        return "?"


def ballot_rows(
    ws: Workspace, data: Sequence[MeetingData], language: str
) -> Iterator[tuple[MeetingData, PollData, Channel, datetime, str]]:
    """Every ballot of the meetings, streamed: (meeting, poll, channel, local time, text)."""
    for meeting in data:
        for poll in meeting.polls:
            reader = BallotReader(poll, language)
            ballot: Ballot
            for ballot in ws.bundles.iter_ballots(poll.poll.id):
                cast = ballot.cast_at.astimezone().replace(tzinfo=None)
                yield meeting, poll, ballot.channel, cast, reader.text(ballot.content)
