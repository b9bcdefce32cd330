"""Every word for a value the room and the reports show, in French and English: one table.

Methods, channels, answers, grades, statuses, what a share is of, a tally's notes, and the few
words about results that every screen says (voters, majority grade, tie). The desktop app
(``ui/labels.py``), the phone page (served with its state, :func:`phone_words`), the exports
(``export/labels.py``) and the platform report (``sync/compose.py``) all take them from here,
so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from facilitator.domain import plurals
from facilitator.domain.model import (
    Channel,
    IdeaSource,
    IdeaStatus,
    MeetingStatus,
    PollMethod,
    PollState,
)
from facilitator.domain.voting import NOTE_IGNORED_VOTES, NOTE_NO_BALLOTS, NOTE_NO_VOTES, ShareBase

Pair = tuple[str, str]

#: value -> (English, French)
METHODS: Mapping[PollMethod, Pair] = {
    PollMethod.SINGLE: ("Single choice", "Choix unique"),
    PollMethod.APPROVAL: ("Approval", "Approbation"),
    PollMethod.YES_NO_ABSTAIN: ("Yes / no / abstain", "Oui / non / abstention"),
    PollMethod.DOTS: ("Dots", "Gommettes"),
    PollMethod.MAJORITY_JUDGMENT: ("Majority judgment", "Jugement majoritaire"),
    PollMethod.UPVOTES: ("Upvotes", "Soutiens"),
}

CHANNELS: Mapping[Channel, Pair] = {
    Channel.PHONE: ("Phone", "Téléphone"),
    Channel.TICKET: ("Ticket", "Ticket"),
    Channel.PAPER: ("Paper", "Papier"),
    Channel.SHOW_OF_HANDS: ("Show of hands", "Main levée"),
}

ANSWERS: Mapping[str, Pair] = {
    "yes": ("Yes", "Oui"),
    "no": ("No", "Non"),
    "abstain": ("Abstain", "Abstention"),
}

#: The standard French grades of majority judgment (``model.FRENCH_GRADES``) in English.
GRADES: Mapping[str, Pair] = {
    "Excellent": ("Excellent", "Excellent"),
    "Très bien": ("Very good", "Très bien"),
    "Bien": ("Good", "Bien"),
    "Assez bien": ("Fairly good", "Assez bien"),
    "Passable": ("Passable", "Passable"),
    "Insuffisant": ("Insufficient", "Insuffisant"),
    "À rejeter": ("Reject", "À rejeter"),
}

SOURCES: Mapping[IdeaSource, Pair] = {
    IdeaSource.SPOKESPERSON: ("Spokesperson", "Porte-parole"),
    IdeaSource.PHONE: ("Phone", "Téléphone"),
    IdeaSource.PAPER: ("Paper", "Papier"),
}

IDEA_STATUSES: Mapping[IdeaStatus, Pair] = {
    IdeaStatus.KEPT: ("Kept", "Retenue"),
    IdeaStatus.MERGED: ("Merged", "Fusionnée"),
    IdeaStatus.HIDDEN: ("Hidden", "Masquée"),
    IdeaStatus.PENDING: ("Awaiting moderation", "En attente de modération"),
    IdeaStatus.REJECTED: ("Rejected", "Refusée"),
}

MEETING_STATUSES: Mapping[MeetingStatus, Pair] = {
    MeetingStatus.DRAFT: ("In preparation", "En préparation"),
    MeetingStatus.OPEN: ("In progress", "En cours"),
    MeetingStatus.CLOSED: ("Finished", "Terminée"),
}

POLL_STATES: Mapping[PollState, Pair] = {
    PollState.DRAFT: ("Draft", "Brouillon"),
    PollState.OPEN: ("Open", "Ouvert"),
    PollState.CLOSED: ("Closed", "Clos"),
}

#: What a share is a fraction of, said under every result (``voting.ShareBase``).
SHARE_BASES: Mapping[ShareBase, Pair] = {
    ShareBase.VOTES: ("% of the votes", "% des voix"),
    ShareBase.VOTERS: ("% of the voters", "% des votants"),
    ShareBase.POINTS: ("% of the points", "% des points"),
    ShareBase.VOTES_CAST_YES_NO: (
        "% of the votes cast (yes + no); abstentions apart",
        "% des suffrages exprimés (oui + non) ; abstentions à part",
    ),
}

NOTES: Mapping[str, Pair] = {
    NOTE_NO_BALLOTS: ("No ballots yet.", "Aucun bulletin pour l'instant."),
    NOTE_NO_VOTES: ("Nobody has chosen an option yet.", "Personne n'a encore choisi d'option."),
    NOTE_IGNORED_VOTES: (
        "Some votes name options no longer in the poll; they are not counted.",
        "Des voix désignent des options retirées du vote ; elles ne sont pas comptées.",
    ),
}

#: People's roles, as sentences name them.
ROLES: Mapping[str, Pair] = {
    "spokesperson": ("spokesperson", "porte-parole"),
}

#: The words about results every screen says (the phone, the projector, the reports).
WORDS: Mapping[str, Pair] = {
    "results": ("Results", "Résultats"),
    "majority_grade": ("Majority grade", "Mention majoritaire"),
    "tie": ("Tie", "Égalité"),
    "abstentions": ("Abstentions", "Abstentions"),
    "voting_open": ("Voting is open", "Le vote est ouvert"),
    "voting_closed": ("Voting is closed", "Le vote est clos"),
    "results_hidden": (
        "Results will be shown when the spokesperson reveals them.",
        "Les résultats seront montrés quand le porte-parole les dévoilera.",
    ),
    "time_left": ("Time left", "Temps restant"),
    "join_code": ("Code", "Code"),
    "no_headcount": ("Headcount not taken", "Nombre de présents non relevé"),
}

#: key -> ((English one, English many), (French one, French many)); ``{n}`` is the number.
PLURALS: Mapping[str, tuple[Pair, Pair]] = {
    "voters": (("{n} voter", "{n} voters"), ("{n} votant", "{n} votants")),
    "votes": (("{n} vote", "{n} votes"), ("{n} voix", "{n} voix")),
    "points": (("{n} point", "{n} points"), ("{n} point", "{n} points")),
    "upvotes": (("{n} upvote", "{n} upvotes"), ("{n} soutien", "{n} soutiens")),
    "votes_cast": (
        ("{n} vote cast", "{n} votes cast"),
        ("{n} suffrage exprimé", "{n} suffrages exprimés"),
    ),
    "phones_here": (
        ("{n} phone connected", "{n} phones connected"),
        ("{n} téléphone connecté", "{n} téléphones connectés"),
    ),
}


def pick(pair: Pair, language: str) -> str:
    """The French or English half of ``(English, French)``."""
    return pair[1] if language == "fr" else pair[0]


def method(value: PollMethod, language: str) -> str:
    return pick(METHODS[value], language)


def channel(value: Channel, language: str) -> str:
    return pick(CHANNELS[value], language)


def source(value: IdeaSource, language: str) -> str:
    return pick(SOURCES[value], language)


def idea_status(value: IdeaStatus, language: str) -> str:
    return pick(IDEA_STATUSES[value], language)


def meeting_status(value: MeetingStatus, language: str) -> str:
    return pick(MEETING_STATUSES[value], language)


def poll_state(value: PollState, language: str) -> str:
    return pick(POLL_STATES[value], language)


def share_base(value: ShareBase, language: str) -> str:
    return pick(SHARE_BASES[value], language)


def note(code: str, language: str) -> str:
    return pick(NOTES[code], language)


def role(key: str, language: str) -> str:
    return pick(ROLES[key], language)


def word(key: str, language: str) -> str:
    return pick(WORDS[key], language)


def answer(key: str, language: str) -> str:
    """A yes/no/abstain answer; any other key as it is."""
    pair = ANSWERS.get(key)
    return pick(pair, language) if pair else key


def grade(name: str, language: str) -> str:
    """A standard grade in ``language``; a grade the spokesperson named stays as written."""
    pair = GRADES.get(name)
    return pick(pair, language) if pair else name


def _plural_forms(key: str, language: str) -> Pair:
    english, french = PLURALS[key]
    return french if language == "fr" else english


def count(key: str, n: int, language: str) -> str:
    """``n`` with its noun: "1 voter", "3 voters"; French counts 0 and 1 as singular."""
    return plurals.form(n, language, *PLURALS[key]).format(n=n)


def phone_words(language: str) -> dict[str, Any]:
    """Every term the phone page shows, in ``language``, ready to be served as JSON."""
    return {
        "methods": {str(m): method(m, language) for m in PollMethod},
        "answers": {key: answer(key, language) for key in ANSWERS},
        "grades": {name: grade(name, language) for name in GRADES},
        "share_bases": {str(b): share_base(b, language) for b in ShareBase},
        "notes": {code: note(code, language) for code in NOTES},
        "roles": {key: role(key, language) for key in ROLES},
        "words": {key: word(key, language) for key in WORDS},
        "plurals": {key: list(_plural_forms(key, language)) for key in PLURALS},
    }
