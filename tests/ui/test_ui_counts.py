"""The typed-counts panel (show of hands, paper) and the headcount keys, used as a spokesperson
does: keys and clicks on the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget

from facilitator.domain.model import Channel, Poll, PollMethod, PollOption, PollState
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


def _poll(session: Session, meeting_id: str, question: str, method: PollMethod) -> Poll:
    options = tuple(PollOption(label) for label in ("Des bancs", "Des arbres", "Une fontaine"))
    return session.ws.polls.create(Poll(meeting_id, question, method, options))


def _polls_section(qtbot, window: MainWindow, meeting_id: str):
    window.open_meeting(meeting_id)
    window.activateWindow()
    window.meeting.tabs.setCurrentIndex(window.meeting.POLLS)
    polls = window.meeting.polls
    qtbot.waitUntil(lambda: polls.polls.rowCount() > 0)
    return polls


def _click_poll(qtbot, polls, row: int) -> None:
    table = polls.table
    rect = table.visualRect(polls.polls.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: polls.current_poll() is not None)


def _editor(table) -> QSpinBox | None:
    return table.viewport().findChild(QSpinBox)


def _start_typing(qtbot, polls, row: int, number: int) -> QSpinBox:
    """Selects a count cell and types a number into it, leaving the editor open."""
    table = polls.typed.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, 0))
    digits = str(number)
    qtbot.keyClick(table, digits[0])  # any key opens the cell's editor and goes into it
    editor = _editor(table)
    assert editor is not None
    for char in digits[1:]:
        qtbot.keyClick(editor, char)
    return editor


def _type_count(qtbot, polls, row: int, number: int) -> None:
    table = polls.typed.table
    editor = _start_typing(qtbot, polls, row, number)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model().index(row, 0).data() == number, timeout=2000)
    qtbot.waitUntil(lambda: _editor(table) is None, timeout=2000)


def _stored(session: Session, poll: Poll) -> dict[str, int] | None:
    for entry in session.ws.ballots.counts(poll.id):
        if entry.channel is Channel.SHOW_OF_HANDS:
            return {key: int(value) for key, value in entry.counts.items()} | {
                "voters": entry.voters
            }
    return None


def _focus() -> QWidget:
    """Where a key press goes: the focus widget, else the active window."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None
    return widget


def test_counts_typed_are_kept_when_another_poll_is_clicked(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    first = _poll(session, meeting_id, "Par quoi commencer ?", PollMethod.SINGLE)
    _poll(session, meeting_id, "Et ensuite ?", PollMethod.SINGLE)
    polls = _polls_section(qtbot, window, meeting_id)
    _click_poll(qtbot, polls, 0)
    _type_count(qtbot, polls, 0, 12)
    _type_count(qtbot, polls, 1, 30)
    _click_poll(qtbot, polls, 1)
    qtbot.waitUntil(lambda: polls.current_poll().id != first.id)
    _click_poll(qtbot, polls, 0)
    qtbot.waitUntil(lambda: polls.current_poll().id == first.id)
    assert [polls.typed.model.index(r, 0).data() for r in range(3)] == [12, 30, 0]

    def stored() -> list[int] | None:
        counts = _stored(session, first)
        return None if counts is None else [counts[o.id] for o in first.options]

    qtbot.waitUntil(lambda: stored() == [12, 30, 0])


def test_counts_that_cannot_be_saved_yet_wait_for_the_voters(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    # approval needs the number of people who voted: 5 votes alone cannot be saved yet
    first = _poll(session, meeting_id, "Quels projets ?", PollMethod.APPROVAL)
    _poll(session, meeting_id, "Et ensuite ?", PollMethod.SINGLE)
    polls = _polls_section(qtbot, window, meeting_id)
    _click_poll(qtbot, polls, 0)
    _type_count(qtbot, polls, 0, 5)
    _click_poll(qtbot, polls, 1)
    _click_poll(qtbot, polls, 0)
    qtbot.waitUntil(lambda: polls.current_poll().id == first.id)
    assert polls.typed.model.index(0, 0).data() == 5
    assert "how many people voted" in polls.typed.state.text()
    polls.typed.voters.setFocus()
    polls.typed.voters.selectAll()
    qtbot.keyClicks(polls.typed.voters, "7")
    qtbot.keyClick(polls.typed.voters, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(session, first) is not None)
    stored = _stored(session, first)
    assert stored is not None and stored["voters"] == 7 and stored[first.options[0].id] == 5


def test_voters_follow_the_votes_after_a_save(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    poll = _poll(session, meeting_id, "Par quoi commencer ?", PollMethod.SINGLE)
    polls = _polls_section(qtbot, window, meeting_id)
    warnings: list[str] = []
    session.messages.warning.connect(warnings.append)
    for row in range(3):
        _type_count(qtbot, polls, row, 1)
    qtbot.keyClick(polls.typed.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (_stored(session, poll) or {}).get("voters") == 3)
    # more hands counted for the third option: 19 votes in all
    _type_count(qtbot, polls, 2, 17)
    qtbot.keyClick(polls.typed.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (_stored(session, poll) or {}).get(poll.options[2].id) == 17)
    assert not warnings
    assert (_stored(session, poll) or {}).get("voters") == 19


def test_down_and_up_in_a_count_cell_move_between_rows(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    _poll(session, meeting_id, "Par quoi commencer ?", PollMethod.SINGLE)
    polls = _polls_section(qtbot, window, meeting_id)
    table = polls.typed.table
    editor = _start_typing(qtbot, polls, 0, 12)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: table.currentIndex().row() == 1)
    assert table.model().index(0, 0).data() == 12
    qtbot.waitUntil(lambda: _editor(table) is None)
    qtbot.keyClick(table, "3")
    editor = _editor(table)
    assert editor is not None
    qtbot.keyClick(editor, "0")
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: table.currentIndex().row() == 0)
    assert [table.model().index(r, 0).data() for r in range(3)] == [12, 30, 0]


def test_poll_keys_work_after_saving_counts_with_ctrl_enter(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    poll = _poll(session, meeting_id, "Par quoi commencer ?", PollMethod.SINGLE)
    polls = _polls_section(qtbot, window, meeting_id)
    editor = _start_typing(qtbot, polls, 0, 12)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stored(session, poll) is not None)
    # the editor closes and hands the keyboard focus on before the next key press
    qtbot.waitUntil(lambda: _editor(polls.typed.table) is None)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QSpinBox))
    qtbot.keyClick(_focus(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: session.ws.polls.get(poll.id).state is PollState.OPEN)
    qtbot.keyClick(_focus(), Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: session.ws.polls.get(poll.id).revealed)
    qtbot.keyClick(_focus(), Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: session.ws.polls.get(poll.id).state is PollState.CLOSED)


def _wheel(widget: QWidget, delta: int) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        widget.mapToGlobal(centre.toPoint()).toPointF(),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_panel_over_an_unfocused_voters_box(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    _poll(session, meeting_id, "Quels projets ?", PollMethod.APPROVAL)
    window.resize(1100, 420)  # a small laptop screen: the panel scrolls
    polls = _polls_section(qtbot, window, meeting_id)
    polls.typed.table.setFocus()
    polls.typed.voters.setValue(4)
    qtbot.waitUntil(lambda: polls.typed.voters.value() == 4)
    _wheel(polls.typed.voters, -120)
    _wheel(polls.typed.voters, -120)
    assert polls.typed.voters.value() == 4
    # once chosen (clicked or tabbed to), the box takes the wheel
    polls.typed.voters.setFocus(Qt.FocusReason.TabFocusReason)
    _wheel(polls.typed.voters, 120)
    assert polls.typed.voters.value() == 5


def test_headcount_keys_count_every_press(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    from dataclasses import replace

    session.ws.attendance.save(replace(session.ws.attendance.get(meeting_id), headcount=10))
    window.open_meeting(meeting_id)
    window.activateWindow()
    window.meeting.tabs.setCurrentIndex(window.meeting.ATTENDANCE)
    view = window.meeting.attendance
    qtbot.waitUntil(lambda: view.headcount.text() == "10", timeout=10000)
    view.notes.setFocus()
    for _ in range(4):
        qtbot.keyClick(_focus(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.ws.attendance.get(meeting_id).headcount == 6, timeout=10000)
    for _ in range(4):
        qtbot.keyClick(_focus(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.ws.attendance.get(meeting_id).headcount == 10, timeout=10000)
    qtbot.waitUntil(lambda: view.headcount.text() == "10", timeout=10000)
    # the eight presses are one undo step, as clicks on the buttons are
    qtbot.waitUntil(lambda: session.undo_stack.canUndo())
    assert session.undo_stack.count() == 1
