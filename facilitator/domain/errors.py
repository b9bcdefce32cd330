"""The family of expected failures, each carrying a message a spokesperson understands.

Every layer raises subclasses of :class:`FacilitatorError` for failures it expects (bad input,
a missing meeting, a full disk, an unreachable platform). The command line and the desktop app
show them as one clear line; anything else is a bug and reaches the crash report.

Messages are bilingual: French first, English as well. ``str(error)`` uses the language chosen
with :func:`set_language` (the app sets it from the system locale or the user's setting).
"""

from __future__ import annotations

_language = "fr"

SUPPORTED_LANGUAGES = ("fr", "en")


def set_language(language: str) -> None:
    """Choose the language of error messages for this process ("fr" or "en")."""
    global _language
    _language = language if language in SUPPORTED_LANGUAGES else "en"


def current_language() -> str:
    return _language


class FacilitatorError(Exception):
    """An expected failure with a message for people, in French and English."""

    def __init__(self, en: str, fr: str | None = None) -> None:
        super().__init__(en)
        self.en = en
        self.fr = fr if fr is not None else en

    def text(self, language: str | None = None) -> str:
        lang = language or _language
        return self.fr if lang == "fr" else self.en

    def __str__(self) -> str:
        return self.text()


class ValidationError(FacilitatorError):
    """Input that cannot be accepted as it is (an empty title, an unknown option...).

    ``field`` names what needs fixing, so a form can put the message next to it.
    """

    def __init__(self, en: str, fr: str | None = None, *, field: str = "") -> None:
        super().__init__(en, fr)
        self.field = field


class NotFoundError(FacilitatorError):
    """A meeting, idea, poll or ticket that does not exist (or no longer does)."""


class ConflictError(FacilitatorError):
    """The action does not fit the current state (voting on a closed poll, a used ticket...)."""
