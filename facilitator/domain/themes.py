"""A meeting's themes as records of their own: the colour and place a theme keeps in its list.

An idea names its theme by text (``Idea.theme``); a :class:`Theme` record exists only once the
spokesperson gave the theme a colour or a place in the list, so capturing ``#vélo`` stays one
write. Renaming and merging themes change the ideas' text and move the record along.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import MAX_THEME, new_id, normalise_theme

#: The colours offered for a theme: readable as a swatch on light and dark backgrounds, and
#: told apart by the colour-blind (Okabe and Ito's palette, with a grey).
THEME_COLOURS = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#999999",
)

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True, slots=True)
class Theme:
    meeting_id: str
    name: str
    colour: str = ""
    position: int = 0
    id: str = field(default_factory=new_id)

    def validated(self) -> Theme:
        name = normalise_theme(self.name)
        if not name:
            raise ValidationError("A theme needs a name.", "Un thème a besoin d'un nom.")
        if len(name) > MAX_THEME:
            raise ValidationError(
                f"A theme has at most {MAX_THEME} characters.",
                f"Un thème compte {MAX_THEME} caractères au plus.",
            )
        colour = self.colour.strip()
        if colour and not _COLOUR.fullmatch(colour):
            raise ValidationError(
                f"{colour!r} is not a colour (#RRGGBB).",
                f"{colour!r} n'est pas une couleur (#RRVVBB).",
            )
        return replace(self, name=name, colour=colour.upper())


def _folded(name: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", normalise_theme(name).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def match_theme(typed: str, existing: list[str]) -> str:
    """The existing theme ``typed`` stands for, told apart by neither case nor accents
    ("velo" files under "Vélo"), else ``typed`` tidied: a new theme."""
    wanted = _folded(typed)
    for name in existing:
        if name and _folded(name) == wanted:
            return name
    return normalise_theme(typed)
