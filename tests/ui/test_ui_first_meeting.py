"""The first run, as someone who never saw the app: the welcome on an empty workspace, then a
meeting run from it to the result on the projector, through the real window (keys and clicks,
phones voting over HTTP on loopback), with no documentation."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.model import Meeting, PollState
from facilitator.storage import Workspace
from facilitator.ui import welcome
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


@pytest.fixture
def fresh(qtbot, data_dir: Path) -> Iterator[tuple[Session, MainWindow]]:
    """A first start: an empty workspace, the window at a laptop's size."""
    session = Session(Workspace.open(data_dir), data_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield session, window
    finally:
        if window.projector is not None:
            window.projector.close()
        window._quit_confirmed = True
        window.close()
        session.close()


def _phone_votes(url: str, poll_id: str, option_id: str) -> None:
    with httpx.Client(timeout=10) as phone:
        assert phone.post(url + "api/join", json={}).status_code == 200
        state = phone.get(url + "api/state").json()
        assert state["poll"]["id"] == poll_id
        ballot = {"poll_id": poll_id, "key": uuid.uuid4().hex, "content": {"option": option_id}}
        assert phone.post(url + "api/ballot", json=ballot).status_code == 200


def test_a_first_meeting_from_the_welcome_to_the_projected_result(
    qtbot, language: str, fresh: tuple[Session, MainWindow], settle
) -> None:
    session, window = fresh
    # 1. the welcome: what to do, and the button to do it
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    qtbot.keyClicks(dialog.title, "Assemblee du quartier Nord")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter accepts, as in any dialog
    settle()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.meeting)
    meeting = window.meeting
    guide = meeting.guide
    assert guide.isVisible() and guide.step == guide.IDEAS

    # 2. three ideas, typed where the keyboard already is
    # (the window's focus: offscreen, no window manager gives the window back its activation)
    assert window.focusWidget() is meeting.ideas.capture
    for text in ("Des pistes cyclables", "Un marche le dimanche", "Plus de bancs"):
        qtbot.keyClicks(window.focusWidget(), text)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
        settle()
    qtbot.waitUntil(lambda: guide.step == guide.POLL)

    # 3. a poll of them: the guide's button, then the dialog's main button; an idea clicked
    # on to read it stays selected, and the poll is still of all three
    table = meeting.ideas.table
    first = table.visualRect(meeting.ideas.shown.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert len(meeting.ideas.selected_ideas()) == 1
    qtbot.mouseClick(guide.button, Qt.MouseButton.LeftButton)
    poll_dialog = meeting.polls.dialog
    qtbot.waitUntil(lambda: poll_dialog is not None and poll_dialog.isVisible())
    assert poll_dialog.options.toPlainText().count("\n") == 2  # the three ideas
    question = poll_dialog.question.text()
    assert question, "a question is offered; the user may keep it"
    qtbot.mouseClick(
        poll_dialog.buttons.button(poll_dialog.buttons.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    settle()
    qtbot.waitUntil(lambda: guide.step == guide.PHONES)

    # 4. phone voting: the guide opens the poll and starts the phone server
    qtbot.mouseClick(guide.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: meeting.phone.running_here, timeout=15000)
    settle()
    qtbot.waitUntil(lambda: guide.step == guide.PROJECTOR)
    [poll] = session.ws.polls.for_meeting(meeting.meeting_id)
    assert poll.state is PollState.OPEN

    # the projector, from the guide; phones vote on what it shows
    qtbot.mouseClick(guide.button, Qt.MouseButton.LeftButton)
    projector = window.projector
    qtbot.waitUntil(lambda: projector is not None and projector.isVisible())
    qtbot.waitUntil(lambda: projector.question.text() == question)  # read off the event loop
    url = session.phone_server.join_url
    for option in (poll.options[0], poll.options[0], poll.options[2]):
        _phone_votes(url, poll.id, option.id)
    session.check_for_changes()
    settle()

    # close and reveal with the keys the guide names, pressed where the keyboard is once the
    # projector is up (full screen, it covers the control window on a single screen)
    polls = meeting.polls
    assert window.meeting.tabs.currentWidget() is polls
    assert "(F7)" in guide.text.text() and "(F8)" in guide.text.text()
    projector.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)
    qtbot.keyClick(projector, Qt.Key.Key_F7)
    settle()
    qtbot.waitUntil(lambda: session.ws.polls.get(poll.id).state is PollState.CLOSED)
    qtbot.keyClick(projector, Qt.Key.Key_F8)
    settle()
    qtbot.waitUntil(lambda: projector.chart.isVisible(), timeout=5000)
    chart = projector.chart
    qtbot.waitUntil(lambda: chart._tally is not None and chart._tally.voters == 3)
    assert chart._tally.winners == (poll.options[0].id,)
    assert poll.options[0].label in projector.chart.accessibleDescription()  # what is drawn
    assert guide.step == guide.DONE


def test_the_welcome_offers_the_demo_and_skipping_and_never_returns(
    qtbot, fresh: tuple[Session, MainWindow], data_dir: Path, settle
) -> None:
    session, window = fresh
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window._meeting, timeout=10000)
    assert window.welcome is None
    again = MainWindow(session)
    qtbot.addWidget(again)
    assert again.welcome is None  # dismissed: not shown again
    again.close()


def test_no_welcome_once_the_workspace_has_a_meeting(qtbot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.welcome is not None and welcome.should_welcome(session)
    session.ws.meetings.create(Meeting(title="Déjà là"))
    assert not welcome.should_welcome(session)
    second = MainWindow(session)
    qtbot.addWidget(second)
    assert second.welcome is None
    window.close()
    second.close()


def test_skipping_the_welcome_shows_the_meetings(qtbot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    qtbot.mouseClick(window.welcome.skip_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.meetings
    assert not welcome.should_welcome(session)
    window.close()
