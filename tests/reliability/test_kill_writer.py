"""Kill a writing process with SIGKILL mid-burst: every acknowledged write must survive."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from facilitator.storage import Workspace

WRITER = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from facilitator.domain.model import (
        Ballot, Channel, Idea, Meeting, Poll, PollMethod, PollOption)
    from facilitator.storage import Workspace

    ws = Workspace.open(Path(sys.argv[1]))
    meeting = ws.meetings.create(Meeting(title="Réunion interrompue"))
    poll = ws.polls.create(Poll(meeting_id=meeting.id, question="Lequel ?",
        method=PollMethod.SINGLE, options=(PollOption(label="A"), PollOption(label="B"))))
    ws.polls.open(poll.id)
    out = threading.Lock()
    print("MEETING", meeting.id, poll.id, flush=True)

    def ack(kind, ident):
        with out:
            sys.stdout.write(f"ACK {kind} {ident}\\n")
            sys.stdout.flush()

    def ideas(n):
        for k in range(100000):
            idea = ws.ideas.add(Idea(meeting_id=meeting.id, text=f"thread {n} idée {k}"))
            ack("idea", idea.id)

    def ballots(n):
        for k in range(100000):
            result = ws.ballots.cast(Ballot(poll_id=poll.id, voter=f"device:{n}:{k}",
                channel=Channel.PHONE, content={"option": poll.options[k % 2].id}))
            ack("ballot", result.ballot.idempotency_key)

    threads = [threading.Thread(target=ideas, args=(n,)) for n in range(3)]
    threads += [threading.Thread(target=ballots, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    """
)


def test_sigkill_during_a_burst_loses_no_acknowledged_write(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    proc = subprocess.Popen(
        [sys.executable, str(script), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    header = proc.stdout.readline().split()
    assert header[0] == "MEETING", proc.stderr.read() if proc.stderr else ""
    meeting_id, poll_id = header[1], header[2]
    acked: dict[str, set[str]] = {"idea": set(), "ballot": set()}
    while sum(len(v) for v in acked.values()) < 600:
        line = proc.stdout.readline()
        assert line, "the writer stopped before being killed"
        _, kind, ident = line.split()
        acked[kind].add(ident)
    os.kill(proc.pid, signal.SIGKILL)
    # acknowledgements already in the pipe were printed before the kill: they count too
    for line in proc.stdout.read().splitlines():
        parts = line.split()
        if len(parts) == 3:
            acked[parts[1]].add(parts[2])
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()

    with Workspace.open(data_dir) as ws:
        assert ws.db.integrity_check() == "ok"
        stored_ideas = {i.id for i in ws.ideas.for_meeting(meeting_id)}
        stored_keys = {b.idempotency_key for b in ws.ballots.for_poll(poll_id)}
        assert acked["idea"] and acked["ballot"]
        assert acked["idea"] <= stored_ideas
        assert acked["ballot"] <= stored_keys
        # every stored change has its journal entry (written in the same transaction)
        journalled = {e.entity_id for e in ws.journal.entries(meeting_id, "idea")}
        assert stored_ideas <= journalled
