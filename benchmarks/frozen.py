"""The frozen build against the installed package: its size, and its start-up to a usable window.

Builds the Linux package (skipped when nothing changed, as in the smoke test), unpacks it into a
temporary folder, then times the frozen ``facilitator`` and the installed package's
``facilitator`` command (this virtualenv's) opening the same demo workspace, interleaved in the
same session, with the method of ``benchmarks/startup.py``: a fresh process per run, timed from
spawn until the app reports its main window shown and the event loop idle.

    .venv/bin/python benchmarks/frozen.py [--runs 7]

Targets: the frozen start-up at most 1.5x the installed package's, and the unpacked package
under 150 MB. Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "installers"))
from package import ensure_package
from startup import child_env, prepare, time_until_ready

TARGET_RATIO = 1.5
TARGET_MB = 150.0


def folder_mb(folder: Path) -> float:
    """Bytes of the files (links counted as links: PyInstaller links libraries into place)."""
    sizes = (p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())
    return sum(sizes) / 1e6


def _summary(name: str, runs: list[float]) -> str:
    median = statistics.median(runs)
    return f"{name:<22}median {median:.3f} s  (min {min(runs):.3f}, max {max(runs):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    package = ensure_package()
    installed = Path(sys.executable).parent / "facilitator"
    if not installed.exists():
        raise SystemExit(f"no installed facilitator command beside {sys.executable}")
    with tempfile.TemporaryDirectory(prefix="facilitator-frozen-") as tmp:
        with tarfile.open(package) as tar:
            tar.extractall(Path(tmp) / "unpacked", filter="tar")
        (top,) = (Path(tmp) / "unpacked").iterdir()
        frozen = top / "app" / "facilitator"
        data_dir = Path(tmp) / "data"
        prepare(data_dir)
        env = child_env(FACILITATOR_PRINT_READY="1")
        commands = {
            "installed package": [str(installed), "--data-dir", str(data_dir)],
            "frozen build": [str(frozen), "--data-dir", str(data_dir)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm-up: disk caches, bytecode cache
            time_until_ready(command, env=env, stop=True)
        for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
            for name, command in commands.items():
                times[name].append(time_until_ready(command, env=env, stop=True))
        unpacked_mb = folder_mb(top)
    packed_mb = package.stat().st_size / 1e6
    ratio = statistics.median(times["frozen build"]) / statistics.median(times["installed package"])
    for name, runs in times.items():
        print(_summary(name, runs))
    print(f"ratio:                {ratio:.2f}x")
    print(
        f"package:              {unpacked_mb:.1f} MB unpacked, {packed_mb:.1f} MB as {package.name}"
    )
    ok = ratio <= TARGET_RATIO and unpacked_mb < TARGET_MB
    print(
        f"targets: <= {TARGET_RATIO}x the installed package, < {TARGET_MB:.0f} MB unpacked -> "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
