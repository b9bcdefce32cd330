"""Qt models over the workspace's data, one per table-like view, each with its column enum.

Models never write: they hold what the repositories returned and say what the user asked to
change through signals, so edits go through undoable commands. ``refresh`` methods compare the
new data with the old and emit the narrowest change (inserted rows, changed cells), so a list of
thousands of ideas stays fast and keeps its selection and scroll position.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from facilitator.domain.model import (
    YES_NO_ABSTAIN_ANSWERS,
    Channel,
    Idea,
    IdeaStatus,
    Poll,
    PollMethod,
)
from facilitator.domain.voting import Tally
from facilitator.ui import labels
from facilitator.ui.meeting_models import MeetingColumn, MeetingListModel
from facilitator.ui.rows import (
    FILTER_ROLE,
    ID_ROLE,
    NO_INDEX,
    OBJECT_ROLE,
    Index,
    apply_rows,
)

__all__ = [
    "FILTER_ROLE",
    "ID_ROLE",
    "OBJECT_ROLE",
    "CountsModel",
    "IdeaModel",
    "MeetingColumn",
    "MeetingListModel",
    "PollListModel",
    "TallyModel",
    "ThemeModel",
]


IDEA_MIME = "application/x-facilitator-idea-ids"


# -- ideas -------------------------------------------------------------------------------------


class IdeaColumn(IntEnum):
    TEXT = 0
    THEME = 1
    SOURCE = 2
    MERGED = 3
    PLATFORM = 4  # what became of the idea: its proposal on the platform, once synced


#: An idea's proposal address on the platform (the Platform column), or None.
LINK_ROLE = Qt.ItemDataRole.UserRole + 10


class IdeaModel(QAbstractTableModel):
    """Every idea of one meeting, in list order (views filter by status with a proxy).

    Signals:
        edit_requested(object, object): the user edited a cell: the idea before and after.
        move_requested(list, int): ideas (by id) dragged to a row of this model.
    """

    edit_requested = Signal(object, object)
    move_requested = Signal(list, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Idea] = []
        self._merged: dict[str, list[Idea]] = {}
        self._links: dict[str, str] = {}

    def set_links(self, links: dict[str, str]) -> None:
        """Each idea's proposal address on the platform (sync's state)."""
        if links == self._links:
            return
        self._links = dict(links)
        if self._rows:
            column = IdeaColumn.PLATFORM
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def link(self, idea: Idea) -> str | None:
        """The idea's proposal, or for an idea merged into another, that one's."""
        found = self._links.get(idea.id)
        if found is None and idea.merged_into:
            found = self._links.get(idea.merged_into)
        return found

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(IdeaColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(IdeaColumn):
            return None
        return {
            IdeaColumn.TEXT: QCoreApplication.translate("Models", "Idea"),
            IdeaColumn.THEME: QCoreApplication.translate("Models", "Theme"),
            IdeaColumn.SOURCE: QCoreApplication.translate("Models", "From"),
            IdeaColumn.MERGED: QCoreApplication.translate("Models", "Merged"),
            IdeaColumn.PLATFORM: QCoreApplication.translate("Models", "On the platform"),
        }[IdeaColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        idea = self._rows[index.row()]
        column = IdeaColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is IdeaColumn.TEXT:
                return idea.text
            if column is IdeaColumn.THEME:
                return idea.theme
            if column is IdeaColumn.SOURCE:
                return labels.source_name(idea.source)
            if column is IdeaColumn.PLATFORM:
                link = self.link(idea)
                if link is None:
                    return ""
                number = link.rsplit("/", 1)[-1]
                return QCoreApplication.translate("Models", "Proposal %1").replace("%1", number)
            count = len(self._merged.get(idea.id, ()))
            return f"+{count}" if count else ""
        if role == OBJECT_ROLE:
            return idea
        if role == ID_ROLE:
            return idea.id
        if role == LINK_ROLE:
            return self.link(idea)
        if column is IdeaColumn.PLATFORM:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.link(idea)
            if role == Qt.ItemDataRole.ForegroundRole and self.link(idea):
                return QBrush(QColor("#1F4E8C"))
            if role == Qt.ItemDataRole.FontRole and self.link(idea):
                font = QFont()
                font.setUnderline(True)
                return font
            if role == FILTER_ROLE:
                return self.link(idea) or ""
        if role == FILTER_ROLE:
            return {
                IdeaColumn.TEXT: idea.status.value,
                IdeaColumn.THEME: idea.theme,
                IdeaColumn.SOURCE: idea.source.value,
                IdeaColumn.MERGED: str(len(self._merged.get(idea.id, ()))),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (IdeaColumn.TEXT, IdeaColumn.MERGED):
            merged = self._merged.get(idea.id)
            if merged:
                # plain text tooltips: Qt only reads rich text from a tooltip that starts with <
                lines = "\n".join(f"• {m.text}" for m in merged)
                title = QCoreApplication.translate("Models", "Merged ideas:")
                return f"{title}\n{lines}"
            return None
        if role == Qt.ItemDataRole.ForegroundRole and idea.status is IdeaStatus.HIDDEN:
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.FontRole and idea.status is IdeaStatus.HIDDEN:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column is IdeaColumn.TEXT:
            return idea.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() in (IdeaColumn.TEXT, IdeaColumn.THEME):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        idea = self._rows[index.row()]
        text = str(value)
        if index.column() == IdeaColumn.TEXT and text.strip() and text.strip() != idea.text:
            self.edit_requested.emit(idea, _replace_idea(idea, text=text.strip()))
            return True
        if index.column() == IdeaColumn.THEME and text.strip().lstrip("#") != idea.theme:
            self.edit_requested.emit(idea, _replace_idea(idea, theme=text))
            return True
        return False

    # drag and drop: the model reports the move; the command does it and the refresh shows it
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [IDEA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        ids = "\n".join(self._rows[r].id for r in rows)
        data.setData(IDEA_MIME, QByteArray(ids.encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(IDEA_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [i for i in bytes(data.data(IDEA_MIME).data()).decode().split("\n") if i]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        self.move_requested.emit(ids, row)
        # the move is made by a command; returning False keeps the view from removing rows
        return False

    # -- data ----------------------------------------------------------------------------------

    def refresh(self, ideas: Sequence[Idea]) -> None:
        merged: dict[str, list[Idea]] = {}
        for idea in ideas:
            if idea.merged_into:
                merged.setdefault(idea.merged_into, []).append(idea)
        touched: set[Hashable] = {
            key
            for key in set(merged) | set(self._merged)
            if merged.get(key) != self._merged.get(key)
        }
        self._merged = merged
        apply_rows(self, self._rows, ideas, key=lambda i: i.id, extra_changed=touched)

    def idea(self, row: int) -> Idea:
        return self._rows[row]

    def ideas(self) -> list[Idea]:
        return list(self._rows)

    def merged_into(self, idea_id: str) -> list[Idea]:
        return list(self._merged.get(idea_id, ()))

    def row_of(self, idea_id: str) -> int:
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id == idea_id:
                return row
        return -1


def _replace_idea(idea: Idea, **changes: Any) -> Idea:
    from dataclasses import replace

    return replace(idea, **changes)


class ThemeModel(QAbstractListModel):
    """Themes of the kept ideas with their counts; the first row stands for all themes.

    ``ID_ROLE`` holds the theme (``None`` for all themes, ``""`` for ideas without one).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str | None, int]] = [(None, 0)]

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        theme, count = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if theme is None:
                name = QCoreApplication.translate("Models", "All themes")
            elif theme == "":
                name = QCoreApplication.translate("Models", "No theme")
            else:
                name = theme
            return f"{name} ({count})"
        if role == ID_ROLE:
            return theme
        if role == Qt.ItemDataRole.EditRole:
            return theme or ""
        return None

    def refresh(self, themes: dict[str, int]) -> None:
        named = sorted(themes.items(), key=lambda item: (item[0] == "", item[0].casefold()))
        rows: list[tuple[str | None, int]] = [(None, sum(themes.values())), *named]
        apply_rows(self, self._rows, rows, key=lambda r: r[0])

    def themes(self) -> list[str]:
        return [theme for theme, _ in self._rows if theme]


# -- polls -------------------------------------------------------------------------------------


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
                state = labels.poll_state_name(poll.state)
                revealed = QCoreApplication.translate("Models", "revealed")
                return f"{state} · {revealed}" if poll.revealed else state
            return voters
        if role == OBJECT_ROLE:
            return poll
        if role == ID_ROLE:
            return poll.id
        if (
            role == Qt.ItemDataRole.FontRole
            and column is PollColumn.STATE
            and poll.state.value == "open"
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

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
        edited(): a count was typed in (not saved yet).
    """

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._poll: Poll | None = None
        self._keys: list[tuple[str, str]] = []
        self._values: list[list[int]] = []

    def set_poll(self, poll: Poll | None, counts: dict[str, Any] | None) -> None:
        self.beginResetModel()
        self._poll = poll
        self._keys = count_keys(poll) if poll else []
        width = self._width()
        self._values = []
        for key, _ in self._keys:
            value = (counts or {}).get(key)
            if isinstance(value, list):
                row = [int(n) for n in value][:width]
                row += [0] * (width - len(row))
            else:
                row = [int(value or 0)] + [0] * (width - 1)
            self._values.append(row)
        self.endResetModel()

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


CHANNEL_ORDER = (Channel.PHONE, Channel.TICKET, Channel.SHOW_OF_HANDS, Channel.PAPER)
