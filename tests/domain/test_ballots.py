"""Ballot content and typed counts: what is accepted, how it is tidied, what is refused."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.ballots import MAX_COUNT, validate_content, validate_counts
from facilitator.domain.errors import ValidationError
from facilitator.domain.model import (
    YES_NO_ABSTAIN_ANSWERS,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
)

LABELS = ("Bancs", "Arbres", "Jeux")
IDS = tuple(label.lower() for label in LABELS)


def make_poll(method: PollMethod, **params: Any) -> Poll:
    labels = () if method is PollMethod.YES_NO_ABSTAIN else LABELS
    options = tuple(PollOption(label=label, id=label.lower()) for label in labels)
    return Poll(
        meeting_id="m",
        question="Que faire du square ?",
        method=method,
        options=options,
        params=PollParams(**params),
    ).validated()


def refused(poll: Poll, content: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_content(poll, content)
    error = caught.value
    assert error.en and error.fr and error.en != error.fr
    assert len(error.en) < 120 and len(error.fr) < 140  # short enough to read on a phone
    return error


def counts_refused(poll: Poll, counts: Any, voters: Any = 0) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_counts(poll, counts, voters)
    error = caught.value
    assert error.en and error.fr and error.en != error.fr
    return error


# --- accepted ballots, in canonical form ---------------------------------------------------


def test_single_choice() -> None:
    poll = make_poll(PollMethod.SINGLE)
    assert validate_content(poll, {"option": "jeux"}) == {"option": "jeux"}


def test_approval_comes_back_in_poll_order_and_may_be_blank() -> None:
    poll = make_poll(PollMethod.APPROVAL, max_choices=2)
    assert validate_content(poll, {"options": ["jeux", "bancs"]}) == {"options": ["bancs", "jeux"]}
    assert validate_content(poll, {"options": []}) == {"options": []}
    assert validate_content(poll, {"options": ("arbres",)}) == {"options": ["arbres"]}


def test_approval_without_maximum_takes_every_option() -> None:
    poll = make_poll(PollMethod.APPROVAL)
    assert validate_content(poll, {"options": list(IDS)}) == {"options": list(IDS)}


@pytest.mark.parametrize("answer", YES_NO_ABSTAIN_ANSWERS)
def test_yes_no_abstain(answer: str) -> None:
    poll = make_poll(PollMethod.YES_NO_ABSTAIN)
    assert validate_content(poll, {"answer": answer}) == {"answer": answer}


def test_dots_drop_zero_entries_and_keep_poll_order() -> None:
    poll = make_poll(PollMethod.DOTS, points=5, max_per_option=3)
    content = {"points": {"jeux": 3, "arbres": 0, "bancs": 2}}
    assert validate_content(poll, content) == {"points": {"bancs": 2, "jeux": 3}}
    # Fewer points than available is fine: a voter may hold some back.
    assert validate_content(poll, {"points": {"arbres": 1}}) == {"points": {"arbres": 1}}


def test_majority_judgment_grades_every_option() -> None:
    poll = make_poll(PollMethod.MAJORITY_JUDGMENT)
    content = {"grades": {"jeux": 6, "bancs": 0, "arbres": 3}}
    assert validate_content(poll, content) == {"grades": {"bancs": 0, "arbres": 3, "jeux": 6}}


def test_upvotes_may_be_withdrawn_with_an_empty_list() -> None:
    poll = make_poll(PollMethod.UPVOTES, max_choices=1)
    assert validate_content(poll, {"options": ["arbres"]}) == {"options": ["arbres"]}
    assert validate_content(poll, {"options": []}) == {"options": []}


# --- refused ballots -----------------------------------------------------------------------

HUGE = ["bancs"] * 100_000

BAD_CONTENT: list[tuple[PollMethod, dict[str, Any], Any, str]] = [
    (PollMethod.SINGLE, {}, {"option": "piscine"}, "not in the poll"),
    (PollMethod.SINGLE, {}, {"option": 1}, "Choose one option"),
    (PollMethod.SINGLE, {}, {"option": None}, "Choose one option"),
    (PollMethod.SINGLE, {}, {"option": ["bancs"]}, "Choose one option"),
    (PollMethod.SINGLE, {}, {}, "expected form"),
    (PollMethod.SINGLE, {}, {"option": "bancs", "extra": 1}, "expected form"),
    (PollMethod.SINGLE, {}, {"options": ["bancs"]}, "expected form"),
    (PollMethod.SINGLE, {}, "bancs", "expected form"),
    (PollMethod.SINGLE, {}, None, "expected form"),
    (PollMethod.SINGLE, {}, ["option", "bancs"], "expected form"),
    (PollMethod.APPROVAL, {}, {"options": "bancs"}, "expected form"),
    (PollMethod.APPROVAL, {}, {"options": {"bancs": True}}, "expected form"),
    (PollMethod.APPROVAL, {}, {"options": ["bancs", "bancs"]}, "twice"),
    (PollMethod.APPROVAL, {}, {"options": ["piscine"]}, "not in the poll"),
    (PollMethod.APPROVAL, {}, {"options": [1]}, "expected form"),
    (PollMethod.APPROVAL, {}, {"options": [True]}, "expected form"),
    (PollMethod.APPROVAL, {}, {"options": [["bancs"]]}, "expected form"),
    (PollMethod.APPROVAL, {}, {"options": [{"id": "bancs"}]}, "expected form"),
    (PollMethod.APPROVAL, {"max_choices": 2}, {"options": list(IDS)}, "at most 2"),
    (PollMethod.APPROVAL, {}, {"options": HUGE}, "at most 3"),
    (PollMethod.YES_NO_ABSTAIN, {}, {"answer": "oui"}, "yes, no or abstain"),
    (PollMethod.YES_NO_ABSTAIN, {}, {"answer": "YES"}, "yes, no or abstain"),
    (PollMethod.YES_NO_ABSTAIN, {}, {"answer": True}, "yes, no or abstain"),
    (PollMethod.YES_NO_ABSTAIN, {}, {"answer": ["yes"]}, "yes, no or abstain"),
    (PollMethod.YES_NO_ABSTAIN, {}, {"option": "yes"}, "expected form"),
    (PollMethod.DOTS, {}, {"points": {"bancs": True}}, "whole numbers"),
    (PollMethod.DOTS, {}, {"points": {"bancs": 1.0}}, "whole numbers"),
    (PollMethod.DOTS, {}, {"points": {"bancs": "2"}}, "whole numbers"),
    (PollMethod.DOTS, {}, {"points": {"bancs": -1, "jeux": 3}}, "whole numbers"),
    (PollMethod.DOTS, {}, {"points": {"bancs": 0}}, "at least one point"),
    (PollMethod.DOTS, {}, {"points": {}}, "at least one point"),
    (PollMethod.DOTS, {"points": 5}, {"points": {"bancs": 3, "jeux": 3}}, "uses 6"),
    (PollMethod.DOTS, {"points": 5}, {"points": {"bancs": 10**100}}, "5 points"),
    (PollMethod.DOTS, {"max_per_option": 2}, {"points": {"bancs": 3}}, "At most 2 points"),
    (PollMethod.DOTS, {}, {"points": {"piscine": 1}}, "not in the poll"),
    (PollMethod.DOTS, {}, {"points": [1, 2]}, "expected form"),
    (PollMethod.DOTS, {}, {"points": dict.fromkeys(map(str, range(10_000)), 1)}, "expected form"),
    (PollMethod.MAJORITY_JUDGMENT, {}, {"grades": {"bancs": 0, "arbres": 1}}, "missing: « Jeux »"),
    (PollMethod.MAJORITY_JUDGMENT, {}, {"grades": {}}, "every option"),
    (PollMethod.MAJORITY_JUDGMENT, {}, {"grades": dict.fromkeys(IDS, 7)}, "Unknown grade"),
    (PollMethod.MAJORITY_JUDGMENT, {}, {"grades": dict.fromkeys(IDS, -1)}, "Unknown grade"),
    (PollMethod.MAJORITY_JUDGMENT, {}, {"grades": dict.fromkeys(IDS, True)}, "Unknown grade"),
    (PollMethod.MAJORITY_JUDGMENT, {}, {"grades": dict.fromkeys(IDS, "0")}, "Unknown grade"),
    (PollMethod.MAJORITY_JUDGMENT, {}, {"grades": dict.fromkeys(IDS, None)}, "Unknown grade"),
    (
        PollMethod.MAJORITY_JUDGMENT,
        {"grades": ("Pour", "Contre")},
        {"grades": dict.fromkeys(IDS, 2)},
        "Unknown grade",
    ),
    (
        PollMethod.MAJORITY_JUDGMENT,
        {},
        {"grades": {**dict.fromkeys(IDS, 0), "piscine": 0}},
        "expected form",
    ),
    (PollMethod.MAJORITY_JUDGMENT, {}, {"grades": [0, 1, 2]}, "expected form"),
    (PollMethod.UPVOTES, {}, {"options": ["jeux", "jeux"]}, "twice"),
    (PollMethod.UPVOTES, {}, {"options": ["piscine"]}, "not in the poll"),
    (PollMethod.UPVOTES, {"max_choices": 1}, {"options": ["jeux", "bancs"]}, "at most 1"),
]


@pytest.mark.parametrize(("method", "params", "content", "message"), BAD_CONTENT)
def test_bad_ballots_are_refused_with_a_clear_message(
    method: PollMethod, params: dict[str, Any], content: Any, message: str
) -> None:
    error = refused(make_poll(method, **params), content)
    assert message in error.en


def test_messages_are_bilingual_and_name_the_field() -> None:
    error = refused(make_poll(PollMethod.MAJORITY_JUDGMENT), {"grades": {"bancs": 0}})
    assert error.field == "grades"
    assert "Donnez une mention à chaque option" in error.fr
    assert error.text("fr") == error.fr
    assert error.text("en") == error.en


def test_a_long_option_label_is_shortened_in_messages() -> None:
    long_label = "Un très long libellé " * 10
    poll = Poll(
        meeting_id="m",
        question="?",
        method=PollMethod.MAJORITY_JUDGMENT,
        options=(PollOption(label="Court", id="a"), PollOption(label=long_label, id="b")),
    ).validated()
    error = refused(poll, {"grades": {"a": 0}})
    assert "…" in error.en


# --- typed counts ----------------------------------------------------------------------------


def test_single_counts_are_completed_and_voters_default_to_the_sum() -> None:
    poll = make_poll(PollMethod.SINGLE)
    assert validate_counts(poll, {"jeux": 4, "bancs": 2}, 0) == (
        {"bancs": 2, "arbres": 0, "jeux": 4},
        6,
    )
    # Blank paper ballots: more voters than votes is fine.
    assert validate_counts(poll, {"jeux": 4}, 5)[1] == 5


def test_yes_no_abstain_counts_use_the_answers_as_keys() -> None:
    poll = make_poll(PollMethod.YES_NO_ABSTAIN)
    assert validate_counts(poll, {"no": 3, "yes": 7}, 0) == (
        {"yes": 7, "no": 3, "abstain": 0},
        10,
    )
    counts_refused(poll, {"oui": 3})


def test_approval_counts() -> None:
    poll = make_poll(PollMethod.APPROVAL, max_choices=2)
    assert validate_counts(poll, {"bancs": 5, "jeux": 3}, 6) == (
        {"bancs": 5, "arbres": 0, "jeux": 3},
        6,
    )
    assert "more votes (5) than there are voters (4)" in counts_refused(poll, {"bancs": 5}, 4).en
    assert "how many people" in counts_refused(poll, {"bancs": 5}, 0).en
    # 3 voters choosing at most 2 options cast at most 6 votes.
    assert "cannot cast 7" in counts_refused(poll, {"bancs": 3, "arbres": 3, "jeux": 1}, 3).en
    assert validate_counts(poll, {}, 0) == (dict.fromkeys(IDS, 0), 0)


def test_dots_counts() -> None:
    poll = make_poll(PollMethod.DOTS, points=3, max_per_option=2)
    assert validate_counts(poll, {"bancs": 4, "jeux": 2}, 3) == (
        {"bancs": 4, "arbres": 0, "jeux": 2},
        3,
    )
    assert "cannot place 7 points" in counts_refused(poll, {"bancs": 4, "jeux": 3}, 2).en
    assert "at least one point" in counts_refused(poll, {"bancs": 1}, 2).en
    assert "at most 4 points on one option" in counts_refused(poll, {"bancs": 5}, 2).en
    assert "how many people" in counts_refused(poll, {"bancs": 1}, 0).en


def test_majority_judgment_counts() -> None:
    poll = make_poll(PollMethod.MAJORITY_JUDGMENT, grades=("Bien", "Passable", "À rejeter"))
    counts = {"bancs": [2, 1, 0], "arbres": [0, 0, 3], "jeux": (1, 1, 1)}
    assert validate_counts(poll, counts, 0) == (
        {"bancs": [2, 1, 0], "arbres": [0, 0, 3], "jeux": [1, 1, 1]},
        3,
    )
    assert validate_counts(poll, counts, 3)[1] == 3
    assert "one count per grade (3)" in counts_refused(poll, {**counts, "jeux": [1, 2]}).en
    error = counts_refused(poll, {**counts, "jeux": [1, 1, 0]})
    assert "« Jeux » has 2 grades, expected 3" in error.en
    assert "expected 4" in counts_refused(poll, counts, 4).en
    assert (
        "« Jeux » has 0 grades"
        in counts_refused(poll, {"bancs": [2, 1, 0], "arbres": [3, 0, 0]}).en
    )
    counts_refused(poll, {**counts, "jeux": [1, 1, True]})
    counts_refused(poll, {**counts, "jeux": "111"})


@pytest.mark.parametrize("voters", [-1, True, 1.0, "3", None, MAX_COUNT + 1, 10**100])
def test_counts_refuse_a_bad_number_of_voters(voters: Any) -> None:
    error = counts_refused(make_poll(PollMethod.SINGLE), {"bancs": 1}, voters)
    assert error.field == "voters"


@pytest.mark.parametrize(
    "counts",
    [
        {"bancs": -1},
        {"bancs": True},
        {"bancs": 1.5},
        {"bancs": "2"},
        {"bancs": None},
        {"bancs": MAX_COUNT + 1},
        {"piscine": 1},
        {1: 1},
        dict.fromkeys(map(str, range(1000)), 1),
        ["bancs", 1],
        "bancs",
    ],
)
def test_counts_refuse_bad_values(counts: Any) -> None:
    assert counts_refused(make_poll(PollMethod.SINGLE), counts, 0).field == "counts"


# --- anything at all -------------------------------------------------------------------------

KEYS = st.sampled_from(["option", "options", "answer", "points", "grades"]) | st.text(max_size=4)
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-3, 10)
    | st.integers()
    | st.floats()
    | st.text(max_size=6)
    | st.sampled_from([*IDS, *YES_NO_ABSTAIN_ANSWERS])
)
JSON = st.recursive(
    LEAVES,
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(st.sampled_from(IDS) | st.text(max_size=4), children, max_size=5)
    ),
    max_leaves=20,
)
POLLS = st.builds(
    make_poll,
    st.sampled_from(list(PollMethod)),
    max_choices=st.none() | st.integers(1, 3),
    points=st.integers(1, 10),
    max_per_option=st.none() | st.integers(1, 5),
)


@settings(max_examples=400, deadline=None)
@given(POLLS, st.dictionaries(KEYS, JSON, max_size=3) | JSON)
def test_any_json_is_accepted_canonically_or_refused(poll: Poll, content: Any) -> None:
    try:
        tidy = validate_content(poll, content)
    except ValidationError:
        return
    # Whatever is accepted is already canonical.
    assert validate_content(poll, tidy) == tidy


@settings(max_examples=300, deadline=None)
@given(POLLS, JSON, st.integers(-2, 50) | JSON)
def test_any_json_counts_are_accepted_or_refused(poll: Poll, counts: Any, voters: Any) -> None:
    try:
        tidy, total = validate_counts(poll, counts, voters)
    except ValidationError:
        return
    assert validate_counts(poll, tidy, total) == (tidy, total)
