"""The printable report, drawn by Qt in a separate process (as ``facilitator export --pdf``).

A separate process keeps this test's QGuiApplication away from the widget tests' QApplication.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator.domain.model import Meeting
from facilitator.storage import Workspace
from facilitator.storage.demo import create_demo
from tests.export.conftest import (
    LINK,
    NEVER_REVEALED,
    add_english_meeting,
    add_unrevealed_meeting,
    link_as_synced,
    run_facilitator,
)


@dataclass(frozen=True)
class Reports:
    french: Path
    english: Path
    linked: Path
    #: The linked meeting's kept ideas and their proposals' addresses.
    proposal_links: dict[str, str]
    long: Path
    unrevealed: Path
    stdout: str
    #: The demo's polls, as tallied: (question, voters, {option label: {channel: votes}}).
    demo_polls: list[tuple[str, int, dict[str, dict[str, int]]]]
    demo_most_voters: int


#: Longest texts the app accepts: an idea, option labels, notes (see domain/model.py).
LONG_IDEA = " ".join(f"mot{n:04d}" for n in range(250))[:1900] + " " + "x" * 99
LONG_LABELS = [
    f"Option {n:02d} " + " ".join(f"o{n:02d}w{k:02d}" for k in range(40)) for n in range(50)
]
LONG_NOTES = " ".join(f"note{n:05d}" for n in range(1800))


def _text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None, "needs poppler-utils' pdftotext (scripts/system-deps test)"
    return subprocess.run(
        [tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reports]:
    base = tmp_path_factory.mktemp("pdf")
    data = base / "data"
    with Workspace.open(data) as ws:
        demo: Meeting = create_demo(ws)
        synced = create_demo(ws)
        proposal_links = link_as_synced(ws, synced)
        english = add_english_meeting(ws)
        long = _add_long_meeting(ws)
        unrevealed = add_unrevealed_meeting(ws)
        demo_polls = []
        for poll in ws.polls.for_meeting(demo.id):
            tally = ws.ballots.tally(poll.id)
            labels = {o.id: o.label for o in poll.options} | {
                "yes": "Oui",
                "no": "Non",
                "abstain": "Abstention",
            }
            demo_polls.append(
                (
                    poll.question,
                    tally.voters,
                    {
                        labels[o.option_id]: {str(c): n for c, n in o.by_channel.items()}
                        for o in tally.options
                    },
                )
            )
        most_voters = max(v for _, v, _ in demo_polls)
    # one report per meeting: report.pdf, report-2.pdf...
    proc = run_facilitator(
        "--data-dir",
        str(data),
        "export",
        demo.id,
        english.id,
        long.id,
        unrevealed.id,
        "--pdf",
        str(base / "report.pdf"),
    )
    linked = base / "linked.pdf"
    run_facilitator("--data-dir", str(data), "export", synced.id, "--pdf", str(linked))
    yield Reports(
        base / "report.pdf",
        base / "report-2.pdf",
        linked,
        proposal_links,
        base / "report-3.pdf",
        base / "report-4.pdf",
        proc.stdout,
        demo_polls,
        most_voters,
    )


def _add_long_meeting(ws: Workspace) -> Meeting:
    """The longest idea, the most options with the longest labels, the longest notes; and no
    headcount taken."""
    from facilitator.domain.model import (
        MAX_IDEA_TEXT,
        MAX_OPTION_LABEL,
        MAX_OPTIONS,
        Attendance,
        Idea,
        Poll,
        PollMethod,
        PollOption,
    )

    assert len(LONG_IDEA) == MAX_IDEA_TEXT
    assert len(LONG_LABELS) == MAX_OPTIONS and all(len(x) <= MAX_OPTION_LABEL for x in LONG_LABELS)
    meeting = ws.meetings.create(Meeting(title="Réunion fleuve", notes=LONG_NOTES))
    ws.ideas.add(Idea(meeting_id=meeting.id, text=LONG_IDEA))
    ws.attendance.save(Attendance(meeting_id=meeting.id, headcount=0, notes=LONG_NOTES[::-1]))
    poll = ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question="Laquelle ?",
            method=PollMethod.SINGLE,
            options=tuple(PollOption(label=label) for label in LONG_LABELS),
        )
    )
    ws.polls.open(poll.id)
    ws.ballots.add_paper(poll.id, {"option": poll.options[-1].id})
    ws.polls.close(poll.id)
    ws.polls.reveal(poll.id)
    return meeting


def test_the_report_is_a_pdf_with_pages(reports: Reports) -> None:
    assert reports.french.read_bytes().startswith(b"%PDF")
    assert "report.pdf" in reports.stdout and "pages" in reports.stdout


def test_french_report_has_every_section(reports: Reports) -> None:
    text = _text(reports.french)
    for expected in (
        "COMPTE RENDU DE RÉUNION",
        "Consultation : réaménagement de la place",
        "Salle polyvalente, 12 rue des Tilleuls",
        "47 personnes présentes",
        "Idées par thème",
        "Végétalisation (5)",
        "Résultats des votes",
        "Quel aménagement réaliser en premier ?",
        "Êtes-vous favorable à une place piétonne le samedi matin ?",
        "Résultat : Oui",
        "Et maintenant ?",
    ):
        assert expected in text, expected
    # the majority judgment poll is hidden until revealed, and still open: its results are
    # the coordinator's, marked as not seen by the room (as in the workbook)
    assert "Non : pas encore dévoilés à la salle" in text
    # no platform link before the meeting is synced
    assert "Suivez cette réunion en ligne" not in text


def test_english_meeting_reports_in_english(reports: Reports) -> None:
    text = _text(reports.english)
    assert "MEETING REPORT" in text
    assert "Park renovation" in text
    assert "What happens next" in text
    assert "No polls were held." in text  # a draft poll is not a result


def test_the_platform_link_shows_once_known(reports: Reports) -> None:
    text = _squeezed(_raw_text(reports.linked))  # a long address wraps at a slash
    assert _squeezed(f"Suivez cette réunion en ligne : {LINK}") in text
    assert _squeezed("Scannez le code pour suivre les idées sur la plateforme") in text
    assert "participez.example.fr" not in _text(reports.french)  # not linked: no address


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_every_idea_is_listed_with_its_proposals_address(reports: Reports) -> None:
    raw = _squeezed(_raw_text(reports.linked))
    assert len(reports.proposal_links) > 5
    for idea, address in reports.proposal_links.items():
        # each address follows its own idea (the list is in theme order, not the meeting's)
        after = re.sub(r"^\(\d+voix\)", "", raw.split(_squeezed(idea), 1)[1])
        assert after.startswith(_squeezed(f"Sur la plateforme : {address}"))


def test_the_qr_code_leads_to_the_meetings_page(reports: Reports, tmp_path: Path) -> None:
    tool, render = shutil.which("zbarimg"), shutil.which("pdftoppm")
    assert tool and render, "needs zbar-tools and poppler-utils (scripts/system-deps test)"
    pages = tmp_path / "page"
    subprocess.run([render, "-r", "150", "-png", str(reports.linked), str(pages)], check=True)
    found = []
    for image in sorted(tmp_path.glob("page*.png")):
        scan = subprocess.run(
            [tool, "--quiet", "--raw", str(image)], capture_output=True, text=True, check=False
        )
        found += scan.stdout.split()
    assert found == [LINK]


def _raw_text(pdf: Path) -> str:
    """The PDF's text in drawing order, without the page footers."""
    tool = shutil.which("pdftotext")
    assert tool is not None
    raw = subprocess.run(
        [tool, "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "\n".join(
        line for line in raw.splitlines() if "Imprimé le" not in line and "Printed on" not in line
    )


def _squeezed(text: str) -> str:
    """Without white space, and ligatures undone (the PDF draws "fl" as one glyph)."""
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", text).split())


def test_long_texts_flow_onto_the_next_pages_whole(reports: Reports) -> None:
    text = _squeezed(_raw_text(reports.long))
    assert _squeezed(LONG_IDEA) in text
    assert _squeezed(LONG_NOTES) in text  # the meeting's notes
    assert _squeezed(LONG_NOTES[::-1]) in text  # the attendance notes
    for label in LONG_LABELS:
        assert _squeezed(label) in text, label[:12]  # every option, in full


def test_no_headcount_says_so(reports: Reports) -> None:
    text = _text(reports.long)
    assert "Nombre de présents non relevé" in text
    assert "0 personnes présentes" not in text


def test_participation_rate_is_given_and_defined(reports: Reports) -> None:
    text = " ".join(_text(reports.french).split())
    rate = round(100 * reports.demo_most_voters / 47)
    assert f"Taux de participation {rate} %" in text
    assert (
        f"{reports.demo_most_voters} votants au vote le plus suivi sur 47 personnes présentes"
        in text
    )


def test_votes_are_given_per_channel(reports: Reports) -> None:
    layout = _text(reports.french)
    words = {
        "phone": "Téléphone",
        "ticket": "Ticket",
        "paper": "Papier",
        "show_of_hands": "Main levée",
    }
    for question, _voters, options in reports.demo_polls:
        used = [c for c in words if any(by.get(c) for by in options.values())]
        if not used:
            continue  # a draft poll: no result in the report
        header = next(
            (line for line in layout.splitlines() if all(words[c] in line for c in used)), None
        )
        assert header is not None, question
        for label, by in options.items():
            if len(label) > 30:
                continue  # wrapped on several lines
            expected = [by.get(c, 0) for c in used] + [sum(by.values())]
            rows = [
                [int(x) for x in line.split() if x.isdigit()]
                for line in layout.splitlines()
                if line.strip().startswith(label)
            ]
            assert any(r[-len(expected) :] == expected for r in rows), (question, label, rows)


def test_results_the_room_never_saw_are_printed_and_marked(reports: Reports) -> None:
    text = " ".join(_text(reports.unrevealed).split())
    start = text.index(NEVER_REVEALED)
    section = text[start : text.index("Faut-il une fontaine ?")]
    assert "Non : jamais dévoilés à la salle" in section
    assert "Résultat : Square des Tilleuls" in section  # the coordinator gets the result
