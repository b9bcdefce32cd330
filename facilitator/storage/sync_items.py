"""The records of sync state: item kinds and states, problems, the link, and the rule that
moves an item from one state to the next when the journal is folded in (pure: no SQL)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any
from urllib.parse import quote

from facilitator.storage.codec import parse_dt


class ItemState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    ATTENTION = "needs_attention"
    CHANGED = "changed_since_sync"
    EXCLUDED = "excluded"


class ItemKind(StrEnum):
    PROPOSAL = "proposal"  # local_id: the idea
    MEETING = "meeting"  # the meeting created on the platform (local_id: the meeting)
    REPORT = "report"  # the close or the comment (local_id: the meeting)


#: Where a problem came from: the local rule checks, the platform, or the idea's own status.
SOURCE_RULES = "rules"
SOURCE_PLATFORM = "platform"
SOURCE_NOT_KEPT = "not_kept"
SOURCE_USER = "user"


@dataclass(frozen=True, slots=True)
class Problem:
    """Why an item is not on the platform, in both languages."""

    source: str
    code: str
    en: str
    fr: str = ""

    def text(self, language: str) -> str:
        return (self.fr or self.en) if language == "fr" else self.en

    def dumps(self) -> str:
        return json.dumps(
            {"source": self.source, "code": self.code, "en": self.en, "fr": self.fr},
            ensure_ascii=False,
        )

    @classmethod
    def loads(cls, text: str) -> Problem | None:
        if not text:
            return None
        data = json.loads(text)
        return cls(data["source"], data["code"], data["en"], data.get("fr", ""))


@dataclass(frozen=True, slots=True)
class SyncLink:
    meeting_id: str
    platform_url: str
    proposals_component: str
    locale: str
    meetings_component: str | None = None
    remote_meeting_id: str | None = None
    #: Whether Facilitator created the remote meeting (then sync may close it).
    meeting_created: bool = False
    proposal_length: int = 500
    #: The platform user sync acts as (to recognise our proposals when matching).
    author_id: str | None = None
    journal_seq: int = 0
    #: The participatory space: "process" or "assembly", and its slug (for public addresses).
    space_kind: str | None = None
    space_slug: str | None = None

    def space_address(self) -> str | None:
        """The space's public page, once its kind and slug are known (decidim.md's patterns)."""
        if not self.space_slug or self.space_kind not in SPACE_PATHS:
            return None
        return f"{self.platform_url}/{SPACE_PATHS[self.space_kind]}/{quote(self.space_slug)}"

    def proposal_address(self, remote_id: str | None) -> str | None:
        """A proposal's public address: ``{space}/f/{component}/proposals/{id}``."""
        space = self.space_address()
        if space is None or not remote_id:
            return None
        return f"{space}/f/{self.proposals_component}/proposals/{remote_id}"

    def meeting_address(self) -> str | None:
        """The remote meeting's public address, once it exists on the platform."""
        space = self.space_address()
        if space is None or not self.meetings_component or not self.remote_meeting_id:
            return None
        return f"{space}/f/{self.meetings_component}/meetings/{self.remote_meeting_id}"

    def follow_address(self) -> str | None:
        """Where participants follow up: the meeting's page, else the proposals' list."""
        space = self.space_address()
        if space is None:
            return None
        return self.meeting_address() or f"{space}/f/{self.proposals_component}/proposals"


#: A space kind's segment in public addresses.
SPACE_PATHS = {"process": "processes", "assembly": "assemblies"}


@dataclass(frozen=True, slots=True)
class SyncItem:
    meeting_id: str
    kind: ItemKind
    local_id: str
    state: ItemState
    remote_id: str | None
    custom_title: str | None
    want_title: str
    want_body: str
    sent_title: str | None
    sent_body: str | None
    attempts: int
    problem: Problem | None
    next_attempt_at: datetime | None
    sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class Run:
    """A sync that started and has not ended (``pid``: the process that ran it)."""

    meeting_id: str
    started_at: datetime
    pid: int | None


@dataclass(frozen=True, slots=True)
class PublicLinks:
    """What became of a meeting on the platform: the page to follow it up, and each idea's
    proposal (sent ones only)."""

    follow: str | None
    meeting: str | None
    proposals: dict[str, str]


@dataclass(frozen=True, slots=True)
class Wanted:
    """What one record would be on the platform now (``problem``: why it cannot go)."""

    kind: ItemKind
    local_id: str
    title: str
    body: str
    problem: Problem | None = None


#: States in which nothing more is to be done for an item.
SETTLED = (ItemState.SENT, ItemState.EXCLUDED)


def item_from(row: sqlite3.Row) -> SyncItem:
    return SyncItem(
        meeting_id=row["meeting_id"],
        kind=ItemKind(row["kind"]),
        local_id=row["local_id"],
        state=ItemState(row["state"]),
        remote_id=row["remote_id"],
        custom_title=row["custom_title"],
        want_title=row["want_title"],
        want_body=row["want_body"],
        sent_title=row["sent_title"],
        sent_body=row["sent_body"],
        attempts=row["attempts"],
        problem=Problem.loads(row["last_error"]),
        next_attempt_at=parse_dt(row["next_attempt_at"]),
        sent_at=parse_dt(row["sent_at"]),
    )


def link_from(row: sqlite3.Row) -> SyncLink:
    return SyncLink(
        meeting_id=row["meeting_id"],
        platform_url=row["platform_url"],
        proposals_component=row["proposals_component"],
        locale=row["locale"],
        meetings_component=row["meetings_component"],
        remote_meeting_id=row["remote_meeting_id"],
        meeting_created=bool(row["meeting_created"]),
        proposal_length=row["proposal_length"],
        author_id=row["author_id"],
        journal_seq=row["journal_seq"],
        space_kind=row["space_kind"],
        space_slug=row["space_slug"],
    )


def next_state(row: sqlite3.Row | None, want: Wanted | None) -> dict[str, Any] | None:
    """The columns to change for one item given what it should be now (None: nothing)."""
    if row is None:
        if want is None:
            return None
        return {
            "state": ItemState.ATTENTION if want.problem else ItemState.PENDING,
            "last_error": want.problem.dumps() if want.problem else "",
        }
    state = ItemState(row["state"])
    problem = Problem.loads(row["last_error"])
    if state is ItemState.SENDING:
        return {}  # the intent in flight stays exactly as sent, until reconciled
    if want is None:
        if state in (ItemState.PENDING, ItemState.ATTENTION):
            gone = Problem(SOURCE_NOT_KEPT, "not_kept", "No longer kept.", "N'est plus retenue.")
            return {"state": ItemState.EXCLUDED, "last_error": gone.dumps()}
        return {}
    if state is ItemState.EXCLUDED:
        if problem is not None and problem.source == SOURCE_NOT_KEPT:
            return next_state(None, want)  # kept again
        return {}
    if state in (ItemState.SENT, ItemState.CHANGED):
        if row["kind"] != ItemKind.PROPOSAL:
            return {}  # a created meeting and a close cannot be sent again
        same = (want.title, want.body) == (row["sent_title"], row["sent_body"])
        return {"state": ItemState.SENT if same else ItemState.CHANGED}
    if want.problem is not None:
        return {"state": ItemState.ATTENTION, "last_error": want.problem.dumps()}
    if state is ItemState.ATTENTION and problem is not None and problem.source == SOURCE_PLATFORM:
        # the platform refused this exact text: wait for an edit, unless it was not the text
        same = (want.title, want.body) == (row["sent_title"], row["sent_body"])
        # codes come with or without Decidim's "_ERROR" suffix (sync keeps them without)
        code = problem.code.removesuffix("_ERROR")
        if same and code in ("ATTRIBUTE_VALIDATION", "VALIDATION"):
            return {}
    return {"state": ItemState.PENDING, "last_error": ""}
