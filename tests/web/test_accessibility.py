"""axe-core (bundled by the axe-playwright-python package, so it works offline) on every view."""

from __future__ import annotations

import importlib.resources
import json

import pytest
from playwright.sync_api import Page, expect

from tests.lan.conftest import Room

from .conftest import PhoneFactory

pytestmark = pytest.mark.slow

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def _axe_source() -> str:
    try:
        files = importlib.resources.files("axe_playwright_python")
    except ModuleNotFoundError:
        pytest.fail(
            "axe-core is missing: pip install axe-playwright-python (it bundles axe.min.js)"
        )
    return (files / "axe.min.js").read_text(encoding="utf-8")


def _violations(page: Page) -> list[dict]:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: the page's strict CSP stays as it is.
        page.evaluate(_axe_source())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    assert len(result["passes"]) >= 10, "axe-core did not really check the page"
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["html"] for n in v["nodes"]][:3]}
        for v in result["violations"]
    ]


def _check(page: Page, view: str) -> None:
    violations = _violations(page)
    assert violations == [], f"{view}: {json.dumps(violations, ensure_ascii=False, indent=1)}"


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_every_view_passes_axe(room: Room, phones: PhoneFactory, locale: str) -> None:
    page = phones(locale)
    page.goto(room.url)
    expect(page.locator("#title")).to_have_text(room.meeting.title)
    _check(page, "waiting")
    for name in ("single", "approval", "dots", "mj", "yna", "upvotes"):
        poll = room.polls[name]
        room.ws.polls.open(poll.id)
        expect(page.get_by_role("heading", level=1)).to_have_text(poll.question, timeout=10_000)
        _check(page, name)
    # A confirmation with live results.
    room.ws.polls.open(room.polls["single"].id)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        room.polls["single"].question, timeout=10_000
    )
    page.get_by_role("button", name="Bois").tap()
    expect(page.locator(".res")).to_be_visible()
    _check(page, "confirmation and results")


def test_axe_finds_a_real_violation(room: Room, phones: PhoneFactory) -> None:
    """The check is not vacuous: a button with no name is reported."""
    page = phones()
    page.goto(room.url)
    expect(page.locator("#title")).to_have_text(room.meeting.title)
    page.evaluate("document.querySelector('main').appendChild(document.createElement('button'))")
    assert "button-name" in [v["id"] for v in _violations(page)]


def test_ticket_form_passes_axe(room: Room, phones: PhoneFactory) -> None:
    room.ws.tickets.issue(room.meeting.id, 1)
    page = phones()
    page.goto(room.url)
    expect(page.get_by_label("Code du ticket")).to_be_visible()
    _check(page, "ticket")
