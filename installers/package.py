"""Builds the frozen app and packs it for the OS it runs on; see docs/installers.md.

    python installers/package.py [--force]

Linux: ``dist/facilitator-VERSION-linux-ARCH.tar.gz``. Windows: the Inno Setup installer
``dist/Facilitator-VERSION-setup.exe`` (needs ``iscc`` on PATH). macOS: ``dist/Facilitator.app``
and ``dist/Facilitator-VERSION.dmg``. Run it with the Python that has ``facilitator[build]``
installed (scripts/build-linux, scripts/build-macos and scripts\\build-windows.cmd do).

A build is skipped when its key (the sources, assets, installers, pyproject and the versions of
every installed distribution) matches the last one, so reruns of the smoke test are quick;
``--force`` (and any clean clone, such as CI's) builds afresh.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle  # installers/bundle.py

ROOT = bundle.ROOT
WORK = ROOT / "build" / "frozen"
DIST = ROOT / "dist"
#: What the build depends on, besides the installed distributions.
INPUTS = ("facilitator", "assets", "installers", "pyproject.toml")


def build_key() -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        top = ROOT / name
        files = [top] if top.is_file() else sorted(top.rglob("*"))
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".qm":
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join([sys.version, platform.platform(), *installed]).encode())
    return digest.hexdigest()


def compile_translations(folder: Path) -> Path:
    """Each interface catalogue compiled the way the app itself compiles a missing one."""
    from facilitator.ui import i18n

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for language in bundle.languages():
        if not (i18n.TRANSLATIONS_DIR / f"facilitator_{language}.ts").exists():
            continue
        compiled = i18n.compiled_catalogue(language, folder / "cache")
        if compiled is None:
            raise SystemExit(f"could not compile the {language} catalogue (is lrelease there?)")
        shutil.copy2(compiled, folder / f"facilitator_{language}.qm")
    shutil.rmtree(folder / "cache", ignore_errors=True)
    return folder


def freeze() -> Path:
    """Run PyInstaller on the spec; return the one-folder app (or the .app on macOS)."""
    translations = compile_translations(WORK / "translations")
    env = {**os.environ, "FACILITATOR_BUILD_TRANSLATIONS": str(translations)}
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={WORK / 'dist'}",
        f"--workpath={WORK / 'work'}",
        str(ROOT / "installers" / "facilitator.spec"),
    ]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    if sys.platform == "darwin":
        return WORK / "dist" / f"{bundle.APP_NAME}.app"
    return WORK / "dist" / bundle.EXECUTABLE


def linux_package(folder: Path) -> Path:
    """The folder, its desktop entry, AppStream file, icons and installer script, as tar.gz."""
    version = bundle.version()
    name = f"{bundle.EXECUTABLE}-{version}"
    target = DIST / f"{name}-linux-{platform.machine()}.tar.gz"
    linux = ROOT / "installers" / "linux"
    extras = {
        f"share/applications/{bundle.APP_ID}.desktop": linux / f"{bundle.APP_ID}.desktop",
        f"share/metainfo/{bundle.APP_ID}.metainfo.xml": linux / f"{bundle.APP_ID}.metainfo.xml",
        "install.sh": linux / "install.sh",
    }
    for png in sorted((bundle.ASSETS / "icons").glob(f"{bundle.EXECUTABLE}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        extras[f"share/icons/hicolor/{size}x{size}/apps/{bundle.APP_ID}.png"] = png
    svg = bundle.ASSETS / "icons" / f"{bundle.EXECUTABLE}.svg"
    extras[f"share/icons/hicolor/scalable/apps/{bundle.APP_ID}.svg"] = svg
    DIST.mkdir(exist_ok=True)
    partial = target.with_suffix(".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=f"{name}/app")
        for arcname, source in extras.items():
            tar.add(source, arcname=f"{name}/{arcname}")
    partial.replace(target)
    return target


def windows_package(folder: Path) -> Path:
    """The Inno Setup installer, from installers/windows/facilitator.iss."""
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    candidates = [shutil.which("iscc"), str(default / "Inno Setup 6" / "ISCC.exe")]
    iscc = next((c for c in candidates if c and Path(c).exists()), None)
    if iscc is None:
        raise SystemExit("Inno Setup 6's ISCC.exe was not found: install Inno Setup 6 first")
    version = bundle.version()
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DAppId={bundle.APP_ID}",
            f"/DSourceDir={folder}",
            f"/DIconFile={bundle.icon('ico')}",
            f"/O{DIST}",
            str(ROOT / "installers" / "windows" / "facilitator.iss"),
        ],
        check=True,
    )
    return DIST / f"{bundle.APP_NAME}-{version}-setup.exe"


def mac_package(app: Path) -> Path:
    """The .app with its French and English permission texts, signed ad hoc, in a DMG."""
    resources = app / "Contents" / "Resources"
    for language, text in bundle.LOCAL_NETWORK_USAGE.items():
        strings = resources / f"{language}.lproj" / "InfoPlist.strings"
        strings.parent.mkdir(parents=True, exist_ok=True)
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        strings.write_text(f'"NSLocalNetworkUsageDescription" = "{escaped}";\n', "utf-16")
    # ad hoc: runs on the building Mac; a Developer ID and notarisation are needed to ship
    subprocess.run(["codesign", "--force", "--deep", "--sign", "-", str(app)], check=True)
    DIST.mkdir(exist_ok=True)
    shipped = DIST / app.name
    shutil.rmtree(shipped, ignore_errors=True)
    shutil.copytree(app, shipped, symlinks=True)
    staging = WORK / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    dmg = DIST / f"{bundle.APP_NAME}-{bundle.version()}.dmg"
    dmg.unlink(missing_ok=True)
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            bundle.APP_NAME,
            "-srcfolder",
            str(staging),
            "-format",
            "UDZO",
            str(dmg),
        ],
        check=True,
    )
    return dmg


def package(folder: Path) -> Path:
    if sys.platform == "win32":
        return windows_package(folder)
    if sys.platform == "darwin":
        return mac_package(folder)
    return linux_package(folder)


def ensure_package(*, force: bool = False) -> Path:
    """The package for this OS: the last one if nothing changed since, else a fresh build."""
    key = build_key()
    stamp = WORK / "key"
    last = WORK / "package"
    if not force and stamp.exists() and last.exists():
        previous = Path(last.read_text(encoding="utf-8"))
        if stamp.read_text(encoding="utf-8") == key and previous.exists():
            return previous
    stamp.unlink(missing_ok=True)
    result = package(freeze())
    WORK.mkdir(parents=True, exist_ok=True)
    last.write_text(str(result), encoding="utf-8")
    stamp.write_text(key, encoding="utf-8")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build even if nothing changed")
    args = parser.parse_args()
    print(ensure_package(force=args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())
