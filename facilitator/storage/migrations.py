"""Forward-only schema migrations, numbered by ``PRAGMA user_version``.

Each migration is a function that takes the writing connection inside a transaction. Never edit
a migration that has shipped: add a new one. ``tests/storage/test_migrations.py`` upgrades a
workspace from every earlier version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the current transaction.

    ``executescript`` would commit first, breaking the migration's atomicity.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement.strip()[:60]}")


def _v1_initial(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meetings (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            neighbourhood TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            starts_at TEXT,
            ends_at TEXT,
            language TEXT NOT NULL DEFAULT 'fr',
            status TEXT NOT NULL DEFAULT 'draft',
            notes TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0,
            join_code TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE ideas (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            theme TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            status TEXT NOT NULL,
            merged_into TEXT REFERENCES ideas(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX ideas_meeting ON ideas(meeting_id, position);

        CREATE TABLE polls (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            question TEXT NOT NULL,
            method TEXT NOT NULL,
            params TEXT NOT NULL,
            state TEXT NOT NULL,
            visibility TEXT NOT NULL,
            revealed INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            opened_at TEXT,
            closed_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX polls_meeting ON polls(meeting_id, position);

        CREATE TABLE poll_options (
            id TEXT PRIMARY KEY,
            poll_id TEXT NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            idea_id TEXT REFERENCES ideas(id) ON DELETE SET NULL,
            position INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX poll_options_poll ON poll_options(poll_id, position);

        CREATE TABLE ballots (
            id TEXT PRIMARY KEY,
            poll_id TEXT NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            voter TEXT NOT NULL,
            channel TEXT NOT NULL,
            content TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            cast_at TEXT NOT NULL,
            UNIQUE (poll_id, voter)
        ) STRICT;

        CREATE TABLE count_entries (
            id TEXT PRIMARY KEY,
            poll_id TEXT NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            counts TEXT NOT NULL,
            voters INTEGER NOT NULL DEFAULT 0,
            entered_at TEXT NOT NULL,
            UNIQUE (poll_id, channel)
        ) STRICT;

        CREATE TABLE attendance (
            meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
            headcount INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE tickets (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            code TEXT NOT NULL UNIQUE,
            number INTEGER NOT NULL,
            bound_device TEXT,
            bound_at TEXT,
            issued_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX tickets_meeting ON tickets(meeting_id, number);

        CREATE TABLE journal (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            meeting_id TEXT,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            op TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            synced_at TEXT
        ) STRICT;
        CREATE INDEX journal_pending ON journal(meeting_id, synced_at);
        """,
    )


def _v2_devices_and_conflicts(conn: sqlite3.Connection) -> None:
    """Phones known to a meeting (by a hash of their token), conflicts from bundle merges, and
    the idempotency key of every ballot request ever accepted (so a late retry of a replaced
    ballot is recognised)."""
    run_script(
        conn,
        """
        CREATE TABLE devices (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE,
            ticket_id TEXT REFERENCES tickets(id) ON DELETE SET NULL,
            language TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX devices_meeting ON devices(meeting_id, last_seen_at);

        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            local TEXT NOT NULL,
            incoming TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            detected_at TEXT NOT NULL,
            resolved_at TEXT
        ) STRICT;
        CREATE INDEX conflicts_meeting ON conflicts(meeting_id, resolved_at);

        CREATE TABLE ballot_receipts (
            idempotency_key TEXT PRIMARY KEY,
            poll_id TEXT NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            voter TEXT NOT NULL,
            received_at TEXT NOT NULL
        ) STRICT;
        """,
    )


def _v3_merge_bases(conn: sqlite3.Connection) -> None:
    """What each side last shared of a record in a meeting bundle, to tell edits from conflicts.

    A bundle merge compares the local record and the incoming one with the digest stored here:
    only the side that differs from it was edited since (see ``storage/bundles.py``).
    """
    run_script(
        conn,
        """
        CREATE TABLE merge_bases (
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            digest TEXT NOT NULL,
            PRIMARY KEY (entity, entity_id)
        ) STRICT;
        CREATE INDEX merge_bases_meeting ON merge_bases(meeting_id);
        """,
    )


def _v4_sync_state(conn: sqlite3.Connection) -> None:
    """What each local record is on the platform: sync keeps it beside the journal.

    ``sync_links``: the meeting's link to a Decidim (components, the remote meeting, whether
    Facilitator created it, how far the journal has been read). ``sync_items``: per local record
    pushed (an idea, the meeting itself, its report) its state, remote id, the text that would
    be sent now, the exact text last sent, attempts, last error and next attempt time.
    """
    run_script(
        conn,
        """
        CREATE TABLE sync_links (
            meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
            platform_url TEXT NOT NULL,
            proposals_component TEXT NOT NULL,
            meetings_component TEXT,
            remote_meeting_id TEXT,
            meeting_created INTEGER NOT NULL DEFAULT 0,
            locale TEXT NOT NULL,
            proposal_length INTEGER NOT NULL DEFAULT 500,
            author_id TEXT,
            journal_seq INTEGER NOT NULL DEFAULT 0,
            linked_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE sync_items (
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            local_id TEXT NOT NULL,
            state TEXT NOT NULL,
            remote_id TEXT,
            custom_title TEXT,
            want_title TEXT NOT NULL DEFAULT '',
            want_body TEXT NOT NULL DEFAULT '',
            sent_title TEXT,
            sent_body TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            next_attempt_at TEXT,
            sent_at TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (meeting_id, kind, local_id)
        ) STRICT;
        CREATE INDEX sync_items_state ON sync_items(meeting_id, state);
        """,
    )


#: The ballot columns, in order, for moving a ballot out of the count and back.
_BALLOT_COLUMNS = "id, poll_id, voter, channel, content, idempotency_key, cast_at"


def _set_aside(where: str) -> str:
    """Statements moving the ballots ``where`` selects out of the count (see v5)."""
    return f"""
        INSERT OR REPLACE INTO ballots_awaiting_ticket ({_BALLOT_COLUMNS}, set_aside_at)
            SELECT {_BALLOT_COLUMNS}, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
            FROM ballots WHERE {where};
        DELETE FROM ballots WHERE {where};
    """


def _v5_one_ballot_per_person_and_field_registers(conn: sqlite3.Connection) -> None:
    """One person, one ballot per poll, whatever order tickets, phones and ballots arrive in;
    bundle merges field by field.

    In a meeting with tickets an open poll counts ticket ballots only: a phone's ballot cast
    without a ticket waits in ``ballots_awaiting_ticket`` (set aside when the meeting's first
    ticket is issued, when the poll is opened again, or when such a ballot is written) until
    that phone enters its ticket (``storage/tickets.py`` hands it over). A phone that holds a
    ticket votes as its ticket, never under its own name. See docs/phone-voting.md.

    ``field_registers`` hold, per field of every record shared through bundles, its value(s)
    and what each laptop's edits of it knew (``storage/registers.py``); ``bundle_replica`` is
    this workspace as an editor. They replace v3's ``merge_bases``. See docs/bundles.md.
    """
    ticketless = "channel = 'phone' AND voter NOT LIKE 'ticket:%'"
    with_tickets = "EXISTS (SELECT 1 FROM tickets t WHERE t.meeting_id = p.meeting_id)"
    new_ticketless_in_open_poll = (
        "NEW.channel = 'phone' AND NEW.voter NOT LIKE 'ticket:%' AND EXISTS (SELECT 1 FROM "
        f"polls p WHERE p.id = NEW.poll_id AND p.state = 'open' AND {with_tickets})"
    )
    phone_with_a_ticket = (
        "NEW.voter LIKE 'device:%' AND EXISTS (SELECT 1 FROM tickets "
        "WHERE bound_device = substr(NEW.voter, 8))"
    )
    refuse = "SELECT RAISE(ABORT, 'a phone that holds a ticket votes as its ticket');"
    run_script(
        conn,
        f"""
        CREATE TABLE ballots_awaiting_ticket (
            id TEXT PRIMARY KEY,
            poll_id TEXT NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            voter TEXT NOT NULL,
            channel TEXT NOT NULL,
            content TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            cast_at TEXT NOT NULL,
            set_aside_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX ballots_awaiting_ticket_voter ON ballots_awaiting_ticket(voter, poll_id);
        CREATE INDEX ballots_awaiting_ticket_poll ON ballots_awaiting_ticket(poll_id);
        CREATE INDEX tickets_bound_device ON tickets(bound_device)
            WHERE bound_device IS NOT NULL;
        CREATE INDEX ballots_voter ON ballots(voter);

        CREATE TRIGGER ballots_phone_with_ticket_insert BEFORE INSERT ON ballots
        WHEN {phone_with_a_ticket}
        BEGIN {refuse} END;
        CREATE TRIGGER ballots_phone_with_ticket_update BEFORE UPDATE OF voter ON ballots
        WHEN {phone_with_a_ticket}
        BEGIN {refuse} END;

        CREATE TRIGGER ballots_ticketless_insert AFTER INSERT ON ballots
        WHEN {new_ticketless_in_open_poll}
        BEGIN {_set_aside("id = NEW.id")} END;
        CREATE TRIGGER ballots_ticketless_update AFTER UPDATE OF voter, channel ON ballots
        WHEN {new_ticketless_in_open_poll}
        BEGIN {_set_aside("id = NEW.id")} END;

        -- Only a meeting's first ticket can find ballots to set aside: from then on the other
        -- triggers keep the meeting's open polls free of ticketless phone ballots.
        CREATE TRIGGER tickets_first_sets_aside AFTER INSERT ON tickets
        WHEN NOT EXISTS (
            SELECT 1 FROM tickets WHERE meeting_id = NEW.meeting_id AND id != NEW.id
        )
        BEGIN {
            _set_aside(
                f"{ticketless} AND poll_id IN (SELECT id FROM polls "
                "WHERE meeting_id = NEW.meeting_id AND state = 'open')"
            )
        } END;

        CREATE TRIGGER polls_opened_sets_aside AFTER UPDATE OF state ON polls
        WHEN NEW.state = 'open' AND EXISTS (SELECT 1 FROM tickets WHERE meeting_id = NEW.meeting_id)
        BEGIN {_set_aside(f"{ticketless} AND poll_id = NEW.id")} END;

        -- what was there before this version follows the same rule
        {
            _set_aside(
                f"{ticketless} AND poll_id IN (SELECT p.id FROM polls p "
                f"WHERE p.state = 'open' AND {with_tickets})"
            )
        }
        """,
    )
    run_script(
        conn,
        """
        -- Bundle merges field by field (storage/registers.py, docs/bundles.md): the digests
        -- of v3 recorded the exporter's own state as if the other laptop had seen it.
        DROP TABLE merge_bases;
        CREATE TABLE field_registers (
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            register TEXT NOT NULL,
            PRIMARY KEY (entity, entity_id, field)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX field_registers_meeting ON field_registers(meeting_id);
        CREATE TABLE bundle_replica (
            id TEXT PRIMARY KEY,
            counter INTEGER NOT NULL,
            home TEXT NOT NULL
        ) STRICT;
        CREATE INDEX conflicts_open ON conflicts(entity, entity_id, field)
            WHERE resolved_at IS NULL;
        """,
    )


def _v6_sync_space_and_runs(conn: sqlite3.Connection) -> None:
    """What a link needs for public addresses, and a mark for a sync that did not end.

    ``space_kind`` ("process" or "assembly") and ``space_slug`` make a proposal's public
    address (Decidim's API gives ids and slugs, not addresses). ``run_started_at`` and
    ``run_pid`` are set while a sync runs and cleared when it ends, so a sync cut off by a
    crash or a dead battery is recognised, and offered, at the next start.
    """
    run_script(
        conn,
        """
        ALTER TABLE sync_links ADD COLUMN space_kind TEXT;
        ALTER TABLE sync_links ADD COLUMN space_slug TEXT;
        ALTER TABLE sync_links ADD COLUMN run_started_at TEXT;
        ALTER TABLE sync_links ADD COLUMN run_pid INTEGER;
        """,
    )


def _v7_themes_and_idea_search(conn: sqlite3.Connection) -> None:
    """Themes as records (a colour, a place in the list) and a full-text index of the ideas.

    ``ideas_search`` is an FTS5 table holding its own copy of each idea's text with the idea's
    id, kept in step by triggers, so it never depends on the ideas' rowids (which a VACUUM may
    renumber). ``unicode61 remove_diacritics 2`` folds case and accents: "velo" finds "vélo".
    Only a change of the text touches the index: reordering or moderating ideas costs nothing.
    """
    run_script(
        conn,
        """
        CREATE TABLE themes (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            colour TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            UNIQUE (meeting_id, name)
        ) STRICT;
        CREATE VIRTUAL TABLE ideas_search USING fts5(
            text, idea_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO ideas_search (text, idea_id) SELECT text, id FROM ideas;
        CREATE TRIGGER ideas_search_insert AFTER INSERT ON ideas BEGIN
            INSERT INTO ideas_search (text, idea_id) VALUES (new.text, new.id);
        END;
        CREATE TRIGGER ideas_search_update AFTER UPDATE OF text ON ideas
        WHEN old.text IS NOT new.text BEGIN
            DELETE FROM ideas_search WHERE idea_id = old.id;
            INSERT INTO ideas_search (text, idea_id) VALUES (new.text, new.id);
        END;
        CREATE TRIGGER ideas_search_delete AFTER DELETE ON ideas BEGIN
            DELETE FROM ideas_search WHERE idea_id = old.id;
        END;
        """,
    )


#: Migration ``n`` (1-based) brings a workspace from version ``n - 1`` to ``n``.
MIGRATIONS: tuple[Migration, ...] = (
    _v1_initial,
    _v2_devices_and_conflicts,
    _v3_merge_bases,
    _v4_sync_state,
    _v5_one_ballot_per_person_and_field_registers,
    _v6_sync_space_and_runs,
    _v7_themes_and_idea_search,
)
LATEST = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, application_id: int, target: int = LATEST) -> int:
    """Bring the workspace up to ``target``, each step in its own transaction."""
    current = version(conn)
    while current < target:
        step = MIGRATIONS[current]
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA application_id = {application_id:d}")
            conn.execute(f"PRAGMA user_version = {current + 1:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        current += 1
    return current
