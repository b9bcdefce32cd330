"""Neutralising hostile text (formula injection) and characters spreadsheets cannot hold.

Text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return may be run as a
formula by spreadsheet programs (OWASP "CSV injection"). In CSV it gets a leading apostrophe;
in xlsx it is stored as a string cell with Excel's own "quote prefix", so it shows literally and
stays text even when the cell is edited.

A CSV field carries no type, so a spreadsheet opening the file guesses one: an option "1/2"
becomes the 1st of February, "0012" becomes 12, "Vrai" a truth value. Such text gets the same
leading apostrophe in CSV (:func:`reads_as_value`). In xlsx every text is a string cell already.
"""

from __future__ import annotations

import re

#: First characters that make a spreadsheet treat a text as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

#: Characters XML 1.0 (hence xlsx) cannot hold: C0 controls except tab, newline, return.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_hostile(text: str) -> bool:
    """Whether a spreadsheet might evaluate ``text`` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


_VALUE_CHARACTERS = r"[\d\s.,;:/'%()+\-eE€$£¥]"
_NUMBER_OR_DATE = re.compile(rf"{_VALUE_CHARACTERS}*\d{_VALUE_CHARACTERS}*")
_MONTH = (
    r"(jan|janv|janvier|january|f[eé]v|f[eé]vr|f[eé]vrier|feb|february|mars|mar|march|avr|"
    r"avril|apr|april|mai|may|juin|jun|june|juil|juillet|jul|july|ao[uû]t|aug|august|sept?|"
    r"septembre|september|oct|octobre|october|nov|novembre|november|d[eé]c|d[eé]cembre|dec|"
    r"december)\.?"
)
_NAMED_DATE = re.compile(
    rf"(\d{{1,2}}(er|st|nd|rd|th)?[\s./-]*{_MONTH}([\s./,-]*\d{{2,4}})?)"
    rf"|({_MONTH}[\s./-]*\d{{1,4}}(er|st|nd|rd|th)?([\s./,-]*\d{{2,4}})?)",
    re.IGNORECASE,
)
_TRUTH_VALUES = frozenset({"true", "false", "vrai", "faux"})


def reads_as_value(text: str) -> bool:
    """Whether a spreadsheet opening a CSV would likely turn ``text`` into a non-text value.

    Numbers, fractions, dates and times in figures ("1/2", "0012", "12:30", "1e5", "50 %"),
    dates with a month's name in French or English ("2 mai", "Jan 2"), and truth values.
    Errs on the side of marking: a marked text loses nothing, a converted one does.
    """
    stripped = text.strip()
    if not stripped:
        return False
    return (
        stripped.lower() in _TRUTH_VALUES
        or _NUMBER_OR_DATE.fullmatch(stripped) is not None
        or _NAMED_DATE.fullmatch(stripped) is not None
    )


def printable(text: str) -> str:
    """``text`` without characters an xlsx file cannot hold (replaced by U+FFFD)."""
    return _ILLEGAL.sub("\ufffd", text) if _ILLEGAL.search(text) else text


#: The most characters an Excel cell holds; longer text makes Excel "repair" the file.
XLSX_CELL_MAX = 32767


def xlsx_text(text: str) -> str:
    """``text`` as an xlsx cell can hold it: printable, and cut (visibly, with …) at the limit."""
    text = printable(text)
    return text if len(text) <= XLSX_CELL_MAX else text[: XLSX_CELL_MAX - 1] + "…"


def csv_text(text: str) -> str:
    """``text`` made safe for a CSV field opened by a spreadsheet: hostile text, and text it
    would read as a number, a date or a truth value, gets a leading apostrophe."""
    return "'" + text if is_hostile(text) or reads_as_value(text) else text
