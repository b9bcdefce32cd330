"""Repositories: what a spokesperson, a phone and the sync worker rely on."""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator.domain.errors import ConflictError, NotFoundError, ValidationError
from facilitator.domain.model import (
    Ballot,
    Channel,
    CountEntry,
    Idea,
    IdeaSource,
    IdeaStatus,
    Meeting,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
    PollState,
)
from facilitator.storage import Workspace
from facilitator.storage.ballots import CastOutcome
from facilitator.storage.demo import create_demo


@pytest.fixture
def meeting(ws: Workspace) -> Meeting:
    return ws.meetings.create(Meeting(title="Conseil de quartier", neighbourhood="Centre"))


def single_poll(ws: Workspace, meeting: Meeting, **params: object) -> Poll:
    return ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question="Quel projet ?",
            method=PollMethod.SINGLE,
            options=(PollOption(label="Jardin"), PollOption(label="Marché")),
            params=PollParams(**params),  # type: ignore[arg-type]
        )
    )


# -- meetings -------------------------------------------------------------------------------------


def test_meeting_validation_message_is_for_people(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as info:
        ws.meetings.create(Meeting(title="  "))
    assert info.value.field == "title"
    assert info.value.text("fr") == "Une réunion doit avoir un titre."
    assert info.value.text("en") == "A meeting needs a title."


def test_find_by_prefix_and_ambiguity(ws: Workspace, meeting: Meeting) -> None:
    assert ws.meetings.find(meeting.id[:8]).id == meeting.id
    assert ws.meetings.find(meeting.id).id == meeting.id
    with pytest.raises(NotFoundError):
        ws.meetings.find("ffffffff-nope")
    with pytest.raises(ValidationError):
        ws.meetings.find("ab")


def test_search_archive_and_summaries(ws: Workspace, meeting: Meeting) -> None:
    other = ws.meetings.create(Meeting(title="Budget participatif", place="Mairie annexe"))
    assert [m.id for m in ws.meetings.all(search="mairie")] == [other.id]
    ws.meetings.set_archived(other.id, True)
    assert [m.id for m in ws.meetings.all()] == [meeting.id]
    assert {m.id for m in ws.meetings.all(include_archived=True)} == {meeting.id, other.id}
    ws.ideas.add(Idea(meeting_id=meeting.id, text="Des bancs", theme="mobilier"))
    summary = ws.meetings.summary(meeting.id)
    assert (summary.ideas, summary.themes, summary.polls) == (1, 1, 0)


def test_duplicate_as_template_copies_polls_as_drafts_only(ws: Workspace, meeting: Meeting) -> None:
    poll = single_poll(ws, meeting)
    ws.polls.open(poll.id)
    ws.ballots.cast(Ballot(poll.id, "device:1", Channel.PHONE, {"option": poll.options[0].id}))
    ws.ideas.add(Idea(meeting_id=meeting.id, text="Une idée"))
    copy = ws.meetings.duplicate(meeting.id, "Conseil de quartier (mars)")
    assert copy.id != meeting.id and copy.join_code != meeting.join_code
    polls = ws.polls.for_meeting(copy.id)
    assert [(p.question, p.state) for p in polls] == [("Quel projet ?", PollState.DRAFT)]
    assert [o.label for o in polls[0].options] == ["Jardin", "Marché"]
    assert polls[0].options[0].id != poll.options[0].id
    assert ws.ideas.for_meeting(copy.id) == []
    assert ws.ballots.count(polls[0].id) == 0


# -- ideas ----------------------------------------------------------------------------------------


def test_ideas_keep_capture_order_and_move(ws: Workspace, meeting: Meeting) -> None:
    ideas = [ws.ideas.add(Idea(meeting_id=meeting.id, text=f"idée {n}")) for n in range(5)]
    assert [i.position for i in ideas] == [0, 1, 2, 3, 4]
    ws.ideas.move(ideas[4].id, 1)
    assert [i.text for i in ws.ideas.for_meeting(meeting.id)] == [
        "idée 0",
        "idée 4",
        "idée 1",
        "idée 2",
        "idée 3",
    ]


def test_merge_keeps_both_texts_and_shows_one(ws: Workspace, meeting: Meeting) -> None:
    a = ws.ideas.add(Idea(meeting_id=meeting.id, text="Plus d'arbres"))
    b = ws.ideas.add(Idea(meeting_id=meeting.id, text="Planter des arbres"))
    c = ws.ideas.add(Idea(meeting_id=meeting.id, text="Des arbres partout"))
    ws.ideas.merge([b.id], c.id)
    ws.ideas.merge([c.id], a.id)  # c, and b with it, now live under a
    kept = ws.ideas.for_meeting(meeting.id, [IdeaStatus.KEPT])
    assert [i.id for i in kept] == [a.id]
    merged = ws.ideas.merged_into(a.id)
    assert {i.text for i in merged} == {"Planter des arbres", "Des arbres partout"}
    ws.ideas.unmerge(c.id)
    assert {i.id for i in ws.ideas.for_meeting(meeting.id, [IdeaStatus.KEPT])} == {a.id, c.id}
    with pytest.raises(ValidationError):
        ws.ideas.merge([a.id], a.id)


def test_phone_ideas_wait_in_the_inbox_and_retries_do_not_duplicate(
    ws: Workspace, meeting: Meeting
) -> None:
    idea = Idea(meeting_id=meeting.id, text="Une fontaine", source=IdeaSource.PHONE)
    first = ws.ideas.add(idea)
    again = ws.ideas.add(idea)
    assert first.status is IdeaStatus.PENDING
    assert again.id == first.id
    assert [i.id for i in ws.ideas.pending(meeting.id)] == [idea.id]
    ws.ideas.set_status(idea.id, IdeaStatus.KEPT)
    assert ws.ideas.pending(meeting.id) == []
    assert ws.ideas.themes(meeting.id) == {"": 1}


def test_delete_and_restore_an_idea(ws: Workspace, meeting: Meeting) -> None:
    idea = ws.ideas.add(Idea(meeting_id=meeting.id, text="Un kiosque", theme="#culture"))
    assert idea.theme == "culture"
    ws.ideas.delete(idea.id)
    assert ws.ideas.for_meeting(meeting.id) == []
    ws.ideas.restore(idea)
    assert ws.ideas.get(idea.id) == idea


# -- polls and ballots ----------------------------------------------------------------------------


def test_one_poll_open_at_a_time(ws: Workspace, meeting: Meeting) -> None:
    first = single_poll(ws, meeting)
    second = single_poll(ws, meeting)
    ws.polls.open(first.id)
    ws.polls.open(second.id)
    assert ws.polls.get(first.id).state is PollState.CLOSED
    assert ws.polls.open_poll(meeting.id) == ws.polls.get(second.id)
    assert ws.polls.find(meeting.id, "1").id == first.id


def test_options_are_frozen_once_open(ws: Workspace, meeting: Meeting) -> None:
    poll = single_poll(ws, meeting)
    ws.polls.update(replace(poll, options=(*poll.options, PollOption(label="Aire de jeux"))))
    opened = ws.polls.open(poll.id)
    assert len(opened.options) == 3
    with pytest.raises(ConflictError):
        ws.polls.update(replace(opened, options=opened.options[:2]))
    ws.polls.update(replace(opened, question="Quel projet en premier ?"))
    assert ws.polls.get(poll.id).question == "Quel projet en premier ?"


def test_one_ballot_per_voter_last_counts(ws: Workspace, meeting: Meeting) -> None:
    poll = ws.polls.open(single_poll(ws, meeting).id)
    jardin, marche = (o.id for o in poll.options)
    first = ws.ballots.cast(Ballot(poll.id, "device:a", Channel.PHONE, {"option": jardin}))
    assert first.outcome is CastOutcome.RECORDED
    changed = ws.ballots.cast(Ballot(poll.id, "device:a", Channel.PHONE, {"option": marche}))
    assert changed.outcome is CastOutcome.REPLACED
    assert ws.ballots.count(poll.id) == 1
    assert ws.ballots.for_voter(poll.id, "device:a").content == {"option": marche}  # type: ignore[union-attr]
    # a retry of the first request (same idempotency key) changes nothing
    retry = ws.ballots.cast(
        Ballot(
            poll.id,
            "device:a",
            Channel.PHONE,
            {"option": jardin},
            idempotency_key=first.ballot.idempotency_key,
        )
    )
    assert retry.outcome is CastOutcome.DUPLICATE
    assert ws.ballots.for_voter(poll.id, "device:a").content == {"option": marche}  # type: ignore[union-attr]


def test_no_change_allowed_when_the_poll_says_so(ws: Workspace, meeting: Meeting) -> None:
    poll = ws.polls.open(single_poll(ws, meeting, allow_change=False).id)
    ws.ballots.cast(Ballot(poll.id, "device:a", Channel.PHONE, {"option": poll.options[0].id}))
    with pytest.raises(ConflictError) as info:
        ws.ballots.cast(Ballot(poll.id, "device:a", Channel.PHONE, {"option": poll.options[1].id}))
    assert "already voted" in info.value.en


def test_late_ballot_gets_a_clear_answer(ws: Workspace, meeting: Meeting) -> None:
    poll = single_poll(ws, meeting)
    with pytest.raises(ConflictError) as info:
        ws.ballots.cast(Ballot(poll.id, "device:a", Channel.PHONE, {"option": poll.options[0].id}))
    assert "not open yet" in info.value.en
    ws.polls.open(poll.id)
    ws.polls.close(poll.id)
    with pytest.raises(ConflictError) as info:
        ws.ballots.cast(Ballot(poll.id, "device:a", Channel.PHONE, {"option": poll.options[0].id}))
    assert "closed" in info.value.en
    # paper ballots are counted after the close
    ws.ballots.add_paper(poll.id, {"option": poll.options[0].id})
    assert ws.ballots.count(poll.id) == 1


def test_invalid_ballot_is_refused_and_not_stored(ws: Workspace, meeting: Meeting) -> None:
    poll = ws.polls.open(single_poll(ws, meeting).id)
    with pytest.raises(ValidationError):
        ws.ballots.cast(Ballot(poll.id, "device:a", Channel.PHONE, {"option": "not-an-option"}))
    assert ws.ballots.count(poll.id) == 0


def test_typed_counts_merge_into_the_tally(ws: Workspace, meeting: Meeting) -> None:
    poll = ws.polls.open(single_poll(ws, meeting).id)
    jardin, marche = (o.id for o in poll.options)
    for n in range(3):
        ws.ballots.cast(Ballot(poll.id, f"device:{n}", Channel.PHONE, {"option": jardin}))
    ws.ballots.set_counts(
        CountEntry(poll.id, Channel.SHOW_OF_HANDS, {jardin: 2, marche: 9}, voters=11)
    )
    # typing the show of hands again replaces the previous count
    ws.ballots.set_counts(
        CountEntry(poll.id, Channel.SHOW_OF_HANDS, {jardin: 1, marche: 8}, voters=9)
    )
    tally = ws.ballots.tally(poll.id)
    votes = {o.option_id: o.votes for o in tally.options}
    assert votes == {jardin: 4, marche: 8}
    assert tally.winners == (marche,)
    assert tally.turnout[Channel.PHONE] == 3
    assert tally.turnout[Channel.SHOW_OF_HANDS] == 9
    assert tally.voters == 12
    with pytest.raises(ConflictError):
        ws.ballots.set_counts(CountEntry(poll.id, Channel.PHONE, {jardin: 1}))
    ws.ballots.clear_counts(poll.id, Channel.SHOW_OF_HANDS)
    assert ws.ballots.tally(poll.id).voters == 3


def test_foreign_keys_protect_ballots(ws: Workspace, meeting: Meeting) -> None:
    poll = ws.polls.open(single_poll(ws, meeting).id)
    ws.ballots.cast(Ballot(poll.id, "device:a", Channel.PHONE, {"option": poll.options[0].id}))
    ws.meetings.delete(meeting.id)
    assert ws.db.query_one("SELECT COUNT(*) FROM ballots")[0] == 0
    with pytest.raises(NotFoundError):
        ws.ballots.cast(Ballot(poll.id, "device:b", Channel.PHONE, {"option": poll.options[0].id}))


# -- attendance and tickets -----------------------------------------------------------------------


def test_headcount_never_goes_negative(ws: Workspace, meeting: Meeting) -> None:
    assert ws.attendance.adjust(meeting.id, 3).headcount == 3
    assert ws.attendance.adjust(meeting.id, -5).headcount == 0
    with pytest.raises(NotFoundError):
        ws.attendance.adjust("missing", 1)


def test_ticket_binds_to_the_first_phone(ws: Workspace, meeting: Meeting) -> None:
    tickets = ws.tickets.issue(meeting.id, 3)
    assert [t.number for t in tickets] == [1, 2, 3]
    assert len({t.code for t in tickets}) == 3
    assert [t.number for t in ws.tickets.issue(meeting.id, 2)] == [4, 5]
    bound = ws.tickets.bind(tickets[0].code, "phone-1")
    assert bound.bound_device == "phone-1"
    assert ws.tickets.bind(tickets[0].code, "phone-1").bound_device == "phone-1"
    with pytest.raises(ConflictError) as info:
        ws.tickets.bind(tickets[0].code, "phone-2")
    assert "another phone" in info.value.en
    assert ws.tickets.counts(meeting.id) == (5, 1)
    with pytest.raises(ValidationError):
        ws.tickets.issue(meeting.id, 0)


# -- demo -----------------------------------------------------------------------------------------


def test_demo_meeting_is_complete(ws: Workspace) -> None:
    meeting = create_demo(ws)
    summary = ws.meetings.summary(meeting.id)
    assert summary.ideas == 20 and summary.themes == 4
    assert summary.pending_ideas == 2
    polls = ws.polls.for_meeting(meeting.id)
    assert {p.method for p in polls} == set(PollMethod)
    assert [p.method for p in polls if p.state is PollState.OPEN] == [PollMethod.MAJORITY_JUDGMENT]
    channels = {b.channel for p in polls for b in ws.ballots.for_poll(p.id)}
    channels |= {c.channel for p in polls for c in ws.ballots.counts(p.id)}
    assert channels == set(Channel)
    assert summary.headcount == 47 and summary.tickets == 30
    # the open poll votes with tickets: no phone ballot without one counts there
    judgment = next(p for p in polls if p.state is PollState.OPEN)
    assert {b.channel for b in ws.ballots.for_poll(judgment.id)} == {Channel.TICKET}
    for poll in polls:
        tally = ws.ballots.tally(poll.id)
        if poll.method is not PollMethod.UPVOTES:
            assert tally.voters > 0 and tally.winners


def test_idempotency_key_of_another_voter_is_refused(ws: Workspace, meeting: Meeting) -> None:
    poll = ws.polls.open(single_poll(ws, meeting).id)
    first = ws.ballots.cast(
        Ballot(poll.id, "device:a", Channel.PHONE, {"option": poll.options[0].id})
    )
    with pytest.raises(ValidationError):
        ws.ballots.cast(
            Ballot(
                poll.id,
                "device:b",
                Channel.PHONE,
                {"option": poll.options[1].id},
                idempotency_key=first.ballot.idempotency_key,
            )
        )
    assert ws.ballots.count(poll.id) == 1
    assert ws.ballots.by_key(first.ballot.idempotency_key) == first.ballot


def test_ticket_codes_are_easy_to_type(ws: Workspace, meeting: Meeting) -> None:
    from facilitator.domain.model import TICKET_ALPHABET, format_ticket_code

    ticket = ws.tickets.issue(meeting.id, 1)[0]
    assert set(ticket.code) <= set(TICKET_ALPHABET)
    assert not set(ticket.code) & set("01OIL")
    typed = format_ticket_code(ticket.code).lower().replace("-", " - ")
    assert ws.tickets.by_code(typed) == ticket
    assert ws.tickets.bind(typed, "phone-1").bound_device == "phone-1"
