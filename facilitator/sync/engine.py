"""The outbox worker: one meeting to its platform, exactly once, resumable.

:class:`SyncEngine` folds the journal into the sync state, sends the kept ideas as proposals
(:mod:`facilitator.sync.push`), then settles the meeting (:mod:`facilitator.sync.outcome`).
It prints nothing: progress goes to ``on_event``, the result is a :class:`SyncSummary`. Time
goes through an injectable clock, so tests do not wait on backoff or the rate limit.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from facilitator.domain import proposal_rules
from facilitator.domain.errors import ValidationError
from facilitator.domain.model import Idea
from facilitator.domain.plurals import in_both
from facilitator.storage.sync_state import (
    SOURCE_RULES,
    ItemKind,
    ItemState,
    Problem,
    SyncItem,
    SyncLink,
    Wanted,
)
from facilitator.storage.workspace import Workspace
from facilitator.sync import compose
from facilitator.sync.cancel import Cancelled, CancelToken
from facilitator.sync.clock import Clock, SystemClock
from facilitator.sync.context import Context
from facilitator.sync.errors import SignInNeeded, SyncError
from facilitator.sync.events import (
    ItemReport,
    OnEvent,
    Outcome,
    SyncEvent,
    SyncOptions,
    SyncSummary,
)
from facilitator.sync.graphql import GraphQL
from facilitator.sync.outcome import meeting_outcome
from facilitator.sync.platform import whoami
from facilitator.sync.push import push_proposals, push_updates


def _ignore(_event: SyncEvent) -> None:
    return None


def wanted_proposals(
    facts: compose.MeetingFacts, link: SyncLink, items: Sequence[SyncItem]
) -> list[Wanted]:
    """What each kept idea would be on the platform now, with the rules it breaks."""
    custom = {i.local_id: i.custom_title for i in items if i.custom_title}
    wanted = []
    for idea in facts.kept():
        title, body, breaches = compose.proposal_text(
            facts, idea, custom.get(idea.id), link.proposal_length
        )
        wanted.append(Wanted(ItemKind.PROPOSAL, idea.id, title, body, rules_problem(breaches)))
    return wanted


def rules_problem(breaches: Sequence[proposal_rules.Breach]) -> Problem | None:
    """The rules a proposal breaks, each with its fix, as one problem (None: it may go)."""
    if not breaches:
        return None
    return Problem(
        SOURCE_RULES,
        breaches[0].code,
        " ".join(f"{b.en} {b.fix_en}" for b in breaches),
        " ".join(f"{b.fr} {b.fix_fr}" for b in breaches),
    )


def fold(ws: Workspace, link: SyncLink) -> compose.MeetingFacts:
    """Fold the meeting's journal into its sync state: every kept idea's text as it would be
    sent now, and its state (recomposing if an edit lands meanwhile). Offline."""
    meeting_id = link.meeting_id
    for _ in range(10):
        seq = ws.sync_state.journal_seq(meeting_id)
        facts = compose.gather(ws, meeting_id)
        wanted = wanted_proposals(facts, link, ws.sync_state.items(meeting_id))
        if ws.sync_state.refresh(meeting_id, seq, wanted):
            return facts
    raise SyncError(
        "The meeting keeps changing while sync reads it; try again in a moment.",
        "La réunion change sans cesse pendant que la synchronisation la lit ; réessayez "
        "dans un instant.",
    )


class SyncEngine:
    """Push one linked meeting. Construct with a signed-in :class:`GraphQL` client."""

    def __init__(
        self,
        ws: Workspace,
        gql: GraphQL,
        *,
        clock: Clock | None = None,
        on_event: OnEvent | None = None,
        options: SyncOptions | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.ws = ws
        self.gql = gql
        self.clock = clock or SystemClock()
        self.on_event = on_event or _ignore
        self.options = options or SyncOptions()
        self.cancel = cancel or CancelToken()

    def refresh(self, meeting_id: str) -> compose.MeetingFacts:
        """Fold the journal into the sync state (recomposing if an edit lands meanwhile)."""
        return fold(self.ws, self._link(meeting_id))

    def _link(self, meeting_id: str) -> SyncLink:
        link = self.ws.sync_state.link(meeting_id)
        if link is None:
            raise ValidationError(
                "This meeting is not linked to a platform yet: give --decidim URL and "
                "--proposals ID.",
                "Cette réunion n'est pas encore liée à une plateforme : indiquez --decidim URL "
                "et --proposals ID.",
            )
        return link

    def run(self, meeting_id: str) -> SyncSummary:
        """Sync the meeting; a :class:`SyncError` stops it (a later run resumes).

        While it runs the meeting is marked running; the mark is cleared when the run ends,
        however it ends, except when the process dies or the driver cancels because it is
        closing (:class:`Cancelled` with ``interrupted``): then the next start offers to
        resume it.
        """
        self._link(meeting_id)
        self.ws.sync_state.start_run(meeting_id, os.getpid())
        try:
            summary = self._run(meeting_id)
        except Cancelled as stop:
            if not stop.interrupted:
                self.ws.sync_state.end_run(meeting_id)
            raise
        except SyncError:
            self.ws.sync_state.end_run(meeting_id)
            raise
        self.ws.sync_state.end_run(meeting_id)
        return summary

    def _run(self, meeting_id: str) -> SyncSummary:
        self.cancel.check()
        facts = self.refresh(meeting_id)
        link = self._link(meeting_id)
        user = whoami(self.gql)
        if user is None:
            raise SignInNeeded(
                f"Not signed in to {link.platform_url}: run “facilitator signin "
                f"{link.platform_url}” first.",
                f"Pas connecté à {link.platform_url} : lancez d'abord « facilitator signin "
                f"{link.platform_url} ».",
            )
        if link.author_id != user.id:
            link = self.ws.sync_state.save_link(replace(link, author_id=user.id))
        before = {
            i.local_id
            for i in self.ws.sync_state.items(meeting_id, ItemKind.PROPOSAL)
            if i.state in (ItemState.SENT, ItemState.CHANGED)
        }
        ctx = Context(
            self.ws,
            self.gql,
            self.clock,
            link,
            self.options,
            user.id,
            self.on_event,
            batch_size=self.options.batch_size,
            cancel=self.cancel,
        )
        ctx.numbers = {idea.id: n for n, idea in enumerate(facts.ideas, 1)}
        proposals = [
            i
            for i in self.ws.sync_state.items(meeting_id, ItemKind.PROPOSAL)
            if i.state is not ItemState.EXCLUDED
        ]
        ctx.total = len(proposals)
        ctx.done = sum(
            1
            for i in proposals
            if i.state in (ItemState.SENT, ItemState.CHANGED, ItemState.ATTENTION)
        )
        en, fr = in_both(
            ctx.total - ctx.done,
            ("proposal to send", "proposals to send"),
            ("proposition à envoyer", "propositions à envoyer"),
        )
        ctx.say("start", f"{en} to {link.platform_url}.", f"{fr} à {link.platform_url}.")
        push_proposals(ctx)
        updated = push_updates(ctx) if self.options.update else []
        self.cancel.check()
        outcome = meeting_outcome(ctx, facts)
        self.ws.sync_state.finish(meeting_id)
        summary = self.summary(
            meeting_id,
            facts,
            before=before,
            found_again=ctx.found_again,
            updated=updated,
            outcome=outcome,
        )
        ctx.say("done", "Sync finished.", "Synchronisation terminée.")
        return summary

    def summary(
        self,
        meeting_id: str,
        facts: compose.MeetingFacts,
        *,
        before: set[str] | None = None,
        found_again: set[str] | None = None,
        updated: Sequence[str] = (),
        outcome: Outcome | None = None,
        dry_run: bool = False,
    ) -> SyncSummary:
        link = self._link(meeting_id)
        summary = SyncSummary(meeting_id, link.platform_url, outcome=outcome, dry_run=dry_run)
        ideas: dict[str, Idea] = {i.id: i for i in facts.ideas}
        numbers = {idea.id: n for n, idea in enumerate(facts.ideas, 1)}
        already = (before or set()) | (found_again or set())
        for item in self.ws.sync_state.items(meeting_id, ItemKind.PROPOSAL):
            idea = ideas.get(item.local_id)
            report = ItemReport(
                numbers.get(item.local_id),
                item.local_id,
                item.want_title or (idea.text if idea else ""),
                str(item.state),
                item.remote_id,
                item.problem.en if item.problem else "",
                item.problem.fr if item.problem else "",
            )
            if item.local_id in updated:
                summary.updated.append(report)
            elif item.state is ItemState.SENT:
                (summary.already if item.local_id in already else summary.created).append(report)
            elif item.state is ItemState.CHANGED:
                summary.changed.append(report)
            elif item.state is ItemState.ATTENTION:
                summary.attention.append(report)
            elif item.state is ItemState.EXCLUDED:
                summary.excluded.append(report)
            else:
                summary.unsent.append(report)
        limit = getattr(self.gql.client._transport, "limit", None)
        summary.requests = int(getattr(limit, "count", 0))
        return summary
