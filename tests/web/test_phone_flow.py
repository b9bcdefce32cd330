"""The participant flow in real headless Chromium on a phone viewport."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.lan.conftest import Room

from .conftest import PhoneFactory

pytestmark = pytest.mark.slow

#: The confirmation once the laptop has the ballot. The page's screen-reader status line says
#: the same words without the tick, so matching them alone finds two elements at times.
SAVED = "✓ Votre vote est enregistré."


def _open(page: Page, room: Room) -> None:
    page.goto(room.url)
    expect(page.locator("#title")).to_have_text(room.meeting.title)


def test_waiting_then_vote_then_change(room: Room, phones: PhoneFactory) -> None:
    page = phones()
    _open(page, room)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "En attente de la prochaine question…"
    )
    poll = room.polls["single"]
    room.ws.polls.open(poll.id)
    # The next poll shows within 2 seconds, without a reload.
    expect(page.get_by_role("heading", level=1)).to_have_text(poll.question, timeout=10_000)
    expect(page.locator("#status")).to_contain_text(poll.question)
    page.get_by_role("button", name="Métal").tap()
    expect(page.get_by_text(SAVED)).to_be_visible()
    expect(page.get_by_text("seul le dernier compte")).to_be_visible()
    assert room.ws.ballots.tally(poll.id).option(poll.options[1].id).votes == 1
    page.get_by_role("button", name="Changer mon vote").tap()
    page.get_by_role("button", name="Bois").tap()
    expect(page.get_by_text("Votre vote : Bois")).to_be_visible()
    expect(page.get_by_text(SAVED)).to_be_visible()  # "Votre vote" shows while sending too
    tally = room.ws.ballots.tally(poll.id)
    assert tally.voters == 1 and tally.option(poll.options[0].id).votes == 1
    assert page.errors == []  # type: ignore[attr-defined]


def test_english_phone(room: Room, phones: PhoneFactory) -> None:
    page = phones("en-GB")
    _open(page, room)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Waiting for the next question…")


def test_reload_in_the_middle_of_a_vote_keeps_the_ballot(room: Room, phones: PhoneFactory) -> None:
    poll = room.polls["dots"]
    room.ws.polls.open(poll.id)
    page = phones()
    _open(page, room)
    expect(page.get_by_text("Points restants : 5 sur 5")).to_be_visible()
    page.get_by_role("button", name="Ajouter un point à Propreté").tap()
    page.get_by_role("button", name="Ajouter un point à Propreté").tap()
    page.get_by_role("button", name="Ajouter un point à Culture").tap()
    expect(page.get_by_text("Points restants : 2 sur 5")).to_be_visible()
    # The Wi-Fi drops as the voter sends: the ballot waits on the phone.
    page.context.set_offline(True)
    page.get_by_role("button", name="Envoyer mon vote").tap()
    expect(page.get_by_text("Pas de connexion")).to_be_visible()
    assert room.ws.ballots.count(poll.id) == 0
    # The phone sleeps; it wakes with the network back and the page is reloaded.
    page.context.set_offline(False)
    page.reload()
    expect(page.get_by_text(SAVED)).to_be_visible()
    ballots = room.ws.ballots.for_poll(poll.id)
    assert len(ballots) == 1
    assert dict(ballots[0].content["points"]) == {
        poll.options[0].id: 2,
        poll.options[2].id: 1,
    }
    page.reload()
    expect(page.get_by_text(SAVED)).to_be_visible()
    assert room.ws.ballots.count(poll.id) == 1


def test_two_phones_each_count_once(room: Room, phones: PhoneFactory) -> None:
    poll = room.polls["approval"]
    room.ws.polls.open(poll.id)
    one, two = phones(), phones()
    for page, picks in ((one, ["Arbres", "Fontaine"]), (two, ["Bancs"])):
        _open(page, room)
        for label in picks:
            page.get_by_label(label).check()
        page.get_by_role("button", name="Envoyer mon vote").tap()
        expect(page.get_by_text(SAVED)).to_be_visible()
    tally = room.ws.ballots.tally(poll.id)
    assert tally.voters == 2
    assert [tally.option(o.id).votes for o in poll.options] == [1, 1, 1, 0]


def test_approval_respects_the_maximum(room: Room, phones: PhoneFactory) -> None:
    poll = room.polls["approval"]
    room.ws.polls.open(poll.id)
    page = phones()
    _open(page, room)
    page.get_by_label("Arbres").check()
    page.get_by_label("Bancs").check()
    expect(page.get_by_label("Fontaine")).to_be_disabled()
    expect(page.get_by_text("2 choisies / 2")).to_be_visible()


def test_majority_judgment_grades_every_option(room: Room, phones: PhoneFactory) -> None:
    poll = room.polls["mj"]
    room.ws.polls.open(poll.id)
    page = phones()
    _open(page, room)
    send = page.get_by_role("button", name="Envoyer mon vote")
    expect(send).to_be_disabled()
    page.get_by_role("group", name="Projet A").get_by_label("Très bien").check()
    expect(send).to_be_disabled()
    page.get_by_role("group", name="Projet B").get_by_label("Passable").check()
    send.tap()
    expect(page.get_by_text(SAVED)).to_be_visible()
    ballot = room.ws.ballots.for_poll(poll.id)[0]
    assert dict(ballot.content["grades"]) == {poll.options[0].id: 1, poll.options[1].id: 4}


def test_results_appear_once_revealed_and_hostile_text_stays_text(
    room: Room, phones: PhoneFactory
) -> None:
    from dataclasses import replace

    from facilitator.domain.model import Poll, PollMethod, PollOption, ResultsVisibility

    hostile = '<img src=x onerror="window.pwned=1">'
    poll = room.ws.polls.create(
        Poll(
            room.meeting.id,
            f"Question {hostile}",
            PollMethod.SINGLE,
            (PollOption(hostile), PollOption("<script>window.pwned=2</script>")),
            visibility=ResultsVisibility.HIDDEN,
        )
    )
    room.ws.polls.open(poll.id)
    page = phones()
    _open(page, room)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Question {hostile}")
    page.get_by_role("button", name=hostile).tap()
    expect(page.get_by_text(SAVED)).to_be_visible()
    expect(page.get_by_text("Résultats")).to_have_count(0)
    room.ws.polls.close(poll.id)
    expect(page.get_by_text("Ce vote est clos.")).to_be_visible(timeout=10_000)
    room.ws.polls.reveal(poll.id)
    expect(page.get_by_text(re.compile("Résultats · 1 votant"))).to_be_visible(timeout=10_000)
    expect(page.get_by_text("★ " + hostile)).to_be_visible()
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0 and page.locator("main script").count() == 0
    assert replace(poll) == poll


def test_late_ballot_gets_a_clear_answer(room: Room, phones: PhoneFactory) -> None:
    poll = room.polls["fixed"]
    room.ws.polls.open(poll.id)
    page = phones()
    _open(page, room)
    page.get_by_role("button", name="Oui").tap()  # selects only: this poll allows no change
    room.ws.polls.close(poll.id)
    page.get_by_role("button", name="Envoyer mon vote").tap()
    expect(page.get_by_role("alert")).to_contain_text("arrivé trop tard")
    assert room.ws.ballots.count(poll.id) == 0


def test_ticket_binds_to_the_first_phone(room: Room, phones: PhoneFactory) -> None:
    ticket = room.ws.tickets.issue(room.meeting.id, 1)[0]
    poll = room.polls["yna"]
    room.ws.polls.open(poll.id)
    base = room.url.split("/m/")[0]
    first = phones()
    first.goto(f"{base}/t/{ticket.code}")
    expect(first.get_by_text("Ticket n° 1 validé")).to_be_visible()
    assert "#" not in first.url and ticket.code not in first.url
    first.get_by_role("button", name="Oui").tap()
    expect(first.get_by_text(SAVED)).to_be_visible()
    second = phones()
    second.goto(f"{base}/t/{ticket.code}")
    expect(second.get_by_text("déjà été utilisé sur un autre téléphone")).to_be_visible()
    expect(second.get_by_label("Code du ticket")).to_be_visible()
    ballots = room.ws.ballots.for_poll(poll.id)
    assert [b.voter for b in ballots] == [f"ticket:{ticket.id}"]


def test_send_an_idea_and_upvote_in_brainstorm(room: Room, phones: PhoneFactory) -> None:
    page = phones()
    _open(page, room)
    page.get_by_label("Votre idée").fill("Des bacs à compost <b>partagés</b>")
    page.get_by_role("button", name="Envoyer l'idée").tap()
    expect(page.locator("main").get_by_text("Merci ! Votre idée a été transmise")).to_be_visible()
    assert [i.text for i in room.ws.ideas.pending(room.meeting.id)] == [
        "Des bacs à compost <b>partagés</b>"
    ]
    poll = room.polls["upvotes"]
    room.ws.polls.open(poll.id)
    support = page.get_by_role("button", name=re.compile("Un marché"))
    expect(support).to_have_attribute("aria-pressed", "false", timeout=10_000)
    support.tap()
    expect(page.get_by_role("button", name=re.compile("Un marché"))).to_have_attribute(
        "aria-pressed", "true"
    )
    assert room.ws.ballots.tally(poll.id).option(poll.options[1].id).votes == 1
    assert uuid.UUID(room.ws.ideas.pending(room.meeting.id)[0].id)


def test_wrong_code_page(room: Room, phones: PhoneFactory) -> None:
    page = phones()
    base = room.url.split("/m/")[0]
    page.goto(f"{base}/m/wrong-code/")
    expect(page.get_by_role("heading", name="Adresse inconnue")).to_be_visible()
