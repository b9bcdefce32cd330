"""A realistic French demo meeting: a consultation on the redesign of a neighbourhood square.

Used by ``facilitator demo``, the desktop app's "demo meeting" action, screenshots and tests.
Randomness is seeded, so two demos have the same shape (but their own ids).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from facilitator.domain.model import (
    Attendance,
    Ballot,
    Channel,
    CountEntry,
    Idea,
    IdeaSource,
    IdeaStatus,
    Meeting,
    MeetingStatus,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
    ResultsVisibility,
    now,
)
from facilitator.storage.tickets import ticket_voter
from facilitator.storage.workspace import Workspace

DEMO_IDEAS: tuple[tuple[str, str], ...] = (
    ("Végétalisation", "Planter des arbres d'ombre autour de la fontaine"),
    ("Végétalisation", "Créer un jardin partagé à la place des places de parking côté école"),
    ("Végétalisation", "Remplacer le bitume par des pavés enherbés pour limiter la chaleur"),
    ("Végétalisation", "Installer des bacs à fleurs entretenus par les habitants"),
    ("Végétalisation", "Un point d'eau potable et un brumisateur pour les jours de canicule"),
    ("Mobilités", "Sécuriser la traversée devant l'école avec un plateau surélevé"),
    ("Mobilités", "Ajouter des arceaux vélos près du marché"),
    ("Mobilités", "Rendre la place piétonne le samedi matin"),
    ("Mobilités", "Limiter la vitesse à 20 km/h dans les rues autour de la place"),
    ("Mobilités", "Un abri à vélos cargo pour les familles"),
    ("Vie de quartier", "Des bancs avec dossier pour les personnes âgées"),
    ("Vie de quartier", "Une boîte à livres sous le kiosque"),
    ("Vie de quartier", "Organiser un marché des producteurs le mercredi soir"),
    ("Vie de quartier", "Des tables de pique-nique et un coin jeux pour les petits"),
    ("Vie de quartier", "Un panneau d'affichage libre pour les associations"),
    ("Sécurité et propreté", "Un éclairage plus doux mais présent toute la nuit"),
    ("Sécurité et propreté", "Plus de poubelles de tri et des cendriers"),
    ("Sécurité et propreté", "Des toilettes publiques accessibles"),
    ("Sécurité et propreté", "Réparer les pavés descellés devant la pharmacie"),
    ("Sécurité et propreté", "Un passage régulier des agents de médiation le soir"),
)

PHONE_IDEAS = (
    "Installer une fontaine à eau pour les chiens",
    "Des cours de tai-chi le dimanche matin sur la place",
)


def _phone(n: int) -> str:
    return f"demo-phone-{n:03d}"


def create_demo(ws: Workspace, *, seed: int = 2026) -> Meeting:
    """Create the demo meeting in ``ws`` and return it."""
    rng = random.Random(seed)
    today = now().astimezone()
    start = datetime(today.year, today.month, today.day, 18, 30, tzinfo=today.tzinfo)
    meeting = ws.meetings.create(
        Meeting(
            title="Consultation : réaménagement de la place du Marché",
            neighbourhood="Quartier Saint-Michel",
            place="Salle polyvalente, 12 rue des Tilleuls",
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            language="fr",
            status=MeetingStatus.OPEN,
            notes=(
                "Réunion publique du conseil de quartier. Présentation du projet par les "
                "services de la Ville, puis ateliers et votes."
            ),
        )
    )
    ideas = [
        ws.ideas.add(Idea(meeting_id=meeting.id, text=text, theme=theme))
        for theme, text in DEMO_IDEAS
    ]
    ws.ideas.merge(
        [
            ws.ideas.add(
                Idea(
                    meeting_id=meeting.id, text="Plus d'arbres sur la place", theme="Végétalisation"
                )
            ).id
        ],
        ideas[0].id,
    )
    for text in PHONE_IDEAS:
        ws.ideas.add(Idea(meeting_id=meeting.id, text=text, source=IdeaSource.PHONE))
    ws.ideas.set_status(
        ws.ideas.add(
            Idea(
                meeting_id=meeting.id,
                text="Hors sujet : horaires de la piscine",
                source=IdeaSource.PAPER,
            )
        ).id,
        IdeaStatus.HIDDEN,
    )
    ws.attendance.save(
        Attendance(
            meeting_id=meeting.id,
            headcount=47,
            notes="Dont une dizaine de jeunes du collège voisin.",
        )
    )

    priorities = [ideas[0], ideas[5], ideas[10], ideas[15]]
    single = ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question="Quel aménagement réaliser en premier ?",
            method=PollMethod.SINGLE,
            options=tuple(PollOption(label=i.text, idea_id=i.id) for i in priorities),
        )
    )
    approval = ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question="Quels équipements voulez-vous sur la place ? (3 au plus)",
            method=PollMethod.APPROVAL,
            options=tuple(
                PollOption(label=label)
                for label in (
                    "Bancs",
                    "Arceaux vélos",
                    "Jeux pour enfants",
                    "Toilettes",
                    "Boîte à livres",
                )
            ),
            params=PollParams(max_choices=3),
        )
    )
    yes_no = ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question="Êtes-vous favorable à une place piétonne le samedi matin ?",
            method=PollMethod.YES_NO_ABSTAIN,
        )
    )
    dots = ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question="Répartissez 5 points entre les thèmes à traiter en priorité",
            method=PollMethod.DOTS,
            options=tuple(
                PollOption(label=label)
                for label in (
                    "Végétalisation",
                    "Mobilités",
                    "Vie de quartier",
                    "Sécurité et propreté",
                )
            ),
            params=PollParams(points=5, max_per_option=3),
        )
    )
    judgment = ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question="Comment jugez-vous chacun des trois projets d'aménagement ?",
            method=PollMethod.MAJORITY_JUDGMENT,
            options=(
                PollOption(label="Projet A : la place jardin"),
                PollOption(label="Projet B : la place des marchés"),
                PollOption(label="Projet C : la place des familles"),
            ),
            visibility=ResultsVisibility.HIDDEN,
        )
    )
    upvotes = ws.polls.create_from_ideas(
        meeting.id,
        "Soutenez les idées qui vous tiennent à cœur",
        PollMethod.UPVOTES,
        ideas,
    )

    def phones(poll: Poll, n: int, content_for: Callable[[int], Mapping[str, Any]]) -> None:
        for k in range(n):
            ws.ballots.cast(
                Ballot(
                    poll_id=poll.id, voter=_phone(k), channel=Channel.PHONE, content=content_for(k)
                )
            )

    # First poll: voted and closed, results revealed
    ws.polls.open(single.id)
    weights = [5, 3, 2, 1]
    phones(single, 24, lambda k: {"option": rng.choices(single.options, weights)[0].id})
    ws.ballots.set_counts(
        CountEntry(
            poll_id=single.id,
            channel=Channel.SHOW_OF_HANDS,
            counts={
                single.options[0].id: 6,
                single.options[1].id: 4,
                single.options[2].id: 2,
                single.options[3].id: 1,
            },
            voters=13,
        )
    )
    ws.ballots.add_paper(single.id, {"option": single.options[1].id})
    ws.polls.close(single.id)
    ws.polls.reveal(single.id)

    ws.polls.open(approval.id)
    phones(
        approval,
        22,
        lambda k: {"options": [o.id for o in rng.sample(approval.options, rng.randint(1, 3))]},
    )
    ws.ballots.set_counts(
        CountEntry(
            poll_id=approval.id,
            channel=Channel.SHOW_OF_HANDS,
            counts={o.id: n for o, n in zip(approval.options, (9, 4, 7, 8, 3), strict=True)},
            voters=12,
        )
    )
    ws.polls.close(approval.id)
    ws.polls.reveal(approval.id)

    ws.polls.open(yes_no.id)
    phones(yes_no, 26, lambda k: {"answer": rng.choices(["yes", "no", "abstain"], [6, 3, 1])[0]})
    ws.ballots.set_counts(
        CountEntry(
            poll_id=yes_no.id,
            channel=Channel.SHOW_OF_HANDS,
            counts={"yes": 8, "no": 5, "abstain": 2},
            voters=15,
        )
    )
    ws.polls.close(yes_no.id)
    ws.polls.reveal(yes_no.id)

    ws.polls.open(dots.id)

    def spread(k: int) -> dict[str, Any]:
        points: dict[str, int] = {}
        for _ in range(5):
            option = rng.choice(dots.options).id
            if points.get(option, 0) < 3:
                points[option] = points.get(option, 0) + 1
        return {"points": points}

    phones(dots, 20, spread)
    ws.ballots.set_counts(
        CountEntry(
            poll_id=dots.id,
            channel=Channel.PAPER,
            counts={o.id: n for o, n in zip(dots.options, (14, 9, 6, 11), strict=True)},
            voters=8,
        )
    )
    ws.polls.close(dots.id)

    # Majority judgment: the poll that is open now, results hidden until revealed. The
    # spokesperson printed tickets for it: from now on one ticket, one ballot.
    tickets = ws.tickets.issue(meeting.id, 30)
    ws.polls.open(judgment.id)
    leanings = (0.3, 0.0, -0.2)

    def judge(k: int) -> dict[str, Any]:
        grades: dict[str, int] = {}
        for option, leaning in zip(judgment.options, leanings, strict=True):
            value = rng.gauss(2.8 - 2.5 * leaning, 1.4)
            grades[option.id] = max(0, min(6, round(value)))
        return {"grades": grades}

    for k, ticket in enumerate(tickets[:25]):
        ws.tickets.bind(ticket.code, f"demo-ticket-phone-{k:03d}")
        ws.ballots.cast(
            Ballot(
                poll_id=judgment.id,
                voter=ticket_voter(ticket.id),
                channel=Channel.TICKET,
                content=judge(k),
            )
        )
    ws.ballots.set_counts(
        CountEntry(
            poll_id=judgment.id,
            channel=Channel.PAPER,
            counts={
                judgment.options[0].id: [1, 2, 2, 1, 0, 0, 0],
                judgment.options[1].id: [0, 1, 2, 2, 1, 0, 0],
                judgment.options[2].id: [0, 1, 1, 2, 1, 1, 0],
            },
            voters=6,
        )
    )
    # Upvotes stays a draft, ready for the brainstorm at the end of the evening.
    del upvotes
    return ws.meetings.get(meeting.id)
