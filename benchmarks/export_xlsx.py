"""How fast a very large meeting exports to xlsx, and at what memory cost.

Builds a workspace with one meeting holding 2,000 ideas and 100,000 ballots (spread over polls
of every method), exports it with ``facilitator.export.service.export_xlsx`` in a child
process (its own peak memory), then writes the very same cells with bare openpyxl write-only
mode in another child, and prints both times and their ratio.

    .venv/bin/python benchmarks/export_xlsx.py [--ballots 100000] [--ideas 2000]

Targets (issue 5): at most 15 s and 400 MB peak for 100,000 ballots and 2,000 ideas.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

TIME_TARGET_S = 15.0
MEMORY_TARGET_MB = 400.0


def build(data_dir: Path, ballots: int, ideas: int) -> str:
    from facilitator.domain.model import (
        Ballot,
        Channel,
        Idea,
        Meeting,
        MeetingStatus,
        Poll,
        PollMethod,
        PollOption,
        now,
    )
    from facilitator.storage import Workspace, codec, journal

    rng = random.Random(5)
    with Workspace.open(data_dir) as ws:
        meeting = ws.meetings.create(
            Meeting(
                title="Assemblée générale des budgets participatifs",
                place="Gymnase municipal",
                status=MeetingStatus.CLOSED,
            )
        )
        themes = ["Mobilités", "Écoles", "Espaces verts", "Culture", "Sport", ""]
        idea_rows = [
            codec.idea_row(
                Idea(
                    meeting_id=meeting.id,
                    text=f"Idée n° {n} : aménager le secteur {n % 97} pour tous les habitants",
                    theme=themes[n % len(themes)],
                    position=n,
                )
            )
            for n in range(ideas)
        ]

        def add_ideas(conn):  # type: ignore[no-untyped-def]
            for row in idea_rows:
                codec.insert(conn, "ideas", row)
            journal.record(conn, meeting.id, "idea", meeting.id, "create", {"bulk": ideas})

        ws.db.write(add_ideas)
        stored = ws.ideas.for_meeting(meeting.id)
        polls = [
            ws.polls.create(
                Poll(
                    meeting_id=meeting.id,
                    question=f"Vote {method.value}",
                    method=method,
                    options=tuple(
                        PollOption(label=i.text, idea_id=i.id) for i in stored[k * 8 : k * 8 + 8]
                    )
                    if method is not PollMethod.YES_NO_ABSTAIN
                    else (),
                )
            )
            for k, method in enumerate(PollMethod)
        ]
        for poll in polls:
            ws.polls.open(poll.id)
        polls = [ws.polls.get(p.id) for p in polls]
        start = now() - timedelta(hours=2)

        def content(poll: Poll) -> dict[str, object]:
            ids = [o.id for o in poll.options]
            method = poll.method
            if method is PollMethod.SINGLE:
                return {"option": rng.choice(ids)}
            if method in (PollMethod.APPROVAL, PollMethod.UPVOTES):
                return {"options": sorted(rng.sample(ids, 3), key=ids.index)}
            if method is PollMethod.YES_NO_ABSTAIN:
                return {"answer": rng.choice(["yes", "no", "abstain"])}
            if method is PollMethod.DOTS:
                return {"points": {rng.choice(ids): 5}}
            return {"grades": {i: rng.randrange(7) for i in ids}}

        rows = []
        for n in range(ballots):
            poll = polls[n % len(polls)]
            rows.append(
                codec.ballot_row(
                    Ballot(
                        poll_id=poll.id,
                        voter=f"phone-{n}",
                        channel=Channel.PHONE,
                        content=content(poll),
                        cast_at=start + timedelta(milliseconds=50 * n),
                    )
                )
            )

        def add_ballots(conn):  # type: ignore[no-untyped-def]
            for row in rows:
                codec.insert(conn, "ballots", row)
            journal.record(conn, meeting.id, "ballot", meeting.id, "create", {"bulk": ballots})

        ws.db.write(add_ballots)
        return meeting.id


def child_export(data_dir: Path, meeting_id: str, out: Path) -> dict[str, float]:
    from facilitator.export import service
    from facilitator.storage import Workspace

    with Workspace.open(data_dir) as ws:
        started = time.perf_counter()
        result = service.export_xlsx(ws, [meeting_id], out)
        elapsed = time.perf_counter() - started
    return {
        "seconds": elapsed,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "ballots": result.counts["ballots"],
        "charts": result.charts,
    }


def child_bare(source: Path, out: Path) -> dict[str, float]:
    """The same cells written with bare openpyxl write-only mode (values read back first)."""
    from openpyxl import Workbook, load_workbook

    book = load_workbook(source, read_only=True)
    sheets = [(s.title, [list(r) for r in s.iter_rows(values_only=True)]) for s in book.worksheets]
    book.close()
    cells = sum(len(r) for _, rows in sheets for r in rows)
    started = time.perf_counter()
    bare = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = bare.create_sheet(title)
        for row in rows:
            sheet.append(row)
    bare.save(out)
    return {"seconds": time.perf_counter() - started, "cells": cells}


def _child(*args: str) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ballots", type=int, default=100_000)
    parser.add_argument("--ideas", type=int, default=2_000)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "export":
            print(json.dumps(child_export(Path(rest[0]), rest[1], Path(rest[2]))))
        else:
            print(json.dumps(child_bare(Path(rest[0]), Path(rest[1]))))
        return
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as tmp:
        base = Path(tmp)
        started = time.perf_counter()
        meeting_id = build(base / "data", args.ballots, args.ideas)
        print(
            f"built {args.ballots:,} ballots and {args.ideas:,} ideas in "
            f"{time.perf_counter() - started:.1f} s"
        )
        ours = _child("export", str(base / "data"), meeting_id, str(base / "ours.xlsx"))
        bare = _child("bare", str(base / "ours.xlsx"), str(base / "bare.xlsx"))
        size = (base / "ours.xlsx").stat().st_size / 1e6
        ratio = ours["seconds"] / bare["seconds"]
        print(
            f"export_xlsx:          {ours['seconds']:6.2f} s, peak {ours['peak_mb']:6.0f} MB, "
            f"{int(ours['ballots']):,} ballot rows, {int(ours['charts'])} charts, {size:.1f} MB"
        )
        print(f"bare openpyxl (same {int(bare['cells']):,} cells): {bare['seconds']:6.2f} s")
        print(f"ratio export / bare:  {ratio:6.2f}")
        ok_time = ours["seconds"] <= TIME_TARGET_S
        ok_memory = ours["peak_mb"] <= MEMORY_TARGET_MB
        print(
            f"targets: time <= {TIME_TARGET_S:.0f} s {'OK' if ok_time else 'MISSED'}, "
            f"peak <= {MEMORY_TARGET_MB:.0f} MB {'OK' if ok_memory else 'MISSED'}"
        )


if __name__ == "__main__":
    main()
