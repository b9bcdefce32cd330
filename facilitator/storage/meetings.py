"""Meetings: create, find, list with their counts, update, duplicate as a template."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from facilitator.domain.errors import NotFoundError, ValidationError
from facilitator.domain.model import (
    Attendance,
    Meeting,
    MeetingStatus,
    PollState,
    new_id,
    new_secret,
    now,
)
from facilitator.storage import codec, rows
from facilitator.storage.database import Store


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """A meeting with the counts a list or a spreadsheet summary shows."""

    meeting: Meeting
    ideas: int
    pending_ideas: int
    themes: int
    polls: int
    open_polls: int
    ballots: int
    headcount: int
    tickets: int

    def to_dict(self) -> dict[str, Any]:
        m = self.meeting
        return {
            "id": m.id,
            "title": m.title,
            "neighbourhood": m.neighbourhood,
            "place": m.place,
            "starts_at": codec.dt(m.starts_at),
            "ends_at": codec.dt(m.ends_at),
            "language": m.language,
            "status": m.status.value,
            "archived": m.archived,
            "counts": {
                "ideas": self.ideas,
                "pending_ideas": self.pending_ideas,
                "themes": self.themes,
                "polls": self.polls,
                "open_polls": self.open_polls,
                "ballots": self.ballots,
                "headcount": self.headcount,
                "tickets": self.tickets,
            },
        }


#: French nouns by gender, for "Aucune réunion ne correspond…" / "Aucun vote ne correspond…".
_FEMININE = {"réunion", "idée"}


def not_found(kind_en: str, kind_fr: str, ident: str) -> NotFoundError:
    none_fr = "Aucune" if kind_fr in _FEMININE else "Aucun"
    return NotFoundError(
        f"No {kind_en} matches “{ident}”.", f"{none_fr} {kind_fr} ne correspond à « {ident} »."
    )


_SUMMARY_SQL = """
SELECT m.*,
  (SELECT COUNT(*) FROM ideas i WHERE i.meeting_id = m.id AND i.status = 'kept') AS n_ideas,
  (SELECT COUNT(*) FROM ideas i WHERE i.meeting_id = m.id AND i.status = 'pending') AS n_pending,
  (SELECT COUNT(DISTINCT theme) FROM ideas i
     WHERE i.meeting_id = m.id AND i.status = 'kept' AND theme != '') AS n_themes,
  (SELECT COUNT(*) FROM polls p WHERE p.meeting_id = m.id) AS n_polls,
  (SELECT COUNT(*) FROM polls p WHERE p.meeting_id = m.id AND p.state = 'open') AS n_open,
  (SELECT COUNT(*) FROM ballots b JOIN polls p ON p.id = b.poll_id
     WHERE p.meeting_id = m.id) AS n_ballots,
  (SELECT COALESCE(MAX(headcount), 0) FROM attendance a WHERE a.meeting_id = m.id) AS n_head,
  (SELECT COUNT(*) FROM tickets t WHERE t.meeting_id = m.id) AS n_tickets
FROM meetings m
"""


def _load(conn: sqlite3.Connection, meeting_id: str) -> Meeting:
    row = conn.execute("SELECT * FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    if row is None:
        raise not_found("meeting", "réunion", meeting_id)
    return codec.meeting_from(row)


def _insert(conn: sqlite3.Connection, meeting: Meeting) -> None:
    """A new meeting with its attendance (empty: the platform hears of it once it changes)."""
    rows.insert(conn, "meeting", codec.meeting_row(meeting), meeting_id=meeting.id)
    attendance = codec.attendance_row(Attendance(meeting_id=meeting.id))
    rows.insert(conn, "attendance", attendance, meeting_id=meeting.id, journal_it=False)


def _update(conn: sqlite3.Connection, meeting: Meeting) -> Meeting:
    """Save a meeting's details; its creation date and join code never change."""
    meeting = replace(meeting.validated(), updated_at=now())
    row = codec.meeting_row(meeting)
    row.pop("created_at")
    row.pop("join_code")
    if not rows.update(conn, "meeting", row, meeting_id=meeting.id):
        raise not_found("meeting", "réunion", meeting.id)
    return _load(conn, meeting.id)


class MeetingRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def create(self, meeting: Meeting) -> Meeting:
        meeting = meeting.validated()

        def job(conn: sqlite3.Connection) -> Meeting:
            _insert(conn, meeting)
            return meeting

        return self._db.write(job)

    def get(self, meeting_id: str) -> Meeting:
        row = self._db.query_one("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
        if row is None:
            raise not_found("meeting", "réunion", meeting_id)
        return codec.meeting_from(row)

    def find(self, ident: str) -> Meeting:
        """A meeting by its full id or a unique prefix of it (as the command line accepts)."""
        ident = ident.strip()
        if len(ident) < 4:
            raise ValidationError(
                "Give at least the first 4 characters of the meeting id.",
                "Indiquez au moins les 4 premiers caractères de l'identifiant de la réunion.",
                field="meeting",
            )
        rows = self._db.query(
            "SELECT * FROM meetings WHERE id = ? OR id LIKE ? ESCAPE '\\' LIMIT 3",
            (ident, ident.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"),
        )
        exact = [r for r in rows if r["id"] == ident]
        if exact:
            return codec.meeting_from(exact[0])
        if not rows:
            raise not_found("meeting", "réunion", ident)
        if len(rows) > 1:
            raise ValidationError(
                f"Several meetings start with “{ident}”; give more of the id.",
                f"Plusieurs réunions commencent par « {ident} » ; précisez l'identifiant.",
                field="meeting",
            )
        return codec.meeting_from(rows[0])

    def exist(self) -> bool:
        """Whether the workspace holds a meeting (archived ones too)."""
        return self._db.query_one("SELECT 1 FROM meetings LIMIT 1") is not None

    def by_join_code(self, code: str) -> Meeting | None:
        row = self._db.query_one("SELECT * FROM meetings WHERE join_code = ?", (code,))
        return codec.meeting_from(row) if row else None

    def all(self, *, include_archived: bool = False, search: str = "") -> list[Meeting]:
        return [s.meeting for s in self.summaries(include_archived=include_archived, search=search)]

    def summaries(
        self, *, include_archived: bool = False, search: str = "", ids: list[str] | None = None
    ) -> list[MeetingSummary]:
        clauses: list[str] = []
        params: list[Any] = []
        if not include_archived:
            clauses.append("m.archived = 0")
        if search.strip():
            like = f"%{search.strip().lower()}%"
            clauses.append(
                "(lower(m.title) LIKE ? OR lower(m.neighbourhood) LIKE ? OR lower(m.place) LIKE ?)"
            )
            params += [like, like, like]
        if ids is not None:
            clauses.append(f"m.id IN ({', '.join('?' for _ in ids)})" if ids else "0")
            params += ids
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.query(
            f"{_SUMMARY_SQL}{where} ORDER BY COALESCE(m.starts_at, m.created_at) DESC",
            tuple(params),
        )
        return [
            MeetingSummary(
                meeting=codec.meeting_from(r),
                ideas=r["n_ideas"],
                pending_ideas=r["n_pending"],
                themes=r["n_themes"],
                polls=r["n_polls"],
                open_polls=r["n_open"],
                ballots=r["n_ballots"],
                headcount=r["n_head"],
                tickets=r["n_tickets"],
            )
            for r in rows
        ]

    def summary(self, meeting_id: str) -> MeetingSummary:
        found = self.summaries(include_archived=True, ids=[meeting_id])
        if not found:
            raise not_found("meeting", "réunion", meeting_id)
        return found[0]

    def update(self, meeting: Meeting) -> Meeting:
        meeting.validated()
        return self._db.write(lambda conn: _update(conn, meeting))

    def set_archived(self, meeting_id: str, archived: bool) -> Meeting:
        """Archive (or bring back) a meeting; read and written in one job, so an edit made
        meanwhile by another window or process is kept."""
        return self._db.write(
            lambda conn: _update(conn, replace(_load(conn, meeting_id), archived=archived))
        )

    def set_status(self, meeting_id: str, status: MeetingStatus) -> Meeting:
        return self._db.write(
            lambda conn: _update(conn, replace(_load(conn, meeting_id), status=status))
        )

    def duplicate(self, meeting_id: str, title: str | None = None) -> Meeting:
        """A new draft meeting from this one as a template: its details and its polls as drafts.

        Ideas, ballots, counts, attendance and tickets stay with the original. Polls built from
        ideas keep their labels but lose the link to the original's ideas.
        """

        def job(conn: sqlite3.Connection) -> Meeting:
            original = _load(conn, meeting_id)
            stamp = now()
            copy = replace(
                original,
                id=new_id(),
                title=title or original.title,
                status=MeetingStatus.DRAFT,
                archived=False,
                join_code=new_secret(),
                created_at=stamp,
                updated_at=stamp,
            ).validated()
            _insert(conn, copy)
            polls = conn.execute(
                "SELECT * FROM polls WHERE meeting_id = ? ORDER BY position", (original.id,)
            ).fetchall()
            for poll in polls:
                new_poll = dict(poll)
                new_poll.update(
                    id=new_id(),
                    meeting_id=copy.id,
                    state=PollState.DRAFT.value,
                    revealed=0,
                    opened_at=None,
                    closed_at=None,
                    created_at=stamp.isoformat(),
                    updated_at=stamp.isoformat(),
                )
                rows.insert(conn, "poll", new_poll, meeting_id=copy.id)
                for option in conn.execute(
                    "SELECT * FROM poll_options WHERE poll_id = ? ORDER BY position", (poll["id"],)
                ).fetchall():
                    new_option = dict(option)
                    new_option.update(id=new_id(), poll_id=new_poll["id"], idea_id=None)
                    rows.insert(conn, "option", new_option, meeting_id=copy.id)
            return copy

        return self._db.write(job)

    def delete(self, meeting_id: str) -> None:
        """Delete a meeting and everything in it (the UI asks first; archive is the default)."""

        def job(conn: sqlite3.Connection) -> None:
            if rows.delete(conn, "meeting", meeting_id, meeting_id=meeting_id) is None:
                raise not_found("meeting", "réunion", meeting_id)

        self._db.write(job)
