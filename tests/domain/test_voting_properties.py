"""Property tests: the tallies against brute-force reference implementations written here."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.ballots import validate_content, validate_counts
from facilitator.domain.model import (
    FRENCH_GRADES,
    YES_NO_ABSTAIN_ANSWERS,
    Ballot,
    Channel,
    CountEntry,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
)
from facilitator.domain.voting import Tally, median_sequence, tally

FAST = settings(max_examples=120, deadline=None)
CAST_AT = datetime(2024, 5, 1, 18, 30, tzinfo=UTC)
TYPED_CHANNELS = (Channel.PAPER, Channel.SHOW_OF_HANDS)

# --- strategies ---------------------------------------------------------------------------


@st.composite
def polls(draw: st.DrawFn, methods: Sequence[PollMethod] = tuple(PollMethod)) -> Poll:
    method = draw(st.sampled_from(methods))
    size = 0 if method is PollMethod.YES_NO_ABSTAIN else draw(st.integers(2, 5))
    params = PollParams(
        max_choices=draw(st.none() | st.integers(1, max(size, 1))),
        points=draw(st.integers(1, 6)),
        max_per_option=draw(st.none() | st.integers(1, 4)),
        grades=FRENCH_GRADES[: draw(st.integers(2, len(FRENCH_GRADES)))],
    )
    options = tuple(PollOption(label=f"Idée {i}", id=f"o{i}") for i in range(size))
    return Poll(
        meeting_id="m", question="Que faire ?", method=method, options=options, params=params
    ).validated()


@st.composite
def contents(draw: st.DrawFn, poll: Poll) -> dict[str, Any]:
    """A valid ballot content for ``poll`` (checked by validate_content on the way out)."""
    ids = [o.id for o in poll.options]
    params = poll.params
    method = poll.method
    content: dict[str, Any]
    if method is PollMethod.SINGLE:
        content = {"option": draw(st.sampled_from(ids))}
    elif method in (PollMethod.APPROVAL, PollMethod.UPVOTES):
        most = params.max_choices or len(ids)
        content = {"options": draw(st.lists(st.sampled_from(ids), unique=True, max_size=most))}
    elif method is PollMethod.YES_NO_ABSTAIN:
        content = {"answer": draw(st.sampled_from(YES_NO_ABSTAIN_ANSWERS))}
    elif method is PollMethod.DOTS:
        cap = params.max_per_option or params.points
        points: Counter[str] = Counter()
        for _ in range(draw(st.integers(1, params.points))):
            room = [i for i in ids if points[i] < cap]
            if not room:
                break
            points[draw(st.sampled_from(room))] += 1
        content = {"points": dict(points)}
    else:
        grade = st.integers(0, len(params.grades) - 1)
        content = {"grades": {i: draw(grade) for i in ids}}
    return validate_content(poll, content)


@st.composite
def polls_and_votes(
    draw: st.DrawFn, methods: Sequence[PollMethod] = tuple(PollMethod), max_votes: int = 12
) -> tuple[Poll, list[tuple[Channel, dict[str, Any]]]]:
    poll = draw(polls(methods))
    votes = draw(st.lists(st.tuples(st.sampled_from(Channel), contents(poll)), max_size=max_votes))
    return poll, votes


def make_ballots(poll: Poll, votes: Sequence[tuple[Channel, Mapping[str, Any]]]) -> list[Ballot]:
    return [
        Ballot(
            poll_id=poll.id,
            voter=f"voter-{n}",
            channel=channel,
            content=content,
            idempotency_key=f"key-{n}",
            id=f"ballot-{n}",
            cast_at=CAST_AT,
        )
        for n, (channel, content) in enumerate(votes)
    ]


def typed_counts(poll: Poll, contents_: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """What a spokesperson would type after counting these paper ballots by hand."""
    if poll.method is PollMethod.MAJORITY_JUDGMENT:
        rows = {o.id: [0] * len(poll.params.grades) for o in poll.options}
        for content in contents_:
            for option_id, grade in content["grades"].items():
                rows[option_id][grade] += 1
        return rows
    return dict(reference_totals(poll, contents_))


# --- reference implementations (slow and obvious on purpose) -------------------------------


def reference_totals(poll: Poll, contents_: Sequence[Mapping[str, Any]]) -> Counter[str]:
    totals: Counter[str] = Counter()
    for content in contents_:
        if poll.method is PollMethod.SINGLE:
            totals[content["option"]] += 1
        elif poll.method in (PollMethod.APPROVAL, PollMethod.UPVOTES):
            totals.update(content["options"])
        elif poll.method is PollMethod.YES_NO_ABSTAIN:
            totals[content["answer"]] += 1
        elif poll.method is PollMethod.DOTS:
            totals.update(content["points"])
        else:
            totals.update(content["grades"].keys())
    return totals


def reference_majority_values(
    poll: Poll, contents_: Sequence[Mapping[str, Any]]
) -> dict[str, list[int]]:
    """Balinski & Laraki's majority value: take the lower median, remove it, and again."""
    values = {}
    for option in poll.options:
        grades = [c["grades"][option.id] for c in contents_]
        value = []
        while grades:
            grades = sorted(grades)  # best (0) first
            value.append(grades.pop(len(grades) // 2))  # the worse middle one when even
        values[option.id] = value
    return values


def reference_ranks(poll: Poll, contents_: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    if poll.method is PollMethod.MAJORITY_JUDGMENT:
        values = reference_majority_values(poll, contents_)
        return {k: 1 + sum(other < mine for other in values.values()) for k, mine in values.items()}
    totals = reference_totals(poll, contents_)
    if poll.method is PollMethod.YES_NO_ABSTAIN:
        yes, no = totals["yes"], totals["no"]
        return {"yes": 1 + (no > yes), "no": 1 + (yes > no), "abstain": 3}
    ids = [o.id for o in poll.options]
    return {i: 1 + sum(totals[j] > totals[i] for j in ids) for i in ids}


def ranks(result: Tally) -> dict[str, int]:
    return {o.option_id: o.rank for o in result.options}


def votes(result: Tally) -> dict[str, int]:
    return {o.option_id: o.votes for o in result.options}


def ballot_for(poll: Poll, option_id: str) -> dict[str, Any]:
    """The strongest ballot for one option."""
    method = poll.method
    if method is PollMethod.SINGLE:
        return {"option": option_id}
    if method in (PollMethod.APPROVAL, PollMethod.UPVOTES):
        return {"options": [option_id]}
    if method is PollMethod.YES_NO_ABSTAIN:
        return {"answer": option_id}
    if method is PollMethod.DOTS:
        cap = poll.params.max_per_option or poll.params.points
        return {"points": {option_id: min(cap, poll.params.points)}}
    worst = len(poll.params.grades) - 1
    return {"grades": {o.id: 0 if o.id == option_id else worst for o in poll.options}}


# --- properties ----------------------------------------------------------------------------


@FAST
@given(polls_and_votes())
def test_tally_agrees_with_the_reference(case: tuple[Poll, list[Any]]) -> None:
    poll, cast = case
    contents_ = [content for _, content in cast]
    result = tally(poll, make_ballots(poll, cast))

    assert result.voters == len(cast) == sum(result.turnout.values())
    assert set(result.turnout) == set(Channel)
    assert ranks(result) == reference_ranks(poll, contents_)
    totals = reference_totals(poll, contents_)
    assert votes(result) == {o.option_id: totals[o.option_id] for o in result.options}
    for option in result.options:
        assert sum(option.by_channel.values()) == option.votes
        assert 0.0 <= option.share <= 1.0
    if not cast:
        assert result.winners == () and not result.tie and result.notes
    elif result.winners:
        assert all(ranks(result)[w] == 1 for w in result.winners)
        assert result.tie == (len(result.winners) > 1)
    if poll.method is PollMethod.MAJORITY_JUDGMENT and cast:
        values = reference_majority_values(poll, contents_)
        for option in result.options:
            assert option.median_grade == values[option.option_id][0]
            assert sum(option.profile) == len(cast)
            assert list(median_sequence(option.profile)) == values[option.option_id]


@FAST
@given(polls_and_votes(), st.randoms(use_true_random=False))
def test_ballot_order_does_not_matter(case: tuple[Poll, list[Any]], rnd: random.Random) -> None:
    poll, cast = case
    ballots = make_ballots(poll, cast)
    shuffled = list(ballots)
    rnd.shuffle(shuffled)
    assert tally(poll, shuffled) == tally(poll, ballots)


@FAST
@given(polls_and_votes())
def test_what_is_cast_is_what_is_counted(case: tuple[Poll, list[Any]]) -> None:
    poll, cast = case
    result = tally(poll, make_ballots(poll, cast))
    total = sum(votes(result).values())
    contents_ = [content for _, content in cast]
    if poll.method in (PollMethod.SINGLE, PollMethod.YES_NO_ABSTAIN):
        assert total == len(cast)
    elif poll.method in (PollMethod.APPROVAL, PollMethod.UPVOTES):
        assert total == sum(len(c["options"]) for c in contents_)
    elif poll.method is PollMethod.DOTS:
        assert total == sum(sum(c["points"].values()) for c in contents_)
    else:
        assert total == len(cast) * len(poll.options)
    if poll.method in (PollMethod.SINGLE, PollMethod.DOTS) and total:
        assert abs(sum(o.share for o in result.options) - 1.0) < 1e-9
    if poll.method is PollMethod.YES_NO_ABSTAIN:
        # shares of the votes cast (yes + no): abstentions stand apart
        cast = [o for o in result.options if o.option_id != "abstain"]
        if sum(o.votes for o in cast):
            assert abs(sum(o.share for o in cast) - 1.0) < 1e-9


@FAST
@given(polls_and_votes(), st.data())
def test_a_ballot_for_an_option_never_hurts_it(
    case: tuple[Poll, list[Any]], data: st.DataObject
) -> None:
    poll, cast = case
    keys = (
        ["yes", "no"] if poll.method is PollMethod.YES_NO_ABSTAIN else [o.id for o in poll.options]
    )
    favourite = data.draw(st.sampled_from(keys))
    extra = (Channel.PHONE, validate_content(poll, ballot_for(poll, favourite)))
    before = tally(poll, make_ballots(poll, cast))
    after = tally(poll, make_ballots(poll, [*cast, extra]))

    assert votes(after)[favourite] > votes(before)[favourite]
    assert ranks(after)[favourite] <= ranks(before)[favourite]
    if favourite in before.winners:
        assert after.winners == (favourite,)
    if poll.method is PollMethod.MAJORITY_JUDGMENT and cast:
        old = before.option(favourite)
        new = after.option(favourite)
        assert old is not None and new is not None
        assert new.median_grade is not None and old.median_grade is not None
        assert new.median_grade <= old.median_grade


@FAST
@given(polls_and_votes(max_votes=16), st.data())
def test_typed_counts_equal_the_same_ballots(
    case: tuple[Poll, list[Any]], data: st.DataObject
) -> None:
    """Paper and show-of-hands votes typed in as counts tally exactly like ballots would."""
    poll, cast = case
    kept = [(ch, c) for ch, c in cast if ch not in TYPED_CHANNELS]
    entries = []
    for channel in TYPED_CHANNELS:
        counted = [c for ch, c in cast if ch is channel]
        if not counted:
            continue
        counts, voters = validate_counts(poll, typed_counts(poll, counted), len(counted))
        assert voters == len(counted)
        # Single choice and yes/no/abstain may leave the number of voters out.
        if poll.method in (PollMethod.SINGLE, PollMethod.YES_NO_ABSTAIN) and data.draw(
            st.booleans()
        ):
            voters = 0
        entries.append(CountEntry(poll_id=poll.id, channel=channel, counts=counts, voters=voters))

    as_ballots = tally(poll, make_ballots(poll, cast))
    as_counts = tally(poll, make_ballots(poll, kept), entries)
    assert as_counts == as_ballots
    assert as_counts.to_dict() == as_ballots.to_dict()


@FAST
@given(polls_and_votes(methods=[PollMethod.MAJORITY_JUDGMENT]))
def test_majority_grade_is_the_best_grade_a_majority_grants(
    case: tuple[Poll, list[Any]],
) -> None:
    """Lower median, restated: the best grade g such that more than half grade at g or better."""
    poll, cast = case
    result = tally(poll, make_ballots(poll, cast))
    for option in result.options:
        n = sum(option.profile)
        expected = next(
            (g for g in range(len(option.profile)) if 2 * sum(option.profile[: g + 1]) > n), None
        )
        assert option.median_grade == expected
