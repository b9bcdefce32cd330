"""One meeting's workspace: its header and the Ideas, Polls, Attendance, Sync, Export sections.

Signals:
    back_requested(): the user wants the list of meetings again.
    edit_requested(): the user wants to edit the meeting's details.
    projector_requested(): the guide of a first meeting asks for the projector.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import Idea, IdeaStatus, PollState
from facilitator.storage.changes import Changes
from facilitator.ui import icons, style
from facilitator.ui.attendance_view import AttendanceView
from facilitator.ui.ideas_view import IdeasView
from facilitator.ui.labels import qdatetime
from facilitator.ui.lazy_section import LazySection
from facilitator.ui.memory import freeze_long_lived
from facilitator.ui.phone_control import PhoneControl
from facilitator.ui.polls_view import PollsView
from facilitator.ui.session import Session
from facilitator.ui.welcome import MeetingGuide

if TYPE_CHECKING:
    from facilitator.ui.export_view import ExportView
    from facilitator.ui.sync_view import SyncView

log = logging.getLogger(__name__)


class MeetingView(QWidget):
    back_requested = Signal()
    edit_requested = Signal()
    projector_requested = Signal()

    IDEAS, POLLS, ATTENDANCE, SYNC, EXPORT = range(5)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back = QPushButton(icons.icon("arrow-left"), self.tr("Meetings"))
        self.back.setAccessibleName(self.tr("Back to the list of meetings"))
        self.back.clicked.connect(self.back_requested)
        header.addWidget(self.back)
        titles = QVBoxLayout()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Meeting"))
        style.scaled(self.title, style.TITLE, bold=True)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        edit = QPushButton(icons.icon("pencil"), self.tr("Details…"))
        edit.setAccessibleName(self.tr("Edit the meeting's details"))
        edit.clicked.connect(self.edit_requested)
        header.addWidget(edit)
        layout.addLayout(header)
        self.phone = PhoneControl(session)
        layout.addWidget(self.phone)
        self.guide = MeetingGuide(session)
        self.guide.poll_requested.connect(self._guide_poll)
        self.guide.phones_requested.connect(self._guide_phones)
        self.guide.projector_requested.connect(self.projector_requested)
        session.phone_server_changed.connect(self.guide.update_step)
        layout.addWidget(self.guide)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.ideas = IdeasView(session)
        self.polls = PollsView(session)
        self.addActions(self.polls.room_actions)
        self.attendance = AttendanceView(session)
        self.tabs.addTab(self.ideas, icons.icon("lightbulb"), self.tr("I&deas"))
        self.tabs.addTab(self.polls, icons.icon("vote"), self.tr("P&olls"))
        self.tabs.addTab(self.attendance, icons.icon("users"), self.tr("&Attendance"))
        # Sync and Export import the network and spreadsheet libraries: built when first shown
        self.sync_section = LazySection(
            session,
            self._build_sync,
            ("facilitator.sync.preview", "facilitator.sync.engine"),
            self.tr("Sync is not available."),
        )
        self.tabs.addTab(self.sync_section, icons.icon("cloud-upload"), self.tr("S&ync"))
        self.export_section = LazySection(
            session,
            self._build_export,
            ("facilitator.export.service",),
            self.tr("Exports are not available."),
        )
        self.tabs.addTab(self.export_section, icons.icon("file-output"), self.tr("E&xport"))
        self._stale_sections: set[int] = set()
        self._unloaded_sections: set[int] = set()
        layout.addWidget(self.tabs, 1)
        self.ideas.poll_requested.connect(self._poll_from_ideas)
        self.tabs.currentChanged.connect(self.section_changed)
        session.changed.connect(self.apply)

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.attendance.save_notes()
        self.ideas.set_meeting(meeting_id)
        # the other sections load the meeting when first shown: opening stays quick
        self._unloaded_sections = {self.POLLS, self.ATTENDANCE}
        self._stale_sections.clear()
        self.phone.set_meeting(meeting_id)
        for section in (self.sync_section, self.export_section):
            set_section_meeting = getattr(section.widget, "set_meeting", None)
            if callable(set_section_meeting):
                set_section_meeting(meeting_id)
        self.refresh_header()
        self._update_tab_titles()
        self.guide.set_meeting(meeting_id)
        self.tabs.setCurrentIndex(self.IDEAS)
        self.ideas.focus_capture()
        freeze_long_lived()  # the meeting's ideas and their rows stay while it is open

    def _build_sync(self) -> SyncView:
        from facilitator.ui.sync_view import SyncView

        view = SyncView(self.session)
        view.show_idea_requested.connect(self.show_idea)
        view.set_meeting(self.meeting_id)
        return view

    def _build_export(self) -> ExportView:
        from facilitator.ui.export_view import ExportView

        view = ExportView(self.session)
        view.set_meeting(self.meeting_id)
        return view

    @property
    def sync(self) -> SyncView:
        """The Sync section, built now if it was not shown yet (to resume a sync)."""
        return cast("SyncView", self.sync_section.load_now())

    def shutdown(self) -> None:
        """The app is closing: save the notes being typed, stop a running sync (it is offered
        again at the next start)."""
        self.attendance.save_notes()
        if self.sync_section.widget is not None:
            self.sync.shutdown()

    def refresh_header(self) -> None:
        if self.meeting_id is None:
            return
        try:
            meeting = self.session.ws.meetings.get(self.meeting_id)
        except FacilitatorError:
            self.back_requested.emit()
            return
        self.title.setText(meeting.title)
        start = qdatetime(meeting.date)
        locale = QLocale()
        when = (
            locale.toString(start.date(), QLocale.FormatType.LongFormat)
            + ", "
            + locale.toString(start.time(), QLocale.FormatType.ShortFormat)
        )
        parts = [p for p in (meeting.neighbourhood, meeting.place, when) if p]
        self.subtitle.setText(" · ".join(parts))

    def apply(self, changes: Changes) -> None:
        """Refresh what these changes touch. The ideas always (their inbox count is in the tab
        title); another section when shown, so typing ideas never recounts the polls."""
        meeting_id = self.meeting_id
        if meeting_id is None or not self.isVisible():
            return  # opening a meeting reads it afresh
        if changes.touches("meeting", meeting_id=meeting_id):
            self.refresh_header()
            if self.meeting_id is None:
                return
        self.ideas.apply(changes)
        if self.guide.isVisible():
            self.guide.update_step()
        touched = {
            self.POLLS: self.polls.touched_by(changes),
            self.ATTENDANCE: changes.touches(
                "attendance", "ticket", "tickets", meeting_id=meeting_id
            ),
            # what the platform would be sent follows everything in the meeting
            self.SYNC: changes.touches(meeting_id=meeting_id),
        }
        current = self.tabs.currentIndex()
        for index, hit in touched.items():
            if not hit or index in self._unloaded_sections:
                continue
            if index == current:
                self._apply_to_section(index, changes)
            else:
                self._stale_sections.add(index)
        self._update_tab_titles()

    def _apply_to_section(self, index: int, changes: Changes) -> None:
        if index == self.POLLS:
            self.polls.apply(changes)
        elif index == self.ATTENDANCE:
            self.attendance.apply(changes)
        elif index == self.SYNC and self.sync_section.widget is not None:
            self.sync.refresh()

    def _refresh_section(self, index: int) -> None:
        if index in self._unloaded_sections:
            self._unloaded_sections.discard(index)
            self._stale_sections.discard(index)
            section = self.polls if index == self.POLLS else self.attendance
            section.set_meeting(self.meeting_id)
            return
        if index not in self._stale_sections or self.meeting_id is None:
            return
        self._stale_sections.discard(index)
        if index == self.POLLS:
            self.polls.refresh()
        elif index == self.ATTENDANCE:
            self.attendance.refresh()
        elif index == self.SYNC and self.sync_section.widget is not None:
            self.sync.refresh()

    def _update_tab_titles(self) -> None:
        pending = self.ideas.inbox.ideas.rowCount()
        ideas_title = self.tr("I&deas")
        if pending:
            ideas_title += f" ({pending})"
        if self.tabs.tabText(self.IDEAS) != ideas_title:  # setting it lays the window out again
            self.tabs.setTabText(self.IDEAS, ideas_title)

    def show_idea(self, idea_id: str) -> None:
        """The idea selected in the Ideas section (from Sync, to fix it; from Find)."""
        self.tabs.setCurrentIndex(self.IDEAS)
        self.ideas.show_idea(idea_id)

    def _guide_poll(self) -> None:
        """A poll of the meeting's kept ideas, the ones the guide counted: not only the selected
        one (an idea clicked on to read it stays selected) nor only those a filter shows."""
        if self.meeting_id is None:
            return
        ideas = self.session.ws.ideas.for_meeting(self.meeting_id, [IdeaStatus.KEPT])
        self._poll_from_ideas(ideas)

    def _guide_phones(self) -> None:
        """Open the poll if none is (the guide's poll), then start phone voting."""
        self.tabs.setCurrentIndex(self.POLLS)
        if self.meeting_id is not None:
            polls = self.session.ws.polls.for_meeting(self.meeting_id)
            if polls and not any(p.state is PollState.OPEN for p in polls):
                self.polls.select_poll(polls[-1].id)
                self.polls.open_current()
        if not self.phone.running_here:
            self.phone.start()

    def _poll_from_ideas(self, ideas: list[Idea]) -> None:
        self.tabs.setCurrentIndex(self.POLLS)
        self.polls.new_poll(ideas)

    def section_changed(self, index: int) -> None:
        """Shortcuts of a section work only while it is shown."""
        for action in self.ideas.actions_for_menu:
            if action is not None:
                action.setEnabled(index == self.IDEAS)
        for action in self.polls.actions_for_menu:
            if action is not None:
                action.setEnabled(index == self.POLLS)
        self._refresh_section(index)
        if index == self.SYNC:
            self.sync_section.load()
        if index == self.EXPORT:
            self.export_section.load()
        if index == self.IDEAS:
            self.ideas.focus_capture()
