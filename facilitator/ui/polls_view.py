"""The Polls section: create, open, close and reveal polls, type in counts, read the tally."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import Idea, Poll, PollMethod, PollState
from facilitator.domain.voting import Tally
from facilitator.storage.changes import Changes
from facilitator.ui import charts, commands, icons, labels, style
from facilitator.ui.badges import BadgeDelegate
from facilitator.ui.charts import ResultsChart
from facilitator.ui.countdown import time_left_text
from facilitator.ui.counts_panel import CountsPanel
from facilitator.ui.poll_dialog import PollDialog
from facilitator.ui.poll_models import (
    PollColumn,
    PollListModel,
    TallyColumn,
    TallyModel,
    turnout_text,
)
from facilitator.ui.session import Session
from facilitator.ui.widgets import fit_rows, keep_words_whole, plain_label

#: The polls list's columns that keep the width of their words; and the question's least.
_FITTED = (PollColumn.METHOD, PollColumn.STATE, PollColumn.BALLOTS)
QUESTION_MIN_WIDTH = 160

#: What a poll's list and tally are made of.
POLL_KINDS = ("poll", "option", "ballot", "count")


class PollsView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        self.polls = PollListModel(self)
        self.tally = TallyModel(self)
        self.dialog: PollDialog | None = None
        self._poll: Poll | None = None
        self._build()
        self._build_actions()
        self._show_poll(None)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setModel(self.polls)
        self.table.setAccessibleName(self.tr("Polls"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # the question wraps on as many lines as it needs; the other columns fit their words
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(PollColumn.STATE, BadgeDelegate(self.table))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PollColumn.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        keep_words_whole(self.table, _FITTED, QUESTION_MIN_WIDTH)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        left_layout.addWidget(self.table)
        row = QHBoxLayout()
        self.new_button = QPushButton(icons.icon("plus"), self.tr("&New poll…"))
        self.new_button.setAccessibleName(self.tr("New poll"))
        self.new_button.clicked.connect(lambda: self.new_poll())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the poll"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the poll"))
        self.delete_button.clicked.connect(self.delete_current)
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.question = plain_label()
        style.scaled(self.question, style.HEADING, bold=True)
        self.question.setAccessibleName(self.tr("Question"))
        right_layout.addWidget(self.question)
        self.details = plain_label()
        right_layout.addWidget(self.details)
        state_row = QHBoxLayout()
        self.open_button = QPushButton(icons.icon("play"), self.tr("Open voting"))
        style.make_primary(self.open_button)
        self.open_button.clicked.connect(self.open_current)
        self.close_button = QPushButton(icons.icon("circle-stop"), self.tr("Close voting"))
        self.close_button.clicked.connect(self.close_current)
        self.reveal_button = QPushButton(icons.icon("eye"), self.tr("Reveal results"))
        self.reveal_button.clicked.connect(self._toggle_reveal)
        for button in (self.open_button, self.close_button, self.reveal_button):
            button.setAccessibleName(button.text())
            state_row.addWidget(button)
        state_row.addStretch(1)
        right_layout.addLayout(state_row)

        self.typed = CountsPanel(self.session)

        results_box = QGroupBox(self.tr("Results"))
        results_layout = QVBoxLayout(results_box)
        self.visibility = plain_label()
        results_layout.addWidget(self.visibility)
        self.turnout = plain_label()
        results_layout.addWidget(self.turnout)
        self.chart = ResultsChart()
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        results_layout.addWidget(self.chart, 1)
        self.tally_table = QTableView()
        self.tally_table.setModel(self.tally)
        self.tally_table.setAccessibleName(self.tr("Results per option"))
        self.tally_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tally_table.verticalHeader().hide()
        tally_header = self.tally_table.horizontalHeader()
        tally_header.setSectionResizeMode(TallyColumn.OPTION, QHeaderView.ResizeMode.Stretch)
        for tally_column in (
            TallyColumn.RESULT,
            TallyColumn.SHARE,
            TallyColumn.RANK,
            TallyColumn.CHANNELS,
        ):
            tally_header.setSectionResizeMode(tally_column, QHeaderView.ResizeMode.ResizeToContents)
        results_layout.addWidget(self.tally_table)
        self.notes = plain_label()
        results_layout.addWidget(self.notes)
        # the question and its buttons stay put; the results and the typed counts share the
        # rest, each scrolling on its own, so the buttons and the counts are seen together
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.setChildrenCollapsible(False)
        for part in (results_box, self.typed):
            scroll = QScrollArea()
            scroll.setWidget(part)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.body.addWidget(scroll)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        right_layout.addWidget(self.body, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 760])
        layout.addWidget(splitter)

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str, slot: Any) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_new = action(self.tr("&New poll…"), "Ctrl+Shift+N", lambda: self.new_poll())
        self.act_open = action(self.tr("&Open voting"), "F6", self.open_current)
        self.act_close = action(self.tr("&Close voting"), "F7", self.close_current)
        self.act_reveal = action(self.tr("&Reveal or hide results"), "F8", self._toggle_reveal)
        self.act_save = action(self.tr("&Save counts"), "Ctrl+Return", self.typed.save)
        #: the keys that run the vote (F6, F7, F8): the meeting and the projector add them too,
        #: so they work wherever the keyboard is (the guide's button, the projector once shown)
        self.room_actions = [self.act_open, self.act_close, self.act_reveal]
        self.actions_for_menu = [
            self.act_new,
            None,
            self.act_open,
            self.act_close,
            self.act_reveal,
            None,
            self.act_save,
        ]

    def changeEvent(self, event: QEvent) -> None:
        """The chart's words follow the window's scheme (light or dark)."""
        if event.type() == QEvent.Type.PaletteChange:
            self.chart.set_palette(charts.DARK if style.current().dark else charts.LIGHT)
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.polls.refresh([])
        self._poll = None
        self.refresh()
        if self.polls.rowCount():
            open_row = next(
                (
                    r
                    for r in range(self.polls.rowCount())
                    if self.polls.poll(r).state is PollState.OPEN
                ),
                0,
            )
            self.table.selectRow(open_row)

    def touched_by(self, changes: Changes) -> bool:
        """Whether these changes are about this meeting's polls, their votes or counts."""
        return self.meeting_id is not None and changes.touches(
            *POLL_KINDS, meeting_id=self.meeting_id
        )

    def apply(self, changes: Changes) -> None:
        """Refresh from what changed (the section is shown; a hidden one refreshes when shown)."""
        if self.touched_by(changes):
            self.refresh()
            self.typed.apply(changes)

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        ws = self.session.ws
        polls = ws.polls.for_meeting(self.meeting_id)
        self.polls.refresh([(p, ws.ballots.count(p.id) + self._typed_voters(p.id)) for p in polls])
        current = self._poll
        if current is not None:
            row = self.polls.row_of(current.id)
            self._show_poll(self.polls.poll(row) if row >= 0 else None)

    def _typed_voters(self, poll_id: str) -> int:
        return sum(entry.voters for entry in self.session.ws.ballots.counts(poll_id))

    def select_poll(self, poll_id: str) -> None:
        row = self.polls.row_of(poll_id)
        if row >= 0:
            self.table.selectRow(row)

    def current_poll(self) -> Poll | None:
        return self._poll

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_poll(self.polls.poll(current.row()) if current.isValid() else None)

    def _show_poll(self, poll: Poll | None) -> None:
        self._poll = poll
        has_poll = poll is not None
        for widget in (
            self.open_button,
            self.close_button,
            self.reveal_button,
            self.delete_button,
            self.edit_button,
        ):
            widget.setEnabled(has_poll)
        self.typed.set_poll(poll)
        if poll is None:
            self.question.setText(self.tr("No poll selected. Create one with “New poll…”."))
            self.details.clear()
            self.tally.set_tally(None)
            self.chart.set_tally(None)
            self.visibility.clear()
            self.turnout.clear()
            self.notes.clear()
            return
        self.question.setText(poll.question)
        details = f"{labels.method_name(poll.method)} · {labels.poll_state_name(poll.state)}"
        if poll.params.countdown:
            details += " · " + self.tr("countdown %1").replace(
                "%1", time_left_text(poll.params.countdown)
            )
        self.details.setText(details)
        self.open_button.setEnabled(poll.state is not PollState.OPEN)
        self.close_button.setEnabled(poll.state is PollState.OPEN)
        self.reveal_button.setText(
            self.tr("Hide results") if poll.revealed else self.tr("Reveal results")
        )
        self.reveal_button.setAccessibleName(self.reveal_button.text())
        self._refresh_tally()

    def _refresh_tally(self) -> None:
        """Count the poll shown off the event loop (a room of ballots takes a while)."""
        poll = self._poll
        if poll is None:
            return
        result = self.session.ws.room.result  # the count the phones and the projector show
        self.session.tasks.latest(
            ("polls", id(self)), lambda: result(poll.id).tally, self._show_tally, self._not_counted
        )

    def _not_counted(self, error: BaseException) -> None:
        if not isinstance(error, FacilitatorError):
            raise error
        self.session.messages.show_error(error)

    def _show_tally(self, tally: Tally) -> None:
        poll = self._poll
        if poll is None or tally.poll_id != poll.id:
            return  # another poll is shown now
        self.tally.set_tally(tally)
        fit_rows(self.tally_table)
        self.chart.set_tally(tally)
        self.turnout.setText(turnout_text(tally, self.tr("%n voter(s)", "", tally.voters)))
        if poll.results_visible:
            self.visibility.setText(self.tr("Participants and the projector see these results."))
        else:
            self.visibility.setText(self.tr("Only you see these results until you reveal them."))
        notes = [labels.note_text(n) for n in tally.notes]
        if tally.options and poll.method is not PollMethod.MAJORITY_JUDGMENT:
            notes.append("(" + labels.share_base_name(tally.share_base) + ")")
        self.notes.setText(" ".join(notes))

    # -- poll actions --------------------------------------------------------------------------

    def new_poll(
        self, ideas: Sequence[Idea] = (), method: PollMethod | None = None
    ) -> PollDialog | None:
        if self.meeting_id is None:
            return None
        dialog = PollDialog(self.meeting_id, ideas, self)
        if method is not None:
            dialog.set_method(method)
        dialog.accepted.connect(lambda: self._create_from(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _create_from(self, dialog: PollDialog) -> None:
        poll = dialog.poll()
        if self.dialog is dialog:
            self.dialog = None
        if poll is None:
            return

        def created(stored: Poll) -> None:
            self.select_poll(stored.id)
            self.session.messages.show_info(self.tr("Poll created."))

        self.session.perform(commands.create_poll(poll), created)

    def edit_current(self) -> PollDialog | None:
        poll = self._poll
        if poll is None or self.meeting_id is None:
            return None
        dialog = PollDialog(self.meeting_id, (), self, original=poll)

        def save() -> None:
            after = dialog.poll()
            if after is not None and after != poll:
                self.session.perform(commands.update_poll(after))

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        poll = self._poll
        if poll is None:
            return
        ws = self.session.ws
        if ws.ballots.count(poll.id) or ws.ballots.counts(poll.id):
            self.session.messages.show_warning(
                self.tr("This poll has votes: close it instead of deleting it.")
            )
            return
        self.session.perform(commands.delete_poll(poll.id))

    def open_current(self) -> None:
        if self._poll is not None:
            self.session.perform(commands.open_poll(self._poll.id))

    def close_current(self) -> None:
        if self._poll is not None:
            self.session.perform(commands.close_poll(self._poll.id))

    def _toggle_reveal(self) -> None:
        if self._poll is not None:
            self.session.perform(commands.reveal_results(self._poll.id, not self._poll.revealed))
