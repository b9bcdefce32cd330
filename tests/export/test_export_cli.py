"""``facilitator export`` and ``import-bundle``: what they print, exit codes, failures."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.export import service
from facilitator.export.csv_export import FILE_NAMES
from facilitator.export.errors import ExistingFileError
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
    assert "Added: " in out and "118 ballots" in out
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
        service.export_xlsx(ws, [demo.id], target, cancel, overwrite=True)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["m.xlsx", "data"] or sorted(
        p.name for p in tmp_path.iterdir()
    ) == ["data", "m.xlsx"]


#: The five formats, each with where it goes and what lands there.
FORMATS = {
    "xlsx": ("--xlsx", "m.xlsx", ["m.xlsx"]),
    "csv": ("--csv", "csv", [f"csv/{name}" for name in FILE_NAMES]),
    "pdf": ("--pdf", "r.pdf", ["r.pdf"]),
    "decidim": ("--decidim-import", "d.json", ["d.json"]),
    "bundle": ("--bundle", "b.fbundle", ["b.fbundle"]),
}


def _export_all(data_dir: Path, meeting: str, out: Path, umask: str, *extra: str) -> None:
    """Every format through the real command, under ``umask``, in one shell."""
    commands = [
        f"{sys.executable} -m facilitator --data-dir {data_dir} --lang en export {meeting} "
        f"{option} {out / target} {' '.join(extra)}"
        for option, target, _ in FORMATS.values()
    ]
    proc = subprocess.run(
        ["sh", "-c", f"umask {umask} && " + " && ".join(commands)],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def _modes(out: Path) -> dict[str, int]:
    return {
        name: stat.S_IMODE((out / name).stat().st_mode)
        for _, _, names in FORMATS.values()
        for name in names
    }


def test_new_exports_follow_the_umask_and_replaced_ones_keep_their_mode(
    data_dir: Path, demo_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _export_all(data_dir, demo_id, out, "027")
    modes = _modes(out)
    assert set(modes.values()) == {0o640}, modes  # what the umask gives, not mkstemp's 0600
    for name in modes:
        (out / name).chmod(0o604)
    _export_all(data_dir, demo_id, out, "077", "--force")
    assert set(_modes(out).values()) == {0o604}  # a replaced file keeps its mode
    assert (out / "m.xlsx").read_bytes().startswith(b"PK")  # and was replaced


@pytest.mark.parametrize("kind", list(FORMATS))
def test_an_existing_file_is_refused_without_force(
    data_dir: Path, demo_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    option, target, names = FORMATS[kind]
    (tmp_path / "csv").mkdir()
    existing = tmp_path / names[-1]
    existing.write_bytes(b"keep me")
    assert run(data_dir, "export", demo_id, option, str(tmp_path / target)) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    assert "already exists" in captured.err and "--force" in captured.err
    assert existing.read_bytes() == b"keep me"
    # nothing else was written either, and no temporary file is left behind
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file() and "data" not in p.parts) == [
        existing.name
    ]
    if kind != "pdf":  # the report is drawn by Qt: tests/export/test_pdf_report.py runs it apart
        assert run(data_dir, "export", demo_id, option, str(tmp_path / target), "--force") == 0
        assert existing.read_bytes() != b"keep me"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            "5 files already exist in {folder}: summary.csv, ideas.csv, polls.csv, ballots.csv, "
            "attendance.csv; nothing was written. Add --force to replace them.",
        ),
        (
            "fr",
            "5 fichiers existent déjà dans {folder} : summary.csv, ideas.csv, polls.csv, "
            "ballots.csv, attendance.csv ; rien n'a été écrit. Ajoutez --force pour les remplacer.",
        ),
    ],
)
def test_several_existing_files_are_named_in_the_plural(
    data_dir: Path,
    demo_id: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    words: str,
) -> None:
    # found by hand: "…/summary.csv, …/ideas.csv, …, …/attendance.csv already exists"
    folder = tmp_path / "csv"
    assert run(data_dir, "export", demo_id, "--csv", str(folder)) == 0
    before = {p: p.read_bytes() for p in folder.iterdir()}
    capsys.readouterr()
    args = ["--data-dir", str(data_dir), "--lang", language, "export", demo_id, "--csv"]
    assert cli.main([*args, str(folder)]) == 1
    err = capsys.readouterr().err
    assert err == f"facilitator: {words.format(folder=folder)}\n"
    assert {p: p.read_bytes() for p in folder.iterdir()} == before


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "{path} already exists; nothing was written. Add --force to replace it."),
        ("fr", "{path} existe déjà ; rien n'a été écrit. Ajoutez --force pour le remplacer."),
    ],
)
def test_one_existing_file_is_named_in_the_singular(
    data_dir: Path,
    demo_id: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    words: str,
) -> None:
    existing = tmp_path / "csv" / "polls.csv"
    existing.parent.mkdir()
    existing.write_bytes(b"keep me")
    args = ["--data-dir", str(data_dir), "--lang", language, "export", demo_id, "--csv"]
    assert cli.main([*args, str(existing.parent)]) == 1
    assert capsys.readouterr().err == f"facilitator: {words.format(path=existing)}\n"
    assert existing.read_bytes() == b"keep me"


def test_the_error_met_meanwhile_agrees_with_its_files(tmp_path: Path) -> None:
    # the app meets ExistingFileError itself when files appear after it asked
    one = ExistingFileError((tmp_path / "a.xlsx",))
    assert one.en == f"{tmp_path / 'a.xlsx'} already exists; it was left as it is."
    assert one.fr == f"{tmp_path / 'a.xlsx'} existe déjà ; rien n'a été modifié."
    two = ExistingFileError((tmp_path / "a.pdf", tmp_path / "a-2.pdf"))
    assert (
        two.en
        == f"2 files already exist in {tmp_path}: a.pdf, a-2.pdf; they were left as they are."
    )
    assert (
        two.fr
        == f"2 fichiers existent déjà dans {tmp_path} : a.pdf, a-2.pdf ; rien n'a été modifié."
    )
