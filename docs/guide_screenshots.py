"""Take the user guide's screenshots (assets/guide/images/LANG/), in French and English, on a
demo workspace: the app's windows, the phone page in headless Chromium at 390 px, and the Sync
section against the stand-in Decidim on loopback.

Run from the repository under a virtual display at a laptop's size:
    PYTHONPATH=. xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/guide_screenshots.py
Each image is quantised with pngquant when it is installed (apt-get install pngquant): the
images ship in the frozen build, so each should stay well under 150 KB.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication, QWidget

from facilitator.domain.errors import set_language
from facilitator.domain.model import Idea, IdeaSource, Meeting, Poll, PollMethod, PollOption
from facilitator.lan.server import PhoneServer
from facilitator.storage.demo import create_demo
from facilitator.storage.workspace import Workspace
from facilitator.ui import i18n, style, welcome
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session

IMAGES = Path(__file__).resolve().parent.parent / "assets" / "guide" / "images"
LANGUAGES = ("fr", "en")
WIDTH, HEIGHT = 1200, 760
#: what the room is told to type when it cannot scan (no server needs to listen there)
ROOM_ADDRESS = "http://192.168.1.20:8765"


class Shooter:
    """One language's shots, on a fresh workspace with the demo meeting."""

    def __init__(self, app: QApplication, language: str, out: Path) -> None:
        self.app, self.language, self.out = app, language, out
        out.mkdir(parents=True, exist_ok=True)
        self.data_dir = Path(tempfile.mkdtemp(prefix="facilitator-guide-shots-"))
        self.ws = Workspace.open(self.data_dir)
        self.session = Session(self.ws, self.data_dir)
        self.session.settings.set(welcome.WELCOME_DONE, True)
        self.demo = create_demo(self.ws)
        self.ws.ideas.add(
            Idea(self.demo.id, "Un abri à vélos couvert près du marché", source=IdeaSource.PHONE)
        )
        self.window = MainWindow(self.session)
        self.window.resize(WIDTH, HEIGHT)
        self.window.show()

    def until(self, done: Callable[[], bool] = lambda: True, rounds: int = 4000) -> None:
        """Let the session read what was written and the windows draw it."""
        self.session.check_for_changes()
        for _ in range(rounds):
            self.app.processEvents()
            if done() and not self.session.busy:
                break
        for _ in range(20):
            self.app.processEvents()

    def save(self, widget: QWidget, name: str) -> None:
        self.until()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        shrink(path)

    def poll(self, method: PollMethod) -> object:
        return next(p for p in self.ws.polls.for_meeting(self.demo.id) if p.method is method)

    def fake_phone_server(self) -> None:
        """What the meeting and the projector show of a running phone server on the room's
        Wi-Fi: its address."""
        self.session.phone_server = SimpleNamespace(
            join_url=f"{ROOM_ADDRESS}/m/{self.demo.join_code}/", address=None, port=8765
        )
        self.session.phone_meeting_id = self.demo.id
        self.session.phone_server_changed.emit()

    def run(self) -> None:
        window = self.window
        window.meetings.refresh()
        self.save(window, "meetings")

        window.open_meeting(self.demo.id)
        ideas = window.meeting.ideas
        ideas.capture.setText("Un composteur collectif près du jardin partagé #Végétalisation")
        ideas.capture.setFocus()
        self.save(window, "ideas")
        ideas.capture.clear()

        polls = window.meeting.polls
        window.meeting.tabs.setCurrentWidget(polls)
        self.until()
        dialog = polls.new_poll()
        method = dialog.method
        method.setCurrentIndex(method.findData(PollMethod.DOTS.value))
        if method.currentIndex() < 0:
            method.setCurrentIndex(3)
        self.save(dialog, "poll-dialog")
        dialog.reject()

        self.fake_phone_server()
        judgment = self.poll(PollMethod.MAJORITY_JUDGMENT)
        self.ws.polls.reveal(judgment.id)
        self.until()
        polls.select_poll(judgment.id)
        self.save(window, "polls")

        single = self.poll(PollMethod.SINGLE)
        polls.select_poll(single.id)
        self.until()
        self.save(polls.typed, "counts")

        self.room(single)
        self.export()
        window.close()
        window.deleteLater()
        self.until()  # the windows' last reads end before the workspace closes
        self.session.phone_server = None
        self.session.close()

    def room(self, poll: object) -> None:
        """The projector and the presenter view, with the single-choice poll open."""
        window = self.window
        for other in self.ws.polls.for_meeting(self.demo.id):
            if other.state.value == "open" and other.id != poll.id:  # type: ignore[attr-defined]
                self.ws.polls.close(other.id)
        self.ws.polls.open(poll.id)  # type: ignore[attr-defined]
        self.until()
        window.show_projector()
        projector = window.projector
        projector.showNormal()
        projector.resize(1280, 720)
        self.until(lambda: poll.question in projector_text(projector))  # type: ignore[attr-defined]
        self.save(projector, "projector")
        show_presenter = getattr(window, "show_presenter", None)
        if show_presenter is not None:
            show_presenter()
            presenter = window.room.presenter  # type: ignore[attr-defined]
            presenter.showNormal()
            presenter.resize(1100, 530)
            self.until(lambda: presenter.preview.question.text() == poll.question)  # type: ignore[attr-defined]
            self.save(presenter, "presenter")
            presenter.close()
        projector.close()

    def export(self) -> None:
        meeting = self.window.meeting
        meeting.tabs.setCurrentIndex(meeting.EXPORT)
        self.until(lambda: meeting.export_section.widget is not None)
        self.save(self.window, "export")


def projector_text(projector: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in projector.findChildren(QLabel))


def shrink(path: Path) -> None:
    """Quantise the PNG in place (pngquant keeps it unchanged when quality would suffer)."""
    if shutil.which("pngquant") is None:
        return
    subprocess.run(
        [
            "pngquant",
            "--force",
            "--skip-if-larger",
            "--strip",
            "--quality=65-95",
            "--speed=1",
            "--output",
            str(path),
            str(path),
        ],
        check=False,
    )


def phone(language: str, out: Path) -> None:
    """The phone page at 390 px, the single-choice poll of the demo meeting open."""
    from playwright.sync_api import expect, sync_playwright

    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        # the demo's first question in a meeting without tickets: the ballot, not the ticket
        sample = create_demo(ws)
        model = next(p for p in ws.polls.for_meeting(sample.id) if p.method is PollMethod.SINGLE)
        demo = ws.meetings.create(Meeting(title=sample.title, neighbourhood=sample.neighbourhood))
        options = tuple(PollOption(o.label) for o in model.options)
        poll = ws.polls.create(Poll(demo.id, model.question, PollMethod.SINGLE, options))
        ws.polls.open(poll.id)
        server = PhoneServer(ws, demo.id, host="127.0.0.1")
        url = server.start()
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(
                    executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
                )
                context = browser.new_context(
                    locale="fr-FR" if language == "fr" else "en-GB",
                    viewport={"width": 390, "height": 760},
                    device_scale_factor=1.5,
                    is_mobile=True,
                    has_touch=True,
                )
                page = context.new_page()
                page.goto(url)
                expect(page.get_by_role("heading", level=1)).to_have_text(poll.question)
                path = out / "phone.png"
                page.screenshot(path=str(path))
                shrink(path)
                browser.close()
        finally:
            server.stop()


def sync(app: QApplication, language: str, out: Path) -> None:
    """The Sync section's preview with an idea that breaks a platform rule, signed in to the
    stand-in Decidim with API credentials (a throw-away keyring file)."""
    from docs.sync_screenshots import sign_in, sync_setup

    data_dir = Path(tempfile.mkdtemp(prefix="facilitator-guide-sync-"))
    ws, demo, server = sync_setup(data_dir)
    session = Session(ws, data_dir)
    session.settings.set(welcome.WELCOME_DONE, True)
    window = MainWindow(session)
    window.resize(WIDTH, HEIGHT)
    window.show()
    shooter = SimpleNamespace(app=app, session=session)
    until = Shooter.until.__get__(shooter)  # the same waiting, on this session
    try:
        view = sign_in(window, demo, server)
        panel = view.platform
        until(lambda: "Camille" in panel.status.text() and panel.remote_meeting.count() > 1, 40000)
        panel.admin.collapse(animate=False)
        panel.link_button.click()
        until(
            lambda: (
                ws.sync_state.link(demo.id) is not None
                and view.sync_button.isEnabled()
                and not view._previewing
            ),
            40000,
        )
        short = next(p for p in view.preview.model.rows() if p.breaches)
        view.preview.select_idea(short.idea_id)
        table = view.preview.table
        table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtCenter)
        until()
        path = out / "sync.png"
        window.grab().save(str(path))
        shrink(path)
    finally:
        window.close()
        window.deleteLater()
        until()
        session.close()
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--only", choices=("app", "phone", "sync"), action="append")
    args = parser.parse_args(argv)
    parts = args.only or ["app", "phone", "sync"]
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Facilitator")
    style.apply(app, style.LIGHT)
    cache = Path(tempfile.mkdtemp(prefix="facilitator-guide-cache-"))
    for language in args.lang or LANGUAGES:
        out = IMAGES / language
        translators = i18n.install(app, language, cache)
        set_language(language)
        if "app" in parts:
            Shooter(app, language, out).run()
        if "sync" in parts:
            sync(app, language, out)
        if "phone" in parts:
            phone(language, out)
        for translator in translators or ():
            app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
