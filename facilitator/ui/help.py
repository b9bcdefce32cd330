"""The Help menu: the keyboard shortcuts (a printable sheet made from the shortcuts the window
actually binds, so it cannot drift), the user guide, and a copyable report of a problem."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMainWindow,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator import resources
from facilitator.domain.errors import current_language
from facilitator.drawing.printing import a4_writer

log = logging.getLogger(__name__)

Shortcut = tuple[str, str, str]  # (section, what it does, keys)


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks and ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(sequences: list[QKeySequence]) -> str:
    return " / ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def bound_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every shortcut of the window's menus, by menu, then those bound outside them."""
    found: list[Shortcut] = []
    listed: set[int] = set()

    def walk(menu: QMenu, section: str) -> None:
        for action in menu.actions():
            inner = action.menu()
            if isinstance(inner, QMenu):
                walk(inner, section)
                continue
            keys = _keys(action.shortcuts())
            listed.add(id(action))
            if keys and not action.isSeparator():
                found.append((section, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    others = QCoreApplication.translate("Help", "Elsewhere")
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and id(action) not in listed and action.text():
            found.append((others, _plain(action.text()), keys))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        if keys and shortcut.whatsThis():
            found.append((others, shortcut.whatsThis(), keys))
    return found


def shortcuts_html(shortcuts: list[Shortcut]) -> str:
    """The sheet: one table per section, sized to print on one A4 page."""
    title = QCoreApplication.translate("Help", "Facilitator: keyboard shortcuts")
    parts = [
        "<html><head><meta charset='utf-8'><style>"
        "body{font-family:sans-serif;font-size:9pt} h1{font-size:14pt} h2{font-size:10pt;"
        "margin:6px 0 1px 0} td{padding:0 8px 0 0} td.k{font-weight:bold;white-space:pre}"
        "</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    section = None
    for where, what, keys in shortcuts:
        if where != section:
            if section is not None:
                parts.append("</table>")
            parts.append(f"<h2>{html.escape(where)}</h2><table>")
            section = where
        parts.append(f"<tr><td class='k'>{html.escape(keys)}</td><td>{html.escape(what)}</td></tr>")
    if section is not None:
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def write_pdf(page: str, path: Path) -> Path:
    """The sheet as a one-page A4 PDF (Qt's own writer: no printer needed)."""
    writer = a4_writer(str(path), "Facilitator", (12, 12, 12, 12))
    document = QTextDocument()
    document.setHtml(page)
    document.print_(writer)
    return path


class ShortcutsSheet(QDialog):
    """The shortcuts on screen, to save as a PDF and print."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.page = shortcuts_html(shortcuts)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setHtml(self.page)
        self.text.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save as PDF to print…"))
        self.save_button.clicked.connect(self.save_pdf)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the shortcuts"), "facilitator-shortcuts.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            write_pdf(self.page, Path(path))


def guide_path(language: str | None = None) -> Path:
    """The user guide in the interface's language (shipped in assets/guide)."""
    language = language or current_language()
    path = resources.asset("guide", f"{language}.md")
    return path if path.exists() else resources.asset("guide", "en.md")


class GuideText(QTextBrowser):
    """The guide's text: its images (paths relative to the guide, resolved by QTextBrowser
    from the guide's own address) scaled down to the width of the window, so a screenshot
    reads without scrolling sideways."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        data = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value or data is None:
            return data
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        # the scroll bar the long guide is about to get takes its share of the width
        bar = self.verticalScrollBar().sizeHint().width()
        room = max(self.viewport().width() - bar - 2 * self.document().documentMargin(), 200)
        if image.isNull() or image.width() <= room:
            return data
        return image.scaledToWidth(int(room), Qt.TransformationMode.SmoothTransformation)


class GuideWindow(QDialog):
    """The user guide, read in the app (its links between chapters and languages work)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        layout = QVBoxLayout(self)
        self.text = GuideText()
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.tr("User guide"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 760)
        # laid out now, so that the images are scaled to the text's real width
        layout.activate()
        self.text.setSource(
            QUrl.fromLocalFile(str(guide_path())), QTextDocument.ResourceType.MarkdownResource
        )
