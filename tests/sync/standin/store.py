"""The stand-in's own store and rules: who may do what, and what Decidim refuses.

Rules as decidim.md and the reference say: proposal title 15-150, body 15..proposal_length
without HTML, etiquette; only a meeting's author may close it, only after its end time and
once; attendeesCount 0-999; proposalIds of the same space; comments up to 1000 characters;
every input's locale one of the organisation's.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from graphql import GraphQLError

LOCALES = ("fr", "en", "ca")
_TAG = re.compile(r"<[^>]*>")


class Coded(Exception):
    """An error with an ``extensions.code`` (message a string)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class AttributeInvalid(Exception):
    """ATTRIBUTE_VALIDATION_ERROR: its message is an array of {path, message}."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(", ".join(m for _, m in problems))
        self.problems = problems


def _etiquette(value: str) -> list[str]:
    text = _TAG.sub("", value)
    found = []
    if not len(re.findall(r"[A-Z]", text)) < len(text) // 2:
        found.append("is using too many capital letters (over 25% of the text)")
    if re.search(r"[!?¡¿]{2,}", text):
        found.append("is using too many punctuation marks")
    if re.match(r"[a-z]", text):
        found.append("must start with a capital letter")
    return found


@dataclass
class Clock:
    """Real time unless a test shares its fake clock with the engine."""

    fake: Any = None

    def now(self) -> datetime:
        return self.fake.now() if self.fake is not None else datetime.now(UTC)

    def monotonic(self) -> float:
        import time

        return self.fake.monotonic() if self.fake is not None else time.monotonic()


@dataclass
class Store:
    version: str | None = "0.32.1"
    proposal_length: int = 500
    proposal_limit: int = 0  # per author; 0: none
    clock: Clock = field(default_factory=Clock)
    users: dict[str, dict[str, str]] = field(default_factory=dict)
    api_users: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (secret, user)
    oauth_apps: dict[str, dict[str, Any]] = field(default_factory=dict)
    proposals: dict[str, dict[str, Any]] = field(default_factory=dict)
    meetings: dict[str, dict[str, Any]] = field(default_factory=dict)
    components: dict[str, dict[str, Any]] = field(default_factory=dict)
    comments: list[dict[str, Any]] = field(default_factory=list)
    comments_closed: bool = False  # the meeting's comments are blocked by the admins
    closes: list[str] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)
    _next: int = 1000

    def new_id(self) -> str:
        with self.lock:
            self._next += 1
            return str(self._next)

    # -- the platform's content ------------------------------------------------------------

    def seed(self) -> None:
        self.users["7"] = {"id": "7", "name": "Porte-parole Nord", "nickname": "pp_nord"}
        self.users["8"] = {"id": "8", "name": "Someone else", "nickname": "other"}
        self.api_users["api-key-1"] = ("api-secret-1", "7")
        self.oauth_apps["facilitator-app"] = {"refresh": True}
        self.components["10"] = {"kind": "Proposals", "name": "Propositions", "space": "1"}
        self.components["20"] = {"kind": "Meetings", "name": "Rencontres", "space": "1"}
        self.components["30"] = {"kind": "Debates", "name": "Débats", "space": "1"}
        self.components["11"] = {"kind": "Proposals", "name": "Autre espace", "space": "2"}
        self.meetings["500"] = {
            "id": "500",
            "component": "20",
            "title": "Réunion officielle du quartier Nord",
            "start": datetime(2026, 3, 14, 18, 0, tzinfo=UTC),
            "end": datetime(2026, 3, 14, 20, 0, tzinfo=UTC),
            "closed": False,
            "author": None,
            "report": "",
            "attendees": 0,
            "linked": [],
        }

    def user(self, user_id: str | None) -> dict[str, str] | None:
        return self.users.get(user_id) if user_id else None

    def create_proposal(self, user_id: str | None, component: str, data: dict[str, Any]) -> dict:
        if user_id is None:
            raise Coded("MUTATION_NOT_AUTHORIZED_ERROR", "You're not authorized to do this")
        _locale(data)
        attributes = data["attributes"]
        title, body = attributes["title"], attributes["body"]
        problems = []
        if not 15 <= len(title) <= 150:
            problems.append(
                (
                    "title",
                    "is too short (under 15 characters)"
                    if len(title) < 15
                    else "is too long (over 150 characters)",
                )
            )
        n = len(_TAG.sub("", body))
        if n < 15:
            problems.append(("body", "is too short (under 15 characters)"))
        elif n > self.proposal_length:
            problems.append(("body", f"is too long (maximum is {self.proposal_length} characters)"))
        problems += [("title", m) for m in _etiquette(title)]
        problems += [("body", m) for m in _etiquette(body)]
        with self.lock:
            mine = [
                p
                for p in self.proposals.values()
                if p["author"] == user_id and p["component"] == component
            ]
            if self.proposal_limit and len(mine) >= self.proposal_limit:
                problems.append(("base", "You have reached the proposal limit"))
            if problems:
                raise AttributeInvalid(problems)
            pid = self.new_id()
            self.proposals[pid] = {
                "id": pid,
                "component": component,
                "title": {data["locale"]: title},
                "body": {data["locale"]: body},
                "author": user_id,
                "published": self.clock.now(),
                "seq": int(pid),
            }
            return self.proposals[pid]

    def update_proposal(self, user_id: str | None, pid: str, data: dict[str, Any]) -> dict:
        proposal = self.proposals.get(pid)
        if proposal is None or proposal["author"] != user_id:
            raise Coded("MUTATION_NOT_AUTHORIZED", "You're not authorized to do this")
        _locale(data)
        proposal["title"][data["locale"]] = data["attributes"]["title"]
        proposal["body"][data["locale"]] = data["attributes"]["body"]
        return proposal

    def create_meeting(self, user_id: str | None, component: str, data: dict[str, Any]) -> dict:
        if user_id is None:
            raise Coded("MUTATION_NOT_AUTHORIZED", "You're not authorized to do this")
        _locale(data)
        a = data["attributes"]
        if a["typeOfMeeting"] == "IN_PERSON" and not a.get("address"):
            raise AttributeInvalid([("address", "cannot be blank")])
        start, end = _dt(a["startTime"]), _dt(a["endTime"])
        if end < start:
            raise AttributeInvalid([("endTime", "must be after the start time")])
        with self.lock:
            mid = self.new_id()
            self.meetings[mid] = {
                "id": mid,
                "component": component,
                "title": a["title"],
                "start": start,
                "end": end,
                "closed": False,
                "author": user_id,
                "report": "",
                "attendees": 0,
                "linked": [],
            }
            return self.meetings[mid]

    def close_meeting(self, user_id: str | None, mid: str, data: dict[str, Any]) -> dict:
        meeting = self.meetings[mid]
        now = self.clock.now()
        # MeetingPermissions#can_close_meeting?: the author, after the end time, not closed
        if (
            user_id is None
            or meeting["author"] != user_id
            or meeting["closed"]
            or meeting["end"] > now
        ):
            raise Coded("MUTATION_NOT_AUTHORIZED", "You're not authorized to do this")
        _locale(data)
        a = data["attributes"]
        if not 0 <= a["attendeesCount"] <= 999:
            raise AttributeInvalid([("attendeesCount", "must be between 0 and 999")])
        space = self.components[meeting["component"]]["space"]
        for pid in a.get("proposalIds") or []:
            p = self.proposals.get(str(pid))
            if p is None or self.components[p["component"]]["space"] != space:
                raise AttributeInvalid([("proposalIds", "are not in this space")])
        with self.lock:
            meeting.update(
                closed=True,
                report=a["closingReport"],
                attendees=a["attendeesCount"],
                linked=[str(p) for p in a.get("proposalIds") or []],
            )
            self.closes.append(mid)
        return meeting

    def add_comment(self, user_id: str | None, mid: str, locale: str, body: str) -> dict:
        if user_id is None:
            raise Coded("MUTATION_NOT_AUTHORIZED", "You're not authorized to do this")
        _locale({"locale": locale})
        if mid not in self.meetings:
            raise Coded("NOT_FOUND_ERROR", "Commentable not found")
        if self.comments_closed:
            raise Coded("MUTATION_NOT_AUTHORIZED", "You're not authorized to do this")
        if len(body) > 1000:
            raise AttributeInvalid([("body", "is too long (maximum is 1000 characters)")])
        with self.lock:
            comment = {"id": self.new_id(), "meeting": mid, "body": body, "author": user_id}
            self.comments.append(comment)
            return comment


def _locale(data: dict[str, Any]) -> None:
    if data.get("locale") not in LOCALES:
        raise Coded("INVALID_LOCALE_ERROR", f"Invalid locale: {data.get('locale')}")


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def format_error(error: GraphQLError) -> dict[str, Any]:
    """An error as Decidim writes it."""
    data: dict[str, Any] = {"message": error.message}
    if error.locations:
        data["locations"] = [{"line": loc.line, "column": loc.column} for loc in error.locations]
    if error.path:
        data["path"] = list(error.path)
    original = error.original_error
    if isinstance(original, AttributeInvalid):
        data["message"] = [{"path": ["attributes", p], "message": m} for p, m in original.problems]
        data["extensions"] = {"code": "ATTRIBUTE_VALIDATION_ERROR"}
    elif isinstance(original, Coded):
        data["extensions"] = {"code": original.code}
    return data
