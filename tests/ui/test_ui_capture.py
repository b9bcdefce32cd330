"""Idea capture by keystrokes, merge, hide, move, moderation, and undo/redo of each."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.domain.model import Idea, IdeaSource, IdeaStatus
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


def _capture(qtbot, type_text, window: MainWindow, line: str) -> None:
    capture = window.meeting.ideas.capture
    type_text(capture, line)
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.session.busy)


def _texts(session: Session, meeting_id: str, status: IdeaStatus = IdeaStatus.KEPT) -> list[str]:
    return [i.text for i in session.ws.ideas.for_meeting(meeting_id, [status])]


def test_capture_fifty_ideas_merge_and_undo(
    qtbot, settle, type_text, window: MainWindow, session: Session, meeting_id: str
) -> None:
    window.open_meeting(meeting_id)
    ideas = window.meeting.ideas
    assert ideas.capture.hasFocus() or window.focusWidget() is ideas.capture
    for n in range(50):
        _capture(qtbot, type_text, window, f"Idée numéro {n} #thème{n % 3}")
    assert _texts(session, meeting_id) == [f"Idée numéro {n}" for n in range(50)]
    assert ideas.model.rowCount() == 50
    assert ideas.capture.text() == ""
    assert ideas.themes.index(0, 0).data() == "All themes (50)"
    # the list follows: the last idea is visible
    last = ideas.shown.index(49, 0)
    qtbot.waitUntil(lambda: ideas.table.visualRect(last).intersects(ideas.table.viewport().rect()))

    ideas.select_ideas([session.ws.ideas.for_meeting(meeting_id)[i].id for i in (3, 7)])
    ideas.act_merge.trigger()
    settle()
    kept = _texts(session, meeting_id)
    assert len(kept) == 49 and "Idée numéro 7" not in kept
    merged = session.ws.ideas.merged_into(session.ws.ideas.for_meeting(meeting_id)[3].id)
    assert [m.text for m in merged] == ["Idée numéro 7"]  # both texts kept, one shown
    assert ideas.model.index(3, 3).data() == "+1"
    assert ideas.shown.rowCount() == 49

    window.undo_action.trigger()
    settle()
    assert len(_texts(session, meeting_id)) == 50
    assert ideas.shown.rowCount() == 50
    window.redo_action.trigger()
    settle()
    assert len(_texts(session, meeting_id)) == 49
    window.undo_action.trigger()
    window.undo_action.trigger()  # waits for the first, then undoes the 50th capture
    settle()
    assert _texts(session, meeting_id)[-1] == "Idée numéro 48"
    assert ideas.model.rowCount() == 49
    window.redo_action.trigger()
    settle()
    assert _texts(session, meeting_id)[-1] == "Idée numéro 49"


def test_theme_shortcut_and_tag(
    qtbot, settle, type_text, window: MainWindow, session: Session, meeting_id: str
) -> None:
    window.open_meeting(meeting_id)
    ideas = window.meeting.ideas
    _capture(qtbot, type_text, window, "#mobilité")  # a lone tag sets the theme of the next ideas
    _capture(qtbot, type_text, window, "Plus de pistes cyclables")
    ideas.current_theme.setEditText("propreté")
    _capture(qtbot, type_text, window, "Des poubelles")
    _capture(qtbot, type_text, window, "Des bancs #mobilier")
    stored = session.ws.ideas.for_meeting(meeting_id)
    assert [(i.text, i.theme) for i in stored] == [
        ("Plus de pistes cyclables", "mobilité"),
        ("Des poubelles", "propreté"),
        ("Des bancs", "mobilier"),
    ]
    # filtering by theme
    row = next(
        r
        for r in range(ideas.themes.rowCount())
        if ideas.themes.index(r, 0).data().startswith("mobilier")
    )
    ideas.theme_list.setCurrentIndex(ideas.themes.index(row, 0))
    assert ideas.shown.rowCount() == 1
    ideas.search.setText("zzz")
    assert ideas.shown.rowCount() == 0


def test_hide_edit_and_move(
    qtbot, settle, type_text, window: MainWindow, session: Session, meeting_id: str
) -> None:
    window.open_meeting(meeting_id)
    ideas = window.meeting.ideas
    for text in ("un", "deux", "trois"):
        _capture(qtbot, type_text, window, text)
    first = session.ws.ideas.for_meeting(meeting_id)[0]
    ideas.select_ideas([first.id])
    ideas.act_hide.trigger()
    settle()
    assert _texts(session, meeting_id) == ["deux", "trois"]
    assert ideas.shown.rowCount() == 2
    window.undo_action.trigger()
    settle()
    assert _texts(session, meeting_id) == ["un", "deux", "trois"]

    # inline edit through the model, as the table's editor does
    index = ideas.shown.index(1, 0)
    assert ideas.shown.setData(index, "deux et demi")
    settle()
    assert _texts(session, meeting_id)[1] == "deux et demi"
    window.undo_action.trigger()
    settle()
    assert _texts(session, meeting_id)[1] == "deux"

    # keyboard move (Alt+Down) and drag-and-drop share the same command
    ideas.select_ideas([first.id])
    ideas.act_down.trigger()
    settle()
    assert _texts(session, meeting_id) == ["deux", "un", "trois"]
    window.undo_action.trigger()
    settle()
    assert _texts(session, meeting_id) == ["un", "deux", "trois"]
    data = ideas.model.mimeData([ideas.model.index(2, 0)])
    ideas.model.dropMimeData(
        data, ideas.model.supportedDropActions(), 0, 0, ideas.model.index(-1, -1)
    )
    settle()
    assert _texts(session, meeting_id) == ["trois", "un", "deux"]
    assert [ideas.model.index(r, 0).data() for r in range(3)] == ["trois", "un", "deux"]


def test_moderation_inbox(
    qtbot, settle, type_text, window: MainWindow, session: Session, meeting_id: str
) -> None:
    for text in ("depuis un téléphone", "hors sujet"):
        session.ws.ideas.add(Idea(meeting_id=meeting_id, text=text, source=IdeaSource.PHONE))
    window.open_meeting(meeting_id)
    ideas = window.meeting.ideas
    assert ideas.inbox.ideas.rowCount() == 2
    assert "(2)" in window.meeting.tabs.tabText(0)
    ideas.inbox.table.selectRow(1)
    ideas.inbox.reject_button.click()
    settle()
    ideas.inbox.table.selectRow(0)
    ideas.inbox.accept_button.click()
    settle()
    assert _texts(session, meeting_id) == ["depuis un téléphone"]
    assert _texts(session, meeting_id, IdeaStatus.REJECTED) == ["hors sujet"]
    assert ideas.inbox.ideas.rowCount() == 0
    window.undo_action.trigger()
    settle()
    assert ideas.inbox.ideas.rowCount() == 1


def test_phone_ideas_arrive_without_a_click(
    qtbot, settle, type_text, window: MainWindow, session: Session, meeting_id: str
) -> None:
    window.open_meeting(meeting_id)
    ideas = window.meeting.ideas
    # written by another connection, as the phone server does
    session.ws.ideas.add(Idea(meeting_id=meeting_id, text="arrivée", source=IdeaSource.PHONE))
    qtbot.waitUntil(lambda: ideas.inbox.ideas.rowCount() == 1, timeout=3000)


def test_give_theme_to_selection(
    qtbot, settle, window: MainWindow, session: Session, meeting_id: str
) -> None:
    for text in ("un", "deux", "trois"):
        session.ws.ideas.add(Idea(meeting_id=meeting_id, text=text))
    window.open_meeting(meeting_id)
    ideas = window.meeting.ideas
    stored = session.ws.ideas.for_meeting(meeting_id)
    ideas.select_ideas([stored[0].id, stored[2].id])
    ideas.current_theme.setEditText("mobilier")
    ideas.act_set_theme.trigger()
    settle()
    assert [i.theme for i in session.ws.ideas.for_meeting(meeting_id)] == [
        "mobilier",
        "",
        "mobilier",
    ]
    assert ideas.themes.index(1, 0).data() == "mobilier (2)"
    window.undo_action.trigger()
    settle()
    assert [i.theme for i in session.ws.ideas.for_meeting(meeting_id)] == ["", "", ""]


def test_shortcuts_reach_their_section(
    qtbot, settle, type_text, window: MainWindow, session: Session, meeting_id: str
) -> None:
    from PySide6.QtWidgets import QApplication

    for text in ("un", "deux"):
        session.ws.ideas.add(Idea(meeting_id=meeting_id, text=text))
    window.open_meeting(meeting_id)
    window.activateWindow()
    ideas = window.meeting.ideas
    ideas.table.setFocus()
    ideas.select_ideas([i.id for i in session.ws.ideas.for_meeting(meeting_id)])
    qtbot.keyClick(ideas.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert _texts(session, meeting_id) == ["un"]
    qtbot.keyClick(ideas.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert _texts(session, meeting_id) == ["un", "deux"]
    qtbot.keyClick(ideas.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is ideas.capture
    # Ctrl+2 shows the Polls section, whose F-keys then work
    qtbot.keyClick(ideas.capture, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.meeting.tabs.currentWidget() is window.meeting.polls
