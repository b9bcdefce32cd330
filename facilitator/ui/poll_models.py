"""The Qt models of the Polls section: a meeting's polls, the counts typed in for a channel,
and a poll's tally worded for its method. Each passes ``qtmodeltester``; none writes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont

from facilitator.domain.model import YES_NO_ABSTAIN_ANSWERS, Poll, PollMethod
from facilitator.domain.voting import Tally
from facilitator.ui import labels
from facilitator.ui.badges import BADGE_ROLE
from facilitator.ui.rows import ID_ROLE, NO_INDEX, OBJECT_ROLE, Index, apply_rows


class PollColumn(IntEnum):
    QUESTION = 0
    METHOD = 1
    STATE = 2
    BALLOTS = 3


class PollListModel(QAbstractTableModel):
    """The polls of one meeting with their number of ballots."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Poll, int]] = []

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(PollColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(PollColumn):
            return None
        return {
            PollColumn.QUESTION: QCoreApplication.translate("Models", "Question"),
            PollColumn.METHOD: QCoreApplication.translate("Models", "Method"),
            PollColumn.STATE: QCoreApplication.translate("Models", "State"),
            PollColumn.BALLOTS: QCoreApplication.translate("Models", "Voters"),
        }[PollColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        poll, voters = self._rows[index.row()]
        column = PollColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is PollColumn.QUESTION:
                return poll.question
            if column is PollColumn.METHOD:
                return labels.method_name(poll.method)
            if column is PollColumn.STATE:
                return " · ".join(words for words, _ in self._badges(poll))
            return voters
        if role == BADGE_ROLE and column is PollColumn.STATE:
            return self._badges(poll)
        if role == Qt.ItemDataRole.ToolTipRole and column is PollColumn.QUESTION:
            return poll.question
        if role == Qt.ItemDataRole.TextAlignmentRole and column is PollColumn.BALLOTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == OBJECT_ROLE:
            return poll
        if role == ID_ROLE:
            return poll.id
        return None

    @staticmethod
    def _badges(poll: Poll) -> list[tuple[str, str]]:
        """The state as a badge, and a second one once the results are revealed."""
        found = [(labels.poll_state_name(poll.state), poll.state.value)]
        if poll.revealed:
            found.append((QCoreApplication.translate("Models", "revealed"), "revealed"))
        return found

    def refresh(self, polls: Sequence[tuple[Poll, int]]) -> None:
        apply_rows(self, self._rows, polls, key=lambda r: r[0].id)

    def poll(self, row: int) -> Poll:
        return self._rows[row][0]

    def row_of(self, poll_id: str) -> int:
        for row, (poll, _) in enumerate(self._rows):
            if poll.id == poll_id:
                return row
        return -1


def count_keys(poll: Poll) -> list[tuple[str, str]]:
    """(key, label) of what a poll's counts are typed against: options or the three answers."""
    if poll.method is PollMethod.YES_NO_ABSTAIN:
        return [(answer, labels.answer_name(answer)) for answer in YES_NO_ABSTAIN_ANSWERS]
    return [(option.id, option.label) for option in poll.options]


class CountsModel(QAbstractTableModel):
    """Counts typed in for one poll and one channel: a row per option, a column per grade
    (majority judgment) or a single column of votes (points for dots).

    Signals:
        edited(): a count was typed in (not saved yet), not when counts are shown.
    """

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._poll: Poll | None = None
        self._keys: list[tuple[str, str]] = []
        self._values: list[list[int]] = []

    def set_poll(self, poll: Poll | None, counts: Mapping[str, Any] | None) -> None:
        """Show these counts of this poll. The same poll keeps its rows (an editor open in
        another cell stays open); another one resets the table."""
        keys = count_keys(poll) if poll else []
        same = poll is not None and self._poll is not None and poll.id == self._poll.id
        if not (same and keys == self._keys):
            self.beginResetModel()
            self._poll = poll
            self._keys = keys
            self._values = self._rows(counts)
            self.endResetModel()
            return
        self._poll = poll
        values = self._rows(counts)
        if values != self._values:
            self._values = values
            last = self.index(len(values) - 1, self._width() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _rows(self, counts: Mapping[str, Any] | None) -> list[list[int]]:
        width = self._width()
        rows = []
        for key, _ in self._keys:
            value = (counts or {}).get(key)
            if isinstance(value, list):
                row = [int(n) for n in value][:width]
                row += [0] * (width - len(row))
            else:
                row = [int(value or 0)] + [0] * (width - 1)
            rows.append(row)
        return rows

    def _width(self) -> int:
        if self._poll is None:
            return 0
        if self._poll.method is PollMethod.MAJORITY_JUDGMENT:
            return len(self._poll.params.grades)
        return 1

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else self._width()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._poll is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._keys[section][1] if 0 <= section < len(self._keys) else None
        if not 0 <= section < self._width():
            return None
        if self._poll.method is PollMethod.MAJORITY_JUDGMENT:
            return labels.grade_name(self._poll.params.grades[section])
        if self._poll.method is PollMethod.DOTS:
            return QCoreApplication.translate("Models", "Points")
        return QCoreApplication.translate("Models", "Votes")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._values):
            return None
        if not 0 <= index.column() < self._width():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._values[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._keys[index.row()][1]}: {self._values[index.row()][index.column()]}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            number = int(str(value).strip() or "0")
        except ValueError:
            return False
        if number < 0:
            return False
        if self._values[index.row()][index.column()] == number:
            return True
        self._values[index.row()][index.column()] = number
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def counts(self) -> dict[str, Any]:
        """What to store: a number per key, or a list per option for majority judgment."""
        if self._poll is not None and self._poll.method is PollMethod.MAJORITY_JUDGMENT:
            return {key: list(row) for (key, _), row in zip(self._keys, self._values, strict=True)}
        return {key: row[0] for (key, _), row in zip(self._keys, self._values, strict=True)}

    def total(self) -> int:
        return sum(sum(row) for row in self._values)


class TallyColumn(IntEnum):
    OPTION = 0
    RESULT = 1
    SHARE = 2
    RANK = 3
    CHANNELS = 4


class TallyModel(QAbstractTableModel):
    """A poll's tally, option by option, worded for its method."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tally: Tally | None = None

    def set_tally(self, tally: Tally | None) -> None:
        if (
            tally is not None
            and self._tally is not None
            and ([o.option_id for o in tally.options] == [o.option_id for o in self._tally.options])
        ):
            self._tally = tally
            if tally.options:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(tally.options) - 1, len(TallyColumn) - 1)
                )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(TallyColumn) - 1)
            return
        self.beginResetModel()
        self._tally = tally
        self.endResetModel()

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        if parent.isValid() or self._tally is None:
            return 0
        return len(self._tally.options)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(TallyColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(TallyColumn):
            return None
        method = self._tally.method if self._tally else PollMethod.SINGLE
        column = TallyColumn(section)
        if column is TallyColumn.OPTION:
            return QCoreApplication.translate("Models", "Option")
        if column is TallyColumn.RESULT:
            if method is PollMethod.MAJORITY_JUDGMENT:
                return QCoreApplication.translate("Models", "Majority grade")
            if method is PollMethod.DOTS:
                return QCoreApplication.translate("Models", "Points")
            return QCoreApplication.translate("Models", "Votes")
        if column is TallyColumn.SHARE:
            if method in (PollMethod.APPROVAL, PollMethod.UPVOTES):
                return QCoreApplication.translate("Models", "Share of voters")
            if method is PollMethod.DOTS:
                return QCoreApplication.translate("Models", "Share of points")
            if method is PollMethod.MAJORITY_JUDGMENT:
                return QCoreApplication.translate("Models", "Grades given")
            if method is PollMethod.YES_NO_ABSTAIN:
                return QCoreApplication.translate("Models", "Share of votes cast")
            return QCoreApplication.translate("Models", "Share")
        if column is TallyColumn.RANK:
            return QCoreApplication.translate("Models", "Rank")
        return QCoreApplication.translate("Models", "By channel")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._tally is None or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._tally.options):
            return None
        result = self._tally.options[index.row()]
        column = TallyColumn(index.column())
        tally = self._tally
        if role == Qt.ItemDataRole.DisplayRole:
            if column is TallyColumn.OPTION:
                if tally.method is PollMethod.YES_NO_ABSTAIN:
                    return labels.answer_name(result.option_id)
                return result.label
            if column is TallyColumn.RESULT:
                if tally.method is PollMethod.MAJORITY_JUDGMENT:
                    if result.median_grade is None:
                        return "—"
                    return labels.grade_name(tally.grades[result.median_grade])
                return result.votes
            if column is TallyColumn.SHARE:
                if tally.method is PollMethod.MAJORITY_JUDGMENT:
                    return result.votes
                if result.option_id == "abstain" and tally.method is PollMethod.YES_NO_ABSTAIN:
                    return "—"  # apart from the votes cast the shares are of
                return QLocale().toString(result.share * 100, "f", 1) + " %"
            if column is TallyColumn.RANK:
                return result.rank
            parts = [
                f"{labels.channel_name(channel)} {n}"
                for channel, n in result.by_channel.items()
                if n
            ]
            return " · ".join(parts)
        if role == Qt.ItemDataRole.FontRole and result.option_id in tally.winners:
            font = QFont()
            font.setBold(True)
            return font
        if role == OBJECT_ROLE:
            return result
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            TallyColumn.SHARE,
            TallyColumn.RANK,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @property
    def tally(self) -> Tally | None:
        return self._tally


def turnout_text(tally: Tally, voters: str) -> str:
    """``voters`` (the worded number of voters) followed by the voters of each channel."""
    parts = [f"{labels.channel_name(c)} {n}" for c, n in tally.turnout.items() if n]
    return f"{voters} ({' · '.join(parts)})" if parts else voters
