"""Meeting bundles between laptops: merge by UUID, idempotency, conflicts, bad files refused."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.domain.model import Ballot, Channel, Idea, IdeaStatus
from facilitator.export import bundle as bundle_file
from facilitator.export import service
from facilitator.storage import Workspace
from facilitator.storage.bundles import BundleError
from facilitator.storage.demo import create_demo


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a = Workspace.open(tmp_path / "laptop-a")
    b = Workspace.open(tmp_path / "laptop-b")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def _tallies(ws: Workspace, meeting_id: str) -> list[dict[str, object]]:
    return [ws.ballots.tally(p.id).to_dict() for p in ws.polls.for_meeting(meeting_id)]


def _state(ws: Workspace) -> tuple[int, int, int]:
    row = ws.db.query_one(
        "SELECT (SELECT COUNT(*) FROM meetings), (SELECT COUNT(*) FROM ideas), "
        "(SELECT COUNT(*) FROM ballots)"
    )
    assert row is not None
    return (row[0], row[1], row[2])


def test_a_bundle_carries_the_whole_meeting_and_importing_twice_changes_nothing(
    laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = laptops
    meeting = create_demo(a)
    path = tmp_path / "meeting.fbundle"
    result = service.export_bundle(a, [meeting.id], path)
    assert result.counts["ballots"] == sum(
        a.ballots.count(p.id) for p in a.polls.for_meeting(meeting.id)
    )

    first = service.import_bundle(b, path)
    assert first.added["meeting"] == 1
    assert first.added["ballot"] == result.counts["ballots"]
    assert not first.conflicts
    assert b.bundles.snapshot(meeting.id) == a.bundles.snapshot(meeting.id)
    assert _tallies(b, meeting.id) == _tallies(a, meeting.id)
    assert b.tickets.counts(meeting.id) == a.tickets.counts(meeting.id)
    assert b.attendance.get(meeting.id).headcount == 47

    revision = b.journal.revision()
    again = service.import_bundle(b, path)
    assert not again.changed
    assert b.journal.revision() == revision
    assert "nothing changed" in " ".join(again.describe("en"))


def test_both_sides_additions_are_kept_and_conflicting_edits_flagged(
    laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = laptops
    meeting = create_demo(a)
    service.import_bundle(b, _export(a, meeting.id, tmp_path / "1.fbundle"))
    ideas = a.ideas.for_meeting(meeting.id, [IdeaStatus.KEPT])
    both, only_a, only_b = ideas[0], ideas[1], ideas[2]

    # laptop A: a new idea, an edit of its own, an edit both make, a late ticket ballot
    a.ideas.add(Idea(meeting_id=meeting.id, text="Idée ajoutée sur le portable A"))
    a.ideas.update(replace(only_a, text="Modifiée sur A seulement"))
    a.ideas.update(replace(both, text="Version de A"))
    judgment = a.polls.open_poll(meeting.id)
    assert judgment is not None
    a.ballots.cast(
        Ballot(
            poll_id=judgment.id,
            voter="ticket:late",
            channel=Channel.TICKET,
            content={"grades": {o.id: 1 for o in judgment.options}},
        )
    )
    # laptop B: its own new idea, its own edit, and the same idea edited differently
    b.ideas.add(Idea(meeting_id=meeting.id, text="Idée ajoutée sur le portable B"))
    b.ideas.update(replace(b.ideas.get(only_b.id), text="Modifiée sur B seulement"))
    b.ideas.update(replace(b.ideas.get(both.id), text="Version de B"))

    path = _export(a, meeting.id, tmp_path / "2.fbundle")
    report = service.import_bundle(b, path)

    texts = {i.text for i in b.ideas.for_meeting(meeting.id)}
    assert {"Idée ajoutée sur le portable A", "Idée ajoutée sur le portable B"} <= texts
    assert b.ideas.get(only_a.id).text == "Modifiée sur A seulement"  # only A edited: taken
    assert b.ideas.get(only_b.id).text == "Modifiée sur B seulement"  # only B edited: kept
    assert b.ideas.get(both.id).text == "Version de B"  # both edited: local kept...
    conflicts = b.bundles.conflicts(meeting.id)
    assert [(c.entity, c.entity_id, c.field) for c in conflicts] == [("idea", both.id, "text")]
    assert conflicts[0].local == "Version de B" and conflicts[0].incoming == "Version de A"
    assert "2.fbundle" in conflicts[0].source
    assert report.conflicts == tuple(conflicts)  # ...and flagged
    assert report.added["ballot"] == 1 and report.updated["idea"] == 1
    assert b.ballots.count(judgment.id) == a.ballots.count(judgment.id)

    revision = b.journal.revision()
    assert not service.import_bundle(b, path).changed  # importing twice changes nothing
    assert b.journal.revision() == revision
    assert len(b.bundles.conflicts(meeting.id)) == 1

    b.bundles.resolve(conflicts[0].id)
    assert b.bundles.conflicts(meeting.id) == []
    assert len(b.bundles.conflicts(meeting.id, unresolved=False)) == 1


def test_a_bundle_back_to_the_first_laptop_takes_the_other_sides_edits(
    laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, b = laptops
    meeting = create_demo(a)
    service.import_bundle(b, _export(a, meeting.id, tmp_path / "1.fbundle"))
    idea = a.ideas.for_meeting(meeting.id)[3]
    b.ideas.update(replace(b.ideas.get(idea.id), text="Corrigée sur B"))
    b.attendance.adjust(meeting.id, 3)
    report = service.import_bundle(a, _export(b, meeting.id, tmp_path / "2.fbundle"))
    assert not report.conflicts
    assert a.ideas.get(idea.id).text == "Corrigée sur B"
    assert a.attendance.get(meeting.id).headcount == 50


def _export(ws: Workspace, meeting_id: str, path: Path) -> Path:
    service.export_bundle(ws, [meeting_id], path)
    return path


def _rewrite(path: Path, target: Path, *, manifest_edit=None, payload_edit=None) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        payload = json.loads(zf.read("payload.json"))
    if payload_edit:
        payload_edit(payload)
    data = json.dumps(payload).encode()
    manifest["payload"]["size"] = len(data)
    manifest["payload"]["sha256"] = hashlib.sha256(data).hexdigest()
    if manifest_edit:
        manifest_edit(manifest)
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("payload.json", data)
    return target


@pytest.mark.parametrize(
    "damage",
    [
        "truncated",
        "flipped",
        "foreign-zip",
        "text",
        "empty",
        "newer",
        "checksum",
        "other-meeting",
        "invalid-idea",
        "wrong-type",
        "broken-register",
        "invalid-register-value",
        "register-of-another-meeting",
        "register-of-an-unknown-field",
    ],
)
def test_bad_bundles_are_refused_and_change_nothing(
    laptops: tuple[Workspace, Workspace], tmp_path: Path, damage: str
) -> None:
    a, b = laptops
    meeting = create_demo(a)
    other = create_demo(b, seed=7)  # laptop B already has a meeting of its own
    good = _export(a, meeting.id, tmp_path / "good.fbundle")
    bad = tmp_path / "bad.fbundle"
    raw = good.read_bytes()
    if damage == "truncated":
        bad.write_bytes(raw[: len(raw) // 2])
    elif damage == "flipped":
        middle = len(raw) // 2
        bad.write_bytes(raw[:middle] + bytes([raw[middle] ^ 0xFF]) + raw[middle + 1 :])
    elif damage == "foreign-zip":
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("word/document.xml", "<w/>")
    elif damage == "text":
        bad.write_text("title;body\nhello;world\n")
    elif damage == "empty":
        bad.write_bytes(b"")
    elif damage == "newer":
        _rewrite(good, bad, manifest_edit=lambda m: m.update(version=bundle_file.VERSION + 1))
    elif damage == "checksum":
        _rewrite(good, bad, manifest_edit=lambda m: m["payload"].update(sha256="0" * 64))
    elif damage == "invalid-idea":

        def blank(payload: dict) -> None:  # type: ignore[type-arg]
            payload["meetings"][0]["ideas"][0]["text"] = "   "

        _rewrite(good, bad, payload_edit=blank)
    elif damage == "wrong-type":

        def number(payload: dict) -> None:  # type: ignore[type-arg]
            payload["meetings"][0]["ballots"][0]["voter"] = 12

        _rewrite(good, bad, payload_edit=number)
    elif damage == "broken-register":

        def broken(payload: dict) -> None:  # type: ignore[type-arg]
            registers = payload["meetings"][0]["registers"]["idea"]
            next(iter(registers.values()))["text"]["versions"][0][1] = -1

        _rewrite(good, bad, payload_edit=broken)
    elif damage == "invalid-register-value":

        def blank(payload: dict) -> None:  # type: ignore[type-arg]
            registers = payload["meetings"][0]["registers"]["idea"]
            next(iter(registers.values()))["text"]["versions"][0][3] = "   "

        _rewrite(good, bad, payload_edit=blank)
    elif damage == "register-of-another-meeting":
        # a crafted bundle trying to delete an idea of another meeting on this laptop
        target = b.ideas.for_meeting(other.id)[0]

        def delete(payload: dict) -> None:  # type: ignore[type-arg]
            registers = payload["meetings"][0]["registers"]["idea"]
            registers[target.id] = {
                "exists": {"versions": [["evil", 9, "", False]], "context": {"evil": 9}}
            }

        _rewrite(good, bad, payload_edit=delete)
    elif damage == "register-of-an-unknown-field":

        def unknown(payload: dict) -> None:  # type: ignore[type-arg]
            registers = payload["meetings"][0]["registers"]["idea"]
            next(iter(registers.values()))["meeting_id"] = {"versions": [], "context": {}}

        _rewrite(good, bad, payload_edit=unknown)
    else:
        # a crafted bundle trying to rewrite an idea of another meeting on this laptop
        victim = b.ideas.for_meeting(other.id)[0]

        def steal(payload: dict) -> None:  # type: ignore[type-arg]
            idea = dict(payload["meetings"][0]["ideas"][0])
            idea.update(id=victim.id, text="pwned")
            payload["meetings"][0]["ideas"].append(idea)

        _rewrite(good, bad, payload_edit=steal)
    before, revision = _state(b), b.journal.revision()
    with pytest.raises(BundleError) as info:
        service.import_bundle(b, bad)
    assert info.value.en and info.value.fr and info.value.en != info.value.fr
    assert "Nothing was imported" in info.value.en and "Rien n'a été importé" in info.value.fr
    if damage == "newer":
        assert "newer version" in info.value.en
    assert _state(b) == before
    assert b.journal.revision() == revision
    assert b.ideas.for_meeting(other.id)[0].text != "pwned"
