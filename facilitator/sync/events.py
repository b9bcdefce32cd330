"""What the engine tells its driver (the command line, the app): progress events, options,
and the final summary. Plain data, no printing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from facilitator.domain.plurals import Forms, counted


@dataclass(frozen=True, slots=True)
class SyncEvent:
    """One step. ``kind``: "start", "item", "retry", "wait", "outcome", "done".

    ``done``/``total`` count the proposals settled so far; for "item", ``state`` is the
    item's new state and ``number`` the idea's place in the meeting's list (1 = first).
    """

    kind: str
    done: int
    total: int
    en: str
    fr: str
    number: int | None = None
    state: str = ""
    local_id: str | None = None

    def message(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


OnEvent = Callable[[SyncEvent], None]


@dataclass(frozen=True, slots=True)
class SyncOptions:
    update: bool = False  # also update proposals changed since they were sent
    batch_size: int = 5  # createProposal aliases per request (Decidim allows 5)
    max_attempts: int = 8  # per request, before the sync stops (resumable)
    backoff_first: float = 1.0  # seconds; doubled each attempt, with full jitter
    backoff_cap: float = 60.0
    #: after an ambiguous failure, wait this long after the request before looking it up, so a
    #: request still running on the platform has finished
    settle: float = 30.0


@dataclass(frozen=True, slots=True)
class ItemReport:
    number: int | None
    local_id: str
    title: str
    state: str
    remote_id: str | None = None
    problem_en: str = ""
    problem_fr: str = ""

    def problem(self, language: str) -> str:
        return self.problem_fr if language == "fr" else self.problem_en

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "idea_id": self.local_id,
            "title": self.title,
            "state": self.state,
            "remote_id": self.remote_id,
            "reason": {"en": self.problem_en, "fr": self.problem_fr} if self.problem_en else None,
        }


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to the meeting on the platform.

    ``kind``: "closed", "commented", "waiting" (not ended yet), "needs_attention", "none"
    (no meeting linked). ``report`` is the report text (for the admin close form).
    """

    kind: str
    en: str
    fr: str
    remote_meeting_id: str | None = None
    report: str = ""

    @property
    def done(self) -> bool:
        return self.kind in ("closed", "commented", "none")

    @property
    def report_for_coordinator(self) -> str:
        """The report the coordinator pastes into the platform's close form: whenever sync did
        not close the meeting with it (an official meeting, commented or refused; a close
        refused). Empty when the meeting was closed, is waiting for its end, or none is linked."""
        return "" if self.kind in ("closed", "waiting", "none") else self.report

    def message(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


#: "3 need attention", "1 needs attention"; "à revoir" does not agree with its number
NEED_ATTENTION: tuple[Forms, Forms] = (
    ("needs attention", "need attention"),
    ("à revoir", "à revoir"),
)


@dataclass(slots=True)
class SyncSummary:
    meeting_id: str
    platform_url: str
    created: list[ItemReport] = field(default_factory=list)
    already: list[ItemReport] = field(default_factory=list)
    attention: list[ItemReport] = field(default_factory=list)
    changed: list[ItemReport] = field(default_factory=list)
    unsent: list[ItemReport] = field(default_factory=list)
    excluded: list[ItemReport] = field(default_factory=list)
    updated: list[ItemReport] = field(default_factory=list)
    outcome: Outcome | None = None
    requests: int = 0
    dry_run: bool = False

    @property
    def complete(self) -> bool:
        """Everything is on the platform: exit 0."""
        return (
            not (self.attention or self.changed or self.unsent)
            and self.outcome is not None
            and self.outcome.done
        )

    def describe(self, language: str) -> str:
        """The run in one line: what was created, found, to revise, changed; the requests."""
        made = counted(
            len(self.created),
            language,
            ("proposal created", "proposals created"),
            ("proposition créée", "propositions créées"),
        )
        revise = counted(len(self.attention), language, *NEED_ATTENTION)
        edited = counted(
            len(self.changed),
            language,
            ("changed since sync", "changed since sync"),
            ("modifiée depuis l'envoi", "modifiées depuis l'envoi"),
        )
        asked = counted(self.requests, language, ("request", "requests"), ("requête", "requêtes"))
        already = len(self.already)
        if language == "fr":
            return f"{made}, {already} déjà sur la plateforme, {revise}, {edited} ; {asked}."
        return f"{made}, {already} already there, {revise}, {edited}; {asked}."

    def missing(self, language: str) -> str:
        """What is not on the platform yet ("" when the run is complete)."""
        if self.complete:
            return ""
        n = len(self.attention) + len(self.changed) + len(self.unsent)
        fr = language == "fr"
        if not n:
            return (
                "le compte rendu de la réunion n'est pas encore sur la plateforme"
                if fr
                else "the meeting's report is not on the platform yet"
            )
        text = counted(
            n,
            language,
            ("item not on the platform yet", "items not on the platform yet"),
            ("élément pas encore sur la plateforme", "éléments pas encore sur la plateforme"),
        )
        if self.outcome is not None and not self.outcome.done:
            text += ", ni le compte rendu de la réunion" if fr else ", nor the meeting's report"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "meeting_id": self.meeting_id,
            "platform": self.platform_url,
            "dry_run": self.dry_run,
            "complete": self.complete,
            "created": [i.to_dict() for i in self.created],
            "already_there": [i.to_dict() for i in self.already],
            "updated": [i.to_dict() for i in self.updated],
            "needs_attention": [i.to_dict() for i in self.attention],
            "changed_since_sync": [i.to_dict() for i in self.changed],
            "not_sent": [i.to_dict() for i in self.unsent],
            "excluded": [i.to_dict() for i in self.excluded],
            "meeting": None
            if self.outcome is None
            else {
                "outcome": self.outcome.kind,
                "remote_meeting_id": self.outcome.remote_meeting_id,
                "message": {"en": self.outcome.en, "fr": self.outcome.fr},
            },
            "requests": self.requests,
        }
