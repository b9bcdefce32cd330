"""What the projector shows of a poll: its options while results are hidden, labels whole, and
yes/no as shares of the votes cast."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QPainter

from facilitator.domain.model import (
    Ballot,
    Channel,
    Meeting,
    Poll,
    PollMethod,
    PollOption,
    ResultsVisibility,
)
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session

LONG = (
    "Piste cyclable rue Victor Hugo jusqu'à la gare",
    "Élargir les trottoirs de l'avenue Jean Jaurès devant l'école",
    "Un parking vélos couvert place de la République",
)


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text any widget paints (QPainter.drawText, whatever its arguments)."""
    texts: list[str] = []
    original = QPainter.drawText

    def recording(painter: QPainter, *args: object) -> object:
        texts.extend(a for a in args if isinstance(a, str))
        return original(painter, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QPainter, "drawText", recording)
    yield texts


def _projector(qtbot, window: MainWindow, meeting_id: str):  # type: ignore[no-untyped-def]
    window.open_meeting(meeting_id)
    window.show_projector()
    projector = window.projector
    qtbot.waitExposed(projector)
    projector.showNormal()
    projector.resize(1280, 720)
    return projector


def test_hidden_results_still_show_the_options(
    qtbot, window: MainWindow, session: Session, meeting_id: str
) -> None:
    """Hands and paper ballots need to see what they vote for while results are hidden."""
    poll = session.ws.polls.create(
        Poll(
            meeting_id,
            "Quel aménagement en premier ?",
            PollMethod.SINGLE,
            tuple(PollOption(label) for label in LONG),
            visibility=ResultsVisibility.HIDDEN,
        )
    )
    session.ws.polls.open(poll.id)
    projector = _projector(qtbot, window, meeting_id)
    qtbot.waitUntil(lambda: projector.question.text() == poll.question)
    assert not projector.chart.isVisible()  # the results wait for the reveal
    options = projector.options
    qtbot.waitUntil(options.isVisible)
    for label in LONG:
        assert label in options.text()  # whole, as typed
    projector.close()


@pytest.mark.parametrize(
    "options",
    [
        LONG,
        # short enough to sit beside the bars, then grown to fill the height: it was elided
        ("Piste cyclable rue Victor Hugo", "Zone 30 devant l'école"),
    ],
)
@pytest.mark.parametrize("phones", [False, True])
def test_option_labels_are_not_cut_short(
    qtbot,
    window: MainWindow,
    session: Session,
    meeting_id: str,
    drawn: list[str],
    options: tuple[str, ...],
    phones: bool,
) -> None:
    poll = session.ws.polls.create(
        Poll(
            meeting_id,
            "Quel aménagement ?",
            PollMethod.SINGLE,
            tuple(PollOption(x) for x in options),
        )
    )
    session.ws.polls.open(poll.id)
    for n, option in enumerate(poll.options):
        session.ws.ballots.cast(Ballot(poll.id, f"p{n}", Channel.PHONE, {"option": option.id}))
    if phones:  # the join QR code takes the left of the screen
        session.phone_server = SimpleNamespace(join_url="http://192.0.2.2:8765/m/abc", address=None)
        session.phone_meeting_id = meeting_id
    projector = _projector(qtbot, window, meeting_id)
    qtbot.waitUntil(lambda: options[0] in projector.chart.accessibleDescription())
    for size in ((1280, 720), (1920, 1080), (1024, 768)):
        projector.resize(*size)
        drawn.clear()
        projector.grab()  # paints everything once, as the screen would
        labels = " ".join(drawn)
        for label in options:
            assert label in labels, f"{size}: {label!r} cut short: {drawn}"
        assert not any("…" in text for text in drawn), (size, drawn)
    session.phone_server = None
    session.phone_meeting_id = None
    projector.close()


def test_yes_no_shows_shares_of_the_votes_cast_with_abstentions_apart(
    qtbot, window: MainWindow, session: Session, meeting_id: str, drawn: list[str]
) -> None:
    poll = session.ws.polls.create(Poll(meeting_id, "Fermer la rue ?", PollMethod.YES_NO_ABSTAIN))
    session.ws.polls.open(poll.id)
    answers = ["yes", "yes", "yes", "no", "abstain", "abstain", "abstain", "abstain"]
    for n, answer in enumerate(answers):
        session.ws.ballots.cast(Ballot(poll.id, f"p{n}", Channel.PHONE, {"answer": answer}))
    projector = _projector(qtbot, window, meeting_id)
    qtbot.waitUntil(lambda: "Yes" in projector.chart.accessibleDescription())
    drawn.clear()
    projector.grab()
    text = " | ".join(drawn)
    assert "75 %" in text and "25 %" in text, text  # 3 yes, 1 no: of the 4 votes cast
    assert "% of the votes cast (yes + no); abstentions apart" in text
    assert "Abstentions: 4" in text
    projector.close()


def test_the_app_uses_the_words_of_the_exports(session: Session) -> None:
    """One word a value (domain/terms.py), whichever screen or file shows it."""
    from facilitator.domain.errors import set_language
    from facilitator.domain.model import Channel as Ch
    from facilitator.domain.model import IdeaStatus, MeetingStatus, PollState
    from facilitator.export import labels as exported
    from facilitator.ui import labels

    for language in ("fr", "en"):
        set_language(language)
        try:
            for status in MeetingStatus:
                assert labels.meeting_status_name(status) == exported.meeting_status(
                    status, language
                )
            for idea_status in IdeaStatus:
                assert labels.status_name(idea_status) == exported.idea_status(
                    idea_status, language
                )
            for channel in Ch:
                assert labels.channel_name(channel) == exported.channel(channel, language)
            for state in PollState:
                assert labels.poll_state_name(state) == exported.poll_state(state, language)
            for method in PollMethod:
                assert labels.method_name(method) == exported.method(method, language)
        finally:
            set_language("en")
    assert isinstance(Meeting(title="x").title, str)
