"""What goes into the frozen app, worked out from the project itself, for every OS alike.

Read by ``facilitator.spec`` (PyInstaller) and ``package.py``. Nothing here lists the project's
modules or dependencies by hand: the dependencies are those the installed ``facilitator``
distribution declares, the data is the whole ``assets/`` folder, so a package or a file added to
the project lands in the next build without an edit here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"

APP_NAME = "Facilitator"
EXECUTABLE = "facilitator"

#: Qt's Python modules the app never imports. PyInstaller only bundles the Qt modules something
#: imports, but optional imports in dependencies (and their hooks) could pull these in: each is
#: tens of MB with its libraries.
UNUSED_QT = (
    "QtQml",
    "QtQuick",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtNetwork",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtSql",
    "QtTest",
    "QtUiTools",
    "QtDesigner",
    "QtHelp",
    "QtPrintSupport",
    "QtConcurrent",
    "QtDBus",
    "QtSvgWidgets",
    "QtXml",
)

#: Standard-library parts an end user never runs (tests, IDE, docs server, Tk).
UNUSED_STDLIB = ("tkinter", "idlelib", "pydoc_data", "lib2to3", "ensurepip", "test")

#: Parts of dependencies the app never runs: httpx's own command line; rich's code highlighting,
#: tracebacks and markdown (the app draws progress bars and tables), which bring pygments
#: (4.5 MB of lexers); uvloop's test helpers (unittest).
UNUSED_PARTS = (
    "httpx._main",
    "rich.syntax",
    "rich.traceback",
    "rich.markdown",
    "pygments",
    "uvloop._testbase",
)

#: Qt plugins the app never loads on a laptop: framebuffer, kiosk and VNC platforms; the GTK
#: theme (native dialogs come through the desktop portal plugin instead, and GTK, cairo and
#: pango would come with it); image formats other than PNG (built in), SVG, ICO and ICNS; the
#: Wayland shells of cars and kiosks and its server-side buffer plugins. Kept: xcb and wayland
#: (desktops), offscreen (headless exports and the smoke test), minimal.
UNUSED_QT_PLUGINS = re.compile(
    r"plugins/(platforms/lib(qeglfs|qlinuxfb|qvnc|qvkkhrdisplay|qminimalegl)"
    r"|egldeviceintegrations/|generic/|platformthemes/libqgtk3"
    r"|imageformats/libq(gif|jpeg|tga|tiff|wbmp|webp|pdf)"
    r"|wayland-shell-integration/lib(ivi-shell|fullscreen-shell-v1|wl-shell-plugin|qt-shell)"
    r"|wayland-graphics-integration-client/lib[a-z-]+-server)"
)

#: Source files of assets that the build compiles or that only developers need.
SOURCE_ONLY = {".ts"}


def _package_constant(name: str) -> str:
    """A string constant of ``facilitator/__init__.py``, read without importing the app."""
    text = (ROOT / "facilitator" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(rf'^{name} = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit(f"no {name} in facilitator/__init__.py")
    return found.group(1)


def version() -> str:
    """The version in ``facilitator/__init__.py``: one place for every installer."""
    return _package_constant("__version__")


#: The reverse-DNS id (``facilitator.APP_ID``); the Linux desktop and AppStream files in
#: installers/linux are named after it.
APP_ID = _package_constant("APP_ID")


def languages() -> tuple[str, ...]:
    """The interface languages, as the app defines them."""
    text = (ROOT / "facilitator" / "ui" / "i18n.py").read_text(encoding="utf-8")
    found = re.search(r"^SUPPORTED = \(([^)]*)\)", text, re.MULTILINE)
    if found is None:
        raise SystemExit("no SUPPORTED languages in facilitator/ui/i18n.py")
    return tuple(re.findall(r'"([a-z]+)"', found.group(1)))


def _requirement_name(requirement: str) -> str | None:
    """The distribution a requirement names, or None when its marker rules it out here."""
    from packaging.requirements import Requirement

    parsed = Requirement(requirement)
    if parsed.marker is not None and not parsed.marker.evaluate({"extra": ""}):
        return None  # an extra (tests) or another OS
    return parsed.name


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def dependencies() -> list[str]:
    """The distributions the installed ``facilitator`` declares for this OS (no extras)."""
    try:
        declared = metadata.requires("facilitator") or []
    except metadata.PackageNotFoundError:
        raise SystemExit("facilitator is not installed in this Python: run scripts/venv") from None
    names = (_requirement_name(r) for r in declared)
    return sorted({_normalise(n) for n in names if n})


def top_level_modules(distributions: list[str]) -> list[str]:
    """The importable top-level names each distribution provides."""
    wanted = set(distributions)
    found: set[str] = set()
    for module, owners in metadata.packages_distributions().items():
        if module.startswith("_") or not module.isidentifier():
            continue
        if any(_normalise(owner) in wanted for owner in owners):
            found.add(module)
    return sorted(found)


def hidden_imports() -> list[str]:
    """Every dependency's top level, so one imported lazily (or not yet) still ships.

    PyInstaller's hooks then add what each imports dynamically (uvicorn's protocol and loop
    modules, keyring's backends); the project's own modules come in whole because the command
    line imports its subcommands by name.
    """
    from PyInstaller.utils.hooks import collect_submodules

    modules = [m for m in top_level_modules(dependencies()) if find_spec(m) is not None]
    return [*modules, *collect_submodules("facilitator")]


def metadata_datas() -> list[tuple[str, str]]:
    """Every dependency's dist-info, so ``importlib.metadata`` (entry points, versions) works."""
    from PyInstaller.utils.hooks import copy_metadata

    datas: list[tuple[str, str]] = []
    for name in ["facilitator", *dependencies()]:
        datas += copy_metadata(name, recursive=True)
    return sorted(set(datas))


def asset_files() -> Iterator[Path]:
    for path in sorted(ASSETS.rglob("*")):
        if path.is_file() and path.suffix not in SOURCE_ONLY:
            yield path


def asset_datas(compiled_translations: Path) -> list[tuple[str, str]]:
    """``assets/`` as it is, with each ``.ts`` replaced by its compiled ``.qm``."""
    datas = [(str(p), str(p.parent.relative_to(ROOT))) for p in asset_files()]
    datas += [(str(qm), "assets/translations") for qm in sorted(compiled_translations.glob("*.qm"))]
    if not any(dest == "assets/translations" for _, dest in datas):
        raise SystemExit(f"no compiled translations in {compiled_translations}")
    return datas


def keep_qt_file(source: str, destination: str) -> bool:
    """False for the Qt plugins and translations the app does not need."""
    path = f"{destination}/{Path(source).name}".replace("\\", "/")
    if UNUSED_QT_PLUGINS.search(path):
        return False
    translation = re.search(r"Qt/translations/[a-z]+_([a-zA-Z]+)(_[a-zA-Z]+)?\.qm$", path)
    return translation is None or translation.group(1) in languages()


def icon(kind: str) -> str:
    """The app icon in a format: ``ico`` (Windows), ``icns`` (macOS), ``svg``."""
    return str(ASSETS / "icons" / f"{EXECUTABLE}.{kind}")


def excludes() -> list[str]:
    return [*(f"PySide6.{m}" for m in UNUSED_QT), *UNUSED_STDLIB, *UNUSED_PARTS]


def platform_icon() -> str | None:
    """The executable's own icon; Linux executables have none (the desktop entry names it)."""
    if sys.platform == "win32":
        return icon("ico")
    if sys.platform == "darwin":
        return icon("icns")
    return None


#: The words macOS shows when the app first listens for phones on the local network (its
#: local-network privacy prompt); French is the app's first language, English follows.
LOCAL_NETWORK_USAGE = {
    "fr": "Facilitator sert la page de vote aux téléphones des participants sur le réseau de la "
    "salle (Wi-Fi ou partage de connexion). Rien ne passe par internet.",
    "en": "Facilitator serves the voting page to participants' phones on the room's network "
    "(Wi-Fi or hotspot). Nothing goes through the internet.",
}


def mac_info_plist() -> dict[str, object]:
    """Info.plist entries beyond PyInstaller's defaults. No Bonjour: phones join by QR code."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "CFBundleDevelopmentRegion": "fr",
        "CFBundleLocalizations": list(languages()),
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",  # what PySide6 6.6 and later support
        "NSHighResolutionCapable": True,
        "NSLocalNetworkUsageDescription": LOCAL_NETWORK_USAGE["fr"],
    }
