"""The meeting's Sync section: link it to the city's platform, preview every proposal, fix
what breaks a rule, and sync, with progress, while the app stays usable.

Everything slow (the network, sync's storage writes) runs through :class:`SyncDriver` on
the task runner; this widget only shows what comes back.

Signals:
    show_idea_requested(str): show this idea in the Ideas section (to fix it there).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.errors import FacilitatorError, current_language
from facilitator.storage.sync_state import ItemState, SyncLink
from facilitator.sync import preview as previews
from facilitator.sync.errors import TooOld, Unreachable
from facilitator.sync.events import SyncEvent, SyncSummary
from facilitator.sync.runs import interrupted
from facilitator.ui.session import Session
from facilitator.ui.sync_driver import PlatformInfo, SyncDriver
from facilitator.ui.sync_old import OldPlatformPanel
from facilitator.ui.sync_platform import PlatformPanel, _plain
from facilitator.ui.sync_preview import PreviewPanel

log = logging.getLogger(__name__)

LAST_PLATFORM = "sync/platform"
OAUTH_CLIENT = "sync/oauth_client"


class SyncView(QWidget):
    show_idea_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.driver = SyncDriver(session, self)
        self.meeting_id: str | None = None
        self.last: previews.Preview | None = None
        self.summary: SyncSummary | None = None
        self._previewing = False
        self._preview_again = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh_preview)
        self._build()
        self.driver.progress.connect(self._progress)
        self.driver.sync_finished.connect(self._finished)
        self.driver.sync_failed.connect(self._failed)
        self.driver.running_changed.connect(self._running_changed)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        # the section scrolls rather than grow the window past a small laptop's screen
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        banner = QHBoxLayout()
        self.banner = _plain()
        self.banner.setStyleSheet("background: #FFF3CD; color: #5C4400; padding: 6px")
        self.banner.setAccessibleName(self.tr("Sync notice"))
        banner.addWidget(self.banner, 1)
        self.resume_button = QPushButton(self.tr("&Resume the sync"))
        self.resume_button.clicked.connect(self.start_sync)
        banner.addWidget(self.resume_button)
        layout.addLayout(banner)
        self._set_banner("")

        self.platform = PlatformPanel()
        self.platform.look_requested.connect(self.look)
        self.platform.browser_sign_in_requested.connect(self._browser_sign_in)
        self.platform.api_sign_in_requested.connect(self._api_sign_in)
        self.platform.sign_out_requested.connect(self._sign_out)
        self.platform.meetings_requested.connect(self._list_meetings)
        self.platform.link_requested.connect(self._link)
        layout.addWidget(self.platform)

        self.old = OldPlatformPanel()
        self.old.import_file_requested.connect(self._save_import_file)
        self.old.hide()
        layout.addWidget(self.old)

        bar = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("S&ync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.start_sync)
        bar.addWidget(self.sync_button)
        self.stop_button = QPushButton(self.tr("Sto&p"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(lambda: self.driver.cancel())
        bar.addWidget(self.stop_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setFormat(self.tr("%v of %m proposals"))
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(True)
        bar.addWidget(self.progress, 1)
        layout.addLayout(bar)
        status = QHBoxLayout()
        self.status = _plain()
        self.status.setAccessibleName(self.tr("Sync status"))
        status.addWidget(self.status, 1)
        self.open_meeting_button = QPushButton(self.tr("Open the meeting's page"))
        self.open_meeting_button.clicked.connect(self._open_meeting_page)
        self.open_meeting_button.hide()
        status.addWidget(self.open_meeting_button)
        self.copy_report_button = QPushButton(self.tr("Copy the report"))
        self.copy_report_button.setToolTip(
            self.tr("For the platform's meeting close form (the coordinator pastes it there)")
        )
        self.copy_report_button.clicked.connect(self._copy_report)
        self.copy_report_button.hide()
        status.addWidget(self.copy_report_button)
        layout.addLayout(status)

        self.preview = PreviewPanel()
        self.preview.title_edited.connect(self._set_title)
        self.preview.idea_text_edited.connect(self._edit_idea)
        self.preview.excluded_changed.connect(self._set_excluded)
        self.preview.show_idea_requested.connect(self.show_idea_requested)
        self.preview.link_clicked.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        layout.addWidget(self.preview, 1)

    def _set_banner(self, text: str, *, resume: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.resume_button.setVisible(resume)

    # -- the meeting ---------------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.summary = None
        self.status.clear()
        self.old.hide()
        self.open_meeting_button.hide()
        self.copy_report_button.hide()
        self._set_banner("")
        if meeting_id is None:
            return
        try:
            meeting = self.session.ws.meetings.get(meeting_id)
            link = self.session.ws.sync_state.link(meeting_id)
            cut_off = [r for r in interrupted(self.session.ws) if r.meeting_id == meeting_id]
        except FacilitatorError as error:
            self.session.messages.show_error(error)
            return
        self.platform.meeting = meeting
        self.platform.show_link(link)
        address = link.platform_url if link else self.session.settings.text(LAST_PLATFORM)
        self.platform.address.setText(address)
        self.platform.client_id.setText(self.session.settings.text(OAUTH_CLIENT))
        if cut_off and not self.driver.running:
            self._set_banner(self.tr("A sync was interrupted — resume it?"), resume=True)
        self.refresh_preview()
        if address:
            self.look(address)

    def refresh(self) -> None:
        """The workspace changed: read the preview again, shortly (typing stays smooth)."""
        if self.meeting_id is not None:
            self._refresh_timer.start()

    def refresh_preview(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        if self._previewing:
            self._preview_again = True
            return
        self._previewing = True
        ws = self.session.ws

        def done(result: object) -> None:
            self._previewing = False
            if isinstance(result, previews.Preview) and result.meeting.id == self.meeting_id:
                self._show_preview(result)
            if self._preview_again:
                self._preview_again = False
                self.refresh_preview()

        def failed(error: BaseException) -> None:
            self._previewing = False
            if isinstance(error, FacilitatorError):
                log.info("preview not read: %s", error.en)
            else:
                raise error

        self.session.tasks.run(lambda: previews.preview(ws, meeting_id), done, failed)

    def _show_preview(self, result: previews.Preview) -> None:
        self.last = result
        if not self.driver.running:
            self.preview.set_rows(list(result.proposals))
            going = [p for p in result.proposals if not p.excluded]
            self.progress.setRange(0, max(len(going), 1))
            self.progress.setValue(
                sum(1 for p in going if p.state in (ItemState.SENT, ItemState.CHANGED))
            )
        self.old.set_report(result.report)
        link = result.link
        self.platform.show_link(link)
        self.sync_button.setEnabled(link is not None and not self.driver.running)
        if link is None:
            self.sync_button.setToolTip(self.tr("Link the meeting to the platform first"))
        else:
            self.sync_button.setToolTip("")
        follow = link.follow_address() if link else None
        self.open_meeting_button.setVisible(bool(follow and self._anything_sent(result)))

    @staticmethod
    def _anything_sent(result: previews.Preview) -> bool:
        return any(p.state in (ItemState.SENT, ItemState.CHANGED) for p in result.proposals)

    # -- the platform --------------------------------------------------------------------------

    def look(self, url: str) -> None:
        self.platform.set_status(self.tr("Looking at the platform…"))
        self.driver.look(url, self._locale(), self._looked, self._look_failed)

    def _locale(self) -> str:
        return self.platform.meeting.language if self.platform.meeting else "fr"

    def _looked(self, info: PlatformInfo) -> None:
        self.session.settings.set(LAST_PLATFORM, info.base)
        self.platform.show_info(info)
        writable = info.version.writable
        self.old.setVisible(not writable)
        self.platform.picker_box.setVisible(writable)
        self.sync_button.setVisible(writable)
        self.stop_button.setVisible(writable)
        self.progress.setVisible(writable)
        if not writable and self.last is not None:
            self.old.show_for(info.version.text, self._locale(), self.last.report)

    def _look_failed(self, error: BaseException) -> None:
        if isinstance(error, Unreachable):
            self.platform.set_status(self._offline_text())
        elif isinstance(error, FacilitatorError):
            self.platform.set_status(error.text())
        else:
            raise error

    def _offline_text(self) -> str:
        return self.tr(
            "The platform cannot be reached right now. Everything stays safe on this computer: "
            "it will sync when the platform can be reached — press “Sync now” again then."
        )

    def _browser_sign_in(self, url: str, client_id: str) -> None:
        self.session.settings.set(OAUTH_CLIENT, client_id)
        self.platform.set_status(self.tr("Sign in in your web browser, then come back here…"))
        self.driver.sign_in_with_browser(url, client_id, self._signed_in, self._sign_in_failed)

    def _api_sign_in(self, url: str, key: str, secret: str) -> None:
        self.platform.set_status(self.tr("Checking the API credentials…"))
        self.driver.sign_in_with_api(url, key, secret, self._signed_in, self._sign_in_failed)

    def _signed_in(self, user: Any) -> None:
        self.platform.admin.collapse()
        self.session.messages.show_info(
            self.tr("Signed in as %1.").replace("%1", getattr(user, "name", ""))
        )
        self.look(self.platform.address.text().strip())

    def _sign_in_failed(self, error: BaseException) -> None:
        if isinstance(error, FacilitatorError):
            self.platform.set_status(error.text())
        else:
            raise error

    def _sign_out(self, url: str) -> None:
        def done(problem: object) -> None:
            if problem:
                self.session.messages.show_info(str(problem))
            self.look(url)

        self.driver.sign_out(url, done, self._sign_in_failed)

    def _list_meetings(self, component: str) -> None:
        url = self.platform.info.base if self.platform.info else ""
        if not url:
            return
        self.driver.meetings(
            url,
            component,
            self._locale(),
            lambda found: self.platform.show_meetings(component, found),
            self._look_failed,
        )

    def _link(self, planned: SyncLink) -> None:
        self.status.setText(self.tr("Checking the link with the platform…"))

        def done(link: SyncLink) -> None:
            self.platform.show_link(link)
            self.status.setText(self.tr("The meeting is linked. Check the proposals below."))
            self.refresh_preview()

        def failed(error: BaseException) -> None:
            if isinstance(error, TooOld):
                self.old.show()
                if self.last is not None:
                    self.old.show_for(None, self._locale(), self.last.report)
            if isinstance(error, FacilitatorError):
                self.status.setText(error.text())
            else:
                raise error

        self.driver.link(planned, done, failed)

    # -- edits in the preview ----------------------------------------------------------------------

    def _write(self, job: Any) -> None:
        """A sync-state write on the task runner, then the preview read again."""

        def failed(error: BaseException) -> None:
            if isinstance(error, FacilitatorError):
                self.session.messages.show_error(error)
            else:
                raise error

        self.session.tasks.run(job, lambda _: self.refresh_preview(), failed)

    def _set_title(self, idea_id: str, title: str) -> None:
        meeting_id, ws = self.meeting_id, self.session.ws
        if meeting_id is not None:
            self._write(lambda: previews.set_title(ws, meeting_id, idea_id, title or None))

    def _set_excluded(self, idea_id: str, excluded: bool) -> None:
        meeting_id, ws = self.meeting_id, self.session.ws
        if meeting_id is not None:
            self._write(lambda: previews.set_excluded(ws, meeting_id, idea_id, excluded))

    def _edit_idea(self, idea_id: str, text: str) -> None:
        """The idea's own text: an undoable edit, like one made in the Ideas section."""
        from dataclasses import replace

        from facilitator.ui import commands

        try:
            before = self.session.ws.ideas.get(idea_id)
        except FacilitatorError as error:
            self.session.messages.show_error(error)
            return
        self.session.perform(
            commands.edit_idea(before, replace(before, text=text)), lambda _: self.refresh_preview()
        )

    # -- syncing -------------------------------------------------------------------------------

    def start_sync(self) -> None:
        if self.meeting_id is None or self.driver.running:
            return
        if self.session.ws.sync_state.link(self.meeting_id) is None:
            self.status.setText(self.tr("Link the meeting to the platform first."))
            return
        self._set_banner("")
        self.status.setText(self.tr("Sync starting…"))
        self.copy_report_button.hide()
        self.driver.start(self.meeting_id)

    def _running_changed(self, running: bool) -> None:
        self.sync_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.platform.setEnabled(not running)

    def _progress(self, event: SyncEvent) -> None:
        if event.total:
            self.progress.setRange(0, event.total)
            self.progress.setValue(min(event.done, event.total))
        self.status.setText(event.message(current_language()))
        if event.kind == "item" and event.local_id and event.state:
            self.preview.model.set_state(event.local_id, ItemState(event.state))

    def _finished(self, summary: SyncSummary) -> None:
        self.summary = summary
        lang = current_language()
        text = (
            ", ".join(
                (
                    self.tr("%n proposal(s) created", "", len(summary.created)),
                    self.tr("%n already on the platform", "", len(summary.already)),
                    self.tr("%n need(s) attention", "", len(summary.attention)),
                    self.tr("%n changed since sync", "", len(summary.changed)),
                )
            )
            + "."
        )
        if summary.outcome is not None:
            text += "\n" + summary.outcome.message(lang)
        if summary.complete:
            text = self.tr("Everything is on the platform.") + "\n" + text
        self.status.setText(text)
        outcome = summary.outcome
        self.copy_report_button.setVisible(
            outcome is not None and bool(outcome.report_for_coordinator)
        )
        self.progress.setValue(self.progress.maximum())
        self.refresh_preview()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Unreachable):
            self.status.setText(self._offline_text())
        elif isinstance(error, FacilitatorError):  # offline, signed out, stopped...
            self.status.setText(error.text())
        else:
            raise error
        self.refresh_preview()

    def _copy_report(self) -> None:
        outcome = self.summary.outcome if self.summary else None
        if outcome is not None and outcome.report_for_coordinator:
            QGuiApplication.clipboard().setText(outcome.report_for_coordinator)
            self.session.messages.show_info(self.tr("The report is copied."))

    def _open_meeting_page(self) -> None:
        link = self.last.link if self.last else None
        address = link.follow_address() if link else None
        if address:
            QDesktopServices.openUrl(QUrl(address))

    # -- old platforms ---------------------------------------------------------------------------

    def _save_import_file(self, locale: str) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the proposals import file"),
            "propositions.xlsx",
            self.tr("Spreadsheet (*.xlsx);;CSV (*.csv);;JSON (*.json)"),
        )
        if path:
            self.write_import_file(Path(path), locale)

    def write_import_file(self, path: Path, locale: str) -> None:
        """Write the proposals import file off the event loop (format from the name)."""
        meeting_id, ws = self.meeting_id, self.session.ws
        if meeting_id is None:
            return
        fmt = path.suffix.lower().lstrip(".") or "xlsx"

        def job() -> Any:
            from facilitator.export import service

            return service.export_decidim_import(
                ws,
                meeting_id,
                path,
                fmt if fmt in ("xlsx", "csv", "json") else "xlsx",
                locale=locale,
                overwrite=True,
            )

        def done(result: Any) -> None:
            left = len(getattr(result, "rejected", ()) or ())
            text = self.tr("Import file saved to %1.").replace("%1", str(path))
            if left:
                text += " " + self.tr("%n idea(s) left out: they break a platform rule.", "", left)
            self.status.setText(text)

        def failed(error: BaseException) -> None:
            if isinstance(error, FacilitatorError):
                self.status.setText(error.text())
            else:
                raise error

        self.session.tasks.run(job, done, failed)

    # -- closing ---------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """The app is closing: a running sync stops at its next step and is offered again at
        the next start."""
        self.driver.cancel(interrupted=True)
