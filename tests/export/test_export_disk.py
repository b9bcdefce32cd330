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
from tests.export.conftest import run_facilitator


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
        elif KIND == "csv-deep":
            service.export_csv(ws, [MEETING], DISK / "exports" / "mars" / "csv")
        elif KIND == "csv-in-mine":
            (DISK / "mine").mkdir()
            service.export_csv(ws, [MEETING], DISK / "mine")
        else:
            service.export_bundle(ws, [MEETING], DISK / "meeting.fbundle")
        result["error"] = None
    except FacilitatorError as exc:
        result["error"] = [type(exc).__name__, exc.en, exc.fr]
# files and folders: a failed export leaves nothing new behind, not even an empty folder
result["left"] = sorted(str(p.relative_to(DISK)) for p in DISK.rglob("*"))
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
    return _on_small_disk(tmp_path, options, SCENARIO, "", str(data), meeting.id, kind)


def _on_small_disk(
    tmp_path: Path, options: str, scenario: str, before: str, *args: str
) -> dict[str, Any]:
    """Mount a tmpfs with ``options`` on tmp_path/disk in a mount namespace of its own, run the
    shell command ``before`` then the Python ``scenario`` (argv: the disk, then ``args``); return
    the JSON the scenario prints last."""
    disk = tmp_path / "disk"
    disk.mkdir()
    script = tmp_path / "scenario.py"
    script.write_text(textwrap.dedent(scenario))
    shell = (
        f"mount -t tmpfs -o {options} tmpfs {disk} && {before or 'true'} && "
        f"QT_QPA_PLATFORM=offscreen {sys.executable} {script} {disk} {' '.join(args)}"
    )
    proc = subprocess.run(
        [*_unshare(), "sh", "-c", shell], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("kind", ["xlsx", "csv", "csv-deep", "bundle"])
def test_full_disk_leaves_no_partial_file(tmp_path: Path, kind: str) -> None:
    result = _run(tmp_path, kind, "size=48k")
    assert result["error"] is not None
    name, en, fr = result["error"]
    assert name == "ExportError"
    assert "disk is full" in en and "disque est plein" in fr
    assert result["left"] == []


def test_a_folder_that_was_there_stays(tmp_path: Path) -> None:
    result = _run(tmp_path, "csv-in-mine", "size=48k")
    assert "disk is full" in result["error"][1]
    assert result["left"] == ["mine"]  # emptied of what the export began, not removed


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_read_only_disk_is_a_clear_error(tmp_path: Path, kind: str) -> None:
    result = _run(tmp_path, kind, "size=1m,ro")
    name, en, fr = result["error"]
    assert name == "ExportError"
    assert "read-only" in en and "lecture seule" in fr
    assert result["left"] == []


#: Runs ``facilitator export`` on the small disk, then says what the disk holds.
CLI_SCENARIO = """
import hashlib, json, subprocess, sys
from pathlib import Path
DISK = Path(sys.argv[1])
proc = subprocess.run(
    [sys.executable, "-m", "facilitator", *sys.argv[2:]], capture_output=True, text=True
)
files = {
    str(p.relative_to(DISK)): hashlib.sha256(p.read_bytes()).hexdigest()
    for p in DISK.rglob("*")
    if p.is_file()
}
print(json.dumps({"rc": proc.returncode, "out": proc.stdout, "err": proc.stderr, "files": files}))
"""


def _cli_on_small_disk(
    tmp_path: Path, size: str, previous: Path, target: str, *args: str
) -> dict[str, Any]:
    """``facilitator export MEETING --FORMAT DISK/target`` where a previous export sits."""
    copy = f"cp {previous} {tmp_path / 'disk' / target}"
    return _on_small_disk(tmp_path, f"size={size}", CLI_SCENARIO, copy, *args)


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_cli_on_a_full_disk_keeps_the_previous_export(tmp_path: Path, kind: str) -> None:
    data = tmp_path / "data"
    with Workspace.open(data) as ws:
        meeting = create_demo(ws)
    # a good export from earlier, made on a roomy disk
    previous = tmp_path / f"previous.{kind}"
    run_facilitator("--data-dir", str(data), "export", meeting.id, f"--{kind}", str(previous))
    # the disk holds it with a little room to spare: not enough for the new one beside it
    size = f"{previous.stat().st_size // 1024 + 12}k"
    target = f"meeting.{kind}"
    result = _cli_on_small_disk(
        tmp_path,
        size,
        previous,
        target,
        "--data-dir",
        str(data),
        "--lang",
        "en",
        "export",
        meeting.id,
        f"--{kind}",
        str(tmp_path / "disk" / target),
        "--force",
    )
    assert result["rc"] == 1, result
    assert result["out"] == ""
    err = result["err"]
    assert err.count("\n") == 1 and "The disk is full" in err, err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert result["files"] == {target: _sha(previous)}  # the previous export, untouched
