"""A meeting with polls of every kind and a real phone server on loopback."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from facilitator.domain.model import Meeting, Poll, PollMethod, PollOption, PollParams
from facilitator.lan.limits import Limits
from facilitator.lan.server import PhoneServer
from facilitator.storage import Workspace


@dataclass
class Room:
    ws: Workspace
    meeting: Meeting
    polls: dict[str, Poll]
    server: PhoneServer
    url: str

    def api(self, path: str) -> str:
        return f"{self.url}api/{path}"

    def phone(self) -> httpx.Client:
        """A new phone: its own cookie jar."""
        return httpx.Client(timeout=10)

    def join(self, client: httpx.Client, **body: object) -> httpx.Response:
        return client.post(self.api("join"), json={"language": "fr", **body})


def make_polls(ws: Workspace, meeting_id: str) -> dict[str, Poll]:
    def opts(*labels: str) -> tuple[PollOption, ...]:
        return tuple(PollOption(label=label) for label in labels)

    specs = {
        "single": Poll(meeting_id, "Quel banc ?", PollMethod.SINGLE, opts("Bois", "Métal")),
        "fixed": Poll(
            meeting_id,
            "Vote définitif ?",
            PollMethod.SINGLE,
            opts("Oui", "Non"),
            params=PollParams(allow_change=False),
        ),
        "approval": Poll(
            meeting_id,
            "Quels aménagements ?",
            PollMethod.APPROVAL,
            opts("Arbres", "Bancs", "Fontaine", "Jeux"),
            params=PollParams(max_choices=2),
        ),
        "dots": Poll(
            meeting_id,
            "Répartissez vos points",
            PollMethod.DOTS,
            opts("Propreté", "Sécurité", "Culture"),
            params=PollParams(points=5, max_per_option=3),
        ),
        "mj": Poll(
            meeting_id,
            "Jugez les projets",
            PollMethod.MAJORITY_JUDGMENT,
            opts("Projet A", "Projet B"),
        ),
        "yna": Poll(meeting_id, "Fermer la rue le dimanche ?", PollMethod.YES_NO_ABSTAIN),
        "upvotes": Poll(
            meeting_id, "Idées à soutenir", PollMethod.UPVOTES, opts("Plus de bancs", "Un marché")
        ),
    }
    return {name: ws.polls.create(poll) for name, poll in specs.items()}


@pytest.fixture
def meeting(ws: Workspace) -> Meeting:
    return ws.meetings.create(Meeting(title='Réunion du quartier <Nord> & "Sud"'))


@pytest.fixture
def limits() -> Limits:
    return Limits()


@pytest.fixture
def parser() -> str:
    """The HTTP parser under the guard: uvicorn's default, or one named by a test."""
    return "auto"


@pytest.fixture
def room(ws: Workspace, meeting: Meeting, limits: Limits, parser: str) -> Iterator[Room]:
    polls = make_polls(ws, meeting.id)
    server = PhoneServer(ws, meeting.id, host="127.0.0.1", limits=limits, parser=parser)
    url = server.start()
    try:
        yield Room(ws, meeting, polls, server, url)
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def _no_dangling_server() -> Iterator[None]:
    yield
    left = [t for t in threading.enumerate() if t.name == "phone-server" and t.is_alive()]
    assert not left, "a phone server was not stopped"
