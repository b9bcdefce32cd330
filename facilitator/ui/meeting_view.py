"""One meeting's workspace: its header and the Ideas, Polls, Attendance, Sync, Export sections.

Signals:
    back_requested(): the user wants the list of meetings again.
    edit_requested(): the user wants to edit the meeting's details.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging

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
from facilitator.domain.model import Idea
from facilitator.storage.changes import Changes
from facilitator.ui.attendance_view import AttendanceView
from facilitator.ui.ideas_view import IdeasView
from facilitator.ui.labels import qdatetime
from facilitator.ui.memory import freeze_long_lived
from facilitator.ui.phone_control import PhoneControl
from facilitator.ui.polls_view import PollsView
from facilitator.ui.session import Session
from facilitator.ui.sync_view import SyncView

log = logging.getLogger(__name__)


def _placeholder(text: str) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(label)
    return widget


class MeetingView(QWidget):
    back_requested = Signal()
    edit_requested = Signal()

    IDEAS, POLLS, ATTENDANCE, SYNC, EXPORT = range(5)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back = QPushButton(self.tr("← Meetings"))
        self.back.setAccessibleName(self.tr("Back to the list of meetings"))
        self.back.clicked.connect(self.back_requested)
        header.addWidget(self.back)
        titles = QVBoxLayout()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Meeting"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        edit = QPushButton(self.tr("Details…"))
        edit.setAccessibleName(self.tr("Edit the meeting's details"))
        edit.clicked.connect(self.edit_requested)
        header.addWidget(edit)
        layout.addLayout(header)
        self.phone = PhoneControl(session)
        layout.addWidget(self.phone)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.ideas = IdeasView(session)
        self.polls = PollsView(session)
        self.attendance = AttendanceView(session)
        self.tabs.addTab(self.ideas, self.tr("&Ideas"))
        self.tabs.addTab(self.polls, self.tr("&Polls"))
        self.tabs.addTab(self.attendance, self.tr("&Attendance"))
        self.sync = SyncView(session)
        self.sync.show_idea_requested.connect(self._show_idea)
        self.tabs.addTab(self.sync, self.tr("S&ync"))
        self.export_holder = QWidget()
        QVBoxLayout(self.export_holder)
        self.tabs.addTab(self.export_holder, self.tr("&Export"))
        self._export_widget: QWidget | None = None
        self._export_loading = False
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
        self.sync.set_meeting(meeting_id)
        self._set_export(meeting_id)
        self.refresh_header()
        self._update_tab_titles()
        self.tabs.setCurrentIndex(self.IDEAS)
        self.ideas.focus_capture()
        freeze_long_lived()  # the meeting's ideas and their rows stay while it is open

    def _set_export(self, meeting_id: str | None) -> None:
        """Tell the Export section (``facilitator.ui.export_view``) which meeting is open."""
        set_meeting = getattr(self._export_widget, "set_meeting", None)
        if callable(set_meeting):
            set_meeting(meeting_id)

    def _build_export(self) -> None:
        """Build the Export section the first time it is shown.

        Its spreadsheet library takes a while to load, so that happens on the task runner
        while the section says it is loading; the widget itself is then built here.
        """
        if self._export_widget is not None or self._export_loading:
            return
        layout = self.export_holder.layout()
        assert layout is not None
        if importlib.util.find_spec("facilitator.ui.export_view") is None:
            self._export_widget = _placeholder(
                self.tr("Exports (spreadsheet, report, meeting file) come with their own update.")
            )
            layout.addWidget(self._export_widget)
            return
        loading = _placeholder(self.tr("Loading…"))
        layout.addWidget(loading)
        self._export_loading = True

        def job() -> None:
            importlib.import_module("facilitator.export.service")

        def done(_: object) -> None:
            self._export_loading = False
            layout.removeWidget(loading)
            loading.deleteLater()
            module = importlib.import_module("facilitator.ui.export_view")
            self._export_widget = module.ExportView(self.session)
            layout.addWidget(self._export_widget)
            self._export_widget.show()
            self._set_export(self.meeting_id)

        def failed(error: BaseException) -> None:
            self._export_loading = False
            log.error("the export section could not load", exc_info=error)
            layout.removeWidget(loading)
            loading.deleteLater()
            self._export_widget = _placeholder(self.tr("Exports are not available."))
            layout.addWidget(self._export_widget)

        self.session.tasks.run(job, done, failed)

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
        elif index == self.SYNC:
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
        elif index == self.SYNC:
            self.sync.refresh()

    def _update_tab_titles(self) -> None:
        pending = self.ideas.inbox.ideas.rowCount()
        ideas_title = self.tr("&Ideas")
        if pending:
            ideas_title += f" ({pending})"
        if self.tabs.tabText(self.IDEAS) != ideas_title:  # setting it lays the window out again
            self.tabs.setTabText(self.IDEAS, ideas_title)

    def _show_idea(self, idea_id: str) -> None:
        """From the Sync section: the idea to fix, selected in the Ideas section."""
        self.tabs.setCurrentIndex(self.IDEAS)
        self.ideas.show_idea(idea_id)

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
        if index == self.EXPORT:
            self._build_export()
        if index == self.IDEAS:
            self.ideas.focus_capture()
