"""Opening workspaces: settings, refusing foreign and damaged files, the shared write path."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import Idea, Meeting
from facilitator.storage import Workspace
from facilitator.storage.database import APPLICATION_ID, FILE_NAME
from facilitator.storage.errors import (
    CorruptWorkspaceError,
    ForeignFileError,
    NewerWorkspaceError,
    StorageError,
)
from facilitator.storage.migrations import LATEST


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_workspace_has_durable_settings(ws: Workspace) -> None:
    def pragmas(conn: sqlite3.Connection) -> tuple[str, int, int, int, int]:
        return (
            conn.execute("PRAGMA journal_mode").fetchone()[0],
            conn.execute("PRAGMA synchronous").fetchone()[0],
            conn.execute("PRAGMA foreign_keys").fetchone()[0],
            conn.execute("PRAGMA application_id").fetchone()[0],
            conn.execute("PRAGMA user_version").fetchone()[0],
        )

    journal_mode, synchronous, foreign_keys, app_id, version = ws.db.write(pragmas)
    assert journal_mode == "wal"
    assert synchronous == 2  # FULL
    assert foreign_keys == 1
    assert app_id == APPLICATION_ID
    assert version == LATEST
    assert ws.path.name == FILE_NAME


def test_reopening_keeps_everything(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        meeting = ws.meetings.create(Meeting(title="Conseil de quartier"))
        ws.ideas.add(Idea(meeting_id=meeting.id, text="Des bancs"))
    with Workspace.open(data_dir) as ws:
        assert ws.meetings.get(meeting.id).title == "Conseil de quartier"
        assert [i.text for i in ws.ideas.for_meeting(meeting.id)] == ["Des bancs"]


@pytest.mark.parametrize(
    "content",
    [
        b"hello, this is a text file\n" * 10,
        b"\x00\x01\x02garbage" * 50,
        b"SQLite format 3\x00 but truncated",
    ],
    ids=["text", "binary", "truncated-header"],
)
def test_foreign_file_is_refused_and_untouched(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir(parents=True)
    target = data_dir / FILE_NAME
    target.write_bytes(content)
    before = digest(target)
    with pytest.raises(ForeignFileError) as info:
        Workspace.open(data_dir)
    assert "Facilitator" in info.value.en
    assert digest(target) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [FILE_NAME]


def test_another_programs_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    target = data_dir / FILE_NAME
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ada')")
    conn.commit()
    conn.close()
    before = digest(target)
    with pytest.raises(ForeignFileError):
        Workspace.open(data_dir)
    assert digest(target) == before


def test_a_workspace_open_elsewhere_opens_again(ws: Workspace, data_dir: Path) -> None:
    """The file's header lags behind its write-ahead log until a checkpoint: a new workspace held
    open by the app must still open in ``facilitator tickets`` run beside it."""
    ws.meetings.create(Meeting(title="Ouverte dans l'application"))
    with Workspace.open(data_dir) as beside:
        assert [m.title for m in beside.meetings.all()] == ["Ouverte dans l'application"]


def test_damaged_workspace_is_refused_and_untouched(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        meeting = ws.meetings.create(Meeting(title="Réunion"))
        for n in range(300):
            ws.ideas.add(Idea(meeting_id=meeting.id, text=f"Idée numéro {n} " + "x" * 200))
        path = ws.path
    # Checkpointed on close: everything is in the main file. Scribble over the middle pages.
    raw = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(raw), page * 12), 7):
        raw[offset] = (raw[offset] + 91) % 256
    path.write_bytes(bytes(raw))
    before = digest(path)
    with pytest.raises(CorruptWorkspaceError) as info:
        Workspace.open(data_dir)
    assert "damaged" in info.value.en
    assert "endommagé" in info.value.fr
    assert digest(path) == before


def test_workspace_from_a_newer_version_is_refused(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        path = ws.path
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    before = digest(path)
    with pytest.raises(NewerWorkspaceError):
        Workspace.open(data_dir)
    assert digest(path) == before


def test_data_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    with pytest.raises(StorageError) as info:
        Workspace.open(not_a_dir)
    assert "folder" in info.value.en


def test_writes_from_many_threads_all_land(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Atelier"))
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for k in range(40):
                ws.ideas.add(Idea(meeting_id=meeting.id, text=f"thread {n} idea {k}"))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    ideas = ws.ideas.for_meeting(meeting.id)
    assert len(ideas) == 240
    assert sorted(i.position for i in ideas) == list(range(240))


def test_a_failing_job_does_not_undo_its_batch_neighbours(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Atelier"))
    futures = []
    for n in range(20):
        if n == 7:
            futures.append(
                ws.db.submit(lambda conn: conn.execute("INSERT INTO nowhere VALUES (1)"))
            )
        else:
            idea = Idea(meeting_id=meeting.id, text=f"idée {n}")
            futures.append(ws.db.submit(lambda conn, idea=idea: ws_insert(conn, idea)))
    outcomes = [f.exception() for f in futures]
    assert isinstance(outcomes[7], StorageError)
    assert all(o is None for n, o in enumerate(outcomes) if n != 7)
    assert ws.db.query_one("SELECT COUNT(*) FROM ideas")[0] == 19


def ws_insert(conn: sqlite3.Connection, idea: Idea) -> None:
    from facilitator.storage import codec

    codec.insert(conn, "ideas", codec.idea_row(idea))


def test_change_and_journal_entry_commit_together(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Atelier"))
    before = ws.journal.revision()
    idea = ws.ideas.add(Idea(meeting_id=meeting.id, text="Un composteur"))
    entries = ws.journal.entries(meeting.id, "idea")
    assert [(e.entity_id, e.op) for e in entries] == [(idea.id, "create")]
    assert entries[0].payload["text"] == "Un composteur"
    assert ws.journal.revision() > before

    # A rejected change leaves no trace in either table.
    revision = ws.journal.revision()
    with pytest.raises(ValidationError):
        ws.ideas.update(Idea(meeting_id=meeting.id, text="   ", id=idea.id))
    assert ws.journal.revision() == revision
    assert ws.ideas.get(idea.id).text == "Un composteur"


def test_journal_pending_and_marking_synced(ws: Workspace) -> None:
    meeting = ws.meetings.create(Meeting(title="Atelier"))
    ws.ideas.add(Idea(meeting_id=meeting.id, text="Un composteur"))
    pending = ws.journal.pending(meeting.id)
    assert [e.entity for e in pending] == ["meeting", "idea"]
    ws.journal.mark_synced([pending[0].seq])
    assert [e.entity for e in ws.journal.pending(meeting.id)] == ["idea"]


def test_closed_workspace_refuses_writes_with_a_message(data_dir: Path) -> None:
    ws = Workspace.open(data_dir)
    ws.close()
    with pytest.raises(StorageError) as info:
        ws.meetings.create(Meeting(title="Trop tard"))
    assert "closed" in info.value.en
