"""The same five tables as the workbook, as CSV files (UTF-8 with BOM, ``;`` or ``,``).

The BOM makes Excel read accents right. With ``;`` (what French Excel expects) decimals use a
comma. Hostile text gets a leading apostrophe (see :mod:`facilitator.export.cells`).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator.export import labels, tables
from facilitator.export.cells import csv_text
from facilitator.export.data import MeetingData, Progress, ProgressTicker, closing_rows
from facilitator.export.tables import Column, Kind
from facilitator.storage.workspace import Workspace

#: The files of a CSV export, in order (names stay English so scripts can rely on them).
FILE_NAMES = ("summary.csv", "ideas.csv", "polls.csv", "ballots.csv", "attendance.csv")
SEPARATORS = (";", ",")

Render = Callable[[Any], str]


def _renders(columns: Sequence[Column], separator: str, language: str) -> list[Render]:
    comma = separator == ";"
    yes, no = labels.word("value.yes", language), labels.word("value.no", language)

    def text(value: Any) -> str:
        return "" if value is None else csv_text(str(value))

    def number(value: Any) -> str:
        if value is None:
            return ""
        out = str(value)
        return out.replace(".", ",") if comma else out

    def percent(value: Any) -> str:
        if value is None:
            return ""
        out = f"{value * 100:.1f}%"
        return out.replace(".", ",") if comma else out

    def when(value: Any) -> str:
        return value.strftime("%Y-%m-%d %H:%M:%S") if isinstance(value, datetime) else ""

    def flag(value: Any) -> str:
        return yes if value else no

    by_kind: dict[Kind, Render] = {
        Kind.TEXT: text,
        Kind.WRAPPED: text,
        Kind.NUMBER: number,
        Kind.PERCENT: percent,
        Kind.DATETIME: when,
        Kind.BOOL: flag,
    }
    return [by_kind[c.kind] for c in columns]


def _write(
    path: Path,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    separator: str,
    language: str,
    tick: Callable[[int], None],
) -> int:
    renders = _renders(columns, separator, language)
    count = 0
    with closing_rows(rows), path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=separator)
        writer.writerow([csv_text(c.header) for c in columns])
        for row in rows:
            writer.writerow([render(value) for render, value in zip(renders, row, strict=True)])
            count += 1
            if count % 2000 == 0:
                tick(2000)
        tick(count % 2000)
    return count


def write_csv(
    ws: Workspace,
    data: Sequence[MeetingData],
    paths: Sequence[Path],
    language: str,
    separator: str = ";",
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write the five tables to ``paths`` (in :data:`FILE_NAMES` order); return rows per file."""
    shape = tables.layout(data, language)
    tick = ProgressTicker(data, progress)

    poll_rows = [row for block in tables.poll_blocks(data, language) for row in block.rows]
    sources: list[tuple[Sequence[Column], Iterable[Sequence[Any]]]] = [
        (shape.summary, tables.summary_rows(data, language)),
        (shape.ideas, tables.idea_rows(data, language)),
        (shape.polls, poll_rows),
        (shape.ballots, tables.ballot_table(ws, data, language)),
        (shape.attendance, tables.attendance_rows(data)),
    ]
    counts = {}
    for name, path, (columns, rows) in zip(FILE_NAMES, paths, sources, strict=True):
        counts[name] = _write(path, columns, rows, separator, language, tick)
    tick.finish()
    return counts
