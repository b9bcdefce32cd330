"""How many requests and how long a 500-idea meeting takes to reach a Decidim, in real time.

Runs the engine against the tests' stand-in Decidim on loopback with its rate limit (100
requests a minute, like rack-attack's default) and 50 ms of latency: once on a clean link, once
with 20 % of the responses lost after the platform applied the request. Prints requests made,
requests per idea, wall time, the floor the rate limit sets, and the duplicates found.

    .venv/bin/python benchmarks/sync.py            # the real thing: a few minutes
    .venv/bin/python benchmarks/sync.py --quick    # the rate limit's window scaled 60 s -> 6 s

Targets (issue 9): at most 0.3 requests per idea clean, 1.5 with 20 % lost responses, wall
time within 1.2x the floor, no duplicate.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.domain.model import Idea, Meeting
from facilitator.storage import Workspace
from facilitator.storage.sync_state import SyncLink
from facilitator.sync.clock import RateLimit, SystemClock
from facilitator.sync.engine import SyncEngine
from facilitator.sync.events import SyncOptions
from facilitator.sync.session import open_session
from tests.sync.standin.server import Faults, StandIn

PER_MINUTE = 100
LATENCY = 0.05


def run(ideas: int, lost: float, window: float) -> dict[str, float]:
    server = StandIn(
        None,
        Faults(rates={"lost": lost}, seed=7) if lost else Faults(),
        per_minute=PER_MINUTE,
        latency=LATENCY,
        window=window,
    )
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
            start = datetime.now(UTC) - timedelta(hours=3)
            meeting = ws.meetings.create(
                Meeting(
                    "Grande consultation du quartier",
                    place="Gymnase",
                    starts_at=start,
                    ends_at=start + timedelta(hours=2),
                )
            )
            for n in range(ideas):
                ws.ideas.add(Idea(meeting.id, f"Proposition numéro {n} pour le quartier"))
            ws.sync_state.save_link(
                SyncLink(meeting.id, server.url, "10", "fr", meetings_component="20")
            )
            os.environ["FACILITATOR_DECIDIM_API_KEY"] = "api-key-1"
            os.environ["FACILITATOR_DECIDIM_API_SECRET"] = "api-secret-1"
            clock = SystemClock()
            with open_session(server.url, clock=clock, timeout=5.0) as session:
                session.limit.window = window  # the same scaled window as the stand-in's
                assert isinstance(session.limit, RateLimit)
                began = time.monotonic()
                summary = SyncEngine(
                    ws, session.gql, clock=clock, options=SyncOptions(settle=1.0)
                ).run(meeting.id)
                wall = time.monotonic() - began
                requests = session.requests
        titles = Counter(p["title"]["fr"] for p in server.store.proposals.values())
        floor = max(0, math.ceil(requests / PER_MINUTE) - 1) * window + requests * LATENCY
        return {
            "requests": requests,
            "per_idea": requests / ideas,
            "wall": wall,
            "floor": floor,
            "ratio": wall / floor if floor else 0.0,
            "duplicates": sum(n - 1 for n in titles.values()),
            "missing": ideas - len(titles),
            "throttled": server.throttled,
            "closed": float(summary.outcome is not None and summary.outcome.kind == "closed"),
        }
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ideas", type=int, default=500)
    parser.add_argument("--quick", action="store_true", help="a 6 s rate-limit window, not 60 s")
    args = parser.parse_args()
    window = 6.0 if args.quick else 60.0
    ok = True
    print(
        f"{args.ideas} ideas, {PER_MINUTE} requests per {window:.0f} s, {LATENCY * 1000:.0f} ms "
        "latency"
    )
    for name, lost, target in (("clean", 0.0, 0.3), ("20% lost", 0.2, 1.5)):
        r = run(args.ideas, lost, window)
        good = bool(
            r["per_idea"] <= target
            and r["ratio"] <= 1.2
            and r["duplicates"] == 0
            and r["missing"] == 0
            and r["closed"]
        )
        ok &= good
        print(
            f"{name:>9}: {r['requests']:.0f} requests ({r['per_idea']:.3f}/idea, target "
            f"{target}), wall {r['wall']:.1f} s, floor {r['floor']:.1f} s "
            f"(x{r['ratio']:.2f}, target 1.2), duplicates {r['duplicates']:.0f}, missing "
            f"{r['missing']:.0f}, 429s {r['throttled']:.0f}, closed {bool(r['closed'])} "
            f"{'ok' if good else 'MISSED'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
