"""``facilitator conflicts``: what two laptops edited apart, and settling it (docs/bundles.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from facilitator.domain.errors import NotFoundError, current_language
from facilitator.export.conflicts import describe
from facilitator.storage.bundles import Conflict
from facilitator.storage.workspace import Workspace


def _record(ws: Workspace, conflict: Conflict) -> str:
    """A few words a coordinator recognises the record by."""
    try:
        if conflict.entity == "idea":
            return ws.ideas.get(conflict.entity_id).text[:40]
        if conflict.entity == "poll":
            return ws.polls.get(conflict.entity_id).question[:40]
    except NotFoundError:
        pass
    return conflict.entity_id[:8]


def _find(conflicts: list[Conflict], ident: str) -> Conflict:
    found = [c for c in conflicts if c.id.startswith(ident.lower())]
    if len(found) != 1:
        raise NotFoundError(
            f"No open conflict matches “{ident}” in this meeting.",
            f"Aucun conflit ouvert ne correspond à « {ident} » dans cette réunion.",
        )
    return found[0]


def cmd_conflicts(args: argparse.Namespace) -> int:
    """List a meeting's open conflicts, or settle one with ``--keep`` or ``--take``."""
    fr = current_language() == "fr"
    with Workspace.open(args.data_dir_path) as ws:
        meeting = ws.meetings.find(args.meeting)
        ws.bundles.refresh(meeting.id)
        conflicts = ws.bundles.conflicts(meeting.id)
        chosen = args.keep or args.take
        if chosen:
            conflict = _find(conflicts, chosen)
            ws.bundles.resolve(conflict.id, keep_shown=bool(args.keep))
            value = conflict.local if args.keep else conflict.incoming
            sys.stdout.write(
                (f"Conflit réglé : {value!r}" if fr else f"Conflict settled: {value!r}") + "\n"
            )
            return 0
        if args.json:
            sys.stdout.write(json.dumps([_as_dict(c) for c in conflicts], ensure_ascii=False))
            sys.stdout.write("\n")
            return 0
        if not conflicts:
            sys.stdout.write(("Aucun conflit." if fr else "No conflicts.") + "\n")
        for c in conflicts:
            line = describe(c, current_language(), _record(ws, c))
            sys.stdout.write(f"{c.id[:8]}  {line}  ({c.source})\n")
    return 0


def _as_dict(c: Conflict) -> dict[str, Any]:
    return {
        "id": c.id,
        "entity": c.entity,
        "entity_id": c.entity_id,
        "field": c.field,
        "shown": c.local,
        "other": c.incoming,
        "source": c.source,
        "detected_at": c.detected_at.isoformat(),
    }
