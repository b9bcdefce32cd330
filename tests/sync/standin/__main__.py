"""``python -m tests.sync.standin [--lost R] [--errors R] [--throttle R] [--per-minute N]``:
a stand-in Decidim on loopback for trying the command line; prints its address."""

from __future__ import annotations

import argparse
import signal
import threading

from tests.sync.standin.server import Faults, StandIn


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--lost", type=float, default=0.0, help="share of answers lost")
    parser.add_argument("--errors", type=float, default=0.0, help="share of 5xx answers")
    parser.add_argument("--throttle", type=float, default=0.0, help="share of 429 answers")
    parser.add_argument("--per-minute", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rates = {"lost": args.lost}
    for name in ("500_after", "502", "503", "504"):
        rates[name] = args.errors / 4
    rates["429"] = args.throttle / 2
    rates["429_bare"] = args.throttle / 2
    server = StandIn(
        faults=Faults(rates=rates, seed=args.seed), per_minute=args.per_minute, latency=args.latency
    )
    print(server.start(args.port), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    s = server.store
    print(
        f"proposals={len(s.proposals)} closes={len(s.closes)} comments={len(s.comments)} "
        f"requests={server.requests} faults={len(server.faults.applied)}",
        flush=True,
    )
    server.stop()


if __name__ == "__main__":
    main()
