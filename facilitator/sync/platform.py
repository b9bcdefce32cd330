"""What a platform is and holds: its version, who we are on it, its spaces, components,
meetings and recent proposals. Reads only; see :mod:`facilitator.sync.engine` for writes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from facilitator.sync.errors import NotDecidim, SyncError, TooOld, WrongComponent
from facilitator.sync.graphql import Garbled, GqlResult, GraphQL

WRITE_VERSION = (0, 32)
PAGE = 50  # Decidim's maximum page size


@dataclass(frozen=True, slots=True)
class Version:
    text: str | None  # None: the platform does not disclose it (Decidim's default)
    writable: bool


@dataclass(frozen=True, slots=True)
class User:
    id: str
    name: str
    nickname: str


@dataclass(frozen=True, slots=True)
class Component:
    id: str
    kind: str  # the GraphQL type name: "Proposals", "Meetings", ...
    name: str


@dataclass(frozen=True, slots=True)
class RemoteMeeting:
    id: str
    title: str
    start_time: datetime | None
    end_time: datetime | None
    closed: bool
    author_id: str | None


@dataclass(frozen=True, slots=True)
class Space:
    kind: str  # "process" or "assembly"
    id: str
    slug: str
    title: str
    components: tuple[Component, ...]
    meetings: Mapping[str, tuple[RemoteMeeting, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoteProposal:
    id: str
    title: str
    body: str
    author_ids: tuple[str, ...]
    published_at: datetime | None


def parse_version(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text)[:3])


def _time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _text(value: object) -> str:
    if isinstance(value, Mapping):
        return str(value.get("translation") or "")
    return str(value or "")


def too_old(base: str, version: str, meeting_hint: str = "MEETING") -> TooOld:
    command = f"facilitator export {meeting_hint} --decidim-import propositions.xlsx"
    return TooOld(
        f"{base} runs Decidim {version}, which takes no proposals through its API (0.32 or "
        f"newer is needed). Make an import file for the platform's administrators instead: "
        f"{command}",
        f"{base} fonctionne avec Decidim {version}, qui ne reçoit pas de propositions par son "
        f"API (il faut la version 0.32 ou plus). Préparez plutôt un fichier d'import pour les "
        f"administrateurs de la plateforme : {command}",
    )


def probe(gql: GraphQL) -> Version:
    """Ask ``{ decidim { version } }``; tell a Decidim from anything else."""
    try:
        result = gql.execute("{ decidim { version } }")
    except Garbled as exc:
        raise NotDecidim.at(gql.base, "not its API's answer") from exc
    decidim = (result.data or {}).get("decidim")
    if not isinstance(decidim, Mapping):
        raise NotDecidim.at(gql.base)
    version = decidim.get("version")
    if isinstance(version, str) and version:
        return Version(version, parse_version(version) >= WRITE_VERSION)
    # Decidim hides its version by default: ask the schema whether the write API exists
    result = gql.execute('{ __type(name: "CreateProposalInput") { name } }')
    found = (result.data or {}).get("__type")
    if result.errors and found is None:
        return Version(None, True)  # introspection disabled: the first write will tell
    return Version(None, isinstance(found, Mapping))


def whoami(gql: GraphQL) -> User | None:
    result = gql.execute("{ session { user { id name nickname } } }")
    session = (result.data or {}).get("session")
    user = session.get("user") if isinstance(session, Mapping) else None
    if not isinstance(user, Mapping):
        return None
    return User(str(user["id"]), str(user.get("name") or ""), str(user.get("nickname") or ""))


def component(gql: GraphQL, component_id: str, locale: str) -> Component | None:
    result = gql.execute(
        "query($id: ID!, $locale: String!) { component(id: $id) "
        "{ id __typename name { translation(locale: $locale) } } }",
        {"id": component_id, "locale": locale},
    )
    found = (result.data or {}).get("component")
    if not isinstance(found, Mapping):
        return None
    return Component(str(found["id"]), str(found["__typename"]), _text(found.get("name")))


def require_component(gql: GraphQL, component_id: str, kind: str, locale: str) -> Component:
    found = component(gql, component_id, locale)
    if found is None:
        raise WrongComponent(
            f"The platform has no component {component_id} (or it is not published).",
            f"La plateforme n'a pas de composant {component_id} (ou il n'est pas publié).",
        )
    if found.kind != kind:
        names = {"Proposals": ("proposals", "propositions"), "Meetings": ("meetings", "réunions")}
        en, fr = names.get(kind, (kind, kind))
        raise WrongComponent(
            f"Component {component_id} (“{found.name}”) is a {found.kind} component, not a "
            f"{en} component: pick another id (facilitator platform {gql.base} lists them).",
            f"Le composant {component_id} (« {found.name} ») est de type {found.kind}, pas "
            f"{fr} : choisissez un autre identifiant (facilitator platform {gql.base} les "
            "liste).",
        )
    return found


_MEETING_FIELDS = "id title { translation(locale: $locale) } startTime endTime closed author { id }"


def _meeting(node: Mapping[str, Any]) -> RemoteMeeting:
    author = node.get("author")
    return RemoteMeeting(
        id=str(node["id"]),
        title=_text(node.get("title")),
        start_time=_time(node.get("startTime")),
        end_time=_time(node.get("endTime")),
        closed=bool(node.get("closed")),
        author_id=str(author["id"]) if isinstance(author, Mapping) and author.get("id") else None,
    )


def meeting(gql: GraphQL, component_id: str, meeting_id: str, locale: str) -> RemoteMeeting:
    result = gql.execute(
        "query($c: ID!, $m: ID!, $locale: String!) { component(id: $c) { ... on Meetings "
        f"{{ meeting(id: $m) {{ {_MEETING_FIELDS} }} }} }} }}",
        {"c": component_id, "m": meeting_id, "locale": locale},
    )
    found = ((result.data or {}).get("component") or {}).get("meeting")
    if not isinstance(found, Mapping):
        raise WrongComponent(
            f"Meeting {meeting_id} is not in component {component_id} on the platform.",
            f"La réunion {meeting_id} n'est pas dans le composant {component_id} sur la "
            "plateforme.",
        )
    return _meeting(found)


def _pages(
    gql: GraphQL, document: str, variables: dict[str, Any], connection: str
) -> Iterator[Mapping[str, Any]]:
    after: str | None = None
    while True:
        result = gql.execute(document, {**variables, "after": after})
        _raise_read_errors(gql, result)
        found = ((result.data or {}).get("component") or {}).get(connection)
        if not isinstance(found, Mapping):
            return
        for edge in found.get("edges") or []:
            if isinstance(edge, Mapping) and isinstance(edge.get("node"), Mapping):
                yield edge["node"]
        info = found.get("pageInfo") or {}
        if not info.get("hasNextPage"):
            return
        after = info.get("endCursor")


def _raise_read_errors(gql: GraphQL, result: GqlResult) -> None:
    if result.data is None and result.errors:
        raise SyncError(
            f"The platform refused to list its content: {result.errors[0].message}",
            f"La plateforme a refusé de lister son contenu : {result.errors[0].message}",
        )


def meetings(gql: GraphQL, component_id: str, locale: str) -> Iterator[RemoteMeeting]:
    document = (
        "query($c: ID!, $locale: String!, $after: String) { component(id: $c) { ... on Meetings"
        f" {{ meetings(first: {PAGE}, after: $after) {{ pageInfo {{ hasNextPage endCursor }} "
        f"edges {{ node {{ {_MEETING_FIELDS} }} }} }} }} }} }}"
    )
    for node in _pages(gql, document, {"c": component_id, "locale": locale}, "meetings"):
        yield _meeting(node)


def recent_proposals(
    gql: GraphQL, component_id: str, since: str, locale: str
) -> Iterator[RemoteProposal]:
    """Proposals published since ``since`` (YYYY-MM-DD), newest first, page by page."""
    document = (
        "query($c: ID!, $locale: String!, $after: String, $filter: ProposalFilter, "
        "$order: ProposalSort) { component(id: $c) { ... on Proposals { proposals(first: "
        f"{PAGE}, after: $after, filter: $filter, order: $order) {{ pageInfo {{ hasNextPage "
        "endCursor } edges { node { id title { translation(locale: $locale) } body { "
        "translation(locale: $locale) } author { id } authors { id } publishedAt } } } } } }"
    )
    variables = {
        "c": component_id,
        "locale": locale,
        "filter": {"publishedSince": since},
        "order": {"publishedAt": "desc"},
    }
    for node in _pages(gql, document, variables, "proposals"):
        ids = {str(a["id"]) for a in node.get("authors") or [] if isinstance(a, Mapping)}
        author = node.get("author")
        if isinstance(author, Mapping) and author.get("id"):
            ids.add(str(author["id"]))
        yield RemoteProposal(
            id=str(node["id"]),
            title=_text(node.get("title")),
            body=_text(node.get("body")),
            author_ids=tuple(sorted(ids)),
            published_at=_time(node.get("publishedAt")),
        )


def spaces(gql: GraphQL, locale: str, *, with_meetings: bool = True) -> list[Space]:
    """Processes and assemblies with their components, and (``with_meetings``) each meetings
    component's meetings; without, :func:`meetings` lists one component's when needed."""
    found: list[Space] = []
    for field_name, kind in (("participatoryProcesses", "process"), ("assemblies", "assembly")):
        result = gql.execute(
            f"query($locale: String!) {{ {field_name} {{ id slug title {{ translation(locale: "
            "$locale) } components { id __typename name { translation(locale: $locale) } } } }",
            {"locale": locale},
        )
        for node in (result.data or {}).get(field_name) or []:
            components = tuple(
                Component(str(c["id"]), str(c["__typename"]), _text(c.get("name")))
                for c in node.get("components") or []
            )
            listed = {
                c.id: tuple(meetings(gql, c.id, locale))
                for c in components
                if c.kind == "Meetings" and with_meetings
            }
            found.append(
                Space(
                    kind,
                    str(node["id"]),
                    str(node.get("slug") or ""),
                    _text(node.get("title")),
                    components,
                    listed,
                )
            )
    return found


def _folded(text: str) -> str:
    """Text as searched: case and accents ignored ("Écoles" finds "ecoles")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(words: str, *texts: str) -> bool:
    """Whether every word of ``words`` is in one of ``texts`` (case and accents ignored)."""
    haystack = " ".join(_folded(t) for t in texts)
    return all(w in haystack for w in _folded(words).split())


def search(found: list[Space], words: str) -> list[Space]:
    """The spaces whose title or slug, or one of whose components or meetings, match
    ``words``; a space kept for its components lists only the matching ones."""
    if not words.strip():
        return found
    kept: list[Space] = []
    for space in found:
        if matches(words, space.title, space.slug):
            kept.append(space)
            continue
        hits = tuple(
            c
            for c in space.components
            if matches(words, c.name, c.id)
            or any(matches(words, m.title) for m in space.meetings.get(c.id, ()))
        )
        if hits:
            meetings_ = {
                cid: tuple(m for m in listed if matches(words, m.title))
                or (listed if any(c.id == cid and matches(words, c.name) for c in hits) else ())
                for cid, listed in space.meetings.items()
            }
            kept.append(replace(space, components=hits, meetings=meetings_))
    return kept


def space_of(found: list[Space], component_id: str) -> Space | None:
    """The space holding a component."""
    for space in found:
        if any(c.id == component_id for c in space.components):
            return space
    return None
