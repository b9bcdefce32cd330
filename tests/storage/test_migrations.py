"""Forward-only migrations: a workspace at every earlier version upgrades with its data intact."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.domain.model import IdeaStatus, PollMethod
from facilitator.storage import Workspace, migrations
from facilitator.storage.database import APPLICATION_ID, FILE_NAME

NOW = "2026-03-14T18:30:00+00:00"


def _seed_v1(conn: sqlite3.Connection) -> None:
    """Rows as version 1 wrote them."""
    conn.execute(
        "INSERT INTO meetings (id, title, neighbourhood, place, language, status, notes, archived,"
        " join_code, created_at, updated_at) VALUES ('m1', 'Conseil', 'Nord', 'École', 'fr',"
        " 'open', '', 0, 'code-m1', ?, ?)",
        (NOW, NOW),
    )
    conn.execute(
        "INSERT INTO ideas (id, meeting_id, text, theme, source, status, position, created_at,"
        " updated_at) VALUES ('i1', 'm1', 'Des bancs', 'mobilier', 'spokesperson', 'kept', 0,"
        " ?, ?)",
        (NOW, NOW),
    )
    conn.execute(
        "INSERT INTO polls (id, meeting_id, question, method, params, state, visibility, revealed,"
        " position, created_at, updated_at) VALUES ('p1', 'm1', 'Oui ou non ?', 'yes_no_abstain',"
        " '{}', 'open', 'live', 0, 0, ?, ?)",
        (NOW, NOW),
    )
    conn.execute(
        "INSERT INTO ballots (id, poll_id, voter, channel, content, idempotency_key, cast_at)"
        " VALUES ('b1', 'p1', 'device:1', 'phone', '{\"answer\":\"yes\"}', 'k1', ?)",
        (NOW,),
    )
    conn.execute(
        "INSERT INTO attendance (meeting_id, headcount, notes, updated_at)"
        " VALUES ('m1', 31, '', ?)",
        (NOW,),
    )


#: What to put in a workspace left at version ``n`` (after migration ``n`` ran).
SEEDS = {n: _seed_v1 for n in range(1, 8)}


def _workspace_at(path: Path, version: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    assert migrations.migrate(conn, APPLICATION_ID, target=version) == version
    if version in SEEDS:
        conn.execute("BEGIN")
        SEEDS[version](conn)
        conn.execute("COMMIT")
    conn.close()


def test_every_migration_has_a_seed() -> None:
    assert set(SEEDS) == set(range(1, migrations.LATEST + 1))


@pytest.mark.parametrize("version", range(migrations.LATEST + 1))
def test_upgrade_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    data_dir = tmp_path / "data"
    _workspace_at(data_dir / FILE_NAME, version)
    with Workspace.open(data_dir) as ws:
        assert ws.db.query_one("PRAGMA user_version")[0] == migrations.LATEST
        assert ws.db.integrity_check() == "ok"
        assert ws.db.query_one("PRAGMA foreign_key_check") is None
        if version:
            meeting = ws.meetings.get("m1")
            assert meeting.title == "Conseil"
            assert [i.status for i in ws.ideas.for_meeting("m1")] == [IdeaStatus.KEPT]
            poll = ws.polls.get("p1")
            assert poll.method is PollMethod.YES_NO_ABSTAIN
            assert ws.ballots.tally("p1").winners == ("yes",)
            assert ws.attendance.get("m1").headcount == 31
            # version 7 indexed the ideas already there, and its triggers follow new ones
            assert [h.idea.id for h in ws.search.ideas("banc")] == ["i1"]
            ws.ideas.update(replace(ws.ideas.get("i1"), text="Des arceaux à vélos"))
            assert [h.idea.id for h in ws.search.ideas("velo")] == ["i1"]
            assert ws.search.ideas("banc") == []


def test_a_failed_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, APPLICATION_ID, target=1)

    def broken(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = (*original[:1], broken)
    try:
        with pytest.raises(RuntimeError):
            migrations.migrate(conn, APPLICATION_ID, target=2)
    finally:
        migrations.MIGRATIONS = original
    assert migrations.version(conn) == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables
    conn.close()


def test_version_5_applies_one_ballot_per_person_to_what_was_there(tmp_path: Path) -> None:
    """A v4 meeting with tickets and a ticketless phone ballot in an open poll: after the
    upgrade that ballot waits for its ticket (docs/phone-voting.md)."""
    data_dir = tmp_path / "data"
    _workspace_at(data_dir / FILE_NAME, 4)  # with the rows of _seed_v1
    conn = sqlite3.connect(data_dir / FILE_NAME, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO tickets (id, meeting_id, code, number, issued_at)"
        " VALUES ('t1', 'm1', 'AAAA-BBBB-CCCC', 1, ?)",
        (NOW,),
    )
    conn.execute("COMMIT")
    conn.close()
    with Workspace.open(data_dir) as ws:
        assert ws.ballots.count("p1") == 0
        assert [b.voter for b in ws.ballots.awaiting_ticket("p1")] == ["device:1"]
