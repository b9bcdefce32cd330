"""The printable report, drawn by Qt in a separate process (as ``facilitator export --pdf``).

A separate process keeps this test's QGuiApplication away from the widget tests' QApplication.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator.domain.model import Meeting
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo
from tests.export.conftest import add_english_meeting


@dataclass(frozen=True)
class Reports:
    french: Path
    english: Path
    linked: Path
    stdout: str


LINK = "https://participez.example.fr/processes/place/f/12/meetings/3"

#: The desktop app passes sync's link to the meeting's page; the command line has none yet.
WITH_LINK = """
import sys
from pathlib import Path
from facilitator.export import service
from facilitator.storage import Workspace
with Workspace.open(Path(sys.argv[1])) as ws:
    service.export_pdf(ws, sys.argv[2], Path(sys.argv[3]), platform_url=sys.argv[4])
"""


def _text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None, "needs poppler-utils' pdftotext (scripts/system-deps test)"
    return subprocess.run(
        [tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reports]:
    base = tmp_path_factory.mktemp("pdf")
    data = base / "data"
    with Workspace.open(data) as ws:
        demo: Meeting = create_demo(ws)
        english = add_english_meeting(ws)
    env = {**os.environ, "FACILITATOR_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    french_pdf, english_pdf = base / "report.pdf", base / "report-2.pdf"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitator",
            "--data-dir",
            str(data),
            "export",
            demo.id,
            english.id,
            "--pdf",
            str(french_pdf),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    linked = base / "linked.pdf"
    subprocess.run(
        [sys.executable, "-c", WITH_LINK, str(data), demo.id, str(linked), LINK],
        env=env,
        timeout=120,
        check=True,
    )
    yield Reports(french_pdf, english_pdf, linked, proc.stdout)


def test_the_report_is_a_pdf_with_pages(reports: Reports) -> None:
    assert reports.french.read_bytes().startswith(b"%PDF")
    assert "report.pdf" in reports.stdout and "pages" in reports.stdout


def test_french_report_has_every_section(reports: Reports) -> None:
    text = _text(reports.french)
    for expected in (
        "COMPTE RENDU DE RÉUNION",
        "Consultation : réaménagement de la place",
        "Salle polyvalente, 12 rue des Tilleuls",
        "47 personnes présentes",
        "Idées par thème",
        "Végétalisation (5)",
        "Résultats des votes",
        "Quel aménagement réaliser en premier ?",
        "Êtes-vous favorable à une place piétonne le samedi matin ?",
        "Résultat : Oui",
        "Et maintenant ?",
    ):
        assert expected in text, expected
    # the majority judgment poll is hidden until revealed: its results are not printed
    assert "Résultats pas encore dévoilés" in text
    # no platform link before the meeting is synced
    assert "Suivez cette réunion en ligne" not in text


def test_english_meeting_reports_in_english(reports: Reports) -> None:
    text = _text(reports.english)
    assert "MEETING REPORT" in text
    assert "Park renovation" in text
    assert "What happens next" in text
    assert "No polls were held." in text  # a draft poll is not a result


def test_the_platform_link_shows_once_known(reports: Reports) -> None:
    text = _text(reports.linked)
    assert "Suivez cette réunion en ligne" in text
    assert "participez.example.fr" in text
