"""The Sync section's background work: every network and storage call of sync runs on the
task runner, and comes back to the main thread by queued signal. Widgets are never touched
here.

Signals:
    progress(object): a :class:`~facilitator.sync.events.SyncEvent` of the running sync.
    sync_finished(object): the :class:`~facilitator.sync.events.SyncSummary` of a sync.
    sync_failed(object): the exception that stopped a sync (a ``FacilitatorError`` is an
        expected stop: offline, signed out, cancelled...).
    running_changed(bool): a sync started or ended.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from facilitator.domain.errors import FacilitatorError
from facilitator.storage.sync_state import SyncLink
from facilitator.sync import linking, platform, signin
from facilitator.sync.cancel import CancellableClock, CancelToken
from facilitator.sync.clock import Clock
from facilitator.sync.engine import SyncEngine
from facilitator.sync.errors import SignInNeeded
from facilitator.sync.events import SyncEvent, SyncOptions
from facilitator.sync.session import open_session
from facilitator.ui.session import Session

log = logging.getLogger(__name__)

ENV_CLIENT_ID = "FACILITATOR_DECIDIM_CLIENT_ID"


@dataclass(frozen=True, slots=True)
class PlatformInfo:
    """What the Sync section shows of a platform: its version, who we are, its spaces."""

    base: str
    version: platform.Version
    user: platform.User | None
    credentials: str | None  # "api", "oauth", "environment" or None
    spaces: tuple[platform.Space, ...]


class SyncDriver(QObject):
    progress = Signal(object)
    sync_finished = Signal(object)
    sync_failed = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: Time for the engine (tests share a fake clock with the stand-in platform).
        self.clock: Clock | None = None
        self.options = SyncOptions()
        self.timeout = 20.0
        self._token: CancelToken | None = None
        self._sign_in_stop: threading.Event | None = None

    @property
    def running(self) -> bool:
        return self._token is not None

    def _session_options(self) -> dict[str, Any]:
        return {"clock": self.clock, "timeout": self.timeout}

    def _run(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        def on_error(error: BaseException) -> None:
            if not isinstance(error, FacilitatorError):
                log.error("sync job failed", exc_info=error)
            failed(error)

        self.session.tasks.run(job, done, on_error)

    # -- the platform --------------------------------------------------------------------------

    def look(
        self,
        url: str,
        locale: str,
        done: Callable[[PlatformInfo], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Probe the platform, who we are on it, and its spaces (without their meetings)."""
        options = self._session_options()

        def job() -> PlatformInfo:
            with open_session(url, **options) as opened:
                version = platform.probe(opened.gql)
                user = platform.whoami(opened.gql) if opened.auth is not None else None
                if opened.auth is not None and not hasattr(opened.auth, "client_id"):
                    opened.sign_out()  # this look's API token
                spaces = tuple(platform.spaces(opened.gql, locale, with_meetings=False))
                return PlatformInfo(
                    opened.base, version, user, signin.credentials_kind(url), spaces
                )

        self._run(job, done, failed)

    def meetings(
        self,
        url: str,
        component: str,
        locale: str,
        done: Callable[[list[platform.RemoteMeeting]], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        options = self._session_options()

        def job() -> list[platform.RemoteMeeting]:
            with open_session(url, **options) as opened:
                return list(platform.meetings(opened.gql, component, locale))

        self._run(job, done, failed)

    def sign_in_with_api(
        self,
        url: str,
        key: str,
        secret: str,
        done: Callable[[platform.User], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        options = self._session_options()
        self._run(lambda: signin.with_api_credentials(url, key, secret, **options), done, failed)

    def sign_in_with_browser(
        self,
        url: str,
        client_id: str,
        done: Callable[[platform.User], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        options = self._session_options()
        stop = self._sign_in_stop = threading.Event()
        client = client_id or os.environ.get(ENV_CLIENT_ID, "")
        self._run(lambda: signin.with_browser(url, client, stop=stop, **options), done, failed)

    def stop_sign_in(self) -> None:
        if self._sign_in_stop is not None:
            self._sign_in_stop.set()

    def sign_out(
        self, url: str, done: Callable[[str | None], None], failed: Callable[[BaseException], None]
    ) -> None:
        options = self._session_options()
        self._run(lambda: signin.sign_out(url, **options), done, failed)

    def link(
        self,
        planned: SyncLink,
        done: Callable[[SyncLink], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Check the platform takes writes and the components are right; remember the link."""
        options = self._session_options()
        ws = self.session.ws

        def job() -> SyncLink:
            with open_session(planned.platform_url, **options) as opened:
                if opened.auth is None:
                    raise _not_signed_in(opened.base)
                try:
                    return linking.check_and_save(ws, opened, planned, planned.meeting_id[:8])
                finally:
                    if opened.auth is not None and not hasattr(opened.auth, "client_id"):
                        opened.sign_out()

        self._run(job, done, failed)

    # -- the sync itself -----------------------------------------------------------------------

    def start(self, meeting_id: str) -> bool:
        """Start syncing the (linked) meeting; False if a sync is already running."""
        if self._token is not None:
            return False
        token = self._token = CancelToken()
        clock = CancellableClock(token, self.clock)
        ws, options, timeout = self.session.ws, self.options, self.timeout
        link = ws.sync_state.link(meeting_id)
        if link is None:
            self._token = None
            return False

        def job() -> Any:
            with open_session(link.platform_url, clock=clock, timeout=timeout) as opened:
                if opened.auth is None:
                    raise _not_signed_in(opened.base)
                engine = SyncEngine(
                    ws,
                    opened.gql,
                    clock=clock,
                    on_event=self._emit,
                    options=options,
                    cancel=token,
                )
                try:
                    summary = engine.run(meeting_id)
                finally:
                    if opened.auth is not None and not hasattr(opened.auth, "client_id"):
                        try:
                            opened.sign_out()
                        except FacilitatorError:
                            pass
                summary.requests = opened.requests
                return summary

        def done(summary: object) -> None:
            self._token = None
            self.running_changed.emit(False)
            self.sync_finished.emit(summary)

        def failed(error: BaseException) -> None:
            self._token = None
            self.running_changed.emit(False)
            if not isinstance(error, FacilitatorError):
                log.error("sync failed", exc_info=error)
            self.sync_failed.emit(error)

        self.running_changed.emit(True)
        self.session.tasks.run(job, done, failed)
        return True

    def _emit(self, event: SyncEvent) -> None:
        # called on the sync's thread: the signal is queued to the section on the main thread
        self.progress.emit(event)

    def cancel(self, *, interrupted: bool = False) -> None:
        """Stop the running sync at its next step (``interrupted``: the app is closing, so the
        sync is offered again at the next start)."""
        if self._token is not None:
            self._token.cancel(interrupted=interrupted)
        self.stop_sign_in()


def _not_signed_in(base: str) -> SignInNeeded:
    return SignInNeeded(
        f"Not signed in to {base}: sign in first.",
        f"Pas connecté à {base} : connectez-vous d'abord.",
    )
