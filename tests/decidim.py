"""Shared by the sync tests and the app's Sync section tests (registered in tests/conftest.py):
a fake clock shared by the engine and the stand-in, a stand-in Decidim on loopback, a meeting
with kept, merged, hidden and rule-breaking ideas and polls."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from facilitator.domain.model import (
    Attendance,
    Ballot,
    Channel,
    CountEntry,
    Idea,
    IdeaStatus,
    Meeting,
    PollMethod,
)
from facilitator.storage import Workspace
from facilitator.storage.sync_state import SyncLink
from facilitator.sync.engine import SyncEngine
from facilitator.sync.events import SyncEvent, SyncOptions
from facilitator.sync.session import Session, open_session
from tests.sync.standin.server import Faults, StandIn
from tests.sync.standin.store import Clock as StandInClock
from tests.sync.standin.store import Store

GOOD_IDEAS = [
    "Installer des bancs à l'ombre sur la place du marché",
    "Planter des arbres le long de la rue des écoles",
    "Ouvrir le jardin partagé le dimanche matin",
    "Créer une piste cyclable vers la gare",
    "Éclairer le passage sous le pont la nuit",
    "Ajouter des toilettes publiques près du parc",
    "Organiser une fête des voisins en juin",
]


class FakeClock:
    """Time that passes only when someone sleeps: backoff and the rate limit cost nothing."""

    def __init__(self) -> None:
        self._now = datetime.now(UTC)
        self._mono = 1000.0
        self.slept = 0.0
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._now

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            with self._lock:
                self.slept += seconds
                self._mono += seconds
                self._now += timedelta(seconds=seconds)

    def advance(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def standin(clock: FakeClock) -> Iterator[StandIn]:
    store = Store(clock=StandInClock(clock))
    store.seed()
    server = StandIn(store, Faults())
    server.start()
    yield server
    server.stop()


def make_meeting(ws: Workspace, *, ended: bool = True, language: str = "fr") -> Meeting:
    start = datetime.now(UTC) - timedelta(hours=3 if ended else -3)
    meeting = ws.meetings.create(
        Meeting(
            title="Conseil de quartier Nord",
            neighbourhood="Nord",
            place="École Jules Ferry",
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            language=language,
        )
    )
    ideas = [ws.ideas.add(Idea(meeting.id, text, theme="cadre de vie")) for text in GOOD_IDEAS]
    merged = ws.ideas.add(Idea(meeting.id, "Des bancs aussi devant la mairie"))
    ws.ideas.merge([merged.id], ideas[0].id)
    hidden = ws.ideas.add(Idea(meeting.id, "Une idée que personne n'a retenue finalement"))
    ws.ideas.set_status(hidden.id, IdeaStatus.HIDDEN)
    ws.ideas.add(Idea(meeting.id, "Trop court"))  # breaks the 15-character title rule
    ws.ideas.add(Idea(meeting.id, "PLUS DE PARKINGS PARTOUT EN VILLE"))  # capitals
    poll = ws.polls.create_from_ideas(
        meeting.id, "Quelle idée d'abord ?", PollMethod.SINGLE, ideas[:3]
    )
    ws.polls.open(poll.id)
    for n in range(5):
        ws.ballots.cast(
            Ballot(poll.id, f"phone-{n}", Channel.PHONE, {"option": poll.options[n % 2].id})
        )
    ws.ballots.set_counts(
        CountEntry(
            poll.id, Channel.SHOW_OF_HANDS, {poll.options[0].id: 4, poll.options[2].id: 1}, voters=5
        )
    )
    ws.polls.close(poll.id)
    ws.attendance.save(Attendance(meeting.id, headcount=23))
    return meeting


KEPT_GOOD = len(GOOD_IDEAS)  # proposals the platform should end with


@pytest.fixture
def meeting(ws: Workspace) -> Meeting:
    return make_meeting(ws)


def link(ws: Workspace, meeting: Meeting, server: StandIn, **extra: object) -> SyncLink:
    return ws.sync_state.save_link(
        SyncLink(meeting.id, server.url, "10", meeting.language, **extra)  # type: ignore[arg-type]
    )


def session_for(
    server: StandIn, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, timeout: float = 5.0
) -> Session:
    monkeypatch.setenv("FACILITATOR_DECIDIM_API_KEY", "api-key-1")
    monkeypatch.setenv("FACILITATOR_DECIDIM_API_SECRET", "api-secret-1")
    return open_session(server.url, clock=clock, timeout=timeout)


def run_sync(
    ws: Workspace, meeting: Meeting, session: Session, clock: FakeClock, **options: object
) -> tuple[object, list[SyncEvent]]:
    events: list[SyncEvent] = []
    engine = SyncEngine(
        ws, session.gql, clock=clock, on_event=events.append, options=SyncOptions(**options)
    )  # type: ignore[arg-type]
    return engine.run(meeting.id), events


def remote_titles(server: StandIn) -> list[str]:
    return sorted(p["title"]["fr"] for p in server.store.proposals.values())
