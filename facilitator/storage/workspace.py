"""The workspace: one SQLite file and the repositories that are the only way in and out.

An operation (Anki's word) is a function of the repositories; :meth:`Workspace.submit` runs it
as one write job and hands back its result with what it changed (:class:`Outcome`), and
:meth:`Workspace.submit_revert` undoes exactly those changes, in one job too.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from facilitator.storage import errors, undo
from facilitator.storage.attendance import AttendanceRepository
from facilitator.storage.ballots import BallotRepository
from facilitator.storage.bundles import BundleRepository
from facilitator.storage.changes import Changes, Outcome
from facilitator.storage.database import FILE_NAME, Database, Store, Tx
from facilitator.storage.devices import DeviceRepository
from facilitator.storage.ideas import IdeaRepository
from facilitator.storage.journal import JournalRepository
from facilitator.storage.meetings import MeetingRepository
from facilitator.storage.polls import PollRepository
from facilitator.storage.room import RoomRepository
from facilitator.storage.search import SearchRepository
from facilitator.storage.sync_state import SyncStateRepository
from facilitator.storage.themes import ThemeRepository
from facilitator.storage.tickets import TicketRepository


def prepare_dir(data_dir: Path) -> Path:
    """Create the data folder if needed and check it can be written."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except PermissionError as exc:
        raise errors.read_only(data_dir) from exc
    except FileExistsError as exc:
        raise errors.StorageError(
            f"{data_dir} is a file, not a folder.", f"{data_dir} est un fichier, pas un dossier."
        ) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise errors.translate_os(exc, data_dir) from exc
        raise errors.StorageError(
            f"Cannot create the folder {data_dir}: {exc.strerror}.",
            f"Impossible de créer le dossier {data_dir} : {exc.strerror}.",
        ) from exc
    if not data_dir.is_dir():
        raise errors.StorageError(
            f"{data_dir} is not a folder.", f"{data_dir} n'est pas un dossier."
        )
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise errors.read_only(data_dir)
    return data_dir / FILE_NAME


T = TypeVar("T")


class Repositories:
    """The repositories over one store: the database, or (inside an operation) its job."""

    def __init__(self, db: Store) -> None:
        self.meetings = MeetingRepository(db)
        self.ideas = IdeaRepository(db)
        self.polls = PollRepository(db)
        self.ballots = BallotRepository(db)
        self.attendance = AttendanceRepository(db)
        self.tickets = TicketRepository(db)
        self.journal = JournalRepository(db)
        self.bundles = BundleRepository(db)
        self.devices = DeviceRepository(db)
        self.sync_state = SyncStateRepository(db)
        self.themes = ThemeRepository(db)
        self.search = SearchRepository(db)
        self.room = RoomRepository(db)


#: A write made of repository calls, run as one job (see :meth:`Workspace.submit`).
Operation = Callable[[Repositories], T]


class Workspace(Repositories):
    """An open workspace. Repositories are attributes; close it (or use ``with``) when done."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.db = db

    def submit(self, op: Operation[T]) -> Future[Outcome[T]]:
        """Run ``op`` as one write job: all its writes commit together, or none does.

        The future gives what ``op`` returned and what it changed, once on disk. Inside ``op``
        the repositories read what it wrote so far; run nothing slow there (it holds the writer).
        """
        path = self.db.path
        return self.db.submit_logged(lambda conn: op(Repositories(Tx(conn, path))))

    def apply(self, op: Operation[T]) -> Outcome[T]:
        """:meth:`submit`, waiting for the outcome."""
        return self.submit(op).result()

    def submit_revert(self, changes: Changes) -> Future[Outcome[None]]:
        """Undo exactly ``changes`` in one write job (see ``storage/undo.py``); the outcome's
        changes are what the undo changed, and reverting them redoes."""

        def job(conn: sqlite3.Connection) -> None:
            undo.revert(conn, changes)

        return self.db.submit_logged(job)

    def revert(self, changes: Changes) -> Changes:
        """:meth:`submit_revert`, waiting; returns what the undo changed."""
        return self.submit_revert(changes).result().changes

    @classmethod
    def open(cls, data_dir: Path) -> Workspace:
        """Open (or create) the workspace in ``data_dir``."""
        return cls(Database(prepare_dir(data_dir)))

    @classmethod
    def open_file(cls, path: Path) -> Workspace:
        """Open a workspace file at an exact path (tests, imports)."""
        prepare_dir(path.parent)
        return cls(Database(path))

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
