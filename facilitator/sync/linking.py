"""Linking a local meeting to a platform on first use (checked, then remembered)."""

from __future__ import annotations

from dataclasses import replace

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import Meeting
from facilitator.storage.sync_state import SyncLink
from facilitator.storage.workspace import Workspace
from facilitator.sync import platform
from facilitator.sync.errors import SignInNeeded
from facilitator.sync.keystore import platform_address
from facilitator.sync.session import Session


def planned_link(
    ws: Workspace,
    meeting: Meeting,
    url: str | None,
    proposals: str | None,
    meetings: str | None,
    remote_meeting: str | None,
    proposal_length: int | None,
) -> SyncLink:
    """The link as the options and the stored link say, not checked with the platform yet."""
    stored = ws.sync_state.link(meeting.id)
    if url is None:
        if stored is None:
            raise ValidationError(
                "This meeting is not linked to a platform yet: give --decidim URL and "
                "--proposals ID (facilitator platform URL lists the ids).",
                "Cette réunion n'est pas encore liée à une plateforme : indiquez --decidim URL "
                "et --proposals ID (facilitator platform URL liste les identifiants).",
            )
        if proposal_length:
            return replace(stored, proposal_length=proposal_length)
        return stored
    base = platform_address(url)
    if stored is not None and stored.platform_url != base:
        if any(i.remote_id for i in ws.sync_state.items(meeting.id)):
            raise ValidationError(
                f"This meeting is already on {stored.platform_url}; it cannot move to {base}.",
                f"Cette réunion est déjà sur {stored.platform_url} ; elle ne peut pas passer "
                f"sur {base}.",
            )
        stored = None
    if not proposals and stored is None:
        raise ValidationError(
            "Give --proposals ID: the platform's proposals component for this meeting.",
            "Indiquez --proposals ID : le composant de propositions de la plateforme.",
        )
    link = stored or SyncLink(meeting.id, base, str(proposals), meeting.language)
    if proposals:
        link = replace(link, proposals_component=str(proposals))
    if meetings:
        link = replace(link, meetings_component=str(meetings))
    if remote_meeting and remote_meeting != link.remote_meeting_id:
        link = replace(link, remote_meeting_id=str(remote_meeting), meeting_created=False)
    if proposal_length:
        link = replace(link, proposal_length=proposal_length)
    return link


def check_and_save(ws: Workspace, session: Session, link: SyncLink, meeting_hint: str) -> SyncLink:
    """Check the platform takes writes and the components are of the right kind; save."""
    version = platform.probe(session.gql)
    if not version.writable:
        raise platform.too_old(session.base, version.text or "< 0.32", meeting_hint)
    user = platform.whoami(session.gql)
    if user is None:
        raise SignInNeeded(
            f"Not signed in to {session.base}: run “facilitator signin {session.base}” (or set "
            "FACILITATOR_DECIDIM_API_KEY and FACILITATOR_DECIDIM_API_SECRET).",
            f"Pas connecté à {session.base} : lancez « facilitator signin {session.base} » (ou "
            "définissez FACILITATOR_DECIDIM_API_KEY et FACILITATOR_DECIDIM_API_SECRET).",
        )
    platform.require_component(session.gql, link.proposals_component, "Proposals", link.locale)
    if link.meetings_component:
        platform.require_component(session.gql, link.meetings_component, "Meetings", link.locale)
    elif link.remote_meeting_id:
        raise ValidationError(
            "Give --meetings ID too: the meetings component that holds --meeting.",
            "Indiquez aussi --meetings ID : le composant de réunions qui contient --meeting.",
        )
    if not link.space_slug:
        space = platform.space_of(
            platform.spaces(session.gql, link.locale, with_meetings=False),
            link.proposals_component,
        )
        if space is not None:
            link = replace(link, space_kind=space.kind, space_slug=space.slug)
    created = link.meeting_created
    if link.remote_meeting_id and link.meetings_component and not created:
        remote = platform.meeting(
            session.gql, link.meetings_component, link.remote_meeting_id, link.locale
        )
        created = remote.author_id == user.id
    return ws.sync_state.save_link(replace(link, author_id=user.id, meeting_created=created))
