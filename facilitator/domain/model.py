"""Entities of a meeting: the meeting itself, ideas, polls, ballots, counts, attendance, tickets.

All entities are frozen dataclasses. Each record carries a UUID made where it is created (laptop
or phone) and never changed: bundle merges and retries are idempotent because of it. Changes are
made with :func:`dataclasses.replace` and then validated again.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from facilitator.domain.errors import ValidationError
from facilitator.domain.text import clean_notes, clean_text, has_visible_character

MAX_TITLE = 200
MAX_IDEA_TEXT = 2000
MAX_THEME = 60
MAX_QUESTION = 300
MAX_OPTION_LABEL = 300
MAX_OPTIONS = 50
MAX_NOTES = 20000


def new_id() -> str:
    """A fresh record identifier (UUID4, as text).

    Made from the random bytes directly: ``str(uuid.uuid4())`` costs twice as much, and
    a room's burst of ballots makes two per ballot.
    """
    raw = bytearray(secrets.token_bytes(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_secret(nbytes: int = 12) -> str:
    """An unguessable URL-safe code (join codes, device tokens, ticket codes)."""
    return secrets.token_urlsafe(nbytes)


#: Ticket codes are typed from paper: capitals and digits without look-alikes (no 0/O, 1/I/L).
TICKET_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
TICKET_CODE_LENGTH = 12  # 31**12: about 59 bits, and the server rate-limits guesses


def new_ticket_code() -> str:
    return "".join(secrets.choice(TICKET_ALPHABET) for _ in range(TICKET_CODE_LENGTH))


def normalise_ticket_code(text: str) -> str:
    """A typed or scanned ticket code as stored: capitals, without spaces or dashes."""
    return "".join(c for c in text.upper() if c not in " -\t")


def format_ticket_code(code: str) -> str:
    """A ticket code as printed and shown, in groups of four: ``ABCD-EFGH-JKMN``."""
    return "-".join(code[n : n + 4] for n in range(0, len(code), 4))


#: The short join code typed from the back of the room: 31**6, about 887 million codes, and
#: the server refuses more than a few wrong ones per address (docs/phone-voting.md).
SHORT_CODE_LENGTH = 6


def short_join_code(join_code: str) -> str:
    """The meeting's short code, made from its join code: nothing to store, nothing to drift.

    It leads to the same meeting as the join code (the projector shows both), and the join
    code cannot be worked back from it.
    """
    digest = hashlib.sha256(b"facilitator short join code\0" + join_code.encode()).digest()
    number = int.from_bytes(digest, "big")
    letters = []
    for _ in range(SHORT_CODE_LENGTH):
        number, index = divmod(number, len(TICKET_ALPHABET))
        letters.append(TICKET_ALPHABET[index])
    return "".join(letters)


def format_short_code(code: str) -> str:
    """A short code as shown and printed: ``K7M-Q2P``."""
    return f"{code[:3]}-{code[3:]}"


def now() -> datetime:
    """The current time, timezone-aware, in UTC (stored as such; shown in local time)."""
    return datetime.now(UTC)


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class IdeaSource(StrEnum):
    SPOKESPERSON = "spokesperson"
    PHONE = "phone"
    PAPER = "paper"


class IdeaStatus(StrEnum):
    """Where an idea stands. Phone ideas start ``pending`` in the moderation inbox."""

    KEPT = "kept"
    MERGED = "merged"
    HIDDEN = "hidden"
    PENDING = "pending"
    REJECTED = "rejected"


class PollMethod(StrEnum):
    SINGLE = "single"
    APPROVAL = "approval"
    YES_NO_ABSTAIN = "yes_no_abstain"
    DOTS = "dots"
    MAJORITY_JUDGMENT = "majority_judgment"
    UPVOTES = "upvotes"


class PollState(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class ResultsVisibility(StrEnum):
    """``live``: results show as ballots arrive; ``hidden``: only once revealed."""

    LIVE = "live"
    HIDDEN = "hidden"


class Channel(StrEnum):
    """How a vote reached the tally."""

    PHONE = "phone"
    TICKET = "ticket"
    PAPER = "paper"
    SHOW_OF_HANDS = "show_of_hands"


#: Channels whose votes are typed in by the spokesperson as aggregated counts.
COUNTED_CHANNELS = (Channel.SHOW_OF_HANDS, Channel.PAPER)

#: The seven grades of majority judgment as used in French participatory budgets, best first.
FRENCH_GRADES: tuple[str, ...] = (
    "Excellent",
    "Très bien",
    "Bien",
    "Assez bien",
    "Passable",
    "Insuffisant",
    "À rejeter",
)

#: The fixed answers of a yes/no/abstain poll, in display order.
YES_NO_ABSTAIN_ANSWERS: tuple[str, ...] = ("yes", "no", "abstain")


def _require_text(
    value: str, *, field_name: str, maximum: int, en: str, fr: str, multiline: bool = False
) -> str:
    """``value`` cleaned (see :mod:`facilitator.domain.text`), or why it cannot be accepted."""
    text = clean_text(value, multiline=multiline)
    if not has_visible_character(text):
        raise ValidationError(en, fr, field=field_name)
    if len(text) > maximum:
        raise ValidationError(
            f"This text is too long ({len(text)} characters, at most {maximum}).",
            f"Ce texte est trop long ({len(text)} caractères, {maximum} au plus).",
            field=field_name,
        )
    return text


@dataclass(frozen=True, slots=True)
class Meeting:
    title: str
    neighbourhood: str = ""
    place: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    language: str = "fr"
    status: MeetingStatus = MeetingStatus.DRAFT
    notes: str = ""
    archived: bool = False
    join_code: str = field(default_factory=new_secret)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)

    @property
    def date(self) -> datetime:
        """The date a meeting is listed and reported under: when it starts, else its creation."""
        return self.starts_at or self.created_at

    @property
    def short_code(self) -> str:
        """The code people type after the laptop's address (see :func:`short_join_code`)."""
        return short_join_code(self.join_code)

    def validated(self) -> Meeting:
        """Return this meeting, tidied, or raise :class:`ValidationError`."""
        title = _require_text(
            self.title,
            field_name="title",
            maximum=MAX_TITLE,
            en="A meeting needs a title.",
            fr="Une réunion doit avoir un titre.",
        )
        if self.language not in ("fr", "en"):
            raise ValidationError(
                "The meeting language must be French (fr) or English (en).",
                "La langue de la réunion doit être le français (fr) ou l'anglais (en).",
                field="language",
            )
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError(
                "The meeting cannot end before it starts.",
                "La réunion ne peut pas finir avant de commencer.",
                field="ends_at",
            )
        return replace(
            self,
            title=title,
            neighbourhood=clean_text(self.neighbourhood),
            place=clean_text(self.place),
            notes=_meeting_notes(self.notes),
        )


@dataclass(frozen=True, slots=True)
class Idea:
    meeting_id: str
    text: str
    theme: str = ""
    source: IdeaSource = IdeaSource.SPOKESPERSON
    status: IdeaStatus = IdeaStatus.KEPT
    merged_into: str | None = None
    position: int = 0
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)

    def validated(self) -> Idea:
        text = _require_text(
            self.text,
            field_name="text",
            maximum=MAX_IDEA_TEXT,
            en="An idea cannot be empty.",
            fr="Une idée ne peut pas être vide.",
            multiline=True,
        )
        theme = normalise_theme(self.theme)
        if len(theme) > MAX_THEME:
            raise ValidationError(
                f"A theme has at most {MAX_THEME} characters.",
                f"Un thème compte {MAX_THEME} caractères au plus.",
                field="theme",
            )
        if self.status is IdeaStatus.MERGED and not self.merged_into:
            raise ValidationError(
                "A merged idea must say which idea it was merged into.",
                "Une idée fusionnée doit indiquer dans quelle idée elle a été fusionnée.",
                field="merged_into",
            )
        if self.merged_into == self.id:
            raise ValidationError(
                "An idea cannot be merged into itself.",
                "Une idée ne peut pas être fusionnée avec elle-même.",
                field="merged_into",
            )
        merged_into = self.merged_into if self.status is IdeaStatus.MERGED else None
        return replace(self, text=text, theme=theme, merged_into=merged_into)


#: The ideas a meeting counts and reports: kept ones. Not those hidden (set aside), merged into
#: another (their text counts with it), waiting in the inbox, or rejected. The app, the
#: exports, the report and sync all count with :func:`is_retained`: one definition.
RETAINED_STATUS = IdeaStatus.KEPT


def is_retained(idea: Idea) -> bool:
    """Whether the meeting counts this idea (see :data:`RETAINED_STATUS`)."""
    return idea.status is RETAINED_STATUS


def normalise_theme(theme: str) -> str:
    """Themes are compared without their ``#`` and surrounding spaces; case is kept."""
    text = clean_text(theme).lstrip("#").strip()
    return text if has_visible_character(text) else ""


def _meeting_notes(notes: str) -> str:
    text = clean_notes(notes)
    if len(text) > MAX_NOTES:
        raise ValidationError(
            f"The notes are too long (at most {MAX_NOTES} characters).",
            f"Les notes sont trop longues ({MAX_NOTES} caractères au plus).",
            field="notes",
        )
    return text


def split_theme_tag(line: str) -> tuple[str, str]:
    """Split ``"Plus de bancs #mobilier"`` into ``("Plus de bancs", "mobilier")``.

    The last ``#word`` (letters, digits, ``-`` and ``_``) anywhere in the line becomes the
    theme and is removed from the text. A line with no tag has an empty theme.
    """
    words = line.split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        tag = word[1:]
        if word.startswith("#") and tag and all(c.isalnum() or c in "-_" for c in tag):
            text = " ".join(words[:index] + words[index + 1 :])
            return text, tag
    return line.strip(), ""


@dataclass(frozen=True, slots=True)
class PollOption:
    label: str
    idea_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class PollParams:
    """Method parameters. Unused ones are ignored by methods that do not need them.

    - ``max_choices``: approval and upvotes, how many options a voter may pick (None: any).
    - ``points``: dots, how many points each voter spreads.
    - ``max_per_option``: dots, at most this many points on one option (None: no limit).
    - ``grades``: majority judgment, best first.
    - ``allow_change``: a voter may change their ballot until the poll closes (last counts).
    - ``countdown``: any method, the poll closes by itself this many seconds after it opens
      (None: it stays open until the spokesperson closes it).
    """

    max_choices: int | None = None
    points: int = 5
    max_per_option: int | None = None
    grades: tuple[str, ...] = FRENCH_GRADES
    allow_change: bool = True
    countdown: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "max_choices": self.max_choices,
            "points": self.points,
            "max_per_option": self.max_per_option,
            "grades": list(self.grades),
            "allow_change": self.allow_change,
        }
        if self.countdown is not None:  # absent otherwise: older files read the same
            data["countdown"] = self.countdown
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PollParams:
        countdown = data.get("countdown")
        return cls(
            max_choices=data.get("max_choices"),
            points=int(data.get("points", 5)),
            max_per_option=data.get("max_per_option"),
            grades=tuple(data.get("grades") or FRENCH_GRADES),
            allow_change=bool(data.get("allow_change", True)),
            countdown=int(countdown) if isinstance(countdown, int | float) else None,
        )


@dataclass(frozen=True, slots=True)
class Poll:
    meeting_id: str
    question: str
    method: PollMethod
    options: tuple[PollOption, ...] = ()
    params: PollParams = field(default_factory=PollParams)
    state: PollState = PollState.DRAFT
    visibility: ResultsVisibility = ResultsVisibility.LIVE
    revealed: bool = False
    position: int = 0
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)

    @property
    def results_visible(self) -> bool:
        """Whether participants and the projector may see the results now."""
        return self.revealed or self.visibility is ResultsVisibility.LIVE

    @property
    def deadline(self) -> datetime | None:
        """When an open poll with a countdown closes by itself (None: it has none)."""
        if self.state is not PollState.OPEN or self.opened_at is None:
            return None
        if not self.params.countdown:
            return None
        return self.opened_at + timedelta(seconds=self.params.countdown)

    def due(self, at: datetime) -> bool:
        """Whether its countdown has run out at ``at`` (it must close, and takes no ballot)."""
        deadline = self.deadline
        return deadline is not None and at >= deadline

    def time_left(self, at: datetime) -> float | None:
        """Seconds until the countdown runs out (0 once it has), or None without one."""
        deadline = self.deadline
        return None if deadline is None else max(0.0, (deadline - at).total_seconds())

    def option(self, option_id: str) -> PollOption | None:
        for option in self.options:
            if option.id == option_id:
                return option
        return None

    def validated(self) -> Poll:
        question = _require_text(
            self.question,
            field_name="question",
            maximum=MAX_QUESTION,
            en="A poll needs a question.",
            fr="Un vote doit avoir une question.",
        )
        options = tuple(
            replace(
                o,
                label=_require_text(
                    o.label,
                    field_name="options",
                    maximum=MAX_OPTION_LABEL,
                    en="An option cannot be empty.",
                    fr="Une option ne peut pas être vide.",
                ),
            )
            for o in self.options
        )
        if self.method is PollMethod.YES_NO_ABSTAIN:
            if options:
                raise ValidationError(
                    "A yes/no/abstain poll has fixed answers and takes no options.",
                    "Un vote oui/non/abstention a des réponses fixes et ne prend pas d'options.",
                    field="options",
                )
        elif len(options) < 2 and self.method is not PollMethod.UPVOTES:
            raise ValidationError(
                "A poll needs at least two options.",
                "Un vote doit proposer au moins deux options.",
                field="options",
            )
        if len(options) > MAX_OPTIONS:
            raise ValidationError(
                f"A poll has at most {MAX_OPTIONS} options.",
                f"Un vote propose {MAX_OPTIONS} options au plus.",
                field="options",
            )
        if len({o.id for o in options}) != len(options):
            raise ValidationError(
                "Two options share the same identifier.",
                "Deux options ont le même identifiant.",
                field="options",
            )
        params = _validate_params(self.method, self.params, len(options))
        return replace(self, question=question, options=options, params=params)


#: A countdown runs between ten seconds and two hours.
COUNTDOWN_RANGE = (10, 7200)


def _validate_params(method: PollMethod, params: PollParams, option_count: int) -> PollParams:
    low, high = COUNTDOWN_RANGE
    if params.countdown is not None and not low <= params.countdown <= high:
        raise ValidationError(
            f"A countdown lasts between {low} seconds and {high // 3600} hours.",
            f"Un compte à rebours dure entre {low} secondes et {high // 3600} heures.",
            field="countdown",
        )
    if params.max_choices is not None and params.max_choices < 1:
        raise ValidationError(
            "The maximum number of choices must be at least 1.",
            "Le nombre maximum de choix doit être d'au moins 1.",
            field="max_choices",
        )
    if method is PollMethod.DOTS:
        if not 1 <= params.points <= 100:
            raise ValidationError(
                "Each voter must have between 1 and 100 points to spread.",
                "Chaque votant doit avoir entre 1 et 100 points à répartir.",
                field="points",
            )
        if params.max_per_option is not None and not params.max_per_option >= 1:
            raise ValidationError(
                "The maximum per option must be at least 1 point.",
                "Le maximum par option doit être d'au moins 1 point.",
                field="max_per_option",
            )
    if method is PollMethod.MAJORITY_JUDGMENT:
        grades = [clean_text(g) for g in params.grades]
        if not 2 <= len(grades) <= 10 or not all(has_visible_character(g) for g in grades):
            raise ValidationError(
                "Majority judgment needs between 2 and 10 named grades.",
                "Le jugement majoritaire demande entre 2 et 10 mentions nommées.",
                field="grades",
            )
        if len(set(grades)) != len(grades):
            raise ValidationError(
                "Two grades have the same name.",
                "Deux mentions portent le même nom.",
                field="grades",
            )
        return replace(params, grades=tuple(grades))
    return params


@dataclass(frozen=True, slots=True)
class Ballot:
    """One voter's ballot in one poll. The database keeps one per (poll, voter).

    ``content`` depends on the method (see :mod:`facilitator.domain.ballots`).
    ``voter`` is an opaque, anonymous identifier (a device, a ticket, a paper ballot number).
    """

    poll_id: str
    voter: str
    channel: Channel
    content: Mapping[str, Any]
    idempotency_key: str = field(default_factory=new_id)
    id: str = field(default_factory=new_id)
    cast_at: datetime = field(default_factory=now)


@dataclass(frozen=True, slots=True)
class CountEntry:
    """Counts typed in by the spokesperson for one channel (show of hands or paper).

    ``counts`` maps an option id (or a yes/no/abstain answer) to a number: votes for single,
    approval, yes/no/abstain and upvotes, points for dots. For majority judgment it maps an option
    id to a list of counts per grade, best first. ``voters`` is how many people took part through
    this channel (for approval's share of voters and for turnout).
    """

    poll_id: str
    channel: Channel
    counts: Mapping[str, Any]
    voters: int = 0
    id: str = field(default_factory=new_id)
    entered_at: datetime = field(default_factory=now)


@dataclass(frozen=True, slots=True)
class Attendance:
    meeting_id: str
    headcount: int = 0
    notes: str = ""
    updated_at: datetime = field(default_factory=now)

    def validated(self) -> Attendance:
        if self.headcount < 0:
            raise ValidationError(
                "The headcount cannot be negative.",
                "Le nombre de participants ne peut pas être négatif.",
                field="headcount",
            )
        if self.headcount > 100_000:
            raise ValidationError(
                "The headcount looks wrong (more than 100,000).",
                "Le nombre de participants semble faux (plus de 100 000).",
                field="headcount",
            )
        return replace(self, notes=clean_notes(self.notes))


@dataclass(frozen=True, slots=True)
class Ticket:
    """A printed one-time card. It binds to the first phone that uses it."""

    meeting_id: str
    code: str = field(default_factory=new_ticket_code)
    number: int = 0
    bound_device: str | None = None
    bound_at: datetime | None = None
    id: str = field(default_factory=new_id)
    issued_at: datetime = field(default_factory=now)
