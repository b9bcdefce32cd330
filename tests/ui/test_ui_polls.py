"""Polls: from selected ideas in one action, open/close/reveal, counts typed in, the tally."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

from facilitator.domain.model import Channel, Idea, PollMethod, PollState
from facilitator.ui.main_window import MainWindow
from facilitator.ui.poll_models import TallyColumn
from facilitator.ui.session import Session


def _type_count(qtbot, window: MainWindow, row: int, column: int, number: int) -> None:
    table = window.meeting.polls.typed.table
    table.setCurrentIndex(table.model().index(row, column))
    digits = str(number)
    qtbot.keyClick(table, digits[0])  # any key opens the cell's editor and goes into it
    editor = table.viewport().findChild(QSpinBox)
    assert editor is not None
    for char in digits[1:]:
        qtbot.keyClick(editor, char)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits and closes the editor through queued calls
    qtbot.waitUntil(lambda: table.model().index(row, column).data() == number, timeout=2000)
    qtbot.waitUntil(lambda: table.viewport().findChild(QSpinBox) is None, timeout=2000)


def _add_ideas(session: Session, meeting_id: str, *texts: str) -> list[Idea]:
    return [session.ws.ideas.add(Idea(meeting_id=meeting_id, text=t)) for t in texts]


def test_poll_from_ideas_counts_and_tally(
    qtbot, settle, window: MainWindow, session: Session, meeting_id: str
) -> None:
    ideas = _add_ideas(session, meeting_id, "Des bancs", "Des arbres", "Une fontaine", "Hors sujet")
    window.open_meeting(meeting_id)
    view = window.meeting.ideas
    view.select_ideas([i.id for i in ideas[:3]])
    view.act_poll.trigger()
    settle()
    polls = window.meeting.polls
    dialog = polls.dialog
    assert dialog is not None and dialog.isVisible()
    assert window.meeting.tabs.currentWidget() is polls
    dialog.set_method(PollMethod.SINGLE)
    dialog.question.clear()
    qtbot.keyClicks(dialog.question, "Par quoi commencer ?")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    [poll] = session.ws.polls.for_meeting(meeting_id)
    assert [o.label for o in poll.options] == ["Des bancs", "Des arbres", "Une fontaine"]
    assert [o.idea_id for o in poll.options] == [i.id for i in ideas[:3]]
    assert polls.current_poll() is not None and polls.current_poll().id == poll.id

    polls.act_open.setEnabled(True)
    polls.act_open.trigger()
    settle()
    assert session.ws.polls.get(poll.id).state is PollState.OPEN

    # show of hands: 12, 30, 7
    for row, number in enumerate((12, 30, 7)):
        _type_count(qtbot, window, row, 0, number)
    assert polls.typed.model.counts() == {
        o.id: n for o, n in zip(poll.options, (12, 30, 7), strict=True)
    }
    polls.typed.save_button.click()
    settle()
    tally = session.ws.ballots.tally(poll.id)
    assert tally.winners == (poll.options[1].id,)
    assert tally.voters == 49
    winner_row = next(
        r for r in range(polls.tally.rowCount()) if polls.tally.index(r, 0).data() == "Des arbres"
    )
    assert polls.tally.index(winner_row, TallyColumn.RESULT).data() == 30
    assert polls.tally.index(winner_row, TallyColumn.RANK).data() == 1
    assert "49" in polls.turnout.text()

    # paper ballots join the same tally
    polls.typed.channel.setCurrentIndex(polls.typed.channel.findData(Channel.PAPER))
    _type_count(qtbot, window, 0, 0, 25)
    polls.act_save.setEnabled(True)
    polls.act_save.trigger()
    settle()
    assert session.ws.ballots.tally(poll.id).winners == (poll.options[0].id,)

    window.undo_action.trigger()  # the paper counts go
    settle()
    assert session.ws.ballots.tally(poll.id).winners == (poll.options[1].id,)
    polls.act_close.setEnabled(True)
    polls.act_close.trigger()
    settle()
    assert session.ws.polls.get(poll.id).state is PollState.CLOSED
    polls.reveal_button.click()
    settle()
    assert session.ws.polls.get(poll.id).revealed
    window.undo_action.trigger()
    settle()
    assert not session.ws.polls.get(poll.id).revealed


def test_refused_counts_say_why(
    qtbot, settle, window: MainWindow, session: Session, meeting_id: str
) -> None:
    window.open_meeting(meeting_id)
    polls = window.meeting.polls
    window.meeting.tabs.setCurrentWidget(polls)
    dialog = polls.new_poll(method=PollMethod.APPROVAL)
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    [poll] = session.ws.polls.for_meeting(meeting_id)
    warnings: list[str] = []
    session.messages.warning.connect(warnings.append)
    _type_count(qtbot, window, 0, 0, 5)
    polls.typed.save_button.click()  # approval needs the number of voters
    settle()
    assert warnings and "voted" in warnings[0]
    assert session.ws.ballots.counts(poll.id) == []
    assert not session.undo_stack.canRedo() and session.undo_stack.undoText() == "New poll"


def test_majority_judgment_counts(
    qtbot, settle, window: MainWindow, session: Session, meeting_id: str
) -> None:
    window.open_meeting(meeting_id)
    polls = window.meeting.polls
    window.meeting.tabs.setCurrentWidget(polls)
    dialog = polls.new_poll(method=PollMethod.MAJORITY_JUDGMENT)
    assert dialog is not None
    assert dialog.grades.isVisible() and not dialog.points.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    [poll] = session.ws.polls.for_meeting(meeting_id)
    assert len(poll.options) == 3 and len(poll.params.grades) == 7
    # 4 voters grade every project; project B gets the best grades
    grades = {0: [(2, 2), (4, 2)], 1: [(0, 3), (1, 1)], 2: [(5, 4)]}
    for row, cells in grades.items():
        for column, number in cells:
            _type_count(qtbot, window, row, column, number)
    polls.typed.save_button.click()
    settle()
    tally = session.ws.ballots.tally(poll.id)
    assert tally.winners == (poll.options[1].id,)
    assert polls.chart.accessibleDescription().startswith(poll.options[0].label)
    row = next(
        r
        for r in range(polls.tally.rowCount())
        if polls.tally.index(r, 0).data() == poll.options[1].label
    )
    assert polls.tally.index(row, TallyColumn.RESULT).data() == "Excellent"
    assert polls.tally.index(row, TallyColumn.RANK).data() == 1


def test_delete_only_without_votes(
    qtbot, settle, window: MainWindow, session: Session, demo_id: str
) -> None:
    window.open_meeting(demo_id)
    polls = window.meeting.polls
    window.meeting.tabs.setCurrentWidget(polls)
    before = len(session.ws.polls.for_meeting(demo_id))
    voted = next(p for p in session.ws.polls.for_meeting(demo_id) if p.state is PollState.CLOSED)
    polls.select_poll(voted.id)
    polls.delete_button.click()
    settle()
    assert len(session.ws.polls.for_meeting(demo_id)) == before
    draft = next(p for p in session.ws.polls.for_meeting(demo_id) if p.state is PollState.DRAFT)
    polls.select_poll(draft.id)
    polls.delete_button.click()
    settle()
    assert len(session.ws.polls.for_meeting(demo_id)) == before - 1
    window.undo_action.trigger()
    settle()
    assert len(session.ws.polls.for_meeting(demo_id)) == before


def test_edit_poll(qtbot, settle, window: MainWindow, session: Session, demo_id: str) -> None:
    window.open_meeting(demo_id)
    polls = window.meeting.polls
    window.meeting.tabs.setCurrentWidget(polls)
    draft = next(p for p in session.ws.polls.for_meeting(demo_id) if p.state is PollState.DRAFT)
    polls.select_poll(draft.id)
    dialog = polls.edit_current()
    assert (
        dialog is not None
        and dialog.options.toPlainText().splitlines()[0] == draft.options[0].label
    )
    dialog.question.setText("Quelles idées retenir ?")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    edited = session.ws.polls.get(draft.id)
    assert edited.question == "Quelles idées retenir ?"
    assert [o.id for o in edited.options] == [o.id for o in draft.options]
    window.undo_action.trigger()
    settle()
    assert session.ws.polls.get(draft.id).question == draft.question

    opened = next(p for p in session.ws.polls.for_meeting(demo_id) if p.state is PollState.OPEN)
    polls.select_poll(opened.id)
    dialog = polls.edit_current()
    assert not dialog.method.isEnabled() and dialog.options.isReadOnly()
    dialog.question.setText("Votre avis sur les trois projets ?")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert session.ws.polls.get(opened.id).question == "Votre avis sur les trois projets ?"
