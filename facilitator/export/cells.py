"""Neutralising hostile text (formula injection) and characters spreadsheets cannot hold.

Text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return may be run as a
formula by spreadsheet programs (OWASP "CSV injection"). In CSV it gets a leading apostrophe;
in xlsx it is stored as a string cell with Excel's own "quote prefix", so it shows literally and
stays text even when the cell is edited.
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
    """``text`` made safe for a CSV field: hostile text gets a leading apostrophe."""
    return "'" + text if is_hostile(text) else text
