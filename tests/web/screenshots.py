"""Take the phone page screenshots in docs/ (French, 390 px wide; majority judgment at
320 px too): a ballot of every voting method, results after voting, a countdown.

Run: .venv/bin/python tests/web/screenshots.py [OUT_DIR]   (default: docs/)
"""

from __future__ import annotations

import re
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
        approval = ws.polls.create(
            Poll(
                meeting.id,
                "Quels aménagements voulez-vous autour de la fontaine ?",
                PollMethod.APPROVAL,
                tuple(
                    PollOption(label)
                    for label in (
                        "Des arbres d'ombre",
                        "Des bancs avec dossier",
                        "Un point d'eau potable",
                        "Des jeux d'eau pour les enfants",
                    )
                ),
                params=PollParams(max_choices=2),
            )
        )
        dots = ws.polls.create(
            Poll(
                meeting.id,
                "Répartissez vos points entre les chantiers de l'année",
                PollMethod.DOTS,
                tuple(
                    PollOption(label)
                    for label in ("Propreté des trottoirs", "Éclairage du soir", "Pistes cyclables")
                ),
                params=PollParams(points=5, max_per_option=3),
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
        street = ws.polls.create(
            Poll(
                meeting.id,
                "Faut-il fermer la rue du Marché aux voitures le dimanche matin ?",
                PollMethod.YES_NO_ABSTAIN,
            )
        )
        ws.ballots.set_counts(
            CountEntry(
                street.id, Channel.SHOW_OF_HANDS, {"yes": 14, "no": 6, "abstain": 4}, voters=24
            )
        )
        upvotes = ws.polls.create(
            Poll(
                meeting.id,
                "Quelles idées soutenez-vous ?",
                PollMethod.UPVOTES,
                tuple(
                    PollOption(label)
                    for label in (
                        "Un composteur collectif près du jardin partagé",
                        "Une boîte à livres sous le kiosque",
                        "Des toilettes publiques accessibles",
                    )
                ),
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
                heading = page.get_by_role("heading", level=1)

                def show(poll: Poll) -> None:
                    ws.polls.open(poll.id)
                    expect(heading).to_have_text(poll.question, timeout=10_000)

                def shot(name: str, *, full_page: bool = False) -> None:
                    page.screenshot(path=str(out / name), full_page=full_page)

                def send() -> None:
                    page.get_by_role("button", name="Envoyer mon vote").tap()
                    expect(page.locator("#results .res").first).to_be_visible(timeout=10_000)

                ws.polls.open(single.id)
                page.goto(url)
                expect(heading).to_have_text(single.question)
                shot("phone-vote.png")

                show(approval)
                page.get_by_label("Des arbres d'ombre").check()
                page.get_by_label("Un point d'eau potable").check()
                shot("phone-approval.png")

                show(dots)
                for option in ("Éclairage du soir", "Éclairage du soir", "Pistes cyclables"):
                    page.get_by_role("button", name=f"Ajouter un point à {option}").tap()
                shot("phone-dots.png")

                show(judged)
                page.get_by_role("group", name="Projet A : la place jardin").get_by_label(
                    "Très bien", exact=True
                ).check()
                shot("phone-majority-judgment-ballot.png")
                page.get_by_role("group", name="Projet B : la place des marchés").get_by_label(
                    "Assez bien", exact=True
                ).check()
                send()
                expect(page.locator("#results .profile").first).to_be_visible()
                shot("phone-majority-judgment.png", full_page=True)
                # the narrowest phones still in use: the merit profile as on the projector
                page.set_viewport_size({"width": 320, "height": 740})
                shot("phone-majority-judgment-320.png", full_page=True)
                page.set_viewport_size({"width": 390, "height": 844})

                show(street)
                page.get_by_role("button", name="Oui").tap()
                expect(page.locator("#results .res").first).to_be_visible(timeout=10_000)
                shot("phone-yes-no.png", full_page=True)

                show(upvotes)
                page.get_by_role("button", name=re.compile("Une boîte à livres")).tap()
                shot("phone-upvotes.png")

                show(timed)
                expect(page.locator("#countdown")).to_contain_text("Clôture dans")
                shot("phone-countdown.png")
                browser.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs"))
