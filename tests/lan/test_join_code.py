"""The short join code typed from the back of the room, and its guard against guessing."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import httpx
import pytest

from facilitator.domain.model import (
    SHORT_CODE_LENGTH,
    TICKET_ALPHABET,
    Meeting,
    format_short_code,
    short_join_code,
)
from facilitator.lan.limits import Limits
from facilitator.lan.server import PhoneServer
from facilitator.storage import Workspace


def test_the_short_code_is_six_characters_without_look_alikes() -> None:
    codes = {short_join_code(Meeting(title="x").join_code) for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == SHORT_CODE_LENGTH and set(code) <= set(TICKET_ALPHABET)
        assert not set(code) & set("01OIL")
    assert re.fullmatch(r"[A-Z0-9]{3}-[A-Z0-9]{3}", format_short_code(code))
    meeting = Meeting(title="x")
    assert meeting.short_code == short_join_code(meeting.join_code)  # the same every time


@pytest.fixture
def served(ws: Workspace) -> Iterator[tuple[str, Meeting]]:
    meeting = ws.meetings.create(Meeting(title="Réunion"))
    # the loopback address is a phone here: the laptop's own requests are exempt otherwise
    server = PhoneServer(ws, meeting.id, host="127.0.0.1", limits=Limits(exempt_loopback=False))
    url = server.start()
    try:
        yield url.split("/m/")[0], meeting
    finally:
        server.stop()


def test_the_code_typed_leads_to_the_meeting(
    served: tuple[str, Meeting], caplog: pytest.LogCaptureFixture
) -> None:
    base, meeting = served
    caplog.set_level(logging.INFO, logger="facilitator")
    form = httpx.get(f"{base}/")
    assert form.status_code == 200 and 'name="code"' in form.text
    typed = format_short_code(meeting.short_code).lower().replace("-", " - ")  # as people type
    answer = httpx.get(f"{base}/join", params={"code": typed})
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/m/{meeting.join_code}/"
    page = httpx.get(f"{base}/join", params={"code": typed}, follow_redirects=True)
    assert page.status_code == 200 and "/static/app.js" in page.text
    logged = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("facilitator"))
    assert meeting.join_code not in logged and meeting.short_code not in logged


def test_wrong_codes_are_limited_per_address(served: tuple[str, Meeting]) -> None:
    base, meeting = served
    right = meeting.short_code
    wrong = next(c for c in ("AAAAAA", "BBBBBB") if c != right)
    with httpx.Client() as client:
        # a right code never spends the allowance: a room behind one router joins at once
        for _ in range(Limits().wrong_codes_per_address_burst + 5):
            assert client.get(f"{base}/join", params={"code": right}).status_code == 303
        answers = [
            client.get(f"{base}/join", params={"code": wrong})
            for _ in range(Limits().wrong_codes_per_address_burst)
        ]
        assert {a.status_code for a in answers} == {404}
        assert "ne correspond pas" in answers[0].text and "does not match" in answers[0].text
        limited = client.get(f"{base}/join", params={"code": wrong})
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        # once spent, the right code is refused too: the answer must not tell which is right
        assert client.get(f"{base}/join", params={"code": right}).status_code == 429
        assert "réessayez dans" in limited.text
