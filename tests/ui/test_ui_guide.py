"""The user guide (assets/guide) against the app it describes: both languages hold the same
chapters and images, and every menu command and shortcut it names exists in the window."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu

from facilitator.ui.help import _plain, guide_path
from facilitator.ui.main_window import MainWindow

GUIDE = guide_path("fr").parent
#: images ship in the frozen build: each stays small
MAX_IMAGE_BYTES = 150_000
#: keys the guide names that belong to another program (the system, a terminal)
NOT_THE_APPS = {"Ctrl+clic", "Ctrl+click"}
#: the key's name on the keyboard (and in the counts panel's own tooltip) for Qt's name of it
KEYBOARD_NAMES = {"Entrée": "Retour", "Enter": "Return"}

KEYS = re.compile(
    r"(?<![\w+])(?:(?:Ctrl|Alt|Maj|Shift)\+)+(?:[^\s,;:.)/*]+|/)|(?<![\w+])F\d{1,2}\b"
)


def _shown(text: str) -> str:
    """A menu text as the menu shows it: without its mnemonic marks, with its ellipsis."""
    return _plain(text) + ("…" if text.endswith("…") else "")


def _text(language: str) -> str:
    return (GUIDE / f"{language}.md").read_text(encoding="utf-8")


def _chapters(text: str) -> list[str]:
    return re.findall(r"^## (\d+)\. ", text, flags=re.MULTILINE)


def _images(text: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)


def test_both_languages_have_the_same_chapters_and_images() -> None:
    fr, en = _text("fr"), _text("en")
    assert _chapters(fr) == _chapters(en) == [str(n) for n in range(1, 8)]
    assert "à écrire" not in fr.lower() and "to be written" not in en.lower()
    names = {}
    for language, text in (("fr", fr), ("en", en)):
        images = _images(text)
        assert all(i.startswith(f"images/{language}/") for i in images), images
        names[language] = [Path(i).name for i in images]
        shipped = sorted(p.name for p in (GUIDE / "images" / language).glob("*.png"))
        assert sorted(names[language]) == shipped, "every image is used, every one used is there"
        for image in images:
            size = (GUIDE / image).stat().st_size
            assert size < MAX_IMAGE_BYTES, (image, size)
    assert names["fr"] == names["en"]
    assert len(names["fr"]) >= 8


def _menu_paths(text: str) -> list[list[str]]:
    """Every *Menu → Command* the guide names (a → inside one pair of asterisks)."""
    return [
        [part.strip() for part in found.split("→")]
        for found in re.findall(r"\*([^*\n]+→[^*\n]+)\*", text)
    ]


def _open_the_rooms_windows(window: MainWindow, demo_id: str) -> None:
    window.open_meeting(demo_id)
    for index in range(window.meeting.tabs.count()):
        window.meeting.tabs.setCurrentIndex(index)
    window.show_projector()
    window.show_presenter()


def _bound_keys() -> set[str]:
    found: set[str] = set()
    for top in QApplication.topLevelWidgets():
        for action in top.findChildren(QAction):
            found.update(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
        for shortcut in top.findChildren(QShortcut):
            found.add(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
    return found - {""}


def test_every_menu_command_and_shortcut_the_guide_names_exists(
    qtbot, language: str, window: MainWindow, demo_id: str
) -> None:
    _open_the_rooms_windows(window, demo_id)
    text = _text(language)

    menus = {
        _plain(top.text()): top.menu()
        for top in window.menuBar().actions()
        if isinstance(top.menu(), QMenu)
    }
    paths = _menu_paths(text)
    assert len(paths) > 10
    for path in paths:
        if path[0] not in menus:  # another program's settings, written in words
            continue
        menu: QMenu | None = menus[path[0]]
        for step in path[1:]:
            assert menu is not None, path
            items = {_shown(a.text()): a for a in menu.actions() if a.text()}
            assert step in items, (path, sorted(items))
            menu = items[step].menu()

    bound = _bound_keys()
    named = {k for k in KEYS.findall(text) if k not in NOT_THE_APPS}
    for keyboard, qt in KEYBOARD_NAMES.items():
        named = {re.sub(rf"\b{keyboard}$", qt, k) for k in named}
    assert {"F5", "F6", "F7", "F8"} <= named
    missing = sorted(k for k in named if k not in bound)
    assert not missing, (missing, sorted(bound))
