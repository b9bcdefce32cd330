"""The open workspace as the windows see it: repositories, undo stack, messages, change watch.

Every edit is an undoable command pushed through :meth:`Session.execute`: it is written to the
workspace at once (each repository write commits with ``synchronous=FULL``), so closing the lid
loses nothing. Writes from elsewhere (the phone server) are noticed by polling the journal's
revision, a cheap query.

Signals:
    data_changed(): the workspace changed (an edit here, or a write from the phone server).
    phone_server_changed(): the phone server started or stopped.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.domain.errors import FacilitatorError
from facilitator.storage.workspace import Workspace
from facilitator.ui.messages import MessageBridge
from facilitator.ui.settings import Settings
from facilitator.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: How often the workspace is checked for changes made by the phone server.
WATCH_INTERVAL_MS = 400


class Command(QUndoCommand):
    """An undoable edit. Subclasses implement :meth:`apply` and :meth:`revert`.

    The first :meth:`apply` runs before the command joins the stack, so a refused edit (bad
    input, a poll that cannot change) never appears in the undo history.
    """

    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._skip_first_redo = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self.session.guarded(self.apply)

    def undo(self) -> None:
        self.session.guarded(self.revert)


class Session(QObject):
    data_changed = Signal()
    phone_server_changed = Signal()

    def __init__(self, workspace: Workspace, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.data_dir = data_dir
        self.settings = Settings(data_dir)
        self.messages = MessageBridge(self)
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self._revision = workspace.journal.revision()
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.check_for_changes)
        self._watch.start()
        #: The running phone server (facilitator.lan.server.PhoneServer), if any.
        self.phone_server: Any = None
        self.phone_meeting_id: str | None = None
        #: Every phone server started, even one whose start finished as the window closed.
        self.started_servers: list[Any] = []

    def execute(self, command: Command) -> bool:
        """Apply ``command`` and put it on the undo stack; False (and a message) if refused."""
        if not self.guarded(command.apply):
            return False
        command._skip_first_redo = True
        self.undo_stack.push(command)
        return True

    def guarded(self, action: object) -> bool:
        """Run a storage action; an expected failure becomes a message, never a traceback."""
        assert callable(action)
        try:
            action()
        except FacilitatorError as error:
            self.messages.show_error(error)
            self.notify()
            return False
        self.notify()
        return True

    def notify(self) -> None:
        """Tell the views the workspace changed (right after an edit made here)."""
        self._revision = self.ws.journal.revision()
        self.data_changed.emit()

    def check_for_changes(self) -> None:
        try:
            revision = self.ws.journal.revision()
        except FacilitatorError as error:
            log.warning("cannot read the workspace revision: %s", error.en)
            return
        if revision != self._revision:
            self._revision = revision
            self.data_changed.emit()

    def close(self) -> None:
        """Stop watching, stop the phone server, wait for background jobs, close the file."""
        self._watch.stop()
        servers = [*self.started_servers, self.phone_server]
        self.phone_server = None
        self.tasks.wait()
        for server in dict.fromkeys(s for s in servers if s is not None):
            stop = getattr(server, "stop", None)
            if callable(stop):
                try:
                    stop()
                except Exception:
                    log.exception("the phone server did not stop cleanly")
        self.started_servers.clear()
        self.ws.close()
