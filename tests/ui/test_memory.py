"""While phones vote through the server in this process, the interpreter is tuned so the window
is not held up (ui/memory.py): the lock handed over sooner, full collections at quiet moments."""

from __future__ import annotations

import gc
import sys
import weakref
from pathlib import Path

import httpx
import pytest

from facilitator.domain.model import Meeting
from facilitator.lan.server import PhoneServer
from facilitator.storage import Workspace
from facilitator.ui import memory
from facilitator.ui.memory import PhoneTraffic
from facilitator.ui.session import Session


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _garbage_cycle() -> weakref.ref[_Cycle]:
    """A reference cycle nothing refers to: only a full collection frees it once it is old."""
    cycle = _Cycle()
    gc.collect()  # old enough to sit in the oldest generation
    return weakref.ref(cycle)


def test_the_server_tunes_the_interpreter_while_it_runs(session: Session, meeting_id: str) -> None:
    switch, threshold = sys.getswitchinterval(), gc.get_threshold()
    server = PhoneServer(session.ws, meeting_id, host="127.0.0.1")
    url = server.start()
    try:
        session.phone_server = server
        session.phone_server_changed.emit()
        assert sys.getswitchinterval() <= memory.SWITCH_INTERVAL_S
        assert gc.get_threshold()[2] == memory.DEFERRED_THRESHOLD
        assert gc.get_threshold()[:2] == threshold[:2]  # the young generations as before
        before = server.requests_served
        assert httpx.get(url + "api/state", timeout=10).status_code == 200
        assert server.requests_served == before + 1
    finally:
        session.phone_server = None
        session.phone_server_changed.emit()
        server.stop()
    assert sys.getswitchinterval() == switch
    assert gc.get_threshold() == threshold


def test_closing_the_session_puts_the_interpreter_back(qtbot: object, data_dir: Path) -> None:
    switch, threshold = sys.getswitchinterval(), gc.get_threshold()
    session = Session(Workspace.open(data_dir), data_dir)
    meeting = session.ws.meetings.create(Meeting(title="Conseil de quartier"))
    server = PhoneServer(session.ws, meeting.id, host="127.0.0.1")
    server.start()
    session.phone_server = server
    session.started_servers.append(server)
    session.phone_server_changed.emit()
    assert gc.get_threshold()[2] == memory.DEFERRED_THRESHOLD
    session.close()
    assert not server.running
    assert (sys.getswitchinterval(), gc.get_threshold()) == (switch, threshold)


def test_a_full_collection_waits_for_a_quiet_room(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memory, "QUIET_S", 0.0)
    monkeypatch.setattr(memory, "FULL_COLLECTION_EVERY_S", 0.0)
    served = [0]
    traffic = PhoneTraffic(lambda: served[0])
    try:
        cycle = _garbage_cycle()
        served[0] += 5  # the room votes: no full collection now
        assert not traffic.check()
        assert cycle() is not None
        # nothing came since the last look: the room is quiet, the cycle is freed
        assert traffic.check()
        assert cycle() is None
    finally:
        traffic.stop()


def test_full_collections_are_not_made_more_often_than_the_interval(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memory, "QUIET_S", 0.0)
    traffic = PhoneTraffic(lambda: 0)
    try:
        assert not traffic.check()  # a quiet room, but the last full collection was just now
        monkeypatch.setattr(memory, "FULL_COLLECTION_EVERY_S", 0.0)
        assert traffic.check()
    finally:
        traffic.stop()


def test_stopping_collects_what_waited(qtbot: object) -> None:
    traffic = PhoneTraffic(lambda: 0)
    cycle = _garbage_cycle()
    traffic.stop()
    assert cycle() is None
