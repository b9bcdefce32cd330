"""Starting the desktop app: Qt application, translations, crash dialog, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.domain.errors import FacilitatorError
from facilitator.storage.workspace import Workspace
from facilitator.ui import i18n, lifecycle, settings
from facilitator.ui.crash import install_hook
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session

log = logging.getLogger(__name__)


def log_file() -> Path | None:
    """The file the composition root logs to, for the crash report."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def run(data_dir: Path, language: str | None = None, system_language: str = "en") -> int:
    """Open the desktop app on the workspace in ``data_dir``; return the exit code.

    ``language`` is the one asked for on the command line (None when not asked), and it beats
    the choice saved in Settings → Language, which beats ``system_language``.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    app.setApplicationDisplayName("Facilitator")
    lifecycle.set_identity(app)
    saved = settings.Settings(data_dir).text(settings.LANGUAGE)
    chosen = i18n.choose_language(language, saved, system_language)
    i18n.install(app, chosen)
    from facilitator.ui import style

    style.follow_system(app)  # light or dark, as the system says, and when it changes
    try:
        workspace = Workspace.open(data_dir)
    except FacilitatorError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Facilitator",
            error.text(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return 1
    session = Session(workspace, data_dir)
    window = MainWindow(session)
    install_hook(log_file(), session.messages.show_error)
    lifecycle.quit_on_termination(app)
    window.show()
    lifecycle.announce_when_ready(app, window)
    try:
        return app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        session.close()
