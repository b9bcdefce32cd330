"""Words for the domain's values (methods, channels, answers, grades, statuses), in French and
English: one table, used by the exports and the platform report alike.

The desktop app words the same values through Qt's translation files (``ui/labels.py``).
"""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.domain.model import (
    Channel,
    IdeaSource,
    IdeaStatus,
    MeetingStatus,
    PollMethod,
    PollState,
)

#: value -> (English, French)
METHODS: Mapping[PollMethod, tuple[str, str]] = {
    PollMethod.SINGLE: ("Single choice", "Choix unique"),
    PollMethod.APPROVAL: ("Approval", "Vote par approbation"),
    PollMethod.YES_NO_ABSTAIN: ("Yes / no / abstain", "Oui / non / abstention"),
    PollMethod.DOTS: ("Dots", "Gommettes"),
    PollMethod.MAJORITY_JUDGMENT: ("Majority judgment", "Jugement majoritaire"),
    PollMethod.UPVOTES: ("Upvotes", "Soutiens"),
}

CHANNELS: Mapping[Channel, tuple[str, str]] = {
    Channel.PHONE: ("Phone", "Téléphone"),
    Channel.TICKET: ("Ticket", "Ticket"),
    Channel.PAPER: ("Paper", "Papier"),
    Channel.SHOW_OF_HANDS: ("Show of hands", "Main levée"),
}

ANSWERS: Mapping[str, tuple[str, str]] = {
    "yes": ("Yes", "Oui"),
    "no": ("No", "Non"),
    "abstain": ("Abstain", "Abstention"),
}

#: The standard French grades of majority judgment (``model.FRENCH_GRADES``) in English.
GRADES: Mapping[str, tuple[str, str]] = {
    "Excellent": ("Excellent", "Excellent"),
    "Très bien": ("Very good", "Très bien"),
    "Bien": ("Good", "Bien"),
    "Assez bien": ("Fairly good", "Assez bien"),
    "Passable": ("Passable", "Passable"),
    "Insuffisant": ("Insufficient", "Insuffisant"),
    "À rejeter": ("Reject", "À rejeter"),
}

SOURCES: Mapping[IdeaSource, tuple[str, str]] = {
    IdeaSource.SPOKESPERSON: ("Spokesperson", "Porte-parole"),
    IdeaSource.PHONE: ("Phone", "Téléphone"),
    IdeaSource.PAPER: ("Paper", "Papier"),
}

IDEA_STATUSES: Mapping[IdeaStatus, tuple[str, str]] = {
    IdeaStatus.KEPT: ("Kept", "Retenue"),
    IdeaStatus.MERGED: ("Merged", "Fusionnée"),
    IdeaStatus.HIDDEN: ("Hidden", "Masquée"),
    IdeaStatus.PENDING: ("Awaiting moderation", "En attente de modération"),
    IdeaStatus.REJECTED: ("Rejected", "Refusée"),
}

MEETING_STATUSES: Mapping[MeetingStatus, tuple[str, str]] = {
    MeetingStatus.DRAFT: ("Draft", "Brouillon"),
    MeetingStatus.OPEN: ("Open", "Ouverte"),
    MeetingStatus.CLOSED: ("Closed", "Close"),
}

POLL_STATES: Mapping[PollState, tuple[str, str]] = {
    PollState.DRAFT: ("Draft", "Brouillon"),
    PollState.OPEN: ("Open", "Ouvert"),
    PollState.CLOSED: ("Closed", "Clos"),
}


def pick(pair: tuple[str, str], language: str) -> str:
    """The French or English half of ``(English, French)``."""
    return pair[1] if language == "fr" else pair[0]


def method(value: PollMethod, language: str) -> str:
    return pick(METHODS[value], language)


def channel(value: Channel, language: str) -> str:
    return pick(CHANNELS[value], language)


def answer(key: str, language: str) -> str:
    """A yes/no/abstain answer; any other key as it is."""
    pair = ANSWERS.get(key)
    return pick(pair, language) if pair else key


def grade(name: str, language: str) -> str:
    """A standard grade in ``language``; a grade the spokesperson named stays as written."""
    pair = GRADES.get(name)
    return pick(pair, language) if pair else name
