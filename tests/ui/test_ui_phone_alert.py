"""The phone control tells the spokesperson when ballots outnumber the phones or the people."""

from __future__ import annotations

import uuid
from dataclasses import replace

import httpx

from facilitator.domain.model import Poll, PollMethod, PollOption
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


def _vote(url: str, poll: Poll, *, show_first: bool) -> None:
    with httpx.Client(timeout=10) as phone:
        assert phone.post(url + "api/join", json={}).status_code == 200
        if show_first:  # a phone whose page is open shows the question before its ballot
            assert phone.get(url + "api/state").json()["poll"]["id"] == poll.id
        ballot = {
            "poll_id": poll.id,
            "key": uuid.uuid4().hex,
            "content": {"option": poll.options[0].id},
        }
        assert phone.post(url + "api/ballot", json=ballot).status_code == 200


def test_more_ballots_than_phones_or_people_is_shown(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    ws = session.ws
    poll = ws.polls.create(
        Poll(
            meeting_id, "Quel jour ?", PollMethod.SINGLE, (PollOption("Lundi"), PollOption("Mardi"))
        )
    )
    ws.polls.open(poll.id)
    window.open_meeting(meeting_id)
    control = window.meeting.phone
    control.button.click()
    qtbot.waitUntil(lambda: control.running_here, timeout=15000)
    url = session.phone_server.join_url
    _vote(url, poll, show_first=True)
    session.check_for_changes()  # what the phone server wrote, read from the journal
    qtbot.waitUntil(lambda: not session.busy)
    assert not control.alert.isVisibleTo(window)

    for _ in range(2):  # no page, a new cookie each time: a script
        _vote(url, poll, show_first=False)
    session.check_for_changes()
    qtbot.waitUntil(lambda: control.alert.isVisibleTo(window))
    assert "ballots: 3, phones that showed it: 1" in control.alert.text()
    assert "phone ballots" in control.alert.text()

    ws.attendance.save(replace(ws.attendance.get(meeting_id), headcount=2))
    session.check_for_changes()
    qtbot.waitUntil(lambda: "people counted: 2" in control.alert.text())
    control.button.click()
    assert not control.alert.isVisibleTo(window)
