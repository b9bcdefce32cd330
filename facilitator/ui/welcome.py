"""The first run: a short welcome on an empty workspace, and a guide through the first meeting.

The welcome shows while the workspace has no meeting and the user has not dismissed it. It
offers to create a first meeting (then the guide walks through it: three ideas, a poll of them,
phone voting, the projector), to try the demo meeting, or to skip. The guide is a line above
the meeting's sections that says the next step with a button doing it, and moves on as the
user does each step, however they do it (button, menu, shortcut).

Signals:
    WelcomeView.create_requested(): make the first meeting (the guide follows it).
    WelcomeView.demo_requested(): make the demo meeting.
    WelcomeView.dismissed(): skip; the welcome is not shown again.
    MeetingGuide.poll_requested(): make a poll of the ideas.
    MeetingGuide.phones_requested(): start phone voting.
    MeetingGuide.projector_requested(): show the projector.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.domain.model import IdeaStatus
from facilitator.ui import icons, style
from facilitator.ui.session import Session
from facilitator.ui.widgets import plain_label

#: Set once the welcome was skipped or used: it is not shown again.
WELCOME_DONE = "welcome/done"
#: The meeting the guide walks through (its id), "" when none.
GUIDED_MEETING = "welcome/guided-meeting"

#: How many ideas the guide asks for before the poll.
FIRST_IDEAS = 3


def should_welcome(session: Session) -> bool:
    """An empty workspace that was never welcomed (any meeting, even archived, means no)."""
    if session.settings.flag(WELCOME_DONE, False):
        return False
    return not session.ws.meetings.exist()


class WelcomeView(QWidget):
    create_requested = Signal()
    demo_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(style.GAP * 2)
        title = plain_label(self.tr("Welcome to Facilitator"))
        style.scaled(title, style.TITLE, bold=True)
        column.addWidget(title)
        intro = plain_label(
            self.tr(
                "Run a neighbourhood meeting: write down the ideas people say, let them vote "
                "with their phones, show the result on the projector. Your first meeting, in "
                "four steps:"
            )
        )
        intro.setWordWrap(True)
        style.scaled(intro, style.SECTION)
        column.addWidget(intro)
        steps = (
            ("calendar-plus", self.tr("Create the meeting: a title is enough.")),
            ("lightbulb", self.tr("Type three ideas, pressing Enter after each.")),
            ("vote", self.tr("Make a poll of them: one button.")),
            ("smartphone", self.tr("Start phone voting: people scan the code on the projector.")),
        )
        self.steps: list[QLabel] = []
        for number, (icon, text) in enumerate(steps, 1):
            row = QHBoxLayout()
            picture = QLabel()
            picture.setPixmap(icons.icon(icon).pixmap(32, 32))
            row.addWidget(picture)
            label = plain_label(f"{number}. {text}")
            style.scaled(label, style.SECTION)
            row.addWidget(label, 1)
            self.steps.append(label)
            column.addLayout(row)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(icons.icon("plus"), self.tr("&Create my first meeting"))
        style.make_primary(self.create_button)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button = QPushButton(icons.icon("sparkles"), self.tr("&Try the demo meeting"))
        self.demo_button.setToolTip(
            self.tr("A realistic meeting with ideas and polls, to look around first")
        )
        self.demo_button.clicked.connect(self.demo_requested)
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.setToolTip(self.tr("Go to the list of meetings; this is not shown again"))
        self.skip_button.clicked.connect(self.dismissed)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        column.addLayout(buttons)
        holder = QHBoxLayout()
        holder.addStretch(1)
        holder.addLayout(column, 3)
        holder.addStretch(1)
        outer.addLayout(holder)
        outer.addStretch(2)
        self.setFocusProxy(self.create_button)

    def dismiss(self) -> None:
        self.dismissed.emit()


class MeetingGuide(QFrame):
    """The next step of the first meeting, above its sections, until the meeting is projected."""

    poll_requested = Signal()
    phones_requested = Signal()
    projector_requested = Signal()

    IDEAS, POLL, PHONES, PROJECTOR, DONE = range(5)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        self.step = self.DONE
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Next step"))
        layout = QHBoxLayout(self)
        self.icon = QLabel()
        layout.addWidget(self.icon)
        self.text = plain_label()
        self.text.setWordWrap(True)
        style.scaled(self.text, style.SECTION, bold=True)
        layout.addWidget(self.text, 1)
        self.button = QPushButton()
        style.make_primary(self.button)
        self.button.clicked.connect(self._act)
        layout.addWidget(self.button)
        self.close_button = QPushButton(self.tr("Hide the guide"))
        self.close_button.clicked.connect(self.finish)
        layout.addWidget(self.close_button)
        self.hide()

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        guided = self.session.settings.text(GUIDED_MEETING)
        if meeting_id is None or meeting_id != guided:
            self.step = self.DONE
            self.hide()
            return
        self.update_step()

    def update_step(self) -> None:
        """Move on to the first step not done yet (however the user did the others)."""
        if self.meeting_id is None or self.meeting_id != self.session.settings.text(GUIDED_MEETING):
            return
        ws = self.session.ws
        ideas = ws.ideas.for_meeting(self.meeting_id, [IdeaStatus.KEPT])
        polls = ws.polls.for_meeting(self.meeting_id)
        phones = (
            self.session.phone_server is not None
            and self.session.phone_meeting_id == self.meeting_id
        )
        if len(ideas) < FIRST_IDEAS and not polls:
            step = self.IDEAS
        elif not polls:
            step = self.POLL
        elif not phones:
            step = self.PHONES
        elif self.step < self.PROJECTOR:
            step = self.PROJECTOR
        else:
            step = self.step
        self._show(step, len(ideas))

    def projected(self) -> None:
        """The projector was shown: the last step is done."""
        if self.step == self.PROJECTOR:
            self._show(self.DONE, 0)

    def _show(self, step: int, ideas: int) -> None:
        self.step = step
        texts = {
            self.IDEAS: (
                "lightbulb",
                self.tr(
                    "Step 2 of 4: type an idea in the line below and press Enter. "
                    "%1 of 3 ideas so far."
                ).replace("%1", str(min(ideas, FIRST_IDEAS))),
                "",
            ),
            self.POLL: (
                "vote",
                self.tr("Step 3 of 4: make a poll of these ideas, for people to choose."),
                self.tr("&Make a poll of the ideas"),
            ),
            self.PHONES: (
                "smartphone",
                self.tr(
                    "Step 4 of 4: start phone voting: the poll opens and phones can join "
                    "(the button does both)."
                ),
                self.tr("&Start phone voting"),
            ),
            self.PROJECTOR: (
                "presentation",
                self.tr(
                    "Now show the projector: people scan its code and vote. Close the poll "
                    "(F7) and reveal the results (F8) when everyone has voted."
                ),
                self.tr("Show the &projector"),
            ),
            self.DONE: (
                "check",
                self.tr(
                    "Your first meeting is running. When everyone has voted: close the poll "
                    "(F7), then reveal the results (F8). The Help menu has the shortcuts and the "
                    "guide."
                ),
                "",
            ),
        }
        icon, text, button = texts[step]
        self.icon.setPixmap(icons.icon(icon).pixmap(24, 24))
        self.text.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.show()

    def _act(self) -> None:
        if self.step == self.POLL:
            self.poll_requested.emit()
        elif self.step == self.PHONES:
            self.phones_requested.emit()
        elif self.step == self.PROJECTOR:
            self.projector_requested.emit()

    def finish(self) -> None:
        self.session.settings.set(GUIDED_MEETING, "")
        self.step = self.DONE
        self.hide()
