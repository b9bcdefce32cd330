"""``facilitator serve`` and ``facilitator tickets``: the phone server without the desktop app."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from facilitator.domain.errors import current_language
from facilitator.lan.qr import short_address, write_qr_png
from facilitator.lan.server import PhoneServer
from facilitator.storage import Workspace


def _say(text: str, *, err: bool = False) -> None:
    """Command output, flushed at once: scripts and tests read the join URL as it comes."""
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n")
    stream.flush()


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve a meeting's phones until SIGINT or SIGTERM; print the join URL first."""
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with Workspace.open(args.data_dir_path) as ws:
            meeting = ws.meetings.find(args.meeting)
            server = PhoneServer(ws, meeting.id, host=args.host, port=args.port or 0)
            url = server.start()
            try:
                _say(url)
                choice = server.address
                if choice is not None and choice.warning_en:
                    warning = choice.warning_fr if current_language() == "fr" else choice.warning_en
                    _say(f"facilitator: {warning}", err=True)
                if args.qr_png:
                    write_qr_png(url, Path(args.qr_png))
                _say(f"# {short_address(url)} — Ctrl+C pour arrêter / to stop", err=True)
                stop.wait()
            finally:
                server.stop()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def cmd_tickets(args: argparse.Namespace) -> int:
    """Issue ``--count`` tickets and print them as cards to ``--pdf``; print the PDF path."""
    from facilitator.lan.tickets import check_writable, ticket_base_url, write_tickets_pdf

    with Workspace.open(args.data_dir_path) as ws:
        meeting = ws.meetings.find(args.meeting)
        check_writable(Path(args.pdf))  # issue no ticket that cannot be printed
        tickets = ws.tickets.issue(meeting.id, args.count)
        base = ticket_base_url(getattr(args, "host", None), getattr(args, "port", None))
        path = write_tickets_pdf(meeting, tickets, Path(args.pdf), base)
    _say(str(path))
    return 0
