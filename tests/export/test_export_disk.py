"""Exports onto a full disk or a read-only one: a clear message, no half-written file.

Each scenario runs in a child process in its own mount namespace with a small real tmpfs.
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

from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo


def _unshare() -> list[str]:
    tool = shutil.which("unshare")
    assert tool is not None, "these tests need util-linux's unshare (scripts/system-deps test)"
    if os.geteuid() == 0:
        return [tool, "--mount", "--propagation", "private"]
    return [tool, "--user", "--map-root-user", "--mount", "--propagation", "private"]


SCENARIO = """
import json, sys
from pathlib import Path
from facilitator.domain.errors import FacilitatorError
from facilitator.export import service
from facilitator.storage import Workspace
DISK, DATA, MEETING, KIND = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
result = {}
with Workspace.open(DATA) as ws:
    try:
        if KIND == "xlsx":
            service.export_xlsx(ws, [MEETING], DISK / "meeting.xlsx")
        elif KIND == "csv":
            service.export_csv(ws, [MEETING], DISK / "csv")
        else:
            service.export_bundle(ws, [MEETING], DISK / "meeting.fbundle")
        result["error"] = None
    except FacilitatorError as exc:
        result["error"] = [type(exc).__name__, exc.en, exc.fr]
result["left"] = sorted(str(p.relative_to(DISK)) for p in DISK.rglob("*") if p.is_file())
print(json.dumps(result))
"""


def _run(tmp_path: Path, kind: str, options: str) -> dict[str, Any]:
    data = tmp_path / "data"
    with Workspace.open(data) as ws:
        meeting = create_demo(ws)
        # make the export big enough not to fit on the small disk
        for poll in ws.polls.for_meeting(meeting.id)[:1]:
            for n in range(3000):
                ws.ballots.add_paper(poll.id, {"option": poll.options[n % 4].id})
    disk = tmp_path / "disk"
    disk.mkdir()
    script = tmp_path / "scenario.py"
    script.write_text(textwrap.dedent(SCENARIO))
    shell = (
        f"mount -t tmpfs -o {options} tmpfs {disk} && "
        f"{sys.executable} {script} {disk} {data} {meeting.id} {kind}"
    )
    proc = subprocess.run(
        [*_unshare(), "sh", "-c", shell], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("kind", ["xlsx", "csv", "bundle"])
def test_full_disk_leaves_no_partial_file(tmp_path: Path, kind: str) -> None:
    result = _run(tmp_path, kind, "size=48k")
    assert result["error"] is not None
    name, en, fr = result["error"]
    assert name == "ExportError"
    assert "disk is full" in en and "disque est plein" in fr
    assert result["left"] == []


def test_read_only_disk_is_a_clear_error(tmp_path: Path) -> None:
    result = _run(tmp_path, "xlsx", "size=1m,ro")
    name, en, fr = result["error"]
    assert name == "ExportError"
    assert "read-only" in en and "lecture seule" in fr
    assert result["left"] == []
