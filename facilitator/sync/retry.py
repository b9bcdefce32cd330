"""Capped exponential backoff with full jitter (tenacity), honouring the platform's
Retry-After; waits go through the injectable clock."""

from __future__ import annotations

from collections.abc import Callable

from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt
from tenacity.wait import wait_random_exponential

from facilitator.sync.clock import Clock
from facilitator.sync.errors import Transient
from facilitator.sync.events import SyncOptions


class _WaitHonouringRetryAfter:
    def __init__(self, options: SyncOptions) -> None:
        self._backoff = wait_random_exponential(
            multiplier=options.backoff_first, max=options.backoff_cap
        )

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, Transient) and exc.retry_after is not None:
            return exc.retry_after
        return float(self._backoff(state))


def retrying(
    clock: Clock, options: SyncOptions, on_retry: Callable[[Transient, float], None] | None = None
) -> Retrying:
    """A retry loop for one step; the last failure is raised after ``max_attempts``."""

    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        if on_retry is not None and isinstance(exc, Transient) and state.next_action:
            on_retry(exc, state.next_action.sleep)

    return Retrying(
        stop=stop_after_attempt(options.max_attempts),
        wait=_WaitHonouringRetryAfter(options),
        retry=retry_if_exception_type(Transient),
        sleep=clock.sleep,
        reraise=True,
        before_sleep=before_sleep,
    )
