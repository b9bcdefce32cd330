"""Rendering the engine's events: a rich progress bar on a terminal, one line per item
otherwise (logs, pipes, the tests)."""

from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from facilitator.sync.events import SyncEvent


class Reporter:
    """Callable for ``on_event``; call :meth:`close` when the sync ends."""

    def __init__(self, language: str, *, to_stderr: bool = False) -> None:
        self.language = language
        self.stream: TextIO = sys.stderr if to_stderr else sys.stdout
        self._bar: Progress | None = None
        self._task = None
        if self.stream.isatty():
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(
                "Propositions" if language == "fr" else "Proposals", total=None
            )

    def __call__(self, event: SyncEvent) -> None:
        text = event.message(self.language)
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=event.done, total=event.total or None)
            if event.kind in ("retry", "outcome") or event.state == "needs_attention":
                self._bar.console.print(text)
            return
        if event.kind == "item":
            prefix = f"[{event.done}/{event.total}] #{event.number} " if event.number else ""
            self.stream.write(f"{prefix}{text}\n")
        elif event.kind != "done":
            self.stream.write(f"{text}\n")
        self.stream.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
