"""Smoke test of the frozen Linux build, as a spokesperson gets it.

The package is built (``installers/package.py``, skipped when nothing changed since the last
build) and unpacked into a temporary folder. Every command then runs from there, in its own
mount namespace where the source tree and the Python installation are hidden under empty
tmpfs mounts, from an empty working directory, with a bare environment (no PYTHONPATH, no
virtualenv) and fontconfig pointed at an empty configuration: the phone page, the
translations and the fonts can only come from the package itself.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import bundle
import httpx
import pytest
from openpyxl import load_workbook
from package import ensure_package

import facilitator
from tests.export.test_pdf_fonts import embedded_fonts, no_system_fonts
from tests.processes import first_line, reaped, stop
from tests.storage.test_disk_limits import _unshare
from tests.ui.conftest import HARMLESS

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 1500  # seconds; a fresh build takes about one minute here

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(BUILD_TIMEOUT + 300),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux package"),
]


def unexpected(stderr: str, *expected: str) -> list[str]:
    """Lines of ``stderr`` that are neither Qt's offscreen chatter nor ``expected``."""
    allowed = (*HARMLESS, *expected)
    return [line for line in stderr.splitlines() if not any(a in line for a in allowed)]


@dataclass(frozen=True)
class Frozen:
    """The unpacked package, run out of reach of the source tree."""

    executable: Path
    home: Path
    env: dict[str, str]

    def sandboxed(self, *argv: str) -> list[str]:
        """``argv`` with the source tree and the Python installation hidden."""
        pythons = {Path(p).resolve() for p in (sys.base_prefix, sys.prefix)}
        hidden = [ROOT, *(p for p in pythons if not p.is_relative_to(ROOT))]
        mounts = " && ".join(f"mount -t tmpfs tmpfs '{path}'" for path in hidden)
        # exec: the program itself gets the signals sent to this process
        return [*_unshare(), "sh", "-c", f'{mounts} && exec "$@"', "sh", *argv]

    def command(self, *args: str) -> list[str]:
        return self.sandboxed(str(self.executable), *args)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run_sandboxed(str(self.executable), *args)

    def run_sandboxed(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.sandboxed(*argv),
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.home,
            timeout=120,
            check=False,
        )

    def start(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(*args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**self.env, **(env or {})},
            cwd=self.home,
        )


def build_package() -> Path:
    try:
        return ensure_package()
    except subprocess.CalledProcessError as failed:  # PyInstaller's output is captured above
        pytest.fail(f"the frozen build failed: {failed}", pytrace=False)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    package = build_package()
    base = tmp_path_factory.mktemp("frozen")
    with tarfile.open(package) as tar:
        tar.extractall(base / "unpacked", filter="tar")
    (top,) = (base / "unpacked").iterdir()
    home, runtime = base / "home", base / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
        "FONTCONFIG_FILE": no_system_fonts(base)["FONTCONFIG_FILE"],
    }
    return Frozen(top / "app" / "facilitator", home, env)


@pytest.fixture(scope="module")
def demo(frozen: Frozen) -> tuple[Path, str]:
    """A workspace with the demo meeting, made by the frozen app."""
    data = frozen.home / "data"
    made = frozen.run("--data-dir", str(data), "demo")
    assert made.returncode == 0, made.stderr
    assert unexpected(made.stderr) == []
    return data, made.stdout.strip()


def test_the_package_holds_the_app_its_desktop_entry_and_icons(frozen: Frozen) -> None:
    top = frozen.executable.parent.parent
    app_id = facilitator.APP_ID
    assert (top / "install.sh").stat().st_mode & 0o111
    assert (top / "share" / "applications" / f"{app_id}.desktop").is_file()
    assert (top / "share" / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    for size in (16, 32, 48, 128, 256, 512):
        assert (top / f"share/icons/hicolor/{size}x{size}/apps/{app_id}.png").is_file()
    # the window's icon set with its licence, and the user guide the Help menu opens
    assets = frozen.executable.parent / "_internal" / "assets"
    assert (assets / "icons" / "ui" / "LICENSE").is_file()
    assert (assets / "icons" / "ui" / "vote.svg").is_file()
    assert (assets / "guide" / "fr.md").is_file() and (assets / "guide" / "en.md").is_file()
    # with the screenshots it shows, beside it as in the source tree (its links are relative)
    source = bundle.ASSETS / "guide" / "images"
    wanted = sorted(str(p.relative_to(source)) for p in source.rglob("*.png"))
    shipped = sorted(
        str(p.relative_to(assets / "guide" / "images"))
        for p in (assets / "guide" / "images").rglob("*.png")
    )
    assert len(wanted) >= 16 and shipped == wanted
    version = frozen.run("--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"facilitator {facilitator.__version__}"


def test_the_phone_page_is_served_over_loopback(frozen: Frozen, demo: tuple[Path, str]) -> None:
    data, meeting = demo
    with reaped(
        frozen.start("--data-dir", str(data), "serve", meeting, "--host", "127.0.0.1")
    ) as server:
        url = first_line(server).strip()
        assert url.startswith("http://127.0.0.1:"), url
        origin = httpx.URL(url).copy_with(path="/")
        with httpx.Client(base_url=origin, follow_redirects=True, timeout=10) as client:
            page = client.get(url)
            script = client.get("/static/app.js")
            style = client.get("/static/app.css")
        err = stop(server)
    assert page.status_code == 200 and '<script src="/static/app.js"' in page.text
    assert script.status_code == 200 and len(script.content) > 1000
    assert style.status_code == 200
    assert server.returncode == 0, err
    # what serve says on loopback: phones cannot reach it, and how to stop
    assert unexpected(err, "not connected to any network", "Ctrl+C") == []


def test_exports_an_xlsx_and_a_pdf_report_in_the_bundled_font(
    frozen: Frozen, demo: tuple[Path, str]
) -> None:
    data, meeting = demo
    xlsx, pdf = frozen.home / "meeting.xlsx", frozen.home / "report.pdf"
    for option, target in (("--xlsx", xlsx), ("--pdf", pdf)):
        done = frozen.run("--data-dir", str(data), "export", meeting, option, str(target))
        assert done.returncode == 0, done.stderr
        assert unexpected(done.stderr) == []
    workbook = load_workbook(xlsx, read_only=True)
    try:
        assert len(workbook.sheetnames) >= 3
    finally:
        workbook.close()
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= set(embedded_fonts(pdf))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Consultation : réaménagement de la place" in text


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server (Xvfb), for the platform plugin a Linux desktop really uses."""
    xvfb = shutil.which("Xvfb")
    assert xvfb is not None, "needs Xvfb (scripts/system-deps test)"
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def start_and_quit(frozen: Frozen, data: Path, env: dict[str, str]) -> str:
    """Open the desktop app in French, wait for its window, SIGTERM it; return its stderr."""
    with reaped(frozen.start("--data-dir", str(data), "--lang", "fr", env=env)) as app:
        assert first_line(app) == "ready\n"
        err = stop(app)
    assert app.returncode == 0, err
    return err


@pytest.mark.parametrize("platform", ["offscreen", "xcb"])
def test_the_desktop_app_opens_in_french_and_quits_cleanly(
    frozen: Frozen, demo: tuple[Path, str], platform: str, request: pytest.FixtureRequest
) -> None:
    data, _ = demo
    env = {"FACILITATOR_PRINT_READY": "1", "QT_QPA_PLATFORM": platform}
    if platform == "xcb":
        env["DISPLAY"] = request.getfixturevalue("display")
    log = data / "logs" / "facilitator.log"
    log.unlink(missing_ok=True)
    err = start_and_quit(frozen, data, env)
    assert unexpected(err) == []
    lines = log.read_text(encoding="utf-8").splitlines()
    # the French catalogue came from inside the package, and nothing went wrong
    bundled = frozen.executable.parent / "_internal" / "assets" / "translations"
    assert any(f"catalogue {bundled / 'facilitator_fr.qm'}" in line for line in lines), lines
    assert [line for line in lines if " WARNING " in line or " ERROR " in line] == []


def test_install_sh_puts_the_app_in_the_menu_and_uninstall_removes_it(
    frozen: Frozen, tmp_path: Path
) -> None:
    top = frozen.executable.parent.parent
    prefix = tmp_path / "local"
    env = {**frozen.env, "PREFIX": str(prefix)}
    installed = subprocess.run(
        [str(top / "install.sh")], capture_output=True, text=True, env=env, check=False
    )
    assert installed.returncode == 0, installed.stderr
    app_id = facilitator.APP_ID
    entry = prefix / "share" / "applications" / f"{app_id}.desktop"
    assert f'Exec="{prefix}/lib/facilitator/facilitator"\n' in entry.read_text(encoding="utf-8")
    valid = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert valid.returncode == 0 and valid.stdout == "", valid.stdout
    assert (prefix / f"share/icons/hicolor/256x256/apps/{app_id}.png").is_file()
    command = subprocess.run(
        [str(prefix / "bin" / "facilitator"), "--version"],
        capture_output=True,
        text=True,
        env=frozen.env,
        check=False,
    )
    assert command.stdout.strip() == f"facilitator {facilitator.__version__}", command.stderr

    removed = subprocess.run(
        [str(top / "install.sh"), "--uninstall"], capture_output=True, text=True, env=env
    )
    assert removed.returncode == 0, removed.stderr
    # the menu and icon caches are the desktop's, rebuilt for what remains
    caches = {"mimeinfo.cache", "icon-theme.cache"}
    left = [p for p in prefix.rglob("*") if not p.is_dir() and p.name not in caches]
    assert left == []


def test_signs_in_to_a_platform_with_the_secret_in_the_system_keyring(
    frozen: Frozen, demo: tuple[Path, str]
) -> None:
    """keyring finds its Secret Service backend (entry points, jeepney, cryptography) frozen."""
    from tests.sync.standin.server import StandIn

    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"needs {tool} (scripts/system-deps test)"
    data, _ = demo
    platform = StandIn()
    platform.start()
    try:
        app = f'"$0" --data-dir "{data}" --lang en'
        url = platform.url
        session = "\n".join(
            [
                "set -e",
                "printf secret | gnome-keyring-daemon --unlock --components=secrets >/dev/null",
                f"FACILITATOR_DECIDIM_API_SECRET=api-secret-1 {app} signin {url} "
                "--api-key api-key-1 </dev/null",
                f"{app} platform {url} --json > platform.json",
                f"{app} signout {url}",
            ]
        )
        done = frozen.run_sandboxed(
            "dbus-run-session", "--", "sh", "-c", session, str(frozen.executable)
        )
    finally:
        platform.stop()
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Signed in to {url}" in done.stdout and "system keyring" in done.stdout
    assert f"Signed out of {url}" in done.stdout
    # the second command had no credentials but those the keyring kept
    listed = json.loads((frozen.home / "platform.json").read_text(encoding="utf-8"))
    assert listed["spaces"], listed
    # dbus-daemon cannot raise its file limit in a container: its own warning
    assert unexpected(done.stderr, "dbus-daemon", "gnome-keyring") == []
