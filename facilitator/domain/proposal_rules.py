"""Decidim's rules for a proposal, checked before anything is sent.

From Decidim's ``ProposalForm`` and ``EtiquetteValidator`` (see ``../shared/decidim.md``): a
title of 15 to 150 characters, a body of at least 15 characters and at most the component's
``proposal_length`` (500 by default) counted without HTML, and, on both, the etiquette rules:
fewer capitals than half the text, no two of ``!?¡¿`` in a row, no lowercase ASCII letter first.

:func:`check` lists every rule broken, each with a stable code, a message and a suggested fix
in both languages. Nothing here shortens a text: fixing is the spokesperson's choice.
:func:`clean` makes a text fit to send first (control characters out, runs of spaces tidied):
Decidim keeps text exactly as given, so what is sent is what citizens read. :func:`is_locale`
tells whether a text is shaped like a Decidim locale ("fr", "ca", "pt-BR").

Used by sync (``sync/compose.py``) and by the proposals import file (``export/decidim.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from facilitator.domain.text import BIDI_CONTROLS

TITLE_MIN = 15
TITLE_MAX = 150
BODY_MIN = 15
DEFAULT_BODY_MAX = 500

# Rule codes: stable, so a screen or a test can tell them apart.
TITLE_TOO_SHORT = "title_too_short"
TITLE_TOO_LONG = "title_too_long"
BODY_TOO_SHORT = "body_too_short"
BODY_TOO_LONG = "body_too_long"
TOO_MUCH_CAPS = "too_much_caps"
TOO_MANY_MARKS = "too_many_marks"
MUST_START_WITH_CAPS = "must_start_with_caps"

#: A locale as Decidim names them ("fr", "en", "ca", "pt-BR", "fr-CA", "sr-CS"...).
LOCALE_PATTERN = r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?"
_LOCALE = re.compile(LOCALE_PATTERN)
#: Runs of plain spaces; no-break spaces stay, French typography puts them before ? and :.
_SPACES = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n{3,}")

_TAG = re.compile(r"<[^>]*>")
_MARKS = re.compile(r"[!?¡¿]{2,}")
_CAPITAL = re.compile(r"[A-Z]")


@dataclass(frozen=True, slots=True)
class Breach:
    """One rule a proposal breaks. ``field`` is ``"title"`` or ``"body"``."""

    code: str
    field: str
    en: str
    fr: str
    fix_en: str
    fix_fr: str

    def message(self, language: str) -> str:
        return self.fr if language == "fr" else self.en

    def fix(self, language: str) -> str:
        return self.fix_fr if language == "fr" else self.fix_en


def clean(text: str, *, multiline: bool = False) -> str:
    """``text`` fit to send: no control characters, bidi overrides, runs of spaces or outer spaces.

    A title becomes one line; a body (``multiline``) keeps its line breaks, with at most one
    blank line in a row. Nothing else changes: Decidim keeps what it is given, exactly.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    kept = []
    for char in text:
        if char == "\n" and multiline:
            kept.append(char)
        elif char in "\t\n\v\f":
            kept.append(" ")
        elif unicodedata.category(char) != "Cc" and char not in BIDI_CONTROLS:
            kept.append(char)
    lines = [_SPACES.sub(" ", line).strip(" ") for line in "".join(kept).split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def is_locale(text: str) -> bool:
    """Whether ``text`` is shaped like a Decidim locale (the platform has the last word)."""
    return _LOCALE.fullmatch(text) is not None


def plain_length(text: str) -> int:
    """The length Decidim counts: the text without its HTML tags."""
    return len(_TAG.sub("", text))


def check(title: str, body: str, max_body: int = DEFAULT_BODY_MAX) -> list[Breach]:
    """Every rule ``title`` and ``body`` break, title first; an empty list when all is well.

    ``max_body`` is the component's ``proposal_length``; 0 means no limit, as in Decidim.
    """
    breaches = _title_length(title)
    breaches += _body_length(body, max_body)
    for field, text in (("title", title), ("body", body)):
        breaches += _etiquette(field, text)
    return breaches


def _title_length(title: str) -> list[Breach]:
    n = len(title)
    if n < TITLE_MIN:
        return [
            Breach(
                TITLE_TOO_SHORT,
                "title",
                f"The title is too short ({n} characters; Decidim wants {TITLE_MIN} to "
                f"{TITLE_MAX}).",
                f"Le titre est trop court ({n} caractères ; Decidim en demande de {TITLE_MIN} "
                f"à {TITLE_MAX}).",
                f"Give the proposal a title of its own, at least {TITLE_MIN} characters long.",
                f"Donnez à la proposition un titre à elle, d'au moins {TITLE_MIN} caractères.",
            )
        ]
    if n > TITLE_MAX:
        over = n - TITLE_MAX
        return [
            Breach(
                TITLE_TOO_LONG,
                "title",
                f"The title is too long ({n} characters; Decidim wants {TITLE_MIN} to "
                f"{TITLE_MAX}).",
                f"Le titre est trop long ({n} caractères ; Decidim en demande de {TITLE_MIN} "
                f"à {TITLE_MAX}).",
                f"Give the proposal a shorter title of its own ({over} characters fewer at least);"
                " the idea's full text stays in the body.",
                f"Donnez à la proposition un titre plus court ({over} caractères de moins au "
                "moins) ; le texte entier de l'idée reste dans la description.",
            )
        ]
    return []


def _body_length(body: str, max_body: int) -> list[Breach]:
    n = plain_length(body)
    if n < BODY_MIN:
        return [
            Breach(
                BODY_TOO_SHORT,
                "body",
                f"The description is too short ({n} characters; at least {BODY_MIN}).",
                f"La description est trop courte ({n} caractères ; {BODY_MIN} au moins).",
                "Say a little more in the idea's text.",
                "Développez un peu le texte de l'idée.",
            )
        ]
    if max_body > 0 and n > max_body:
        over = n - max_body
        return [
            Breach(
                BODY_TOO_LONG,
                "body",
                f"The description is too long ({n} characters; this platform takes at most "
                f"{max_body}).",
                f"La description est trop longue ({n} caractères ; cette plateforme en prend "
                f"{max_body} au plus).",
                f"Shorten the idea's text by {over} characters, or split it into two ideas.",
                f"Raccourcissez le texte de l'idée de {over} caractères, ou scindez-la en deux "
                "idées.",
            )
        ]
    return []


def _etiquette(field: str, text: str) -> list[Breach]:
    # Decidim checks the text without its tags and outer spaces
    plain = _TAG.sub("", text).strip()
    if not plain:
        return []
    name_en, name_fr = ("title", "titre") if field == "title" else ("description", "description")
    found: list[Breach] = []
    # Decidim's test: no capitals at all, or the capitals A-Z fewer than half the length
    # (integer division)
    capitals = len(_CAPITAL.findall(plain))
    if capitals and not capitals < len(plain) // 2:
        found.append(
            Breach(
                TOO_MUCH_CAPS,
                field,
                f"The {name_en} is mostly in capitals; Decidim refuses that.",
                f"Le {name_fr} est surtout en majuscules ; Decidim le refuse."
                if field == "title"
                else "La description est surtout en majuscules ; Decidim le refuse.",
                "Write it in ordinary sentence case.",
                "Écrivez-le en minuscules, avec une majuscule au début."
                if field == "title"
                else "Écrivez-la en minuscules, avec une majuscule au début.",
            )
        )
    runs = _MARKS.findall(plain)
    if runs:
        found.append(
            Breach(
                TOO_MANY_MARKS,
                field,
                f"The {name_en} has “{runs[0]}”: Decidim refuses two of !?¡¿ in a row.",
                f"Le {name_fr} contient « {runs[0]} » : Decidim refuse deux signes !?¡¿ de suite."
                if field == "title"
                else f"La description contient « {runs[0]} » : Decidim refuse deux signes !?¡¿ "
                "de suite.",
                f"Keep a single mark instead of “{runs[0]}”.",
                f"Gardez un seul signe au lieu de « {runs[0]} ».",
            )
        )
    if "a" <= plain[0] <= "z":
        found.append(
            Breach(
                MUST_START_WITH_CAPS,
                field,
                f"The {name_en} starts with a lowercase letter; Decidim wants a capital.",
                f"Le {name_fr} commence par une minuscule ; Decidim veut une majuscule."
                if field == "title"
                else "La description commence par une minuscule ; Decidim veut une majuscule.",
                f"Start it with “{plain[0].upper()}”.",
                f"Commencez par « {plain[0].upper()} ».",
            )
        )
    return found
