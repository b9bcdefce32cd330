"""Writing files atomically: into a temporary file beside the target, then one rename.

A crash, a full disk or an exception half-way leaves the previous file (or no file) in place,
never a truncated one, nor a folder made for the export (:func:`new_folder`). A new file gets
the permissions the umask gives, like any file the user's programs make; a file that is
replaced keeps its own. An existing file is replaced only when the caller says so
(``overwrite=True``): the command line asks for ``--force``, the app asks the user first.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import secrets
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from facilitator.export.errors import ExistingFileError, write_failed


def _check_parent(path: Path) -> None:
    if path.is_dir():
        raise write_failed(path, IsADirectoryError(21, "Is a directory"))
    if not path.parent.is_dir():
        raise write_failed(path, FileNotFoundError(2, "No such directory"))


def refuse_existing(paths: Sequence[Path]) -> None:
    """Raise :class:`ExistingFileError` if any of ``paths`` exists (nothing is touched)."""
    existing = tuple(p for p in paths if p.exists())
    if existing:
        raise ExistingFileError(existing)


def _temp_beside(path: Path) -> Path:
    """A new, empty file beside ``path``, created with the umask's permissions.

    Not :func:`tempfile.mkstemp`: its files are always 0600, and an export of a meeting is a
    document for others to read, not a secret.
    """
    for _ in range(100):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise write_failed(path, exc) from exc
        os.close(fd)
        return temp
    raise write_failed(path, FileExistsError(errno.EEXIST, "no free temporary name"))


def _land(temp: Path, path: Path) -> None:
    """Make ``temp`` durable, give it the mode of the file it replaces, rename it over ``path``."""
    _fsync(temp)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        pass
    else:
        temp.chmod(mode)
    temp.replace(path)
    _fsync_folder(path.parent)


@contextlib.contextmanager
def atomic_path(path: Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces ``path`` only if the block succeeds.

    OS errors (full disk, permission) become :class:`~facilitator.export.errors.ExportError`;
    an existing ``path`` is refused with :class:`ExistingFileError` unless ``overwrite``.
    """
    path = Path(path)
    _check_parent(path)
    if not overwrite:
        refuse_existing([path])
    temp = _temp_beside(path)
    try:
        yield temp
        _land(temp, path)
    except OSError as exc:
        raise write_failed(path, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


@contextlib.contextmanager
def atomic_paths(paths: Sequence[Path], *, overwrite: bool = False) -> Iterator[list[Path]]:
    """Like :func:`atomic_path` for several files written together (a CSV folder).

    Each lands with its own rename, all after every file was written successfully.
    """
    for path in paths:
        _check_parent(path)
    if not overwrite:
        refuse_existing(paths)
    temps: list[Path] = []
    try:
        for path in paths:
            temps.append(_temp_beside(path))
        try:
            yield temps
        except OSError as exc:
            raise write_failed(paths[0].parent, exc) from exc
        for temp, path in zip(temps, paths, strict=True):
            try:
                _land(temp, path)
            except OSError as exc:
                raise write_failed(path, exc) from exc
    finally:
        for temp in temps:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


@contextlib.contextmanager
def new_folder(folder: Path) -> Iterator[Path]:
    """Create ``folder`` and its missing parents for the block; if the block fails, remove the
    folders made here again (those still empty), so a failed export leaves nothing new behind.

    A folder that was there before is never removed, nor one something else wrote into.
    """
    folder = Path(folder)
    made = list(itertools.takewhile(lambda p: not p.exists(), (folder, *folder.parents)))
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_failed(folder, exc) from exc
        yield folder
    except BaseException:
        for path in made:  # deepest first
            with contextlib.suppress(OSError):
                path.rmdir()
        raise


def write_verified(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path``, then read it back: the disk holds exactly that, or it raises.

    For writers that cannot be trusted to report a failed write themselves (Qt's PDF writer
    says nothing when the disk fills up): the bytes are made in memory and written here, where
    the operating system's error reaches us, and what landed is compared before any rename.
    """
    with path.open("wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    size = path.stat().st_size
    tail = min(len(content), 4096)
    with path.open("rb") as handle:
        handle.seek(max(size - tail, 0))
        landed = handle.read()
    if size != len(content) or landed != content[len(content) - tail :]:
        raise OSError(errno.EIO, f"{size} of {len(content)} bytes landed")


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); folders cannot be opened this way on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # some file systems (network shares, FUSE) refuse fsync on a folder: the rename stands
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)
