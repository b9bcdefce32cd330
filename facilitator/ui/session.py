"""The open workspace as the windows see it: repositories, the write path, undo, messages, and
what changed.

Every edit from a window is an operation run as one write job by the storage writer, never on
the event loop (:meth:`Session.perform` with an :class:`~facilitator.ui.undo.Edit`). Each job
reports what it changed, and the session hands that to the views (``changed``), which refresh
from it alone. What the phone server, sync or another
process wrote is read from the journal feed on the task runner and handed on the same way.

Undo and redo wait for the writes asked before them, so they always apply to what the user saw
last; each is one write job too.

Signals:
    changed(object): a :class:`~facilitator.storage.changes.Changes`: what an edit here, its
        undo or redo, or a write made elsewhere changed.
    edits_pending(bool): whether edits are on their way to the disk (Undo then waits for them,
        so it is offered even before their undo step exists).
    phone_server_changed(): the phone server started or stopped.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from facilitator.domain.errors import FacilitatorError
from facilitator.storage.changes import Changes, Outcome
from facilitator.storage.journal import Feed
from facilitator.storage.workspace import Workspace
from facilitator.ui.countdown import CountdownCloser
from facilitator.ui.memory import PhoneTraffic
from facilitator.ui.messages import MessageBridge
from facilitator.ui.settings import Settings
from facilitator.ui.tasks import TaskRunner
from facilitator.ui.undo import Edit, Step

log = logging.getLogger(__name__)

#: How often the journal is read for changes made by the phone server or another process.
WATCH_INTERVAL_MS = 400

Done = Callable[[Any], None]
Refused = Callable[[BaseException], None]


class Session(QObject):
    changed = Signal(object)
    edits_pending = Signal(bool)
    phone_server_changed = Signal()

    def __init__(self, workspace: Workspace, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.data_dir = data_dir
        self.settings = Settings(data_dir)
        self.messages = MessageBridge(self)
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self._in_flight = 0
        self._pending_edits = 0
        #: requests waiting their turn: (an undo or redo, which waits for every write before
        #: it; how to start it)
        self._queue: deque[tuple[bool, Callable[[], None]]] = deque()
        self._seen = workspace.journal.revision()
        self._own: set[int] = set()
        self._reading = False
        self._closed = False
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.check_for_changes)
        self._watch.start()
        #: The running phone server (facilitator.lan.server.PhoneServer), if any.
        self.phone_server: Any = None
        self.phone_meeting_id: str | None = None
        #: Every phone server started, even one whose start finished as the window closed.
        self.started_servers: list[Any] = []
        #: The interpreter tuned for the phones while a server runs (see ui/memory.py).
        self._traffic: tuple[Any, PhoneTraffic] | None = None
        self.phone_server_changed.connect(self._tune_for_phones)
        #: Closes polls whose countdown ran out, whether or not a window shows the room.
        self.countdowns = CountdownCloser(workspace, self.tasks, self)
        self.changed.connect(self._polls_may_have_changed)

    @property
    def busy(self) -> bool:
        """Whether a write, an undo, or a read for the views is still under way."""
        return bool(self._in_flight or self._queue or self._reading or self.tasks.busy)

    # -- writing -------------------------------------------------------------------------------

    def perform(self, edit: Edit, done: Done | None = None, refused: Refused | None = None) -> None:
        """Write ``edit``; once on disk its undo step is pushed and ``done`` gets the result.

        A refused edit (bad input, a poll that cannot change) shows its message, changes
        nothing, and never appears in the undo history (nor does an edit that changed
        nothing); ``refused`` gets the error first.
        """

        def written(outcome: Outcome[Any]) -> None:
            self._edit_settled()
            changes = outcome.changes
            if changes and changes.invertible:
                self.undo_stack.push(Step(edit, changes, self._replay))
            elif changes:
                log.warning("%s: not every change can be undone; no undo step", edit.text)

        def not_written(error: BaseException) -> None:
            self._edit_settled()
            if refused is not None:
                refused(error)

        self._pending_edits += 1
        if self._pending_edits == 1:
            self.edits_pending.emit(True)
        self._enqueue(
            False,
            lambda: self._submit(lambda: self.ws.submit(edit.op), written, not_written, done),
        )

    def _edit_settled(self) -> None:
        self._pending_edits -= 1
        if self._pending_edits == 0:
            self.edits_pending.emit(False)

    def undo(self) -> None:
        self._enqueue(True, self.undo_stack.undo)

    def redo(self) -> None:
        self._enqueue(True, self.undo_stack.redo)

    def _replay(self, step: Step, undoing: bool) -> None:
        """Revert what ``step`` holds (its edit, or its undo); it then holds what this changed."""

        def written(outcome: Outcome[None]) -> None:
            step.changes = outcome.changes

        def refused(_error: BaseException) -> None:
            # the stack moved before the write was tried: move it back, without writing
            step.skip_next = True
            if undoing:
                self.undo_stack.redo()
            else:
                self.undo_stack.undo()

        self._submit(lambda: self.ws.submit_revert(step.changes), written, refused)

    def _submit(
        self,
        start: Callable[[], Future[Outcome[Any]]],
        written: Callable[[Outcome[Any]], None] | None = None,
        refused: Refused | None = None,
        done: Done | None = None,
    ) -> None:
        """Start a write; once committed: ``written`` (the undo stack), the views (``changed``),
        then ``done`` with the result, so it finds the views up to date."""
        self._in_flight += 1

        def committed(outcome: Outcome[Any]) -> None:
            self._in_flight -= 1
            if self._closed:
                return  # written before the file closed; no view is left to tell
            self._own.update(outcome.changes.seqs)
            try:
                if written is not None:
                    written(outcome)
                if outcome.changes:
                    self.changed.emit(outcome.changes)
                if done is not None:
                    done(outcome.value)
            finally:
                self._drain()

        def failed(error: BaseException) -> None:
            self._in_flight -= 1
            if self._closed:
                return
            try:
                if refused is not None:
                    refused(error)
                if not isinstance(error, FacilitatorError):
                    raise error  # a bug: the crash dialog shows it
                self.messages.show_error(error)
            finally:
                self._drain()

        try:
            future = start()
        except FacilitatorError as error:  # the workspace is closed
            failed(error)
            return
        self.tasks.watch(future, committed, failed)

    def _enqueue(self, waits: bool, start: Callable[[], None]) -> None:
        if self._closed:
            return
        self._queue.append((waits, start))
        self._drain()

    def _drain(self) -> None:
        while self._queue:
            waits, start = self._queue[0]
            if waits and self._in_flight:
                return
            self._queue.popleft()
            start()

    # -- changes made elsewhere ------------------------------------------------------------------

    def check_for_changes(self) -> None:
        """Read what was written elsewhere since last time, off the event loop, and tell the
        views (the journal's entries of the writes made here are left out: they know them)."""
        if self._reading or self._closed:
            return
        self._reading = True
        since, skip = self._seen, frozenset(self._own)
        self.tasks.run(lambda: self.ws.journal.feed(since, skip), self._fed, self._feed_failed)

    def _fed(self, feed: Feed) -> None:
        self._reading = False
        if self._closed:
            return
        self._seen = max(self._seen, feed.seq)
        self._own = {seq for seq in self._own if seq > self._seen}
        if feed.changes:
            self.changed.emit(feed.changes)
        if feed.more:
            self.check_for_changes()

    def _feed_failed(self, error: BaseException) -> None:
        self._reading = False
        if self._closed:
            return
        if not isinstance(error, FacilitatorError):
            raise error
        log.warning("cannot read the workspace's journal: %s", error.en)

    def _polls_may_have_changed(self, changes: Changes) -> None:
        # a poll opened, closed or given a countdown; not the ballots of a room voting
        if changes.touches("poll"):
            self.countdowns.changed()

    def _tune_for_phones(self) -> None:
        server = self.phone_server
        if self._traffic is not None and self._traffic[0] is not server:
            self._traffic[1].stop()
            self._traffic = None
        if server is not None and self._traffic is None:
            served = lambda: int(getattr(server, "requests_served", 0))  # noqa: E731
            self._traffic = (server, PhoneTraffic(served, self))

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Stop watching, stop the phone server, wait for background jobs, close the file.

        Edits asked before still reach the disk (an undo still waiting is dropped); what they
        report comes too late for the views."""
        self._watch.stop()
        self.countdowns.stop()
        waiting = [start for waits, start in self._queue if not waits]
        self._queue.clear()
        for start in waiting:
            start()
        self._closed = True
        servers = [*self.started_servers, self.phone_server]
        self.phone_server = None
        self._tune_for_phones()
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
