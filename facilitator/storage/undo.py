"""Undo: the inverse of exactly the changes one write made, applied in one write job.

Only what the write changed is touched, so what phones, another window or another process
wrote meanwhile stays: a record created meanwhile is never removed, and a field someone else
changed since keeps their value (a counter such as the headcount takes back only its own
difference). A record the write created is removed only while nothing else refers to it;
otherwise nothing is undone and the caller gets a :class:`ConflictError` saying why.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from facilitator.domain.errors import ConflictError
from facilitator.domain.model import PollState
from facilitator.storage import journal, rows
from facilitator.storage.changes import TABLES, Change, Changes, Op
from facilitator.storage.polls import options_locked, refuse_draft_with_votes


def revert(conn: sqlite3.Connection, changes: Changes) -> None:
    """Apply the inverse of ``changes`` (newest first). Call it inside a write job."""
    if not changes.invertible:
        raise ValueError("these changes were not all logged with their rows: cannot undo them")
    polls_with_options: dict[str, str | None] = {}
    for change in reversed(changes.items):
        if change.kind == "option":
            poll_id = _poll_of(change)
            _check_options_editable(conn, poll_id)
            polls_with_options[poll_id] = change.meeting_id
        current = rows.fetch(conn, change.kind, change.key)
        if change.op is Op.CREATED:
            if current is None:
                continue  # removed meanwhile
            if rows.dependants(conn, change.kind, change.key):
                raise _in_use(change.kind)
            rows.delete(conn, change.kind, change.key, meeting_id=change.meeting_id)
        elif change.op is Op.DELETED:
            if current is None:
                assert change.before is not None
                rows.insert(conn, change.kind, change.before, meeting_id=change.meeting_id)
        elif current is not None:  # deleted meanwhile: that later deletion stands
            target = _restored(change, current)
            if target != current:
                _check_back_to_draft(conn, change, current, target)
                rows.update(conn, change.kind, target, meeting_id=change.meeting_id)
    # poll options are journalled with their poll, as when the poll is edited
    for poll_id, meeting_id in polls_with_options.items():
        poll = conn.execute("SELECT * FROM polls WHERE id = ?", (poll_id,)).fetchone()
        if poll is not None:
            options = conn.execute(
                "SELECT * FROM poll_options WHERE poll_id = ? ORDER BY position", (poll_id,)
            ).fetchall()
            payload = {**dict(poll), "options": [dict(o) for o in options]}
            journal.append(conn, meeting_id, "poll", poll_id, "update", payload)


def _restored(change: Change, current: dict[str, Any]) -> dict[str, Any]:
    """The record with the fields this change set put back, where they still hold what it
    set; a counter takes back only its own difference."""
    assert change.before is not None and change.after is not None
    table = TABLES[change.kind]
    target = dict(current)
    for column, old in change.before.items():
        new = change.after.get(column)
        if column == table.key or column not in current:
            continue
        if column in table.counters:
            target[column] = max(0, int(current[column]) - (int(new or 0) - int(old)))
        elif current[column] == new:
            target[column] = old
    return target


def _check_back_to_draft(
    conn: sqlite3.Connection, change: Change, current: dict[str, Any], target: dict[str, Any]
) -> None:
    draft = PollState.DRAFT.value
    if change.kind == "poll" and target["state"] == draft and current["state"] != draft:
        refuse_draft_with_votes(conn, change.key)


def _poll_of(change: Change) -> str:
    row = change.before if change.before is not None else change.after
    assert row is not None
    return str(row["poll_id"])


def _check_options_editable(conn: sqlite3.Connection, poll_id: str) -> None:
    row = conn.execute("SELECT state FROM polls WHERE id = ?", (poll_id,)).fetchone()
    if row is not None and row["state"] != PollState.DRAFT.value:
        raise options_locked()


_IN_USE = {
    "meeting": (
        "ideas, polls or tickets were added to this meeting since",
        "des idées, des votes ou des tickets ont été ajoutés à cette réunion depuis",
    ),
    "poll": ("this poll has received votes since", "ce vote a reçu des voix depuis"),
    "idea": (
        "other ideas were merged into this idea, or a poll offers it, since",
        "d'autres idées y ont été fusionnées, ou un vote la propose, depuis",
    ),
}


def _in_use(kind: str) -> ConflictError:
    en, fr = _IN_USE.get(kind, ("other records refer to it now", "d'autres éléments s'y réfèrent"))
    return ConflictError(
        f"This cannot be undone: {en}. Nothing was changed.",
        f"Impossible d'annuler : {fr}. Rien n'a été modifié.",
    )
