"""The desktop app's preferences (language, projector screen and theme, Wi-Fi details).

Stored in an INI file beside the workspace, so a data folder carries its own preferences and
every test starts from a clean slate.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGE = "ui/language"  # "fr", "en" or "" (follow the system)
PROJECTOR_SCREEN = "projector/screen"
PROJECTOR_DARK = "projector/dark"
WIFI_SSID = "wifi/ssid"
WIFI_PASSWORD = "wifi/password"
WINDOW_GEOMETRY = "window/geometry"


class Settings:
    """Typed access to the preferences file."""

    def __init__(self, data_dir: Path) -> None:
        self._qsettings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

    def text(self, key: str, default: str = "") -> str:
        value = self._qsettings.value(key, default)
        return value if isinstance(value, str) else default

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._qsettings.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    def raw(self, key: str) -> object:
        return self._qsettings.value(key)

    def set(self, key: str, value: object) -> None:
        self._qsettings.setValue(key, value)
        self._qsettings.sync()
