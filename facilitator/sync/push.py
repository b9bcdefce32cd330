"""Kept ideas to proposals, exactly once over an API that is not idempotent.

For each batch (up to 5 ``createProposal`` aliases in one request): the intent (state sending,
the exact title and body) is committed before the request and each remote id after it. After
an ambiguous failure the items stay "sending"; before anything is sent again the component's
recent proposals are listed and matched on author, title and body: a match is recorded as
sent, the others go again. Each alias succeeds or fails on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from facilitator.domain.plurals import in_both
from facilitator.storage.sync_state import ItemKind, ItemState, Problem, SyncItem
from facilitator.sync.context import Context, comparable, platform_problem
from facilitator.sync.errors import SyncError, TooOld, Transient, WrongComponent
from facilitator.sync.graphql import GqlResult
from facilitator.sync.platform import recent_proposals

KIND = ItemKind.PROPOSAL


def _create_document(count: int) -> str:
    variables = ", ".join(f"$p{n}: CreateProposalInput!" for n in range(count))
    fields = " ".join(f"p{n}: createProposal(input: $p{n}) {{ id }}" for n in range(count))
    return (
        f"mutation($c: ID!, {variables}) {{ component(id: $c) {{ ... on ProposalsMutation "
        f"{{ {fields} }} }} }}"
    )


def _update_document() -> str:
    return (
        "mutation($c: ID!, $id: ID!, $input: UpdateProposalInput!) { component(id: $c) { ... on "
        "ProposalsMutation { proposal(id: $id) { update(input: $input) { id } } } } }"
    )


def push_proposals(ctx: Context) -> None:
    """Send every pending proposal; look up the ones left sending by an earlier run first."""
    leftovers = [i for i in ctx.items(KIND) if i.state is ItemState.SENDING]
    ctx.must_settle = bool(leftovers)  # an earlier run's request may still be running
    if leftovers:
        en, fr = in_both(
            len(leftovers),
            ("proposal sent", "proposals sent"),
            ("proposition envoyée", "propositions envoyées"),
        )
        ctx.say(
            "start",
            f"Looking up {en} before an interruption.",
            f"Recherche de {fr} avant une interruption.",
        )
        for attempt in ctx.retry():
            with attempt:
                reconcile(ctx, [i.local_id for i in leftovers])
    pending = [i.local_id for i in ctx.items(KIND) if i.state is ItemState.PENDING]
    pending.sort(key=lambda lid: ctx.numbers.get(lid, 0))
    while pending:
        ctx.checkpoint()
        batch, pending = pending[: ctx.batch_size], pending[ctx.batch_size :]
        for attempt in ctx.retry():
            with attempt:
                _attempt(ctx, batch)
        # a batch shrunk by TOO_MANY_ALIASES leaves some items pending: send them next
        pending = [lid for lid in batch if _state(ctx, lid) is ItemState.PENDING] + pending


def _state(ctx: Context, local_id: str) -> ItemState | None:
    item = ctx.ws.sync_state.item(ctx.meeting_id, KIND, local_id)
    return item.state if item else None


def _attempt(ctx: Context, batch: Sequence[str]) -> None:
    sending = [lid for lid in batch if _state(ctx, lid) is ItemState.SENDING]
    if sending:
        reconcile(ctx, sending)
    items = [ctx.ws.sync_state.item(ctx.meeting_id, KIND, lid) for lid in batch]
    todo = [i for i in items if i is not None and i.state is ItemState.PENDING]
    if todo:
        _send(ctx, todo[: ctx.batch_size])


def _send(ctx: Context, todo: list[SyncItem]) -> None:
    ids = [i.local_id for i in todo]
    ctx.ws.sync_state.mark_sending(
        ctx.meeting_id, KIND, [(i.local_id, i.want_title, i.want_body) for i in todo]
    )
    variables: dict[str, Any] = {"c": ctx.link.proposals_component}
    for n, item in enumerate(todo):
        variables[f"p{n}"] = {
            "locale": ctx.link.locale,
            "attributes": {"title": item.want_title, "body": item.want_body},
        }
    try:
        result = ctx.gql.execute(_create_document(len(todo)), variables)
    except Transient as exc:
        _after_failure(ctx, ids, exc)
        raise
    except SyncError:
        ctx.ws.sync_state.mark_failed(ctx.meeting_id, KIND, ids, None)
        raise
    _read_answer(ctx, todo, result)


def _after_failure(ctx: Context, ids: list[str], exc: Transient) -> None:
    problem = Problem("platform", "transient", exc.en, exc.fr)
    if exc.ambiguous:  # maybe created: stays sending until looked up
        ctx.must_settle = ctx.must_settle or exc.running
        ctx.ws.sync_state.note_error(ctx.meeting_id, KIND, ids, problem, None)
    else:
        ctx.ws.sync_state.mark_failed(ctx.meeting_id, KIND, ids, None)
        ctx.ws.sync_state.note_error(ctx.meeting_id, KIND, ids, problem, None)


def _read_answer(ctx: Context, todo: list[SyncItem], result: GqlResult) -> None:
    ids = [i.local_id for i in todo]
    general = [
        e
        for e in result.errors
        if not any(str(p).startswith("p") and str(p)[1:].isdigit() for p in e.path)
    ]
    codes = {e.code for e in general}
    if "TOO_MANY_ALIASES" in codes:
        ctx.ws.sync_state.mark_failed(ctx.meeting_id, KIND, ids, None)
        ctx.batch_size = max(1, len(todo) // 2)
        raise Transient(
            "The platform takes fewer proposals per request.",
            "La plateforme prend moins de propositions par requête.",
            ambiguous=False,
            retry_after=0.0,
        )
    component = (result.data or {}).get("component")
    if general and component is None:
        ctx.ws.sync_state.mark_failed(ctx.meeting_id, KIND, ids, None)
        if codes & {"NOT_FOUND", "UNAUTHORIZED_OBJECT"}:
            raise WrongComponent(
                f"The proposals component {ctx.link.proposals_component} is not there: "
                f"{general[0].message}",
                f"Le composant de propositions {ctx.link.proposals_component} n'existe pas : "
                f"{general[0].message}",
            )
        if codes == {""}:  # schema validation: the API has no such mutation
            raise TooOld(
                f"This platform's API cannot create proposals ({general[0].message}). Use an "
                "import file: facilitator export MEETING --decidim-import propositions.xlsx",
                f"L'API de cette plateforme ne sait pas créer de propositions "
                f"({general[0].message}). Utilisez un fichier d'import : facilitator export "
                "MEETING --decidim-import propositions.xlsx",
            )
        raise SyncError(
            f"The platform refused the request: {general[0].message}",
            f"La plateforme a refusé la requête : {general[0].message}",
        )
    component = component if isinstance(component, dict) else {}
    sent: list[tuple[str, str]] = []
    unclear: list[str] = []
    renew_needed: Transient | None = None
    for n, item in enumerate(todo):
        alias = f"p{n}"
        node = component.get(alias)
        errors = result.errors_for(alias)
        if isinstance(node, dict) and node.get("id"):
            sent.append((item.local_id, str(node["id"])))
        elif errors:
            try:
                problem = ctx.not_authorised(errors) or platform_problem(errors)
            except Transient as exc:
                renew_needed = exc
                ctx.ws.sync_state.mark_failed(ctx.meeting_id, KIND, [item.local_id], None)
                continue
            ctx.ws.sync_state.mark_failed(ctx.meeting_id, KIND, [item.local_id], problem)
            ctx.done += 1
            ctx.say(
                "item",
                problem.en,
                problem.fr,
                number=ctx.numbers.get(item.local_id),
                state=str(ItemState.ATTENTION),
                local_id=item.local_id,
            )
        else:
            unclear.append(item.local_id)
    _record_sent(ctx, sent, already=False)
    if unclear:
        raise Transient(
            "The platform's answer left some proposals unclear.",
            "La réponse de la plateforme laisse des propositions incertaines.",
            ambiguous=True,
        )
    if renew_needed is not None:
        raise renew_needed


def _record_sent(ctx: Context, pairs: list[tuple[str, str]], *, already: bool) -> None:
    if not pairs:
        return
    ctx.ws.sync_state.mark_sent(ctx.meeting_id, KIND, pairs)
    for local_id, remote_id in pairs:
        ctx.done += 1
        if already:
            en = f"Already on the platform (proposal {remote_id})."
            fr = f"Déjà sur la plateforme (proposition {remote_id})."
        else:
            en, fr = f"Proposal {remote_id} created.", f"Proposition {remote_id} créée."
        ctx.say(
            "item",
            en,
            fr,
            number=ctx.numbers.get(local_id),
            state=str(ItemState.SENT),
            local_id=local_id,
        )
    ctx.found_again.update(local_id for local_id, _ in pairs if already)


def reconcile(ctx: Context, local_ids: Sequence[str]) -> None:
    """Look up items left sending: a proposal of ours with the same title and body on the
    platform is recorded as sent; the rest were not applied and go back to pending."""
    items = [ctx.ws.sync_state.item(ctx.meeting_id, KIND, lid) for lid in local_ids]
    sending = [i for i in items if i is not None and i.state is ItemState.SENDING]
    if not sending:
        return
    earliest = min(i.sent_at for i in sending if i.sent_at is not None)
    latest = max(i.sent_at for i in sending if i.sent_at is not None)
    wait = (latest + timedelta(seconds=ctx.options.settle) - ctx.clock.now()).total_seconds()
    if ctx.must_settle and wait > 0:
        ctx.clock.sleep(wait)  # a request may still be running on the platform
    ctx.must_settle = False
    known = {i.remote_id: i for i in ctx.items(KIND) if i.remote_id}
    # proposals acknowledged before the earliest intent were published before it: stop there
    older = {rid for rid, i in known.items() if i.sent_at is not None and i.sent_at < earliest}
    wanted = {
        i.local_id: (comparable(i.sent_title or ""), comparable(i.sent_body or "")) for i in sending
    }
    found: dict[str, str] = {}
    since = (earliest - timedelta(days=1)).date().isoformat()
    for remote in recent_proposals(ctx.gql, ctx.link.proposals_component, since, ctx.link.locale):
        if remote.id in older:
            break
        if remote.id in known or remote.id in found.values():
            continue
        if ctx.user_id not in remote.author_ids:
            continue
        key = (comparable(remote.title), comparable(remote.body))
        for local_id, text in wanted.items():
            if local_id not in found and text == key:
                found[local_id] = remote.id
                break
        if len(found) == len(wanted):
            break
    _record_sent(ctx, list(found.items()), already=True)
    missing = [lid for lid in wanted if lid not in found]
    ctx.ws.sync_state.mark_failed(ctx.meeting_id, KIND, missing, None)


def push_updates(ctx: Context) -> list[str]:
    """``--update``: send the current text of proposals changed since they were sent.

    An update sets the same text however often it is repeated, so a lost answer is simply
    sent again."""
    updated: list[str] = []
    for item in [i for i in ctx.items(KIND) if i.state is ItemState.CHANGED]:
        ctx.checkpoint()
        if item.problem is not None and item.problem.source == "rules":
            continue
        variables = {
            "c": ctx.link.proposals_component,
            "id": item.remote_id,
            "input": {
                "locale": ctx.link.locale,
                "attributes": {"title": item.want_title, "body": item.want_body},
            },
        }
        for attempt in ctx.retry():
            with attempt:
                result = ctx.gql.execute(_update_document(), variables)
        if result.errors:
            problem = platform_problem(list(result.errors))
            ctx.ws.sync_state.note_error(ctx.meeting_id, KIND, [item.local_id], problem, None)
            continue
        ctx.ws.sync_state.mark_sending(
            ctx.meeting_id, KIND, [(item.local_id, item.want_title, item.want_body)]
        )
        ctx.ws.sync_state.mark_sent(ctx.meeting_id, KIND, [(item.local_id, str(item.remote_id))])
        updated.append(item.local_id)
    return updated
