"""A meeting's themes: rename, merge, colour and order them.

An idea names its theme by text; renaming or merging themes rewrites that text on every idea of
the meeting, in the same write job as the theme's record, so one undo takes it all back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import normalise_theme, now
from facilitator.domain.themes import Theme
from facilitator.storage import codec, rows
from facilitator.storage.database import Store


def _record(conn: sqlite3.Connection, meeting_id: str, name: str) -> Theme | None:
    row = conn.execute(
        "SELECT * FROM themes WHERE meeting_id = ? AND name = ?", (meeting_id, name)
    ).fetchone()
    return codec.theme_from(row) if row is not None else None


def _records(conn: sqlite3.Connection, meeting_id: str) -> list[Theme]:
    found = conn.execute(
        "SELECT * FROM themes WHERE meeting_id = ? ORDER BY position, name", (meeting_id,)
    ).fetchall()
    return [codec.theme_from(r) for r in found]


def _save(conn: sqlite3.Connection, theme: Theme) -> Theme:
    theme = theme.validated()
    row = codec.theme_row(theme)
    if not rows.update(conn, "theme", row, meeting_id=theme.meeting_id):
        rows.insert(conn, "theme", row, meeting_id=theme.meeting_id)
    return theme


def _name(value: str) -> str:
    name = normalise_theme(value)
    if not name:
        raise ValidationError("A theme needs a name.", "Un thème a besoin d'un nom.")
    return name


#: The position of a theme given a colour but no place: listed by name, after those placed.
UNPLACED = -1


class ThemeRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def for_meeting(self, meeting_id: str) -> list[Theme]:
        """The themes given a colour or a place, those placed in their order first."""
        found = self._db.query(
            "SELECT * FROM themes WHERE meeting_id = ? ORDER BY position, name", (meeting_id,)
        )
        return [codec.theme_from(r) for r in found]

    def rename(self, meeting_id: str, old: str, new: str) -> int:
        """Give every idea of theme ``old`` the theme ``new``; returns how many moved.

        A ``new`` that exists already merges the two themes: its colour and place stay (or
        ``old``'s colour, if it had none).
        """
        old, new = _name(old), _name(new)

        def job(conn: sqlite3.Connection) -> int:
            if old == new:
                return 0
            stamp = now()
            moved = conn.execute(
                "SELECT * FROM ideas WHERE meeting_id = ? AND theme = ? ORDER BY position",
                (meeting_id, old),
            ).fetchall()
            for row in moved:
                idea = replace(codec.idea_from(row), theme=new, updated_at=stamp)
                rows.update(conn, "idea", codec.idea_row(idea), meeting_id=meeting_id)
            source, target = _record(conn, meeting_id, old), _record(conn, meeting_id, new)
            if source is not None and target is not None:
                if not target.colour and source.colour:
                    _save(conn, replace(target, colour=source.colour))
                rows.delete(conn, "theme", source.id, meeting_id=meeting_id)
            elif source is not None:
                _save(conn, replace(source, name=new))
            return len(moved)

        return self._db.write(job)

    def merge(self, meeting_id: str, names: Sequence[str], into: str) -> int:
        """Merge the themes ``names`` into ``into``; returns how many ideas moved."""
        return sum(self.rename(meeting_id, name, into) for name in names if name != into)

    def set_colour(self, meeting_id: str, name: str, colour: str) -> Theme:
        """Give a theme a colour ("" for none)."""
        name = _name(name)

        def job(conn: sqlite3.Connection) -> Theme:
            current = _record(conn, meeting_id, name)
            if current is None:  # a colour does not place it: it keeps its place by name
                current = Theme(meeting_id=meeting_id, name=name, position=UNPLACED)
            return _save(conn, replace(current, colour=colour))

        return self._db.write(job)

    def reorder(self, meeting_id: str, names: Sequence[str]) -> None:
        """Put the themes in this order (themes not named keep theirs, after these)."""
        ordered = list(dict.fromkeys(_name(n) for n in names))

        def job(conn: sqlite3.Connection) -> None:
            known = {t.name: t for t in _records(conn, meeting_id)}
            rest = [n for n, t in known.items() if n not in set(ordered) and t.position >= 0]
            for position, name in enumerate(ordered + rest):
                theme = known.get(name) or Theme(meeting_id=meeting_id, name=name)
                _save(conn, replace(theme, position=position))

        self._db.write(job)
