"""Words for the domain's values in the interface language.

They come straight from the one table of terms (``domain/terms.py``) in the language the
interface runs in, not from Qt's catalogue: a second copy of each French word in the ``.ts``
file is how the app, the workbook and the phone came to say different things. Qt's catalogue
keeps the sentences that belong to the app alone (the methods' hints below).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime

from facilitator.domain import terms
from facilitator.domain.errors import current_language
from facilitator.domain.model import (
    Channel,
    IdeaSource,
    IdeaStatus,
    MeetingStatus,
    PollMethod,
    PollState,
)
from facilitator.domain.voting import ShareBase


def method_name(method: PollMethod) -> str:
    return terms.method(method, current_language())


def method_hint(method: PollMethod) -> str:
    return {
        PollMethod.SINGLE: QCoreApplication.translate(
            "Labels", "Each person picks one option; the most votes wins."
        ),
        PollMethod.APPROVAL: QCoreApplication.translate(
            "Labels", "Each person picks every option they accept."
        ),
        PollMethod.YES_NO_ABSTAIN: QCoreApplication.translate(
            "Labels", "One question, answered yes, no or abstain."
        ),
        PollMethod.DOTS: QCoreApplication.translate(
            "Labels", "Each person spreads a number of points between the options."
        ),
        PollMethod.MAJORITY_JUDGMENT: QCoreApplication.translate(
            "Labels", "Each person grades every option; the best majority grade wins."
        ),
        PollMethod.UPVOTES: QCoreApplication.translate(
            "Labels", "People support the ideas they like; ideas are ranked."
        ),
    }[method]


def poll_state_name(state: PollState) -> str:
    return terms.poll_state(state, current_language())


def meeting_status_name(status: MeetingStatus) -> str:
    return terms.meeting_status(status, current_language())


def source_name(source: IdeaSource) -> str:
    return terms.source(source, current_language())


def status_name(status: IdeaStatus) -> str:
    return terms.idea_status(status, current_language())


def channel_name(channel: Channel) -> str:
    return terms.channel(channel, current_language())


def answer_name(answer: str) -> str:
    return terms.answer(answer, current_language())


def grade_name(grade: str) -> str:
    """The standard French grades in the interface language; custom grades as they are."""
    return terms.grade(grade, current_language())


def share_base_name(base: ShareBase) -> str:
    return terms.share_base(base, current_language())


def note_text(code: str) -> str:
    return terms.note(code, current_language())


def word(key: str) -> str:
    return terms.word(key, current_language())


def count(key: str, n: int) -> str:
    """``n`` with its noun ("3 voters"), from the table of terms."""
    return terms.count(key, n, current_language())


def qdatetime(value: datetime) -> QDateTime:
    """A timezone-aware datetime as a QDateTime in local time."""
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
