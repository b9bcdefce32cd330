"""Attendance: the headcount (with atomic +/-), and notes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from facilitator.domain.model import Attendance, now
from facilitator.storage import codec, rows
from facilitator.storage.database import Store
from facilitator.storage.meetings import not_found


def _load(conn: sqlite3.Connection, meeting_id: str) -> Attendance:
    row = conn.execute("SELECT * FROM attendance WHERE meeting_id = ?", (meeting_id,)).fetchone()
    if row is not None:
        return codec.attendance_from(row)
    if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone() is None:
        raise not_found("meeting", "réunion", meeting_id)
    attendance = Attendance(meeting_id=meeting_id)
    row = codec.attendance_row(attendance)
    rows.insert(conn, "attendance", row, meeting_id=meeting_id, journal_it=False)
    return attendance


def _save(conn: sqlite3.Connection, attendance: Attendance) -> Attendance:
    stored = replace(attendance.validated(), updated_at=now())
    rows.update(conn, "attendance", codec.attendance_row(stored), meeting_id=attendance.meeting_id)
    return stored


class AttendanceRepository:
    """Each write reads the attendance inside its own job, so a +1 from one window and notes
    typed in another never overwrite each other."""

    def __init__(self, db: Store) -> None:
        self._db = db

    def get(self, meeting_id: str) -> Attendance:
        row = self._db.query_one("SELECT * FROM attendance WHERE meeting_id = ?", (meeting_id,))
        if row is None:
            return Attendance(meeting_id=meeting_id, headcount=0)
        return codec.attendance_from(row)

    def save(self, attendance: Attendance) -> Attendance:
        attendance.validated()

        def job(conn: sqlite3.Connection) -> Attendance:
            _load(conn, attendance.meeting_id)
            return _save(conn, attendance)

        return self._db.write(job)

    def adjust(self, meeting_id: str, delta: int) -> Attendance:
        """Add ``delta`` to the headcount (never below zero), atomically."""

        def job(conn: sqlite3.Connection) -> Attendance:
            current = _load(conn, meeting_id)
            return _save(conn, replace(current, headcount=max(0, current.headcount + delta)))

        return self._db.write(job)

    def set_headcount(self, meeting_id: str, headcount: int) -> Attendance:
        """The exact headcount, counted another way; the notes stay as they are."""
        replace(Attendance(meeting_id), headcount=headcount).validated()
        return self._db.write(
            lambda conn: _save(conn, replace(_load(conn, meeting_id), headcount=headcount))
        )

    def set_notes(self, meeting_id: str, notes: str) -> Attendance:
        """The attendance notes; the headcount stays as it is."""
        return self._db.write(
            lambda conn: _save(conn, replace(_load(conn, meeting_id), notes=notes))
        )
