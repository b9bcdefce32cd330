"""At start, a sync cut off by a crash, a closed lid or quitting the app is offered again: a
non-modal question that opens the meeting's Sync section and resumes it."""

from __future__ import annotations

import logging
from typing import Any

from facilitator.domain.errors import FacilitatorError
from facilitator.sync.runs import interrupted
from facilitator.ui.session import Session

log = logging.getLogger(__name__)


def offer_resume(window: Any) -> Any:
    """At start: a sync cut off by a crash or a closed lid is offered again. Returns the
    question (a non-modal message box) or None."""
    from PySide6.QtWidgets import QMessageBox

    session: Session = window.session
    try:
        runs = interrupted(session.ws)
        titles = [session.ws.meetings.get(r.meeting_id).title for r in runs]
    except FacilitatorError as error:
        log.warning("cannot read interrupted syncs: %s", error.en)
        return None
    if not runs:
        return None
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(window.tr("Facilitator"))
    box.setText(window.tr("A sync was interrupted — resume it? (%1)").replace("%1", titles[0]))
    box.setInformativeText(
        window.tr(
            "Nothing was lost and nothing will be sent twice: it carries on where it stopped."
        )
    )
    resume = box.addButton(window.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(window.tr("&Later"), QMessageBox.ButtonRole.RejectRole)

    def chosen(_result: int) -> None:
        if box.clickedButton() is resume:
            window.open_meeting(runs[0].meeting_id)
            window.meeting.tabs.setCurrentIndex(window.meeting.SYNC)
            window.meeting.sync.start_sync()

    box.finished.connect(chosen)
    box.open()
    return box
