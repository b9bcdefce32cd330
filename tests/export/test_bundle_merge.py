"""Two laptops swapping bundles converge, field by field (issue 8, item 2), through the CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.domain.model import IdeaStatus
from facilitator.storage import Workspace


def run(data_dir: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data_dir), "--lang", "en", *args])


def meeting_as_seen(data_dir: Path, meeting_id: str) -> dict[str, object]:
    """What a laptop holds of a meeting, its field registers included."""
    with Workspace.open(data_dir) as ws:
        snapshot = ws.bundles.snapshot(meeting_id)
    return snapshot


def demo_on_two_laptops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, Path, str]:
    """Laptop A makes the demo; B imports A's bundle."""
    a, b = tmp_path / "laptop-a", tmp_path / "laptop-b"
    assert run(a, "demo") == 0
    meeting_id = capsys.readouterr().out.strip()
    assert run(a, "export", meeting_id, "--bundle", str(tmp_path / "first.fbundle")) == 0
    assert run(b, "import-bundle", str(tmp_path / "first.fbundle")) == 0
    capsys.readouterr()
    return a, b, meeting_id


def test_two_laptops_swapping_bundles_keep_both_sides_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, meeting_id = demo_on_two_laptops(tmp_path, capsys)

    with Workspace.open(a) as ws:
        one, two, three = ws.ideas.for_meeting(meeting_id, [IdeaStatus.KEPT])[:3]
        ws.ideas.update(replace(one, text="Idée 1 reformulée sur A"))
        ws.ideas.update(replace(two, theme="Thème changé sur A"))
        ws.attendance.adjust(meeting_id, 5)  # 47 -> 52
    with Workspace.open(b) as ws:
        ws.ideas.update(replace(ws.ideas.get(one.id), text="Idée 1 reformulée sur B"))
        ws.ideas.update(replace(ws.ideas.get(three.id), text="Idée 3 corrigée sur B"))
        attendance = ws.attendance.get(meeting_id)
        ws.attendance.save(replace(attendance, notes="Notes prises sur B"))

    assert run(a, "export", meeting_id, "--bundle", str(tmp_path / "from-a.fbundle")) == 0
    assert run(b, "export", meeting_id, "--bundle", str(tmp_path / "from-b.fbundle")) == 0
    capsys.readouterr()
    assert run(a, "import-bundle", str(tmp_path / "from-b.fbundle")) == 0
    on_a = capsys.readouterr().out
    assert run(b, "import-bundle", str(tmp_path / "from-a.fbundle")) == 0
    on_b = capsys.readouterr().out

    # the only field both edited is flagged, on both laptops; nothing else is a conflict
    assert "Conflicts flagged: 1" in on_a and "Conflicts flagged: 1" in on_b
    for data_dir in (a, b):
        with Workspace.open(data_dir) as ws:
            conflicts = ws.bundles.conflicts(meeting_id)
            assert [(c.entity, c.entity_id, c.field) for c in conflicts] == [
                ("idea", one.id, "text")
            ]
            assert {conflicts[0].local, conflicts[0].incoming} == {
                "Idée 1 reformulée sur A",
                "Idée 1 reformulée sur B",
            }
            # every edit made on one side only is on both
            assert ws.ideas.get(two.id).theme == "Thème changé sur A"
            assert ws.ideas.get(three.id).text == "Idée 3 corrigée sur B"
            attendance = ws.attendance.get(meeting_id)
            assert (attendance.headcount, attendance.notes) == (52, "Notes prises sur B")
    # and the two laptops hold the same meeting: they converged instead of swapping states
    assert meeting_as_seen(a, meeting_id) == meeting_as_seen(b, meeting_id)

    # importing again changes nothing
    assert run(a, "import-bundle", str(tmp_path / "from-b.fbundle")) == 0
    assert "nothing changed" in capsys.readouterr().out

    # the coordinator sees the conflict, takes the other text, and the choice travels
    assert run(a, "conflicts", meeting_id[:8]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "idea" in line and "text" in line
    assert "Idée 1 reformulée sur A" in line and "Idée 1 reformulée sur B" in line
    assert run(a, "conflicts", meeting_id, "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["entity_id"], listed["field"]) == (one.id, "text")
    assert run(a, "conflicts", meeting_id, "--keep", "zzzz") == 1
    assert capsys.readouterr().err.count("\n") == 1
    with Workspace.open(a) as ws:
        (conflict,) = ws.bundles.conflicts(meeting_id)
    assert run(a, "conflicts", meeting_id, "--take", conflict.id[:8]) == 0
    assert f"Conflict settled: {conflict.incoming!r}" in capsys.readouterr().out
    assert run(a, "export", meeting_id, "--bundle", str(tmp_path / "settled.fbundle")) == 0
    assert run(b, "import-bundle", str(tmp_path / "settled.fbundle")) == 0
    capsys.readouterr()
    assert run(b, "conflicts", meeting_id) == 0
    assert capsys.readouterr().out == "No conflicts.\n"
    assert meeting_as_seen(a, meeting_id) == meeting_as_seen(b, meeting_id)
    with Workspace.open(b) as ws:
        assert ws.ideas.get(one.id).text == conflict.incoming


def test_a_deleted_idea_does_not_come_back_from_an_older_bundle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, meeting_id = demo_on_two_laptops(tmp_path, capsys)
    assert run(b, "export", meeting_id, "--bundle", str(tmp_path / "old-b.fbundle")) == 0
    with Workspace.open(a) as ws:
        idea = ws.ideas.for_meeting(meeting_id)[0]
        ws.ideas.delete(idea.id)  # an idea captured twice, removed on A
    assert run(a, "export", meeting_id, "--bundle", str(tmp_path / "from-a.fbundle")) == 0
    capsys.readouterr()
    assert run(b, "import-bundle", str(tmp_path / "from-a.fbundle")) == 0
    assert "Removed: 1 idea" in capsys.readouterr().out
    assert run(a, "import-bundle", str(tmp_path / "old-b.fbundle")) == 0
    assert "nothing changed" in capsys.readouterr().out
    for data_dir in (a, b):
        with Workspace.open(data_dir) as ws:
            assert idea.id not in {i.id for i in ws.ideas.for_meeting(meeting_id)}
