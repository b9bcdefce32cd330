"""Field registers: how a bundle merge tells one side's edit from a conflict, field by field.

Every field a merge compares (an idea's text, the headcount, whether an idea still exists)
carries a register: the value it holds, tagged with the edit that wrote it (a *dot*: which
laptop, and that laptop's edit number), and a *context*: for each laptop, the latest of its edits
to this field that this copy has seen. A laptop that edits the field replaces the value and adds
its new dot to the context, so the context says what the edit knew about.

Joining two copies keeps every value the other copy has not seen replaced. Two values remain
only when two laptops edited the field without knowing of each other's edit: that is a
conflict, and both values stay until someone edits the field again (an edit that knows both).
The join is commutative, associative and idempotent: laptops swapping bundles in any order,
any number of times, end with the same registers. (This is a multi-value register, the way
Dynamo and Riak keep concurrent writes; it needs no clock agreement between laptops.)

Nothing here touches the database: ``storage/bundle_merge.py`` keeps registers in
``field_registers``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from facilitator.storage.codec import dumps

#: Limits a register read from a bundle must respect (a meeting needs far less).
MAX_VERSIONS = 64
MAX_CONTEXT = 1024
MAX_COUNTER = 2**53


@dataclass(frozen=True, slots=True)
class Version:
    """One value of a field and the edit that wrote it. ``at`` (ISO time of the edit) only
    decides which of several conflicting values is shown meanwhile: the latest."""

    replica: str
    counter: int
    at: str
    value: Any

    @property
    def dot(self) -> tuple[str, int]:
        return (self.replica, self.counter)

    def order(self) -> tuple[str, str, int]:
        return (self.at, self.replica, self.counter)  # unique: one dot, one edit


@dataclass(frozen=True, slots=True)
class Register:
    versions: tuple[Version, ...]  # never empty; the shown one first
    context: Mapping[str, int]

    @property
    def shown(self) -> Any:
        """The value the table holds: the latest edit's, while a conflict waits."""
        return self.versions[0].value

    @property
    def values(self) -> list[Any]:
        """The distinct values, the shown one first. More than one is a conflict."""
        seen: dict[str, Any] = {}
        for version in self.versions:
            seen.setdefault(dumps(version.value), version.value)
        return list(seen.values())

    def covers(self, dot: tuple[str, int]) -> bool:
        """Whether the edit ``dot`` is known here (kept, or replaced by a later edit)."""
        return self.context.get(dot[0], 0) >= dot[1]

    def to_json(self) -> dict[str, Any]:
        return {
            "versions": [[v.replica, v.counter, v.at, v.value] for v in self.versions],
            "context": dict(sorted(self.context.items())),
        }


def _register(versions: list[Version], context: Mapping[str, int]) -> Register:
    if not versions:
        raise ValueError("a register keeps at least one value")
    if len(versions) > 1:
        versions = sorted(versions, key=Version.order, reverse=True)
    return Register(tuple(versions), dict(context))


def written(previous: Register | None, replica: str, counter: int, value: Any, at: str) -> Register:
    """The register after an edit on this laptop: it knows every value ``previous`` held."""
    context = dict(previous.context) if previous else {}
    context[replica] = max(context.get(replica, 0), counter)
    return _register([Version(replica, counter, at, value)], context)


def baseline(key: str, value: Any) -> Register:
    """A field as first shared, before any edit that bundles carried.

    Its dot depends on the field and the value only, so two laptops that hold the same value
    hold the same dot, and two that hold different ones (records shared before this version of
    Facilitator) show a conflict instead of one silently winning.
    """
    digest = hashlib.sha256(dumps([key, value]).encode()).hexdigest()[:20]
    replica = f"~{digest}"
    return _register([Version(replica, 1, "", value)], {replica: 1})


def join(a: Register, b: Register) -> Register:
    """Both copies merged: what either kept that the other had not seen replaced."""
    mine = {v.dot: v for v in a.versions}
    theirs = {v.dot: v for v in b.versions}
    kept: dict[tuple[str, int], Version] = {}
    for dot, version in mine.items():
        if dot in theirs:
            # the same edit on both sides; a forged bundle could differ: decide the same way
            kept[dot] = max(version, theirs[dot], key=lambda v: (v.at, dumps(v.value)))
        elif not b.covers(dot):
            kept[dot] = version
    for dot, version in theirs.items():
        if dot not in mine and not a.covers(dot):
            kept[dot] = version
    context = dict(a.context)
    for replica, counter in b.context.items():
        context[replica] = max(context.get(replica, 0), counter)
    return _register(list(kept.values()), context)


def from_json(data: Any) -> Register:
    """A register read from a bundle or the database; ``ValueError`` when malformed."""
    if not isinstance(data, Mapping):
        raise ValueError("register")
    context, raw = data.get("context"), data.get("versions")
    if not isinstance(context, Mapping) or not isinstance(raw, list):
        raise ValueError("register")
    if len(context) > MAX_CONTEXT or not 1 <= len(raw) <= MAX_VERSIONS:
        raise ValueError("register size")
    clean: dict[str, int] = {}
    for replica, counter in context.items():
        _check_dot(replica, counter)
        clean[replica] = counter
    versions = []
    for item in raw:
        if not isinstance(item, list) or len(item) != 4:
            raise ValueError("register version")
        replica, counter, at, value = item
        _check_dot(replica, counter)
        if not isinstance(at, str) or len(at) > 40:
            raise ValueError("register time")
        if clean.get(replica, 0) < counter:
            raise ValueError("a value its register does not know")
        versions.append(Version(replica, counter, at, value))
    if len({v.dot for v in versions}) != len(versions):
        raise ValueError("the same edit twice")
    return _register(versions, clean)


def _check_dot(replica: Any, counter: Any) -> None:
    if not isinstance(replica, str) or not 1 <= len(replica) <= 64:
        raise ValueError("register laptop")
    if type(counter) is not int or not 1 <= counter <= MAX_COUNTER:
        raise ValueError("register edit number")
