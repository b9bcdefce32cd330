"""The one message bridge: code reports to the user through it, never by opening a dialog.

Signals:
    info(str): something worth a line in the status bar ("Idea added").
    warning(str): an expected problem the user should read (a refused count, a full disk).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from facilitator.domain.errors import FacilitatorError

log = logging.getLogger(__name__)


class MessageBridge(QObject):
    info = Signal(str)
    warning = Signal(str)

    def show_info(self, text: str) -> None:
        self.info.emit(text)

    def show_warning(self, text: str) -> None:
        self.warning.emit(text)

    def show_error(self, error: FacilitatorError) -> None:
        """An expected failure: its message in the user's language, no traceback."""
        log.info("expected failure shown to the user: %s", error.en)
        self.warning.emit(error.text())
