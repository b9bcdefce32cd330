"""Undoable edits: each one writes through the repositories at once and knows its reverse."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from facilitator.domain.model import (
    Attendance,
    CountEntry,
    Idea,
    IdeaStatus,
    Meeting,
    Poll,
)
from facilitator.storage.ideas import IdeaRepository
from facilitator.ui.session import Command, Session

# -- meetings ----------------------------------------------------------------------------------


class CreateMeeting(Command):
    def __init__(self, session: Session, meeting: Meeting) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "New meeting"))
        self.meeting = meeting

    def apply(self) -> None:
        self.meeting = self.session.ws.meetings.create(self.meeting)

    def revert(self) -> None:
        self.session.ws.meetings.delete(self.meeting.id)


class DuplicateMeeting(Command):
    def __init__(self, session: Session, meeting_id: str, title: str) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "Duplicate meeting"))
        self.meeting_id = meeting_id
        self.title = title
        self.copy: Meeting | None = None
        self._polls: list[Poll] = []

    def apply(self) -> None:
        ws = self.session.ws
        if self.copy is None:
            self.copy = ws.meetings.duplicate(self.meeting_id, self.title)
            return
        # redo: the same copy and polls, same ids, so later commands still find them
        self.copy = ws.meetings.create(self.copy)
        for poll in self._polls:
            ws.polls.create(poll)

    def revert(self) -> None:
        if self.copy is not None:
            self._polls = self.session.ws.polls.for_meeting(self.copy.id)
            self.session.ws.meetings.delete(self.copy.id)


class UpdateMeeting(Command):
    def __init__(self, session: Session, before: Meeting, after: Meeting, text: str) -> None:
        super().__init__(session, text)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.session.ws.meetings.update(self.after)

    def revert(self) -> None:
        self.session.ws.meetings.update(self.before)


# -- ideas -------------------------------------------------------------------------------------


class AddIdea(Command):
    def __init__(self, session: Session, idea: Idea) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "Add idea"))
        self.idea = idea
        self._stored: Idea | None = None

    def apply(self) -> None:
        if self._stored is None:
            self._stored = self.session.ws.ideas.add(self.idea)
        else:
            self.session.ws.ideas.restore(self._stored)

    def revert(self) -> None:
        if self._stored is not None:
            self.session.ws.ideas.delete(self._stored.id)

    @property
    def stored(self) -> Idea | None:
        return self._stored


class IdeasCommand(Command):
    """An edit of one meeting's ideas, undone by putting back every idea it changed.

    Snapshots make merges, moves and status changes undoable exactly, including the ideas an
    operation touches indirectly (ideas merged into a merged idea, positions after a move).
    """

    def __init__(
        self,
        session: Session,
        meeting_id: str,
        text: str,
        operation: Callable[[IdeaRepository], object],
    ) -> None:
        super().__init__(session, text)
        self.meeting_id = meeting_id
        self.operation = operation
        self._before: dict[str, Idea] = {}
        self._after: dict[str, Idea] = {}

    def _snapshot(self) -> dict[str, Idea]:
        return {i.id: i for i in self.session.ws.ideas.for_meeting(self.meeting_id)}

    def apply(self) -> None:
        if not self._after:
            before = self._snapshot()
            self.operation(self.session.ws.ideas)
            after = self._snapshot()
            changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
            self._before = {k: before[k] for k in changed if k in before}
            self._after = {k: after[k] for k in changed if k in after}
            return
        self._put(self._after, self._before)

    def revert(self) -> None:
        self._put(self._before, self._after)

    def _put(self, wanted: dict[str, Idea], other: dict[str, Idea]) -> None:
        ideas = self.session.ws.ideas
        for idea in wanted.values():
            ideas.restore(idea)
        for idea_id in other.keys() - wanted.keys():
            ideas.delete(idea_id)


def edit_idea(session: Session, before: Idea, after: Idea) -> IdeasCommand:
    text = (
        QCoreApplication.translate("Commands", "Edit idea")
        if before.text != after.text
        else QCoreApplication.translate("Commands", "Change theme")
    )
    return IdeasCommand(session, before.meeting_id, text, lambda repo: repo.update(after))


def set_idea_status(
    session: Session, meeting_id: str, idea_ids: Sequence[str], status: IdeaStatus
) -> IdeasCommand:
    text = {
        IdeaStatus.HIDDEN: QCoreApplication.translate("Commands", "Hide idea"),
        IdeaStatus.KEPT: QCoreApplication.translate("Commands", "Keep idea"),
        IdeaStatus.REJECTED: QCoreApplication.translate("Commands", "Reject idea"),
    }.get(status, QCoreApplication.translate("Commands", "Change idea"))

    def operation(repo: IdeaRepository) -> None:
        for idea_id in idea_ids:
            repo.set_status(idea_id, status)

    return IdeasCommand(session, meeting_id, text, operation)


def set_theme(
    session: Session, meeting_id: str, idea_ids: Sequence[str], theme: str
) -> IdeasCommand:
    def operation(repo: IdeaRepository) -> None:
        for idea_id in idea_ids:
            repo.update(replace(repo.get(idea_id), theme=theme))

    return IdeasCommand(
        session, meeting_id, QCoreApplication.translate("Commands", "Change theme"), operation
    )


def merge_ideas(
    session: Session, meeting_id: str, idea_ids: Sequence[str], into_id: str
) -> IdeasCommand:
    return IdeasCommand(
        session,
        meeting_id,
        QCoreApplication.translate("Commands", "Merge ideas"),
        lambda repo: repo.merge(idea_ids, into_id),
    )


def split_idea(session: Session, meeting_id: str, idea_id: str) -> IdeasCommand:
    def operation(repo: IdeaRepository) -> None:
        for merged in repo.merged_into(idea_id):
            repo.unmerge(merged.id)

    return IdeasCommand(
        session, meeting_id, QCoreApplication.translate("Commands", "Split merged ideas"), operation
    )


def move_ideas(
    session: Session, meeting_id: str, idea_ids: Sequence[str], index: int
) -> IdeasCommand:
    def operation(repo: IdeaRepository) -> None:
        ordered = [i.id for i in repo.for_meeting(meeting_id)]
        moving = [i for i in ordered if i in set(idea_ids)]
        target = ordered[index] if 0 <= index < len(ordered) else None
        while target in moving:
            position = ordered.index(target) + 1
            target = ordered[position] if position < len(ordered) else None
        rest = [i for i in ordered if i not in set(moving)]
        at = rest.index(target) if target is not None else len(rest)
        repo.reorder(meeting_id, rest[:at] + moving + rest[at:])

    return IdeasCommand(
        session, meeting_id, QCoreApplication.translate("Commands", "Move ideas"), operation
    )


# -- polls -------------------------------------------------------------------------------------


class CreatePoll(Command):
    def __init__(self, session: Session, poll: Poll) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "New poll"))
        self.poll = poll

    def apply(self) -> None:
        self.poll = self.session.ws.polls.create(self.poll)

    def revert(self) -> None:
        self.session.ws.polls.delete(self.poll.id)


class DeletePoll(Command):
    """Deleting a poll that has no votes yet (one with votes is closed, never deleted)."""

    def __init__(self, session: Session, poll: Poll) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "Delete poll"))
        self.poll = poll

    def apply(self) -> None:
        self.session.ws.polls.delete(self.poll.id)

    def revert(self) -> None:
        self.poll = self.session.ws.polls.create(self.poll)


class UpdatePoll(Command):
    def __init__(self, session: Session, before: Poll, after: Poll) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "Edit poll"))
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.session.ws.polls.update(self.after)

    def revert(self) -> None:
        self.session.ws.polls.update(self.before)


class ChangePollState(Command):
    """Open, close, reveal or hide a poll; undo puts back this poll and the one it closed."""

    OPEN = "open"
    CLOSE = "close"
    REVEAL = "reveal"
    HIDE = "hide"

    def __init__(self, session: Session, poll: Poll, action: str) -> None:
        text = {
            self.OPEN: QCoreApplication.translate("Commands", "Open poll"),
            self.CLOSE: QCoreApplication.translate("Commands", "Close poll"),
            self.REVEAL: QCoreApplication.translate("Commands", "Reveal results"),
            self.HIDE: QCoreApplication.translate("Commands", "Hide results"),
        }[action]
        super().__init__(session, text)
        self.poll_id = poll.id
        self.meeting_id = poll.meeting_id
        self.action = action
        self._before: Poll | None = None
        self._was_open: Poll | None = None

    def apply(self) -> None:
        polls = self.session.ws.polls
        self._before = polls.get(self.poll_id)
        open_now = polls.open_poll(self.meeting_id)
        self._was_open = open_now if open_now and open_now.id != self.poll_id else None
        if self.action == self.OPEN:
            polls.open(self.poll_id)
        elif self.action == self.CLOSE:
            polls.close(self.poll_id)
        else:
            polls.reveal(self.poll_id, self.action == self.REVEAL)

    def revert(self) -> None:
        polls = self.session.ws.polls
        before = self._before
        if before is None:
            return
        current = polls.get(self.poll_id)
        if current.state is not before.state:
            polls.set_state(self.poll_id, before.state)
        if current.revealed != before.revealed:
            polls.reveal(self.poll_id, before.revealed)
        if self._was_open is not None and self.action == self.OPEN:
            polls.open(self._was_open.id)


class SetCounts(Command):
    """Counts typed in for one channel; undo puts back the previous counts (or none)."""

    def __init__(self, session: Session, entry: CountEntry, previous: CountEntry | None) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "Type in counts"))
        self.entry = entry
        self.previous = previous

    def apply(self) -> None:
        self.session.ws.ballots.set_counts(self.entry)

    def revert(self) -> None:
        if self.previous is None:
            self.session.ws.ballots.clear_counts(self.entry.poll_id, self.entry.channel)
        else:
            self.session.ws.ballots.set_counts(self.previous)


class ClearCounts(Command):
    def __init__(self, session: Session, previous: CountEntry) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "Clear counts"))
        self.previous = previous

    def apply(self) -> None:
        self.session.ws.ballots.clear_counts(self.previous.poll_id, self.previous.channel)

    def revert(self) -> None:
        self.session.ws.ballots.set_counts(self.previous)


# -- attendance --------------------------------------------------------------------------------

_HEADCOUNT_ID = 1001
_NOTES_ID = 1002


class AdjustHeadcount(Command):
    """+1 / -1 on the headcount; consecutive clicks merge into one undo step."""

    def __init__(self, session: Session, meeting_id: str, delta: int) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "Change headcount"))
        self.meeting_id = meeting_id
        self.delta = delta
        self._applied = 0

    def apply(self) -> None:
        before = self.session.ws.attendance.get(self.meeting_id).headcount
        after = self.session.ws.attendance.adjust(self.meeting_id, self.delta).headcount
        self._applied = after - before

    def revert(self) -> None:
        self.session.ws.attendance.adjust(self.meeting_id, -self._applied)

    def id(self) -> int:
        return _HEADCOUNT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, AdjustHeadcount) or other.meeting_id != self.meeting_id:
            return False
        self.delta += other.delta
        self._applied += other._applied
        return True


class SaveAttendance(Command):
    """The headcount typed in or the notes; consecutive note edits merge into one step."""

    def __init__(self, session: Session, before: Attendance, after: Attendance) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "Edit attendance"))
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.session.ws.attendance.save(self.after)

    def revert(self) -> None:
        self.session.ws.attendance.save(self.before)

    def id(self) -> int:
        return _NOTES_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SaveAttendance) or other.after.meeting_id != self.after.meeting_id:
            return False
        if other.after.headcount != self.after.headcount:
            return False
        self.after = other.after
        return True
