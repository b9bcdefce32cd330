"""The main window's menus: every command of the window, its shortcut and its icon (the
shortcuts sheet of the Help menu is read from them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from facilitator.ui import icons, settings
from facilitator.ui.undo import StackAction

if TYPE_CHECKING:
    from facilitator.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def build_menus(window: MainWindow) -> None:
    """Fill the window's menu bar (the Ideas and Polls menus get their sections' actions when
    the first meeting opens)."""

    def add(
        menu: QMenu, text: str, slot: Any, shortcut: Shortcut = None, icon: str = ""
    ) -> QAction:
        action = QAction(text, window)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    add(
        file_menu,
        QCoreApplication.translate("MainWindow", "&New meeting…"),
        window.new_meeting,
        QKeySequence.StandardKey.New,
        icon="plus",
    )
    add(
        file_menu,
        QCoreApplication.translate("MainWindow", "Create the &demo meeting"),
        window.create_demo,
        icon="sparkles",
    )
    file_menu.addSeparator()
    add(
        file_menu,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
        icon="log-out",
    )

    edit_menu = window.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    stack = window.session.undo_stack
    undo = StackAction(
        stack,
        window,
        QCoreApplication.translate("MainWindow", "&Undo"),
        window.session.undo,
        pending=window.session.edits_pending,
    )
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setIcon(icons.icon("undo-2"))
    redo = StackAction(
        stack,
        window,
        QCoreApplication.translate("MainWindow", "&Redo"),
        window.session.redo,
        redo=True,
    )
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setIcon(icons.icon("redo-2"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    window.undo_action = undo
    window.redo_action = redo
    edit_menu.addSeparator()
    add(
        edit_menu,
        QCoreApplication.translate("MainWindow", "&Find in every meeting…"),
        window.show_find,
        QKeySequence.StandardKey.Find,
        icon="search",
    )

    meeting_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Meeting"))
    window.meeting_actions = []
    window.meeting_actions.append(
        add(
            meeting_menu,
            QCoreApplication.translate("MainWindow", "&Back to meetings"),
            window.show_meetings,
            "Alt+Left",
            icon="arrow-left",
        )
    )
    window.meeting_actions.append(
        add(
            meeting_menu,
            QCoreApplication.translate("MainWindow", "Meeting &details…"),
            window.edit_meeting,
            "Ctrl+E",
            icon="pencil",
        )
    )
    meeting_menu.addSeparator()
    sections = (
        (QCoreApplication.translate("MainWindow", "&Ideas"), 0),
        (QCoreApplication.translate("MainWindow", "&Polls"), 1),
        (QCoreApplication.translate("MainWindow", "&Attendance"), 2),
        (QCoreApplication.translate("MainWindow", "S&ync"), 3),
        (QCoreApplication.translate("MainWindow", "&Export"), 4),
    )
    for number, (text, index) in enumerate(sections, start=1):
        window.meeting_actions.append(
            add(
                meeting_menu,
                text,
                lambda _=False, i=index: window.meeting.tabs.setCurrentIndex(i),
                f"Ctrl+{number}",
            )
        )
    meeting_menu.addSeparator()
    window.meeting_actions.append(
        add(
            meeting_menu,
            QCoreApplication.translate("MainWindow", "Print &tickets…"),
            window.print_tickets,
            icon="copy",
        )
    )

    # filled with the sections' own actions when the first meeting opens
    window.ideas_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Ideas"))
    window.polls_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Polls"))

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window.meeting_actions.append(
        add(
            view_menu,
            QCoreApplication.translate("MainWindow", "&Projector window"),
            window.show_projector,
            "F5",
            icon="presentation",
        )
    )
    window.meeting_actions.append(
        add(
            view_menu,
            QCoreApplication.translate("MainWindow", "P&resenter view"),
            window.show_presenter,
            "Ctrl+F5",
        )
    )
    add(
        view_menu,
        QCoreApplication.translate("MainWindow", "Projector in &dark colours"),
        window._toggle_projector_dark,
    )
    add(
        view_menu,
        QCoreApplication.translate("MainWindow", "Move the projector to the &next screen"),
        window._projector_next_screen,
    )

    settings_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    language_menu = settings_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    saved = window.session.settings.text(settings.LANGUAGE)
    for text, code in (
        (QCoreApplication.translate("MainWindow", "Follow the system"), ""),
        ("Français", "fr"),
        ("English", "en"),
    ):
        action = QAction(text, window, checkable=True)
        action.setChecked(saved == code)
        action.triggered.connect(lambda _=False, c=code: window._set_language(c))
        group.addAction(action)
        language_menu.addAction(action)
    add(
        settings_menu,
        QCoreApplication.translate("MainWindow", "&Wi-Fi shown on the projector…"),
        window.edit_wifi,
    )

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    add(
        help_menu,
        QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
        window.show_shortcuts,
        "Ctrl+Shift+/",
        icon="keyboard",
    )
    add(
        help_menu,
        QCoreApplication.translate("MainWindow", "&User guide"),
        window.show_guide,
        QKeySequence.StandardKey.HelpContents,
        icon="book-open",
    )
    add(
        help_menu,
        QCoreApplication.translate("MainWindow", "&Report a problem…"),
        window.report_problem,
        icon="bug",
    )
    help_menu.addSeparator()
    add(
        help_menu,
        QCoreApplication.translate("MainWindow", "&About Facilitator"),
        window.about,
        icon="circle-help",
    )
