"""One table of words for methods, channels, answers and grades, in both languages."""

from __future__ import annotations

from facilitator.domain import terms
from facilitator.domain.model import FRENCH_GRADES, Channel, PollMethod
from facilitator.export import labels


def test_every_value_has_both_words() -> None:
    for table in (
        terms.METHODS,
        terms.CHANNELS,
        terms.SOURCES,
        terms.IDEA_STATUSES,
        terms.MEETING_STATUSES,
        terms.POLL_STATES,
    ):
        for en, fr in table.values():
            assert en and fr
    assert set(terms.METHODS) == set(PollMethod) and set(terms.CHANNELS) == set(Channel)
    assert set(terms.GRADES) == set(FRENCH_GRADES)


def test_exports_use_the_same_words() -> None:
    assert (
        labels.method(PollMethod.DOTS, "fr") == terms.method(PollMethod.DOTS, "fr") == "Gommettes"
    )
    assert labels.channel(Channel.SHOW_OF_HANDS, "en") == "Show of hands"
    assert labels.answer("abstain", "fr") == "Abstention" and labels.answer("x", "fr") == "x"
    assert labels.word("value.yes", "fr") == "Oui"
    assert terms.grade("Très bien", "en") == "Very good" and terms.grade("Top", "en") == "Top"
