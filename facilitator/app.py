"""Composition root: where the data and logs live, logging, and starting the desktop app."""

from __future__ import annotations

import locale
import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

from facilitator import __version__
from facilitator.domain.errors import FacilitatorError, set_language

APP_NAME = "facilitator"
APP_AUTHOR = "Facilitator"

log = logging.getLogger(__name__)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(data_dir: str | os.PathLike[str] | None) -> Path:
    """``--data-dir`` if given, else ``FACILITATOR_DATA_DIR``, else the platform's data folder."""
    if data_dir:
        return Path(data_dir).expanduser()
    env = os.environ.get("FACILITATOR_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def log_dir_for(data_dir: Path | None) -> Path:
    """Logs sit beside an explicit data folder, else in the platform's log folder."""
    if data_dir is not None:
        return data_dir / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path | None:
    """Log to a rotating file; return its path, or None when the folder cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for previous in list(root.handlers):
        if getattr(previous, "_facilitator", False):
            root.removeHandler(previous)
            previous.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "facilitator.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler._facilitator = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    log.info("Facilitator %s starting", __version__)
    return path


def system_language() -> str:
    """ "fr" or "en" from the environment; French when French is asked for, else English."""
    for var in ("FACILITATOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "fr" if code.lower().startswith("fr") else "en"


def configure_language(language: str | None = None) -> str:
    chosen = language or system_language()
    set_language(chosen)
    return chosen


def run_gui(data_dir: Path, *, language: str | None = None) -> int:
    """Open the desktop app. Qt is imported here only, so the command line stays light.

    ``language`` is ``--lang`` when given, else None: the app then uses the language saved in
    its settings, and the system's only when none is saved.
    """
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        raise FacilitatorError(
            "No screen found (DISPLAY is not set): the desktop app needs a graphical session. "
            "The command-line tools work without one; see facilitator --help.",
            "Aucun écran trouvé (DISPLAY n'est pas défini) : l'application a besoin d'une "
            "session graphique. Les commandes fonctionnent sans ; voir facilitator --help.",
        )
    from facilitator.ui.main import run

    status: int = run(data_dir, language=language, system_language=system_language())
    return status
