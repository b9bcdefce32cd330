"""Field registers: the join converges whatever the order, and keeps exactly the edits that no
later edit knew of (checked against a model that tracks what each laptop has seen)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.storage.registers import Register, baseline, from_json, join, written

LAPTOPS = ("a", "b", "c")

# an operation: ("edit", laptop) or ("send", from, to)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.sampled_from(LAPTOPS)),
        st.tuples(st.just("send"), st.sampled_from(LAPTOPS), st.sampled_from(LAPTOPS)),
    ),
    max_size=30,
)


def _play(ops: list[tuple[str, ...]]) -> tuple[dict[str, Register], dict[str, set[str]], dict]:
    """Run ``ops``; return each laptop's register, the edits each has seen, and what each
    edit had seen when it was made."""
    start = baseline("idea:1:text", "v0")
    regs = dict.fromkeys(LAPTOPS, start)
    seen: dict[str, set[str]] = {laptop: {"v0"} for laptop in LAPTOPS}
    knew: dict[str, set[str]] = {"v0": set()}
    counters = dict.fromkeys(LAPTOPS, 0)
    for step, op in enumerate(ops):
        if op[0] == "edit":
            laptop = op[1]
            counters[laptop] += 1
            value = f"{laptop}{step}"
            regs[laptop] = written(
                regs[laptop], laptop, counters[laptop], value, f"2026-03-14T18:{step:02d}"
            )
            knew[value] = set(seen[laptop])
            seen[laptop].add(value)
        else:
            _, source, target = op
            regs[target] = join(regs[target], regs[source])
            seen[target] |= seen[source]
    return regs, seen, knew


@settings(max_examples=300, deadline=None)
@given(operations)
def test_each_laptop_keeps_exactly_the_edits_nobody_it_heard_of_replaced(ops: list) -> None:
    regs, seen, knew = _play(ops)
    for laptop in LAPTOPS:
        # the model: an edit survives unless a later edit this laptop has seen knew of it
        replaced = {old for edit in seen[laptop] for old in knew[edit]}
        expected = seen[laptop] - replaced
        assert {v.value for v in regs[laptop].versions} == expected
        assert (
            regs[laptop].shown
            == max(regs[laptop].versions, key=lambda v: (v.at, v.replica, v.counter)).value
        )


@settings(max_examples=300, deadline=None)
@given(operations)
def test_join_is_commutative_associative_and_idempotent(ops: list) -> None:
    regs, _, _ = _play(ops)
    a, b, c = (regs[laptop] for laptop in LAPTOPS)

    def same(x: Register, y: Register) -> bool:
        return x.to_json() == y.to_json()

    assert same(join(a, b), join(b, a))
    assert same(join(join(a, b), c), join(a, join(b, c)))
    assert same(join(a, a), a)
    assert same(from_json(join(a, b).to_json()), join(a, b))


def test_two_laptops_with_the_same_first_value_agree_and_different_ones_conflict() -> None:
    assert baseline("idea:1:text", "Bancs") == baseline("idea:1:text", "Bancs")
    both = join(baseline("idea:1:text", "Bancs"), baseline("idea:1:text", "Des bancs"))
    assert sorted(both.values) == ["Bancs", "Des bancs"]


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"versions": [], "context": {}},
        {"versions": [["a", 1, "", "x"]], "context": {}},  # a value its context does not know
        {"versions": [["a", 0, "", "x"]], "context": {"a": 0}},
        {"versions": [["a", 1, "", "x"], ["a", 1, "", "y"]], "context": {"a": 1}},
        {"versions": [["a", True, "", "x"]], "context": {"a": 1}},
        {"versions": [["a" * 65, 1, "", "x"]], "context": {"a" * 65: 1}},
        {"versions": [["a", 1, 3, "x"]], "context": {"a": 1}},
        {"versions": [["a", 1, ""]], "context": {"a": 1}},
    ],
)
def test_malformed_registers_are_refused(data: object) -> None:
    with pytest.raises(ValueError):
        from_json(data)
