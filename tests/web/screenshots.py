"""Take the phone page screenshots in docs/ (French, phone viewport).

Run: .venv/bin/python tests/web/screenshots.py [OUT_DIR]   (default: docs/)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from facilitator.domain.model import (
    Channel,
    CountEntry,
    Meeting,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
)
from facilitator.lan.server import PhoneServer
from facilitator.storage import Workspace

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        meeting = ws.meetings.create(
            Meeting(title="Place du Marché : quel réaménagement ?", neighbourhood="Centre")
        )
        single = ws.polls.create(
            Poll(
                meeting.id,
                "Quel usage prioritaire pour la place le samedi matin ?",
                PollMethod.SINGLE,
                tuple(
                    PollOption(label)
                    for label in (
                        "Le marché des producteurs",
                        "Une aire de jeux pour les enfants",
                        "Des terrasses et des bancs",
                        "Un parking vélos couvert",
                    )
                ),
            )
        )
        judged = ws.polls.create(
            Poll(
                meeting.id,
                "Comment jugez-vous chacun des projets ?",
                PollMethod.MAJORITY_JUDGMENT,
                (
                    PollOption("Projet A : la place jardin"),
                    PollOption("Projet B : la place des marchés"),
                ),
            )
        )
        # paper ballots counted in the room: a merit profile worth looking at
        ws.ballots.set_counts(
            CountEntry(
                judged.id,
                Channel.PAPER,
                {
                    judged.options[0].id: [3, 6, 5, 2, 1, 1, 0],
                    judged.options[1].id: [1, 3, 4, 6, 3, 1, 0],
                },
                voters=18,
            )
        )
        timed = ws.polls.create(
            Poll(
                meeting.id,
                "Quel nom pour la future place piétonne ?",
                PollMethod.SINGLE,
                tuple(
                    PollOption(label)
                    for label in ("Place des Tilleuls", "Place du Marché", "Place des Enfants")
                ),
                params=PollParams(countdown=120),
            )
        )
        server = PhoneServer(ws, meeting.id, host="127.0.0.1")
        url = server.start()
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                context = browser.new_context(
                    locale="fr-FR",
                    viewport={"width": 390, "height": 844},
                    device_scale_factor=2,
                    is_mobile=True,
                    has_touch=True,
                )
                page = context.new_page()
                ws.polls.open(single.id)
                page.goto(url)
                expect(page.get_by_role("heading", level=1)).to_have_text(single.question)
                page.screenshot(path=str(out / "phone-vote.png"))
                ws.polls.open(judged.id)
                expect(page.get_by_role("heading", level=1)).to_have_text(
                    judged.question, timeout=10_000
                )
                for option, grade in (
                    ("Projet A : la place jardin", "Très bien"),
                    ("Projet B : la place des marchés", "Assez bien"),
                ):
                    page.get_by_role("group", name=option).get_by_label(grade, exact=True).check()
                page.get_by_role("button", name="Envoyer mon vote").tap()
                expect(page.locator("#results .profile").first).to_be_visible(timeout=10_000)
                # the narrowest phones still in use: the merit profile as on the projector
                page.set_viewport_size({"width": 320, "height": 740})
                page.screenshot(path=str(out / "phone-majority-judgment.png"), full_page=True)
                page.set_viewport_size({"width": 390, "height": 844})
                ws.polls.open(timed.id)
                expect(page.get_by_role("heading", level=1)).to_have_text(
                    timed.question, timeout=10_000
                )
                expect(page.locator("#countdown")).to_contain_text("Clôture dans")
                page.screenshot(path=str(out / "phone-countdown.png"))
                browser.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs"))
