"""One write, one job: a repository write reads what it changes inside the job that writes it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from typing import Any

import pytest

from facilitator.domain.errors import ConflictError, NotFoundError
from facilitator.domain.model import (
    Ballot,
    Channel,
    Idea,
    IdeaSource,
    IdeaStatus,
    Meeting,
    MeetingStatus,
    Poll,
    PollMethod,
    PollOption,
    PollState,
)
from facilitator.storage import Workspace
from facilitator.storage.changes import SOME, Op
from facilitator.storage.workspace import Repositories


def _hold_the_writer(ws: Workspace) -> tuple[threading.Event, threading.Semaphore, Future[Any]]:
    """Keep the writer busy until the returned event is set; the semaphore is released each time
    a write job is queued meanwhile, so a test knows when both racing writes are waiting."""
    gate = threading.Event()
    held: Future[Any] = ws.db.submit(lambda conn: gate.wait(30))
    queued = threading.Semaphore(0)
    submit = ws.db.submit

    def counting(job: Callable[..., Any]) -> Future[Any]:
        future = submit(job)
        queued.release()
        return future

    ws.db.submit = counting  # type: ignore[method-assign]
    return gate, queued, held


def test_archive_and_status_change_at_once_keep_both(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Conseil de quartier"))
    gate, queued, held = _hold_the_writer(ws)
    archive = threading.Thread(target=ws.meetings.set_archived, args=(meeting.id, True))
    close = threading.Thread(target=ws.meetings.set_status, args=(meeting.id, MeetingStatus.CLOSED))
    archive.start()
    assert queued.acquire(timeout=10)
    close.start()
    assert queued.acquire(timeout=10)
    gate.set()
    archive.join()
    close.join()
    held.result()
    after = ws.meetings.get(meeting.id)
    assert (after.archived, after.status) == (True, MeetingStatus.CLOSED)


# -- operations and their undo -------------------------------------------------------------------


def _meeting(ws: Workspace) -> str:
    return ws.meetings.create(Meeting(title="Atelier")).id


def _status(ws: Workspace, meeting_id: str) -> dict[str, IdeaStatus]:
    return {i.text: i.status for i in ws.ideas.for_meeting(meeting_id)}


def test_an_operation_is_one_job_and_returns_its_changes_with_before_images(
    ws: Workspace,
) -> None:
    meeting_id = _meeting(ws)
    a, b, c = (ws.ideas.add(Idea(meeting_id=meeting_id, text=t)) for t in ("a", "b", "c"))
    outcome = ws.apply(lambda w: w.ideas.merge([a.id, b.id, c.id], a.id))
    assert outcome.value.id == a.id
    changed = outcome.changes.of("idea")
    assert {ch.key for ch in changed} == {b.id, c.id}
    assert all(ch.op is Op.UPDATED for ch in changed)
    assert {ch.before["status"] for ch in changed if ch.before} == {"kept"}
    assert {ch.after["status"] for ch in changed if ch.after} == {"merged"}
    assert outcome.changes.seqs  # journalled in the same job


def test_a_refused_step_undoes_the_whole_operation(ws: Workspace) -> None:
    meeting_id = _meeting(ws)
    a = ws.ideas.add(Idea(meeting_id=meeting_id, text="a"))

    def op(w: Repositories) -> None:
        w.ideas.set_status(a.id, IdeaStatus.HIDDEN)
        w.ideas.set_status("no-such-idea", IdeaStatus.HIDDEN)

    with pytest.raises(NotFoundError):
        ws.apply(op)
    assert _status(ws, meeting_id) == {"a": IdeaStatus.KEPT}


def test_revert_leaves_what_others_wrote_meanwhile(ws: Workspace) -> None:
    meeting_id = _meeting(ws)
    a, b = (ws.ideas.add(Idea(meeting_id=meeting_id, text=t)) for t in ("a", "b"))
    merge = ws.apply(lambda w: w.ideas.merge([a.id, b.id], a.id)).changes
    ws.ideas.add(Idea(meeting_id=meeting_id, text="phone", source=IdeaSource.PHONE))
    typed = ws.apply(lambda w: w.ideas.add(Idea(meeting_id=meeting_id, text="typed"))).changes
    # someone else edits the merged idea's theme meanwhile: that edit stays
    ws.ideas.update(replace(ws.ideas.get(b.id), theme="vélo"))
    ws.revert(typed)
    redo = ws.revert(merge)
    assert _status(ws, meeting_id) == {
        "a": IdeaStatus.KEPT,
        "b": IdeaStatus.KEPT,
        "phone": IdeaStatus.PENDING,
    }
    assert ws.ideas.get(b.id).theme == "vélo"
    ws.revert(redo)
    assert _status(ws, meeting_id)["b"] is IdeaStatus.MERGED


def test_undo_of_a_headcount_takes_back_only_its_own_difference(ws: Workspace) -> None:
    meeting_id = _meeting(ws)
    mine = ws.apply(lambda w: w.attendance.adjust(meeting_id, 3)).changes
    ws.attendance.adjust(meeting_id, 2)  # another window
    ws.revert(mine)
    assert ws.attendance.get(meeting_id).headcount == 2


def test_undo_never_removes_what_others_refer_to_now(ws: Workspace) -> None:
    meeting_id = _meeting(ws)
    poll = Poll(
        meeting_id, "Quel jour ?", PollMethod.SINGLE, (PollOption("Lundi"), PollOption("Mardi"))
    )
    created = ws.apply(lambda w: w.polls.create(poll)).changes
    ws.polls.open(poll.id)
    ws.ballots.cast(Ballot(poll.id, "device:1", Channel.PHONE, {"option": poll.options[0].id}))
    with pytest.raises(ConflictError):
        ws.revert(created)
    assert ws.ballots.count(poll.id) == 1
    assert [o.label for o in ws.polls.get(poll.id).options] == ["Lundi", "Mardi"]


def test_a_poll_with_votes_does_not_go_back_to_draft_by_undo(ws: Workspace) -> None:
    meeting_id = _meeting(ws)
    poll = ws.polls.create(
        Poll(
            meeting_id, "Quel jour ?", PollMethod.SINGLE, (PollOption("Lundi"), PollOption("Mardi"))
        )
    )
    opened = ws.apply(lambda w: w.polls.open(poll.id)).changes
    ws.ballots.cast(Ballot(poll.id, "device:1", Channel.PHONE, {"option": poll.options[0].id}))
    with pytest.raises(ConflictError):
        ws.revert(opened)
    assert ws.polls.get(poll.id).state is PollState.OPEN


def test_deleting_a_poll_and_undoing_puts_back_its_options(ws: Workspace) -> None:
    meeting_id = _meeting(ws)
    poll = ws.polls.create(
        Poll(
            meeting_id, "Quel jour ?", PollMethod.SINGLE, (PollOption("Lundi"), PollOption("Mardi"))
        )
    )
    deleted = ws.apply(lambda w: w.polls.delete(poll.id)).changes
    assert {c.kind for c in deleted} == {"poll", "option"}
    ws.revert(deleted)
    assert ws.polls.get(poll.id) == poll


def test_merged_steps_undo_as_one(ws: Workspace) -> None:
    meeting_id = _meeting(ws)
    steps = [
        ws.apply(lambda w, d=d: w.attendance.adjust(meeting_id, d)).changes for d in (1, 1, -1, 5)
    ]
    merged = steps[0]
    for step in steps[1:]:
        merged = merged.then(step)
    assert len(merged) == 1
    ws.revert(merged)
    assert ws.attendance.get(meeting_id).headcount == 0


def test_the_feed_names_what_others_changed_with_rows_as_they_are_now(ws: Workspace) -> None:
    meeting_id = _meeting(ws)
    since = ws.journal.revision()
    idea = ws.ideas.add(Idea(meeting_id=meeting_id, text="du téléphone", source=IdeaSource.PHONE))
    ws.ideas.update(replace(ws.ideas.get(idea.id), text="du téléphone, corrigée"))
    mine = ws.apply(lambda w: w.attendance.adjust(meeting_id, 1)).changes
    feed = ws.journal.feed(since, skip=mine.seqs)
    [change] = feed.changes.of()
    assert (change.kind, change.key, change.op) == ("idea", idea.id, Op.CREATED)
    assert change.decoded().text == "du téléphone, corrigée"
    assert feed.seq == ws.journal.revision() and not feed.more


def _room_voted(ws: Workspace, phones: int) -> tuple[str, Poll, int]:
    """A meeting with an open poll, and the revision before ``phones`` phones voted in it."""
    meeting_id = _meeting(ws)
    options = (PollOption("Lundi"), PollOption("Mardi"))
    poll = ws.polls.create(Poll(meeting_id, "Quel jour ?", PollMethod.SINGLE, options))
    ws.polls.open(poll.id)
    since = ws.journal.revision()
    for n in range(phones):
        ws.ballots.cast(Ballot(poll.id, f"device:{n}", Channel.PHONE, {"option": options[0].id}))
    return meeting_id, poll, since


def test_the_feed_names_a_room_of_ballots_once(ws: Workspace) -> None:
    meeting_id, _, since = _room_voted(ws, 50)
    [change] = ws.journal.feed(since).changes.of("ballot")
    assert (change.key, change.meeting_id) == (SOME, meeting_id)


def test_the_feed_pages_through_ballots_and_ideas_in_order_and_skips_mine(ws: Workspace) -> None:
    meeting_id, poll, since = _room_voted(ws, 30)
    phone = ws.ideas.add(Idea(meeting_id=meeting_id, text="du téléphone", source=IdeaSource.PHONE))
    mine = ws.apply(
        lambda w: w.ballots.cast(
            Ballot(poll.id, "paper", Channel.PAPER, {"option": poll.options[1].id})
        )
    ).changes
    # a window of 20 entries holds ballots only, and says more are left
    first = ws.journal.feed(since, limit=20)
    assert [(c.kind, c.key) for c in first.changes.of()] == [("ballot", SOME)]
    assert first.more and first.seq == since + 20
    # the rest: the last ballots before the idea, in the order they were journalled
    rest = ws.journal.feed(first.seq, limit=20)
    assert [(c.kind, c.key) for c in rest.changes.of()] == [("ballot", SOME), ("idea", phone.id)]
    assert rest.seq == ws.journal.revision() and not rest.more
    # only my own ballot after the idea: nothing to tell, and the revision moves on
    after_idea = ws.journal.feed(rest.seq - 1, skip=mine.seqs)
    assert after_idea.changes.of() == []
    assert after_idea.seq == ws.journal.revision()
