"""The right-click menu on ideas: what the Ideas menu offers for the selection, and a theme
to give it (an existing one, or none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from facilitator.ui import commands, icons

if TYPE_CHECKING:
    from facilitator.ui.ideas_view import IdeasView


def idea_menu(view: IdeasView) -> QMenu:
    """Built afresh at each right-click: it follows the selection and the themes."""
    menu = QMenu(view)
    selected = view.selected_ideas()
    for action, icon in (
        (view.act_edit, "pencil"),
        (None, ""),
        (view.act_merge, "merge"),
        (view.act_split, "split"),
        (view.act_hide, "eye-off"),
        (None, ""),
        (view.act_up, "arrow-up"),
        (view.act_down, "arrow-down"),
        (None, ""),
        (view.act_poll, "vote"),
    ):
        if action is None:
            menu.addSeparator()
            continue
        action.setIcon(icons.icon(icon))
        menu.addAction(action)
    themes = menu.addMenu(icons.icon("tag"), QCoreApplication.translate("IdeaMenu", "&Theme"))
    themes.setEnabled(bool(selected))
    ids = [i.id for i in selected]
    for theme in view.themes.themes():
        act = themes.addAction(icons.swatch(view.themes.colour(theme)), theme)
        act.setCheckable(True)
        act.setChecked(bool(selected) and all(i.theme == theme for i in selected))
        act.triggered.connect(
            lambda _=False, t=theme: view.session.perform(commands.set_theme(ids, t))
        )
    themes.addSeparator()
    none = themes.addAction(QCoreApplication.translate("IdeaMenu", "No theme"))
    none.triggered.connect(lambda: view.session.perform(commands.set_theme(ids, "")))
    return menu
