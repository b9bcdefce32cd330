"""The meeting on the platform: created once if asked, then closed with its report (when
Facilitator created it, and only after its end time), or the report posted as a comment
(an official meeting, which only its author, the city, may close)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from facilitator.domain.plurals import in_both
from facilitator.storage.sync_state import ItemKind, ItemState, Problem
from facilitator.sync import compose, platform
from facilitator.sync.context import Context, comparable, platform_problem
from facilitator.sync.errors import Transient
from facilitator.sync.events import Outcome
from facilitator.sync.graphql import GqlResult

MEETING_TYPE = "Decidim::Meetings::Meeting"
MAX_ATTENDEES = 999  # Decidim's CloseMeetingForm


def _iso(value: Any) -> str:
    return str(value.astimezone().isoformat(timespec="seconds"))


def _created_meeting(ctx: Context, facts: compose.MeetingFacts) -> str | Outcome:
    """The remote meeting created from the local one (exactly once): its id, or why not."""
    m = facts.meeting
    address = m.place or m.neighbourhood
    start = m.date
    end = m.ends_at or start + timedelta(hours=2)
    item = ctx.ws.sync_state.ensure(
        ctx.meeting_id,
        ItemKind.MEETING,
        ctx.meeting_id,
        m.title,
        compose.meeting_description(facts),
    )
    if item.state is ItemState.SENT and item.remote_id:
        return item.remote_id
    if not address:
        problem = Problem(
            "rules",
            "no_place",
            "The meeting needs a place to be created on the "
            "platform (an in-person meeting has an address).",
            "La réunion doit avoir un lieu pour être créée sur la plateforme (une "
            "réunion en présentiel a une adresse).",
        )
        ctx.ws.sync_state.mark_failed(ctx.meeting_id, ItemKind.MEETING, [ctx.meeting_id], problem)
        return Outcome("needs_attention", problem.en, problem.fr)
    component = ctx.link.meetings_component
    assert component is not None
    variables = {
        "c": component,
        "input": {
            "locale": ctx.link.locale,
            "attributes": {
                "title": m.title,
                "description": item.want_body,
                "startTime": _iso(start),
                "endTime": _iso(end),
                "address": address,
                "location": m.place,
                "typeOfMeeting": "IN_PERSON",
                "registrationType": "REGISTRATION_DISABLED",
                "registrationsEnabled": False,
            },
        },
    }
    document = (
        "mutation($c: ID!, $input: CreateMeetingInput!) { component(id: $c) { ... on "
        "MeetingsMutation { createMeeting(input: $input) { id } } } }"
    )
    for attempt in ctx.retry():
        with attempt:
            current = ctx.ws.sync_state.item(ctx.meeting_id, ItemKind.MEETING, ctx.meeting_id)
            if current is not None and current.state is ItemState.SENDING:
                for remote in platform.meetings(ctx.gql, component, ctx.link.locale):
                    if (
                        remote.author_id == ctx.user_id
                        and remote.title == m.title
                        and remote.start_time == start.replace(microsecond=0)
                    ):
                        ctx.ws.sync_state.set_remote_meeting(
                            ctx.meeting_id, remote.id, created=True
                        )
                        return remote.id
            ctx.ws.sync_state.mark_sending(
                ctx.meeting_id, ItemKind.MEETING, [(ctx.meeting_id, m.title, item.want_body)]
            )
            result = _mutate(ctx, ItemKind.MEETING, document, variables)
    node = ((result.data or {}).get("component") or {}).get("createMeeting")
    if isinstance(node, dict) and node.get("id"):
        ctx.ws.sync_state.set_remote_meeting(ctx.meeting_id, str(node["id"]), created=True)
        return str(node["id"])
    problem = ctx.not_authorised(list(result.errors)) or platform_problem(list(result.errors))
    ctx.ws.sync_state.mark_failed(ctx.meeting_id, ItemKind.MEETING, [ctx.meeting_id], problem)
    return Outcome("needs_attention", problem.en, problem.fr)


def _mutate(ctx: Context, kind: ItemKind, document: str, variables: dict[str, Any]) -> GqlResult:
    try:
        return ctx.gql.execute(document, variables)
    except Transient as exc:
        if not exc.ambiguous:
            ctx.ws.sync_state.mark_failed(ctx.meeting_id, kind, [ctx.meeting_id], None)
        raise


def meeting_outcome(ctx: Context, facts: compose.MeetingFacts) -> Outcome:
    link = ctx.ws.sync_state.link(ctx.meeting_id)
    assert link is not None
    ctx.link = link
    remote_id = link.remote_meeting_id
    if remote_id is None:
        if link.meetings_component is None:
            return Outcome(
                "none",
                "No meeting on the platform is linked: only proposals were sent.",
                "Aucune réunion de la plateforme n'est liée : seules les "
                "propositions ont été envoyées.",
            )
        created = _created_meeting(ctx, facts)
        if isinstance(created, Outcome):
            return created
        remote_id = created
        ctx.say(
            "outcome",
            f"Meeting {remote_id} created on the platform.",
            f"Réunion {remote_id} créée sur la plateforme.",
        )
        ctx.link = link = ctx.ws.sync_state.link(ctx.meeting_id) or link
    assert link.meetings_component is not None
    proposals = [
        compose.MadeProposal(i.sent_title or i.want_title, i.remote_id)
        for i in ctx.items(ItemKind.PROPOSAL)
        if i.state in (ItemState.SENT, ItemState.CHANGED) and i.remote_id
    ]
    report = compose.report_text(facts, proposals)
    if link.meeting_created:
        return _close(ctx, link.meetings_component, remote_id, report, facts, proposals)
    return _comment(ctx, link.meetings_component, remote_id, facts, proposals, report)


def _close(
    ctx: Context,
    component: str,
    remote_id: str,
    report: str,
    facts: compose.MeetingFacts,
    proposals: list[compose.MadeProposal],
) -> Outcome:
    item = ctx.ws.sync_state.ensure(
        ctx.meeting_id, ItemKind.REPORT, ctx.meeting_id, "close", report
    )
    if item.state is ItemState.SENT:
        return Outcome(
            "closed",
            f"Meeting {remote_id} was already closed with its report.",
            f"La réunion {remote_id} était déjà close avec son compte rendu.",
            remote_id,
            item.sent_body or report,
        )
    remote = platform.meeting(ctx.gql, component, remote_id, ctx.link.locale)
    if remote.closed:
        ctx.ws.sync_state.mark_sent(ctx.meeting_id, ItemKind.REPORT, [(ctx.meeting_id, remote_id)])
        return Outcome(
            "closed",
            f"Meeting {remote_id} is closed with its report.",
            f"La réunion {remote_id} est close avec son compte rendu.",
            remote_id,
            report,
        )
    if remote.end_time is not None and remote.end_time > ctx.clock.now():
        when = remote.end_time.astimezone().strftime("%d/%m/%Y %H:%M")
        return Outcome(
            "waiting",
            f"Meeting {remote_id} ends on the platform at {when}: it will be "
            "closed by the next sync after that.",
            f"La réunion {remote_id} se termine "
            f"sur la plateforme à {when} : la prochaine synchronisation après cette "
            "heure la clora.",
            remote_id,
            report,
        )
    attendees = min(facts.headcount, MAX_ATTENDEES)
    variables = {
        "c": component,
        "m": remote_id,
        "input": {
            "locale": ctx.link.locale,
            "attributes": {
                "closingReport": report,
                "attendeesCount": attendees,
                "proposalIds": [p.remote_id for p in proposals],
            },
        },
    }
    document = (
        "mutation($c: ID!, $m: ID!, $input: CloseMeetingInput!) { component(id: $c) "
        "{ ... on MeetingsMutation { meeting(id: $m) { close(input: $input) { id closed } "
        "} } } }"
    )
    for attempt in ctx.retry():
        with attempt:
            current = ctx.ws.sync_state.item(ctx.meeting_id, ItemKind.REPORT, ctx.meeting_id)
            if (
                current is not None
                and current.state is ItemState.SENDING
                and platform.meeting(ctx.gql, component, remote_id, ctx.link.locale).closed
            ):
                ctx.ws.sync_state.mark_sent(
                    ctx.meeting_id, ItemKind.REPORT, [(ctx.meeting_id, remote_id)]
                )
                return Outcome(
                    "closed",
                    f"Meeting {remote_id} is closed with its report.",
                    f"La réunion {remote_id} est close avec son compte rendu.",
                    remote_id,
                    current.sent_body or report,
                )
            ctx.ws.sync_state.mark_sending(
                ctx.meeting_id, ItemKind.REPORT, [(ctx.meeting_id, "close", report)]
            )
            result = _mutate(ctx, ItemKind.REPORT, document, variables)
    meeting = (((result.data or {}).get("component") or {}).get("meeting") or {}).get("close")
    if isinstance(meeting, dict) and meeting.get("id"):
        ctx.ws.sync_state.mark_sent(ctx.meeting_id, ItemKind.REPORT, [(ctx.meeting_id, remote_id)])
        en, fr = in_both(len(proposals), ("proposal", "proposals"), ("proposition", "propositions"))
        return Outcome(
            "closed",
            f"Meeting {remote_id} closed with its report and {en}.",
            f"Réunion {remote_id} close avec son compte rendu et {fr}.",
            remote_id,
            report,
        )
    return _refused(ctx, result, remote_id, report)


def _refused(ctx: Context, result: GqlResult, remote_id: str, report: str) -> Outcome:
    problem = ctx.not_authorised(list(result.errors)) or platform_problem(list(result.errors))
    ctx.ws.sync_state.mark_failed(ctx.meeting_id, ItemKind.REPORT, [ctx.meeting_id], problem)
    return Outcome("needs_attention", problem.en, problem.fr, remote_id, report)


def _comment(
    ctx: Context,
    component: str,
    remote_id: str,
    facts: compose.MeetingFacts,
    proposals: list[compose.MadeProposal],
    report: str,
) -> Outcome:
    body = compose.comment_text(facts, proposals)
    item = ctx.ws.sync_state.ensure(
        ctx.meeting_id, ItemKind.REPORT, ctx.meeting_id, "comment", body
    )
    done = Outcome(
        "commented",
        f"Meeting {remote_id} is an official meeting: the report was "
        "posted as a comment on it; give the report file to the coordinator for the "
        "platform's close form.",
        f"La réunion {remote_id} est une réunion officielle : "
        "le compte rendu y a été publié en commentaire ; remettez le fichier du compte "
        "rendu au coordinateur pour le formulaire de clôture de la plateforme.",
        remote_id,
        report,
    )
    if item.state is ItemState.SENT:
        return done
    document = (
        "mutation($id: String!, $type: String!, $locale: String!, $body: String!) { "
        "commentable(id: $id, type: $type, locale: $locale, toggleTranslations: false) "
        "{ addComment(body: $body, alignment: 0) { id } } }"
    )
    variables = {"id": remote_id, "type": MEETING_TYPE, "locale": ctx.link.locale, "body": body}
    for attempt in ctx.retry():
        with attempt:
            current = ctx.ws.sync_state.item(ctx.meeting_id, ItemKind.REPORT, ctx.meeting_id)
            if current is not None and current.state is ItemState.SENDING:
                found = _find_comment(ctx, component, remote_id, current.sent_body or "")
                if found:
                    ctx.ws.sync_state.mark_sent(
                        ctx.meeting_id, ItemKind.REPORT, [(ctx.meeting_id, found)]
                    )
                    return done
            ctx.ws.sync_state.mark_sending(
                ctx.meeting_id, ItemKind.REPORT, [(ctx.meeting_id, "comment", body)]
            )
            result = _mutate(ctx, ItemKind.REPORT, document, variables)
    node = ((result.data or {}).get("commentable") or {}).get("addComment")
    if isinstance(node, dict) and node.get("id"):
        ctx.ws.sync_state.mark_sent(
            ctx.meeting_id, ItemKind.REPORT, [(ctx.meeting_id, str(node["id"]))]
        )
        return done
    return _refused(ctx, result, remote_id, report)


def _find_comment(ctx: Context, component: str, remote_id: str, body: str) -> str | None:
    result = ctx.gql.execute(
        "query($c: ID!, $m: ID!) { component(id: $c) { ... on Meetings { meeting(id: $m) { "
        "comments { id body author { id } } } } } }",
        {"c": component, "m": remote_id},
    )
    meeting = ((result.data or {}).get("component") or {}).get("meeting") or {}
    for comment in meeting.get("comments") or []:
        author = comment.get("author") or {}
        if str(author.get("id")) == ctx.user_id and comparable(comment.get("body") or "") == (
            comparable(body)
        ):
            return str(comment["id"])
    return None
