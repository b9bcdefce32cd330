"""Tallies on worked examples, each checked by hand in the comments."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import pytest

from facilitator.domain.model import (
    FRENCH_GRADES,
    Ballot,
    Channel,
    CountEntry,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
)
from facilitator.domain.voting import (
    NOTE_IGNORED_VOTES,
    NOTE_NO_BALLOTS,
    NOTE_NO_VOTES,
    ShareBase,
    Tally,
    median_sequence,
    tally,
    tally_majority_judgment,
)

# Grade indices of FRENCH_GRADES, best first.
EXCELLENT, TRES_BIEN, BIEN, ASSEZ_BIEN, PASSABLE, INSUFFISANT, A_REJETER = range(7)


def make_poll(method: PollMethod, *labels: str, **params: Any) -> Poll:
    options = tuple(PollOption(label=label, id=label.lower()) for label in labels)
    return Poll(
        meeting_id="m",
        question="Que faire du square ?",
        method=method,
        options=options,
        params=PollParams(**params),
        id="poll-1",
    ).validated()


def ballots(
    poll: Poll, contents: Iterable[Mapping[str, Any]], channel: Channel = Channel.PHONE
) -> list[Ballot]:
    return [
        Ballot(poll_id=poll.id, voter=f"{channel}-{n}", channel=channel, content=content)
        for n, content in enumerate(contents)
    ]


def judged(poll: Poll, *rows: Sequence[int]) -> list[Ballot]:
    """One ballot per row; row[i] is the grade given to option i."""
    return ballots(poll, [{"grades": dict(zip(poll_ids(poll), row, strict=True))} for row in rows])


def poll_ids(poll: Poll) -> list[str]:
    return [o.id for o in poll.options]


def result_of(result: Tally, option_id: str) -> Any:
    found = result.option(option_id)
    assert found is not None
    return found


# --- single choice ------------------------------------------------------------------------


def test_single_choice_most_votes_wins() -> None:
    poll = make_poll(PollMethod.SINGLE, "Bancs", "Arbres", "Jeux")
    result = tally(poll, ballots(poll, [{"option": o} for o in ["bancs", "arbres", "bancs"]]))
    assert result.winners == ("bancs",)
    assert not result.tie
    assert [(o.option_id, o.votes, o.rank) for o in result.options] == [
        ("bancs", 2, 1),
        ("arbres", 1, 2),
        ("jeux", 0, 3),
    ]
    assert result_of(result, "bancs").share == pytest.approx(2 / 3)
    assert result.voters == 3
    assert result.turnout == {**dict.fromkeys(Channel, 0), Channel.PHONE: 3}


def test_single_choice_equal_top_is_an_explicit_tie_and_ranks_skip() -> None:
    poll = make_poll(PollMethod.SINGLE, "Bancs", "Arbres", "Jeux")
    result = tally(poll, ballots(poll, [{"option": o} for o in ["jeux", "arbres"]]))
    assert result.winners == ("arbres", "jeux")  # poll order
    assert result.tie
    # Competition ranking: 1, 1, then 3.
    assert [o.rank for o in result.options] == [3, 1, 1]


def test_show_of_hands_merges_with_phone_ballots_per_channel() -> None:
    poll = make_poll(PollMethod.SINGLE, "Bancs", "Arbres")
    phone = ballots(poll, [{"option": "bancs"}, {"option": "arbres"}])
    hands = CountEntry(poll.id, Channel.SHOW_OF_HANDS, {"bancs": 1, "arbres": 4})  # voters: 5
    paper = CountEntry(poll.id, Channel.PAPER, {"bancs": 2}, voters=3)  # one blank paper ballot
    result = tally(poll, phone, [hands, paper])
    # bancs 1 + 1 + 2 = 4; arbres 1 + 4 = 5.
    assert result.winners == ("arbres",)
    assert result_of(result, "bancs").by_channel == {
        Channel.PHONE: 1,
        Channel.TICKET: 0,
        Channel.PAPER: 2,
        Channel.SHOW_OF_HANDS: 1,
    }
    assert result.turnout[Channel.SHOW_OF_HANDS] == 5
    assert result.turnout[Channel.PAPER] == 3
    assert result.voters == 2 + 5 + 3
    # Share of votes cast (9), not of voters (10).
    assert result_of(result, "arbres").share == pytest.approx(5 / 9)


# --- approval and upvotes -------------------------------------------------------------------


def test_approval_share_is_of_voters() -> None:
    poll = make_poll(PollMethod.APPROVAL, "Bancs", "Arbres", "Jeux", max_choices=2)
    contents: list[dict[str, Any]] = [
        {"options": ["bancs", "arbres"]},
        {"options": ["arbres"]},
        {"options": []},  # a blank ballot still counts as a voter
        {"options": ["arbres", "jeux"]},
    ]
    result = tally(poll, ballots(poll, contents))
    assert result.voters == 4
    assert result.winners == ("arbres",)
    assert result_of(result, "arbres").share == pytest.approx(3 / 4)
    assert result_of(result, "bancs").share == pytest.approx(1 / 4)
    # Shares of voters need not add up to 1.
    assert sum(o.share for o in result.options) == pytest.approx(5 / 4)


def test_approval_counted_voters_never_below_the_most_approved_option() -> None:
    poll = make_poll(PollMethod.APPROVAL, "Bancs", "Arbres")
    # Voters left out (0): at least 7 people raised a hand for "arbres".
    result = tally(poll, [], [CountEntry(poll.id, Channel.SHOW_OF_HANDS, {"arbres": 7})])
    assert result.voters == 7
    assert result_of(result, "arbres").share == 1.0


def test_upvotes_rank_ideas_by_count() -> None:
    poll = make_poll(PollMethod.UPVOTES, "Bancs", "Arbres", "Jeux", "Fontaine")
    contents = [{"options": ["jeux"]}, {"options": ["jeux", "bancs"]}, {"options": ["fontaine"]}]
    result = tally(poll, ballots(poll, contents))
    assert [(o.option_id, o.votes, o.rank) for o in result.options] == [
        ("bancs", 1, 2),
        ("arbres", 0, 4),
        ("jeux", 2, 1),
        ("fontaine", 1, 2),
    ]
    assert result.winners == ("jeux",)


def test_upvotes_with_no_ideas_yet() -> None:
    poll = make_poll(PollMethod.UPVOTES)
    result = tally(poll, ballots(poll, [{"options": []}]))
    assert result.options == ()
    assert result.winners == ()
    assert result.notes == (NOTE_NO_VOTES,)


# --- yes / no / abstain -----------------------------------------------------------------------


def test_yes_no_abstain_abstentions_do_not_decide() -> None:
    poll = make_poll(PollMethod.YES_NO_ABSTAIN)
    answers = ["yes", "yes", "no", "abstain", "abstain", "abstain"]
    result = tally(poll, ballots(poll, [{"answer": a} for a in answers]))
    assert result.winners == ("yes",)
    # a tally is in no language: each screen words the answers in its own (domain/terms.py)
    assert [(o.option_id, o.label, o.votes, o.rank) for o in result.options] == [
        ("yes", "yes", 2, 1),
        ("no", "no", 1, 2),
        ("abstain", "abstain", 3, 3),
    ]


def test_yes_no_abstain_shares_are_of_votes_cast() -> None:
    """As French practice counts them: yes and no are shares of the votes cast (suffrages
    exprimés: yes + no); abstentions stand apart, as a share of everyone who answered."""
    poll = make_poll(PollMethod.YES_NO_ABSTAIN)
    answers = ["yes", "yes", "yes", "no", "abstain", "abstain", "abstain", "abstain"]
    result = tally(poll, ballots(poll, [{"answer": a} for a in answers]))
    assert result.share_base is ShareBase.VOTES_CAST_YES_NO
    assert result_of(result, "yes").share == pytest.approx(3 / 4)
    assert result_of(result, "no").share == pytest.approx(1 / 4)
    assert result_of(result, "abstain").share == pytest.approx(4 / 8)
    assert result.to_dict()["share_base"] == "votes_cast_yes_no"


def test_every_method_says_which_base_its_shares_use() -> None:
    bases = {method: tally(sample_poll(method), []).share_base for method in PollMethod}
    assert bases == {
        PollMethod.SINGLE: ShareBase.VOTES,
        PollMethod.APPROVAL: ShareBase.VOTERS,
        PollMethod.YES_NO_ABSTAIN: ShareBase.VOTES_CAST_YES_NO,
        PollMethod.DOTS: ShareBase.POINTS,
        PollMethod.MAJORITY_JUDGMENT: ShareBase.VOTERS,
        PollMethod.UPVOTES: ShareBase.VOTERS,
    }


def test_yes_no_abstain_equal_yes_and_no_is_a_tie() -> None:
    poll = make_poll(PollMethod.YES_NO_ABSTAIN)
    hands = CountEntry(poll.id, Channel.SHOW_OF_HANDS, {"yes": 12, "no": 12, "abstain": 1})
    result = tally(poll, [], [hands])
    assert result.winners == ("yes", "no")
    assert result.tie
    assert result.voters == 25  # voters left out: the sum of the hands


def test_yes_no_abstain_only_abstentions_decides_nothing() -> None:
    poll = make_poll(PollMethod.YES_NO_ABSTAIN)
    result = tally(poll, ballots(poll, [{"answer": "abstain"}]))
    assert result.winners == ()
    assert not result.tie
    assert result.notes == (NOTE_NO_VOTES,)


# --- dots -------------------------------------------------------------------------------------


def test_dots_most_points_wins_and_share_is_of_points() -> None:
    poll = make_poll(PollMethod.DOTS, "Bancs", "Arbres", "Jeux", points=5)
    contents = [
        {"points": {"bancs": 5}},
        {"points": {"arbres": 3, "jeux": 2}},
        {"points": {"arbres": 1, "jeux": 1}},
    ]
    result = tally(poll, ballots(poll, contents))
    # bancs 5, arbres 4, jeux 3: one voter's passion beats two lukewarm ones.
    assert [o.votes for o in result.options] == [5, 4, 3]
    assert result.winners == ("bancs",)
    assert result_of(result, "bancs").share == pytest.approx(5 / 12)
    assert result.voters == 3


def test_dots_typed_counts_infer_the_fewest_voters() -> None:
    poll = make_poll(PollMethod.DOTS, "Bancs", "Arbres", points=3)
    # 7 points from 3-point ballots: at least 3 people.
    result = tally(poll, [], [CountEntry(poll.id, Channel.PAPER, {"bancs": 4, "arbres": 3})])
    assert result.voters == 3


# --- majority judgment ----------------------------------------------------------------------


def test_majority_grade_is_the_median() -> None:
    poll = make_poll(PollMethod.MAJORITY_JUDGMENT, "Pizza", "Sushi")
    # Pizza: E, TB, B, AB, P -> sorted, the middle (3rd of 5) is Bien.
    # Sushi: TB, B, AB, P, I -> the middle is Assez bien.
    result = tally(
        poll,
        judged(
            poll,
            (EXCELLENT, TRES_BIEN),
            (TRES_BIEN, BIEN),
            (BIEN, ASSEZ_BIEN),
            (ASSEZ_BIEN, PASSABLE),
            (PASSABLE, INSUFFISANT),
        ),
    )
    assert result_of(result, "pizza").median_grade == BIEN
    assert result_of(result, "sushi").median_grade == ASSEZ_BIEN
    assert result.winners == ("pizza",)
    assert result.grades == FRENCH_GRADES
    assert result_of(result, "pizza").profile == (1, 1, 1, 1, 1, 0, 0)
    assert result_of(result, "pizza").votes == 5
    assert result_of(result, "pizza").share == 1.0


def test_even_count_takes_the_lower_median() -> None:
    poll = make_poll(PollMethod.MAJORITY_JUDGMENT, "Pizza", "Sushi")
    # Pizza: Excellent and Assez bien. The two middle grades are those two; Balinski & Laraki
    # take the lower (worse) one: Assez bien. Only one voter in two says Excellent: no majority.
    # Sushi: Bien, Bien -> Bien, which a majority (both) grants.
    result = tally(poll, judged(poll, (EXCELLENT, BIEN), (ASSEZ_BIEN, BIEN)))
    assert result_of(result, "pizza").median_grade == ASSEZ_BIEN
    assert result_of(result, "sushi").median_grade == BIEN
    assert result.winners == ("sushi",)
    assert result.to_dict()["options"][0]["median_grade_name"] == "Assez bien"


def test_equal_majority_grades_are_split_by_removing_medians() -> None:
    poll = make_poll(PollMethod.MAJORITY_JUDGMENT, "Pizza", "Sushi", "Tacos")
    # Pizza  sorted: TB, B, B, AB   median (lower, 3rd of 4) = B
    # Sushi  sorted: E,  B, B, P    median = B
    # Tacos  sorted: E,  E, AB, AB  median = AB  -> last
    # Pizza vs Sushi: remove one B each -> (TB, B, AB) and (E, B, P): medians B and B, tie.
    # Remove those -> (TB, AB) and (E, P): lower medians AB and P: Pizza is better.
    # Median sequences: Pizza B, B, AB, TB; Sushi B, B, P, E.
    result = tally(
        poll,
        judged(
            poll,
            (TRES_BIEN, EXCELLENT, EXCELLENT),
            (BIEN, BIEN, EXCELLENT),
            (BIEN, BIEN, ASSEZ_BIEN),
            (ASSEZ_BIEN, PASSABLE, ASSEZ_BIEN),
        ),
    )
    assert median_sequence(result_of(result, "pizza").profile) == (
        BIEN,
        BIEN,
        ASSEZ_BIEN,
        TRES_BIEN,
    )
    assert median_sequence(result_of(result, "sushi").profile) == (BIEN, BIEN, PASSABLE, EXCELLENT)
    assert [o.rank for o in result.options] == [1, 2, 3]
    assert result.winners == ("pizza",)
    assert not result.tie
    # Both have the same majority grade: the tie-break, not the grade, decided.
    assert result_of(result, "pizza").median_grade == result_of(result, "sushi").median_grade


def test_tie_break_can_favour_enthusiasm_over_consensus() -> None:
    poll = make_poll(PollMethod.MAJORITY_JUDGMENT, "Pizza", "Sushi")
    # Pizza: E, E, B, B, I  median B (3rd of 5)
    # Sushi: TB, B, B, B, B median B
    # Remove a B: Pizza (E, E, B, I) lower median = 3rd of 4 = B; Sushi (TB, B, B, B) -> B.
    # Remove a B: Pizza (E, E, I) -> E; Sushi (TB, B, B) -> B.  Pizza wins: its supporters are
    # enthusiastic, and that outweighs its detractor once the consensus grades are set aside.
    result = tally(
        poll,
        judged(
            poll,
            (EXCELLENT, TRES_BIEN),
            (EXCELLENT, BIEN),
            (BIEN, BIEN),
            (BIEN, BIEN),
            (INSUFFISANT, BIEN),
        ),
    )
    assert result.winners == ("pizza",)


def test_identical_profiles_remain_an_exact_tie() -> None:
    poll = make_poll(PollMethod.MAJORITY_JUDGMENT, "Pizza", "Sushi", "Tacos")
    # Pizza and Sushi get the same multiset of grades from different voters; every median
    # removed is the same for both until none are left: an explicit tie.
    result = tally(
        poll,
        judged(
            poll,
            (EXCELLENT, BIEN, PASSABLE),
            (BIEN, EXCELLENT, PASSABLE),
            (PASSABLE, PASSABLE, EXCELLENT),
        ),
    )
    # Pizza, Sushi: E, B, P -> median B. Tacos: P, P, E -> median P.
    assert result.winners == ("pizza", "sushi")
    assert result.tie
    assert [o.rank for o in result.options] == [1, 1, 3]


def test_majority_judgment_with_two_grades() -> None:
    poll = make_poll(PollMethod.MAJORITY_JUDGMENT, "Pizza", "Sushi", grades=("Pour", "Contre"))
    # With two grades majority judgment is approval with a strict majority: Pizza is "Pour"
    # for 2 of 3 (median Pour); Sushi for 1 of 3 (median Contre).
    result = tally(poll, judged(poll, (0, 0), (0, 1), (1, 1)))
    assert [o.median_grade for o in result.options] == [0, 1]
    assert result.winners == ("pizza",)
    assert result.grades == ("Pour", "Contre")


def test_typed_grade_counts_join_the_merit_profile() -> None:
    poll = make_poll(PollMethod.MAJORITY_JUDGMENT, "Pizza", "Sushi")
    phone = judged(poll, (EXCELLENT, BIEN))
    paper = CountEntry(
        poll.id,
        Channel.PAPER,
        {"pizza": [0, 0, 0, 0, 0, 2, 0], "sushi": [0, 1, 1, 0, 0, 0, 0]},
        voters=2,
    )
    result = tally(poll, phone, [paper])
    # Pizza: E, I, I -> median I. Sushi: TB, B, B -> median B.
    assert result_of(result, "pizza").profile == (1, 0, 0, 0, 0, 2, 0)
    assert result_of(result, "pizza").median_grade == INSUFFISANT
    assert result_of(result, "sushi").by_channel[Channel.PAPER] == 2
    assert result.winners == ("sushi",)
    assert result.voters == 3


def test_an_option_added_after_voting_began_ranks_last_until_graded() -> None:
    poll = make_poll(PollMethod.MAJORITY_JUDGMENT, "Pizza", "Sushi")
    cast = judged(poll, (A_REJETER, A_REJETER))
    later = replace(poll, options=(*poll.options, PollOption(label="Tacos", id="tacos")))
    result = tally_majority_judgment(later, cast)
    # Even "À rejeter" from everyone beats no grade at all.
    assert [o.rank for o in result.options] == [1, 1, 3]
    assert result_of(result, "tacos").median_grade is None
    assert result_of(result, "tacos").votes == 0


def test_median_sequence_of_an_empty_profile() -> None:
    assert median_sequence([0, 0, 0]) == ()
    assert median_sequence([0, 2]) == (1, 1)


# --- every method -----------------------------------------------------------------------------

SAMPLE_CONTENT: dict[PollMethod, dict[str, Any]] = {
    PollMethod.SINGLE: {"option": "bancs"},
    PollMethod.APPROVAL: {"options": ["bancs"]},
    PollMethod.YES_NO_ABSTAIN: {"answer": "yes"},
    PollMethod.DOTS: {"points": {"bancs": 1}},
    PollMethod.MAJORITY_JUDGMENT: {"grades": {"bancs": 0, "arbres": 3}},
    PollMethod.UPVOTES: {"options": ["bancs"]},
}


def sample_poll(method: PollMethod) -> Poll:
    if method is PollMethod.YES_NO_ABSTAIN:
        return make_poll(method)
    return make_poll(method, "Bancs", "Arbres")


@pytest.mark.parametrize("method", list(PollMethod))
def test_no_ballots_means_no_winner_and_a_note(method: PollMethod) -> None:
    poll = sample_poll(method)
    result = tally(poll, [])
    assert result.winners == ()
    assert not result.tie
    assert result.voters == 0
    assert result.notes == (NOTE_NO_BALLOTS,)
    assert all(o.share == 0.0 and o.votes == 0 for o in result.options)
    assert dict(result.turnout) == dict.fromkeys(Channel, 0)


@pytest.mark.parametrize("method", list(PollMethod))
def test_to_dict_is_json_ready(method: PollMethod) -> None:
    poll = sample_poll(method)
    result = tally(poll, ballots(poll, [SAMPLE_CONTENT[method]], channel=Channel.TICKET))
    data = json.loads(json.dumps(result.to_dict()))
    assert data["poll_id"] == "poll-1"
    assert data["method"] == method.value
    assert data["voters"] == 1
    assert data["turnout"] == {"phone": 0, "ticket": 1, "paper": 0, "show_of_hands": 0}
    first = data["options"][0]
    assert first["by_channel"]["ticket"] == first["votes"]
    assert data["winners"] == [first["option_id"]]
    assert set(first) >= {"option_id", "label", "votes", "share", "rank", "profile"}


@pytest.mark.parametrize(
    ("method", "content", "counted"),
    [
        (PollMethod.SINGLE, {"option": "gone"}, 0),
        (PollMethod.APPROVAL, {"options": ["gone", "bancs"]}, 1),
        (PollMethod.DOTS, {"points": {"gone": 2, "bancs": 1}}, 1),
        (PollMethod.MAJORITY_JUDGMENT, {"grades": {"gone": 0, "bancs": 2, "arbres": 3}}, 2),
        (PollMethod.UPVOTES, {"options": ["gone"]}, 0),
    ],
)
def test_votes_for_a_removed_option_are_ignored(
    method: PollMethod, content: dict[str, Any], counted: int
) -> None:
    poll = sample_poll(method)
    result = tally(poll, ballots(poll, [content]))
    assert result.voters == 1
    assert NOTE_IGNORED_VOTES in result.notes
    assert [o.option_id for o in result.options] == ["bancs", "arbres"]
    assert sum(o.votes for o in result.options) == counted


def test_counts_for_a_removed_option_are_ignored() -> None:
    poll = make_poll(PollMethod.SINGLE, "Bancs", "Arbres")
    entry = CountEntry(poll.id, Channel.SHOW_OF_HANDS, {"bancs": 2, "gone": 3}, voters=5)
    result = tally(poll, [], [entry])
    assert result_of(result, "bancs").votes == 2
    assert result.voters == 5
    assert result.notes == (NOTE_IGNORED_VOTES,)


def test_malformed_stored_content_does_not_crash_the_tally() -> None:
    poll = make_poll(PollMethod.APPROVAL, "Bancs", "Arbres")
    odd: list[dict[str, Any]] = [
        {"options": "bancs"},
        {"options": [["bancs"], None, "bancs", "bancs"]},
        {},
    ]
    result = tally(poll, ballots(poll, odd))
    assert result.voters == 3
    assert result_of(result, "bancs").votes == 1  # the one well-formed pick, counted once
