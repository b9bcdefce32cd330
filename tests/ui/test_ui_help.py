"""The Help menu: the shortcuts sheet made from what the window binds, the guide, a report."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextDocument

from facilitator import __version__
from facilitator.ui.crash import CrashDialog
from facilitator.ui.help import bound_shortcuts, guide_path, write_pdf
from facilitator.ui.main_window import MainWindow


def _menu_actions(window: MainWindow) -> list[QAction]:
    found = []

    def walk(menu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.shortcut().isEmpty():
                found.append(action)

    for top in window.menuBar().actions():
        walk(top.menu())
    return found


def test_the_sheet_lists_every_shortcut_the_window_binds(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    sheet = window.show_shortcuts()
    qtbot.waitUntil(sheet.isVisible)
    text = sheet.text.toPlainText()
    actions = _menu_actions(window)
    assert len(actions) > 25
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys in text, action.text()
    # a shortcut bound later shows up without anyone editing a list
    extra = QAction("Say hello", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+H"))
    window.addAction(extra)
    assert ("Elsewhere", "Say hello", "Ctrl+Alt+H") in bound_shortcuts(window)

    pdf = write_pdf(sheet.page, tmp_path / "shortcuts.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1, "one page to print"
    sheet.close()


def test_the_guide_opens_in_the_interface_language(
    qtbot, language: str, window: MainWindow
) -> None:
    guide = window.show_guide()
    qtbot.waitUntil(guide.isVisible)
    title = "Guide du porte-parole" if language == "fr" else "The spokesperson's guide"
    assert guide.text.toPlainText().startswith(title)
    guide.close()


def test_report_a_problem_opens_the_crash_dialog_without_a_crash(qtbot, window: MainWindow) -> None:
    dialog = window.report_problem()
    assert isinstance(dialog, CrashDialog)
    qtbot.waitUntil(dialog.isVisible)
    report = dialog.report.toPlainText()
    assert report.startswith(f"Facilitator {__version__}")
    assert "Traceback" not in report
    dialog.report.appendPlainText("The projector went black")
    dialog.copy_report()
    assert "The projector went black" in QGuiApplication.clipboard().text()
    dialog.close()


def _guide_images(markdown: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", markdown)


def test_the_guide_shows_its_images_fitted_to_its_window(
    qtbot, language: str, window: MainWindow
) -> None:
    guide = window.show_guide()
    qtbot.waitUntil(guide.isVisible)
    images = _guide_images(guide_path(language).read_text(encoding="utf-8"))
    assert len(images) >= 8
    room = guide.text.viewport().width()
    for source in images:
        assert not source.startswith(("/", "http", "..")), source
        image = guide.text.document().resource(
            QTextDocument.ResourceType.ImageResource, QUrl(source)
        )
        assert image is not None and not image.isNull(), source
        assert image.width() <= room, (source, image.width(), room)
    guide.close()
