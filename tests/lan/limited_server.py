"""The phone server as ``facilitator serve`` runs it, in a process of its own, for the tests.

    python limited_server.py DATA_DIR MEETING_ID

Logs to DATA_DIR/logs like the command does; prints the join URL, then the open-file limit it
runs with; stops when its standard input closes. Loopback addresses are not exempt from the
limits here, so a test can play a room's hostile phones from 127.x addresses.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

from facilitator.app import setup_logging
from facilitator.lan.limits import Limits
from facilitator.lan.server import PhoneServer
from facilitator.storage import Workspace


def main() -> None:
    data_dir, meeting_id = Path(sys.argv[1]), sys.argv[2]
    setup_logging(data_dir / "logs")
    with Workspace.open(data_dir) as ws:
        server = PhoneServer(ws, meeting_id, host="127.0.0.1", limits=Limits(exempt_loopback=False))
        print(server.start(), flush=True)
        print(resource.getrlimit(resource.RLIMIT_NOFILE)[0], flush=True)
        try:
            sys.stdin.read()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
