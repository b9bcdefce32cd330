"""Words for the domain's enums, in the interface language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime

from facilitator.domain.model import (
    Channel,
    IdeaSource,
    IdeaStatus,
    MeetingStatus,
    PollMethod,
    PollState,
)


def method_name(method: PollMethod) -> str:
    return {
        PollMethod.SINGLE: QCoreApplication.translate("Labels", "Single choice"),
        PollMethod.APPROVAL: QCoreApplication.translate("Labels", "Approval"),
        PollMethod.YES_NO_ABSTAIN: QCoreApplication.translate("Labels", "Yes / no / abstain"),
        PollMethod.DOTS: QCoreApplication.translate("Labels", "Dots"),
        PollMethod.MAJORITY_JUDGMENT: QCoreApplication.translate("Labels", "Majority judgment"),
        PollMethod.UPVOTES: QCoreApplication.translate("Labels", "Upvotes"),
    }[method]


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
    return {
        PollState.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        PollState.OPEN: QCoreApplication.translate("Labels", "Open"),
        PollState.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[state]


def meeting_status_name(status: MeetingStatus) -> str:
    return {
        MeetingStatus.DRAFT: QCoreApplication.translate("Labels", "In preparation"),
        MeetingStatus.OPEN: QCoreApplication.translate("Labels", "In progress"),
        MeetingStatus.CLOSED: QCoreApplication.translate("Labels", "Finished"),
    }[status]


def source_name(source: IdeaSource) -> str:
    return {
        IdeaSource.SPOKESPERSON: QCoreApplication.translate("Labels", "Spokesperson"),
        IdeaSource.PHONE: QCoreApplication.translate("Labels", "Phone"),
        IdeaSource.PAPER: QCoreApplication.translate("Labels", "Paper"),
    }[source]


def status_name(status: IdeaStatus) -> str:
    return {
        IdeaStatus.KEPT: QCoreApplication.translate("Labels", "Kept"),
        IdeaStatus.MERGED: QCoreApplication.translate("Labels", "Merged"),
        IdeaStatus.HIDDEN: QCoreApplication.translate("Labels", "Hidden"),
        IdeaStatus.PENDING: QCoreApplication.translate("Labels", "Waiting"),
        IdeaStatus.REJECTED: QCoreApplication.translate("Labels", "Rejected"),
    }[status]


def channel_name(channel: Channel) -> str:
    return {
        Channel.PHONE: QCoreApplication.translate("Labels", "Phones"),
        Channel.TICKET: QCoreApplication.translate("Labels", "Tickets"),
        Channel.PAPER: QCoreApplication.translate("Labels", "Paper"),
        Channel.SHOW_OF_HANDS: QCoreApplication.translate("Labels", "Show of hands"),
    }[channel]


def answer_name(answer: str) -> str:
    return {
        "yes": QCoreApplication.translate("Labels", "Yes"),
        "no": QCoreApplication.translate("Labels", "No"),
        "abstain": QCoreApplication.translate("Labels", "Abstain"),
    }.get(answer, answer)


def grade_name(grade: str) -> str:
    """The standard French grades in the interface language; custom grades as they are."""
    names = {
        "Excellent": QCoreApplication.translate("Labels", "Excellent"),
        "Très bien": QCoreApplication.translate("Labels", "Very good"),
        "Bien": QCoreApplication.translate("Labels", "Good"),
        "Assez bien": QCoreApplication.translate("Labels", "Fairly good"),
        "Passable": QCoreApplication.translate("Labels", "Passable"),
        "Insuffisant": QCoreApplication.translate("Labels", "Insufficient"),
        "À rejeter": QCoreApplication.translate("Labels", "Reject"),
    }
    return names.get(grade, grade)


def qdatetime(value: datetime) -> QDateTime:
    """A timezone-aware datetime as a QDateTime in local time."""
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
