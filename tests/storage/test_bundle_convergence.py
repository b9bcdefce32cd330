"""Three laptops, random edits and deletions, bundles exchanged at random (old ones too), then
everyone exchanges with everyone: all hold the same meeting, and every edit either survived or
is a flagged conflict (issue 8, item 2).

The expected outcome comes from a model that knows nothing of registers: it records each edit
(what changed on a laptop since its last exchange, the rule of docs/bundles.md) with the set of
edits that laptop had seen, and says which edits no later edit of the same field knew of.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    precondition,
    rule,
    run_state_machine_as_test,
)

from facilitator.domain.errors import NotFoundError
from facilitator.domain.model import Idea, Meeting
from facilitator.storage import Workspace
from facilitator.storage.registers import from_json

LAPTOPS = ("a", "b", "c")
Field = tuple[str, str, str]  # (kind, record id, field)


@dataclass(frozen=True)
class Edit:
    field: Field
    value: Any
    knew: frozenset[int]


class Laptops(RuleBasedStateMachine):
    """One run: a new meeting on laptop A, shared with B and C, then what people do.

    The three workspaces outlive a run (opening them is most of a run's time); each run has a
    meeting of its own, which is all a merge looks at.
    """

    def __init__(self, workspaces: dict[str, Workspace]) -> None:
        super().__init__()
        self.ws = workspaces
        a = self.ws["a"]
        self.mid = a.meetings.create(Meeting(title="Conseil de quartier")).id
        for text in ("Bancs", "Arbres", "Fontaine"):
            a.ideas.add(Idea(self.mid, text))
        a.attendance.adjust(self.mid, 10)
        self.edits: dict[int, Edit] = {}
        self.seen: dict[str, set[int]] = {name: set() for name in LAPTOPS}
        self.last: dict[str, dict[Field, Any]] = {name: {} for name in LAPTOPS}
        self.bin: dict[str, dict[str, Idea]] = {name: {} for name in LAPTOPS}  # for undo
        self.pool: list[tuple[Any, frozenset[int]]] = []
        self.step = 0
        self._export("a")
        self._import("b", 0)
        self._import("c", 0)

    def teardown(self) -> None:
        for source in LAPTOPS:  # everyone exchanges with everyone
            for target in LAPTOPS:
                if source != target:
                    self._export(source)
                    self._import(target, len(self.pool) - 1)
        self._check()

    # -- the model ---------------------------------------------------------------------------

    def _state(self, name: str) -> dict[Field, Any]:
        ws, mid = self.ws[name], self.mid
        try:
            meeting = ws.meetings.get(mid)
        except NotFoundError:
            return {}  # not received yet
        attendance = ws.attendance.get(mid)
        state: dict[Field, Any] = {
            ("meeting", mid, "title"): meeting.title,
            ("attendance", mid, "headcount"): attendance.headcount,
            ("attendance", mid, "notes"): attendance.notes,
        }
        for idea in ws.ideas.for_meeting(mid):
            state[("idea", idea.id, "exists")] = True
            state[("idea", idea.id, "text")] = idea.text
            state[("idea", idea.id, "theme")] = idea.theme
        return state

    def _known(self, name: str) -> dict[Field, Any]:
        """The state after an exchange, with what the laptop last knew of the ideas it no
        longer holds: an undo that puts one back changes only what differs from that."""
        state = self._state(name)
        for row in self.ws[name].db.query(
            "SELECT entity_id, field, register FROM field_registers WHERE meeting_id = ? "
            "AND entity = 'idea' AND field IN ('text', 'theme')",
            (self.mid,),
        ):
            if ("idea", row["entity_id"], "exists") not in state:
                shown = from_json(json.loads(row["register"])).shown
                state[("idea", row["entity_id"], row["field"])] = shown
        return state

    def _record_edits(self, name: str) -> None:
        """What changed on ``name`` since its last exchange becomes edits."""
        now, before = self._state(name), self.last[name]
        changed: dict[Field, Any] = {}
        for key in now.keys() | before.keys():
            if key[2] == "exists":
                if now.get(key, False) != before.get(key, False):
                    changed[key] = now.get(key, False)
            elif key in now and now[key] != before.get(key):
                changed[key] = now[key]
        for kind, record, _ in list(changed):
            if kind == "idea" and (kind, record, "exists") not in changed:
                changed[(kind, record, "exists")] = True  # an edit says the idea is wanted
        knew = frozenset(self.seen[name])
        for key, value in changed.items():
            number = len(self.edits)
            self.edits[number] = Edit(key, value, knew)
            self.seen[name].add(number)

    def _export(self, name: str) -> None:
        self._record_edits(name)
        snapshot = json.loads(json.dumps(self.ws[name].bundles.share(self.mid)))
        self.pool.append((snapshot, frozenset(self.seen[name])))
        self.last[name] = self._known(name)

    def _import(self, name: str, index: int) -> None:
        self._record_edits(name)
        snapshot, seen = self.pool[index]
        self.ws[name].bundles.merge([snapshot], f"bundle {index}")
        self.seen[name] |= seen
        self.last[name] = self._known(name)

    def _check(self) -> None:
        snapshots = [self.ws[name].bundles.snapshot(self.mid) for name in LAPTOPS]
        assert snapshots[0] == snapshots[1] == snapshots[2]  # the same meeting everywhere

        def flagged(ws: Workspace) -> set[tuple[str, str, str, str]]:
            return {
                (c.entity, c.entity_id, c.field, json.dumps(c.incoming))
                for c in ws.bundles.conflicts(self.mid)
            }

        conflicts = flagged(self.ws["a"])
        assert conflicts == flagged(self.ws["b"]) == flagged(self.ws["c"])
        state = self._state("a")
        fields = {e.field for e in self.edits.values()}
        expected_conflicts = set()
        for key in fields:
            edits = [n for n, e in self.edits.items() if e.field == key]
            survivors = {
                self.edits[n].value
                for n in edits
                if not any(n in self.edits[m].knew for m in edits)
            }
            kind, record, name = key
            if name == "exists":
                assert (key in state) == (True in survivors), key
                if True in survivors and False in survivors:
                    expected_conflicts.add((kind, record, "deleted", "true"))
                continue
            if kind == "idea" and ("idea", record, "exists") not in state:
                continue  # deleted by a laptop that had seen every edit of it
            # every edit survived, or is a flagged conflict
            assert state[key] in survivors, key
            expected_conflicts |= {
                (kind, record, name, json.dumps(value))
                for value in survivors
                if value != state[key]
            }
        assert conflicts == expected_conflicts, (
            conflicts - expected_conflicts,
            expected_conflicts - conflicts,
        )

    # -- what people do ----------------------------------------------------------------------

    def _value(self, name: str) -> str:
        self.step += 1
        return f"{name}{self.step}"

    def _ideas(self, name: str) -> list[Idea]:
        return self.ws[name].ideas.for_meeting(self.mid)

    @rule(name=st.sampled_from(LAPTOPS), data=st.data())
    def edit_text(self, name: str, data: st.DataObject) -> None:
        ideas = self._ideas(name)
        if ideas:
            idea = data.draw(st.sampled_from(ideas))
            self.ws[name].ideas.update(replace(idea, text=self._value(name)))

    @rule(name=st.sampled_from(LAPTOPS), data=st.data())
    def edit_theme(self, name: str, data: st.DataObject) -> None:
        ideas = self._ideas(name)
        if ideas:
            idea = data.draw(st.sampled_from(ideas))
            self.ws[name].ideas.update(replace(idea, theme=self._value(name)))

    @rule(name=st.sampled_from(LAPTOPS), data=st.data())
    def delete_idea(self, name: str, data: st.DataObject) -> None:
        ideas = self._ideas(name)
        if ideas:
            idea = data.draw(st.sampled_from(ideas))
            self.ws[name].ideas.delete(idea.id)
            self.bin[name][idea.id] = idea

    @rule(name=st.sampled_from(LAPTOPS), data=st.data())
    def undo_delete(self, name: str, data: st.DataObject) -> None:
        present = {i.id for i in self._ideas(name)}
        gone = [i for i in self.bin[name].values() if i.id not in present]
        if gone:
            self.ws[name].ideas.restore(data.draw(st.sampled_from(gone)))

    @rule(name=st.sampled_from(LAPTOPS))
    def add_idea(self, name: str) -> None:
        self.ws[name].ideas.add(Idea(self.mid, self._value(name)))

    @rule(name=st.sampled_from(LAPTOPS))
    def count_people(self, name: str) -> None:
        attendance = self.ws[name].attendance.get(self.mid)
        self.step += 1
        self.ws[name].attendance.save(replace(attendance, headcount=self.step))

    @rule(name=st.sampled_from(LAPTOPS))
    def write_notes(self, name: str) -> None:
        attendance = self.ws[name].attendance.get(self.mid)
        self.ws[name].attendance.save(replace(attendance, notes=self._value(name)))

    @rule(name=st.sampled_from(LAPTOPS))
    def rename_meeting(self, name: str) -> None:
        meeting = self.ws[name].meetings.get(self.mid)
        self.ws[name].meetings.update(replace(meeting, title=self._value(name)))

    @rule(name=st.sampled_from(LAPTOPS))
    def export(self, name: str) -> None:
        self._export(name)

    @precondition(lambda self: bool(self.pool))
    @rule(name=st.sampled_from(LAPTOPS), data=st.data())
    def import_a_bundle(self, name: str, data: st.DataObject) -> None:
        self._import(name, data.draw(st.integers(0, len(self.pool) - 1)))


#: Runs and steps per run; the suite reports how many runs passed (``-s`` shows it).
RUNS = settings(max_examples=30, stateful_step_count=25, deadline=None)


def test_three_laptops_converge_and_lose_no_edit(tmp_path: Path) -> None:
    # in memory where there is a tmpfs: every write is fsynced, which is not what is tested
    shm = Path("/dev/shm")
    root = Path(tempfile.mkdtemp(dir=shm)) if shm.is_dir() else tmp_path
    workspaces = {name: Workspace.open(root / name) for name in LAPTOPS}
    runs = []

    def machine() -> Laptops:
        runs.append(1)
        return Laptops(workspaces)

    try:
        run_state_machine_as_test(machine, settings=RUNS)
    finally:
        for ws in workspaces.values():
            ws.close()
        if root != tmp_path:
            shutil.rmtree(root, ignore_errors=True)
    print(f"{len(runs)} runs of up to {RUNS.stateful_step_count} steps")
