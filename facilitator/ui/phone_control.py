"""Start and stop the phone server for the meeting, and show where phones should go.

The phone server lives in ``facilitator.lan``; it is imported only when asked for, and when it
is missing the control says so instead of failing. Starting waits for the server to be ready,
so it runs on the task runner, never on the event loop.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.domain.errors import FacilitatorError, current_language
from facilitator.storage.changes import Changes
from facilitator.ui.memory import freeze_long_lived
from facilitator.ui.session import Session

log = logging.getLogger(__name__)


def load_lan_module(name: str) -> Any | None:
    """``facilitator.lan.<name>`` if this build has it, else None."""
    try:
        return importlib.import_module(f"facilitator.lan.{name}")
    except ImportError:
        return None


def lan_available(name: str = "server") -> bool:
    """Whether ``facilitator.lan.<name>`` exists, without importing it (uvicorn is heavy)."""
    try:
        return importlib.util.find_spec(f"facilitator.lan.{name}") is not None
    except (ImportError, ValueError):
        return False


def participant_count(session: Session, meeting_id: str) -> int | None:
    devices = getattr(session.ws, "devices", None)
    if devices is None:
        return None
    try:
        return int(devices.count(meeting_id))
    except FacilitatorError:
        return None


def room_check(server: Any) -> Any | None:
    """The server's count of ballots against phones and people, if it keeps one."""
    check = getattr(server, "room_check", None)
    if check is None:
        return None
    try:
        return check()
    except FacilitatorError:
        return None


def address_warning(server: Any) -> str:
    address = getattr(server, "address", None)
    if address is None:
        return ""
    attribute = "warning_fr" if current_language() == "fr" else "warning_en"
    return str(getattr(address, attribute, "") or "")


class PhoneControl(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        self._starting = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        column.addLayout(layout)
        self.button = QPushButton()
        self.button.clicked.connect(self.toggle)
        layout.addWidget(self.button)
        self.address = QLabel()
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(self.tr("Address for phones"))
        layout.addWidget(self.address, 1)
        # Shown when the ballots look like more people than the room holds (see lan.presence).
        self.alert = QLabel()
        self.alert.setTextFormat(Qt.TextFormat.PlainText)
        self.alert.setWordWrap(True)
        self.alert.setAccessibleName(self.tr("Warning about the ballots"))
        bold = self.alert.font()
        bold.setBold(True)
        self.alert.setFont(bold)
        self.alert.hide()
        column.addWidget(self.alert)
        session.phone_server_changed.connect(self.update_state)
        session.changed.connect(self._changed)

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.update_state()

    @property
    def running_here(self) -> bool:
        return (
            self.session.phone_server is not None
            and self.session.phone_meeting_id == self.meeting_id
        )

    def update_state(self) -> None:
        if not lan_available():
            self.button.setText(self.tr("Phone voting unavailable"))
            self.button.setEnabled(False)
            self.address.setText(
                self.tr("This version has no phone server; count hands and paper ballots.")
            )
            return
        self.button.setEnabled(not self._starting)
        if self._starting:
            self.button.setText(self.tr("Starting phone voting…"))
        elif self.running_here:
            self.button.setText(self.tr("Stop phone voting"))
        else:
            self.button.setText(self.tr("Start phone voting"))
        self.button.setAccessibleName(self.button.text())
        self._update_participants()

    def _changed(self, changes: Changes) -> None:
        if self.meeting_id is not None and changes.touches(meeting_id=self.meeting_id):
            self._update_participants()

    def _update_participants(self) -> None:
        if not self.running_here or self.meeting_id is None:
            self.alert.hide()
            if not self._starting and lan_available():
                self.address.setText(self.tr("Phones cannot join yet."))
            return
        server = self.session.phone_server
        if not self.address.text().startswith(str(getattr(server, "join_url", ""))):
            self._show_room((None, None))  # the address at once; the count follows
        session, meeting_id = self.session, self.meeting_id

        def count() -> tuple[int | None, Any]:
            # the phones and the poll's ballots are counted off the event loop, as a room votes
            return participant_count(session, meeting_id), room_check(server)

        self.session.tasks.latest(("room check", id(self)), count, self._show_room, self._unchecked)

    def _unchecked(self, error: BaseException) -> None:
        raise error  # room_check turns expected failures into None already: this is a bug

    def _show_room(self, counted: tuple[int | None, Any]) -> None:
        """The address with the phones that joined, and the alert when ballots outnumber them.
        Set only when they change: a new text lays the window out again."""
        if not self.running_here:
            self.alert.hide()
            return
        phones, check = counted
        server = self.session.phone_server
        text = str(getattr(server, "join_url", ""))
        if phones is not None:
            text += "  ·  " + self.tr("%n phone(s) joined", "", phones)
        warning = address_warning(server)
        if warning:
            text += "  ·  " + warning
        if text != self.address.text():
            self.address.setText(text)
        lines = []
        if check is not None and check.more_ballots_than_phones:
            lines.append(
                self.tr(
                    "More phone ballots than phones on this question (ballots: %1, phones that "
                    "showed it: %2). Someone may be voting more than once; printed tickets give "
                    "one vote per person."
                )
                .replace("%1", str(check.phone_ballots))
                .replace("%2", str(check.phones))
            )
        if check is not None and check.more_voters_than_people:
            lines.append(
                self.tr("More votes than people in the room (votes: %1, people counted: %2).")
                .replace("%1", str(check.voters))
                .replace("%2", str(check.headcount))
            )
        alert = "\n".join("⚠ " + line for line in lines)
        if alert != self.alert.text():
            self.alert.setText(alert)
        if bool(lines) != self.alert.isVisibleTo(self):
            self.alert.setVisible(bool(lines))

    def toggle(self) -> None:
        if self.running_here:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        if not lan_available() or self.meeting_id is None or self._starting:
            return
        if self.session.phone_server is not None:
            self.stop()
        meeting_id = self.meeting_id
        workspace = self.session.ws
        started = self.session.started_servers

        def job() -> Any:
            # imported here, off the event loop: the web server stack takes a while to load
            module = importlib.import_module("facilitator.lan.server")
            server = module.PhoneServer(workspace, meeting_id)
            started.append(server)  # stopped at shutdown even if the window closes meanwhile
            server.start(timeout=10.0)
            return server

        self._starting = True
        self.update_state()
        self.session.tasks.run(job, lambda server: self._started(server, meeting_id), self._failed)

    def _started(self, server: Any, meeting_id: str) -> None:
        self._starting = False
        self.session.phone_server = server
        self.session.phone_meeting_id = meeting_id
        self.session.phone_server_changed.emit()
        freeze_long_lived()  # the web stack, loaded for the server, lives as long as the app
        self.session.messages.show_info(self.tr("Phone voting started."))

    def _failed(self, error: BaseException) -> None:
        self._starting = False
        self.update_state()
        if isinstance(error, FacilitatorError):
            self.session.messages.show_error(error)
        else:
            log.error("the phone server failed to start", exc_info=error)
            self.session.messages.show_warning(
                self.tr("Phone voting could not start: %1").replace("%1", str(error))
            )

    def stop(self) -> None:
        server = self.session.phone_server
        if server is None:
            return
        self.session.phone_server = None
        self.session.phone_meeting_id = None
        try:
            server.stop()
        except FacilitatorError as error:
            self.session.messages.show_error(error)
        self.session.phone_server_changed.emit()
