"""The phone server's ballot box: a burst of ballots goes to the writer in a few jobs, and
each phone hears its own outcome, once its ballot is on disk."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from concurrent.futures import Future

import pytest

from facilitator.domain.errors import NotFoundError
from facilitator.domain.model import Ballot, Channel, Meeting, Poll, PollMethod
from facilitator.lan.ballot_box import BallotBox
from facilitator.storage import Workspace
from facilitator.storage.ballots import CastOutcome, CastResult
from facilitator.storage.errors import StorageError


def _ballot(poll_id: str, n: int) -> Ballot:
    return Ballot(
        poll_id=poll_id,
        voter=f"device:{n}",
        channel=Channel.PHONE,
        content={"answer": "yes" if n % 2 else "no"},
        idempotency_key=f"key-{n}",
    )


def _open_poll(ws: Workspace) -> Poll:
    meeting = ws.meetings.create(Meeting(title="Assemblée"))
    poll = ws.polls.create(Poll(meeting.id, "Fermer la rue ?", PollMethod.YES_NO_ABSTAIN))
    return ws.polls.open(poll.id)


def test_a_burst_goes_in_a_few_jobs_and_each_phone_hears_its_own_outcome(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    poll = _open_poll(ws)
    groups: list[int] = []
    submit = ws.ballots.submit_casts

    def counted(ballots: Sequence[Ballot]) -> Future[list[CastResult | Exception]]:
        groups.append(len(ballots))
        return submit(ballots)

    monkeypatch.setattr(ws.ballots, "submit_casts", counted)
    box = BallotBox(ws, max_group=64)
    ballots = [_ballot(poll.id, n) for n in range(300)]
    ballots[7] = _ballot("no-such-poll", 7)

    async def room() -> list[CastResult | BaseException]:
        return await asyncio.gather(*(box.cast(b) for b in ballots), return_exceptions=True)

    results = asyncio.run(room())

    assert isinstance(results[7], NotFoundError)
    recorded = [r for n, r in enumerate(results) if n != 7]
    assert all(isinstance(r, CastResult) and r.outcome is CastOutcome.RECORDED for r in recorded)
    assert [r.ballot.voter for r in recorded] == [  # type: ignore[union-attr]
        b.voter for n, b in enumerate(ballots) if n != 7
    ]
    assert sum(groups) == 300 and max(groups) <= 64
    assert len(groups) < 300 // 10  # grouped, not one job per phone
    # acknowledged means on disk: another connection reads every one of them
    assert ws.ballots.count(poll.id) == 299


def test_a_closed_workspace_refuses_each_ballot_clearly(ws: Workspace) -> None:
    poll = _open_poll(ws)
    box = BallotBox(ws)
    ws.close()

    async def vote() -> CastResult:
        return await box.cast(_ballot(poll.id, 1))

    with pytest.raises(StorageError) as refused:
        asyncio.run(vote())
    assert refused.value.en and refused.value.fr
