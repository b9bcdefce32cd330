"""No text of the package counts with "(s)": "1 meeting(s)" is written with real plurals, through
Qt's %n and the catalogues in the interface, through facilitator/domain/plurals.py elsewhere.

Every string literal of the package is read (f-strings' pieces too), except those that are not
text for people: docstrings, a pattern given to :mod:`re`, and the source texts handed to Qt's
``tr``/``translate`` (there "%n idea(s)" is the key the catalogues word in both languages).
Comments are not string literals, so they are not read.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import facilitator

#: "meeting(s)", "retenue(s)", "personne(es)": a word with its plural in brackets
BRACKETED_PLURAL = re.compile(r"[^\W\d_]\((?:s|es|x)\)")

_QT_CALLS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_re_call(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "re"
    )


def _exempt(tree: ast.AST) -> set[int]:
    """The ids of the string nodes that are not text for people."""
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                exempt.add(id(body[0].value))
        elif isinstance(node, ast.Call) and (_name(node) in _QT_CALLS or _is_re_call(node)):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                exempt.update(id(n) for n in ast.walk(arg))
    return exempt


def bracketed_plurals(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, text) of each string literal in ``source`` that counts with "(s)"."""
    tree = ast.parse(source, filename)
    exempt = _exempt(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in exempt
        and BRACKETED_PLURAL.search(node.value)
    ]


def test_the_scan_reads_texts_and_skips_what_is_not_text() -> None:
    source = '''
"""Module docstring: value(s)."""
import re
# a comment: meeting(s)
PATTERN = re.compile(r"(\\w+)(s)?")
def f(self, n):
    """Docstring: idea(s)."""
    self.tr("%n idea(s) shown", "", n)
    QCoreApplication.translate("Ctx", "%n voter(s)", "", n)
    return f"{n} proposition(s) créée(s)", "2 votant(s)", "Choix (s)ouple"
'''
    found = bracketed_plurals(source)
    assert sorted(text for _, text in found) == [" proposition(s) créée(s)", "2 votant(s)"]


def test_no_text_of_the_package_counts_with_brackets() -> None:
    package = Path(facilitator.__file__).parent
    found = [
        f"{path.relative_to(package.parent)}:{line}: {text!r}"
        for path in sorted(package.rglob("*.py"))
        for line, text in bracketed_plurals(path.read_text(encoding="utf-8"), str(path))
    ]
    assert not found, "write real plurals (domain/plurals.py):\n" + "\n".join(found)
