"""The Wi-Fi network shown on the projector (a QR code phones read to join it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui import settings


class WifiDialog(QDialog):
    def __init__(self, store: settings.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Wi-Fi shown on the projector"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.ssid = QLineEdit(store.text(settings.WIFI_SSID))
        self.ssid.setAccessibleName(self.tr("Network name"))
        self.password = QLineEdit(store.text(settings.WIFI_PASSWORD))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        form.addRow(self.tr("Network &name:"), self.ssid)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.store.set(settings.WIFI_SSID, self.ssid.text().strip())
        self.store.set(settings.WIFI_PASSWORD, self.password.text())
        super().accept()
