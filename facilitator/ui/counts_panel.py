"""The counts typed in for a poll (show of hands, paper ballots), saved as they are typed.

A count is saved as soon as its cell (or the number of voters) is entered, whenever the counts
can be saved. Counts that cannot be saved yet (approval before the number of voters is known)
stay in the panel, saying what is missing, until they can: also while another poll or channel
is shown, so clicking elsewhere never throws typed counts away. "Voters" left at "as many as
votes" follows the counts; a number typed there stays.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import ballots as ballot_rules
from facilitator.domain.errors import FacilitatorError
from facilitator.domain.model import COUNTED_CHANNELS, Channel, CountEntry, Poll
from facilitator.storage.changes import Changes
from facilitator.ui import commands, labels
from facilitator.ui.poll_models import CountsModel
from facilitator.ui.session import Session
from facilitator.ui.widgets import CountBox, fit_rows, plain_label, share_by_words

Index = QModelIndex | QPersistentModelIndex
#: Counts as typed: per key a number (a list per grade for majority judgment), and the voters.
Typed = tuple[dict[str, object], int]


class CountDelegate(QStyledItemDelegate):
    """Count cells are edited in a :class:`CountBox`; ↓ and ↑ enter the number and go to the
    row below or above, as in a spreadsheet: number, ↓, number, ↓…"""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = CountBox(parent)
        box.setRange(0, ballot_rules.MAX_COUNT)
        box.setFrame(False)
        return box

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, CountBox)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            current = self._view.currentIndex()
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            target = current.siblingAtRow(current.row() + step)
            if target.isValid():
                self._view.setCurrentIndex(target)
            return True
        return super().eventFilter(editor, event)


class CountsPanel(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Counts typed in (show of hands, paper ballots)"), parent)
        self.session = session
        self._poll: Poll | None = None
        #: counts typed but not stored yet (cannot be saved yet, or on their way to the disk)
        self._drafts: dict[tuple[str, Channel], Typed] = {}
        self._loading = False
        self.model = CountsModel(self)
        self.model.edited.connect(self._typed)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("How people voted"))
        for channel in COUNTED_CHANNELS:
            self.channel.addItem(labels.channel_name(channel), channel)
        self.channel.currentIndexChanged.connect(self._show)
        form.addRow(self.tr("&Channel:"), self.channel)
        self.voters = CountBox()
        self.voters.setRange(0, ballot_rules.MAX_COUNT)
        self.voters.setAccessibleName(self.tr("Number of people who voted"))
        self.voters.setKeyboardTracking(False)  # a number counts once entered, not per digit
        self.voters.valueChanged.connect(self._typed)
        form.addRow(self.tr("&People who voted:"), self.voters)
        layout.addLayout(form)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(CountDelegate(self.table))
        self.table.setAccessibleName(self.tr("Counts per option"))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        share_by_words(self.table)
        self.table.verticalHeader().setMaximumWidth(320)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.state = plain_label()
        buttons.addWidget(self.state, 1)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the counts of this channel"))
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QPushButton(self.tr("&Save counts"))
        self.save_button.setAccessibleName(self.tr("Save the counts"))
        self.save_button.setToolTip(self.tr("Save the counts (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    # -- what is shown -------------------------------------------------------------------------

    def set_poll(self, poll: Poll | None) -> None:
        """Show this poll's counts; the same poll, refreshed, keeps what is being typed."""
        before = self._poll
        self._poll = poll
        if (
            poll is not None
            and before is not None
            and (poll.id, poll.method, poll.options) == (before.id, before.method, before.options)
        ):
            return
        for widget in (self.channel, self.voters, self.save_button, self.clear_button):
            widget.setEnabled(poll is not None)
        implied = poll is not None and ballot_rules.implied_voters(poll, {}) is not None
        # 0 voters: as many as the votes where the counts imply it, otherwise still to be said
        self.voters.setSpecialValueText(
            self.tr("as many as votes") if implied else self.tr("not given yet")
        )
        self._show()

    def apply(self, changes: Changes) -> None:
        """Show counts stored meanwhile (an undo, another window), unless some are typed here."""
        poll = self._poll
        if poll is None or self._key() in self._drafts or self._editing():
            return
        if self.voters.hasFocus():
            return
        for change in changes.of("count", meeting_id=poll.meeting_id):
            row = change.after or change.before
            if row is None or row.get("poll_id") == poll.id:
                self._show()
                return

    def _key(self) -> tuple[str, Channel]:
        assert self._poll is not None
        return self._poll.id, self._channel()

    def _channel(self) -> Channel:
        channel = self.channel.currentData()  # Qt hands enum data back as plain strings
        return Channel(channel) if channel else Channel.SHOW_OF_HANDS

    def _stored(self) -> CountEntry | None:
        if self._poll is None:
            return None
        channel = self._channel()
        for entry in self.session.ws.ballots.counts(self._poll.id):
            if entry.channel is channel:
                return entry
        return None

    def _show(self) -> None:
        poll = self._poll
        draft = self._drafts.get(self._key()) if poll is not None else None
        entry = self._stored() if draft is None else None
        if draft is not None:
            counts, voters = draft
        elif entry is not None:
            counts = dict(entry.counts)
            # the number the counts imply shows as "as many as votes", so it follows them
            implied = ballot_rules.implied_voters(poll, counts) if poll else None
            voters = 0 if entry.voters == implied else entry.voters
        else:
            counts, voters = {}, 0
        self._loading = True
        self.model.set_poll(poll, counts)
        self.voters.setValue(voters)
        self._loading = False
        fit_rows(self.table)
        if draft is not None:
            self._say_problem(draft)
        elif entry is not None:
            self.state.setText(self.tr("Saved."))
        else:
            self.state.setText(self.tr("Nothing typed in for this channel yet."))

    def _editing(self) -> bool:
        return self.table.state() == QAbstractItemView.State.EditingState

    # -- saving --------------------------------------------------------------------------------

    def _typed(self) -> None:
        if self._loading or self._poll is None:
            return
        typed: Typed = (self.model.counts(), self.voters.value())
        self._drafts[self._key()] = typed
        if self._problem(typed) is None:
            self._send(typed)
        else:
            self._say_problem(typed)

    def save(self) -> None:
        """Save now (Ctrl+Enter): a count still in its cell too; what stops it, as a warning."""
        if self._poll is None:
            return
        self._close_editor()
        typed: Typed = (self.model.counts(), self.voters.value())
        problem = self._problem(typed)
        if problem is not None:
            self._drafts[self._key()] = typed
            self.session.messages.show_error(problem)
            self._say_problem(typed)
            return
        self._send(typed)

    def clear(self) -> None:
        if self._poll is None:
            return
        self._drafts.pop(self._key(), None)
        if self._stored() is not None:
            self.session.perform(commands.clear_counts(*self._key()))
        self._show()

    def _send(self, typed: Typed) -> None:
        assert self._poll is not None
        key = self._key()
        counts, voters = typed
        entry = CountEntry(poll_id=key[0], channel=key[1], counts=counts, voters=voters)

        def saved(_: object) -> None:
            if self._drafts.get(key) == typed:
                del self._drafts[key]
                if self._poll is not None and self._key() == key:
                    self.state.setText(self.tr("Saved."))
                    self.session.messages.show_info(self.tr("Counts saved."))

        self.session.perform(commands.set_counts(entry), saved)

    def _problem(self, typed: Typed) -> FacilitatorError | None:
        assert self._poll is not None
        try:
            ballot_rules.validate_counts(self._poll, typed[0], typed[1])
        except FacilitatorError as error:
            return error
        return None

    def _say_problem(self, typed: Typed) -> None:
        problem = self._problem(typed) if self._poll is not None else None
        if problem is None:
            self.state.setText(self.tr("Not saved yet: press Ctrl+Enter or “Save counts”."))
        else:
            self.state.setText(self.tr("Not saved yet: %1").replace("%1", problem.text()))

    def _close_editor(self) -> None:
        """A count still in its cell (Ctrl+Enter pressed inside it) is entered, and the
        keyboard stays in the table, so the poll's keys (F6, F7, F8) keep working."""
        if not self._editing():
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.table.viewport().isAncestorOf(editor):
            delegate = self.table.itemDelegate()
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
