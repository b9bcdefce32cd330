"""The crash dialog: an unexpected error, a report the user can copy, and where the log is."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__
from facilitator.domain.errors import FacilitatorError

log = logging.getLogger(__name__)


def _versions() -> list[str]:
    import platform

    return [
        f"Facilitator {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
    ]


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    import traceback

    lines = [*_versions(), *traceback.format_exception(exc_type, exc, tb)]
    return "\n".join(line.rstrip("\n") for line in lines)


def log_path() -> Path | None:
    """The app's log file (see app.setup_logging), if it logs to one."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_facilitator", False):
            name = getattr(handler, "baseFilename", None)
            return Path(name) if name else None
    return None


def problem_report() -> str:
    """The crash dialog's report without a crash (Help → Report a problem): versions, the
    system, a place to say what happened, and the log's last lines."""
    lines = [
        *_versions(),
        QCoreApplication.translate("CrashDialog", "What happened (please describe it here):"),
        "",
        "",
    ]
    path = log_path()
    if path is not None and path.exists():
        try:
            tail = path.read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
        except OSError as error:
            tail = [f"({error.strerror})"]
        lines += ["--- log ---", *tail]
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(
        self,
        report: str,
        log_path: Path | None,
        parent: QWidget | None = None,
        *,
        crashed: bool = True,
    ) -> None:
        super().__init__(parent)
        if crashed:
            self.setWindowTitle(self.tr("Facilitator ran into a problem"))
            text = self.tr(
                "Something unexpected happened. Your meeting is safe: every change was saved "
                "as you made it. Please copy this report and send it to whoever supports you."
            )
        else:
            self.setWindowTitle(self.tr("Report a problem"))
            text = self.tr(
                "Say in the report what happened and what you expected, then copy it and "
                "send it to whoever supports you. It holds the app's versions and the end of its "
                "log."
            )
        layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(crashed)
        self.report.setAccessibleName(self.tr("Crash report"))
        self.report.setMinimumSize(560, 260)
        layout.addWidget(self.report)
        if log_path is not None:
            where = QLabel(self.tr("Log file: %1").replace("%1", str(log_path)))
            where.setTextInteractionFlags(where.textInteractionFlags())
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy report"))
        copy.clicked.connect(self.copy_report)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def install_hook(
    log_path: Path | None, on_expected: Callable[[FacilitatorError], None]
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """Route uncaught exceptions: expected ones to the message bridge, others to the dialog."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if isinstance(exc, FacilitatorError):
            on_expected(exc)
            return
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if showing or QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        showing = True
        try:
            dialog = CrashDialog(crash_report(exc_type, exc, tb), log_path)
            dialog.exec()
        finally:
            showing = False

    sys.excepthook = hook
    return hook
