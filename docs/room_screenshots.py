"""Take the screenshots of what the room sees (the projector with hidden results and with a
countdown, the presenter view, the ideas wall), in French, on the demo meeting.

Run under a virtual display (or QT_QPA_PLATFORM=offscreen):
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/room_screenshots.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication, QWidget

from facilitator.domain.model import (
    Ballot,
    Channel,
    IdeaStatus,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
)
from facilitator.storage.demo import create_demo
from facilitator.storage.workspace import Workspace
from facilitator.ui import i18n
from facilitator.ui.main_window import MainWindow
from facilitator.ui.room_feed import Stage
from facilitator.ui.session import Session

DOCS = Path(__file__).resolve().parent


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Facilitator")
    data_dir = Path(tempfile.mkdtemp(prefix="facilitator-room-shots-"))
    i18n.install(app, "fr", data_dir / "cache")
    ws = Workspace.open(data_dir)
    demo = create_demo(ws)
    session = Session(ws, data_dir)
    # what the projector shows of a running phone server: its address (no server needed)
    session.phone_server = SimpleNamespace(
        join_url=f"http://192.168.1.20:8765/m/{demo.join_code}/", address=None
    )
    session.phone_meeting_id = demo.id
    window = MainWindow(session)
    window.resize(1366, 740)
    window.show()
    window.open_meeting(demo.id)

    def until(done: Callable[[], bool]) -> None:
        """Let the session read what was written and the windows draw it."""
        session.check_for_changes()
        for _ in range(2000):
            app.processEvents()
            if done() and not session.busy:
                break
        for _ in range(20):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        widget.grab().save(str(DOCS / name))

    window.show_projector()
    projector = window.projector
    projector.showNormal()
    projector.resize(1366, 768)
    polls = ws.polls.for_meeting(demo.id)
    judgment = next(p for p in polls if p.method is PollMethod.MAJORITY_JUDGMENT)
    until(lambda: projector.question.text() == judgment.question)
    save(projector, "projector-hidden-results.png")

    # the revealed results (docs/projector.png) are docs/screenshots.py's, in both languages
    ws.polls.reveal(judgment.id)
    until(lambda: projector.chart.isVisible())

    quick = ws.polls.create(
        Poll(
            demo.id,
            "Quel nom pour la future place piétonne ?",
            PollMethod.SINGLE,
            tuple(
                PollOption(label)
                for label in ("Place des Tilleuls", "Place du Marché", "Place des Enfants")
            ),
            params=PollParams(countdown=120),
        )
    )
    ws.polls.open(quick.id)
    for n, option in enumerate((0, 1, 0, 2, 0, 1, 0)):
        ws.ballots.cast(
            Ballot(quick.id, f"paper:shot-{n}", Channel.PAPER, {"option": quick.options[option].id})
        )
    until(lambda: projector.question.text() == quick.question and projector.chart.isVisible())
    save(projector, "projector-countdown.png")

    # the wall between polls: ideas by theme, upvotes from the brainstorm poll
    upvotes = next(p for p in polls if p.method is PollMethod.UPVOTES)
    ws.polls.open(upvotes.id)
    taste = random.Random(12)
    for n in range(24):
        picks = [o.id for o in upvotes.options if taste.random() < 0.15 + 0.04 * (n % 7)]
        ws.ballots.cast(Ballot(upvotes.id, f"paper:wall-{n}", Channel.PAPER, {"options": picks}))
    ws.polls.close(upvotes.id)
    phone_idea = next(i for i in ws.ideas.for_meeting(demo.id) if i.status is IdeaStatus.PENDING)
    ws.ideas.set_status(phone_idea.id, IdeaStatus.KEPT)  # accepted: it goes up on the wall
    projector.feed.show(Stage.WALL)
    until(lambda: "(" in projector.wall.accessibleDescription())
    save(projector, "ideas-wall.png")
    projector.feed.show(Stage.POLL)

    ws.polls.open(judgment.id)
    window.show_presenter()
    presenter = window.room.presenter
    presenter.resize(1366, 740)
    until(lambda: presenter.preview.question.text() == judgment.question)
    save(presenter, "presenter-view.png")

    session.phone_server = None
    window.close()
    session.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
