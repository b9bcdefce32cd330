"""Phones and the projector show the same poll and the same numbers, through a whole poll.

A real phone server on loopback, phones over HTTP, the projector window of the app: after
each step (open, phone ballots, typed counts, close, reveal, the next poll), what a phone is
served and what the projector shows must agree once both have caught up with the last write.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytestqt.exceptions import TimeoutError

from facilitator.domain.model import (
    Channel,
    CountEntry,
    Poll,
    PollMethod,
    PollOption,
    ResultsVisibility,
)
from facilitator.lan.server import PhoneServer
from facilitator.ui import commands
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


@pytest.fixture
def served(session: Session, meeting_id: str) -> Iterator[str]:
    server = PhoneServer(session.ws, meeting_id, host="127.0.0.1")
    url = server.start()
    session.phone_server = server
    session.phone_meeting_id = meeting_id
    session.phone_server_changed.emit()
    try:
        yield url
    finally:
        session.phone_server = None
        session.phone_meeting_id = None
        server.stop()


def _phone(url: str) -> httpx.Client:
    client = httpx.Client(timeout=10)
    assert client.post(url + "api/join", json={"language": "fr"}).status_code == 200
    return client


def _vote(phone: httpx.Client, url: str, poll: Poll, content: dict[str, Any]) -> None:
    ballot = {"poll_id": poll.id, "key": uuid.uuid4().hex, "content": content}
    assert phone.post(url + "api/ballot", json=ballot).status_code == 200


def _disagreement(phone: httpx.Client, url: str, projector: Any, voted: set[str]) -> str | None:
    """What the phone is served and the projector shows differently; None when they agree.

    While a poll is open, a phone sees its results only once it has voted in it (results
    must not sway a vote): until then only the question is compared.
    """
    state = phone.get(url + "api/state").json()
    view = projector.feed.view
    if view is None or view.revision != state["revision"]:
        return "not caught up with the same revision yet"
    if f"{state['phones_here']} phones connected" != projector.participants.text():
        return f"phones here: {state['phones_here']}, projector: {projector.participants.text()}"
    poll = state["poll"]
    question = projector.question.text()
    if poll is None:
        return None if question == "Welcome!" else f"phone: no poll, projector: {question!r}"
    if question != poll["question"]:
        return f"phone: {poll['question']!r}, projector: {question!r}"
    results = state["results"]
    shown = projector.chart.isVisible()
    if not shown:  # people voting by hand or on paper read what they vote for
        labels = [o["label"] for o in poll["options"]]
        if not projector.options.isVisible() or not all(
            label in projector.options.text() for label in labels
        ):
            return f"the projector does not show the options {labels}"
    if poll["state"] == "open" and poll["id"] not in voted:
        return None if results is None else "results before voting"
    if (results is not None) != shown:
        return f"results on the phone: {results is not None}, on the projector: {shown}"
    if results is None:
        return None
    tally = projector.chart.tally  # what the chart draws
    if tally is None:
        return "the projector has not counted yet"
    phone_votes = {o["option_id"]: (o["votes"], o["share"]) for o in results["options"]}
    projected = {o.option_id: (o.votes, o.share) for o in tally.options}
    if phone_votes != projected or results["voters"] != tally.voters:
        return f"phone: {phone_votes} ({results['voters']}), projector: {projected}"
    if results["winners"] != list(tally.winners):
        return f"winners on the phone: {results['winners']}, projector: {tally.winners}"
    if results["share_base"] != str(tally.share_base):
        return f"shares of {results['share_base']} on the phone, of {tally.share_base}"
    if f"{tally.voters} voter" not in projector.status.text():
        return f"projector says {projector.status.text()!r}, counted {tally.voters}"
    return None


def test_phones_and_projector_agree_through_a_whole_poll(
    qtbot, window: MainWindow, session: Session, meeting_id: str, served: str
) -> None:
    ws = session.ws
    benches = ws.polls.create(
        Poll(
            meeting_id,
            "Quel banc pour la place ?",
            PollMethod.SINGLE,
            (PollOption("Bois"), PollOption("Métal"), PollOption("Pierre")),
            visibility=ResultsVisibility.HIDDEN,
        )
    )
    street = ws.polls.create(
        Poll(meeting_id, "Fermer la rue le dimanche ?", PollMethod.YES_NO_ABSTAIN)
    )
    window.open_meeting(meeting_id)
    window.show_projector()
    projector = window.projector
    qtbot.waitExposed(projector)
    phones = [_phone(served) for _ in range(3)]
    watcher = phones[0]  # the phone whose page is compared with the projector
    voted: set[str] = set()

    def agreed(caught_up: Any = lambda state: True) -> None:
        """Once the phone is served the last write (``caught_up``), the projector agrees."""
        qtbot.waitUntil(lambda: not session.busy)
        session.check_for_changes()
        qtbot.waitUntil(lambda: caught_up(watcher.get(served + "api/state").json()))
        last: list[str | None] = [None]

        def check() -> bool:
            last[0] = _disagreement(watcher, served, projector, voted)
            return last[0] is None

        try:
            qtbot.waitUntil(check, timeout=5000)
        except TimeoutError:
            raise AssertionError(f"phones and projector disagree: {last[0]}") from None

    def poll_is(poll: Poll, state: str) -> Any:
        return lambda served_state: (
            (served_state["poll"] or {}).get("id") == poll.id
            and (served_state["poll"]["state"] == state)
        )

    def counted(voters: int) -> Any:
        return lambda state: (state["results"] or {}).get("voters") == voters

    agreed()  # nothing open yet
    session.perform(commands.open_poll(benches.id))
    agreed(poll_is(benches, "open"))
    bois, metal = benches.options[0].id, benches.options[1].id
    _vote(phones[0], served, benches, {"option": bois})
    voted.add(benches.id)
    _vote(phones[1], served, benches, {"option": metal})
    agreed()
    session.perform(
        commands.set_counts(CountEntry(benches.id, Channel.SHOW_OF_HANDS, {bois: 4, metal: 1}))
    )
    agreed()
    session.perform(commands.close_poll(benches.id))
    agreed(poll_is(benches, "closed"))  # results still hidden: the question stays up on both
    session.perform(commands.reveal_results(benches.id, True))
    agreed(counted(7))
    session.perform(commands.reveal_results(benches.id, False))  # hidden again: on both
    agreed(lambda state: state["results"] is None)
    session.perform(commands.reveal_results(benches.id, True))
    agreed(counted(7))
    session.perform(commands.open_poll(street.id))  # the next poll, results live
    agreed(poll_is(street, "open"))
    _vote(watcher, served, street, {"answer": "yes"})
    voted.add(street.id)
    _vote(phones[2], served, street, {"answer": "abstain"})
    agreed(counted(2))
    session.perform(commands.close_poll(street.id))
    agreed(poll_is(street, "closed"))
    for phone in phones:
        phone.close()
    projector.close()
