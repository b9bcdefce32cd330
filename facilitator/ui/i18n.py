"""Translations: the Qt Linguist catalogues in ``assets/translations``, compiled when missing.

The ``.ts`` files are the source; ``.qm`` files are built at build time. When a checkout has no
``.qm`` yet (they are not versioned), the catalogue is compiled once into the cache folder with
Qt's ``lrelease``; when even that fails, the app runs in English rather than not at all.

After changing interface strings, refresh the catalogue (translations already made are kept):
``pyside6-lupdate facilitator/ui/*.py -ts assets/translations/facilitator_fr.ts``, then translate
the new entries with Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator import resources
from facilitator.domain.errors import set_language

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = resources.asset("translations")
SUPPORTED = ("fr", "en")


def choose_language(explicit: str | None, saved: str, system: str) -> str:
    """The interface language: ``--lang`` if given, else the saved choice, else the system's.

    ``saved`` is "" while the user follows the system (Settings → Language).
    """
    for candidate in (explicit, saved, system):
        if candidate in SUPPORTED:
            return candidate
    return "en"


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("facilitator", "Facilitator")) / "translations"


def _lrelease() -> str | None:
    import shutil

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("lrelease") or shutil.which("pyside6-lrelease")


def compiled_catalogue(language: str, cache_dir: Path | None = None) -> Path | None:
    """The ``.qm`` for ``language``: beside its ``.ts`` if built, else compiled into the cache."""
    source = TRANSLATIONS_DIR / f"facilitator_{language}.ts"
    built = source.with_suffix(".qm")
    if built.exists() and (not source.exists() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.exists():
        return None
    import subprocess  # only when a catalogue must be built: keeps start-up lean

    cache_dir = cache_dir or default_cache_dir()
    # Named by the sources' content, not dated: every copy of the app on this computer (two
    # versions, two checkouts) shares the cache, and a date cannot tell their catalogues apart.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = cache_dir / f"{built.stem}-{digest}.qm"
    if cached.exists():
        return cached
    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease found; the interface stays in English")
        return None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        # compiled beside, then renamed: a catalogue found in the cache is always whole
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.part")
        subprocess.run(
            [tool, "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=30,
        )
        partial.replace(cached)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", source, exc)
        return None
    return cached if cached.exists() else None


def install(
    app: QCoreApplication, language: str, cache_dir: Path | None = None
) -> list[QTranslator]:
    """Load our catalogue and Qt's own (standard buttons) for ``language``; return them."""
    set_language(language)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    translators: list[QTranslator] = []
    if language != "en":
        qt_translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_translator)
            translators.append(qt_translator)
    # English is the source language; its catalogue only words the plurals ("1 voter")
    catalogue = compiled_catalogue(language, cache_dir)
    ours = QTranslator(app)
    if catalogue is not None and ours.load(str(catalogue)):
        app.installTranslator(ours)
        translators.append(ours)
        log.info("interface language %s, catalogue %s", language, catalogue)
    else:
        # says in the log (and to the frozen build's smoke test) that a build lost its catalogue
        log.warning(
            "no %s catalogue in %s: the interface is not translated",
            language,
            catalogue or TRANSLATIONS_DIR,
        )
    return translators
