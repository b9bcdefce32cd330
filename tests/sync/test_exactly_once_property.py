"""A stateful property: syncs interleaved with faults and kills (at any request, before or
after the platform applied it) never duplicate, and always converge to exactly once."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from facilitator.storage import Workspace
from facilitator.sync.engine import SyncEngine
from facilitator.sync.errors import SyncError
from facilitator.sync.events import SyncOptions
from facilitator.sync.session import open_session
from tests.decidim import GOOD_IDEAS, FakeClock, link, make_meeting
from tests.sync.standin.server import FAULTS, Faults, StandIn
from tests.sync.standin.store import Clock, Store

RUNS: list[int] = []


class Killed(BaseException):
    """The process died here (nothing after this point ran)."""


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = tempfile.TemporaryDirectory()
        self.clock = FakeClock()
        store = Store(clock=Clock(self.clock))
        store.seed()
        self.server = StandIn(store, Faults(), per_minute=10_000)
        self.server.faults.slow_seconds = 0.25
        self.server.start()
        self.ws = Workspace.open(Path(self.dir.name) / "data")
        self.meeting = make_meeting(self.ws)
        link(self.ws, self.meeting, self.server, meetings_component="20")
        RUNS.append(0)

    def _engine(self, kill_at: int | None, after: bool) -> tuple[SyncEngine, Any]:
        session = open_session(self.server.url, clock=self.clock, timeout=0.15)
        calls = {"n": 0}
        real = session.gql.execute

        def execute(document: str, variables: Any = None) -> Any:
            calls["n"] += 1
            if kill_at is not None and calls["n"] == kill_at and not after:
                raise Killed
            result = real(document, variables)
            if kill_at is not None and calls["n"] == kill_at:
                raise Killed  # the platform applied it; the answer died with the process
            return result

        session.gql.execute = execute  # type: ignore[method-assign]
        options = SyncOptions(max_attempts=4, settle=1.0)
        return SyncEngine(self.ws, session.gql, clock=self.clock, options=options), session

    @rule(
        faults=st.lists(st.sampled_from(FAULTS), max_size=4),
        kill_at=st.none() | st.integers(1, 12),
        after=st.booleans(),
    )
    def sync(self, faults: list[str], kill_at: int | None, after: bool) -> None:
        RUNS[-1] += 1
        self.server.faults.plan = list(faults)
        engine, session = self._engine(kill_at, after)
        try:
            engine.run(self.meeting.id)
        except (Killed, SyncError):
            pass
        finally:
            session.close()

    @invariant()
    def never_a_duplicate(self) -> None:
        titles = Counter(p["title"]["fr"] for p in self.server.store.proposals.values())
        assert all(n == 1 for n in titles.values()), titles
        assert len(self.server.store.closes) <= 1

    def teardown(self) -> None:
        try:
            self.server.faults.plan = []
            engine, session = self._engine(None, False)
            with session:
                summary = engine.run(self.meeting.id)
            titles = Counter(p["title"]["fr"] for p in self.server.store.proposals.values())
            assert sorted(titles) == sorted(GOOD_IDEAS)
            assert set(titles.values()) == {1}
            assert len(self.server.store.closes) == 1
            assert summary.outcome is not None and summary.outcome.kind == "closed"
        finally:
            self.ws.close()
            self.server.stop()
            self.dir.cleanup()


@pytest.fixture(autouse=True)
def _keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACILITATOR_DECIDIM_API_KEY", "api-key-1")
    monkeypatch.setenv("FACILITATOR_DECIDIM_API_SECRET", "api-secret-1")


TestExactlyOnce = SyncMachine.TestCase
TestExactlyOnce.settings = settings(
    max_examples=20,
    stateful_step_count=5,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def test_report_examples() -> None:
    """Runs after the machine (file order): the examples and syncs it made, for the record."""
    print(f"exactly-once property: {len(RUNS)} examples, {sum(RUNS)} interrupted syncs")
