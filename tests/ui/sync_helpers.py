"""Driving the Sync section in tests: a keyring in the test's folder, the section of an open
meeting, and waiting for what the background work brings back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from facilitator.domain.model import Meeting
from facilitator.storage.sync_state import SyncLink
from facilitator.ui.main_window import MainWindow
from facilitator.ui.sync_view import SyncView
from tests.decidim import FakeClock
from tests.sync.standin.server import StandIn


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[Path]:
    """keyrings.alt's plain-file backend in the test's folder (CI has no Secret Service)."""
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield Path(backend.file_path)
    finally:
        keyring.set_keyring(previous)


def open_sync(window: MainWindow, meeting: Meeting, clock: FakeClock) -> SyncView:
    window.open_meeting(meeting.id)
    window.meeting.tabs.setCurrentIndex(window.meeting.SYNC)
    view = window.meeting.sync
    view.driver.clock = clock  # the stand-in's time: backoff and settle cost nothing
    view.driver.timeout = 5.0
    return view


def wait_idle(qtbot: Any, view: SyncView, timeout: int = 20000) -> None:
    """Until no sync runs and the preview has been read since."""
    qtbot.waitUntil(lambda: not view.driver.running and not view._previewing, timeout=timeout)


def link_directly(view: SyncView, meeting: Meeting, server: StandIn, **extra: Any) -> SyncLink:
    link = view.session.ws.sync_state.save_link(
        SyncLink(
            meeting.id,
            server.url,
            "10",
            meeting.language,
            space_kind="process",
            space_slug="quartiers",
            **extra,
        )
    )
    view.set_meeting(meeting.id)
    return link
