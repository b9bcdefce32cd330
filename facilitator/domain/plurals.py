"""Counted words in both languages: "1 meeting", "2 meetings", "0 réunion", "2 réunions".

English takes the singular for 1 alone; French for 0 and 1 (as Qt's plural rules for the
interface). Outside Qt (the command line, the exports' messages) this is the one place.
"""

from __future__ import annotations

#: (singular, plural) of a word in one language
Forms = tuple[str, str]


def counted(n: int, language: str, en: Forms, fr: Forms) -> str:
    """``n`` followed by the word in ``language``, singular or plural as that language says."""
    if language == "fr":
        return f"{n} {fr[0] if n in (0, 1) else fr[1]}"
    return f"{n} {en[0] if n == 1 else en[1]}"
