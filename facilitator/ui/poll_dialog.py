"""The dialog that makes a poll: a method, its template, options typed or taken from ideas."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.errors import ValidationError
from facilitator.domain.model import (
    COUNTDOWN_RANGE,
    FRENCH_GRADES,
    Idea,
    Poll,
    PollMethod,
    PollOption,
    PollParams,
    PollState,
    ResultsVisibility,
)
from facilitator.ui import labels


class CountdownBox(QSpinBox):
    """A countdown in minutes and seconds ("1:30"), by steps of 15 s; 0 is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        low, high = COUNTDOWN_RANGE
        self.setRange(0, high)
        self.setSingleStep(15)
        self._low = low

    def textFromValue(self, value: int) -> str:
        return f"{value // 60}:{value % 60:02d}"

    def valueFromText(self, text: str) -> int:
        minutes, _, seconds = text.strip().partition(":")
        try:
            value = int(minutes or 0) * 60 + int(seconds or 0) if seconds else int(minutes) * 60
        except ValueError:
            return self.value()
        return value if value == 0 else max(self._low, value)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        stripped = text.strip()
        if stripped == self.specialValueText() or all(c.isdigit() or c == ":" for c in stripped):
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Invalid, text, pos


class PollDialog(QDialog):
    """Fill in a poll. Opened with ``open()`` (never a nested event loop); read :meth:`poll`
    once ``accepted`` fires."""

    def __init__(
        self,
        meeting_id: str,
        ideas: Sequence[Idea] = (),
        parent: QWidget | None = None,
        *,
        original: Poll | None = None,
    ) -> None:
        super().__init__(parent)
        self.meeting_id = meeting_id
        self.ideas = list(ideas)
        #: The poll being edited (None for a new one).
        self.original = original
        self._poll: Poll | None = None
        self._template_question = ""
        self._template_options = ""
        self.setWindowTitle(
            self.tr("Poll from %n idea(s)", "", len(self.ideas))
            if self.ideas
            else self.tr("New poll")
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Voting method"))
        methods = list(PollMethod)
        if self.ideas:
            methods = [m for m in methods if m is not PollMethod.YES_NO_ABSTAIN]
        for method in methods:
            self.method.addItem(labels.method_name(method), method)
        self.method.currentIndexChanged.connect(self._method_changed)
        form.addRow(self.tr("&Method:"), self.method)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        form.addRow("", self.hint)
        self.question = QLineEdit()
        self.question.setAccessibleName(self.tr("Question"))
        form.addRow(self.tr("&Question:"), self.question)
        self.options = QPlainTextEdit()
        self.options.setAccessibleName(self.tr("Options, one per line"))
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options.setTabChangesFocus(True)
        self.options_label = QLabel(self.tr("&Options:"))
        self.options_label.setBuddy(self.options)
        form.addRow(self.options_label, self.options)
        if self.ideas:
            self.options.setPlainText("\n".join(i.text for i in self.ideas))
            self.options.setReadOnly(True)
            self.options.setToolTip(self.tr("The options are the selected ideas."))
        self.max_choices = QSpinBox()
        self.max_choices.setRange(0, 50)
        self.max_choices.setSpecialValueText(self.tr("no limit"))
        self.max_choices.setAccessibleName(self.tr("Most options a voter may choose"))
        self.max_choices_label = QLabel(self.tr("Choices per voter, at most:"))
        form.addRow(self.max_choices_label, self.max_choices)
        self.points = QSpinBox()
        self.points.setRange(1, 100)
        self.points.setValue(5)
        self.points.setAccessibleName(self.tr("Points per voter"))
        self.points_label = QLabel(self.tr("Points per voter:"))
        form.addRow(self.points_label, self.points)
        self.max_per_option = QSpinBox()
        self.max_per_option.setRange(0, 100)
        self.max_per_option.setSpecialValueText(self.tr("no limit"))
        self.max_per_option.setAccessibleName(self.tr("Most points on one option"))
        self.max_per_option_label = QLabel(self.tr("Points on one option, at most:"))
        form.addRow(self.max_per_option_label, self.max_per_option)
        self.grades = QPlainTextEdit("\n".join(FRENCH_GRADES))
        self.grades.setAccessibleName(self.tr("Grades, best first, one per line"))
        self.grades.setTabChangesFocus(True)
        self.grades.setMaximumHeight(150)
        self.grades_label = QLabel(self.tr("Grades, best first:"))
        form.addRow(self.grades_label, self.grades)
        self.hidden_results = QCheckBox(self.tr("Hide the results until I reveal them"))
        form.addRow("", self.hidden_results)
        self.countdown = CountdownBox()
        self.countdown.setSpecialValueText(self.tr("none: I close it myself"))
        self.countdown.setAccessibleName(self.tr("Countdown, minutes and seconds"))
        self.countdown.setToolTip(
            self.tr(
                "Shown on the projector and the phones once the poll opens; the poll closes "
                "when it runs out."
            )
        )
        form.addRow(self.tr("Coun&tdown:"), self.countdown)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the poll"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._method_changed()
        if original is not None:
            self._fill_from(original)

    def _fill_from(self, poll: Poll) -> None:
        """Edit an existing poll: once it has opened, only its question and visibility change."""
        self.setWindowTitle(self.tr("Edit poll"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.set_method(poll.method)
        self.question.setText(poll.question)
        self.options.setPlainText("\n".join(o.label for o in poll.options))
        self.max_choices.setValue(poll.params.max_choices or 0)
        self.points.setValue(poll.params.points)
        self.max_per_option.setValue(poll.params.max_per_option or 0)
        self.grades.setPlainText("\n".join(poll.params.grades))
        self.hidden_results.setChecked(poll.visibility is ResultsVisibility.HIDDEN)
        self.countdown.setValue(poll.params.countdown or 0)
        if poll.state is not PollState.DRAFT:
            for widget in (
                self.method,
                self.max_choices,
                self.points,
                self.max_per_option,
                self.countdown,
            ):
                widget.setEnabled(False)
            self.options.setReadOnly(True)
            self.grades.setReadOnly(True)
            self.hint.setText(
                self.tr("This poll has opened: only its question and visibility can change.")
            )

    def set_method(self, method: PollMethod) -> None:
        index = self.method.findData(method)
        if index >= 0:
            self.method.setCurrentIndex(index)

    def _templates(self, method: PollMethod) -> tuple[str, str]:
        if self.ideas:
            questions = {
                PollMethod.SINGLE: self.tr("Which idea should come first?"),
                PollMethod.APPROVAL: self.tr("Which ideas do you support?"),
                PollMethod.DOTS: self.tr("Spread your points between the ideas"),
                PollMethod.MAJORITY_JUDGMENT: self.tr("How do you judge each idea?"),
                PollMethod.UPVOTES: self.tr("Support the ideas that matter to you"),
            }
            return questions.get(method, ""), ""
        return {
            PollMethod.SINGLE: (
                self.tr("Which option do you prefer?"),
                self.tr("Option A\nOption B"),
            ),
            PollMethod.APPROVAL: (
                self.tr("Which options do you accept?"),
                self.tr("Option A\nOption B\nOption C"),
            ),
            PollMethod.YES_NO_ABSTAIN: (self.tr("Do you agree with the proposal?"), ""),
            PollMethod.DOTS: (
                self.tr("Spread your points between the priorities"),
                self.tr("Priority A\nPriority B\nPriority C"),
            ),
            PollMethod.MAJORITY_JUDGMENT: (
                self.tr("How do you judge each project?"),
                self.tr("Project A\nProject B\nProject C"),
            ),
            PollMethod.UPVOTES: (self.tr("Which ideas matter most to you?"), ""),
        }[method]

    def _method_changed(self) -> None:
        method = self.current_method()
        self.hint.setText(labels.method_hint(method))
        question, options = self._templates(method)
        # the template fills in what the user has not typed themselves
        if self.question.text() in ("", self._template_question):
            self.question.setText(question)
        self._template_question = question
        if not self.ideas:
            if self.options.toPlainText() in ("", self._template_options):
                self.options.setPlainText(options)
            self._template_options = options
        choices = method in (PollMethod.APPROVAL, PollMethod.UPVOTES)
        dots = method is PollMethod.DOTS
        judgment = method is PollMethod.MAJORITY_JUDGMENT
        no_options = method is PollMethod.YES_NO_ABSTAIN
        widget: QWidget
        for widget in (self.max_choices, self.max_choices_label):
            widget.setVisible(choices)
        for widget in (
            self.points,
            self.points_label,
            self.max_per_option,
            self.max_per_option_label,
        ):
            widget.setVisible(dots)
        for widget in (self.grades, self.grades_label):
            widget.setVisible(judgment)
        for widget in (self.options, self.options_label):
            widget.setVisible(not no_options)
        self.error.clear()

    def current_method(self) -> PollMethod:
        method = self.method.currentData()  # Qt hands enum data back as plain strings
        return PollMethod(method) if method else PollMethod.SINGLE

    def build(self) -> Poll:
        """The poll as filled in, validated (raises :class:`ValidationError`)."""
        method = self.current_method()
        original = self.original
        if method is PollMethod.YES_NO_ABSTAIN:
            options: tuple[PollOption, ...] = ()
        elif original is not None:
            # options keep their identity (and their link to an idea) while their text is kept
            lines = [line.strip() for line in self.options.toPlainText().splitlines()]
            kept = list(original.options)
            options = tuple(
                kept[i] if i < len(kept) and kept[i].label == line else PollOption(label=line)
                for i, line in enumerate(line for line in lines if line)
            )
        elif self.ideas:
            options = tuple(PollOption(label=i.text, idea_id=i.id) for i in self.ideas)
        else:
            lines = [line.strip() for line in self.options.toPlainText().splitlines()]
            options = tuple(PollOption(label=line) for line in lines if line)
        grades = tuple(
            line.strip() for line in self.grades.toPlainText().splitlines() if line.strip()
        )
        params = PollParams(
            max_choices=self.max_choices.value() or None,
            points=self.points.value(),
            max_per_option=self.max_per_option.value() or None,
            grades=grades or FRENCH_GRADES,
            countdown=self.countdown.value() or None,
        )
        if original is not None:
            if original.state is not PollState.DRAFT:
                params, options = original.params, original.options
            edited = replace(
                original,
                question=self.question.text(),
                method=method,
                options=options,
                params=params,
                visibility=(
                    ResultsVisibility.HIDDEN
                    if self.hidden_results.isChecked()
                    else ResultsVisibility.LIVE
                ),
            )
            return edited.validated()
        poll = Poll(
            meeting_id=self.meeting_id,
            question=self.question.text(),
            method=method,
            options=options,
            params=params,
            visibility=(
                ResultsVisibility.HIDDEN
                if self.hidden_results.isChecked()
                else ResultsVisibility.LIVE
            ),
        )
        return poll.validated()

    def accept(self) -> None:
        try:
            self._poll = self.build()
        except ValidationError as error:
            self.error.setText(error.text())
            return
        super().accept()

    def poll(self) -> Poll | None:
        return self._poll
