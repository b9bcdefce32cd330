"""Take the French screenshots of the Sync section and the printed report's QR page, against
the stand-in Decidim on loopback (tests/sync/standin), on a demo workspace.

Run from the repository under a virtual display at a laptop's size:
    PYTHONPATH=. xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/sync_screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import keyring
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.domain.errors import set_language
from facilitator.domain.model import Idea, Meeting
from facilitator.export import service
from facilitator.storage.demo import create_demo
from facilitator.storage.workspace import Workspace
from facilitator.sync.events import SyncOptions
from facilitator.ui import i18n
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session
from tests.sync.standin.server import StandIn

DOCS = Path(__file__).resolve().parent


def sync_setup(data_dir: Path, latency: float = 0.0) -> tuple[Workspace, Meeting, StandIn]:
    """A demo meeting held yesterday, with an idea whose title is too short for the platform,
    and the stand-in Decidim running; secrets in a throw-away keyring file under ``data_dir``."""
    backend = PlaintextKeyring()
    backend.file_path = str(data_dir / "keyring.cfg")  # type: ignore[misc]
    keyring.set_keyring(backend)
    for name in ("FACILITATOR_DECIDIM_API_KEY", "FACILITATOR_DECIDIM_API_SECRET"):
        os.environ.pop(name, None)
    ws = Workspace.open(data_dir)
    demo = create_demo(ws)
    yesterday = replace(
        demo,
        starts_at=demo.starts_at - timedelta(days=1),
        ends_at=(demo.ends_at or demo.starts_at) - timedelta(days=1),
    )
    demo = ws.meetings.update(yesterday)
    ws.ideas.add(Idea(demo.id, "Des bancs", theme="Mobilier urbain"))  # a title too short
    server = StandIn(latency=latency)
    server.store.users["7"]["name"] = "Camille Martin"
    server.store.users["7"]["nickname"] = "camille_stmichel"
    server.start()
    return ws, demo, server


def sign_in(window: MainWindow, demo: Meeting, server: StandIn) -> Any:
    """Open the meeting's Sync section and sign in to the stand-in with API credentials."""
    window.open_meeting(demo.id)
    window.meeting.tabs.setCurrentIndex(window.meeting.SYNC)
    view = window.meeting.sync
    panel = view.platform
    panel.address.setText(server.url)
    panel.admin.expand(animate=False)
    panel.api_key.setText("api-key-1")
    panel.api_secret.setText("api-secret-1")
    panel.api_button.click()
    return view


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Facilitator")
    data_dir = Path(tempfile.mkdtemp(prefix="facilitator-sync-shots-"))
    i18n.install(app, "fr", data_dir / "cache")
    set_language("fr")
    ws, demo, server = sync_setup(data_dir, latency=0.25)
    session = Session(ws, data_dir)
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    view = None

    def wait(condition: object, then: object) -> None:
        def poll() -> None:
            if condition():  # type: ignore[operator]
                then()  # type: ignore[operator]
            else:
                QTimer.singleShot(50, poll)

        poll()

    def start() -> None:
        nonlocal view
        view = sign_in(window, demo, server)
        view.driver.options = SyncOptions(batch_size=1)
        panel = view.platform
        wait(lambda: "Camille" in panel.status.text() and panel.remote_meeting.count() > 1, link)

    def link() -> None:
        assert view is not None
        view.platform.link_button.click()
        wait(
            lambda: (
                ws.sync_state.link(demo.id) is not None
                and view.sync_button.isEnabled()
                and not view._previewing
            ),
            section,
        )

    def section() -> None:
        assert view is not None
        view.preview.select_row(0)
        app.processEvents()
        window.grab().save(str(DOCS / "sync-section.png"))
        short = next(p for p in view.preview.model.rows() if p.breaches)
        view.preview.select_idea(short.idea_id)
        table = view.preview.table
        table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtCenter)
        app.processEvents()
        window.grab().save(str(DOCS / "sync-preview-violation.png"))
        view.preview.title.setText("Des bancs sur la place, à l'ombre des platanes")
        view.preview.title.editingFinished.emit()
        wait(lambda: not view._previewing and not view.preview.model.rows()[-1].breaches, sync)

    def sync() -> None:
        assert view is not None
        shot = {"done": False}

        def on_progress(event: object) -> None:
            if not shot["done"] and getattr(event, "done", 0) >= 6:
                shot["done"] = True
                app.processEvents()
                window.grab().save(str(DOCS / "sync-progress.png"))

        view.driver.progress.connect(on_progress)
        view.start_sync()
        wait(lambda: view.summary is not None and not view._previewing, done)

    def done() -> None:
        assert view is not None
        view.preview.select_row(0)
        app.processEvents()
        window.grab().save(str(DOCS / "sync-done.png"))
        window.meeting.tabs.setCurrentIndex(window.meeting.IDEAS)
        window.meeting.ideas.refresh()
        app.processEvents()
        window.grab().save(str(DOCS / "ideas-platform-links.png"))
        report = data_dir / "compte-rendu.pdf"
        service.export_pdf(ws, demo.id, report, language="fr")
        pages = int(
            subprocess.run(["pdfinfo", str(report)], capture_output=True, text=True, check=True)
            .stdout.split("Pages:")[1]
            .split()[0]
        )
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "90",
                "-f",
                str(pages),
                "-l",
                str(pages),
                "-singlefile",
                str(report),
                str(DOCS / "report-qr"),
            ],
            check=True,
        )
        window.close()
        app.quit()

    QTimer.singleShot(300, start)
    app.exec()
    session.close()
    server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
