"""The phone server's shape: modules with one job, data through repositories, one error table."""

from __future__ import annotations

import ast
from pathlib import Path

import facilitator.lan

LAN = Path(facilitator.lan.__file__).parent
MODULES = sorted(LAN.glob("*.py"))


def _trees() -> dict[str, ast.Module]:
    return {path.name: ast.parse(path.read_text(encoding="utf-8")) for path in MODULES}


def test_no_module_holds_two_jobs() -> None:
    long = {p.name: n for p in MODULES if (n := len(p.read_text().splitlines())) > 400}
    assert not long


def test_the_phone_server_reaches_data_through_repositories_only() -> None:
    reaching = [
        f"{name}:{node.lineno}"
        for name, tree in _trees().items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "db"
    ]
    assert not reaching  # the workspace's database object is storage's business


def test_error_bodies_are_written_in_one_place() -> None:
    """Every answer that refuses something is built by the one error table."""
    writers = sorted(
        {
            name
            for name, tree in _trees().items()
            for node in ast.walk(tree)
            if isinstance(node, ast.Dict)
            and any(isinstance(k, ast.Constant) and k.value == "error" for k in node.keys)
        }
    )
    assert writers == ["errors.py"]
