"""The main window: the list of meetings, one meeting's workspace, menus and the status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
)

from facilitator import __version__
from facilitator.domain.errors import FacilitatorError
from facilitator.ui import settings
from facilitator.ui.meetings_view import MeetingsView
from facilitator.ui.memory import freeze_long_lived
from facilitator.ui.session import Session

if TYPE_CHECKING:
    from facilitator.ui.meeting_view import MeetingView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    # made by ui/menus.py
    edit_menu: QMenu
    ideas_menu: QMenu
    polls_menu: QMenu
    undo_action: QAction
    redo_action: QAction
    meeting_actions: list[QAction]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(self.tr("Facilitator"))
        self.resize(1280, 800)
        self.pages = QStackedWidget()
        self.meetings = MeetingsView(session)
        self.pages.addWidget(self.meetings)
        self.setCentralWidget(self.pages)
        self.meetings.open_requested.connect(self.open_meeting)
        self.meetings.new_requested.connect(self.new_meeting)
        #: the first run's welcome, while the workspace is empty (see ui/welcome.py)
        self.welcome: Any = None
        from facilitator.ui import welcome

        if welcome.should_welcome(session):
            self.welcome = welcome.WelcomeView()
            self.welcome.create_requested.connect(lambda: self._leave_welcome(guided=True))
            self.welcome.demo_requested.connect(lambda: self._leave_welcome(demo=True))
            self.welcome.dismissed.connect(self._leave_welcome)
            self.pages.addWidget(self.welcome)
            self.pages.setCurrentWidget(self.welcome)
        self._meeting: MeetingView | None = None
        self.projector: Any = None
        #: the projector and the presenter view, made when first asked for (ui/presenter.py)
        self.room: Any = None
        self.dialog: QDialog | None = None
        #: the question asked before quitting while phones vote (see _ask_before_quitting)
        self.quit_question: QMessageBox | None = None
        self._quit_confirmed = False
        self.find_dialog: Any = None
        self._ticket_cards: Any = None
        self._build_menus()
        session.messages.info.connect(self._info)
        session.messages.warning.connect(self._warning)
        self.statusBar().showMessage(self.tr("Ready."), 3000)
        geometry = session.settings.raw(settings.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._update_meeting_actions()
        #: The question offering a sync cut off last time (see sync_resume.offer_resume).
        self.resume_question: Any = None
        QTimer.singleShot(0, self._offer_resume)
        freeze_long_lived()

    def _offer_resume(self) -> None:
        from facilitator.ui.sync_resume import offer_resume

        self.resume_question = offer_resume(self)

    @property
    def meeting(self) -> MeetingView:
        """The meeting workspace, built the first time a meeting opens (keeps start-up lean)."""
        if self._meeting is None:
            from facilitator.ui.meeting_view import MeetingView

            view = MeetingView(self.session)
            self.pages.addWidget(view)
            view.back_requested.connect(self.show_meetings)
            view.projector_requested.connect(self.show_projector)
            view.edit_requested.connect(self.edit_meeting)
            view.attendance.print_tickets_requested.connect(self.print_tickets)
            for menu, actions in (
                (self.ideas_menu, view.ideas.actions_for_menu),
                (self.polls_menu, view.polls.actions_for_menu),
            ):
                for action in actions:
                    if action is None:
                        menu.addSeparator()
                    else:
                        menu.addAction(action)
            self._meeting = view
        return self._meeting

    # -- menus ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        from facilitator.ui.menus import build_menus

        build_menus(self)

    def _update_meeting_actions(self) -> None:
        in_meeting = self._meeting is not None and self.pages.currentWidget() is self._meeting
        for action in self.meeting_actions:
            action.setEnabled(in_meeting)
        self.ideas_menu.setEnabled(in_meeting)
        self.polls_menu.setEnabled(in_meeting)
        if in_meeting:
            self.meeting.section_changed(self.meeting.tabs.currentIndex())

    # -- messages ------------------------------------------------------------------------------

    def _info(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _warning(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Facilitator"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- navigation ----------------------------------------------------------------------------

    def open_meeting(self, meeting_id: str) -> None:
        self.pages.setCurrentWidget(self.meeting)
        self.meeting.set_meeting(meeting_id)
        self.setWindowTitle(self.meeting.title.text())
        if self.projector is not None:
            self.projector.set_meeting(meeting_id)
        self._update_meeting_actions()

    def show_meetings(self) -> None:
        if self._meeting is not None:
            self._meeting.attendance.save_notes()
        self.pages.setCurrentWidget(self.meetings)
        self.setWindowTitle(self.tr("Facilitator"))
        self.meetings.refresh()
        if self._meeting is not None and self._meeting.meeting_id:
            self.meetings.select_meeting(self._meeting.meeting_id)
        self.meetings.table.setFocus()
        self._update_meeting_actions()

    # -- meetings ------------------------------------------------------------------------------

    def _leave_welcome(self, *, guided: bool = False, demo: bool = False) -> None:
        """The welcome is done with (it does not come back): on to what the user chose."""
        from facilitator.ui import welcome

        self.session.settings.set(welcome.WELCOME_DONE, True)
        self.show_meetings()
        if self.welcome is not None:
            self.pages.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
        if guided:
            self.new_meeting(guided=True)
        elif demo:
            self.create_demo()

    def new_meeting(self, *, guided: bool = False) -> None:
        """Ask for a new meeting's details; ``guided``: the guide walks through it."""
        from facilitator.ui.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(parent=self)
        dialog.accepted.connect(lambda: self._create_meeting(dialog, guided))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _create_meeting(self, dialog: Any, guided: bool = False) -> None:
        meeting = dialog.meeting()
        if meeting is None:
            return
        from facilitator.ui import commands  # loaded on first use: keeps start-up lean

        def created(stored: Any) -> None:
            if guided:
                from facilitator.ui.welcome import GUIDED_MEETING

                self.session.settings.set(GUIDED_MEETING, stored.id)
            self.open_meeting(stored.id)

        self.session.perform(commands.create_meeting(meeting), created)

    def edit_meeting(self) -> None:
        meeting_id = self.meeting.meeting_id
        if meeting_id is None:
            return
        try:
            meeting = self.session.ws.meetings.get(meeting_id)
        except FacilitatorError as error:
            self.session.messages.show_error(error)
            return
        from facilitator.ui.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(meeting, parent=self)

        from facilitator.ui import commands

        def save() -> None:
            after = dialog.meeting()
            if after is not None and after != meeting:
                self.session.perform(commands.update_meeting(after, self.tr("Edit meeting")))

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def create_demo(self) -> Any:
        """Make the demo meeting on the task runner (a few hundred writes), then open it."""
        from facilitator.storage.demo import create_demo

        workspace = self.session.ws

        def done(meeting: Any) -> None:
            self.session.check_for_changes()
            self.open_meeting(meeting.id)

        def failed(error: BaseException) -> None:
            if isinstance(error, FacilitatorError):
                self.session.messages.show_error(error)
            else:
                raise error

        self.session.messages.show_info(self.tr("Creating the demo meeting…"))
        return self.session.tasks.run(lambda: create_demo(workspace), done, failed)

    def print_tickets(self) -> None:
        """Issue ticket cards and write them to a PDF to print (one vote per card)."""
        meeting_id = self.meeting.meeting_id
        if meeting_id is not None:
            self._tickets().ask(meeting_id)

    def issue_tickets(self, meeting_id: str, count: int, pdf: Path | None) -> Any:
        """Issue ``count`` tickets and write their cards to ``pdf``, off the event loop.

        Returns the background task (its ``finished`` says the cards are written).
        """
        return self._tickets().issue(meeting_id, count, pdf)

    def _tickets(self) -> Any:
        from facilitator.ui.ticket_cards import TicketCards

        if self._ticket_cards is None:
            self._ticket_cards = TicketCards(self.session, self)
        return self._ticket_cards

    # -- projector -----------------------------------------------------------------------------

    def _room_windows(self) -> Any:
        from facilitator.ui.presenter import RoomWindows

        if self.room is None:
            self.room = RoomWindows(self.session, self)
            projector = self.room.projector_window()
            # shown full screen, it has the keyboard (and no focus widget, which the actions'
            # context needs): F6, F7 and F8, as the guide says, work there too
            for action in self.meeting.polls.room_actions:
                QShortcut(action.shortcut(), projector, action.trigger)
        return self.room

    def show_projector(self) -> None:
        self.projector = self._room_windows().show_projector(self.meeting.meeting_id)
        self.meeting.guide.projected()

    def show_presenter(self) -> None:
        """What the room sees and what comes next, on the laptop (P switches to the projector)."""
        room = self._room_windows()
        room.show_presenter(self.meeting.meeting_id)
        self.projector = room.projector_window()

    def _toggle_projector_dark(self) -> None:
        if self.projector is None:
            value = not self.session.settings.flag(settings.PROJECTOR_DARK, False)
            self.session.settings.set(settings.PROJECTOR_DARK, value)
        else:
            self.projector.toggle_dark()

    def _projector_next_screen(self) -> None:
        if self.projector is not None:
            self.projector.next_screen()

    # -- settings ------------------------------------------------------------------------------

    def _set_language(self, code: str) -> None:
        self.session.settings.set(settings.LANGUAGE, code)
        self.session.messages.show_info(
            self.tr("The language changes the next time Facilitator starts.")
        )

    def edit_wifi(self) -> None:
        from facilitator.ui.wifi_dialog import WifiDialog

        dialog = WifiDialog(self.session.settings, self)
        if self.projector is not None:
            dialog.accepted.connect(self.projector.refresh)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # -- find --------------------------------------------------------------------------------

    def show_find(self) -> Any:
        """Ctrl+F: the ideas of every meeting (the same window each time, words kept)."""
        from facilitator.ui.find import FindDialog

        if self.find_dialog is None:
            self.find_dialog = FindDialog(self.session, self)
            self.find_dialog.idea_chosen.connect(self.show_idea)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.activateWindow()
        self.find_dialog.query.setFocus()
        self.find_dialog.query.selectAll()
        return self.find_dialog

    def show_idea(self, meeting_id: str, idea_id: str) -> None:
        """Open the meeting with this idea selected in its Ideas section."""
        if self.meeting.meeting_id != meeting_id or self.pages.currentWidget() is not self.meeting:
            self.open_meeting(meeting_id)
        self.meeting.show_idea(idea_id)

    # -- help --------------------------------------------------------------------------------

    def show_shortcuts(self) -> QDialog:
        """The sheet of every shortcut bound now (the meeting's sections' too)."""
        from facilitator.ui.help import ShortcutsSheet, bound_shortcuts

        _ = self.meeting  # its sections add their actions to the menus
        self._update_meeting_actions()
        return self._open_dialog(ShortcutsSheet(bound_shortcuts(self), self))

    def show_guide(self) -> QDialog:
        from facilitator.ui.help import GuideWindow

        return self._open_dialog(GuideWindow(self))

    def report_problem(self) -> QDialog:
        from facilitator.ui.crash import CrashDialog, log_path, problem_report

        return self._open_dialog(CrashDialog(problem_report(), log_path(), self, crashed=False))

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Facilitator"),
            self.tr(
                "Facilitator %1\n\nRun neighbourhood meetings: capture ideas, vote with phones, "
                "hands or paper, and send the results to the participation platform."
            ).replace("%1", __version__),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- lifecycle -----------------------------------------------------------------------------

    def _ask_before_quitting(self, event: QCloseEvent) -> bool:
        """While phones vote, closing the window asks first (see ui/quit_guard.py); True when
        the close waits for the answer."""
        from facilitator.ui.quit_guard import ask_before_quitting

        return ask_before_quitting(self, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ask_before_quitting(event):
            return
        if self._meeting is not None:
            self._meeting.shutdown()
        self.session.settings.set(settings.WINDOW_GEOMETRY, self.saveGeometry())
        if self.room is not None:
            self.room.close()
        super().closeEvent(event)
