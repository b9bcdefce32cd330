"""The Sync section against the stand-in Decidim on loopback: sign in with API credentials,
link by browsing, fix a rule broken in the preview, sync through faults, stay usable, resume
after the app was closed mid-sync, offline, and old platforms."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from facilitator.storage import Workspace
from facilitator.storage.sync_state import ItemState
from facilitator.sync import keystore
from facilitator.sync.events import SyncOptions
from facilitator.ui.idea_models import IdeaColumn
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session
from facilitator.ui.sync_models import ATTENTION, ProposalColumn
from facilitator.ui.sync_platform import CREATE
from facilitator.ui.sync_view import SyncView
from tests.decidim import GOOD_IDEAS, KEPT_GOOD, FakeClock, make_meeting
from tests.sync.standin.server import StandIn
from tests.ui.sync_helpers import file_keyring, link_directly, open_sync, wait_idle

__all__ = ["file_keyring"]  # a fixture


@pytest.fixture
def no_env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(keystore.ENV_KEY, raising=False)
    monkeypatch.delenv(keystore.ENV_SECRET, raising=False)


@pytest.fixture
def env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keystore.ENV_KEY, "api-key-1")
    monkeypatch.setenv(keystore.ENV_SECRET, "api-secret-1")


def _rows(view: SyncView) -> dict[str, Any]:
    return {p.idea_text: p for p in view.preview.model.rows()}


def _exactly_once(server: StandIn) -> None:
    titles = Counter(p["title"]["fr"] for p in server.store.proposals.values())
    assert set(titles.values()) == {1}, titles


def test_sign_in_with_api_credentials_and_link_by_browsing(
    qtbot: Any,
    window: MainWindow,
    standin: StandIn,
    clock: FakeClock,
    file_keyring: Path,
    no_env_credentials: None,
    data_dir: Path,
) -> None:
    meeting = make_meeting(window.session.ws)
    view = open_sync(window, meeting, clock)
    panel = view.platform
    panel.address.setText(standin.url)
    panel.look_button.click()
    qtbot.waitUntil(lambda: panel.info is not None, timeout=15000)
    assert "Not signed in" in panel.status.text()
    assert "keyring" in panel.keyring_note.text()
    assert not panel.admin.isExpanded()
    panel.admin.expand(animate=False)
    panel.api_key.setText("api-key-1")
    panel.api_secret.setText("api-secret-1")
    panel.api_button.click()
    qtbot.waitUntil(lambda: "Porte-parole Nord" in panel.status.text(), timeout=15000)
    assert "@pp_nord" in panel.status.text()
    assert keystore.load(standin.url) == {
        "kind": "api",
        "key": "api-key-1",
        "secret": "api-secret-1",
    }
    # the secret is in the keyring only: not in the preferences, nor the workspace
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"api-secret-1" not in path.read_bytes(), path
    assert panel.api_secret.text() == ""

    # browse: the space, its proposals component, its meetings component and its meetings
    assert panel.space.count() == 2
    panel.space.setCurrentIndex(panel.space.findText("Quartiers — process"))
    assert panel.proposals.currentData() == "10"
    assert panel.meetings_component.currentData() == "20"
    qtbot.waitUntil(lambda: panel.remote_meeting.count() == 2, timeout=15000)
    assert "Réunion officielle du quartier Nord" in panel.remote_meeting.itemText(1)
    assert panel.remote_meeting.currentData() == CREATE
    panel.link_button.click()
    qtbot.waitUntil(lambda: view.session.ws.sync_state.link(meeting.id) is not None, timeout=15000)
    link = view.session.ws.sync_state.link(meeting.id)
    assert link is not None
    assert (link.proposals_component, link.meetings_component) == ("10", "20")
    assert link.remote_meeting_id is None  # to be created on the platform
    assert (link.space_kind, link.space_slug, link.author_id) == ("process", "quartiers", "7")
    qtbot.waitUntil(lambda: "Linked" in panel.link_summary.text(), timeout=5000)
    qtbot.waitUntil(view.sync_button.isEnabled, timeout=5000)


def test_a_rule_broken_is_shown_and_fixed_in_the_preview(
    qtbot: Any,
    window: MainWindow,
    standin: StandIn,
    clock: FakeClock,
    env_credentials: None,
) -> None:
    meeting = make_meeting(window.session.ws)
    view = open_sync(window, meeting, clock)
    link_directly(view, meeting, standin)
    qtbot.waitUntil(lambda: len(view.preview.model.rows()) == KEPT_GOOD + 2, timeout=15000)
    wait_idle(qtbot, view)
    rows = _rows(view)
    short = rows["Trop court"]
    assert short.needs_attention
    model = view.preview.model
    row = model.row_of(short.idea_id)
    colour = model.index(row, ProposalColumn.TITLE).data(Qt.ItemDataRole.BackgroundRole)
    assert colour.color() == ATTENTION
    assert model.index(row, ProposalColumn.STATE).data() == "Needs attention"
    assert view.preview.attention.count() == 2
    first = view.preview.attention.item(0).text()
    assert "Trop court" in first and "15" in first  # the rule, with its limit

    # the attention list takes the spokesperson to the item; a title of their own fixes it
    view.preview._attention_chosen(view.preview.attention.item(0))
    assert view.preview.idea_text.text() == "Trop court"
    assert "15" in view.preview.problem.text()
    view.preview.title.setText("Trop court, mais un titre assez long")
    view.preview.title.editingFinished.emit()
    qtbot.waitUntil(
        lambda: not _rows(view)["Trop court"].needs_attention and not view._previewing,
        timeout=15000,
    )
    assert _rows(view)["Trop court"].title == "Trop court, mais un titre assez long"

    # the other: the idea's own text, edited in place (an undoable edit of the idea)
    view.preview.select_idea(rows["PLUS DE PARKINGS PARTOUT EN VILLE"].idea_id)
    view.preview.idea_text.setText("Plus de parkings partout en ville")
    view.preview.idea_text.editingFinished.emit()
    qtbot.waitUntil(lambda: "Plus de parkings partout en ville" in _rows(view), timeout=15000)
    wait_idle(qtbot, view)
    assert view.preview.attention.count() == 0
    assert "Nothing needs attention" in view.preview.attention_title.text()
    assert window.session.undo_stack.canUndo()

    view.start_sync()
    qtbot.waitUntil(lambda: view.summary is not None, timeout=30000)
    assert view.summary is not None and view.summary.complete
    titles = sorted(p["title"]["fr"] for p in standin.store.proposals.values())
    assert titles == sorted(
        [*GOOD_IDEAS, "Trop court, mais un titre assez long", "Plus de parkings partout en ville"]
    )


def test_a_sync_through_faults_shows_progress_states_and_links(
    qtbot: Any,
    window: MainWindow,
    standin: StandIn,
    clock: FakeClock,
    env_credentials: None,
) -> None:
    meeting = make_meeting(window.session.ws)
    view = open_sync(window, meeting, clock)
    link_directly(view, meeting, standin, meetings_component="20")
    wait_idle(qtbot, view)
    # the answer lost after the platform applied it, a 500, a 429, then a body the platform
    # itself finds too long (its own limit is lower than the one the link knows)
    standin.faults.plan = ["lost", "500", "429"]
    standin.store.proposal_length = 200
    events: list[Any] = []
    view.driver.progress.connect(events.append)
    view.sync_button.click()
    assert view.driver.running and view.stop_button.isEnabled()
    # the app stays usable while it runs: an idea typed meanwhile is kept
    window.meeting.tabs.setCurrentIndex(window.meeting.IDEAS)
    window.meeting.ideas.capture.setText("Une idée notée pendant la synchronisation")
    window.meeting.ideas.capture_bar.add()
    qtbot.waitUntil(lambda: view.summary is not None, timeout=30000)
    wait_idle(qtbot, view)
    _exactly_once(standin)
    assert {e.kind for e in events} >= {"start", "item", "retry"}
    states = {p.idea_text: p.state for p in view.preview.model.rows()}
    sent = [t for t, s in states.items() if s is ItemState.SENT]
    refused = [p for p in view.preview.model.rows() if p.state is ItemState.ATTENTION]
    assert sent and refused
    assert len(sent) == len(standin.store.proposals)
    # once done, the bar counts what is on the platform out of every kept idea (the one typed
    # meanwhile included)
    assert view.progress.maximum() == KEPT_GOOD + 3
    assert view.progress.value() == len(sent)
    # the platform's own message, in the list that leads to the item
    texts = [view.preview.attention.item(n).text() for n in range(view.preview.attention.count())]
    assert any("maximum is 200 characters" in t for t in texts), texts
    # each sent proposal's public address, in the preview and in the Ideas section
    done = next(p for p in view.preview.model.rows() if p.state is ItemState.SENT)
    assert done.address == (f"{standin.url}/processes/quartiers/f/10/proposals/{done.remote_id}")
    ideas = window.meeting.ideas
    ideas.refresh()
    row = ideas.model.row_of(done.idea_id)
    cell = ideas.model.index(row, IdeaColumn.PLATFORM)
    assert cell.data() == f"Proposal {done.remote_id}"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == done.address
    assert "Une idée notée pendant la synchronisation" in [
        i.text for i in window.session.ws.ideas.for_meeting(meeting.id)
    ]
    assert view.summary is not None and view.summary.outcome is not None
    assert view.summary.outcome.kind == "closed"
    assert len(standin.store.closes) == 1


def test_a_sync_cut_off_by_closing_the_app_is_offered_and_resumes_once(
    qtbot: Any,
    standin: StandIn,
    clock: FakeClock,
    env_credentials: None,
    data_dir: Path,
) -> None:
    def start() -> tuple[Session, MainWindow]:
        session = Session(Workspace.open(data_dir), data_dir)
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        return session, window

    session, window = start()
    meeting = make_meeting(session.ws)
    view = open_sync(window, meeting, clock)
    link_directly(view, meeting, standin, meetings_component="20")
    wait_idle(qtbot, view)
    view.driver.options = SyncOptions(batch_size=1)
    standin.faults.plan = [None, "slow"]  # the second proposal's answer takes a while
    standin.faults.slow_seconds = 1.0

    def close_on_first(event: Any) -> None:
        if event.kind == "item" and window.isVisible():
            window.close()  # the lid closes, the app quits: the sync stops at its next step

    view.driver.progress.connect(close_on_first)
    view.start_sync()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    session.close()
    assert 0 < len(standin.store.proposals) < KEPT_GOOD
    assert standin.store.closes == []

    session, window = start()
    try:
        qtbot.waitUntil(lambda: window.resume_question is not None, timeout=5000)
        box = window.resume_question
        assert "interrupted" in box.text() and meeting.title in box.text()
        window.meeting.sync.driver.clock = clock
        resume = next(b for b in box.buttons() if "Resume" in b.text())
        resume.click()
        view = window.meeting.sync
        assert window.meeting.tabs.currentIndex() == window.meeting.SYNC
        qtbot.waitUntil(lambda: view.summary is not None, timeout=30000)
        wait_idle(qtbot, view)
        titles = Counter(p["title"]["fr"] for p in standin.store.proposals.values())
        assert sorted(titles) == sorted(GOOD_IDEAS) and set(titles.values()) == {1}
        assert len(standin.store.closes) == 1
        assert session.ws.sync_state.runs() == []
    finally:
        window.close()
        session.close()


def test_offline_it_says_so_and_syncs_when_asked_again(
    qtbot: Any,
    window: MainWindow,
    standin: StandIn,
    clock: FakeClock,
    env_credentials: None,
) -> None:
    meeting = make_meeting(window.session.ws)
    view = open_sync(window, meeting, clock)
    link_directly(view, meeting, standin)
    wait_idle(qtbot, view)
    port = int(standin.url.rsplit(":", 1)[1])
    standin.stop()
    view.start_sync()
    qtbot.waitUntil(lambda: "cannot be reached" in view.status.text(), timeout=30000)
    assert "press “Sync now” again" in view.status.text()
    assert view.sync_button.isEnabled()
    assert view.session.ws.sync_state.runs() == []  # not an interruption: nothing to offer
    back = StandIn(standin.store, standin.faults)
    back.start(port)
    try:
        view.sync_button.click()
        qtbot.waitUntil(lambda: view.summary is not None, timeout=30000)
        assert len(back.store.proposals) == KEPT_GOOD
    finally:
        back.stop()


def test_an_old_platform_gets_the_import_file_and_the_report_to_paste(
    qtbot: Any,
    window: MainWindow,
    standin: StandIn,
    clock: FakeClock,
    env_credentials: None,
    tmp_path: Path,
) -> None:
    standin.store.version = "0.31.2"
    meeting = make_meeting(window.session.ws)
    view = open_sync(window, meeting, clock)
    view.platform.address.setText(standin.url)
    view.platform.look_button.click()
    qtbot.waitUntil(lambda: view.platform.info is not None, timeout=15000)
    wait_idle(qtbot, view)
    assert view.old.isVisible() and not view.sync_button.isVisible()
    assert "0.31.2" in view.old.explain.text()
    assert view.old.language.currentData() == "fr"  # the meeting's language, to be checked
    path = tmp_path / "propositions.json"
    view.write_import_file(path, "ca")
    qtbot.waitUntil(lambda: "Import file saved" in view.status.text(), timeout=15000)
    proposals = json.loads(path.read_text(encoding="utf-8"))
    assert {p["title"]["ca"] for p in proposals} == set(GOOD_IDEAS)
    assert "2 idea(s) left out" in view.status.text()
    report = view.old.report.toPlainText()
    assert "Conseil de quartier Nord" in report and "23" in report
    view.old.copy_button.click()
    assert QGuiApplication.clipboard().text() == report


def test_the_report_to_copy_is_offered_when_the_platform_refuses_the_comment(
    qtbot: Any,
    window: MainWindow,
    standin: StandIn,
    clock: FakeClock,
    env_credentials: None,
) -> None:
    # an official meeting whose comments the admins blocked: the report could not go up, so the
    # coordinator needs it for the close form (the button showed only after a comment went up)
    meeting = make_meeting(window.session.ws)
    view = open_sync(window, meeting, clock)
    link_directly(view, meeting, standin, meetings_component="20", remote_meeting_id="500")
    wait_idle(qtbot, view)
    standin.store.comments_closed = True
    view.sync_button.click()
    qtbot.waitUntil(lambda: view.summary is not None, timeout=30000)
    assert view.summary is not None and view.summary.outcome is not None
    assert view.summary.outcome.kind == "needs_attention"
    assert not standin.store.comments
    assert view.copy_report_button.isVisibleTo(view)
    view.copy_report_button.click()
    assert "Quelle idée d'abord ?" in QGuiApplication.clipboard().text()
