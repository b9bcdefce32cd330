"""The workspace file: opening it safely, one write path for all threads, readers per thread.

Every write runs on a single writer thread that owns the only writing connection. Callers hand
it a function and wait for the result; the writer runs the jobs that queued up meanwhile in one
transaction (group commit), each inside its own savepoint so one failing job does not undo the
others. A job's result is returned only after the transaction commits with ``synchronous=FULL``:
what a caller saw succeed is on disk.

Each job's changes are logged while it runs (``storage/changes.py``); :meth:`Database.
submit_logged` hands them back with the result. Inside a job, :class:`Tx` lets repositories
read and write on the job's own connection, so one operation made of several repository calls
is one job, one transaction.

Readers use one connection per thread, in WAL mode, so they never wait for the writer.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

from facilitator.storage import errors, migrations
from facilitator.storage.changes import ChangeLog, LoggedConnection, Outcome, log_of

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Written in the SQLite header so a workspace is recognisable ("FCLT").
APPLICATION_ID = 0x46434C54
SQLITE_MAGIC = b"SQLite format 3\x00"
FILE_NAME = "facilitator.sqlite3"

#: How many queued jobs one transaction may carry at most.
MAX_BATCH = 256

WriteJob = Callable[[sqlite3.Connection], Any]


class Store(Protocol):
    """Where repositories read and write: the :class:`Database`, or a write job's :class:`Tx`."""

    path: Path

    def write(self, job: Callable[[sqlite3.Connection], T]) -> T: ...

    def submit(self, job: Callable[[sqlite3.Connection], T]) -> Future[T]: ...

    def read(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def reader(self) -> sqlite3.Connection: ...

    def query(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[sqlite3.Row]: ...

    def query_one(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> sqlite3.Row | None: ...


def _connect(path: Path, *, read_only: bool = False, writer: bool = False) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=10
        )
    else:
        conn = sqlite3.connect(
            path,
            isolation_level=None,
            timeout=30,
            check_same_thread=False,
            factory=LoggedConnection if writer else sqlite3.Connection,
        )
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def check_file(path: Path) -> None:
    """Refuse a file that is not a healthy Facilitator workspace, without writing to it."""
    if not path.exists():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as exc:
        raise errors.read_only(path) from exc
    except OSError as exc:
        raise errors.StorageError(
            f"Cannot read {path}: {exc.strerror}.", f"Impossible de lire {path} : {exc.strerror}."
        ) from exc
    if not header:
        return  # an empty file (e.g. created by a crash before the first write) is a new workspace
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise errors.foreign(path)
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise errors.foreign(path)
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise errors.translate(exc, path) from exc
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if app_id == 0:
            # the header on disk lags behind the write-ahead log until a checkpoint (the app
            # holding a new workspace open): ask SQLite, which reads the log too
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
            raise errors.foreign(path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.LATEST:
            raise errors.NewerWorkspaceError(
                f"{path} was written by a newer version of Facilitator. Update Facilitator to "
                "open it; the file was left untouched.",
                f"{path} a été enregistré par une version plus récente de Facilitator. Mettez "
                "Facilitator à jour pour l'ouvrir ; le fichier n'a pas été modifié.",
            )
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise errors.corrupt(path)
    except sqlite3.DatabaseError as exc:
        raise errors.corrupt(path) from exc
    finally:
        conn.close()


class _Stop:
    pass


class Database:
    """One open workspace file: a writer thread and per-thread readers.

    Use :meth:`write` to change data (from any thread) and :meth:`read` to query it.
    Call :meth:`close` when done; it waits for queued writes to finish.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        check_file(path)
        try:
            self._writer_conn = _connect(path, writer=True)
            self._configure_writer()
        except sqlite3.Error as exc:
            raise errors.translate(exc, path) from exc
        self._jobs: queue.SimpleQueue[tuple[WriteJob, Future[Any]] | _Stop] = queue.SimpleQueue()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._closed = False
        self._writer = threading.Thread(target=self._run_writer, name="storage-writer", daemon=True)
        self._writer.start()

    def _configure_writer(self) -> None:
        conn = self._writer_conn
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("WAL mode unavailable for %s (got %s)", self.path, mode)
        conn.execute("PRAGMA synchronous = FULL")
        migrations.migrate(conn, APPLICATION_ID)

    # -- writing -----------------------------------------------------------------------------

    def write(self, job: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``job`` in a write transaction and return its result once it is on disk."""
        return self.submit(job).result()

    def submit_logged(self, job: Callable[[sqlite3.Connection], T]) -> Future[Outcome[T]]:
        """Queue ``job``; the future gives its result and what it changed, once committed."""

        def logged(conn: sqlite3.Connection) -> Outcome[T]:
            assert isinstance(conn, LoggedConnection), "a write job runs on the writer's connection"
            log = conn.change_log = ChangeLog()
            value = job(conn)
            return Outcome(value, log.freeze())

        return self.submit(logged)

    def submit(self, job: Callable[[sqlite3.Connection], T]) -> Future[T]:
        """Queue ``job``; the future resolves after the transaction holding it commits."""
        if self._closed:
            raise errors.StorageError("The workspace is closed.", "L'espace de travail est fermé.")
        future: Future[T] = Future()
        self._jobs.put((job, future))
        return future

    def _run_writer(self) -> None:
        conn = self._writer_conn
        while True:
            item = self._jobs.get()
            if isinstance(item, _Stop):
                break
            batch = [item]
            stop = False
            while len(batch) < MAX_BATCH:
                try:
                    nxt = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if isinstance(nxt, _Stop):
                    stop = True
                    break
                batch.append(nxt)
            self._run_batch(conn, batch)
            if stop:
                break
        conn.close()

    def _run_batch(
        self, conn: sqlite3.Connection, batch: list[tuple[WriteJob, Future[Any]]]
    ) -> None:
        outcomes: list[tuple[Future[Any], bool, Any]] = []
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            failure = errors.translate(exc, self.path)
            for _, future in batch:
                future.set_exception(failure)
            return
        try:
            for job, future in batch:
                if not future.set_running_or_notify_cancel():
                    continue
                conn.execute("SAVEPOINT job")
                if isinstance(conn, LoggedConnection):
                    # only a job whose caller reads its changes logs them (submit_logged): a
                    # room's ballots then cost no change records nobody reads
                    conn.change_log = None
                try:
                    result = job(conn)
                except BaseException as exc:  # noqa: BLE001 - handed to the caller's future
                    conn.execute("ROLLBACK TO job")
                    conn.execute("RELEASE job")
                    if isinstance(exc, sqlite3.Error):
                        exc = errors.translate(exc, self.path)
                    outcomes.append((future, False, exc))
                else:
                    conn.execute("RELEASE job")
                    outcomes.append((future, True, result))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            failure = errors.translate(exc, self.path)
            log.error("write transaction failed: %s", exc)
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                log.warning("rollback after failed commit also failed")
            for future, _, _ in outcomes:
                future.set_exception(failure)
            for _, future in batch[len(outcomes) :]:
                if not future.done():
                    future.set_exception(failure)
            return
        for future, ok, value in outcomes:
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    # -- reading -----------------------------------------------------------------------------

    def reader(self) -> sqlite3.Connection:
        """This thread's read connection (made on first use)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise errors.StorageError(
                    "The workspace is closed.", "L'espace de travail est fermé."
                )
            try:
                conn = _connect(self.path)
                conn.execute("PRAGMA query_only = ON")
            except sqlite3.Error as exc:
                raise errors.translate(exc, self.path) from exc
            self._local.conn = conn
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several queries (one read transaction)."""
        conn = self.reader()
        try:
            conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise errors.translate(exc, self.path) from exc
        try:
            yield conn
        except sqlite3.Error as exc:
            raise errors.translate(exc, self.path) from exc
        finally:
            conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        try:
            return self.reader().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise errors.translate(exc, self.path) from exc

    def query_one(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> sqlite3.Row | None:
        try:
            row: sqlite3.Row | None = self.reader().execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise errors.translate(exc, self.path) from exc
        return row

    # -- lifecycle ---------------------------------------------------------------------------

    def integrity_check(self) -> str:
        row = self.query_one("PRAGMA integrity_check")
        return str(row[0]) if row else "no answer"

    def close(self) -> None:
        """Finish queued writes, stop the writer and close every connection."""
        if self._closed:
            return
        self._closed = True
        self._jobs.put(_Stop())
        self._writer.join()
        with self._readers_lock:
            for conn in self._readers:
                try:
                    conn.close()
                except sqlite3.ProgrammingError:
                    # made in another thread that is still alive; it closes with the thread
                    log.debug("reader connection closed with its thread")
            self._readers.clear()


class Tx:
    """A running write job's connection, as a :class:`Store`.

    Repositories built on it read what the job has written so far and write at once, each
    write in a savepoint of its own (a refused one takes back only itself, and its changes
    leave the log). The job commits them all together.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    def write(self, job: Callable[[sqlite3.Connection], T]) -> T:
        conn = self._conn
        log = log_of(conn)
        mark = log.mark() if log is not None else None
        conn.execute("SAVEPOINT step")
        try:
            result = job(conn)
        except BaseException:
            conn.execute("ROLLBACK TO step")
            conn.execute("RELEASE step")
            if log is not None and mark is not None:
                log.rollback(mark)
            raise
        conn.execute("RELEASE step")
        return result

    def submit(self, job: Callable[[sqlite3.Connection], T]) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(self.write(job))
        except Exception as exc:  # noqa: BLE001 - handed to the caller's future
            future.set_exception(exc)
        return future

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        yield self._conn

    def reader(self) -> sqlite3.Connection:
        return self._conn

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self._conn.execute(sql, params).fetchall()

    def query_one(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self._conn.execute(sql, params).fetchone()
        return row
