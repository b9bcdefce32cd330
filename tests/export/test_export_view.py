"""The Export section: exports and imports run off the main thread with a progress bar."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.domain.errors import set_language
from facilitator.export import service
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo
from facilitator.ui.export_view import ExportFormat, ExportView
from facilitator.ui.session import Session


@pytest.fixture
def session(qtbot: object, data_dir: Path) -> Iterator[Session]:
    set_language("en")
    session = Session(Workspace.open(data_dir), data_dir)
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def view(qtbot: object, session: Session) -> ExportView:
    view = ExportView(session)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    return view


def _choose(view: ExportView, fmt: ExportFormat) -> None:
    view.format.setCurrentIndex(view.format.findData(fmt))


def _demo_checked(session: Session, view: ExportView, fmt: ExportFormat) -> str:
    """The demo meeting, checked in the view, ``fmt`` chosen; returns the meeting's id."""
    meeting = create_demo(session.ws)
    view.reload()
    view.set_meeting(meeting.id)
    _choose(view, fmt)
    return meeting.id


def test_exports_the_checked_meeting_with_progress(
    qtbot: object, session: Session, view: ExportView, tmp_path: Path
) -> None:
    meeting = create_demo(session.ws)
    view.reload()
    view.set_meeting(meeting.id)
    assert view.selected_ids() == [meeting.id]
    _choose(view, ExportFormat.XLSX)
    view.chosen_path = tmp_path / "out.xlsx"
    seen: list[int] = []
    view.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(view.export_finished, timeout=30000) as blocker:  # type: ignore[attr-defined]
        view.export_button.click()
    result = blocker.args[0]
    assert isinstance(result, service.ExportResult)
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames[0] == "Synthèse"
    assert view.progress.value() == view.progress.maximum()
    assert seen, "the progress bar moved"
    assert "out.xlsx" in view.status.text()
    assert view.export_button.isEnabled()


def test_csv_shows_its_separator_choice(view: ExportView) -> None:
    _choose(view, ExportFormat.CSV)
    assert not view.separator.isHidden()
    _choose(view, ExportFormat.XLSX)
    assert view.separator.isHidden()


def test_failures_reach_the_message_bridge(
    qtbot: object, session: Session, view: ExportView, tmp_path: Path
) -> None:
    meeting = create_demo(session.ws)
    view.reload()
    view.set_meeting(meeting.id)
    warnings: list[str] = []
    session.messages.warning.connect(warnings.append)
    view.chosen_path = tmp_path / "missing" / "out.xlsx"
    with qtbot.waitSignal(view.failed, timeout=30000):  # type: ignore[attr-defined]
        view.export_button.click()
    assert warnings and "does not exist" in warnings[0]
    assert not (tmp_path / "missing").exists()


def test_imports_a_bundle_in_the_background(
    qtbot: object, session: Session, view: ExportView, tmp_path: Path
) -> None:
    with Workspace.open(tmp_path / "other-laptop") as other:
        meeting = create_demo(other)
        service.export_bundle(other, [meeting.id], tmp_path / "m.fbundle")
    view.chosen_path = tmp_path / "m.fbundle"
    with qtbot.waitSignal(view.import_finished, timeout=30000) as blocker:  # type: ignore[attr-defined]
        view.import_button.click()
    assert blocker.args[0].added["meeting"] == 1
    assert session.ws.meetings.get(meeting.id).title == meeting.title
    # the list follows the workspace, once the session has read what the import wrote
    qtbot.waitUntil(lambda: view.meetings.count() == 1)  # type: ignore[attr-defined]


def _answer_when_asked(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` in the dialog the view opens, once it is open (a real, modal box)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, look)


@pytest.mark.parametrize(
    ("answer", "replaced"),
    [(QMessageBox.StandardButton.Cancel, False), (QMessageBox.StandardButton.Yes, True)],
)
def test_asks_before_replacing_a_file(
    qtbot: object,
    session: Session,
    view: ExportView,
    tmp_path: Path,
    answer: QMessageBox.StandardButton,
    replaced: bool,
) -> None:
    _demo_checked(session, view, ExportFormat.XLSX)
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"last week's workbook")
    view.chosen_path = target
    seen: list[str] = []
    _answer_when_asked(answer, seen)
    if replaced:
        with qtbot.waitSignal(view.export_finished, timeout=30000):  # type: ignore[attr-defined]
            view.export_button.click()
        assert openpyxl.load_workbook(target).sheetnames[0] == "Synthèse"
    else:
        view.export_button.click()
        assert target.read_bytes() == b"last week's workbook"
        assert view.export_button.isEnabled()
    assert len(seen) == 1 and "out.xlsx" in seen[0] and "already exist" in seen[0]


def test_asks_once_for_the_csv_files_already_in_the_folder(
    qtbot: object, session: Session, view: ExportView, tmp_path: Path
) -> None:
    _demo_checked(session, view, ExportFormat.CSV)
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "polls.csv").write_text("old")
    (folder / "notes.txt").write_text("not ours")
    view.chosen_path = folder
    seen: list[str] = []
    _answer_when_asked(QMessageBox.StandardButton.Cancel, seen)
    view.export_button.click()
    assert len(seen) == 1 and "polls.csv" in seen[0] and "notes.txt" not in seen[0]
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt", "polls.csv"]


def test_decidim_file_in_the_platforms_locale_with_the_ideas_left_out(
    qtbot: object, session: Session, view: ExportView, tmp_path: Path
) -> None:
    import json

    from facilitator.domain.model import Idea

    meeting = create_demo(session.ws)
    session.ws.ideas.add(Idea(meeting_id=meeting.id, text="Des bancs"))
    view.reload()
    view.set_meeting(meeting.id)
    _choose(view, ExportFormat.DECIDIM)
    assert not view.platform_locale.isHidden()
    # the meeting's language unless told otherwise
    assert view.platform_locale.placeholderText() == "fr"
    view.decidim_format.setCurrentIndex(view.decidim_format.findData("json"))
    view.platform_locale.setText("ca")
    view.chosen_path = tmp_path / "p.json"
    with qtbot.waitSignal(view.export_finished, timeout=30000):  # type: ignore[attr-defined]
        view.export_button.click()
    rows = json.loads((tmp_path / "p.json").read_text())
    assert rows and all(list(r["title"]) == ["ca"] for r in rows)
    status = view.status.text()
    assert "Des bancs" in status and "title is too short" in status
    assert "Give the proposal a title of its own" in status  # and what to do about it


def test_a_bad_locale_is_refused_before_anything_is_written(
    qtbot: object, session: Session, view: ExportView, tmp_path: Path
) -> None:
    _demo_checked(session, view, ExportFormat.DECIDIM)
    view.platform_locale.setText("Français")
    view.chosen_path = tmp_path / "p.xlsx"
    with qtbot.waitSignal(view.failed, timeout=30000) as blocker:  # type: ignore[attr-defined]
        view.export_button.click()
    assert "locale" in blocker.args[0]
    assert not (tmp_path / "p.xlsx").exists()
