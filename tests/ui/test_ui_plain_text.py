"""Text people typed shows literally everywhere: Qt labels default to rich text, ours do not."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.domain.model import Idea, IdeaSource, Meeting, Poll, PollMethod, PollOption
from facilitator.ui.main_window import MainWindow
from facilitator.ui.session import Session

HOSTILE = ("<b>x</b>", "<img src=x>", '<a href="http://evil">clic</a>')


def _labels_showing(widget: QWidget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def _assert_plain(widget: QWidget) -> None:
    for label in widget.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() is Qt.TextFormat.PlainText, label.text()


def test_hostile_text_shows_literally(qtbot, window: MainWindow, session: Session) -> None:
    meeting = session.ws.meetings.create(
        Meeting(title=HOSTILE[0], neighbourhood=HOSTILE[1], place=HOSTILE[2])
    )
    for text in HOSTILE:
        session.ws.ideas.add(Idea(meeting_id=meeting.id, text=text, theme="<i>t</i>"))
        session.ws.ideas.add(Idea(meeting_id=meeting.id, text=text, source=IdeaSource.PHONE))
    poll = session.ws.polls.create(
        Poll(
            meeting_id=meeting.id,
            question=HOSTILE[1],
            method=PollMethod.SINGLE,
            options=tuple(PollOption(label=t) for t in HOSTILE),
        )
    )
    session.ws.polls.open(poll.id)
    session.ws.polls.reveal(poll.id)
    window.meetings.refresh()
    assert window.meetings.model.index(0, 0).data() == HOSTILE[0]
    window.open_meeting(meeting.id)
    assert window.meeting.title.text() == HOSTILE[0]
    assert _labels_showing(window, HOSTILE[0])
    _assert_plain(window)

    ideas = window.meeting.ideas
    shown = [ideas.shown.index(r, 0).data() for r in range(ideas.shown.rowCount())]
    assert shown == list(HOSTILE)
    # merged texts appear in a tooltip: rich text (Qt wraps it), every text in it escaped
    ideas.select_ideas([ideas.model.idea(0).id, ideas.model.idea(2).id])
    ideas.merge_selected()
    qtbot.waitUntil(lambda: not session.busy)
    tooltip = ideas.shown.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=x&gt;" in tooltip and "<img" not in tooltip

    window.meeting.tabs.setCurrentWidget(window.meeting.polls)
    window.meeting.polls.select_poll(poll.id)
    assert window.meeting.polls.question.text() == HOSTILE[1]
    _assert_plain(window)

    # the projector, with a phone server address that is itself hostile
    session.phone_server = SimpleNamespace(join_url="http://10.0.0.2:8000/j/<b>x</b>", address=None)
    session.phone_meeting_id = meeting.id
    window.show_projector()
    projector = window.projector
    qtbot.waitExposed(projector)
    qtbot.waitUntil(lambda: projector.question.text() == HOSTILE[1])
    assert projector.qr.has_code()
    _assert_plain(projector)
    session.phone_server = None
    projector.close()


def test_crash_dialog_report_is_plain(qtbot) -> None:
    from facilitator.ui.crash import CrashDialog, crash_report

    try:
        raise RuntimeError("<b>boom</b>")
    except RuntimeError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    dialog = CrashDialog(report, None)
    qtbot.addWidget(dialog)
    assert "<b>boom</b>" in dialog.report.toPlainText()
    dialog.copy_report()
    from PySide6.QtGui import QGuiApplication

    assert "RuntimeError" in QGuiApplication.clipboard().text()


def test_expected_errors_reach_the_message_bridge(qtbot) -> None:
    import sys

    from facilitator.domain.errors import ValidationError
    from facilitator.ui.crash import install_hook

    shown: list[str] = []
    previous = sys.excepthook
    try:
        hook = install_hook(None, lambda error: shown.append(error.text("en")))
        hook(ValidationError, ValidationError("A poll needs a question."), None)
    finally:
        sys.excepthook = previous
    assert shown == ["A poll needs a question."]


def test_unexpected_errors_open_the_crash_dialog(qtbot, monkeypatch) -> None:
    import logging
    import sys

    from PySide6.QtCore import QTimer

    from facilitator.ui import crash

    reports: list[str] = []
    monkeypatch.setattr(
        crash.CrashDialog, "exec", lambda self: reports.append(self.report.toPlainText()) or 0
    )
    monkeypatch.setattr(logging.getLogger("facilitator.ui.crash"), "disabled", True)
    previous = sys.excepthook
    try:
        crash.install_hook(None, lambda error: None)

        def boom() -> None:
            raise RuntimeError("boom in a slot")

        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: bool(reports), timeout=3000)
    finally:
        sys.excepthook = previous
    assert "RuntimeError: boom in a slot" in reports[0]
