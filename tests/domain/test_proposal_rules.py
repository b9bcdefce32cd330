"""Decidim's proposal rules, checked locally: each rule, its code, both languages, a fix."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain import proposal_rules as rules
from facilitator.domain.text import BIDI_CONTROLS

GOOD_TITLE = "Installer des bancs sur la place"
GOOD_BODY = "Installer des bancs à l'ombre sur la place du marché, près de la fontaine."


def codes(title: str, body: str, max_body: int = 500) -> list[str]:
    return [b.code for b in rules.check(title, body, max_body)]


def test_a_good_proposal_breaks_nothing() -> None:
    assert rules.check(GOOD_TITLE, GOOD_BODY) == []


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Trop court", GOOD_BODY, [rules.TITLE_TOO_SHORT]),
        ("B" + "a" * 150, GOOD_BODY, [rules.TITLE_TOO_LONG]),
        ("A" + "b" * 149, GOOD_BODY, []),  # exactly 150
        ("Abcdefghijklmno", GOOD_BODY, []),  # exactly 15
        (GOOD_TITLE, "Trop court.", [rules.BODY_TOO_SHORT]),
        (GOOD_TITLE, "<p>Un</p><b>deux</b>", [rules.BODY_TOO_SHORT]),  # counted without HTML
        ("PLUS DE BANCS PARTOUT", GOOD_BODY, [rules.TOO_MUCH_CAPS]),
        (GOOD_TITLE + " ?!", GOOD_BODY, [rules.TOO_MANY_MARKS]),
        (GOOD_TITLE, GOOD_BODY + " ¿¡", [rules.TOO_MANY_MARKS]),
        ("installer des bancs partout", GOOD_BODY, [rules.MUST_START_WITH_CAPS]),
        ("élargir les trottoirs du centre", GOOD_BODY, []),  # ASCII lowercase only
        (GOOD_TITLE + " !", GOOD_BODY + " ?", []),  # single marks are fine
    ],
)
def test_each_rule(title: str, body: str, expected: list[str]) -> None:
    assert codes(title, body) == expected


def test_body_limit_is_the_components() -> None:
    body = "Une description assez longue. " * 10
    assert codes(GOOD_TITLE, body, max_body=len(body)) == []
    breach = rules.check(GOOD_TITLE, body, max_body=100)[0]
    assert breach.code == rules.BODY_TOO_LONG and breach.field == "body"
    assert str(len(body) - 100) in breach.fix_en and str(len(body) - 100) in breach.fix_fr


def test_caps_counts_as_decidim_does() -> None:
    # fewer capitals than half the length (integer division, 15 // 2 = 7): 6 pass, 7 do not
    assert codes("ABCDEFghijklmno", GOOD_BODY) == []
    assert codes("ABCDEFGhijklmno", GOOD_BODY) == [rules.TOO_MUCH_CAPS]


def test_every_breach_speaks_both_languages_and_suggests_a_fix() -> None:
    breaches = rules.check("trop COURT!!", "!!")
    assert {b.code for b in breaches} >= {
        rules.TITLE_TOO_SHORT,
        rules.BODY_TOO_SHORT,
        rules.TOO_MANY_MARKS,
        rules.MUST_START_WITH_CAPS,
    }
    for b in breaches:
        assert b.en and b.fr and b.fix_en and b.fix_fr and b.en != b.fr
        assert b.message("fr") == b.fr and b.fix("en") == b.fix_en


def test_no_limit_when_the_component_says_0_and_no_capitals_is_never_too_many() -> None:
    long_body = "Une description assez longue. " * 40
    assert codes(GOOD_TITLE, long_body, max_body=0) == []  # Decidim: 0 is no limit
    assert rules.BODY_TOO_SHORT in codes(GOOD_TITLE, "1")  # one character, no capital:
    assert rules.TOO_MUCH_CAPS not in codes(GOOD_TITLE, "1")  # not "mostly in capitals"


def test_etiquette_reads_the_text_without_outer_spaces_as_decidim_does() -> None:
    assert codes(GOOD_TITLE, "   " + GOOD_BODY.lower()) == [rules.MUST_START_WITH_CAPS]


def test_clean_removes_control_characters_and_tidies_spaces() -> None:
    assert rules.clean("  Des\tbancs\x00 à\x07 l'ombre \x1b[31m\n du marché ") == (
        "Des bancs à l'ombre [31m du marché"
    )
    assert rules.clean("Ligne 1\r\n\r\n\r\n\r\nLigne\u00a02\x85", multiline=True) == (
        "Ligne 1\n\nLigne\u00a02"  # a no-break space is kept: French puts one before ? and :
    )
    assert rules.clean("Déjà propre") == "Déjà propre"


def test_clean_removes_bidi_overrides_that_reorder_what_citizens_read() -> None:
    # Phones can no longer send them, but a workspace an older version wrote still holds them,
    # and Decidim would publish them as given ("Trojan Source" text).
    assert rules.clean("Idée\u202e gnp.exe\u202c et \u2066isolat\u2069") == (
        "Idée gnp.exe et isolat"
    )
    assert rules.clean("\u05e9\u05dc\u05d5\u05dd\u200f ok") == "\u05e9\u05dc\u05d5\u05dd\u200f ok"


def test_locales() -> None:
    for good in ("fr", "en", "ca", "pt-BR", "fr-CA", "sr-CS"):
        assert rules.is_locale(good)
    for bad in ("", "FR", "french!", "fr_", "f", "fr-"):
        assert not rules.is_locale(bad)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.text(max_size=700))
def test_the_breaches_are_exactly_the_rules_broken(title: str, body: str) -> None:
    found = {(b.code, b.field) for b in rules.check(title, body)}
    assert ((rules.TITLE_TOO_SHORT, "title") in found) == (len(title) < 15)
    assert ((rules.TITLE_TOO_LONG, "title") in found) == (len(title) > 150)
    n = rules.plain_length(body)
    assert ((rules.BODY_TOO_SHORT, "body") in found) == (n < 15)
    assert ((rules.BODY_TOO_LONG, "body") in found) == (n > 500)
    for field, value in (("title", title), ("body", body)):
        text = re.sub(r"<[^>]*>", "", value).strip()
        assert ((rules.MUST_START_WITH_CAPS, field) in found) == bool(re.match("[a-z]", text))
        assert ((rules.TOO_MANY_MARKS, field) in found) == bool(re.search("[!?¡¿]{2,}", text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_clean_is_idempotent_and_leaves_no_control_character(text: str) -> None:
    for multiline in (False, True):
        once = rules.clean(text, multiline=multiline)
        assert rules.clean(once, multiline=multiline) == once
        assert all(unicodedata.category(c) != "Cc" or c == "\n" for c in once)
        assert not BIDI_CONTROLS.intersection(once)
        assert multiline or "\n" not in once
