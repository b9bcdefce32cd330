"""How many connections this process can hold: the open-file limit, raised as far as allowed.

Every connection is an open file. macOS gives a program 256 by default, which a room (or one
hostile client) fills quickly; the hard limit is usually far higher and a process may raise
its own soft limit up to it. What is left after the files the server itself needs (the
workspace, one SQLite reader per worker thread, logs) is what phones may use.
"""

from __future__ import annotations

import logging
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no such limit on sockets
    resource = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

#: Files the server needs beside its connections: one SQLite reader (two files) for each of
#: Starlette's 40 worker threads, the writer, the log, and a margin.
RESERVED = 128
#: macOS refuses a soft limit above this even when the hard limit says "unlimited".
_MACOS_OPEN_MAX = 10240


def _open_now() -> int:
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            return sum(1 for _ in Path(folder).iterdir())
        except OSError:
            continue
    return 64


def raise_open_file_limit() -> int | None:
    """Raise the soft open-file limit to the hard one; return the soft limit now (None: none)."""
    if resource is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = [hard] if hard != resource.RLIM_INFINITY else []
    wanted += [_MACOS_OPEN_MAX]
    for target in wanted:
        if soft != resource.RLIM_INFINITY and target <= soft:
            break
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):
            continue
        log.info("open-file limit raised from %d to %d", soft, target)
        return target
    log.info("open-file limit: %s (hard limit %s)", soft, hard)
    return None if soft == resource.RLIM_INFINITY else int(soft)


def connection_budget(wanted: int) -> int:
    """How many connections the phone server may hold: ``wanted``, or what the files allow."""
    soft = raise_open_file_limit()
    if soft is None:
        return wanted
    budget = min(wanted, max(16, soft - _open_now() - RESERVED))
    if budget < wanted:
        log.warning(
            "the phone server can hold only %d connections at once (open-file limit %d)",
            budget,
            soft,
        )
    return budget
