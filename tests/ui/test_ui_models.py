"""Every table and list model passes qtmodeltester, and refreshes with narrow notifications."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex

from facilitator.domain.model import (
    Channel,
    CountEntry,
    Idea,
    Poll,
    PollMethod,
    PollOption,
)
from facilitator.ui.idea_models import IdeaModel, ThemeModel
from facilitator.ui.meeting_models import MeetingListModel
from facilitator.ui.poll_models import CountsModel, PollListModel, TallyModel
from facilitator.ui.session import Session


def _ideas(meeting_id: str, n: int) -> list[Idea]:
    return [
        Idea(meeting_id=meeting_id, text=f"idée {i}", theme="t" if i % 2 else "", position=i)
        for i in range(n)
    ]


def test_meeting_model(qtmodeltester, session: Session, demo_id: str) -> None:
    model = MeetingListModel()
    model.refresh(session.ws.meetings.summaries())
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == session.ws.meetings.get(demo_id).title


def test_idea_model(qtmodeltester, session: Session, demo_id: str) -> None:
    model = IdeaModel()
    model.refresh(session.ws.ideas.for_meeting(demo_id))
    qtmodeltester.check(model)
    assert "+1" in [model.index(r, 3).data() for r in range(model.rowCount())]


def test_theme_model(qtmodeltester, session: Session, demo_id: str) -> None:
    model = ThemeModel()
    model.refresh(session.ws.ideas.themes(demo_id))
    qtmodeltester.check(model)
    assert model.index(0, 0).data().startswith("All themes")


def test_poll_and_tally_models(qtmodeltester, session: Session, demo_id: str) -> None:
    polls = session.ws.polls.for_meeting(demo_id)
    model = PollListModel()
    model.refresh([(p, session.ws.ballots.count(p.id)) for p in polls])
    qtmodeltester.check(model)
    for poll in polls:
        tally = TallyModel()
        tally.set_tally(session.ws.ballots.tally(poll.id))
        qtmodeltester.check(tally)
        counts = CountsModel()
        entries = session.ws.ballots.counts(poll.id)
        counts.set_poll(poll, dict(entries[0].counts) if entries else None)
        qtmodeltester.check(counts)


def test_counts_model_round_trip(qtmodeltester) -> None:
    poll = Poll(
        meeting_id="m",
        question="?",
        method=PollMethod.MAJORITY_JUDGMENT,
        options=(PollOption(label="A"), PollOption(label="B")),
    ).validated()
    model = CountsModel()
    model.set_poll(poll, {poll.options[0].id: [1, 2, 0, 0, 0, 0, 0]})
    qtmodeltester.check(model)
    assert model.columnCount() == 7
    assert model.setData(model.index(1, 2), "3")
    assert not model.setData(model.index(1, 2), "-1")
    assert not model.setData(model.index(1, 2), "abc")
    assert model.counts() == {
        poll.options[0].id: [1, 2, 0, 0, 0, 0, 0],
        poll.options[1].id: [0, 0, 3, 0, 0, 0, 0],
    }
    entry = CountEntry(poll_id=poll.id, channel=Channel.PAPER, counts=model.counts())
    assert entry.counts


def test_idea_refresh_is_incremental(qtbot, qtmodeltester) -> None:
    model = IdeaModel()
    ideas = _ideas("m", 5)
    model.refresh(ideas)
    qtmodeltester.check(model)
    resets: list[bool] = []
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    model.dataChanged.connect(lambda a, _b: changed.append(a.row()))

    more = ideas + _ideas("m", 8)[5:]
    model.refresh(more)
    assert inserted == [(5, 7)]
    edited = list(more)
    edited[2] = replace(edited[2], text="changée")
    model.refresh(edited)
    assert changed == [2]
    model.refresh(edited[:1] + edited[3:])
    assert removed == [(1, 2)]
    moved = list(reversed(edited[:1] + edited[3:]))
    persistent = model.index(0, 0)
    keep = [persistent.data()]
    model.refresh(moved)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [i.text for i in moved]
    assert keep == ["idée 0"]
    assert not resets
    qtmodeltester.check(model)
    assert model.index(0, 0, QModelIndex()).isValid()


def test_idea_model_drag_and_drop_reports_a_move(qtbot) -> None:
    model = IdeaModel()
    ideas = _ideas("m", 4)
    model.refresh(ideas)
    data = model.mimeData([model.index(3, 0)])
    with qtbot.waitSignal(model.move_requested) as blocker:
        accepted = model.dropMimeData(data, model.supportedDropActions(), 1, 0, QModelIndex())
    assert accepted is False  # the command moves it; the view must not delete rows
    assert blocker.args == [[ideas[3].id], 1]
