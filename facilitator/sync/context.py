"""What one sync run carries through its steps (workspace, client, clock, link, options)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tenacity import Retrying

from facilitator.storage.sync_state import SOURCE_PLATFORM, ItemKind, Problem, SyncItem, SyncLink
from facilitator.storage.workspace import Workspace
from facilitator.sync.cancel import CancelToken
from facilitator.sync.clock import Clock
from facilitator.sync.errors import SignInNeeded, Transient
from facilitator.sync.events import OnEvent, SyncEvent, SyncOptions
from facilitator.sync.graphql import GqlError, GraphQL
from facilitator.sync.platform import whoami
from facilitator.sync.retry import retrying

_TAG = re.compile(r"<[^>]*>")


def comparable(text: str) -> str:
    """Text as compared when matching: without HTML, whitespace collapsed."""
    return " ".join(_TAG.sub(" ", text).split())


@dataclass
class Context:
    ws: Workspace
    gql: GraphQL
    clock: Clock
    link: SyncLink
    options: SyncOptions
    user_id: str
    emit: OnEvent
    numbers: dict[str, int] = field(default_factory=dict)
    total: int = 0
    done: int = 0
    batch_size: int = 5
    #: proposals found on the platform by a lookup (not created by this run's answers)
    found_again: set[str] = field(default_factory=set)
    #: a request may still be running on the platform: wait ``settle`` before a lookup
    must_settle: bool = True
    cancel: CancelToken = field(default_factory=CancelToken)

    def checkpoint(self) -> None:
        """Stop here if the driver asked (between steps: never with a request half-done)."""
        self.cancel.check()

    @property
    def meeting_id(self) -> str:
        return self.link.meeting_id

    def items(self, kind: ItemKind) -> list[SyncItem]:
        return self.ws.sync_state.items(self.meeting_id, kind)

    def say(self, kind: str, en: str, fr: str, **extra: object) -> None:
        self.emit(SyncEvent(kind, self.done, self.total, en, fr, **extra))  # type: ignore[arg-type]

    def retry(self) -> Retrying:
        def on_retry(exc: Transient, wait: float) -> None:
            self.say(
                "retry",
                f"{exc.en} Trying again in {wait:.0f} s.",
                f"{exc.fr} Nouvel essai dans {wait:.0f} s.",
            )

        return retrying(self.clock, self.options, on_retry)

    def not_authorised(self, errors: list[GqlError]) -> Problem | None:
        """A refusal: an expired session is renewed once (then tried again); a real one is
        a problem for the items."""
        refused = [e for e in errors if e.code == "MUTATION_NOT_AUTHORIZED"]
        if not refused:
            return None
        if whoami(self.gql) is None:
            auth = self.gql.auth
            if auth is None or not auth.renew():
                raise SignInNeeded(
                    "The platform's session ended and could not be renewed: sign in again.",
                    "La session sur la plateforme a pris fin et n'a pas pu être renouvelée : "
                    "reconnectez-vous.",
                )
            raise Transient(
                "Session renewed.", "Session renouvelée.", ambiguous=False, retry_after=0.0
            )
        return platform_problem(refused)


def platform_problem(errors: list[GqlError]) -> Problem:
    first = errors[0]
    message = "; ".join(e.message for e in errors if e.message) or first.code
    if first.code == "MUTATION_NOT_AUTHORIZED":
        return Problem(
            SOURCE_PLATFORM,
            first.code,
            f"The platform refused (permission): {message}",
            f"La plateforme a refusé (droits) : {message}",
        )
    return Problem(
        SOURCE_PLATFORM,
        first.code or "ERROR",
        f"The platform refused it: {message}",
        f"La plateforme l'a refusée : {message}",
    )
