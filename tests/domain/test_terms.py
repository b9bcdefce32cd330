"""One table of words, in both languages, for every value the room and the reports show."""

from __future__ import annotations

import json
from enum import Enum

import pytest

from facilitator.domain import terms
from facilitator.domain.model import (
    FRENCH_GRADES,
    YES_NO_ABSTAIN_ANSWERS,
    Channel,
    IdeaSource,
    IdeaStatus,
    MeetingStatus,
    PollMethod,
    PollState,
)
from facilitator.domain.voting import NOTE_IGNORED_VOTES, NOTE_NO_BALLOTS, NOTE_NO_VOTES, ShareBase
from facilitator.export import labels

#: Words French writes as English does: everything else must differ between the languages.
SAME_IN_BOTH = {"Ticket", "Excellent", "Passable", "Abstentions", "Code", "Total"}

TABLES: list[tuple[object, set[object]]] = [
    (terms.METHODS, set(PollMethod)),
    (terms.CHANNELS, set(Channel)),
    (terms.SOURCES, set(IdeaSource)),
    (terms.IDEA_STATUSES, set(IdeaStatus)),
    (terms.MEETING_STATUSES, set(MeetingStatus)),
    (terms.POLL_STATES, set(PollState)),
    (terms.ANSWERS, set(YES_NO_ABSTAIN_ANSWERS)),
    (terms.GRADES, set(FRENCH_GRADES)),
    (terms.SHARE_BASES, set(ShareBase)),
    (terms.NOTES, {NOTE_NO_BALLOTS, NOTE_NO_VOTES, NOTE_IGNORED_VOTES}),
]


def _name(value: object) -> str:
    return value.value if isinstance(value, Enum) else str(value)


@pytest.mark.parametrize(("table", "values"), TABLES, ids=lambda t: type(t).__name__)
def test_every_value_has_its_word_in_both_languages(table: object, values: set[object]) -> None:
    assert isinstance(table, dict) or hasattr(table, "items")
    assert set(table) == values  # type: ignore[arg-type]
    for value, (en, fr) in table.items():  # type: ignore[attr-defined]
        for word in (en, fr):
            assert word and word == word.strip(), (value, word)
        if table is not terms.GRADES:  # a French grade's English name may stay French
            assert en != fr or en in SAME_IN_BOTH, f"{_name(value)}: {en!r} is not translated"
        assert terms.pick((en, fr), "fr") == fr and terms.pick((en, fr), "en") == en


def test_every_plural_and_word_in_both_languages() -> None:
    for key, ((en_one, en_many), (fr_one, fr_many)) in terms.PLURALS.items():
        for form in (en_one, en_many, fr_one, fr_many):
            assert "{n}" in form, key
        assert terms.count(key, 1, "en") == en_one.format(n=1)
        assert terms.count(key, 3, "en") == en_many.format(n=3)
        # French counts 0 and 1 as singular
        assert terms.count(key, 0, "fr") == fr_one.format(n=0)
        assert terms.count(key, 2, "fr") == fr_many.format(n=2)
    for key, (en, fr) in terms.WORDS.items():
        assert en and fr, key
        assert en != fr or en in SAME_IN_BOTH, f"{key}: {en!r} is not translated"


def test_the_words_that_had_drifted() -> None:
    # one word a value, whoever shows it: the app, the workbook, the phone
    assert terms.meeting_status(MeetingStatus.DRAFT, "fr") == "En préparation"
    assert labels.meeting_status(MeetingStatus.DRAFT, "fr") == "En préparation"
    assert terms.idea_status(IdeaStatus.PENDING, "en") == "Awaiting moderation"
    assert terms.channel(Channel.PHONE, "en") == "Phone"
    assert terms.role("spokesperson", "fr") == "porte-parole"
    every = json.dumps(
        [terms.phone_words("fr"), terms.phone_words("en"), list(terms.WORDS.values())],
        ensure_ascii=False,
    )
    assert "animateur" not in every.lower()


def test_the_phone_gets_every_word_in_its_language() -> None:
    english, french = terms.phone_words("en"), terms.phone_words("fr")
    assert english["answers"] == {"yes": "Yes", "no": "No", "abstain": "Abstain"}
    assert french["answers"] == {"yes": "Oui", "no": "Non", "abstain": "Abstention"}
    assert english["grades"]["Très bien"] == "Very good"
    assert french["grades"]["Très bien"] == "Très bien"
    assert english["methods"]["dots"] == "Dots"
    assert set(english["share_bases"]) == {str(b) for b in ShareBase}
    assert set(english) == set(french)
    assert english["plurals"]["voters"] == ["{n} voter", "{n} voters"]
    json.dumps(english)  # served as JSON


def test_exports_use_the_same_words() -> None:
    assert (
        labels.method(PollMethod.DOTS, "fr") == terms.method(PollMethod.DOTS, "fr") == "Gommettes"
    )
    assert labels.channel(Channel.SHOW_OF_HANDS, "en") == "Show of hands"
    assert labels.answer("abstain", "fr") == "Abstention" and labels.answer("x", "fr") == "x"
    assert labels.word("value.yes", "fr") == "Oui"
    assert labels.word("value.tie", "en") == terms.word("tie", "en")
    assert terms.grade("Très bien", "en") == "Very good" and terms.grade("Top", "en") == "Top"
