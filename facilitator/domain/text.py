"""Text that people type, tidied the same way wherever it comes in (app, phones, bundles).

Text is normalised (NFC) so that the same words compare equal whatever keyboard typed them;
control characters and bidi overrides are dropped, because they can hide or reorder what the
spokesperson and the projector show ("Trojan Source" text). Characters that shape real text
are kept: zero-width joiners (emoji, Persian, Indic scripts), zero-width spaces inside words
(Thai, Khmer) and right-to-left marks (Arabic, Hebrew). A text with nothing visible left is
refused by the entity that holds it.
"""

from __future__ import annotations

import unicodedata

#: Explicit embeddings, overrides and isolates: they reorder whatever follows them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

#: Line breaks of every convention (CR LF, CR, NEL, vertical tab, form feed, the Unicode ones).
_LINE_BREAKS = "\r\x0b\x0c\x85\u2028\u2029"

#: Characters dropped outright: no visible effect, or a byte-order mark left by an editor.
_DROPPED = BIDI_CONTROLS | frozenset("\ufeff")

#: Letters that print as nothing: names made of them are a known way to look empty.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")

#: Categories that are never a visible character on their own.
_INVISIBLE = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Mn", "Me"})


def _keep(char: str) -> bool:
    if char in _DROPPED:
        return False
    category = unicodedata.category(char)
    # C0 and C1 controls and lone surrogates (which no file can store) go; "\n" is handled
    # by the caller before this point.
    return category not in ("Cc", "Cs")


def _clean(value: str, *, lines: bool, tabs: bool) -> str:
    text = value.replace("\r\n", "\n")
    for brk in _LINE_BREAKS:
        text = text.replace(brk, "\n")
    if not tabs:
        text = text.replace("\t", " ")
    if not lines:
        text = text.replace("\n", " ")
    text = "".join(c for c in text if c in "\n\t" or _keep(c))
    return unicodedata.normalize("NFC", text)


def clean_text(value: str, *, multiline: bool = False) -> str:
    """``value`` normalised (NFC), without controls or bidi overrides, stripped at both ends.

    A tab becomes a space. Line breaks become ``"\\n"`` when ``multiline``, else a space.
    """
    return _clean(value, lines=multiline, tabs=False).strip()


def clean_notes(value: str) -> str:
    """Free notes, as :func:`clean_text` but kept as typed otherwise: tabs, indents, blank lines."""
    return _clean(value, lines=True, tabs=True)


def has_visible_character(text: str) -> bool:
    """Whether ``text`` shows anything: more than spaces, marks alone or zero-width characters."""
    return any(
        c not in _BLANK_LETTERS and unicodedata.category(c) not in _INVISIBLE and not c.isspace()
        for c in text
    )
