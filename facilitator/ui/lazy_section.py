"""A meeting section built the first time it is needed, so opening a meeting stays quick.

The Sync and Export sections pull in the network and spreadsheet libraries: importing them
took half a second or more, which every meeting opened paid even when those sections were
never looked at. A :class:`LazySection` stands in the tab: when first shown it imports the slow
modules on the task runner while it says "Loading…", then builds the real widget on the main
thread. :meth:`LazySection.load_now` builds it at once for a caller that needs it right away.

Signals:
    built(QWidget): the section's widget exists (emitted once).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.ui.session import Session

log = logging.getLogger(__name__)


def placeholder(text: str) -> QWidget:
    """A centred line of plain text filling a section."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(label)
    return widget


class LazySection(QWidget):
    built = Signal(QWidget)

    def __init__(
        self,
        session: Session,
        build: Callable[[], QWidget],
        preload: Sequence[str],
        unavailable: str,
        parent: QWidget | None = None,
    ) -> None:
        """``build`` makes the widget (main thread); ``preload`` names the modules to import
        first on the task runner (no Qt widgets in them); ``unavailable`` is shown if that
        fails."""
        super().__init__(parent)
        self._session = session
        self._build = build
        self._preload = tuple(preload)
        self._unavailable = unavailable
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._loading: QWidget | None = None
        self.widget: QWidget | None = None

    def load(self) -> None:
        """Start building the section in the background (nothing if it is built or loading)."""
        if self.widget is not None or self._loading is not None:
            return
        self._loading = placeholder(self.tr("Loading…"))
        self._layout.addWidget(self._loading)

        def job() -> None:
            for name in self._preload:
                importlib.import_module(name)

        def failed(error: BaseException) -> None:
            log.error("a section could not load", exc_info=error)
            self._drop_loading()
            if self.widget is None:
                self._layout.addWidget(placeholder(self._unavailable))

        def done(_: object) -> None:
            self._finish()

        self._session.tasks.run(job, done, failed)

    def load_now(self) -> QWidget:
        """The section's widget, built now if it is not yet (imports on this thread)."""
        return self._finish()

    def _finish(self) -> QWidget:
        self._drop_loading()
        if self.widget is None:
            self.widget = self._build()
            self._layout.addWidget(self.widget)
            self.built.emit(self.widget)
        return self.widget

    def _drop_loading(self) -> None:
        if self._loading is not None:
            self._layout.removeWidget(self._loading)
            self._loading.deleteLater()
            self._loading = None
