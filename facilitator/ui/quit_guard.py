"""Quitting while phones vote asks first: quitting ends the vote for the whole room."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.ui.lifecycle import TERMINATING


def ask_before_quitting(window: Any, event: QCloseEvent) -> bool:
    """Ask before ``window`` closes while phone voting runs; True when the close waits for the
    answer (``window.quit_question``). A log-out or shut-down (SIGTERM) does not ask."""
    app = QApplication.instance()
    if (
        window._quit_confirmed
        or window.session.phone_server is None
        or (app is not None and app.property(TERMINATING))
    ):
        return False
    event.ignore()
    if window.quit_question is not None:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("QuitGuard", "Phone voting is running"),
        QCoreApplication.translate(
            "QuitGuard",
            "Phones are connected to this meeting. Quitting stops phone voting: phones "
            "can no longer vote or send ideas. Every vote already received is saved.",
        ),
        parent=window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    quit_button = box.addButton(
        QCoreApplication.translate("QuitGuard", "Stop voting and &quit"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("QuitGuard", "&Keep voting"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered() -> None:
        window.quit_question = None
        if box.clickedButton() is quit_button:
            window._quit_confirmed = True
            window.close()

    box.finished.connect(answered)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.quit_question = box
    box.open()
    return True
