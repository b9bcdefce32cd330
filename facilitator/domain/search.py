"""How words typed in the find box become a full-text query (SQLite FTS5's syntax).

Every word must appear, each as a prefix, after a light French plural folding: "vélos" looks
for words starting "vélo" (so "vélo", "vélos", "vélorution"), "travaux" for "travau…",
"bancs" for "banc…". Accents and case are folded by the index's tokenizer, not here.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
#: words too short to carry their plural ("os", "as" stay as typed)
_SHORTEST_STEM = 3


def stem(word: str) -> str:
    """A word without its French plural mark (s, x), when it is long enough to have one."""
    if len(word) > _SHORTEST_STEM and word[-1] in "sx":
        return word[:-1]
    return word


def fts_query(text: str) -> str | None:
    """The FTS5 query for ``text``, or None when it holds no word to look for."""
    words = [stem(w) for w in _WORD.findall(text.casefold())]
    # each word quoted: FTS5 reads AND, OR, NEAR and ``-`` as operators otherwise
    terms = [f'"{w}"*' for w in words if w]
    return " ".join(terms) if terms else None
