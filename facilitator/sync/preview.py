"""What each kept idea will be on the platform, exactly: the preview the app shows before a
sync, with the rules a proposal breaks (and their fixes), its state, and its public address.

Offline and read-mostly: for a linked meeting the journal is folded into the sync state first
(so "changed since sync" is current); for a meeting not linked yet, the texts are composed
with the platform's defaults. The spokesperson's choices (a proposal title of their own,
leaving an idea out) are written through :func:`set_title` and :func:`set_excluded`.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain import proposal_rules
from facilitator.domain.model import Meeting
from facilitator.storage.sync_state import ItemKind, ItemState, Problem, SyncItem, SyncLink
from facilitator.storage.workspace import Workspace
from facilitator.sync import compose
from facilitator.sync.engine import fold, rules_problem


@dataclass(frozen=True, slots=True)
class ProposalPreview:
    """One kept idea as a proposal. ``state`` is the sync state ("pending" before any sync);
    ``breaches`` the platform rules it breaks here; ``problem`` why it needs attention (a
    rule, or the platform's own message)."""

    number: int
    idea_id: str
    idea_text: str
    custom_title: str | None
    title: str
    body: str
    breaches: tuple[proposal_rules.Breach, ...]
    state: ItemState
    problem: Problem | None
    remote_id: str | None
    address: str | None

    @property
    def excluded(self) -> bool:
        return self.state is ItemState.EXCLUDED

    @property
    def needs_attention(self) -> bool:
        return self.state is ItemState.ATTENTION or (bool(self.breaches) and not self.excluded)


@dataclass(frozen=True, slots=True)
class Preview:
    meeting: Meeting
    link: SyncLink | None
    proposals: tuple[ProposalPreview, ...]
    #: The meeting's report as it would be written now (for the old platforms' close form).
    report: str

    def counts(self) -> dict[ItemState, int]:
        found: dict[ItemState, int] = {}
        for p in self.proposals:
            state = ItemState.ATTENTION if p.needs_attention else p.state
            found[state] = found.get(state, 0) + 1
        return found


def preview(ws: Workspace, meeting_id: str, *, proposal_length: int | None = None) -> Preview:
    """The meeting's proposals as they would go now. Folds the journal in when linked."""
    link = ws.sync_state.link(meeting_id)
    if link is not None:
        facts = fold(ws, link)
        length = link.proposal_length
    else:
        facts = compose.gather(ws, meeting_id)
        length = proposal_length or proposal_rules.DEFAULT_BODY_MAX
    items = {i.local_id: i for i in ws.sync_state.items(meeting_id, ItemKind.PROPOSAL)}
    numbers = {idea.id: n for n, idea in enumerate(facts.ideas, 1)}
    shown = []
    for idea in facts.kept():
        item = items.get(idea.id)
        custom = item.custom_title if item else None
        title, body, breaches = compose.proposal_text(facts, idea, custom, length)
        shown.append(
            ProposalPreview(
                number=numbers[idea.id],
                idea_id=idea.id,
                idea_text=idea.text,
                custom_title=custom,
                title=title,
                body=body,
                breaches=tuple(breaches),
                state=_state(item, breaches, link is not None),
                problem=item.problem if item and link else rules_problem(breaches),
                remote_id=item.remote_id if item else None,
                address=link.proposal_address(item.remote_id) if link and item else None,
            )
        )
    made = [
        compose.MadeProposal(i.sent_title or i.want_title, i.remote_id)
        for i in items.values()
        if i.state in (ItemState.SENT, ItemState.CHANGED) and i.remote_id
    ]
    return Preview(facts.meeting, link, tuple(shown), compose.report_text(facts, made))


def _state(item: SyncItem | None, breaches: list[proposal_rules.Breach], linked: bool) -> ItemState:
    if item is not None and (linked or item.state is ItemState.EXCLUDED):
        return item.state
    return ItemState.ATTENTION if breaches else ItemState.PENDING


def set_title(ws: Workspace, meeting_id: str, idea_id: str, title: str | None) -> None:
    """A proposal title of the spokesperson's own (empty or None: the idea's text again)."""
    text = proposal_rules.clean(title) if title else ""
    ws.sync_state.set_custom_title(meeting_id, idea_id, text or None)


def set_excluded(ws: Workspace, meeting_id: str, idea_id: str, excluded: bool) -> None:
    """Leave a kept idea off the platform, or let it go again (a sent one stays sent)."""
    ws.sync_state.set_excluded(meeting_id, idea_id, excluded)
