"""The Export section: pick meetings and a format, choose where, watch the progress bar.

Exports and bundle imports run on the session's task runner (never on the main thread); their
progress comes back through a queued signal, and their outcome through the message bridge.

Signals:
    export_finished(object): an export succeeded (its ``ExportResult``).
    import_finished(object): a bundle import succeeded (its ``ImportReport``).
    failed(str): an export or import failed with this message (already shown to the user).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.errors import FacilitatorError, current_language
from facilitator.export import service
from facilitator.export.decidim import NoProposalsError, RejectedIdea
from facilitator.ui.session import Session


class ExportFormat(Enum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"
    DECIDIM = "decidim"
    BUNDLE = "bundle"


#: Where a meeting's item keeps the meeting's language (its id is at UserRole).
_LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 1

#: Formats that take a single meeting (one file per meeting).
SINGLE_MEETING = (ExportFormat.PDF, ExportFormat.DECIDIM)


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the main thread (queued connection)."""

    progressed = Signal(int, int)


class ExportView(QWidget):
    export_finished = Signal(object)
    import_finished = Signal(object)
    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._show_progress)
        self._busy = False
        #: Where the next file dialog opens; tests set a path to skip the dialog.
        self.chosen_path: Path | None = None

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.meetings = QListWidget()
        self.meetings.setAccessibleName(self.tr("Meetings to export"))
        form.addRow(self.tr("Meetings"), self.meetings)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Export format"))
        for fmt, text in (
            (ExportFormat.XLSX, self.tr("Excel workbook with charts (.xlsx)")),
            (ExportFormat.CSV, self.tr("CSV files (a folder)")),
            (ExportFormat.PDF, self.tr("Printable report (.pdf)")),
            (ExportFormat.DECIDIM, self.tr("Decidim proposals import file")),
            (ExportFormat.BUNDLE, self.tr("Meeting file for another laptop (.fbundle)")),
        ):
            self.format.addItem(text, fmt)
        form.addRow(self.tr("Format"), self.format)
        self.separator = QComboBox()
        self.separator.addItem(self.tr("Semicolon ; (French Excel)"), ";")
        self.separator.addItem(self.tr("Comma ,"), ",")
        self.separator_label = QLabel(self.tr("CSV separator"))
        form.addRow(self.separator_label, self.separator)
        self.decidim_format = QComboBox()
        for suffix in ("xlsx", "csv", "json"):
            self.decidim_format.addItem(suffix.upper(), suffix)
        self.decidim_label = QLabel(self.tr("Decidim file type"))
        form.addRow(self.decidim_label, self.decidim_format)
        # Decidim wants the platform's default locale, which may not be the meeting's language
        self.platform_locale = QLineEdit()
        self.platform_locale.setAccessibleName(self.tr("Default language of the platform"))
        self.platform_locale.setToolTip(
            self.tr(
                "The platform's default language code, such as fr, en, ca or pt-BR. "
                "Empty: the meeting's language."
            )
        )
        self.platform_locale.setMaxLength(12)
        self.locale_label = QLabel(self.tr("Platform language"))
        self.locale_label.setBuddy(self.platform_locale)
        form.addRow(self.locale_label, self.platform_locale)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.start_export)
        self.import_button = QPushButton(self.tr("Import a meeting file…"))
        self.import_button.clicked.connect(self.start_import)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # user texts are never markup
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.meetings.itemChanged.connect(self._meetings_changed)
        self.session.changed.connect(self.reload)
        self.reload()
        self._format_changed()

    # -- meetings ------------------------------------------------------------------------------

    def reload(self) -> None:
        checked = set(self.selected_ids())
        self.meetings.clear()
        for summary in self.session.ws.meetings.summaries(include_archived=True):
            m = summary.meeting
            date = m.date.astimezone().strftime("%Y-%m-%d")
            item = QListWidgetItem(f"{date}  {m.title}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setData(_LANGUAGE_ROLE, m.language)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if m.id in checked else Qt.CheckState.Unchecked
            )
            self.meetings.addItem(item)
        self._meetings_changed()

    def set_meeting(self, meeting_id: str | None) -> None:
        """Check the meeting the user is working on (and only it)."""
        for row in range(self.meetings.count()):
            item = self.meetings.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) == meeting_id
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self._meetings_changed()

    def _meetings_changed(self) -> None:
        """The platform locale defaults to the (first) checked meeting's language."""
        language = "fr"
        for row in range(self.meetings.count()):
            item = self.meetings.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                language = str(item.data(_LANGUAGE_ROLE))
                break
        self.platform_locale.setPlaceholderText(language)

    def selected_ids(self) -> list[str]:
        ids = []
        for row in range(self.meetings.count()):
            item = self.meetings.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def current_format(self) -> ExportFormat:
        value = self.format.currentData()
        assert isinstance(value, ExportFormat)
        return value

    def _format_changed(self) -> None:
        fmt = self.current_format()
        self.separator.setVisible(fmt is ExportFormat.CSV)
        self.separator_label.setVisible(fmt is ExportFormat.CSV)
        for widget in (
            self.decidim_format,
            self.decidim_label,
            self.platform_locale,
            self.locale_label,
        ):
            widget.setVisible(fmt is ExportFormat.DECIDIM)

    # -- running -------------------------------------------------------------------------------

    def _ask_path(self, fmt: ExportFormat) -> Path | None:
        if self.chosen_path is not None:
            return self.chosen_path
        if fmt is ExportFormat.CSV:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"))
            return Path(folder) if folder else None
        suffix = {
            ExportFormat.XLSX: "xlsx",
            ExportFormat.PDF: "pdf",
            ExportFormat.BUNDLE: "fbundle",
            ExportFormat.DECIDIM: str(self.decidim_format.currentData()),
        }[fmt]
        # the view asks about existing files itself (for the CSV folder too): ask only once
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            f"export.{suffix}",
            f"*.{suffix}",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(name) if name else None

    def _may_replace(self, fmt: ExportFormat, path: Path, meetings: int) -> bool | None:
        """Whether to replace the files already there: None when the user said no."""
        existing = [p for p in service.targets(fmt.value, path, meetings) if p.exists()]
        if not existing:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace the existing files?"),
            (
                self.tr("{names} already exists in this folder. Replace it?")
                if len(existing) == 1
                else self.tr("{names} already exist in this folder. Replace them?")
            ).format(names=", ".join(p.name for p in existing)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names are never markup
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Replace"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return None
        return True

    def start_export(self) -> None:
        if self._busy:
            return
        ids = self.selected_ids()
        fmt = self.current_format()
        if not ids:
            self._fail(self.tr("Choose at least one meeting to export."))
            return
        if fmt in SINGLE_MEETING and len(ids) > 1:
            self._fail(self.tr("This format takes one meeting at a time; check only one."))
            return
        path = self._ask_path(fmt)
        if path is None:
            return
        overwrite = self._may_replace(fmt, path, len(ids))
        if overwrite is None:
            return
        ws = self.session.ws
        progress = self._relay.progressed.emit
        separator = str(self.separator.currentData())
        decidim_fmt = str(self.decidim_format.currentData())
        locale = self.platform_locale.text().strip() or None
        jobs: dict[ExportFormat, Callable[[], Any]] = {
            ExportFormat.XLSX: lambda: service.export_xlsx(
                ws, ids, path, progress, overwrite=overwrite
            ),
            ExportFormat.CSV: lambda: service.export_csv(
                ws, ids, path, progress, separator=separator, overwrite=overwrite
            ),
            ExportFormat.PDF: lambda: service.export_pdf(
                ws, ids[0], path, progress, overwrite=overwrite
            ),
            ExportFormat.DECIDIM: lambda: service.export_decidim_import(
                ws, ids[0], path, decidim_fmt, progress, locale=locale, overwrite=overwrite
            ),
            ExportFormat.BUNDLE: lambda: service.export_bundle(
                ws, ids, path, progress, overwrite=overwrite
            ),
        }
        self._begin(self.tr("Exporting…"))
        self.session.tasks.run(jobs[fmt], self._exported, self._errored)

    def start_import(self) -> None:
        if self._busy:
            return
        path = self.chosen_path
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Meeting file to import"), "", "*.fbundle"
            )
            if not name:
                return
            path = Path(name)
        ws = self.session.ws
        chosen = path
        self._begin(self.tr("Importing…"))
        self.progress.setRange(0, 0)  # busy: a merge is one transaction
        self.session.tasks.run(
            lambda: service.import_bundle(ws, chosen), self._imported, self._errored
        )

    def _begin(self, text: str) -> None:
        self._busy = True
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(text)

    def _end(self) -> None:
        self._busy = False
        self.export_button.setEnabled(True)
        self.import_button.setEnabled(True)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _exported(self, result: object) -> None:
        self._end()
        assert isinstance(result, service.ExportResult)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        lines = [result.describe(current_language()), *self._rejected_lines(result.rejected)]
        self.status.setText("\n".join(lines))
        self.session.messages.show_info(lines[0])
        self.export_finished.emit(result)

    def _imported(self, report: object) -> None:
        self._end()
        assert isinstance(report, service.ImportReport)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        lines = report.describe(current_language())
        self.status.setText("\n".join(lines))
        self.session.messages.show_info(lines[-1] if not report.changed else lines[1])
        self.session.check_for_changes()
        self.import_finished.emit(report)

    def _rejected_lines(self, rejected: Sequence[RejectedIdea]) -> list[str]:
        """Each idea Decidim would refuse, the rules it breaks and what to do about them."""
        language = current_language()
        lines = []
        for idea in rejected:
            lines.append(
                self.tr("Idea {number} left out: “{text}”").format(
                    number=idea.number, text=idea.text
                )
            )
            lines.extend(f"    {b.message(language)} → {b.fix(language)}" for b in idea.breaches)
        return lines

    def _errored(self, exc: BaseException) -> None:
        self._end()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if not isinstance(exc, FacilitatorError):
            raise exc  # a bug: the crash dialog takes it from here
        self._fail(exc.text())
        if isinstance(exc, NoProposalsError):
            self.status.setText("\n".join([exc.text(), *self._rejected_lines(exc.rejected)]))

    def _fail(self, text: str) -> None:
        self.status.setText(text)
        self.session.messages.show_warning(text)
        self.failed.emit(text)
