"""Undoable edits: an operation with its name, and the undo step that holds what it changed.

An :class:`Edit` is what a view asks for (``facilitator.ui.commands`` builds them); the session
runs its operation as one write job and, once committed, pushes a :class:`Step` holding the
changes the job reported. Undoing a step reverts exactly those changes (``storage/undo.py``)
and keeps what the undo changed, so that redoing reverts that: both are one write job each.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from facilitator.storage.changes import Changes
from facilitator.storage.workspace import Repositories

#: The QUndoCommand id of every step that may merge with the one before it.
_MERGEABLE = 1000


@dataclass(frozen=True, slots=True)
class Edit:
    """An undoable write: its operation, the text of its undo step, and a merge key.

    Consecutive edits with the same ``merge_key`` (not None) make one undo step, as clicks on
    the headcount's +1 do.
    """

    text: str
    op: Callable[[Repositories], Any]
    merge_key: Hashable | None = None


class Step(QUndoCommand):
    """One undo step: what an edit changed, and how to take it back (through the session)."""

    def __init__(self, edit: Edit, changes: Changes, replay: Callable[[Step, bool], None]) -> None:
        super().__init__(edit.text)
        self.edit = edit
        self.changes = changes
        self._replay = replay
        self._written = True  # the edit is on disk already when its step is pushed
        self.skip_next = False

    def redo(self) -> None:
        if self._written or self.skip_next:
            self._written = self.skip_next = False
            return
        self._replay(self, False)

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        self._replay(self, True)

    def id(self) -> int:
        return _MERGEABLE if self.edit.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Step) or other.edit.merge_key != self.edit.merge_key:
            return False
        self.changes = self.changes.then(other.changes)
        return True


class StackAction(QAction):
    """An Undo (or Redo) menu action that follows the stack's text and state, and asks
    ``trigger`` to act, so the session can hold the request until earlier writes are done.

    Undo is offered while edits are on their way (``pending``): it then waits for them and
    undoes the last, as the user expects of Ctrl+Z pressed right after Enter.
    """

    def __init__(
        self,
        stack: QUndoStack,
        parent: QObject,
        prefix: str,
        trigger: Callable[[], None],
        *,
        redo: bool = False,
        pending: SignalInstance | None = None,
    ) -> None:
        super().__init__(prefix, parent)
        self._prefix = prefix
        self._can = stack.canRedo() if redo else stack.canUndo()
        self._pending = False
        self.setEnabled(self._can)
        self._follow(stack.redoText() if redo else stack.undoText())
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self._can_changed)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self._follow)
        if pending is not None:
            pending.connect(self._pending_changed)
        self.triggered.connect(trigger)

    def _can_changed(self, can: bool) -> None:
        self._can = can
        self.setEnabled(self._can or self._pending)

    def _pending_changed(self, pending: bool) -> None:
        self._pending = pending
        self.setEnabled(self._can or self._pending)

    def _follow(self, text: str) -> None:
        """As QUndoStack's own actions word it: "&Undo Add idea"."""
        self.setText(f"{self._prefix} {text}" if text else self._prefix)
