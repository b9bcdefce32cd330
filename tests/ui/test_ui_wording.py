"""The words of the window: no two mnemonics clash, one ellipsis character, real plurals."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMenu

from facilitator.ui import i18n
from facilitator.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            seen.setdefault(key, []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}


def menu_clashes(menu: QMenu, where: str) -> dict[str, dict[str, list[str]]]:
    found = {}
    actions = [a for a in menu.actions() if not a.isSeparator()]
    inner = clashes([a.text() for a in actions])
    if inner:
        found[where] = inner
    for action in actions:
        if action.menu() is not None:
            found.update(menu_clashes(action.menu(), f"{where} > {action.text()}"))
    return found


def test_no_mnemonic_clashes_in_menus_and_tabs(
    qtbot, language: str, window: MainWindow, demo_id: str
) -> None:
    window.open_meeting(demo_id)
    bar = [a.text() for a in window.menuBar().actions()]
    tabs = [window.meeting.tabs.tabText(i) for i in range(window.meeting.tabs.count())]
    # the menu bar and the meeting's tabs answer the same Alt+letter
    assert clashes(bar + tabs) == {}, language
    problems = {}
    for action in window.menuBar().actions():
        problems.update(menu_clashes(action.menu(), action.text()))
    assert problems == {}, language
    assert all(mnemonic(t) for t in bar + tabs), "every menu and tab has its letter"


def test_alt_e_opens_the_edit_menu_not_the_export_tab(
    qtbot, language: str, window: MainWindow, demo_id: str
) -> None:
    window.open_meeting(demo_id)
    tabs = window.meeting.tabs
    edit = next(a for a in window.menuBar().actions() if a.menu() is window.edit_menu)
    letter = mnemonic(edit.text())
    assert letter is not None
    qtbot.keyClick(
        window, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.edit_menu, timeout=2000)
    assert tabs.currentIndex() == window.meeting.IDEAS
    window.edit_menu.close()


def _sources() -> list[Path]:
    return sorted((ROOT / "facilitator").rglob("*.py"))


def _strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that may reach a user (docstrings left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            docstrings.add(id(body[0].value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_one_ellipsis_character_everywhere() -> None:
    """ "…" rather than "...", in the catalogues and in every string of the source."""
    bad = []
    for path in i18n.TRANSLATIONS_DIR.glob("*.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            for tag in ("source", "translation"):
                for node in message.iter(tag):
                    text = "".join(node.itertext())
                    if "..." in text:
                        bad.append(f"{path.name}: {text}")
    for path in _sources():
        for number, text in _strings(path):
            if "..." in text and "... on " not in text:  # GraphQL's fragments keep theirs
                bad.append(f"{path.relative_to(ROOT)}:{number}: {text}")
    assert bad == []


def _numerus(path: Path) -> dict[tuple[str, str], list[str]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in message.iter("numerusform")]
                found[(name, message.findtext("source") or "")] = forms
    return found


def test_both_catalogues_carry_every_plural() -> None:
    """Each ``%n`` string has its singular and plural in French and in English (the English
    catalogue holds only the plurals: English is the source language)."""
    french = _numerus(i18n.TRANSLATIONS_DIR / "facilitator_fr.ts")
    english = _numerus(i18n.TRANSLATIONS_DIR / "facilitator_en.ts")
    assert french and set(french) == set(english)
    for key, forms in {**french, **english}.items():
        assert len(forms) == 2 and all(forms) and all("(s)" not in f for f in forms), key
    # no French wording says "(s)": a plural is a numerus form
    tree = ET.parse(i18n.TRANSLATIONS_DIR / "facilitator_fr.ts")
    worded = ["".join(t.itertext()) for t in tree.getroot().iter("translation")]
    assert [w for w in worded if "(s)" in w] == []
    # and every "(s)" in the interface's source is a %n string, so Qt words it
    pattern = re.compile(r"""tr\(\s*["']([^"']*\(s\)[^"']*)["']""")
    for path in (ROOT / "facilitator" / "ui").glob("*.py"):
        for found in pattern.finditer(path.read_text(encoding="utf-8")):
            assert "%n" in found.group(1), f"{path.name}: {found.group(1)}"


def test_plural_words_in_both_languages(language: str) -> None:
    one = QCoreApplication.translate("FilterBar", "%n idea(s) shown", "", 1)
    two = QCoreApplication.translate("FilterBar", "%n idea(s) shown", "", 2)
    zero = QCoreApplication.translate("FilterBar", "%n idea(s) shown", "", 0)
    if language == "fr":
        assert (zero, one, two) == ("0 idée affichée", "1 idée affichée", "2 idées affichées")
    else:
        assert (zero, one, two) == ("0 ideas shown", "1 idea shown", "2 ideas shown")
