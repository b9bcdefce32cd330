"""The phone page at the narrowest widths, and the defects participants met (issue 12)."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, Route, expect

from facilitator.domain.model import Poll, PollMethod, PollOption
from tests.lan.conftest import Room

from .conftest import PhoneFactory
from .test_accessibility import _violations

pytestmark = pytest.mark.slow

SAVED = "✓ Votre vote est enregistré."

#: Every text node's words that the browser broke over two lines, and whether the page
#: scrolls sideways. A word longer than its line may break: none is, in these meetings.
BROKEN_WORDS = """() => {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement || node.parentElement.closest('.sr-only,[hidden]')) continue;
    const style = getComputedStyle(node.parentElement);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const re = /[^\\s\\u00a0]+/g;
    let m;
    while ((m = re.exec(node.data))) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0)
        .map(r => Math.round(r.top)));
      if (tops.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}"""


def _open(page: Page, room: Room) -> None:
    page.goto(room.url)
    expect(page.locator("#title")).to_have_text(room.meeting.title)


def _fits(page: Page, what: str) -> None:
    """No sideways scroll, no word broken in its middle."""
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"{what}: the page scrolls sideways ({width})"
    broken = page.evaluate(BROKEN_WORDS)
    assert broken == [], f"{what}: words broken mid-word: {broken}"


@pytest.fixture
def judged(room: Room) -> Poll:
    return room.ws.polls.create(
        Poll(
            room.meeting.id,
            "Comment jugez-vous chacun des projets ?",
            PollMethod.MAJORITY_JUDGMENT,
            (
                PollOption("Projet A : la place jardin"),
                PollOption("Projet B : la place des marchés"),
            ),
        )
    )


def _grade(page: Page, option: str, grade: str) -> None:
    page.get_by_role("group", name=option).get_by_label(grade, exact=True).check()


#: Each option's merit profile: its width, its parts' widths, and its option name's width.
PROFILES = """() => Array.from(document.querySelectorAll('#results .profile')).map(p => ({
  width: p.getBoundingClientRect().width,
  parts: Array.from(p.querySelectorAll('.seg')).map(s => s.getBoundingClientRect().width),
  name: p.previousElementSibling.getBoundingClientRect().width,
}))"""


def _profiles_read(page: Page, width: int) -> None:
    """Every option's merit profile spans the card, its parts fill it, its name is not
    squeezed (at 320 px the card's text column is about 240 px wide)."""
    profiles = page.evaluate(PROFILES)
    assert len(profiles) == 2, profiles
    for profile in profiles:
        assert profile["width"] >= 0.6 * width, profile
        assert abs(sum(profile["parts"]) - profile["width"]) < 1, profile
        assert profile["name"] >= 0.6 * width, profile


def test_the_merit_profile_reads_at_320_px(room: Room, phones: PhoneFactory, judged: Poll) -> None:
    room.ws.polls.open(judged.id)
    page = phones(width=320)
    _open(page, room)
    _grade(page, "Projet A : la place jardin", "Très bien")
    _grade(page, "Projet B : la place des marchés", "Assez bien")
    page.get_by_role("button", name="Envoyer mon vote").tap()
    expect(page.get_by_text(SAVED)).to_be_visible()
    results = page.locator("#results")
    expect(results.get_by_text("Mention majoritaire : Très bien")).to_be_visible()
    _fits(page, "majority judgment results")
    # each option's merit profile: a part per grade given, as on the projector
    profile = results.locator(".profile").first
    expect(profile.locator(".seg")).to_have_count(1)
    name = results.get_by_text(re.compile("Projet A : la place jardin"))
    assert name.bounding_box()["width"] > 150  # never one letter a line
    # the grades' colours are the projector's
    colours = page.evaluate(
        "Array.from(document.querySelectorAll('#results .legend .swatch'))"
        ".map(e => getComputedStyle(e).backgroundColor)"
    )
    assert len(colours) == 7 and len(set(colours)) == 7


def test_a_reload_keeps_the_selections_not_sent_yet(
    room: Room, phones: PhoneFactory, judged: Poll
) -> None:
    dots = room.polls["dots"]
    room.ws.polls.open(dots.id)
    page = phones()
    _open(page, room)
    page.get_by_role("button", name="Ajouter un point à Propreté").tap()
    page.get_by_role("button", name="Ajouter un point à Propreté").tap()
    expect(page.get_by_text("Points restants : 3 sur 5")).to_be_visible()
    page.reload()
    expect(page.get_by_text("Points restants : 3 sur 5")).to_be_visible()
    room.ws.polls.open(judged.id)
    expect(page.get_by_role("heading", level=1)).to_have_text(judged.question)
    _grade(page, "Projet A : la place jardin", "Bien")
    page.reload()
    expect(
        page.get_by_role("group", name="Projet A : la place jardin").get_by_label(
            "Bien", exact=True
        )
    ).to_be_checked()
    assert room.ws.ballots.count(judged.id) == 0  # still not sent: nothing was counted


def test_a_vote_waiting_for_the_network_is_not_a_warning(room: Room, phones: PhoneFactory) -> None:
    poll = room.polls["single"]
    room.ws.polls.open(poll.id)
    page = phones()
    _open(page, room)
    page.context.set_offline(True)
    page.get_by_role("button", name="Bois").tap()
    note = page.get_by_text("Pas de connexion")
    expect(note).to_be_visible()
    card = page.locator("#poll")
    assert "warn" not in (card.get_attribute("class") or "")
    border = card.evaluate("e => getComputedStyle(e).borderLeftColor")
    assert border != "rgb(179, 38, 30)"  # the red of refusals
    assert page.locator("#poll [role=alert]").count() == 0
    page.context.set_offline(False)
    expect(page.get_by_text(SAVED)).to_be_visible(timeout=10_000)


def test_a_closed_poll_still_says_how_one_voted(room: Room, phones: PhoneFactory) -> None:
    poll = room.polls["single"]
    room.ws.polls.open(poll.id)
    page = phones()
    _open(page, room)
    page.get_by_role("button", name="Métal").tap()
    expect(page.get_by_text(SAVED)).to_be_visible()
    room.ws.polls.close(poll.id)
    expect(page.get_by_text("Ce vote est clos.")).to_be_visible(timeout=10_000)
    expect(page.get_by_text("Votre vote : Métal")).to_be_visible()
    page.reload()  # the laptop remembers it too
    expect(page.get_by_text("Votre vote : Métal")).to_be_visible()


#: How many ideas the page keeps waiting to be sent (in its storage, across reloads).
IDEAS_WAITING = """() => Object.keys(localStorage).filter(k => k.endsWith(':ideas'))
  .map(k => JSON.parse(localStorage.getItem(k)).length).reduce((a, b) => a + b, 0)"""


def test_a_sixth_quick_idea_is_not_queued_without_a_word(room: Room, phones: PhoneFactory) -> None:
    """Six ideas typed as fast as one can: none lost, none sent twice, and the one the laptop
    makes wait says so (an idea typed while another was on its way was dropped from the
    queue when that one's answer came, and the queue's first went out again meanwhile)."""
    page = phones()
    _open(page, room)
    box = page.get_by_label("Votre idée")
    held: list[Route] | None = []  # a slow network: the first answers come after the typing

    def slow(route: Route) -> None:
        if held is not None:
            held.append(route)
        else:
            route.continue_()

    page.route("**/api/idea", slow)
    for n in range(6):
        box.fill(f"Idée numéro {n + 1}")
        if n == 0:
            with page.expect_request("**/api/idea"):
                page.get_by_role("button", name="Envoyer l'idée").tap()
        else:
            page.get_by_role("button", name="Envoyer l'idée").tap()
    waiting, held = held, None
    for route in waiting:
        route.continue_()
    # the sixth waits for the server's allowance: the page says so, and sends it later
    expect(page.locator("#ideas").get_by_text(re.compile("attend|partira"))).to_be_visible()
    page.wait_for_function(f"() => ({IDEAS_WAITING})() === 0", timeout=15_000)
    expect(page.locator("#ideas").get_by_text("Merci !")).to_be_visible()
    texts = [i.text for i in room.ws.ideas.pending(room.meeting.id)]
    assert texts == [f"Idée numéro {n + 1}" for n in range(6)]


def test_upvotes_say_support_not_press(room: Room, phones: PhoneFactory) -> None:
    room.ws.polls.open(room.polls["upvotes"].id)
    page = phones()
    _open(page, room)
    expect(page.get_by_text("Soutenez les idées qui vous plaisent")).to_be_visible()
    assert "Appuyez" not in page.locator("main").inner_text()


def test_the_ticket_explanation_appears_once(room: Room, phones: PhoneFactory) -> None:
    room.ws.tickets.issue(room.meeting.id, 1)
    room.ws.polls.open(room.polls["single"].id)
    page = phones()
    _open(page, room)
    expect(page.get_by_label("Code du ticket")).to_be_visible()
    expect(page.get_by_text("Cette réunion vote avec des tickets imprimés")).to_have_count(1)


def test_no_double_colon(room: Room, phones: PhoneFactory, judged: Poll) -> None:
    room.ws.polls.open(judged.id)
    page = phones()
    _open(page, room)
    _grade(page, "Projet A : la place jardin", "Très bien")
    _grade(page, "Projet B : la place des marchés", "Assez bien")
    page.get_by_role("button", name="Envoyer mon vote").tap()
    expect(page.get_by_text(SAVED)).to_be_visible()
    text = page.locator("main").inner_text()
    assert "la place jardin : Très bien" not in text
    assert not re.search(r":[^\n:;—]*:", text.replace("Mention majoritaire :", "")), text


def test_an_english_phone_reads_english(room: Room, phones: PhoneFactory) -> None:
    poll = room.polls["yna"]
    room.ws.polls.open(poll.id)
    page = phones("en-GB")
    _open(page, room)
    page.get_by_role("button", name="Yes").tap()
    expect(page.get_by_text("Your vote: Yes")).to_be_visible()
    results = page.locator("#results")
    expect(results.get_by_text(re.compile(r"^(★ )?Yes$"))).to_be_visible()
    shown = results.inner_text()
    assert not re.search(r"\b(Oui|Non|Abstention)\b", shown), shown
    expect(results.get_by_text("% of the votes cast (yes + no); abstentions apart")).to_be_visible()
    assert "animateur" not in page.locator("body").inner_text()


@pytest.mark.parametrize("width", [320, 390])
def test_every_method_fits_a_phone_and_passes_axe(
    room: Room, phones: PhoneFactory, width: int, judged: Poll
) -> None:
    """Voting and results, each method, at 320 and 390 px: no sideways scroll, no word cut,
    no accessibility violation."""
    page = phones(width=width)
    _open(page, room)
    votes = {
        "single": lambda: page.get_by_role("button", name="Bois").tap(),
        "approval": lambda: (
            page.get_by_label("Arbres").check(),
            page.get_by_role("button", name="Envoyer mon vote").tap(),
        ),
        "dots": lambda: (
            page.get_by_role("button", name="Ajouter un point à Culture").tap(),
            page.get_by_role("button", name="Envoyer mon vote").tap(),
        ),
        "mj": lambda: (
            _grade(page, "Projet A : la place jardin", "Très bien"),
            _grade(page, "Projet B : la place des marchés", "Passable"),
            page.get_by_role("button", name="Envoyer mon vote").tap(),
        ),
        "yna": lambda: page.get_by_role("button", name="Non").tap(),
        "upvotes": lambda: page.get_by_role("button", name=re.compile("Un marché")).tap(),
    }
    for name, vote in votes.items():
        poll = judged if name == "mj" else room.polls[name]
        room.ws.polls.open(poll.id)
        expect(page.get_by_role("heading", level=1)).to_have_text(poll.question, timeout=10_000)
        _fits(page, f"{name} at {width} px")
        assert _violations(page) == [], name
        vote()
        expect(page.locator("#results .res")).to_be_visible(timeout=10_000)
        _fits(page, f"{name} results at {width} px")
        if name == "mj":
            _profiles_read(page, width)
        violations = _violations(page)
        assert violations == [], f"{name} results: {json.dumps(violations, ensure_ascii=False)}"
    assert page.errors == []  # type: ignore[attr-defined]
