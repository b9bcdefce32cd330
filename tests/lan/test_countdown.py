"""A poll's countdown, as the phones are told it, and the phone server closing the poll."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

from facilitator.domain.model import (
    Meeting,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
    PollState,
    now,
)
from facilitator.lan.server import PhoneServer
from facilitator.storage import Workspace, journal
from facilitator.storage.codec import dt


def _until(condition: object, timeout: float = 10.0) -> None:
    """Wait for ``condition()`` (the server works on its own thread), never a fixed time."""
    done = threading.Event()
    for _ in range(int(timeout / 0.05)):
        if condition():  # type: ignore[operator]
            return
        done.wait(0.05)
    raise AssertionError("the condition was not met in time")


def test_the_phone_server_closes_the_poll_when_its_countdown_runs_out(ws: Workspace) -> None:
    """``facilitator serve`` alone, no app: the poll still closes, as of its deadline."""
    meeting = ws.meetings.create(Meeting(title="Réunion"))
    poll = ws.polls.create(
        Poll(
            meeting.id,
            "Vite ?",
            PollMethod.SINGLE,
            (PollOption("Oui"), PollOption("Non")),
            params=PollParams(countdown=30),
        )
    )
    ws.polls.open(poll.id)
    server = PhoneServer(ws, meeting.id, host="127.0.0.1")
    url = server.start()
    try:
        import httpx

        with httpx.Client(timeout=10) as phone:
            phone.post(url + "api/join", json={})
            state = phone.get(url + "api/state").json()
            assert state["poll"]["countdown"] == 30
            assert 0 < state["closes_in"] <= 30
            # the laptop slept: it opened the poll a minute ago
            opened_at = now() - timedelta(minutes=1)

            def slept(conn: sqlite3.Connection) -> None:
                conn.execute(
                    "UPDATE polls SET opened_at = ? WHERE id = ?", (dt(opened_at), poll.id)
                )
                journal.record(conn, meeting.id, "poll", poll.id, "update", {})

            ws.db.write(slept)
            _until(lambda: ws.polls.get(poll.id).state is PollState.CLOSED)
            stored = ws.polls.get(poll.id)
            assert stored.closed_at == opened_at + timedelta(seconds=30)
            _until(lambda: phone.get(url + "api/state").json()["poll"]["state"] == "closed")
            assert phone.get(url + "api/state").json()["closes_in"] is None
    finally:
        server.stop()


def test_the_page_gets_its_words_with_the_state(ws: Workspace) -> None:
    """The phone's terms come from the app's one table (domain/terms.py), in its language."""
    import httpx

    from facilitator.domain import terms

    meeting = ws.meetings.create(Meeting(title="Réunion"))
    server = PhoneServer(ws, meeting.id, host="127.0.0.1")
    url = server.start()
    try:
        with httpx.Client(timeout=10) as phone:
            phone.post(url + "api/join", json={})
            assert "words" not in phone.get(url + "api/state").json()  # only when asked
            for language in ("fr", "en"):
                served = phone.get(url + "api/state", params={"words": language}).json()
                assert served["words"] == terms.phone_words(language)
            assert "words" not in phone.get(url + "api/state?words=de").json()
    finally:
        server.stop()
