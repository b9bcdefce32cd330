"""Take the screenshots in docs/ on a demo workspace, in each language and window size.

Run under a virtual display big enough for the largest size:
    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots.py
One language and size, into another folder (the "before" shots of a review):
    ... docs/screenshots.py --lang en --size 1280x800 --out /tmp/before/en-1280x800

Without ``--out`` each set goes to ``docs/screenshots/LANG-WxH/``, and the French 1280×800 set
is also copied to the names docs/desktop-app.md shows (main-window.png, capture.png…).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from facilitator.domain.errors import set_language
from facilitator.domain.model import Idea, Meeting, MeetingStatus, PollMethod
from facilitator.storage.demo import create_demo
from facilitator.storage.workspace import Workspace
from facilitator.ui import i18n
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session

DOCS = Path(__file__).resolve().parent
LANGUAGES = ("fr", "en")
SIZES = ((1280, 800), (1920, 1080))
#: the shots docs/desktop-app.md shows, from the French 1280×800 set
DOC_NAMES = {
    "meetings": "main-window.png",
    "capture": "capture.png",
    "polls": "majority-judgment.png",
    "projector": "projector.png",
}


def shoot_set(app: QApplication, out: Path, width: int, height: int) -> None:
    """Every shot of one language and size, on a fresh workspace, into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="facilitator-shots-"))
    ws = Workspace.open(data_dir)
    session = Session(ws, data_dir)
    window = MainWindow(session)
    window.resize(width, height)
    window.show()
    server = None

    def settle() -> None:
        """Let the session read what was written and the views count the votes."""
        session.check_for_changes()
        while session.busy:
            app.processEvents()
        for _ in range(5):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}.png"))

    def step(action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as error:  # noqa: BLE001 - an older app lacks a shot: skip it
            sys.stderr.write(f"{out.name}: skipped a shot: {error!r}\n")

    settle()
    save(window, "first-run")  # an empty workspace: the welcome, where there is one
    welcome = getattr(window, "welcome", None)
    if welcome is not None and hasattr(welcome, "dismiss"):
        welcome.dismiss()

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
    for text in (
        "Un terrain de basket",
        "Des jeux d'eau",
        "Un local pour les jeunes",
        "Des arceaux à vélos devant la médiathèque",
    ):
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
    for name, colour in (("Mobilités", "#0072B2"), ("Végétalisation", "#009E73")):
        try:
            ws.themes.set_colour(demo.id, name, colour)  # type: ignore[attr-defined]
        except AttributeError:
            pass  # an app without theme colours
    window.meetings.refresh()
    save(window, "meetings")

    window.open_meeting(demo.id)
    ideas = window.meeting.ideas
    ideas.current_theme.setEditText("Végétalisation")
    ideas.capture.setText("Un composteur collectif près du jardin partagé")
    ideas.capture.setFocus()
    save(window, "capture")
    ideas.capture.clear()

    def themes() -> None:
        panel = ideas.themes_panel  # type: ignore[attr-defined]
        panel.list.setCurrentIndex(panel.list.model().index(1, 0))
        save(window, "themes")

    step(themes)

    def find() -> None:
        window.show_find()  # type: ignore[attr-defined]
        window.find_dialog.query.setText("vélo")  # type: ignore[attr-defined]
        window.find_dialog.search()  # type: ignore[attr-defined]
        settle()
        save(window.find_dialog, "find")  # type: ignore[attr-defined]
        window.find_dialog.close()  # type: ignore[attr-defined]

    step(find)

    polls = window.meeting.polls
    window.meeting.tabs.setCurrentWidget(polls)
    judgment = next(
        p for p in ws.polls.for_meeting(demo.id) if p.method is PollMethod.MAJORITY_JUDGMENT
    )
    ws.polls.reveal(judgment.id)
    settle()
    polls.select_poll(judgment.id)
    save(window, "polls")

    def dark() -> None:
        from facilitator.ui import style  # type: ignore[attr-defined]

        style.apply(app, style.DARK)
        save(window, "polls-dark")
        style.apply(app, style.LIGHT)

    step(dark)
    show_of_hands = next(
        (p for p in ws.polls.for_meeting(demo.id) if p.method is PollMethod.SINGLE), None
    )
    if show_of_hands is not None:
        polls.select_poll(show_of_hands.id)
        save(window, "polls-counts")

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
    window.projector.resize(width, height)
    settle()
    save(window.projector, "projector")
    window.projector.close()

    def shortcuts() -> None:
        sheet = window.show_shortcuts()  # type: ignore[attr-defined]
        save(sheet, "shortcuts")
        sheet.close()

    step(shortcuts)
    window.close()
    if server is not None:
        server.stop()
    session.phone_server = None
    session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, help="one folder for one language and size")
    args = parser.parse_args(argv)
    languages = args.lang or list(LANGUAGES)
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.size] if args.size else SIZES
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Facilitator")
    try:
        from facilitator.ui import style  # type: ignore[attr-defined]

        style.apply(app, style.LIGHT)  # as the app starts on a light system
    except ImportError:
        pass  # an app without its own style
    cache = Path(tempfile.mkdtemp(prefix="facilitator-shots-cache-"))
    for language in languages:
        translators = i18n.install(app, language, cache)
        set_language(language)
        for width, height in sizes:
            out = args.out or DOCS / "screenshots" / f"{language}-{width}x{height}"
            shoot_set(app, out, width, height)
            if args.out is None and (language, width, height) == ("fr", 1280, 800):
                for shot, name in DOC_NAMES.items():
                    if (out / f"{shot}.png").exists():
                        shutil.copyfile(out / f"{shot}.png", DOCS / name)
        for translator in translators or ():
            app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
