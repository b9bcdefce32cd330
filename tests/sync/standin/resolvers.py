"""Root values for the stand-in's schema: dicts whose callables take (info, **arguments)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.sync.standin.store import Coded, Store

PAGE_MAX = 50


def _tr(texts: dict[str, str] | str) -> dict[str, Any]:
    def translation(_info: Any, locale: str) -> str | None:
        return texts.get(locale) if isinstance(texts, dict) else texts

    return {"translation": translation}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def _page(nodes: list[dict[str, Any]], first: int | None, after: str | None) -> dict[str, Any]:
    size = min(first or PAGE_MAX, PAGE_MAX)
    start = int(after) if after else 0
    chunk = nodes[start : start + size]
    end = start + len(chunk)
    return {
        "pageInfo": {"hasNextPage": end < len(nodes), "endCursor": str(end)},
        "edges": [{"node": n, "cursor": str(start + k + 1)} for k, n in enumerate(chunk)],
    }


def _user(store: Store, user_id: str | None) -> dict[str, Any] | None:
    user = store.user(user_id)
    return {"__typename": "User", **user} if user else None


def proposal_view(store: Store, p: dict[str, Any]) -> dict[str, Any]:
    author = _user(store, p["author"])
    return {
        "id": p["id"],
        "title": _tr(p["title"]),
        "body": _tr(p["body"]),
        "author": author,
        "authors": [author] if author else [],
        "publishedAt": _iso(p["published"]),
        "createdAt": _iso(p["published"]),
        "reference": f"P-{p['id']}",
        "withdrawn": False,
    }


def meeting_view(store: Store, m: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": m["id"],
        "title": _tr(m["title"]),
        "startTime": _iso(m["start"]),
        "endTime": _iso(m["end"]),
        "closed": m["closed"],
        "closingReport": _tr(m["report"]),
        "attendeesCount": m["attendees"],
        "author": _user(store, m["author"]),
        "comments": [
            {"id": c["id"], "body": c["body"], "author": _user(store, c["author"])}
            for c in store.comments
            if c["meeting"] == m["id"]
        ],
    }


def component_view(store: Store, cid: str) -> dict[str, Any] | None:
    c = store.components.get(cid)
    if c is None:
        return None
    view: dict[str, Any] = {"__typename": c["kind"], "id": cid, "name": _tr(c["name"])}
    if c["kind"] == "Proposals":

        def proposals(
            _info: Any,
            first: int | None = None,
            after: str | None = None,
            filter: dict[str, Any] | None = None,
            order: dict[str, Any] | None = None,
        ) -> dict[str, Any]:
            with store.lock:
                found = [p for p in store.proposals.values() if p["component"] == cid]
            since = (filter or {}).get("publishedSince")
            if since:
                found = [p for p in found if p["published"].date().isoformat() >= since]
            descending = (order or {}).get("publishedAt", "").lower() == "desc"
            found.sort(key=lambda p: (p["published"], p["seq"]), reverse=descending)
            return _page([proposal_view(store, p) for p in found], first, after)

        view["proposals"] = proposals
        view["proposal"] = lambda _i, id: (
            proposal_view(store, store.proposals[id]) if id in store.proposals else None
        )
    elif c["kind"] == "Meetings":

        def meetings(_info: Any, first: int | None = None, after: str | None = None) -> dict:
            with store.lock:
                found = sorted(
                    (m for m in store.meetings.values() if m["component"] == cid),
                    key=lambda m: int(m["id"]),
                )
            return _page([meeting_view(store, m) for m in found], first, after)

        def meeting(_info: Any, id: str) -> dict[str, Any] | None:
            m = store.meetings.get(id)
            return meeting_view(store, m) if m and m["component"] == cid else None

        view["meetings"] = meetings
        view["meeting"] = meeting
    return view


def query_root(store: Store, user_id: str | None) -> dict[str, Any]:
    def spaces(kind_space: str) -> list[dict[str, Any]]:
        return [
            {
                "id": kind_space,
                "slug": "quartiers" if kind_space == "1" else "conseils",
                "title": _tr({"fr": "Quartiers", "en": "Neighbourhoods"}),
                "components": [
                    component_view(store, cid)
                    for cid, c in store.components.items()
                    if c["space"] == kind_space
                ],
            }
        ]

    return {
        "decidim": {"version": store.version, "applicationName": "Decidim stand-in"},
        "session": {"user": _user(store, user_id)} if user_id else None,
        "component": lambda _i, id: component_view(store, id),
        "participatoryProcesses": lambda _i: spaces("1"),
        "assemblies": lambda _i: spaces("2"),
    }


def mutation_root(store: Store, user_id: str | None) -> dict[str, Any]:
    def component(_info: Any, id: str) -> dict[str, Any] | None:
        c = store.components.get(id)
        if c is None:
            raise Coded("NOT_FOUND_ERROR", f"Component not found: {id}")
        if c["kind"] == "Proposals":

            def update(pid: str) -> Any:
                return lambda _i, input: proposal_view(
                    store, store.update_proposal(user_id, pid, input)
                )

            return {
                "__typename": "ProposalsMutation",
                "id": id,
                "createProposal": lambda _i, input: proposal_view(
                    store, store.create_proposal(user_id, id, input)
                ),
                "proposal": lambda _i, id: {"id": id, "update": update(id)},
            }
        if c["kind"] == "Meetings":

            def meeting(_i: Any, id: str) -> dict[str, Any]:
                if id not in store.meetings:
                    raise Coded("NOT_FOUND_ERROR", f"Meeting not found: {id}")
                return {
                    "id": id,
                    "close": lambda _i, input: meeting_view(
                        store, store.close_meeting(user_id, id, input)
                    ),
                }

            return {
                "__typename": "MeetingsMutation",
                "id": id,
                "createMeeting": lambda _i, input: meeting_view(
                    store, store.create_meeting(user_id, id, input)
                ),
                "meeting": meeting,
            }
        return {"__typename": "ProposalsMutation", "id": id}

    def commentable(_info: Any, id: str, type: str, locale: str, toggleTranslations: bool) -> dict:
        if type != "Decidim::Meetings::Meeting":
            raise Coded("NOT_FOUND_ERROR", f"Unknown commentable type {type}")

        def add(_i: Any, body: str, alignment: int = 0, userGroupId: str | None = None) -> dict:
            c = store.add_comment(user_id, id, locale, body)
            return {"id": c["id"], "body": c["body"], "author": _user(store, user_id)}

        return {"id": id, "addComment": add}

    return {"component": component, "commentable": commentable}
