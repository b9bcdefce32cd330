"""Counted words in both languages: "1 meeting", "2 meetings", "0 réunion", "2 réunions".

English takes the singular for 1 alone; French for 0 and 1 (as Qt's plural rules for the
interface). Outside Qt (the command line, the exports' messages, what sync sends to the
platform) this is the one place: no text says "meeting(s)" (tests/test_wording.py).

A form is the whole phrase that agrees with the number, not only the noun: French agrees its
adjectives and participles too ("1 idée retenue", "2 idées retenues"), and a second count in
the same sentence gets its own forms ("24 idées recueillies, 20 retenues").
"""

from __future__ import annotations

#: (singular, plural) of a word or phrase in one language
Forms = tuple[str, str]


def form(n: int, language: str, en: Forms, fr: Forms) -> str:
    """The word (or phrase) alone, singular or plural for ``n`` as ``language`` says: for the
    words that agree with a count said elsewhere ("these 5 files already exist")."""
    if language == "fr":
        return fr[0] if n in (0, 1) else fr[1]
    return en[0] if n == 1 else en[1]


def counted(n: int, language: str, en: Forms, fr: Forms) -> str:
    """``n`` followed by the word in ``language``, singular or plural as that language says."""
    return f"{n} {form(n, language, en, fr)}"


def in_both(n: int, en: Forms, fr: Forms) -> tuple[str, str]:
    """``n`` and its word in English and in French, for the project's bilingual messages."""
    return counted(n, "en", en, fr), counted(n, "fr", en, fr)
