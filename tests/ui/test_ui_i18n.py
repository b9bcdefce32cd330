"""French first: the catalogue compiles on the fly and the whole interface reads in French."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from facilitator.ui import i18n
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


def test_every_string_is_translated() -> None:
    tree = ET.parse(i18n.TRANSLATIONS_DIR / "facilitator_fr.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if (m.find("translation") is None or m.find("translation").get("type") in ("unfinished",))
    ]
    assert not unfinished


def test_catalogue_compiles_into_the_cache(tmp_path: Path) -> None:
    catalogue = i18n.compiled_catalogue("fr", tmp_path)
    assert catalogue is not None and catalogue.stat().st_size > 1000
    assert i18n.compiled_catalogue("de", tmp_path) is None


def _translates(catalogue: Path, source: str) -> str:
    translator = QTranslator()
    assert translator.load(str(catalogue))
    return translator.translate("Labels", source)


#: A string of the Labels context and its French (the statuses' words live in domain/terms.py)
_ENGLISH = "Each person picks every option they accept."
_FRENCH = "Chacun choisit toutes les options qu’il accepte."
_ENTRY = f"<translation>{_FRENCH}</translation>"


def test_a_catalogue_another_copy_compiled_into_the_cache_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two copies of the app (checkouts, versions) share the user's cache folder."""
    cache = tmp_path / "cache"
    other = tmp_path / "other-copy"
    other.mkdir()
    ours = i18n.TRANSLATIONS_DIR / "facilitator_fr.ts"
    text = ours.read_text(encoding="utf-8")
    assert _ENTRY in text
    (other / ours.name).write_text(
        text.replace(_ENTRY, "<translation>Ailleurs</translation>"),
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", other)
    theirs = i18n.compiled_catalogue("fr", cache)  # compiled after our sources were written
    monkeypatch.undo()
    assert theirs is not None and _translates(theirs, _ENGLISH) == "Ailleurs"
    catalogue = i18n.compiled_catalogue("fr", cache)
    assert catalogue is not None and _translates(catalogue, _ENGLISH) == _FRENCH


def test_language_choice() -> None:
    assert i18n.choose_language("en", "fr", "fr") == "en"
    assert i18n.choose_language(None, "en", "fr") == "en"
    assert i18n.choose_language(None, "", "fr") == "fr"
    assert i18n.choose_language(None, "", "de") == "en"


def test_interface_in_french(qtbot, french: None, session: Session, demo_id: str) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["&Fichier", "É&dition", "&Réunion"]
    window.open_meeting(demo_id)
    tabs = [window.meeting.tabs.tabText(i) for i in range(window.meeting.tabs.count())]
    assert tabs[1:4] == ["V&otes", "&Présence", "S&ynchronisation"]
    assert tabs[0].startswith("Idée&s")
    assert window.meeting.ideas.model.headerData(0, Qt.Orientation.Horizontal) == "Idée"
    window.close()


def test_english_plurals(qapp: QApplication, tmp_path: Path) -> None:
    translators = i18n.install(qapp, "en", tmp_path / "cache")
    try:
        assert translators
        one = QCoreApplication.translate("PollsView", "%n voter(s)", "", 1)
        many = QCoreApplication.translate("PollsView", "%n voter(s)", "", 3)
        assert (one, many) == ("1 voter", "3 voters")
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


#: Launches the app through the real entry point (``facilitator.cli.main``), reports the menu
#: bar's titles, optionally picks a language in Settings → Language, then quits.
LAUNCH = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from facilitator import cli

pick, argv = sys.argv[1], sys.argv[2:]
app = QApplication(sys.argv[:1])

def actions(menu):
    for action in menu.actions():
        yield action
        if action.menu() is not None:
            yield from actions(action.menu())

def act():
    window = next(w for w in app.topLevelWidgets() if w.inherits("QMainWindow"))
    print("MENUS " + json.dumps([a.text() for a in window.menuBar().actions()]), flush=True)
    if pick:
        next(a for a in actions(window.menuBar()) if a.text() == pick).trigger()
    window.close()

QTimer.singleShot(0, act)
sys.exit(cli.main(argv))
"""


def _launch(tmp_path: Path, pick: str, *args: str) -> list[str]:
    import json
    import os
    import subprocess
    import sys

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "FACILITATOR_LANG")
    }
    # a French system; settings and caches in the test's own folders
    env.update(
        LANG="fr_FR.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_DATA_HOME=str(tmp_path / "share"),
    )
    proc = subprocess.run(
        [sys.executable, "-c", LAUNCH, pick, "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("MENUS "))
    return list(json.loads(line.removeprefix("MENUS ")))


def test_the_saved_language_survives_a_relaunch(tmp_path: Path) -> None:
    """Settings → Language → English, quit, relaunch: English, on a French system.

    The rule: ``--lang`` on the command line, else the saved choice, else the system language.
    """
    first = _launch(tmp_path, "English")
    assert first[0] == "&Fichier"  # the system's French until a choice is saved
    assert _launch(tmp_path, "")[0] == "&File"
    assert _launch(tmp_path, "", "--lang", "fr")[0] == "&Fichier"  # the command line wins
    assert _launch(tmp_path, "Follow the system")[0] == "&File"
    assert _launch(tmp_path, "")[0] == "&Fichier"
