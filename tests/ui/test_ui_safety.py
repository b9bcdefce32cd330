"""Gestures that would lose something ask first or are not offered."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.domain.model import Idea, IdeaSource
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


def test_quitting_while_phones_vote_asks_first(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    window.open_meeting(meeting_id)
    control = window.meeting.phone
    control.button.click()
    qtbot.waitUntil(lambda: control.running_here, timeout=15000)

    window.close()
    qtbot.waitUntil(lambda: window.quit_question is not None and window.quit_question.isVisible())
    assert window.isVisible(), "the window waits for the answer"
    box = window.quit_question
    keep = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.RejectRole)
    keep.click()
    qtbot.waitUntil(lambda: window.quit_question is None)
    assert window.isVisible() and session.phone_server is not None

    window.close()
    qtbot.waitUntil(lambda: window.quit_question is not None)
    box = window.quit_question
    stop = next(
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
    )
    stop.click()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_quitting_without_phone_voting_asks_nothing(qtbot, window: MainWindow) -> None:
    window.close()
    assert not window.isVisible() and window.quit_question is None
    assert QApplication.activeModalWidget() is None


def test_the_inbox_offers_its_buttons_only_with_ideas_waiting(
    qtbot, window: MainWindow, session: Session, meeting_id: str, settle
) -> None:
    window.open_meeting(meeting_id)
    inbox = window.meeting.ideas.inbox
    buttons = (inbox.accept_button, inbox.edit_button, inbox.reject_button)
    assert not any(b.isEnabled() for b in buttons)
    session.ws.ideas.add(Idea(meeting_id=meeting_id, text="Un banc", source=IdeaSource.PHONE))
    session.check_for_changes()
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in buttons))
    inbox.accept()
    settle()
    qtbot.waitUntil(lambda: not any(b.isEnabled() for b in buttons))
