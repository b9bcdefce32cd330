"""The bundle merge rule (docs/bundles.md), one case at a time, between laptops in one process.

A bundle is the snapshot a laptop shares, through JSON as in the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from facilitator.domain.errors import ConflictError
from facilitator.domain.model import Ballot, Channel, Idea, Meeting, Poll, PollMethod, PollOption
from facilitator.storage import Workspace
from facilitator.storage.bundles import MergeReport


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a = Workspace.open(tmp_path / "a")
    b = Workspace.open(tmp_path / "b")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def bundle(ws: Workspace, meeting_id: str) -> Any:
    return json.loads(json.dumps(ws.bundles.share(meeting_id)))


def send(source: Workspace, target: Workspace, meeting_id: str) -> MergeReport:
    return target.bundles.merge([bundle(source, meeting_id)], "bundle")


def shared_meeting(a: Workspace, b: Workspace) -> tuple[Meeting, list[Idea]]:
    meeting = a.meetings.create(Meeting(title="Conseil de quartier"))
    ideas = [a.ideas.add(Idea(meeting.id, text)) for text in ("Bancs", "Arbres", "Fontaine")]
    a.attendance.adjust(meeting.id, 20)
    send(a, b, meeting.id)
    return meeting, ideas


def test_a_deleted_idea_stays_deleted_even_from_an_older_bundle(
    laptops: tuple[Workspace, Workspace],
) -> None:
    a, b = laptops
    meeting, (benches, *_) = shared_meeting(a, b)
    older = bundle(b, meeting.id)  # B's bundle from before the deletion
    a.ideas.delete(benches.id)
    report = send(a, b, meeting.id)
    assert report.removed == {"idea": 1} and not report.conflicts
    assert benches.id not in {i.id for i in b.ideas.for_meeting(meeting.id)}
    again = a.bundles.merge([older], "older bundle")
    assert not again.changed
    assert benches.id not in {i.id for i in a.ideas.for_meeting(meeting.id)}


def test_an_idea_put_back_after_its_deletion_travelled_comes_back_everywhere(
    laptops: tuple[Workspace, Workspace],
) -> None:
    a, b = laptops
    meeting, (benches, *_) = shared_meeting(a, b)
    a.ideas.delete(benches.id)
    send(a, b, meeting.id)
    a.ideas.restore(benches)  # undo of the deletion: the same id again
    assert send(a, b, meeting.id).added == {"idea": 1}
    assert b.ideas.get(benches.id).text == "Bancs"
    assert not send(b, a, meeting.id).changed


def test_an_edit_made_without_knowing_of_a_deletion_keeps_the_idea_and_is_flagged(
    laptops: tuple[Workspace, Workspace],
) -> None:
    a, b = laptops
    meeting, (benches, *_) = shared_meeting(a, b)
    a.ideas.delete(benches.id)
    b.ideas.update(replace(b.ideas.get(benches.id), text="Des bancs à l'ombre"))
    on_a = send(b, a, meeting.id)
    on_b = send(a, b, meeting.id)
    for ws, report in ((a, on_a), (b, on_b)):
        assert ws.ideas.get(benches.id).text == "Des bancs à l'ombre"  # nothing lost
        assert [(c.entity_id, c.field) for c in report.conflicts] == [(benches.id, "deleted")]
    # the coordinator decides it goes after all: deleting again knows of the edit, and travels
    (conflict,) = b.bundles.conflicts(meeting.id)
    b.bundles.resolve(conflict.id, keep_shown=False)
    assert benches.id not in {i.id for i in b.ideas.for_meeting(meeting.id)}
    send(b, a, meeting.id)
    assert benches.id not in {i.id for i in a.ideas.for_meeting(meeting.id)}
    assert a.bundles.conflicts(meeting.id) == [] == b.bundles.conflicts(meeting.id)


def test_a_conflict_is_settled_once_and_the_choice_travels(
    laptops: tuple[Workspace, Workspace],
) -> None:
    a, b = laptops
    meeting, (_, trees, _) = shared_meeting(a, b)
    a.ideas.update(replace(trees, text="Des arbres fruitiers"))
    b.ideas.update(replace(b.ideas.get(trees.id), text="Des arbres le long de la rue"))
    send(a, b, meeting.id)
    send(b, a, meeting.id)
    shown = {ws.ideas.get(trees.id).text for ws in (a, b)}
    assert shown == {"Des arbres le long de la rue"}  # the later edit, on both laptops
    (conflict,) = a.bundles.conflicts(meeting.id)
    assert (conflict.local, conflict.incoming) == (
        "Des arbres le long de la rue",
        "Des arbres fruitiers",
    )
    a.bundles.resolve(conflict.id, keep_shown=False)  # the coordinator picks the other text
    assert a.ideas.get(trees.id).text == "Des arbres fruitiers"
    assert a.bundles.conflicts(meeting.id) == []
    send(a, b, meeting.id)
    assert b.ideas.get(trees.id).text == "Des arbres fruitiers"
    assert b.bundles.conflicts(meeting.id) == []
    assert not send(b, a, meeting.id).changed


def test_editing_a_conflicting_field_settles_it(laptops: tuple[Workspace, Workspace]) -> None:
    a, b = laptops
    meeting, _ = shared_meeting(a, b)
    a.attendance.adjust(meeting.id, 1)
    b.attendance.adjust(meeting.id, 2)
    send(a, b, meeting.id)
    assert [c.field for c in b.bundles.conflicts(meeting.id)] == ["headcount"]
    b.attendance.save(replace(b.attendance.get(meeting.id), headcount=23))  # counted again
    send(b, a, meeting.id)
    assert a.attendance.get(meeting.id).headcount == 23
    assert a.bundles.conflicts(meeting.id) == [] == b.bundles.conflicts(meeting.id)


def test_a_poll_holding_ballots_is_never_removed_by_a_merge(
    laptops: tuple[Workspace, Workspace],
) -> None:
    a, b = laptops
    meeting, _ = shared_meeting(a, b)
    poll = a.polls.create(
        Poll(
            meeting.id, "Quel jour ?", PollMethod.SINGLE, (PollOption("Lundi"), PollOption("Mardi"))
        )
    )
    send(a, b, meeting.id)
    a.polls.delete(poll.id)  # no ballots on A
    b.polls.open(poll.id)
    b.ballots.cast(Ballot(poll.id, "device:x", Channel.PHONE, {"option": poll.options[0].id}))
    report = send(a, b, meeting.id)
    assert [c.field for c in report.conflicts] == ["deleted"]
    assert b.ballots.count(poll.id) == 1
    send(b, a, meeting.id)
    assert a.ballots.count(poll.id) == 1 and a.polls.get(poll.id).question == "Quel jour ?"
    (conflict,) = a.bundles.conflicts(meeting.id)
    with pytest.raises(ConflictError):
        a.bundles.resolve(conflict.id, keep_shown=False)
    a.bundles.resolve(conflict.id)  # keep it
    send(a, b, meeting.id)
    assert a.bundles.conflicts(meeting.id) == [] == b.bundles.conflicts(meeting.id)


def test_a_ticket_bound_on_another_laptop_carries_the_phones_ballots(
    laptops: tuple[Workspace, Workspace],
) -> None:
    """One person, one ballot across laptops too (docs/phone-voting.md)."""
    a, b = laptops
    meeting, _ = shared_meeting(a, b)
    poll = a.polls.create(Poll(meeting.id, "Fermer la rue ?", PollMethod.YES_NO_ABSTAIN))
    a.polls.open(poll.id)
    phone = a.devices.register(meeting.id, "hash")
    a.ballots.cast(Ballot(poll.id, phone.voter, Channel.PHONE, {"answer": "yes"}))
    a.polls.close(poll.id)
    send(a, b, meeting.id)  # B counts the phone's ballot under the phone's name
    (ticket,) = a.tickets.issue(meeting.id, 1)
    a.devices.bind_ticket(phone.id, ticket.code)
    send(a, b, meeting.id)
    for ws in (a, b):
        assert [x.voter for x in ws.ballots.for_poll(poll.id)] == [f"ticket:{ticket.id}"]
    assert not send(b, a, meeting.id).changed


def test_a_bundle_from_before_registers_still_imports(
    laptops: tuple[Workspace, Workspace],
) -> None:
    """A format 1 bundle (no registers): its rows count as first shared, so a value that
    differs from this laptop's is a conflict, never a silent pick."""
    a, b = laptops
    meeting, (benches, trees, _) = shared_meeting(a, b)
    old = bundle(a, meeting.id)
    del old["registers"]
    old["ideas"][0]["text"] = "Bancs (corrigé avant la mise à jour)"
    report = b.bundles.merge([old], "old bundle")
    assert [(c.entity_id, c.field) for c in report.conflicts] == [(benches.id, "text")]
    assert b.ideas.get(trees.id).text == "Arbres"
    assert not b.bundles.merge([old], "old bundle").changed


def test_incoming_text_is_tidied_as_if_typed_here(laptops: tuple[Workspace, Workspace]) -> None:
    a, b = laptops
    meeting, _ = shared_meeting(a, b)
    raw = bundle(a, meeting.id)
    raw["ideas"].append({**raw["ideas"][0], "id": "new-idea", "text": "  Un potager  "})
    raw["ideas"][-1]["theme"] = "#jardin"
    raw["registers"]["idea"].pop("new-idea", None)
    b.bundles.merge([raw], "bundle")
    assert (b.ideas.get("new-idea").text, b.ideas.get("new-idea").theme) == ("Un potager", "jardin")
