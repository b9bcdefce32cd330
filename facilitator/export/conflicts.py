"""How a conflict reads for a coordinator, in French or English (docs/bundles.md)."""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.storage.bundles import Conflict

#: How a conflict names its record and field: (English, French).
_RECORDS: Mapping[str, tuple[str, str]] = {
    "meeting": ("meeting", "réunion"),
    "attendance": ("attendance", "participation"),
    "idea": ("idea", "idée"),
    "poll": ("poll", "vote"),
    "count": ("typed counts", "décompte saisi"),
    "ticket": ("ticket", "ticket"),
}
_FIELDS: Mapping[str, tuple[str, str]] = {
    "title": ("title", "titre"),
    "neighbourhood": ("neighbourhood", "quartier"),
    "place": ("place", "lieu"),
    "time": ("start and end", "début et fin"),
    "language": ("language", "langue"),
    "status": ("status", "statut"),
    "notes": ("notes", "notes"),
    "archived": ("archived", "archivée"),
    "headcount": ("headcount", "nombre de présents"),
    "text": ("text", "texte"),
    "theme": ("theme", "thème"),
    "question": ("question", "question"),
    "choices": ("method and options", "méthode et options"),
    "visibility": ("results visibility", "visibilité des résultats"),
    "state": ("state", "état"),
    "revealed": ("results revealed", "résultats révélés"),
    "counts": ("counts", "nombres"),
    "bound": ("phone", "téléphone"),
    "deleted": ("deleted on another laptop", "supprimé sur un autre ordinateur"),
}


def _label(names: Mapping[str, tuple[str, str]], key: str, fr: bool) -> str:
    pair = names.get(key, (key, key))
    return pair[1] if fr else pair[0]


def describe(conflict: Conflict, language: str, record: str = "") -> str:
    """One line: the record (``record``, else its id's start), the field, the value shown and
    the other value."""
    fr = language == "fr"
    colon = " :" if fr else ":"
    return (
        f"{_label(_RECORDS, conflict.entity, fr)} « {record or conflict.entity_id[:8]} » "
        f"{_label(_FIELDS, conflict.field, fr)}{colon} "
        f"{'affiché' if fr else 'shown'} {conflict.local!r} / "
        f"{'autre valeur' if fr else 'other value'} {conflict.incoming!r}"
    )
