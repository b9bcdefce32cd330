"""Decidim's proposal rules, checked locally: each rule, its code, both languages, a fix."""

from __future__ import annotations

import pytest

from facilitator.domain import proposal_rules as rules

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
