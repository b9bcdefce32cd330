"""Layer rules import-linter cannot express: no Qt widgets below the ui package."""

from __future__ import annotations

import ast
from collections.abc import Callable
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


def _calls(path: Path) -> set[str]:
    """The dotted names called in a module (``qrcode.QRCode(...)`` gives "qrcode.QRCode")."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            names.add(ast.unparse(node.func))
    return names


def _defined(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _where(found: Callable[[Path], bool]) -> list[str]:
    return sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py") if found(path))


def test_one_printing_set_up_one_qr_painter_one_grade_palette() -> None:
    """The headless Qt set-up for PDFs, the QR code's modules and the grade colours are each
    made in one module of facilitator/drawing, whoever prints, projects or serves them."""
    assert _where(lambda p: "QGuiApplication" in _calls(p)) == ["drawing/printing.py"]
    assert _where(lambda p: bool({"qrcode.QRCode", "QRCode"} & _calls(p))) == ["drawing/qr.py"]
    palettes = {"grade_colours", "_grade_colours", "_GRADE_COLOURS", "_GRADE_ANCHORS"}
    assert _where(lambda p: bool(palettes & _defined(p))) == ["drawing/colours.py"]
    assert _where(lambda p: "QPdfWriter" in _calls(p)) == ["drawing/printing.py"]
