"""The write path seen from the window: undo puts back exactly what an edit changed, in one go,
whatever phones write meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from facilitator.domain.model import Idea, IdeaSource, IdeaStatus
from facilitator.storage.database import Database
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


class BeforeEachWrite:
    """Runs ``action`` on the thread that queues a write job, just before the job is queued.

    It stands for what happens in the room while an edit is written: a phone's request handled
    on another thread commits first.
    """

    def __init__(self, db: Database, action: Callable[[], None], *, once: bool) -> None:
        self._db = db
        self._submit = db.submit
        self._action = action
        self._once = once
        self.armed = False
        db.submit = self  # type: ignore[method-assign]

    def __call__(self, job: Any) -> Any:
        if self.armed:
            if self._once:
                self.armed = False
            self._action()
        return self._submit(job)

    def remove(self) -> None:
        self._db.submit = self._submit  # type: ignore[method-assign]


def _from_another_thread(action: Callable[[], object]) -> None:
    thread = threading.Thread(target=action)
    thread.start()
    thread.join()


def _statuses(session: Session, meeting_id: str) -> dict[str, IdeaStatus]:
    return {i.text: i.status for i in session.ws.ideas.for_meeting(meeting_id)}


def test_undo_keeps_a_phone_idea_sent_while_the_edit_was_written(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    for text in ("un", "deux", "trois"):
        session.ws.ideas.add(Idea(meeting_id=meeting_id, text=text))
    window.open_meeting(meeting_id)
    ideas = window.meeting.ideas
    stored = session.ws.ideas.for_meeting(meeting_id)
    phone = Idea(meeting_id=meeting_id, text="envoyée d'un téléphone", source=IdeaSource.PHONE)
    hook = BeforeEachWrite(
        session.ws.db,
        lambda: _from_another_thread(lambda: session.ws.ideas.add(phone)),
        once=True,
    )
    hook.armed = True
    ideas.select_ideas([stored[0].id, stored[1].id])
    ideas.act_merge.trigger()
    qtbot.waitUntil(lambda: _statuses(session, meeting_id).get("deux") is IdeaStatus.MERGED)
    hook.remove()
    assert _statuses(session, meeting_id)["envoyée d'un téléphone"] is IdeaStatus.PENDING

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _statuses(session, meeting_id).get("deux") is IdeaStatus.KEPT)
    qtbot.waitUntil(lambda: not session.busy)
    assert _statuses(session, meeting_id) == {
        "un": IdeaStatus.KEPT,
        "deux": IdeaStatus.KEPT,
        "trois": IdeaStatus.KEPT,
        "envoyée d'un téléphone": IdeaStatus.PENDING,
    }
    qtbot.waitUntil(lambda: ideas.inbox.ideas.rowCount() == 1)


def test_undo_of_a_merge_is_one_transaction(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    for text in ("un", "deux", "trois"):
        session.ws.ideas.add(Idea(meeting_id=meeting_id, text=text))
    window.open_meeting(meeting_id)
    ideas = window.meeting.ideas
    ideas.select_ideas([i.id for i in session.ws.ideas.for_meeting(meeting_id)])
    ideas.act_merge.trigger()
    qtbot.waitUntil(lambda: _statuses(session, meeting_id)["trois"] is IdeaStatus.MERGED)
    qtbot.waitUntil(lambda: session.undo_stack.canUndo())

    # what a phone or the projector reading the workspace sees at every commit of the undo
    seen: list[tuple[IdeaStatus, IdeaStatus]] = []

    def observe() -> None:
        now = _statuses(session, meeting_id)
        seen.append((now["deux"], now["trois"]))

    hook = BeforeEachWrite(session.ws.db, observe, once=False)
    hook.armed = True
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _statuses(session, meeting_id)["trois"] is IdeaStatus.KEPT)
    hook.remove()
    observe()
    merged, kept = (IdeaStatus.MERGED,) * 2, (IdeaStatus.KEPT,) * 2
    assert all(state in (merged, kept) for state in seen), f"half undone in between: {seen}"
    assert seen[-1] == kept


def test_undo_right_after_enter_undoes_that_idea(
    qtbot, type_text, window: MainWindow, session: Session, meeting_id: str
) -> None:
    from PySide6.QtCore import Qt

    window.open_meeting(meeting_id)
    capture = window.meeting.ideas.capture
    type_text(capture, "Des bancs")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    # pressed before the idea is on disk: Undo is offered, waits for it, then takes it back
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not session.busy)
    assert session.ws.ideas.for_meeting(meeting_id) == []
    assert session.undo_stack.canRedo() and session.undo_stack.redoText() == "Add idea"
