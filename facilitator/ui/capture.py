"""Capturing ideas while people talk: one line, Enter, and the next; a #theme files an idea.

Signals (CaptureBar):
    added(str): an idea typed here is stored (its id).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import Idea, split_theme_tag
from facilitator.domain.themes import match_theme
from facilitator.ui import commands, style
from facilitator.ui.session import Session


class CaptureBar(QWidget):
    added = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setPlaceholderText(
            self.tr("Type an idea and press Enter (add #theme to file it)")
        )
        self.line.setAccessibleName(self.tr("New idea"))
        self.line.setClearButtonEnabled(True)
        style.scaled(self.line, style.HEADING)
        self.line.returnPressed.connect(self.add)
        layout.addWidget(self.line, 4)
        self.theme = QComboBox()
        self.theme.setEditable(True)
        self.theme.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.theme.setAccessibleName(self.tr("Theme of new ideas"))
        self.theme.setToolTip(self.tr("Theme given to new ideas without a #theme (Ctrl+T)"))
        theme_edit = self.theme.lineEdit()
        assert theme_edit is not None
        theme_edit.setPlaceholderText(self.tr("No theme"))
        theme_edit.returnPressed.connect(self.line.setFocus)
        self.theme.setMinimumWidth(180)
        layout.addWidget(self.theme, 1)
        self.setFocusProxy(self.line)

    def focus(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_theme(self) -> None:
        self.theme.setFocus(Qt.FocusReason.ShortcutFocusReason)
        theme_edit = self.theme.lineEdit()
        if theme_edit is not None:
            theme_edit.selectAll()

    def use_theme(self, theme: str) -> None:
        """The theme of the ideas typed next (chosen in the list of themes)."""
        self.theme.setEditText(theme)
        self.line.setFocus()

    def set_themes(self, themes: list[str]) -> None:
        """The themes offered, keeping what is typed in the theme box."""
        existing = [self.theme.itemText(i) for i in range(self.theme.count())]
        if existing != themes:
            text = self.theme.currentText()
            self.theme.blockSignals(True)
            self.theme.clear()
            self.theme.addItems(themes)
            self.theme.setEditText(text)
            self.theme.blockSignals(False)

    def add(self) -> None:
        line = self.line.text().strip()
        if not line or self.meeting_id is None:
            return
        text, tag = split_theme_tag(line)
        if not text:
            # only a #theme: it becomes the theme of the next ideas
            self.theme.setEditText(tag)
            self.line.clear()
            return
        # a theme typed as an existing one, but for case or accents, files under that one
        known = [self.theme.itemText(i) for i in range(self.theme.count())]
        theme = match_theme(tag or self.theme.currentText().strip(), known)
        try:
            idea = Idea(meeting_id=self.meeting_id, text=text, theme=theme).validated()
        except FacilitatorError as error:
            self.session.messages.show_error(error)  # the line stays, to be corrected
            return
        self.line.clear()  # the next idea can be typed while this one is written

        def refused(_error: BaseException) -> None:
            if not self.line.text():
                self.line.setText(line)  # nothing typed is lost

        self.session.perform(
            commands.add_idea(idea), lambda stored: self.added.emit(stored.id), refused
        )
