"""Tallies: what each voting method makes of a poll's ballots and typed counts.

One pure function per method, and :func:`tally`, which picks the right one. Ballots are trusted
to have passed :func:`facilitator.domain.ballots.validate_content`; a vote for an option that
has since left the poll is ignored (and noted), never an error. Counts typed in by the
spokesperson (show of hands, paper) join the same totals, kept apart per channel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from facilitator.domain.ballots import is_count
from facilitator.domain.model import (
    YES_NO_ABSTAIN_ANSWERS,
    Channel,
    CountEntry,
    Poll,
    PollMethod,
)


class Marked(Protocol):
    """What a tally reads of a ballot: its channel and what it marks. A
    :class:`~facilitator.domain.model.Ballot` is one; storage counts a room's ballots from
    lighter rows that carry only these two."""

    @property
    def channel(self) -> Channel: ...

    @property
    def content(self) -> Mapping[str, Any]: ...


#: Notes a tally may carry: stable codes, so each screen can word them in its own language
#: (``domain/terms.py``).
NOTE_NO_BALLOTS = "no_ballots"
NOTE_NO_VOTES = "no_votes"
NOTE_IGNORED_VOTES = "ignored_votes"


class ShareBase(StrEnum):
    """What an option's ``share`` is a fraction of (each screen says it, see ``terms.py``)."""

    VOTES = "votes"  # single choice: of the votes
    VOTERS = "voters"  # approval, upvotes, majority judgment: of the voters
    POINTS = "points"  # dots: of the points given
    #: yes/no/abstain, as French practice counts them: yes and no are shares of the votes cast
    #: (suffrages exprimés, yes + no); abstentions stand apart, a share of all the answers
    VOTES_CAST_YES_NO = "votes_cast_yes_no"


@dataclass(frozen=True, slots=True)
class OptionResult:
    """How one option fared.

    ``votes`` is the number of votes (points for dots, grades given for majority judgment).
    ``share`` is a fraction of what the tally's ``share_base`` names: the votes for single
    choice, the voters for approval, upvotes and majority judgment, the points for dots, and
    for yes/no/abstain the votes cast (yes + no), abstentions apart. ``rank`` 1 is best; ties share
    a rank and the next rank is skipped (1, 1, 3).
    """

    option_id: str
    label: str
    votes: int
    share: float
    by_channel: Mapping[Channel, int]
    rank: int
    #: Majority judgment only: count per grade, best first (the merit profile).
    profile: tuple[int, ...] = ()
    #: Majority judgment only: the majority grade (lower median), an index into the grades.
    median_grade: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "option_id": self.option_id,
            "label": self.label,
            "votes": self.votes,
            "share": self.share,
            "by_channel": {str(channel): n for channel, n in self.by_channel.items()},
            "rank": self.rank,
            "profile": list(self.profile),
            "median_grade": self.median_grade,
        }


@dataclass(frozen=True, slots=True)
class Tally:
    """The result of a poll at one moment. ``winners`` holds more than one id on a tie."""

    poll_id: str
    method: PollMethod
    options: tuple[OptionResult, ...]
    winners: tuple[str, ...]
    tie: bool
    voters: int
    turnout: Mapping[Channel, int]
    grades: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    share_base: ShareBase = ShareBase.VOTES

    def option(self, option_id: str) -> OptionResult | None:
        for result in self.options:
            if result.option_id == option_id:
                return result
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (for the phone page, the projector and exports)."""
        options = []
        for result in self.options:
            data = result.to_dict()
            median = result.median_grade
            data["median_grade_name"] = None if median is None else self.grades[median]
            options.append(data)
        return {
            "poll_id": self.poll_id,
            "method": str(self.method),
            "options": options,
            "winners": list(self.winners),
            "tie": self.tie,
            "voters": self.voters,
            "turnout": {str(channel): n for channel, n in self.turnout.items()},
            "grades": list(self.grades),
            "notes": list(self.notes),
            "share_base": str(self.share_base),
        }


def tally(poll: Poll, ballots: Iterable[Marked], counts: Iterable[CountEntry] = ()) -> Tally:
    """Tally ``poll`` with the method it was opened with."""
    return _TALLIES[poll.method](poll, ballots, counts)


def tally_single(poll: Poll, ballots: Iterable[Marked], counts: Iterable[CountEntry] = ()) -> Tally:
    """Single choice: the most votes wins; equal top counts are a tie."""
    return _count_tally(poll, ballots, counts, share_of_voters=False)


def tally_approval(
    poll: Poll, ballots: Iterable[Marked], counts: Iterable[CountEntry] = ()
) -> Tally:
    """Approval: each option counts the voters who picked it; the most picked wins."""
    return _count_tally(poll, ballots, counts, share_of_voters=True)


def tally_upvotes(
    poll: Poll, ballots: Iterable[Marked], counts: Iterable[CountEntry] = ()
) -> Tally:
    """Upvotes (brainstorm): ideas ranked by how many people upvoted them."""
    return _count_tally(poll, ballots, counts, share_of_voters=True)


def tally_dots(poll: Poll, ballots: Iterable[Marked], counts: Iterable[CountEntry] = ()) -> Tally:
    """Dots: points per option; the most points wins."""
    return _count_tally(poll, ballots, counts, share_of_voters=False)


def tally_yes_no_abstain(
    poll: Poll, ballots: Iterable[Marked], counts: Iterable[CountEntry] = ()
) -> Tally:
    """Yes/no/abstain: yes wins with more yes than no, no with more no than yes.

    Abstentions are counted and shown but decide nothing; equal yes and no is a tie.
    """
    board = _collect(poll, YES_NO_ABSTAIN_ANSWERS, ballots, counts)
    answered = sum(board.total(key) for key in YES_NO_ABSTAIN_ANSWERS)
    yes, no = board.total("yes"), board.total("no")
    bases = {"yes": yes + no, "no": yes + no, "abstain": answered}
    ranks = {"yes": 1 + (no > yes), "no": 1 + (yes > no), "abstain": 3}
    results = tuple(
        OptionResult(
            # a tally is in no language: each screen words the answers in its own
            option_id=key,
            label=key,
            votes=board.total(key),
            share=_fraction(board.total(key), bases[key]),
            by_channel=board.by_key[key],
            rank=ranks[key],
        )
        for key in YES_NO_ABSTAIN_ANSWERS
    )
    return _finish(
        poll, results, board, contenders=("yes", "no"), share_base=ShareBase.VOTES_CAST_YES_NO
    )


def tally_majority_judgment(
    poll: Poll, ballots: Iterable[Marked], counts: Iterable[CountEntry] = ()
) -> Tally:
    """Majority judgment (Balinski & Laraki).

    Each option's majority grade is the lower median of its grades. Options with the same
    majority grade are split by removing one median grade from each and comparing again, until
    the medians differ or the grades run out (an exact tie). Options with no grade rank last.
    """
    grade_count = len(poll.params.grades)
    keys = tuple(option.id for option in poll.options)
    board = _Board(keys)
    profiles = {key: [0] * grade_count for key in keys}
    for ballot in ballots:
        board.turnout[ballot.channel] += 1
        grades = ballot.content.get("grades")
        if not isinstance(grades, Mapping):
            continue
        for option_id, grade in grades.items():
            if option_id in profiles and is_count(grade) and 0 <= grade < grade_count:
                profiles[option_id][grade] += 1
                board.add(option_id, ballot.channel, 1)
            else:
                board.ignored = True
    for entry in counts:
        most = 0
        for option_id, row in entry.counts.items():
            if option_id not in profiles or not _is_profile(row, grade_count):
                board.ignored = True
                continue
            for grade, n in enumerate(row):
                profiles[option_id][grade] += n
            board.add(option_id, entry.channel, sum(row))
            most = max(most, sum(row))
        board.turnout[entry.channel] += max(_given_voters(entry), most)

    voters = board.voters
    sequences = {key: median_sequence(profiles[key]) for key in keys}
    results = tuple(
        OptionResult(
            option_id=option.id,
            label=option.label,
            votes=board.total(option.id),
            share=_fraction(board.total(option.id), voters),
            by_channel=board.by_key[option.id],
            rank=1 + sum(_judged_better(sequences[k], sequences[option.id]) for k in keys),
            profile=tuple(profiles[option.id]),
            median_grade=sequences[option.id][0] if sequences[option.id] else None,
        )
        for option in poll.options
    )
    return _finish(
        poll,
        results,
        board,
        contenders=keys,
        grades=poll.params.grades,
        share_base=ShareBase.VOTERS,
    )


def median_sequence(profile: Sequence[int]) -> tuple[int, ...]:
    """The grades of a merit profile in the order majority judgment reads them.

    ``profile[g]`` is how many times grade ``g`` (0 = best) was given. The first item is the
    majority grade (the lower median: the worse of the two middle grades for an even count);
    each next item is the majority grade once the previous ones are removed. Comparing these
    sequences lexicographically (smaller is better) is Balinski & Laraki's majority ranking.
    """
    grades = [grade for grade, n in enumerate(profile) for _ in range(n)]
    size = len(grades)
    if size == 0:
        return ()
    middle = size // 2
    # Removing medians one by one empties the sorted list from its middle outwards,
    # alternating sides: worse side first after an odd count, better side first after an even.
    better = grades[middle - 1 :: -1] if middle else []
    worse = grades[middle + 1 :]
    first, second = (worse, better) if size % 2 else (better, worse)
    sequence = [grades[middle]]
    for index, grade in enumerate(first):
        sequence.append(grade)
        if index < len(second):
            sequence.append(second[index])
    return tuple(sequence)


def _judged_better(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether median sequence ``a`` ranks strictly above ``b``.

    Options graded by different numbers of voters (an option added after voting began) are
    compared on the medians they both have; any grade beats none.
    """
    if not a:
        return False
    if not b:
        return True
    length = min(len(a), len(b))
    return a[:length] < b[:length]


class _Board:
    """Running totals per option (or answer) and channel, and voters per channel."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.by_key: dict[str, dict[Channel, int]] = {
            key: dict.fromkeys(Channel, 0) for key in keys
        }
        self.turnout: dict[Channel, int] = dict.fromkeys(Channel, 0)
        self.ignored = False

    def add(self, key: object, channel: Channel, amount: int) -> bool:
        row = self.by_key.get(key) if isinstance(key, str) else None
        if row is None:
            self.ignored = True
            return False
        row[channel] += amount
        return True

    def total(self, key: str) -> int:
        return sum(self.by_key[key].values())

    @property
    def voters(self) -> int:
        return sum(self.turnout.values())


def _collect(
    poll: Poll, keys: Iterable[str], ballots: Iterable[Marked], counts: Iterable[CountEntry]
) -> _Board:
    board = _Board(keys)
    for ballot in ballots:
        board.turnout[ballot.channel] += 1
        for key, amount in _marks(poll.method, ballot.content):
            board.add(key, ballot.channel, amount)
    for entry in counts:
        credited: list[int] = []
        for key, amount in entry.counts.items():
            if is_count(amount) and amount > 0 and board.add(key, entry.channel, amount):
                credited.append(amount)
        board.turnout[entry.channel] += max(_given_voters(entry), _least_voters(poll, credited))
    return board


def _marks(method: PollMethod, content: Mapping[str, Any]) -> Iterator[tuple[object, int]]:
    """What a (validated) ballot gives to whom, read defensively."""
    if method is PollMethod.SINGLE:
        yield content.get("option"), 1
    elif method is PollMethod.YES_NO_ABSTAIN:
        yield content.get("answer"), 1
    elif method is PollMethod.APPROVAL or method is PollMethod.UPVOTES:
        options = content.get("options")
        if isinstance(options, list | tuple):
            for option_id in dict.fromkeys(o for o in options if isinstance(o, str)):
                yield option_id, 1
    elif method is PollMethod.DOTS:
        points = content.get("points")
        if isinstance(points, Mapping):
            for option_id, n in points.items():
                if is_count(n) and n > 0:
                    yield option_id, n


def _given_voters(entry: CountEntry) -> int:
    return entry.voters if is_count(entry.voters) and entry.voters > 0 else 0


def _least_voters(poll: Poll, amounts: Sequence[int]) -> int:
    """The fewest voters that could have produced these typed counts."""
    if poll.method is PollMethod.APPROVAL or poll.method is PollMethod.UPVOTES:
        return max(amounts, default=0)
    if poll.method is PollMethod.DOTS:
        return -(-sum(amounts) // max(poll.params.points, 1))
    return sum(amounts)


def _is_profile(row: object, grade_count: int) -> bool:
    return (
        isinstance(row, list | tuple)
        and len(row) == grade_count
        and all(is_count(n) and n >= 0 for n in row)
    )


def _count_tally(
    poll: Poll, ballots: Iterable[Marked], counts: Iterable[CountEntry], *, share_of_voters: bool
) -> Tally:
    keys = tuple(option.id for option in poll.options)
    board = _collect(poll, keys, ballots, counts)
    totals = {key: board.total(key) for key in keys}
    base = board.voters if share_of_voters else sum(totals.values())
    if share_of_voters:
        share_base = ShareBase.VOTERS
    else:
        share_base = ShareBase.POINTS if poll.method is PollMethod.DOTS else ShareBase.VOTES
    results = tuple(
        OptionResult(
            option_id=option.id,
            label=option.label,
            votes=totals[option.id],
            share=_fraction(totals[option.id], base),
            by_channel=board.by_key[option.id],
            rank=1 + sum(n > totals[option.id] for n in totals.values()),
        )
        for option in poll.options
    )
    return _finish(poll, results, board, contenders=keys, share_base=share_base)


def _finish(
    poll: Poll,
    results: tuple[OptionResult, ...],
    board: _Board,
    *,
    contenders: Sequence[str],
    grades: tuple[str, ...] = (),
    share_base: ShareBase = ShareBase.VOTES,
) -> Tally:
    notes: list[str] = []
    winners: tuple[str, ...] = ()
    if board.voters == 0:
        notes.append(NOTE_NO_BALLOTS)
    elif all(board.total(key) == 0 for key in contenders):
        notes.append(NOTE_NO_VOTES)
    else:
        winners = tuple(r.option_id for r in results if r.option_id in contenders and r.rank == 1)
    if board.ignored:
        notes.append(NOTE_IGNORED_VOTES)
    return Tally(
        poll_id=poll.id,
        method=poll.method,
        options=results,
        winners=winners,
        tie=len(winners) > 1,
        voters=board.voters,
        turnout=board.turnout,
        grades=grades,
        notes=tuple(notes),
        share_base=share_base,
    )


def _fraction(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


_TALLIES: Mapping[PollMethod, Callable[[Poll, Iterable[Marked], Iterable[CountEntry]], Tally]] = {
    PollMethod.SINGLE: tally_single,
    PollMethod.APPROVAL: tally_approval,
    PollMethod.YES_NO_ABSTAIN: tally_yes_no_abstain,
    PollMethod.DOTS: tally_dots,
    PollMethod.MAJORITY_JUDGMENT: tally_majority_judgment,
    PollMethod.UPVOTES: tally_upvotes,
}
