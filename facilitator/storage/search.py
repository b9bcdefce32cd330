"""Find ideas across every meeting with SQLite's full-text index (schema version 7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.domain.model import Idea
from facilitator.domain.search import fts_query
from facilitator.storage import codec
from facilitator.storage.database import Store

#: How many hits one search returns at most (best first).
LIMIT = 200


@dataclass(frozen=True, slots=True)
class IdeaHit:
    """One idea found, with the meeting it was said in."""

    idea: Idea
    meeting_title: str
    meeting_date: datetime
    rank: float


class SearchRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def ideas(self, text: str, limit: int = LIMIT) -> list[IdeaHit]:
        """The ideas of every meeting matching every word of ``text``, best first (bm25, the
        newest meeting first between equals). Rejected ideas are left out: they were turned
        down at moderation."""
        query = fts_query(text)
        if query is None:
            return []
        found = self._db.query(
            "SELECT i.*, m.title AS meeting_title, COALESCE(m.starts_at, m.created_at) AS"
            " meeting_date, bm25(ideas_search) AS rank"
            " FROM ideas_search JOIN ideas i ON i.id = ideas_search.idea_id"
            " JOIN meetings m ON m.id = i.meeting_id"
            " WHERE ideas_search MATCH ? AND i.status != 'rejected'"
            " ORDER BY rank, meeting_date DESC, i.position LIMIT ?",
            (query, limit),
        )
        return [
            IdeaHit(
                idea=codec.idea_from(r),
                meeting_title=r["meeting_title"],
                meeting_date=codec.must_dt(r["meeting_date"]),
                rank=float(r["rank"]),
            )
            for r in found
        ]
