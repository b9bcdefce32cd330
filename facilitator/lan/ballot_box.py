"""A room's burst of ballots, written as a few write jobs rather than one job per phone.

When a room votes at once, the ballots that arrive while the writer is busy wait here and go
to it together, as one job (``BallotRepository.submit_casts``): the poll is read once for all
of them, and the writer thread tells this server's loop once per group, not once per phone.
Each phone still hears back only once the transaction holding its own ballot has committed,
and a refused ballot (a closed poll, a missing ticket) is refused alone.
"""

from __future__ import annotations

import asyncio
import contextlib
from concurrent.futures import Future

from facilitator.domain.model import Ballot
from facilitator.storage import Workspace
from facilitator.storage.ballots import CastResult

#: The most ballots one write job carries; more waiting go as further jobs at once.
MAX_GROUP = 256

_Waiting = list[tuple[Ballot, "asyncio.Future[CastResult]"]]


class BallotBox:
    """Ballots on their way to the workspace, grouped. Used on the server's loop only."""

    def __init__(self, workspace: Workspace, max_group: int = MAX_GROUP) -> None:
        self._ws = workspace
        self._max_group = max_group
        self._waiting: _Waiting = []
        self._in_flight = 0  # groups handed to the writer and not settled yet

    async def cast(self, ballot: Ballot) -> CastResult:
        """Record ``ballot``; return once it is on disk (or raise its refusal)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[CastResult] = loop.create_future()
        self._waiting.append((ballot, future))
        if not self._in_flight or len(self._waiting) >= self._max_group:
            self._send(loop)
        return await future

    def _send(self, loop: asyncio.AbstractEventLoop) -> None:
        group = self._waiting[: self._max_group]
        del self._waiting[: self._max_group]
        try:
            written = self._ws.ballots.submit_casts([ballot for ballot, _ in group])
        except Exception as exc:  # noqa: BLE001 - the workspace is closed: each caller hears it
            _settle(group, exc)
            return
        self._in_flight += 1

        def committed(done: Future[list[CastResult | Exception]]) -> None:
            # on the writer's thread, after the commit: one wake-up of the loop for the group
            with contextlib.suppress(RuntimeError):  # the loop has stopped: nobody is waiting
                loop.call_soon_threadsafe(self._settled, loop, group, done)

        written.add_done_callback(committed)

    def _settled(
        self,
        loop: asyncio.AbstractEventLoop,
        group: _Waiting,
        done: Future[list[CastResult | Exception]],
    ) -> None:
        self._in_flight -= 1
        failure = done.exception()
        _settle(group, failure if failure is not None else done.result())
        if self._waiting and not self._in_flight:
            self._send(loop)


def _settle(group: _Waiting, outcome: list[CastResult | Exception] | BaseException) -> None:
    for n, (_, future) in enumerate(group):
        if future.done():
            continue  # its request was given up (the phone went away); its ballot stands
        result = outcome if isinstance(outcome, BaseException) else outcome[n]
        if isinstance(result, BaseException):
            future.set_exception(result)
        else:
            future.set_result(result)
