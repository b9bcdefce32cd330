"""Real headless Chromium (Debian's) driven by Playwright, with a phone viewport."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from facilitator.domain.model import Meeting
from facilitator.lan.limits import Limits
from facilitator.lan.server import PhoneServer
from facilitator.storage import Workspace
from tests.lan.conftest import Room, make_polls

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            "Chromium is missing: install Debian's chromium package (apt-get install chromium)"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


PhoneFactory = Callable[..., Page]


@pytest.fixture
def phones(browser: Browser) -> Iterator[PhoneFactory]:
    """Make phones: each one a separate browser context (its own cookies and storage)."""
    contexts: list[BrowserContext] = []

    def make(locale: str = "fr-FR", width: int = 390) -> Page:
        """A phone; ``width`` in CSS pixels (320: the narrowest phones still in use)."""
        context = browser.new_context(
            locale=locale, **{**PHONE, "viewport": {"width": width, "height": 844}}
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on(
            "console",
            lambda msg: errors.append(msg.text) if msg.type == "error" else None,
        )
        page.errors = errors  # type: ignore[attr-defined]
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def meeting(ws: Workspace) -> Meeting:
    return ws.meetings.create(Meeting(title='Réunion <b>du</b> quartier & "Sud"'))


@pytest.fixture
def room(ws: Workspace, meeting: Meeting) -> Iterator[Room]:
    polls = make_polls(ws, meeting.id)
    server = PhoneServer(ws, meeting.id, host="127.0.0.1", limits=Limits())
    url = server.start()
    try:
        yield Room(ws, meeting, polls, server, url)
    finally:
        server.stop()
