"""A full disk and a read-only folder give clear messages and lose nothing already committed.

Each scenario runs in a child process inside its own mount namespace with a small real tmpfs,
so the file system itself says "no space left" or "read-only", not a mock.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest


def _unshare() -> list[str]:
    tool = shutil.which("unshare")
    assert tool, "these tests need util-linux's unshare (Linux)"
    if os.geteuid() == 0:
        return [tool, "--mount", "--propagation", "private"]
    return [tool, "--user", "--map-root-user", "--mount", "--propagation", "private"]


def run_on_tmpfs(tmp_path: Path, body: str, size: str = "1m") -> dict[str, Any]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    script = tmp_path / "scenario.py"
    script.write_text(
        textwrap.dedent(
            """
            import json, os, subprocess, sys
            from pathlib import Path
            from facilitator.domain.model import Idea, Meeting
            from facilitator.storage import Workspace
            from facilitator.storage.errors import StorageError, DiskFullError, ReadOnlyError
            DISK = Path(sys.argv[1])
            DATA = DISK / "data"
            def remount(options):
                subprocess.run(["mount", "-o", "remount," + options, str(DISK)], check=True)
            result = {}
            """
        )
        + textwrap.dedent(body)
        + "\nprint(json.dumps(result))\n"
    )
    shell = (
        f"mount -t tmpfs -o size={size} tmpfs {mount_point} && "
        f"{sys.executable} {script} {mount_point}"
    )
    proc = subprocess.run(
        [*_unshare(), "sh", "-c", shell], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_full_disk_keeps_every_acknowledged_idea(tmp_path: Path) -> None:
    # 2 MB: each idea's text is stored twice since schema 7 (the idea, and its search index)
    result = run_on_tmpfs(
        tmp_path,
        """
        acked = []
        ws = Workspace.open(DATA)
        meeting = ws.meetings.create(Meeting(title="Réunion sur un petit disque"))
        try:
            for n in range(100000):
                idea = ws.ideas.add(Idea(meeting_id=meeting.id, text=f"idée {n} " + "é" * 800))
                acked.append(idea.id)
        except DiskFullError as exc:
            result["error_en"] = exc.en
            result["error_fr"] = exc.fr
        # the app keeps working for reads while the disk is full
        result["readable"] = len(ws.ideas.for_meeting(meeting.id))
        ws.close()
        # the spokesperson frees some space (here: a bigger disk) and opens the workspace again
        remount("size=6m")
        with Workspace.open(DATA) as again:
            stored = {i.id for i in again.ideas.for_meeting(meeting.id)}
            result["acked"] = len(acked)
            result["all_acked_present"] = set(acked) <= stored
            result["integrity"] = again.db.integrity_check()
            again.ideas.add(Idea(meeting_id=meeting.id, text="après"))
            result["writable_again"] = True
        """,
        size="2m",
    )
    assert result["acked"] > 10
    assert "disk is full" in result["error_en"]
    assert "disque est plein" in result["error_fr"]
    assert result["readable"] >= result["acked"]
    assert result["all_acked_present"] is True
    assert result["integrity"] == "ok"
    assert result["writable_again"] is True


def test_read_only_folder_is_refused_clearly_and_data_survives(tmp_path: Path) -> None:
    result = run_on_tmpfs(
        tmp_path,
        """
        with Workspace.open(DATA) as ws:
            meeting = ws.meetings.create(Meeting(title="Réunion"))
            ws.ideas.add(Idea(meeting_id=meeting.id, text="Une idée enregistrée"))
        remount("ro")
        try:
            Workspace.open(DATA).close()
            result["opened"] = True
        except ReadOnlyError as exc:
            result["error_en"] = exc.en
        remount("rw")
        with Workspace.open(DATA) as ws:
            result["ideas"] = [i.text for i in ws.ideas.for_meeting(meeting.id)]
        """,
    )
    assert "opened" not in result
    assert "read-only" in result["error_en"]
    assert result["ideas"] == ["Une idée enregistrée"]


@pytest.mark.parametrize("size", ["64k"])
def test_disk_too_full_to_create_a_workspace(tmp_path: Path, size: str) -> None:
    result = run_on_tmpfs(
        tmp_path,
        """
        filler = DISK / "filler"
        try:
            with filler.open("wb") as f:
                while True:
                    f.write(b"x" * 4096)
                    f.flush()
        except OSError:
            pass
        try:
            with Workspace.open(DATA) as ws:
                ws.meetings.create(Meeting(title="Réunion"))
            result["created"] = True
        except StorageError as exc:
            result["error"] = exc.en
        """,
        size=size,
    )
    assert "created" not in result
    assert result["error"]
