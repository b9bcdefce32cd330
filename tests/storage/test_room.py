"""The one read model of the room: the rule for the poll on screen, its caching, countdowns."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitator.domain.errors import ConflictError, ValidationError
from facilitator.domain.model import (
    Ballot,
    Channel,
    CountEntry,
    Idea,
    IdeaSource,
    Meeting,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
    PollState,
    ResultsVisibility,
    now,
)
from facilitator.domain.room import Shown
from facilitator.domain.voting import tally
from facilitator.storage import Workspace


def _poll(ws: Workspace, meeting_id: str, question: str, **extra: object) -> Poll:
    options = (PollOption("Bois"), PollOption("Métal"))
    return ws.polls.create(Poll(meeting_id, question, PollMethod.SINGLE, options, **extra))  # type: ignore[arg-type]


def _vote(ws: Workspace, poll: Poll, voter: str, option: int = 0) -> None:
    ws.ballots.cast(Ballot(poll.id, voter, Channel.PHONE, {"option": poll.options[option].id}))


def test_the_poll_on_screen_and_why(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Réunion"))
    first = _poll(ws, meeting.id, "Premier ?", visibility=ResultsVisibility.HIDDEN)
    second = _poll(ws, meeting.id, "Deuxième ?")
    view = ws.room.view(meeting.id)
    assert view.poll is None and view.shown_because is None  # drafts never show
    assert view.next_poll == first

    ws.polls.open(first.id)
    _vote(ws, first, "phone:a")
    view = ws.room.view(meeting.id)
    assert (view.poll.id, view.shown_because) == (first.id, Shown.OPEN)  # type: ignore[union-attr]
    assert view.tally is not None and view.tally.voters == 1
    assert view.results is None  # hidden until revealed
    assert view.voters == frozenset({"phone:a"})
    assert view.next_poll == second

    # closed and not revealed: it stays on screen (its question, while hands are counted)
    ws.polls.close(first.id)
    view = ws.room.view(meeting.id)
    assert (view.poll.id, view.shown_because) == (first.id, Shown.CLOSED_LAST)  # type: ignore[union-attr]
    assert view.results is None
    ws.polls.reveal(first.id)
    assert ws.room.view(meeting.id).results is not None

    ws.polls.open(second.id)
    assert ws.room.view(meeting.id).poll.id == second.id  # type: ignore[union-attr]
    ws.polls.close(second.id)
    view = ws.room.view(meeting.id)
    assert view.poll.id == second.id and view.results is not None  # type: ignore[union-attr]
    assert view.next_poll is None


def test_a_read_is_kept_until_the_workspace_changes(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Réunion"))
    poll = _poll(ws, meeting.id, "Quel banc ?")
    ws.polls.open(poll.id)
    first = ws.room.view(meeting.id)
    assert ws.room.view(meeting.id) is first  # nothing changed: nothing recounted
    assert ws.room.result(poll.id).tally is first.tally  # the same count for every reader
    _vote(ws, poll, "phone:a", 1)
    ws.ballots.set_counts(CountEntry(poll.id, Channel.SHOW_OF_HANDS, {poll.options[0].id: 3}))
    after = ws.room.view(meeting.id)
    assert after.revision > first.revision
    assert after.tally is not None and after.tally.voters == 4
    assert ws.room.result(poll.id).tally == after.tally
    assert ws.room.result(poll.id).ballots == 1


def test_phones_here_now(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Réunion"))
    here = ws.devices.register(meeting.id, "hash-here")
    gone = ws.devices.register(meeting.id, "hash-gone")
    assert ws.room.view(meeting.id).phones_here == 2

    def seen(device_id: str, minutes_ago: int) -> None:
        stamp = (now() - timedelta(minutes=minutes_ago)).isoformat()
        ws.db.write(
            lambda conn: conn.execute(
                "UPDATE devices SET last_seen_at = ? WHERE id = ?", (stamp, device_id)
            )
        )

    seen(gone.id, 30)
    seen(here.id, 0)
    assert ws.room.view(meeting.id).phones_here == 1  # counted at every read, not cached


def test_a_countdown_closes_the_poll_as_of_its_deadline(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Réunion"))
    poll = _poll(ws, meeting.id, "Vite ?", params=PollParams(countdown=60))
    assert ws.polls.next_deadline() is None
    opened = ws.polls.open(poll.id)
    assert opened.deadline == opened.opened_at + timedelta(seconds=60)  # type: ignore[operator]
    assert ws.polls.next_deadline() == opened.deadline
    _vote(ws, opened, "phone:a")
    assert ws.polls.close_due() == []  # not yet

    # the laptop slept through the deadline: it opened the poll twenty minutes ago
    opened_at = now() - timedelta(minutes=20)
    ws.db.write(
        lambda conn: conn.execute(
            "UPDATE polls SET opened_at = ? WHERE id = ?", (opened_at.isoformat(), poll.id)
        )
    )
    deadline = opened_at + timedelta(seconds=60)
    with pytest.raises(ConflictError, match="clos"):  # a phone's ballot now does not count
        _vote(ws, opened, "phone:b")
    assert [p.id for p in ws.polls.close_due()] == [poll.id]
    stored = ws.polls.get(poll.id)
    assert stored.state is PollState.CLOSED
    assert stored.closed_at == deadline  # when the vote ended, not when the laptop woke
    assert ws.polls.close_due() == []  # closing twice changes nothing
    assert ws.room.result(poll.id).tally.voters == 1
    # paper ballots are typed in after the vote, as always
    ws.ballots.add_paper(poll.id, {"option": opened.options[1].id})
    assert ws.room.result(poll.id).tally.voters == 2


def test_a_countdown_is_between_ten_seconds_and_two_hours(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Réunion"))
    for seconds in (5, 3 * 3600):
        with pytest.raises(ValidationError, match=r"compte à rebours|countdown"):
            _poll(ws, meeting.id, "Trop ?", params=PollParams(countdown=seconds))


def test_the_ideas_wall(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Réunion"))
    bancs = ws.ideas.add(Idea(meeting.id, "Plus de bancs", theme="mobilier"))
    arbres = ws.ideas.add(Idea(meeting.id, "Des arbres", theme="nature"))
    ombre = ws.ideas.add(Idea(meeting.id, "De l'ombre", theme="nature"))
    chaises = ws.ideas.add(Idea(meeting.id, "Des chaises", theme="mobilier"))
    phone = ws.ideas.add(Idea(meeting.id, "Un kiosque", source=IdeaSource.PHONE))
    wall = ws.room.wall(meeting.id)
    assert [(t.name, [i.text for i in t.ideas]) for t in wall.themes] == [
        ("mobilier", ["Plus de bancs", "Des chaises"]),
        ("nature", ["Des arbres", "De l'ombre"]),
    ]  # the phone's idea waits for moderation
    assert ws.room.wall(meeting.id) is wall
    ws.ideas.set_status(phone.id, ws.ideas.get(phone.id).status.KEPT)
    upvotes = ws.polls.create_from_ideas(
        meeting.id, "Vos préférées ?", PollMethod.UPVOTES, [bancs, arbres, ombre, chaises]
    )
    ws.polls.open(upvotes.id)
    for voter, picks in (("a", [0, 2]), ("b", [2]), ("c", [3])):
        ws.ballots.cast(
            Ballot(
                upvotes.id,
                f"phone:{voter}",
                Channel.PHONE,
                {"options": [upvotes.options[n].id for n in picks]},
            )
        )
    ws.ideas.merge([ombre.id], arbres.id)  # "De l'ombre" joins "Des arbres", with its upvotes
    wall = ws.room.wall(meeting.id)
    assert [(t.name, [(i.text, i.upvotes) for i in t.ideas]) for t in wall.themes] == [
        ("mobilier", [("Plus de bancs", 1), ("Des chaises", 1)]),
        ("nature", [("Des arbres", 2)]),
        ("", [("Un kiosque", 0)]),
    ]
    assert [t.name for t in wall.only("nature").themes] == ["nature"]


def _content(method: PollMethod, poll: Poll, n: int) -> dict[str, object]:
    """The ``n``-th phone's ballot: a few different ones, repeated as a room repeats them."""
    if method is PollMethod.YES_NO_ABSTAIN:
        return {"answer": ("yes", "no", "abstain")[n % 3]}
    first, second = poll.options[n % 2].id, poll.options[(n + 1) % 2].id
    if method is PollMethod.SINGLE:
        return {"option": first}
    if method in (PollMethod.APPROVAL, PollMethod.UPVOTES):
        return {"options": [first] if n % 3 else [first, second]}
    if method is PollMethod.DOTS:
        return {"points": {first: 1 + n % 2}}
    return {"grades": {o.id: (n + i) % 5 for i, o in enumerate(poll.options)}}


@pytest.mark.parametrize("method", list(PollMethod))
def test_the_stored_count_is_the_tally_of_every_ballot_read_in_full(
    ws: Workspace, method: PollMethod
) -> None:
    """The room is counted from the ballots' channel and marks alone, each content decoded
    once: the result is the tally of the ballots as stored, whatever the method."""
    meeting = ws.meetings.create(Meeting(title="Conseil de quartier"))
    options: tuple[PollOption, ...] = ()
    if method is not PollMethod.YES_NO_ABSTAIN:
        options = (PollOption("Bois"), PollOption("Métal"), PollOption("Pierre"))
    poll = ws.polls.create(Poll(meeting.id, "Quel banc ?", method, options))
    ws.polls.open(poll.id)
    for n in range(40):
        ws.ballots.cast(Ballot(poll.id, f"device:{n}", Channel.PHONE, _content(method, poll, n)))
    if method is PollMethod.SINGLE:  # and hands raised, typed in
        hands = {poll.options[0].id: 3, poll.options[1].id: 1}
        ws.ballots.set_counts(CountEntry(poll.id, Channel.SHOW_OF_HANDS, hands, voters=4))
    stored = ws.polls.get(poll.id)
    expected = tally(stored, ws.ballots.for_poll(poll.id), ws.ballots.counts(poll.id))
    assert ws.ballots.tally(poll.id) == expected
    assert ws.room.result(poll.id).tally == expected
    assert expected.voters == 40 + (4 if method is PollMethod.SINGLE else 0)
