"""What goes up to the city's public platform, and what sync says, counts in real plurals:
"1 personne présente", "2 idées recueillies, 2 retenues", "1 voter", never "personne(s)".

French takes the singular for 0 and 1, English for 1 alone (facilitator/domain/plurals.py).
"""

from __future__ import annotations

import pytest

from facilitator.domain.model import (
    Attendance,
    Ballot,
    Channel,
    Idea,
    Meeting,
    Poll,
    PollMethod,
    PollOption,
)
from facilitator.storage import Workspace
from facilitator.sync import compose
from facilitator.sync.events import ItemReport, Outcome, SyncSummary

#: The head's forms for 0, 1 and 2 of each count: people present, ideas collected and kept,
#: voters in a poll.
HEAD = {
    "fr": {
        # no one counted the room: said so, not "0 present" (as the PDF report says it)
        0: ("Nombre de présents non relevé.", "0 idée recueillie, 0 retenue.", "— 0 votant"),
        1: ("1 personne présente.", "1 idée recueillie, 1 retenue.", "— 1 votant"),
        2: ("2 personnes présentes.", "2 idées recueillies, 2 retenues.", "— 2 votants"),
    },
    "en": {
        0: ("Headcount not taken.", "0 ideas collected, 0 kept.", "— 0 voters"),
        1: ("1 person present.", "1 idea collected, 1 kept.", "— 1 voter"),
        2: ("2 people present.", "2 ideas collected, 2 kept.", "— 2 voters"),
    },
}

DESCRIPTION = {
    "fr": {0: "0 idée retenue.", 1: "1 idée retenue.", 2: "2 idées retenues."},
    "en": {0: "0 ideas kept.", 1: "1 idea kept.", 2: "2 ideas kept."},
}


def _meeting(ws: Workspace, language: str, n: int) -> Meeting:
    """``n`` people present, ``n`` ideas (all kept), one poll with ``n`` voters."""
    meeting = ws.meetings.create(Meeting(title="Quartier Sud", language=language))
    ws.attendance.save(Attendance(meeting.id, headcount=n))
    for k in range(n):
        ws.ideas.add(Idea(meeting.id, f"Une idée numéro {k + 1} pour le quartier"))
    poll = ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question="Quel jour ?",
            method=PollMethod.SINGLE,
            options=(PollOption(label="Samedi"), PollOption(label="Dimanche")),
        )
    )
    ws.polls.open(poll.id)
    for k in range(n):
        ws.ballots.cast(
            Ballot(poll.id, f"phone-{k}", Channel.PHONE, {"option": poll.options[0].id})
        )
    ws.polls.close(poll.id)
    return meeting


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("n", [0, 1, 2])
def test_the_report_counts_in_real_plurals(ws: Workspace, language: str, n: int) -> None:
    facts = compose.gather(ws, _meeting(ws, language, n).id)
    report = compose.report_text(facts, [])
    people, ideas, voters = HEAD[language][n]
    assert people in report and ideas in report and voters in report, report
    assert "(s)" not in report
    description = compose.meeting_description(facts)
    assert description.endswith(DESCRIPTION[language][n]), description
    assert "(s)" not in description


#: An idea's support in the room, for 0, 1 and 2 upvotes, then for 0, 1 and 2 votes in a poll.
SUPPORT = {
    "fr": {
        0: ("0 soutien dans la salle", ", 0 voix"),
        1: ("1 soutien dans la salle", ", 1 voix"),
        2: ("2 soutiens dans la salle", ", 2 voix"),
    },
    "en": {
        0: ("0 upvotes in the room", ", 0 votes"),
        1: ("1 upvote in the room", ", 1 vote"),
        2: ("2 upvotes in the room", ", 2 votes"),
    },
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("n", [0, 1, 2])
def test_a_proposal_says_its_support_in_real_plurals(ws: Workspace, language: str, n: int) -> None:
    meeting = ws.meetings.create(Meeting(title="Quartier Est", language=language))
    ours = ws.ideas.add(Idea(meeting.id, "Des bancs à l'ombre sur la place du marché"))
    other = ws.ideas.add(Idea(meeting.id, "Un éclairage sous le pont de la gare"))
    upvotes = ws.polls.create_from_ideas(meeting.id, "Soutiens", PollMethod.UPVOTES, [ours, other])
    single = ws.polls.create_from_ideas(meeting.id, "Laquelle ?", PollMethod.SINGLE, [ours, other])
    for poll in (upvotes, single):
        ws.polls.open(poll.id)
        # n voters for our idea, one for the other: the poll always has voters
        for k in range(n + 1):
            pick = poll.options[0 if k < n else 1].id
            content = {"options": [pick]} if poll is upvotes else {"option": pick}
            ws.ballots.cast(Ballot(poll.id, f"phone-{k}", Channel.PHONE, content))
        ws.polls.close(poll.id)
    lines = compose.support_lines(compose.gather(ws, meeting.id), ours)
    in_the_room, votes = SUPPORT[language][n]
    assert lines[0] == in_the_room
    assert lines[1].endswith(votes), lines[1]
    _, body, _ = compose.proposal_text(compose.gather(ws, meeting.id), ours, None, 10_000)
    assert "(s)" not in body


@pytest.mark.parametrize(
    ("language", "polls", "note"),
    [
        ("fr", 3, "1 autre vote et le détail de chaque vote"),
        ("fr", 4, "2 autres votes et le détail de chaque vote"),
        ("en", 3, "1 more poll and the detail of each poll"),
        ("en", 4, "2 more polls and the detail of each poll"),
    ],
)
def test_a_short_comment_counts_the_polls_it_leaves_out(
    ws: Workspace, language: str, polls: int, note: str
) -> None:
    meeting = ws.meetings.create(Meeting(title="Quartier Ouest", language=language))
    for k in range(polls):
        # questions so long (near the 300 characters allowed) that two polls fit the comment
        ws.polls.create(
            Poll(
                meeting_id=meeting.id,
                question=f"Question {k + 1} " + "très longue " * 23,
                method=PollMethod.SINGLE,
                options=(PollOption(label="Oui"), PollOption(label="Non")),
            )
        )
    comment = compose.comment_text(compose.gather(ws, meeting.id), [])
    assert len(comment) <= compose.COMMENT_MAX
    assert comment.count("Question ") == 2
    assert note in comment, comment
    assert "(s)" not in comment


def _summary(n: int) -> SyncSummary:
    """``n`` of each: created, already there, needing attention, changed; ``n`` requests."""

    def items(state: str) -> list[ItemReport]:
        return [ItemReport(k + 1, f"idea-{k}", f"Idée {k + 1}", state) for k in range(n)]

    return SyncSummary(
        meeting_id="m",
        platform_url="https://decidim.example",
        created=items("sent"),
        already=items("sent"),
        attention=items("attention"),
        changed=items("changed"),
        outcome=Outcome("waiting", "Waiting.", "En attente."),
        requests=n,
    )


@pytest.mark.parametrize(
    ("n", "language", "line", "missing"),
    [
        (
            0,
            "fr",
            "0 proposition créée, 0 déjà sur la plateforme, 0 à revoir, "
            "0 modifiée depuis l'envoi ; 0 requête.",
            "le compte rendu de la réunion n'est pas encore sur la plateforme",
        ),
        (
            1,
            "fr",
            "1 proposition créée, 1 déjà sur la plateforme, 1 à revoir, "
            "1 modifiée depuis l'envoi ; 1 requête.",
            "2 éléments pas encore sur la plateforme, ni le compte rendu de la réunion",
        ),
        (
            2,
            "fr",
            "2 propositions créées, 2 déjà sur la plateforme, 2 à revoir, "
            "2 modifiées depuis l'envoi ; 2 requêtes.",
            "4 éléments pas encore sur la plateforme, ni le compte rendu de la réunion",
        ),
        (
            0,
            "en",
            "0 proposals created, 0 already there, 0 need attention, 0 changed since sync; "
            "0 requests.",
            "the meeting's report is not on the platform yet",
        ),
        (
            1,
            "en",
            "1 proposal created, 1 already there, 1 needs attention, 1 changed since sync; "
            "1 request.",
            "2 items not on the platform yet, nor the meeting's report",
        ),
        (
            2,
            "en",
            "2 proposals created, 2 already there, 2 need attention, 2 changed since sync; "
            "2 requests.",
            "4 items not on the platform yet, nor the meeting's report",
        ),
    ],
)
def test_the_summary_counts_in_real_plurals(n: int, language: str, line: str, missing: str) -> None:
    summary = _summary(n)
    assert summary.describe(language) == line
    assert summary.missing(language) == missing


def test_one_item_missing_is_singular() -> None:
    summary = _summary(0)
    summary.unsent = [ItemReport(1, "idea-0", "Idée 1", "pending")]
    assert summary.missing("fr").startswith("1 élément pas encore sur la plateforme")
    assert summary.missing("en").startswith("1 item not on the platform yet")


@pytest.mark.parametrize(
    ("language", "neighbourhood", "said"),
    [
        # found in the demo's proposals: "quartier Quartier Saint-Michel"
        ("fr", "Quartier Saint-Michel", ", Quartier Saint-Michel."),
        ("fr", "Saint-Michel", ", quartier Saint-Michel."),
        ("en", "Saint-Michel neighbourhood", ", Saint-Michel neighbourhood."),
        ("en", "Quartier Saint-Michel", ", Quartier Saint-Michel."),
        ("en", "Saint-Michel", ", Saint-Michel neighbourhood."),
    ],
)
def test_a_neighbourhood_named_with_its_word_is_not_named_twice(
    language: str, neighbourhood: str, said: str
) -> None:
    meeting = Meeting(title="Quartier Sud", language=language, neighbourhood=neighbourhood)
    line = compose.meeting_line(meeting)
    assert line.endswith(said), line
