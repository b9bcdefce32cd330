"""Every table and list model passes qtmodeltester, and refreshes with narrow notifications."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, QObject
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from facilitator.domain.model import (
    Channel,
    CountEntry,
    Idea,
    IdeaStatus,
    Poll,
    PollMethod,
    PollOption,
)
from facilitator.ui.idea_models import LINK_ROLE, IdeaFilter, IdeaModel, ThemeModel
from facilitator.ui.meeting_models import MeetingListModel
from facilitator.ui.poll_models import CountsModel, PollListModel, TallyModel
from facilitator.ui.rows import FILTER_ROLE, ID_ROLE, OBJECT_ROLE
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


def test_ideas_moved_and_added_at_once_reach_the_painted_list(qtbot) -> None:
    """One refresh that moves ideas and brings a new one (a bundle merged, the journal read
    again): the new row is inserted, then the rows are reordered, and what the list paints
    is the ideas as they are, in their order."""
    model = IdeaModel()
    shown = IdeaFilter({IdeaStatus.KEPT})
    shown.setSourceModel(model)
    ideas = _ideas("m", 5)
    model.refresh(ideas)
    counts: list[int] = []
    model.layoutChanged.connect(lambda *_: counts.append(model.rowCount()))
    model.layoutAboutToBeChanged.connect(lambda *_: counts.append(model.rowCount()))
    arrived = Idea(meeting_id="m", text="arrivée du téléphone", position=9)
    new = [ideas[1], ideas[0], arrived, *ideas[2:]]
    model.refresh(new)
    assert counts == [6, 6]  # a layout change keeps the number of rows
    texts = [i.text for i in new]
    assert [model.painted.item(r, 0).text() for r in range(model.painted.rowCount())] == texts
    assert [shown.index(r, 0).data() for r in range(shown.rowCount())] == texts


def test_idea_model_drag_and_drop_reports_a_move(qtbot) -> None:
    model = IdeaModel()
    ideas = _ideas("m", 4)
    model.refresh(ideas)
    data = model.mimeData([model.index(3, 0)])
    with qtbot.waitSignal(model.move_requested) as blocker:
        accepted = model.dropMimeData(data, model.supportedDropActions(), 1, 0, QModelIndex())
    assert accepted is False  # the command moves it; the view must not delete rows
    assert blocker.args == [[ideas[3].id], 1]


def test_the_filter_hands_drags_and_edits_to_the_ideas(qtbot) -> None:
    """The list is painted from a plain copy of the ideas; what the user drags or edits in it
    still reaches the ideas model, by the idea's row there, not the filter's."""
    model, shown = _filtered_ideas()  # idea 3 is hidden and idea 5 merged: rows differ below
    assert shown.mapToSource(shown.index(6, 0)).row() == 7
    data = shown.mimeData([shown.index(6, 0)])
    with qtbot.waitSignal(model.move_requested) as blocker:
        accepted = shown.dropMimeData(data, shown.supportedDropActions(), 1, 0, QModelIndex())
    assert accepted is False
    assert blocker.args == [[model.idea(7).id], 1]
    with qtbot.waitSignal(model.edit_requested) as edited:
        assert shown.setData(shown.index(6, 0), "Un banc à l'ombre")
    before, after = edited.args
    assert before == model.idea(7) and after.text == "Un banc à l'ombre"
    assert shown.index(6, 0).data() == model.idea(7).text  # shown as it is until written
    assert shown.from_ideas(7).row() == 6 and not shown.from_ideas(5).isValid()


class _Entries:
    """Counts the calls into Python that Qt's C++ makes (calls made from Python not counted):
    each may wait for the GIL while another thread holds it."""

    def __init__(self) -> None:
        self.count = 0
        self.depth = 0

    def wrap(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any) -> Any:
            self.count += self.depth == 0
            self.depth += 1
            try:
                return method(*args)
            finally:
                self.depth -= 1

        return counted


def _counted_ideas(entries: _Entries, parent: QObject) -> tuple[IdeaModel, IdeaFilter]:
    """The ideas model and filter, each of their own methods counted when Qt calls it."""

    def counted(cls: type[Any], names: tuple[str, ...]) -> type[Any]:
        own = {name: entries.wrap(vars(cls)[name]) for name in names if name in vars(cls)}
        return type(cls.__name__, (cls,), own)

    ideas = counted(
        IdeaModel,
        ("rowCount", "columnCount", "data", "flags", "headerData"),
    )
    shown = counted(IdeaFilter, ("filterAcceptsRow", "setData", "mimeData"))
    return _filtered_ideas(parent, ideas, shown)


def _filtered_ideas(
    parent: QObject | None = None,
    ideas_class: type[IdeaModel] = IdeaModel,
    filter_class: type[IdeaFilter] = IdeaFilter,
) -> tuple[IdeaModel, IdeaFilter]:
    model = ideas_class(parent)
    ideas = _ideas("m", 40)
    ideas[3] = replace(ideas[3], status=IdeaStatus.HIDDEN)
    ideas[5] = replace(ideas[5], status=IdeaStatus.MERGED, merged_into=ideas[4].id)
    model.refresh(ideas)
    model.set_links({ideas[6].id: "https://example.org/proposals/12"})
    shown = filter_class({IdeaStatus.KEPT, IdeaStatus.HIDDEN}, parent)
    shown.setSourceModel(model)
    return model, shown


def test_idea_filter_answers_a_cells_roles_in_one_call_as_data_does(qtmodeltester) -> None:
    model, shown = _filtered_ideas()
    qtmodeltester.check(shown)
    roles = [*range(14), OBJECT_ROLE, ID_ROLE, FILTER_ROLE, LINK_ROLE]
    delegate = QStyledItemDelegate()
    for row in range(shown.rowCount()):
        for column in range(shown.columnCount()):
            index = shown.index(row, column)
            for role in roles:
                item = QModelRoleData(role)
                shown.multiData(index, QModelRoleDataSpan(item))
                assert item.data() == index.data(role), (row, column, role)
            assert shown.flags(index) == model.flags(shown.mapToSource(index))
            # what a delegate paints, asked in one call of all its roles
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == index.data(), (row, column)
            assert option.font.italic() == (index.data(OBJECT_ROLE).status is IdeaStatus.HIDDEN)
    assert shown.flags(QModelIndex()) == model.flags(QModelIndex())


def test_idea_model_index_stays_inside_the_rows() -> None:
    model, _ = _filtered_ideas()
    assert model.index(39, 4).isValid()
    for row, column in ((40, 0), (-1, 0), (0, 5), (0, -1)):
        assert not model.index(row, column).isValid()
    assert not model.index(0, 0, model.index(1, 0)).isValid()


def test_painting_the_idea_list_never_enters_python(qtbot) -> None:
    """Each call Qt's C++ makes into Python takes the GIL, and waits for it while the phone
    server or the storage writer runs Python: a repaint of the list asked the ideas for each
    cell's roles (some 24 calls per cell, then 2) and stalled the window while a room voted.
    The list is painted from a plain Qt copy of the ideas: a repaint makes no call."""
    view = QTableView()
    qtbot.addWidget(view)
    entries = _Entries()
    model, shown = _counted_ideas(entries, view)
    view.setModel(shown)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    cells = (last - first + 1) * shown.columnCount()
    assert cells >= 20
    entries.count = 0
    view.viewport().grab()  # paints every visible cell, as a repaint does
    assert entries.count == 0, f"{entries.count} calls into Python for {cells} cells"
    # what is painted is what the model says, and the counting counts
    assert view.model().index(0, 0).data() == model.data(model.index(0, 0))
    assert entries.count > 0
    assert shown.rowCount() == model.rowCount() - 1  # the merged idea is not listed
