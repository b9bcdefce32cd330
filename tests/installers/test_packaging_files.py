"""The files the installers ship beside the app: valid, and agreeing with the package.

The desktop entry and AppStream file are checked by the validators the Linux desktops use; the
icons are read back to their pixel sizes; every installer names the app by ``facilitator.APP_ID``
and takes its version from ``facilitator.__version__``.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import bundle
import pytest

import facilitator

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installers" / "linux"
ICONS = ROOT / "assets" / "icons"
DESKTOP = LINUX / f"{facilitator.APP_ID}.desktop"
METAINFO = LINUX / f"{facilitator.APP_ID}.metainfo.xml"


def validator(name: str) -> str:
    tool = shutil.which(name)
    assert tool is not None, f"needs {name} (scripts/system-deps test)"
    return tool


def test_the_desktop_entry_is_valid() -> None:
    done = subprocess.run(
        [validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout == "", done.stdout
    text = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={facilitator.APP_ID}\n" in text
    assert "Exec=facilitator\n" in text  # install.sh rewrites it to the installed path


def test_the_appstream_file_is_valid_and_names_this_version() -> None:
    done = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == facilitator.APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == facilitator.__version__


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_each_png_icon_has_its_size(size: int) -> None:
    assert png_size(ICONS / f"facilitator-{size}.png") == (size, size)


def test_the_windows_icon_holds_16_to_256() -> None:
    data = (ICONS / "facilitator.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    # a width byte of 0 means 256
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_the_macos_icon_holds_16_to_512() -> None:
    data = (ICONS / "facilitator.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        kinds.add(kind)
        offset += length
    # 16, 32, 128, 256 and 512 pixels
    assert {b"is32", b"il32", b"it32", b"ic08", b"ic09"} <= kinds


def test_the_icon_sources_carry_a_licence() -> None:
    assert "CC0" in (ICONS / "LICENSE").read_text(encoding="utf-8")
    assert "Bitstream Vera" in (ROOT / "assets" / "fonts" / "LICENSE").read_text(encoding="utf-8")


def test_installers_take_the_version_and_id_from_the_package() -> None:
    assert bundle.version() == facilitator.__version__
    assert bundle.APP_ID == facilitator.APP_ID
    plist = bundle.mac_info_plist()
    plistlib.dumps(plist)  # a valid property list
    assert plist["CFBundleShortVersionString"] == facilitator.__version__
    assert "téléphones" in str(plist["NSLocalNetworkUsageDescription"])
    assert set(bundle.LOCAL_NETWORK_USAGE) == set(bundle.languages()) == {"fr", "en"}
    iss = (ROOT / "installers" / "windows" / "facilitator.iss").read_text(encoding="utf-8")
    # no version or id of its own: both come from package.py's /D options
    assert "AppVersion={#AppVersion}" in iss and "AppId={#AppId}" in iss
    assert not re.search(r"\d+\.\d+\.\d+", iss)


def test_the_bundle_takes_every_declared_dependency_and_all_assets() -> None:
    from importlib import metadata

    declared = bundle.dependencies()
    assert "pyside6-essentials" in declared and "keyring" in declared
    assert not any(name in declared for name in ("pytest", "pyinstaller"))  # extras stay out
    modules = bundle.top_level_modules(declared)
    assert {"PySide6", "keyring", "uvicorn", "starlette", "openpyxl", "httpx"} <= set(modules)
    assert metadata.version("facilitator") == facilitator.__version__
    files = {p.relative_to(ROOT / "assets").as_posix() for p in bundle.asset_files()}
    assert {
        "web/index.html",
        "web/app.js",
        "fonts/DejaVuSans.ttf",
        "icons/facilitator.svg",
    } <= files
    assert not any(name.endswith(".ts") for name in files)  # compiled to .qm by the build
