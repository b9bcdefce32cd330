"""Layer rules import-linter cannot express: no Qt widgets below the ui package."""

from __future__ import annotations

import ast
from pathlib import Path

import facilitator

PACKAGE = Path(facilitator.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_qt_widgets_below_the_ui_layer() -> None:
    offenders = []
    for layer in ("domain", "storage", "drawing", "lan", "sync", "export"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            widgets = {m for m in imported_modules(path) if m.startswith("PySide6.QtWidgets")}
            if widgets:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(widgets)}")
    assert offenders == []


def test_the_check_sees_a_widget_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QLabel\nimport PySide6.QtGui\n")
    assert "PySide6.QtWidgets" in imported_modules(sample)
