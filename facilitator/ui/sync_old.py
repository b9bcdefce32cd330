"""For platforms too old to take proposals (Decidim 0.31 and older): the proposals import file
for the platform's administrators, in the platform's default language, and the meeting's
report to paste into the admin close form, with a copy button.

Signals (OldPlatformPanel):
    import_file_requested(str): save the proposals import file, in this locale.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: Decidim's usual organisation locales (the platform's default is one of them).
LOCALES = (
    ("fr", "Français"),
    ("en", "English"),
    ("ca", "Català"),
    ("es", "Español"),
    ("eu", "Euskara"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("pt", "Português"),
)


class OldPlatformPanel(QGroupBox):
    import_file_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This platform is too old to receive proposals"))
        layout = QVBoxLayout(self)
        self.explain = QLabel()
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Platform's default &language:")))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Platform's default language"))
        for code, name in LOCALES:
            self.language.addItem(f"{name} ({code})", code)
        row.itemAt(0).widget().setBuddy(self.language)  # type: ignore[union-attr]
        row.addWidget(self.language)
        self.save_button = QPushButton(self.tr("Save the proposals &import file…"))
        self.save_button.clicked.connect(
            lambda: self.import_file_requested.emit(str(self.language.currentData()))
        )
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("The report, for the platform's meeting close form:")))
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("The meeting's report"))
        self.report.setMaximumHeight(140)
        layout.addWidget(self.report)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        self.copy_button = QPushButton(self.tr("&Copy the report"))
        self.copy_button.clicked.connect(self.copy_report)
        copy_row.addWidget(self.copy_button)
        layout.addLayout(copy_row)

    def show_for(self, version: str | None, language: str, report: str) -> None:
        shown = version or self.tr("0.31 or older")
        self.explain.setText(
            self.tr(
                "This platform runs Decidim %1, which does not accept proposals from "
                "Facilitator (0.32 or newer is needed). Nothing is lost: save the proposals "
                "import file for the platform's administrators (they import it in the proposals "
                "component), and paste the report below into the meeting's close form."
            ).replace("%1", shown)
        )
        index = self.language.findData(language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        self.report.setPlainText(report)

    def set_report(self, report: str) -> None:
        self.report.setPlainText(report)

    def copy_report(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.report.toPlainText())
