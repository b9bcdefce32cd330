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


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def method_name(method: PollMethod) -> str:
    return {
        PollMethod.SINGLE: _t("Single choice"),
        PollMethod.APPROVAL: _t("Approval"),
        PollMethod.YES_NO_ABSTAIN: _t("Yes / no / abstain"),
        PollMethod.DOTS: _t("Dots"),
        PollMethod.MAJORITY_JUDGMENT: _t("Majority judgment"),
        PollMethod.UPVOTES: _t("Upvotes"),
    }[method]


def method_hint(method: PollMethod) -> str:
    return {
        PollMethod.SINGLE: _t("Each person picks one option; the most votes wins."),
        PollMethod.APPROVAL: _t("Each person picks every option they accept."),
        PollMethod.YES_NO_ABSTAIN: _t("One question, answered yes, no or abstain."),
        PollMethod.DOTS: _t("Each person spreads a number of points between the options."),
        PollMethod.MAJORITY_JUDGMENT: _t(
            "Each person grades every option; the best majority grade wins."
        ),
        PollMethod.UPVOTES: _t("People support the ideas they like; ideas are ranked."),
    }[method]


def poll_state_name(state: PollState) -> str:
    return {
        PollState.DRAFT: _t("Draft"),
        PollState.OPEN: _t("Open"),
        PollState.CLOSED: _t("Closed"),
    }[state]


def meeting_status_name(status: MeetingStatus) -> str:
    return {
        MeetingStatus.DRAFT: _t("In preparation"),
        MeetingStatus.OPEN: _t("In progress"),
        MeetingStatus.CLOSED: _t("Finished"),
    }[status]


def source_name(source: IdeaSource) -> str:
    return {
        IdeaSource.SPOKESPERSON: _t("Spokesperson"),
        IdeaSource.PHONE: _t("Phone"),
        IdeaSource.PAPER: _t("Paper"),
    }[source]


def status_name(status: IdeaStatus) -> str:
    return {
        IdeaStatus.KEPT: _t("Kept"),
        IdeaStatus.MERGED: _t("Merged"),
        IdeaStatus.HIDDEN: _t("Hidden"),
        IdeaStatus.PENDING: _t("Waiting"),
        IdeaStatus.REJECTED: _t("Rejected"),
    }[status]


def channel_name(channel: Channel) -> str:
    return {
        Channel.PHONE: _t("Phones"),
        Channel.TICKET: _t("Tickets"),
        Channel.PAPER: _t("Paper"),
        Channel.SHOW_OF_HANDS: _t("Show of hands"),
    }[channel]


def answer_name(answer: str) -> str:
    return {"yes": _t("Yes"), "no": _t("No"), "abstain": _t("Abstain")}.get(answer, answer)


def grade_name(grade: str) -> str:
    """The standard French grades in the interface language; custom grades as they are."""
    names = {
        "Excellent": _t("Excellent"),
        "Très bien": _t("Very good"),
        "Bien": _t("Good"),
        "Assez bien": _t("Fairly good"),
        "Passable": _t("Passable"),
        "Insuffisant": _t("Insufficient"),
        "À rejeter": _t("Reject"),
    }
    return names.get(grade, grade)


def qdatetime(value: datetime) -> QDateTime:
    """A timezone-aware datetime as a QDateTime in local time."""
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
