"""Themes first-class: rename, merge, colour and reorder them (undoable), a theme cell that
completes the meeting's themes, right-click menus on ideas and themes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from facilitator.domain.model import Idea
from facilitator.ui.idea_models import COLOUR_ROLE, IdeaColumn
from facilitator.ui.main_window import MainWindow
from facilitator.ui.rows import ID_ROLE
from facilitator.ui.session import Session


def _seed(session: Session, meeting_id: str) -> None:
    for text, theme in (
        ("Des pistes cyclables", "Vélo"),
        ("Des arceaux", "Vélo"),
        ("Un abri", "velos"),
        ("Des bancs", "Mobilier"),
        ("Des arbres", "Nature"),
    ):
        session.ws.ideas.add(Idea(meeting_id=meeting_id, text=text, theme=theme))


def _themes(window: MainWindow) -> list[str]:
    return window.meeting.ideas.themes.themes()


def _ideas_themes(session: Session, meeting_id: str) -> list[str]:
    return [i.theme for i in session.ws.ideas.for_meeting(meeting_id)]


def test_rename_merge_colour_and_reorder_themes_all_undoable(
    qtbot, window: MainWindow, session: Session, meeting_id: str, settle
) -> None:
    _seed(session, meeting_id)
    window.open_meeting(meeting_id)
    panel = window.meeting.ideas.themes_panel
    assert _themes(window) == ["Mobilier", "Nature", "velos", "Vélo"]

    panel.select_theme("Mobilier")
    dialog = panel.ask_rename()
    assert dialog is not None
    dialog.setTextValue("Mobilier urbain")
    dialog.accept()
    settle()
    qtbot.waitUntil(lambda: "Mobilier urbain" in _themes(window))
    assert "Mobilier" not in _themes(window)
    assert window.undo_action.text().endswith("Rename theme")

    # merge: select "Vélo" then "velos": the first clicked is kept
    panel.select_theme("Vélo")
    velos = next(
        r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data(ID_ROLE) == "velos"
    )
    panel.list.selectionModel().select(
        panel.model.index(velos, 0), panel.list.selectionModel().SelectionFlag.Select
    )
    assert panel.selected_themes() == ["Vélo", "velos"]
    panel.act_merge.trigger()
    settle()
    qtbot.waitUntil(lambda: "velos" not in _themes(window))
    assert _ideas_themes(session, meeting_id)[:3] == ["Vélo", "Vélo", "Vélo"]

    panel.select_theme("Vélo")
    panel.set_colour("#009E73")
    settle()
    row = next(
        r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data(ID_ROLE) == "Vélo"
    )
    assert panel.model.index(row, 0).data(COLOUR_ROLE) == "#009E73"
    ideas = window.meeting.ideas
    assert ideas.model.index(0, IdeaColumn.THEME).data(Qt.ItemDataRole.DecorationRole) is not None

    panel.select_theme("Vélo")
    panel.act_up.trigger()
    settle()
    qtbot.waitUntil(lambda: _themes(window)[1] == "Vélo")
    panel.act_up.trigger()
    settle()
    qtbot.waitUntil(lambda: _themes(window)[0] == "Vélo")
    # the order is the meeting's: read again, it stays
    window.show_meetings()
    window.open_meeting(meeting_id)
    assert _themes(window)[0] == "Vélo"

    # every step undoes, back to the themes as they were
    for _ in range(5):
        window.undo_action.trigger()
        settle()
    qtbot.waitUntil(lambda: _themes(window) == ["Mobilier", "Nature", "velos", "Vélo"])
    assert _ideas_themes(session, meeting_id) == ["Vélo", "Vélo", "velos", "Mobilier", "Nature"]


def test_the_theme_cell_completes_and_a_near_miss_files_under_the_existing_theme(
    qtbot, window: MainWindow, session: Session, meeting_id: str, settle
) -> None:
    _seed(session, meeting_id)
    window.open_meeting(meeting_id)
    ideas = window.meeting.ideas
    index = ideas.shown.index(4, IdeaColumn.THEME)  # "Des arbres", theme Nature
    ideas.table.setCurrentIndex(index)
    ideas.table.edit(index)
    editor = ideas.table.indexWidget(index) or ideas.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    completer = editor.completer()
    assert isinstance(completer, QCompleter)
    completer.setCompletionPrefix("mob")
    assert completer.currentCompletion() == "Mobilier"
    editor.setText("vélo")  # not quite "Vélo": a new theme, before
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle()
    qtbot.waitUntil(lambda: _ideas_themes(session, meeting_id)[4] == "Vélo")
    assert "vélo" not in _themes(window)

    ideas.capture.setText("Un garage #VELO")
    qtbot.keyClick(ideas.capture, Qt.Key.Key_Return)
    settle()
    qtbot.waitUntil(lambda: _ideas_themes(session, meeting_id)[-1] == "Vélo")


def test_right_click_menus_on_ideas_and_themes(
    qtbot, window: MainWindow, session: Session, meeting_id: str, settle
) -> None:
    _seed(session, meeting_id)
    window.open_meeting(meeting_id)
    ideas = window.meeting.ideas
    rect = ideas.table.visualRect(ideas.shown.index(3, IdeaColumn.TEXT))  # "Des bancs"
    ideas.table.customContextMenuRequested.emit(rect.center())
    menu = ideas.menu
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions()]
    assert ideas.act_merge.text() in texts and ideas.act_hide.text() in texts
    assert [i.text for i in ideas.selected_ideas()] == ["Des bancs"]
    theme_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    nature = next(a for a in theme_menu.actions() if a.text() == "Nature")
    menu.close()
    nature.trigger()
    settle()
    qtbot.waitUntil(lambda: _ideas_themes(session, meeting_id)[3] == "Nature")

    panel = ideas.themes_panel
    panel.select_theme("Nature")
    rect = panel.list.visualRect(panel.list.currentIndex())
    panel.list.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(panel.menu.isVisible)
    offered = [a.text() for a in panel.menu.actions() if not a.isSeparator()]
    assert panel.act_rename.text() in offered and panel.act_up.text() in offered
    assert any(a.menu() is panel.colour_menu for a in panel.menu.actions())
    panel.menu.close()
