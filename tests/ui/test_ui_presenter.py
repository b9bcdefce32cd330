"""The presenter view, the ideas wall and countdowns, as the spokesperson uses them."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from PySide6.QtCore import Qt

from facilitator.domain.model import (
    Ballot,
    Channel,
    Idea,
    IdeaSource,
    IdeaStatus,
    Meeting,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
    PollState,
    now,
)
from facilitator.storage import journal
from facilitator.storage.codec import dt
from facilitator.ui import commands
from facilitator.ui.main_window import MainWindow
from facilitator.ui.room_feed import Stage
from facilitator.ui.session import Session


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Make ``window`` the active one (its keys are its own), once the main window's own
    focus requests have run."""
    qtbot.waitUntil(lambda: window.activateWindow() or window.isActiveWindow())


def _polls(session: Session, meeting_id: str) -> tuple[Poll, Poll]:
    ws = session.ws
    first = ws.polls.create(
        Poll(
            meeting_id,
            "Quel banc ?",
            PollMethod.SINGLE,
            (PollOption("Bois"), PollOption("Métal")),
            params=PollParams(countdown=90),
        )
    )
    second = ws.polls.create(Poll(meeting_id, "Fermer la rue ?", PollMethod.YES_NO_ABSTAIN))
    return first, second


def test_the_presenter_view_shows_what_is_projected_and_what_comes_next(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    first, second = _polls(session, meeting_id)
    window.open_meeting(meeting_id)
    window.show_presenter()
    presenter = window.room.presenter
    qtbot.waitExposed(presenter)
    _activate(qtbot, presenter)  # the keys are the window's
    qtbot.waitUntil(lambda: presenter.next_poll.text().startswith(first.question))
    assert presenter.preview.question.text() == "Welcome!"  # nothing open: what the room sees

    qtbot.keyClick(presenter, Qt.Key.Key_F6)  # opens what comes next
    qtbot.waitUntil(lambda: presenter.preview.question.text() == first.question)
    assert session.ws.polls.get(first.id).state is PollState.OPEN
    assert presenter.next_poll.text().startswith(second.question)
    # the countdown runs on the screen the room sees and on the presenter's
    qtbot.waitUntil(lambda: presenter.preview.countdown.isVisible())
    assert presenter.preview.countdown.text().startswith("Time left 1:")
    assert presenter.time_left.text().startswith("Time left 1:")

    # one screen (the offscreen platform has one): P swaps the presenter for the projector
    qtbot.keyClick(presenter, Qt.Key.Key_P)
    projector = window.room.projector
    qtbot.waitExposed(projector)
    _activate(qtbot, projector)
    assert not presenter.isVisible()
    qtbot.waitUntil(lambda: projector.question.text() == first.question)
    qtbot.keyClick(projector, Qt.Key.Key_P)
    qtbot.waitUntil(presenter.isVisible)
    assert not projector.isVisible()
    _activate(qtbot, presenter)

    qtbot.keyClick(presenter, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: session.ws.polls.get(first.id).state is PollState.CLOSED)
    presenter.close()


def test_the_ideas_wall_between_polls(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    ws = session.ws
    bancs = ws.ideas.add(Idea(meeting_id, "Plus de bancs", theme="Mobilier"))
    arbres = ws.ideas.add(Idea(meeting_id, "Des arbres", theme="Nature"))
    kiosque = ws.ideas.add(Idea(meeting_id, "Un kiosque", source=IdeaSource.PHONE))
    window.open_meeting(meeting_id)
    window.show_projector()
    projector = window.projector
    qtbot.waitExposed(projector)
    _activate(qtbot, projector)
    qtbot.keyClick(projector, Qt.Key.Key_W)  # the spokesperson puts the wall up
    assert projector.feed.stage is Stage.WALL
    wall = projector.wall
    qtbot.waitUntil(lambda: "Plus de bancs (0)" in wall.accessibleDescription())
    assert "Un kiosque" not in wall.accessibleDescription()  # waits for moderation

    # as they are captured, and a phone's idea once accepted
    session.perform(commands.add_idea(Idea(meeting_id, "Des chaises", theme="Mobilier")))
    session.perform(commands.set_idea_status([kiosque.id], IdeaStatus.KEPT))
    qtbot.waitUntil(lambda: "Des chaises" in wall.accessibleDescription())
    qtbot.waitUntil(lambda: "Un kiosque" in wall.accessibleDescription())

    # upvotes, live, as phones cast them
    upvotes = ws.polls.create_from_ideas(
        meeting_id, "Vos préférées ?", PollMethod.UPVOTES, [bancs, arbres]
    )
    ws.polls.open(upvotes.id)
    for voter in ("a", "b"):
        ws.ballots.cast(
            Ballot(upvotes.id, voter, Channel.PHONE, {"options": [upvotes.options[1].id]})
        )
    session.check_for_changes()  # what the phone server wrote, from the journal
    qtbot.waitUntil(lambda: "Des arbres (2)" in wall.accessibleDescription())

    # the spokesperson picks what is shown: one theme
    window.show_presenter()
    presenter = window.room.presenter
    qtbot.waitUntil(lambda: presenter.theme.findData("Nature") >= 0)
    presenter.theme.activated.emit(presenter.theme.findData("Nature"))
    qtbot.waitUntil(lambda: "Plus de bancs" not in wall.accessibleDescription())
    assert "Des arbres (2)" in wall.accessibleDescription()
    assert projector.feed.wall_theme == "Nature"
    presenter.wall_button.click()  # and back to the poll
    assert projector.feed.stage is Stage.POLL
    presenter.close()
    projector.close()


def test_the_app_closes_a_poll_whose_countdown_ran_out_with_no_window_on_the_room(
    qtbot, session: Session
) -> None:
    """No projector, no presenter, no phone server: the app's own timer closes it, as of
    its deadline (the laptop slept through it)."""
    meeting = session.ws.meetings.create(Meeting(title="Réunion"))
    poll, _ = _polls(session, meeting.id)
    session.ws.polls.open(poll.id)
    opened_at = now() - timedelta(minutes=5)

    def slept(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE polls SET opened_at = ? WHERE id = ?", (dt(opened_at), poll.id))
        journal.record(conn, meeting.id, "poll", poll.id, "update", {})

    session.ws.db.write(slept)
    session.check_for_changes()
    qtbot.waitUntil(lambda: session.ws.polls.get(poll.id).state is PollState.CLOSED, timeout=10_000)
    assert session.ws.polls.get(poll.id).closed_at == opened_at + timedelta(seconds=90)
