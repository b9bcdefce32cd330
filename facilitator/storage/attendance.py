"""Attendance: the headcount (with atomic +/-), and notes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from facilitator.domain.model import Attendance, now
from facilitator.storage import codec, journal
from facilitator.storage.database import Database
from facilitator.storage.meetings import not_found


def _load(conn: sqlite3.Connection, meeting_id: str) -> Attendance:
    row = conn.execute("SELECT * FROM attendance WHERE meeting_id = ?", (meeting_id,)).fetchone()
    if row is not None:
        return codec.attendance_from(row)
    if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone() is None:
        raise not_found("meeting", "réunion", meeting_id)
    attendance = Attendance(meeting_id=meeting_id)
    codec.insert(conn, "attendance", codec.attendance_row(attendance))
    return attendance


class AttendanceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, meeting_id: str) -> Attendance:
        row = self._db.query_one("SELECT * FROM attendance WHERE meeting_id = ?", (meeting_id,))
        if row is None:
            return Attendance(meeting_id=meeting_id, headcount=0)
        return codec.attendance_from(row)

    def save(self, attendance: Attendance) -> Attendance:
        attendance = replace(attendance.validated(), updated_at=now())

        def job(conn: sqlite3.Connection) -> Attendance:
            _load(conn, attendance.meeting_id)
            row = codec.attendance_row(attendance)
            codec.update(conn, "attendance", row, key="meeting_id")
            journal.record(
                conn, attendance.meeting_id, "attendance", attendance.meeting_id, "update", row
            )
            return attendance

        return self._db.write(job)

    def adjust(self, meeting_id: str, delta: int) -> Attendance:
        """Add ``delta`` to the headcount (never below zero), atomically."""

        def job(conn: sqlite3.Connection) -> Attendance:
            current = _load(conn, meeting_id)
            updated = replace(
                current, headcount=max(0, current.headcount + delta), updated_at=now()
            ).validated()
            row = codec.attendance_row(updated)
            codec.update(conn, "attendance", row, key="meeting_id")
            journal.record(conn, meeting_id, "attendance", meeting_id, "update", row)
            return updated

        return self._db.write(job)
