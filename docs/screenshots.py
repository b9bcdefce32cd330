"""Take the French screenshots in docs/ on a demo workspace.

Run under a virtual display at a laptop's size:
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.domain.model import Idea, Meeting, MeetingStatus, PollMethod
from facilitator.storage.demo import create_demo
from facilitator.storage.workspace import Workspace
from facilitator.ui import i18n
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session

DOCS = Path(__file__).resolve().parent


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Facilitator")
    data_dir = Path(tempfile.mkdtemp(prefix="facilitator-shots-"))
    i18n.install(app, "fr", data_dir / "cache")
    ws = Workspace.open(data_dir)
    today = datetime.now().astimezone().replace(hour=18, minute=30, second=0, microsecond=0)
    earlier = ws.meetings.create(
        Meeting(
            title="Conseil de quartier Nord : budget participatif 2027",
            neighbourhood="Quartier Nord",
            place="Maison des associations",
            starts_at=today - timedelta(days=21),
            ends_at=today - timedelta(days=21, hours=-2),
            status=MeetingStatus.CLOSED,
        )
    )
    for text in ("Un terrain de basket", "Des jeux d'eau", "Un local pour les jeunes"):
        ws.ideas.add(Idea(meeting_id=earlier.id, text=text))
    ws.meetings.create(
        Meeting(
            title="Atelier mobilités : rue des Écoles",
            neighbourhood="Centre-ville",
            place="École Jules-Ferry, préau",
            starts_at=today + timedelta(days=14),
            ends_at=today + timedelta(days=14, hours=2),
        )
    )
    demo = create_demo(ws)
    session = Session(ws, data_dir)
    window = MainWindow(session)
    window.resize(1366, 740)
    window.show()
    server = None

    def settle() -> None:
        """Let the session read what was written and the views count the votes."""
        session.check_for_changes()
        while session.busy:
            app.processEvents()
        app.processEvents()

    def shoot() -> None:
        nonlocal server
        app.processEvents()
        window.grab().save(str(DOCS / "main-window.png"))

        window.open_meeting(demo.id)
        ideas = window.meeting.ideas
        ideas.current_theme.setEditText("Végétalisation")
        ideas.capture.setText("Un composteur collectif près du jardin partagé")
        ideas.capture.setFocus()
        app.processEvents()
        window.grab().save(str(DOCS / "capture.png"))
        ideas.capture.clear()

        polls = window.meeting.polls
        window.meeting.tabs.setCurrentWidget(polls)
        judgment = next(
            p for p in ws.polls.for_meeting(demo.id) if p.method is PollMethod.MAJORITY_JUDGMENT
        )
        ws.polls.reveal(judgment.id)
        settle()
        polls.select_poll(judgment.id)
        settle()
        window.grab().save(str(DOCS / "majority-judgment.png"))

        try:
            from facilitator.lan.server import PhoneServer

            server = PhoneServer(ws, demo.id)
            server.start(timeout=10.0)
            session.phone_server = server
            session.phone_meeting_id = demo.id
            session.phone_server_changed.emit()
        except Exception as error:  # noqa: BLE001 - the shot is still useful without phones
            sys.stderr.write(f"no phone server for the projector shot: {error}\n")
        window.show_projector()
        QTimer.singleShot(300, finish)

    def finish() -> None:
        settle()
        window.projector.grab().save(str(DOCS / "projector.png"))
        window.close()
        app.quit()

    QTimer.singleShot(400, shoot)
    code = app.exec()
    if server is not None:
        server.stop()
    session.phone_server = None
    session.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
