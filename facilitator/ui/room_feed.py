"""The room as the projector and the presenter view show it: one read for both, off the event
loop, and what the spokesperson chose to put on the screen (the poll, or the ideas wall).

The read is the phone server's own (``RoomRepository.view``), so the laptop and the phones
show the same poll and the same numbers.

Signals:
    viewed(object): a fresh :class:`~facilitator.domain.room.RoomView` of the meeting.
    walled(object): a fresh :class:`~facilitator.domain.room.IdeasWall` of the meeting.
    stage_changed(): the screen now shows the poll, or the wall, or another theme of it.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.room import IdeasWall, RoomView
from facilitator.storage.changes import Changes
from facilitator.ui.session import Session

log = logging.getLogger(__name__)

#: How often the phones here now are counted again (phones being seen is not a change).
PHONES_EVERY_MS = 5000

#: What changes the poll on screen, its numbers, or the wall.
ROOM_KINDS = ("meeting", "poll", "option", "ballot", "count", "ticket")
WALL_KINDS = ("idea", "poll", "option", "ballot")


class Stage(StrEnum):
    """What the screen shows besides the join code."""

    POLL = "poll"
    WALL = "wall"


class RoomFeed(QObject):
    viewed = Signal(object)
    walled = Signal(object)
    stage_changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        self.view: RoomView | None = None
        self.wall: IdeasWall | None = None
        self.stage = Stage.POLL
        #: the one theme on the wall (None: every theme)
        self.wall_theme: str | None = None
        #: windows showing the room; nothing is read while none is
        self._watchers: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(PHONES_EVERY_MS)
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(self._changed)
        session.phone_server_changed.connect(self.refresh)

    def set_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id
            self.view = None
            self.wall = None
            self.wall_theme = None
        self.refresh()

    def watch(self, watcher: object, watching: bool) -> None:
        """A window showing the room appeared (``watching``) or went away."""
        if watching:
            self._watchers.add(id(watcher))
            self._timer.start()
            self.refresh()
        else:
            self._watchers.discard(id(watcher))
            if not self._watchers:
                self._timer.stop()

    def show(self, stage: Stage, theme: str | None = None) -> None:
        """Put the poll, or the ideas wall (one theme, or all), on the screen."""
        self.stage = stage
        self.wall_theme = theme if stage is Stage.WALL else self.wall_theme
        self.stage_changed.emit()
        self.refresh()

    def toggle_wall(self) -> None:
        self.show(Stage.POLL if self.stage is Stage.WALL else Stage.WALL, self.wall_theme)

    def _changed(self, changes: Changes) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None or not self._watchers:
            return
        if changes.touches(*ROOM_KINDS, meeting_id=meeting_id):
            self._read_view()
        if changes.touches(*WALL_KINDS, meeting_id=meeting_id):
            self._read_wall()

    def refresh(self) -> None:
        if self.meeting_id is None or not self._watchers:
            return
        self._read_view()
        self._read_wall()

    def _read_view(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        room = self.session.ws.room
        self.session.tasks.latest(
            ("room view", id(self)), lambda: room.view(meeting_id), self._viewed, self._not_read
        )

    def _read_wall(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        room = self.session.ws.room
        self.session.tasks.latest(
            ("room wall", id(self)), lambda: room.wall(meeting_id), self._walled, self._not_read
        )

    def _viewed(self, view: RoomView) -> None:
        if view.meeting.id != self.meeting_id:
            return  # read for the meeting shown before
        self.view = view
        self.viewed.emit(view)

    def _walled(self, wall: IdeasWall) -> None:
        if wall.meeting_id != self.meeting_id:
            return
        self.wall = wall
        self.walled.emit(wall)

    def _not_read(self, error: BaseException) -> None:
        if not isinstance(error, FacilitatorError):
            raise error
        log.warning("could not read what the room sees: %s", error.en)
