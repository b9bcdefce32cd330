"""The projector window and the phone voting control."""

from __future__ import annotations

from types import SimpleNamespace

from facilitator.domain.model import PollMethod, PollState, format_short_code
from facilitator.ui import settings
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


def test_projector_follows_the_open_poll(
    qtbot, window: MainWindow, session: Session, demo_id: str
) -> None:
    window.open_meeting(demo_id)
    window.show_projector()
    projector = window.projector
    qtbot.waitExposed(projector)
    judgment = next(
        p for p in session.ws.polls.for_meeting(demo_id) if p.method is PollMethod.MAJORITY_JUDGMENT
    )
    assert judgment.state is PollState.OPEN
    # read off the event loop, as the phones read it
    qtbot.waitUntil(lambda: projector.question.text() == judgment.question)
    assert not projector.chart.isVisible()  # hidden until revealed
    assert projector.options.isVisible()  # but what people vote for is up
    assert not projector.join_panel.isVisible()  # no phone server: no QR code

    session.ws.polls.reveal(judgment.id)  # as the command line does, from another process
    session.check_for_changes()
    qtbot.waitUntil(projector.chart.isVisible)
    qtbot.waitUntil(lambda: "Projet" in projector.chart.accessibleDescription())

    session.settings.set(settings.WIFI_SSID, "Salle-Polyvalente")
    session.settings.set(settings.WIFI_PASSWORD, "motdepasse")
    session.phone_server = SimpleNamespace(join_url="http://192.0.2.2:8765/m/abc", address=None)
    session.phone_meeting_id = demo_id
    session.phone_server_changed.emit()
    assert projector.join_panel.isVisible()
    assert projector.qr.has_code() and projector.wifi.has_code()
    # the laptop's address and the meeting's short code, typed from the back of the room
    assert projector.address.text() == "192.0.2.2:8765"
    meeting = session.ws.meetings.get(demo_id)
    assert projector.code.text() == f"Code {format_short_code(meeting.short_code)}"
    assert "Salle-Polyvalente" in projector.wifi_title.text()

    projector.toggle_dark()
    assert session.settings.flag(settings.PROJECTOR_DARK)
    session.phone_server = None
    session.phone_meeting_id = None
    projector.close()


def test_phone_voting_starts_and_stops(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    window.open_meeting(meeting_id)
    control = window.meeting.phone
    assert control.button.isEnabled()
    control.button.click()
    qtbot.waitUntil(lambda: control.running_here, timeout=15000)
    server = session.phone_server
    assert server.running and server.join_url
    assert server.join_url in control.address.text()
    control.button.click()
    assert session.phone_server is None and not server.running
    assert control.button.text() == "Start phone voting"


def test_a_phone_ballot_reaches_the_projector_without_any_ui_action(
    qtbot, window: MainWindow, session: Session, demo_id: str
) -> None:
    """The phone server writes from its own thread; the change watch brings it to the screen."""
    import threading

    from facilitator.domain.model import Ballot, Channel

    window.open_meeting(demo_id)
    window.show_projector()
    projector = window.projector
    qtbot.waitExposed(projector)
    poll = session.ws.polls.open_poll(demo_id)
    assert poll is not None
    before = session.ws.ballots.tally(poll.id).voters
    qtbot.waitUntil(lambda: f"· {before} voter" in projector.status.text())
    grades = {o.id: 1 for o in poll.options}

    def phone() -> None:
        session.ws.ballots.cast(Ballot(poll.id, "ticket:late", Channel.TICKET, {"grades": grades}))

    thread = threading.Thread(target=phone)
    thread.start()
    thread.join()
    # the watch polls every 400 ms; the generous bound keeps a loaded CI machine from flaking
    qtbot.waitUntil(lambda: f"· {before + 1} voter" in projector.status.text(), timeout=3000)
    projector.close()
