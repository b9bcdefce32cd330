"""Ctrl+F finds the ideas of every meeting, ranked, with their meeting and date."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from facilitator.domain.model import Idea, IdeaStatus, Meeting
from facilitator.ui.find import HitColumn, HitModel
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


def test_ctrl_f_finds_ideas_of_every_meeting_and_opens_one(
    qtbot, language: str, window: MainWindow, session: Session
) -> None:
    ws = session.ws
    north = ws.meetings.create(
        Meeting(title="Conseil Nord", starts_at=datetime(2026, 3, 2, 18, tzinfo=UTC))
    )
    south = ws.meetings.create(
        Meeting(title="Atelier Sud", starts_at=datetime(2026, 4, 9, 18, tzinfo=UTC))
    )
    ws.ideas.add(Idea(meeting_id=north.id, text="Des arceaux à vélo devant l'école"))
    wanted = ws.ideas.add(Idea(meeting_id=south.id, text="Une piste pour les velos, des vélos"))
    hidden = ws.ideas.add(Idea(meeting_id=south.id, text="Un garage à vélos"))
    ws.ideas.set_status(hidden.id, IdeaStatus.HIDDEN)
    ws.ideas.add(Idea(meeting_id=south.id, text="Des bancs"))

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.find_dialog is not None and window.find_dialog.isVisible())
    find = window.find_dialog
    qtbot.keyClicks(find.query, "velos")  # typed without its accent
    qtbot.waitUntil(lambda: find.searched == "velos", timeout=3000)
    hits = find.hits
    assert hits.rowCount() == 3
    meetings = {hits.index(r, HitColumn.MEETING).data() for r in range(3)}
    assert meetings == {"Conseil Nord", "Atelier Sud"}
    assert hits.index(0, HitColumn.IDEA).data() == wanted.text  # the word twice ranks first
    assert hits.index(0, HitColumn.DATE).data()  # each hit dated
    assert (
        find.status.text()
        == {
            "fr": "3 idées trouvées · dans 2 réunions",
            "en": "3 ideas found · in 2 meetings",
        }[language]
    )

    qtbot.keyClick(find.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.meeting.meeting_id == south.id)
    ideas = window.meeting.ideas
    assert [i.id for i in ideas.selected_ideas()] == [wanted.id]

    find.query.setText("garage")
    qtbot.waitUntil(lambda: find.searched == "garage", timeout=3000)
    find.table.activated.emit(hits.index(0, 0))
    qtbot.waitUntil(lambda: [i.id for i in ideas.selected_ideas()] == [hidden.id])

    find.query.setText("trampoline")
    qtbot.waitUntil(lambda: find.searched == "trampoline", timeout=3000)
    assert hits.rowCount() == 0 and find.status.text()


def test_the_hit_model_passes_the_model_tester(qtmodeltester, session: Session) -> None:
    meeting = session.ws.meetings.create(Meeting(title="Conseil"))
    session.ws.ideas.add(Idea(meeting_id=meeting.id, text="Des vélos"))
    model = HitModel()
    model.set_hits(session.ws.search.ideas("vélo"))
    assert model.rowCount() == 1
    qtmodeltester.check(model)
