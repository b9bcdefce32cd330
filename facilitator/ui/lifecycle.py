"""The desktop app's process and the world around it: its icon and desktop identity, quitting on
a termination signal, and telling a launcher (benchmarks, the frozen build's smoke test) when
the main window is up.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
from types import FrameType

from PySide6.QtCore import QAbstractEventDispatcher, QSocketNotifier
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from facilitator import APP_ID, resources

#: When set to 1, the app writes ``ready`` on stdout once its main window is shown and the
#: event loop is idle, the moment a person could start typing.
READY_ENV = "FACILITATOR_PRINT_READY"

#: The wake-up sockets and their notifier live as long as the process.
_kept_alive: list[object] = []


#: The application property set while SIGTERM or SIGINT closes the windows.
TERMINATING = "facilitator-terminating"


def set_identity(app: QApplication) -> None:
    """Window icon, and the desktop entry's name (Wayland matches windows to menu entries by it)."""
    icon = QIcon()
    for path in sorted(resources.asset("icons").glob("facilitator-*.png")):
        icon.addFile(str(path))
    app.setWindowIcon(icon)
    app.setDesktopFileName(APP_ID)


def quit_on_termination(app: QApplication) -> None:
    """SIGTERM and SIGINT (log-out, shut-down, Ctrl+C in a terminal) close the windows the way
    the user would, so notes are saved and the workspace and phone server close cleanly.

    Python runs a signal handler between two bytecodes of whatever the main thread is doing,
    which may be a paint event; closing windows from there leaves Qt flushing a window that is
    gone. So the handler does nothing itself: the signal number reaches a socket
    (``signal.set_wakeup_fd``) that the event loop watches, and the windows close from there.
    """
    if sys.platform == "win32":
        return  # no SIGTERM there; Windows ends a GUI app through its windows
    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno(), warn_on_full_buffer=False)
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, app)
    wanted = {signal.SIGTERM, signal.SIGINT}

    def on_wakeup() -> None:
        try:
            received = set(receiver.recv(64))
        except BlockingIOError:
            return
        if received & wanted:
            app.setProperty(TERMINATING, True)  # no question asked: the system is leaving
            app.closeAllWindows()
            app.quit()  # even if a window refused to close, or a dialog runs its own loop

    notifier.activated.connect(on_wakeup)
    for signum in wanted:
        signal.signal(signum, _leave_it_to_the_event_loop)
    _kept_alive.extend((receiver, sender, notifier))


def _leave_it_to_the_event_loop(_signum: int, _frame: FrameType | None) -> None:
    """A Python handler must exist for the wake-up byte to be written; the work is in the loop."""


def announce_when_ready(app: QApplication, window: QWidget) -> None:
    """Print ``ready`` once, at the first idle moment after ``window`` is shown (see READY_ENV)."""
    if os.environ.get(READY_ENV) != "1":
        return
    dispatcher = QAbstractEventDispatcher.instance()
    if dispatcher is None:
        return

    def idle() -> None:
        if window.isVisible():
            dispatcher.aboutToBlock.disconnect(idle)
            sys.stdout.write("ready\n")
            sys.stdout.flush()

    dispatcher.aboutToBlock.connect(idle)
