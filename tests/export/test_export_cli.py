"""``facilitator export`` and ``import-bundle``: what they print, exit codes, failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator import cli
from facilitator.export import service
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo


@pytest.fixture
def demo_id(data_dir: Path) -> str:
    with Workspace.open(data_dir) as ws:
        return create_demo(ws).id


def run(data_dir: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data_dir), "--lang", "en", *args])


def test_export_each_format_by_id_prefix(
    data_dir: Path, demo_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = demo_id[:8]
    assert run(data_dir, "export", prefix, "--xlsx", str(tmp_path / "m.xlsx")) == 0
    assert "m.xlsx" in capsys.readouterr().out
    assert run(data_dir, "export", prefix, "--csv", str(tmp_path / "csv"), "--separator", ",") == 0
    assert "118 ballots" in capsys.readouterr().out
    assert run(data_dir, "export", prefix, "--decidim-import", str(tmp_path / "d.json")) == 0
    assert "proposals" in capsys.readouterr().out
    assert run(data_dir, "export", prefix, "--bundle", str(tmp_path / "b.fbundle")) == 0
    capsys.readouterr()
    assert run(tmp_path / "other", "import-bundle", str(tmp_path / "b.fbundle")) == 0
    out = capsys.readouterr().out
    assert "Added: " in out and "118 ballot(s)" in out
    assert run(tmp_path / "other", "import-bundle", str(tmp_path / "b.fbundle")) == 0
    assert "nothing changed" in capsys.readouterr().out


def test_failures_are_one_line_and_exit_1(
    data_dir: Path, demo_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "export", "zzzzzzzz", "--xlsx", str(tmp_path / "m.xlsx")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "zzzzzzzz" in err
    assert run(data_dir, "export", demo_id, "--xlsx", str(tmp_path / "no" / "such" / "m.xlsx")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    (tmp_path / "junk.fbundle").write_text("not a bundle")
    assert run(data_dir, "import-bundle", str(tmp_path / "junk.fbundle")) == 1
    assert "not a Facilitator meeting file" in capsys.readouterr().err


def test_a_failure_mid_export_leaves_the_previous_file_untouched(
    ws: Workspace, tmp_path: Path
) -> None:
    demo = create_demo(ws)
    target = tmp_path / "m.xlsx"
    target.write_bytes(b"previous export")

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done > 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        service.export_xlsx(ws, [demo.id], target, cancel)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["m.xlsx", "data"] or sorted(
        p.name for p in tmp_path.iterdir()
    ) == ["data", "m.xlsx"]
