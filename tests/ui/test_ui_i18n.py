"""French first: the catalogue compiles on the fly and the whole interface reads in French."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.errors import set_language
from facilitator.ui import i18n
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translators = i18n.install(qapp, "fr", tmp_path / "cache")
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        set_language("en")


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


def test_language_choice() -> None:
    assert i18n.choose_language("en", "fr") == "en"
    assert i18n.choose_language(None, "fr") == "fr"
    assert i18n.choose_language(None, "") in ("fr", "en")


def test_interface_in_french(qtbot, french: None, session: Session, demo_id: str) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["&Fichier", "É&dition", "&Réunion"]
    window.open_meeting(demo_id)
    tabs = [window.meeting.tabs.tabText(i) for i in range(window.meeting.tabs.count())]
    assert tabs[1:4] == ["&Votes", "&Présence", "S&ynchronisation"]
    assert tabs[0].startswith("&Idées")
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
