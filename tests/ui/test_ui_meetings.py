"""The meetings list, the meeting dialog, attendance and the section placeholders."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from facilitator.ui.main_window import MainWindow
from facilitator.ui.meeting_dialog import MeetingDialog
from facilitator.ui.session import Session


def test_create_duplicate_archive_search(
    qtbot, settle, window: MainWindow, session: Session
) -> None:
    assert window.meetings.empty.isVisible()
    window.new_meeting()
    dialog = window.dialog
    assert isinstance(dialog, MeetingDialog)
    dialog.buttons = dialog.findChild(QDialogButtonBox)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no title: refused with a message in the dialog
    settle()
    assert dialog.isVisible() and dialog.error.text()
    qtbot.keyClicks(dialog.title, "Conseil de quartier Nord")
    qtbot.keyClicks(dialog.neighbourhood, "Nord")
    ok.click()
    settle()
    [meeting] = session.ws.meetings.all()
    assert meeting.title == "Conseil de quartier Nord"
    assert window.pages.currentWidget() is window.meeting
    assert window.meeting.title.text() == "Conseil de quartier Nord"

    window.show_meetings()
    window.meetings.select_meeting(meeting.id)
    window.meetings.duplicate_button.click()
    settle()
    titles = sorted(m.title for m in session.ws.meetings.all())
    assert titles == ["Conseil de quartier Nord", "Conseil de quartier Nord (copy)"]
    window.meetings.select_meeting(meeting.id)
    window.meetings.archive_button.click()
    settle()
    assert [m.title for m in session.ws.meetings.all()] == ["Conseil de quartier Nord (copy)"]
    assert window.meetings.model.rowCount() == 1
    window.meetings.show_archived.setChecked(True)
    assert window.meetings.model.rowCount() == 2
    window.meetings.search.setText("copy")
    assert window.meetings.model.rowCount() == 1
    window.meetings.search.clear()
    window.undo_action.trigger()  # unarchive
    settle()
    window.undo_action.trigger()  # remove the copy
    settle()
    assert [m.title for m in session.ws.meetings.all()] == ["Conseil de quartier Nord"]


def test_attendance(qtbot, settle, window: MainWindow, session: Session, meeting_id: str) -> None:
    window.open_meeting(meeting_id)
    window.meeting.tabs.setCurrentIndex(window.meeting.ATTENDANCE)
    view = window.meeting.attendance
    for _ in range(3):
        view.plus.click()
    view.minus.click()
    view.plus5.click()
    settle()
    assert session.ws.attendance.get(meeting_id).headcount == 7
    assert view.headcount.text() == "7"
    window.undo_action.trigger()  # consecutive clicks merge into one step
    settle()
    assert session.ws.attendance.get(meeting_id).headcount == 0
    window.redo_action.trigger()
    settle()
    assert session.ws.attendance.get(meeting_id).headcount == 7

    qtbot.keyClicks(view.notes, "Accueil par le centre social")
    qtbot.waitUntil(
        lambda: session.ws.attendance.get(meeting_id).notes == "Accueil par le centre social",
        timeout=3000,
    )
    assert session.ws.attendance.get(meeting_id).headcount == 7
    session.ws.tickets.issue(meeting_id, 4)  # as the command line does, from another process
    session.check_for_changes()
    qtbot.waitUntil(lambda: view.tickets.text().startswith("4 ticket"))


def test_sync_and_export_sections(qtbot, settle, window: MainWindow, meeting_id: str) -> None:
    window.open_meeting(meeting_id)
    # opening a meeting does not pay for the network and spreadsheet libraries
    assert window.meeting.sync_section.widget is None
    assert window.meeting.export_section.widget is None
    window.meeting.tabs.setCurrentIndex(window.meeting.SYNC)
    qtbot.waitUntil(
        lambda: (
            window.meeting.sync_section.widget is not None
            and window.meeting.sync_section.widget.isVisible()
        ),
        timeout=10000,
    )
    # the Export section loads its libraries off the event loop, then shows itself
    window.meeting.tabs.setCurrentIndex(window.meeting.EXPORT)
    qtbot.waitUntil(
        lambda: (
            window.meeting.export_section.widget is not None
            and window.meeting.export_section.widget.isVisible()
        ),
        timeout=10000,
    )


def test_duplicate_keeps_polls_through_undo_and_redo(
    qtbot, settle, window: MainWindow, session: Session, demo_id: str
) -> None:
    window.meetings.refresh()
    window.meetings.select_meeting(demo_id)
    window.meetings.duplicate_button.click()
    settle()
    [copy] = [m for m in session.ws.meetings.all() if m.id != demo_id]
    polls = [p.question for p in session.ws.polls.for_meeting(copy.id)]
    assert len(polls) == 6 and not session.ws.ideas.for_meeting(copy.id)
    window.undo_action.trigger()
    settle()
    assert [m.id for m in session.ws.meetings.all()] == [demo_id]
    window.redo_action.trigger()
    settle()
    assert [p.question for p in session.ws.polls.for_meeting(copy.id)] == polls


def test_ticket_cards_are_written_off_the_event_loop(
    qtbot, settle, window: MainWindow, session: Session, meeting_id: str, tmp_path
) -> None:
    window.open_meeting(meeting_id)
    infos: list[str] = []
    session.messages.info.connect(infos.append)
    pdf = tmp_path / "tickets.pdf"
    task = window.issue_tickets(meeting_id, 8, pdf)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert session.ws.tickets.counts(meeting_id) == (8, 0)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert infos and str(pdf) in infos[-1]


def test_demo_meeting_from_the_menu(qtbot, settle, window: MainWindow, session: Session) -> None:
    task = window.create_demo()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert window.pages.currentWidget() is window.meeting
    assert window.meeting.ideas.model.rowCount() > 20
