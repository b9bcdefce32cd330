"""The undoable edits of the app: each an operation on the repositories with the name of its
undo step. The session writes each as one job; undo takes back exactly what it changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from facilitator.domain.model import Channel, CountEntry, Idea, IdeaStatus, Meeting, Poll
from facilitator.storage.workspace import Repositories
from facilitator.ui.undo import Edit

# -- meetings ----------------------------------------------------------------------------------


def create_meeting(meeting: Meeting) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "New meeting"),
        lambda ws: ws.meetings.create(meeting),
    )


def duplicate_meeting(meeting_id: str, title: str) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "Duplicate meeting"),
        lambda ws: ws.meetings.duplicate(meeting_id, title),
    )


def update_meeting(after: Meeting, text: str) -> Edit:
    return Edit(text, lambda ws: ws.meetings.update(after))


def set_archived(meeting_id: str, archived: bool) -> Edit:
    text = (
        QCoreApplication.translate("Commands", "Archive meeting")
        if archived
        else QCoreApplication.translate("Commands", "Unarchive meeting")
    )
    return Edit(text, lambda ws: ws.meetings.set_archived(meeting_id, archived))


# -- ideas -------------------------------------------------------------------------------------


def add_idea(idea: Idea) -> Edit:
    return Edit(QCoreApplication.translate("Commands", "Add idea"), lambda ws: ws.ideas.add(idea))


def edit_idea(before: Idea, after: Idea) -> Edit:
    text = (
        QCoreApplication.translate("Commands", "Edit idea")
        if before.text != after.text
        else QCoreApplication.translate("Commands", "Change theme")
    )
    return Edit(text, lambda ws: ws.ideas.update(after))


def set_idea_status(idea_ids: Sequence[str], status: IdeaStatus) -> Edit:
    text = {
        IdeaStatus.HIDDEN: QCoreApplication.translate("Commands", "Hide idea"),
        IdeaStatus.KEPT: QCoreApplication.translate("Commands", "Keep idea"),
        IdeaStatus.REJECTED: QCoreApplication.translate("Commands", "Reject idea"),
    }.get(status, QCoreApplication.translate("Commands", "Change idea"))

    def op(ws: Repositories) -> None:
        for idea_id in idea_ids:
            ws.ideas.set_status(idea_id, status)

    return Edit(text, op)


def set_theme(idea_ids: Sequence[str], theme: str) -> Edit:
    def op(ws: Repositories) -> None:
        for idea_id in idea_ids:
            ws.ideas.update(replace(ws.ideas.get(idea_id), theme=theme))

    return Edit(QCoreApplication.translate("Commands", "Change theme"), op)


def merge_ideas(idea_ids: Sequence[str], into_id: str) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "Merge ideas"),
        lambda ws: ws.ideas.merge(idea_ids, into_id),
    )


def split_idea(idea_id: str) -> Edit:
    def op(ws: Repositories) -> None:
        for merged in ws.ideas.merged_into(idea_id):
            ws.ideas.unmerge(merged.id)

    return Edit(QCoreApplication.translate("Commands", "Split merged ideas"), op)


def move_ideas(meeting_id: str, idea_ids: Sequence[str], index: int) -> Edit:
    """Move ideas before the idea now at ``index`` of the meeting's list (the end if none)."""

    def op(ws: Repositories) -> None:
        ordered = [i.id for i in ws.ideas.for_meeting(meeting_id)]
        moving = [i for i in ordered if i in set(idea_ids)]
        target = ordered[index] if 0 <= index < len(ordered) else None
        while target in moving:
            position = ordered.index(target) + 1
            target = ordered[position] if position < len(ordered) else None
        rest = [i for i in ordered if i not in set(moving)]
        at = rest.index(target) if target is not None else len(rest)
        ws.ideas.reorder(meeting_id, rest[:at] + moving + rest[at:])

    return Edit(QCoreApplication.translate("Commands", "Move ideas"), op)


# -- polls -------------------------------------------------------------------------------------


def create_poll(poll: Poll) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "New poll"), lambda ws: ws.polls.create(poll)
    )


def delete_poll(poll_id: str) -> Edit:
    """Deleting a poll that has no votes yet (one with votes is closed, never deleted)."""
    return Edit(
        QCoreApplication.translate("Commands", "Delete poll"), lambda ws: ws.polls.delete(poll_id)
    )


def update_poll(after: Poll) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "Edit poll"), lambda ws: ws.polls.update(after)
    )


def open_poll(poll_id: str) -> Edit:
    """Open a poll; the one open before closes, and undo opens it again."""
    return Edit(
        QCoreApplication.translate("Commands", "Open poll"), lambda ws: ws.polls.open(poll_id)
    )


def close_poll(poll_id: str) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "Close poll"), lambda ws: ws.polls.close(poll_id)
    )


def reveal_results(poll_id: str, revealed: bool) -> Edit:
    text = (
        QCoreApplication.translate("Commands", "Reveal results")
        if revealed
        else QCoreApplication.translate("Commands", "Hide results")
    )
    return Edit(text, lambda ws: ws.polls.reveal(poll_id, revealed))


def set_counts(entry: CountEntry) -> Edit:
    """Counts typed in for one channel; the counts typed one after the other for the same poll
    and channel make one undo step."""
    return Edit(
        QCoreApplication.translate("Commands", "Type in counts"),
        lambda ws: ws.ballots.set_counts(entry),
        merge_key=("counts", entry.poll_id, entry.channel),
    )


def clear_counts(poll_id: str, channel: Channel) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "Clear counts"),
        lambda ws: ws.ballots.clear_counts(poll_id, channel),
    )


# -- attendance --------------------------------------------------------------------------------


def adjust_headcount(meeting_id: str, delta: int) -> Edit:
    """+1 / -1 on the headcount; consecutive presses make one undo step."""
    return Edit(
        QCoreApplication.translate("Commands", "Change headcount"),
        lambda ws: ws.attendance.adjust(meeting_id, delta),
        merge_key=("headcount", meeting_id),
    )


def set_headcount(meeting_id: str, headcount: int) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "Edit attendance"),
        lambda ws: ws.attendance.set_headcount(meeting_id, headcount),
    )


def save_notes(meeting_id: str, notes: str) -> Edit:
    """The attendance notes; the saves made while typing make one undo step."""
    return Edit(
        QCoreApplication.translate("Commands", "Edit attendance"),
        lambda ws: ws.attendance.set_notes(meeting_id, notes),
        merge_key=("notes", meeting_id),
    )


# -- themes ------------------------------------------------------------------------------------


def rename_theme(meeting_id: str, old: str, new: str) -> Edit:
    """Rename a theme on every idea of the meeting (into an existing one: a merge)."""
    return Edit(
        QCoreApplication.translate("Commands", "Rename theme"),
        lambda ws: ws.themes.rename(meeting_id, old, new),
    )


def merge_themes(meeting_id: str, names: Sequence[str], into: str) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "Merge themes"),
        lambda ws: ws.themes.merge(meeting_id, names, into),
    )


def set_theme_colour(meeting_id: str, name: str, colour: str) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "Colour theme"),
        lambda ws: ws.themes.set_colour(meeting_id, name, colour),
    )


def reorder_themes(meeting_id: str, names: Sequence[str]) -> Edit:
    return Edit(
        QCoreApplication.translate("Commands", "Reorder themes"),
        lambda ws: ws.themes.reorder(meeting_id, names),
    )
