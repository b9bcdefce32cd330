"""Printed PDFs carry their text on a computer without the font they name, or any font at all.

The report and ticket cards are drawn with DejaVu Sans, which Windows and macOS do not have and
a frozen build cannot count on. Each command runs in its own process with fontconfig pointed at
an empty configuration, so Qt sees no system font: only the fonts the app ships can draw.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="fontconfig decides the system fonts on Linux"
)


def no_system_fonts(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}


def embedded_fonts(pdf: Path) -> list[str]:
    tool = shutil.which("pdffonts")
    assert tool is not None, "needs poppler-utils' pdffonts (scripts/system-deps test)"
    lines = subprocess.run(
        [tool, str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return sorted({line.split()[0].split("+")[-1] for line in lines if line.strip()})


def facilitator(data_dir: Path, env: dict[str, str], *args: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "facilitator", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def test_report_and_tickets_embed_the_bundled_font_without_system_fonts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Workspace.open(data) as ws:
        meeting = create_demo(ws).id
    env = no_system_fonts(tmp_path)
    report, tickets = tmp_path / "report.pdf", tmp_path / "tickets.pdf"
    facilitator(data, env, "export", meeting, "--pdf", str(report))
    facilitator(
        data, env, "tickets", meeting, "--count", "2", "--pdf", str(tickets), "--host", "127.0.0.1"
    )
    assert "DejaVuSans" in embedded_fonts(report)
    assert "DejaVuSans-Bold" in embedded_fonts(report)
    assert embedded_fonts(tickets), "the ticket cards have no text"
