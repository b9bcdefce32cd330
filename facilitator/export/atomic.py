"""Writing files atomically: into a temporary file beside the target, then one rename.

A crash, a full disk or an exception half-way leaves the previous file (or no file) in place,
never a truncated one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from facilitator.export.errors import write_failed


def _check_parent(path: Path) -> None:
    if path.is_dir():
        raise write_failed(path, IsADirectoryError(21, "Is a directory"))
    if not path.parent.is_dir():
        raise write_failed(path, FileNotFoundError(2, "No such directory"))


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces ``path`` only if the block succeeds.

    OS errors (full disk, permission) become :class:`~facilitator.export.errors.ExportError`.
    """
    path = Path(path)
    _check_parent(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise write_failed(path, exc) from exc
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        _fsync(temp)
        temp.replace(path)
    except OSError as exc:
        raise write_failed(path, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


@contextlib.contextmanager
def atomic_paths(paths: list[Path]) -> Iterator[list[Path]]:
    """Like :func:`atomic_path` for several files written together (a CSV folder).

    Each lands with its own rename, all after every file was written successfully.
    """
    temps: list[Path] = []
    try:
        for path in paths:
            _check_parent(path)
            try:
                fd, name = tempfile.mkstemp(
                    prefix=f".{path.name}.", suffix=".part", dir=path.parent
                )
            except OSError as exc:
                raise write_failed(path, exc) from exc
            os.close(fd)
            temps.append(Path(name))
        try:
            yield temps
        except OSError as exc:
            raise write_failed(paths[0].parent, exc) from exc
        for temp, path in zip(temps, paths, strict=True):
            try:
                _fsync(temp)
            except OSError as exc:
                raise write_failed(path, exc) from exc
        for temp, path in zip(temps, paths, strict=True):
            try:
                temp.replace(path)
            except OSError as exc:
                raise write_failed(path, exc) from exc
    finally:
        for temp in temps:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
