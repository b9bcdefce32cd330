"""Keeping the garbage collector from stalling the window.

A full collection walks every object the app holds (Qt wrappers, the meeting's ideas, the web
stack of the phone server) while holding the GIL, and the phone server's requests make enough
short-lived objects to set one off every second or so: each stalled the window for 20 to 60 ms.
Objects that live as long as the app are put out of the collector's sight (``gc.freeze``) once
they exist: at start-up, when a meeting opens, when the phone server starts. They are still
freed when nothing refers to them; only cycles among them would wait, and they hold none.
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    gc.freeze()
