"""The five tables every spreadsheet export holds, as typed rows in the meeting's language.

Summary, Ideas, Polls, Ballots and Attendance are built once here; the xlsx and CSV writers
only render them. Ballot rows are streamed. A column's ``kind`` tells a writer how to show
its values: text, wrapped text, whole number, percentage, date and time, or yes/no.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from facilitator.domain.model import Channel, PollMethod, PollState
from facilitator.export import labels
from facilitator.export.data import MeetingData, PollData, ballot_rows, local, parameters_text
from facilitator.storage.workspace import Workspace


class Kind(Enum):
    TEXT = "text"
    WRAPPED = "wrapped"
    NUMBER = "number"
    PERCENT = "percent"
    DATETIME = "datetime"
    BOOL = "bool"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    width: float
    kind: Kind = Kind.TEXT


Row = list[Any]


@dataclass(frozen=True, slots=True)
class PollBlock:
    """The Polls-table rows of one poll (one per option), kept together for its chart."""

    meeting: MeetingData
    poll: PollData
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class Layout:
    """Column definitions of the five tables for a given set of meetings and language."""

    language: str
    summary: list[Column]
    ideas: list[Column]
    polls: list[Column]
    ballots: list[Column]
    attendance: list[Column]
    #: 0-based indexes in a Polls row
    option_col: int
    votes_col: int
    first_grade_col: int
    grade_count: int

    def sheet(self, key: str) -> str:
        return labels.word(f"sheet.{key}", self.language)


def _grade_headers(data: Sequence[MeetingData], language: str) -> list[str]:
    """Grade column headers: the grades' names when all judgment polls share them."""
    grade_sets = {
        p.poll.params.grades
        for m in data
        for p in m.polls
        if p.poll.method is PollMethod.MAJORITY_JUDGMENT
    }
    if not grade_sets:
        return []
    if len(grade_sets) == 1:
        return list(next(iter(grade_sets)))
    most = max(len(g) for g in grade_sets)
    word = "Mention" if language == "fr" else "Grade"
    return [f"{word} {n}" for n in range(1, most + 1)]


def layout(data: Sequence[MeetingData], language: str) -> Layout:
    w = labels.word
    lang = language
    channels = list(Channel)
    grades = _grade_headers(data, lang)
    polls = [
        Column(w("col.meeting", lang), 24),
        Column(w("col.number", lang), 6, Kind.NUMBER),
        Column(w("col.question", lang), 40),
        Column(w("col.method", lang), 18),
        Column(w("col.parameters", lang), 22),
        Column(w("col.state", lang), 10),
        Column(w("col.shown_to_room", lang), 30),
        Column(w("col.voters", lang), 9, Kind.NUMBER),
        Column(w("col.option", lang), 40),
        Column(w("col.votes", lang), 8, Kind.NUMBER),
        Column(w("col.share", lang), 8, Kind.PERCENT),
        Column(w("col.rank", lang), 7, Kind.NUMBER),
        Column(w("col.winner", lang), 9),
        *[Column(labels.channel(c, lang), 11, Kind.NUMBER) for c in channels],
        Column(w("col.majority_grade", lang), 16),
        *[Column(name, 10, Kind.NUMBER) for name in grades],
    ]
    return Layout(
        language=lang,
        summary=[
            Column(w("col.meeting", lang), 40),
            Column(w("col.date", lang), 17, Kind.DATETIME),
            Column(w("col.neighbourhood", lang), 22),
            Column(w("col.place", lang), 30),
            Column(w("col.status", lang), 11),
            Column(w("col.attendance", lang), 13, Kind.NUMBER),
            Column(w("col.ideas", lang), 9, Kind.NUMBER),
            Column(w("col.pending_ideas", lang), 14, Kind.NUMBER),
            Column(w("col.themes", lang), 9, Kind.NUMBER),
            Column(w("col.polls", lang), 9, Kind.NUMBER),
            Column(w("col.ballots", lang), 11, Kind.NUMBER),
            Column(w("col.most_voters", lang), 14, Kind.NUMBER),
            Column(w("col.participation", lang), 14, Kind.PERCENT),
            Column(w("col.sync", lang), 22),
            Column(w("col.platform_link", lang), 30),
        ],
        ideas=[
            Column(w("col.meeting", lang), 28),
            Column(w("col.number", lang), 6, Kind.NUMBER),
            Column(w("col.idea", lang), 60, Kind.WRAPPED),
            Column(w("col.theme", lang), 20),
            Column(w("col.source", lang), 14),
            Column(w("col.status", lang), 14),
            Column(w("col.merged_into", lang), 12, Kind.NUMBER),
            Column(w("col.votes", lang), 8, Kind.NUMBER),
            Column(w("col.created", lang), 17, Kind.DATETIME),
            Column(w("col.proposal_link", lang), 50),
        ],
        polls=polls,
        ballots=[
            Column(w("col.meeting", lang), 24),
            Column(w("col.poll", lang), 6, Kind.NUMBER),
            Column(w("col.question", lang), 36),
            Column(w("col.channel", lang), 13),
            Column(w("col.cast_at", lang), 19, Kind.DATETIME),
            Column(w("col.content", lang), 60),
        ],
        attendance=[
            Column(w("col.meeting", lang), 40),
            Column(w("col.date", lang), 17, Kind.DATETIME),
            Column(w("col.headcount", lang), 13, Kind.NUMBER),
            Column(w("col.most_voters", lang), 14, Kind.NUMBER),
            Column(w("col.participation", lang), 14, Kind.PERCENT),
            *[
                Column(f"{w('col.voters', lang)} — {labels.channel(c, lang)}", 13, Kind.NUMBER)
                for c in channels
            ],
            Column(w("col.tickets_issued", lang), 10, Kind.NUMBER),
            Column(w("col.tickets_used", lang), 10, Kind.NUMBER),
            Column(w("col.notes", lang), 40, Kind.WRAPPED),
            Column(w("col.updated", lang), 17, Kind.DATETIME),
        ],
        option_col=8,
        votes_col=9,
        first_grade_col=14 + len(channels),
        grade_count=len(grades),
    )


def summary_rows(data: Sequence[MeetingData], language: str) -> Iterator[Row]:
    for m in data:
        s = m.summary
        yield [
            m.meeting.title,
            local(m.meeting.date),
            m.meeting.neighbourhood,
            m.meeting.place,
            labels.meeting_status(m.meeting.status, language),
            m.headcount,  # empty when nobody counted, never 0
            s.ideas,
            s.pending_ideas,
            s.themes,
            s.polls,
            m.ballot_count,
            m.most_voters,
            m.participation,
            labels.word("value.synced" if m.synced else "value.not_synced", language),
            m.platform_url,
        ]


def idea_rows(data: Sequence[MeetingData], language: str) -> Iterator[Row]:
    for m in data:
        numbers = m.idea_number()
        for n, idea in enumerate(m.ideas, 1):
            yield [
                m.meeting.title,
                n,
                idea.text,
                idea.theme or None,
                labels.source(idea.source, language),
                labels.idea_status(idea.status, language),
                numbers.get(idea.merged_into) if idea.merged_into else None,
                m.idea_votes.get(idea.id, 0),
                local(idea.created_at),
                m.idea_links.get(idea.id),
            ]


def poll_blocks(data: Sequence[MeetingData], language: str) -> Iterator[PollBlock]:
    channels = list(Channel)
    # every row as wide as the header: polls without grades (or with fewer) leave them empty
    grade_count = len(_grade_headers(data, language))
    for m in data:
        for p in m.polls:
            result = p.tally
            params = parameters_text(p.poll, language) or None
            # a draft was never put to the room: nothing to say either way
            shown = (
                None if p.poll.state is PollState.DRAFT else labels.shown_to_room(p.poll, language)
            )
            rows: list[Row] = []
            mark = labels.word("value.tie" if result.tie else "value.yes", language)

            def winner(
                option_id: str, mark: str = mark, winners: tuple[str, ...] = result.winners
            ) -> str | None:
                return mark if option_id in winners else None

            for option in result.options:
                median = option.median_grade
                rows.append(
                    [
                        m.meeting.title,
                        p.number,
                        p.poll.question,
                        labels.method(p.poll.method, language),
                        params,
                        labels.poll_state(p.poll.state, language),
                        shown,
                        result.voters,
                        p.option_label(option.option_id, language),
                        option.votes,
                        # abstentions stand apart from the votes cast the shares are of
                        None if option.option_id == "abstain" else option.share,
                        option.rank if result.voters else None,
                        winner(option.option_id),
                        *[option.by_channel.get(c, 0) for c in channels],
                        result.grades[median] if median is not None else None,
                        *option.profile,
                        *[None] * (grade_count - len(option.profile)),
                    ]
                )
            yield PollBlock(meeting=m, poll=p, rows=rows)


def ballot_table(ws: Workspace, data: Sequence[MeetingData], language: str) -> Iterator[Row]:
    """One row per ballot, streamed; never the voter (ballots are anonymous)."""
    channel_names = {c: labels.channel(c, language) for c in Channel}
    for meeting, poll, channel, cast, text in ballot_rows(ws, data, language):
        yield [
            meeting.meeting.title,
            poll.number,
            poll.poll.question,
            channel_names[channel],
            cast,
            text or None,
        ]


def attendance_rows(data: Sequence[MeetingData]) -> Iterator[Row]:
    channels = list(Channel)
    for m in data:
        turnout = {
            c: max((p.tally.turnout.get(c, 0) for p in m.polls), default=0) for c in channels
        }
        yield [
            m.meeting.title,
            local(m.meeting.date),
            m.headcount,  # empty when nobody counted, never 0
            m.most_voters,
            m.participation,
            *[turnout[c] for c in channels],
            m.tickets_issued,
            m.tickets_used,
            m.attendance.notes or None,
            local(m.attendance.updated_at),
        ]
