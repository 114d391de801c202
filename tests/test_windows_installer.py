"""The Windows installer, built here and started under Wine: dist/KPU-Rakor-Setup-<version>-win64.exe installs
silently into a fresh Wine prefix, and the installed program runs: the command line (demo, meeting list,
check-in, daftar hadir PDF), the desktop app offscreen, an upgrade over itself, /ALLUSERS, and the uninstaller,
which leaves the data where it was.

The installer is (re)built by installer/build.py first; a build with nothing changed takes seconds (downloads
and the compressed installer are cached in build/windows and dist/). Skipped only where wine or makensis is
missing; .ci/run installs both.

Two Wine 8 gaps are bridged in the test prefix, never in the installer (real Windows has neither gap):
- A console program started by Wine with Unix files or pipes as its standard handles cannot open them
  (Python stops with "init_sys_streams: Invalid handle"). Each command therefore runs from a batch file that
  redirects its output into files inside the prefix, as an IT script on Windows would.
- Qt6Core imports icuuc.dll, part of Windows 10 1903+ but not of Wine: tests/wine_icu_stub.py writes a
  stand-in with the same exports.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import wine_icu_stub

pytestmark = pytest.mark.windows_installer

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
INSTALLER = ROOT / "dist" / f"KPU-Rakor-Setup-{VERSION}-win64.exe"
REPORT = ROOT / "build" / "windows" / "wine-report.txt"
USER_DIR = r"C:\users\{user}\AppData\Local\Programs\KPU Rakor"
DATA_DIR = r"C:\users\{user}\AppData\Roaming\KPU\KPU Rakor"
UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\KPU Rakor"


def report(line: str) -> None:
    """Measurements and findings, for the closing note: printed (pytest -s, -rA) and kept in build/windows."""
    print(line)
    with open(REPORT, "a", encoding="utf-8") as f:
        f.write(line + "\n")


@pytest.fixture(scope="module")
def installer() -> Path:
    if shutil.which("wine") is None:
        pytest.skip("wine is not installed (apt-get install wine wine64; .ci/run installs it)")
    if shutil.which("makensis") is None:
        pytest.skip("makensis is not installed (apt-get install nsis; .ci/run installs it)")
    done = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")], cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, f"installer build failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    assert INSTALLER.exists()
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("", encoding="utf-8")
    report(f"installer {INSTALLER.name}: {INSTALLER.stat().st_size / 1e6:.1f} MB")
    return INSTALLER


class Wine:
    """One throwaway Wine prefix; `cmd(line)` runs a Windows command line from a batch file and returns
    (exit status, stdout, stderr)."""

    def __init__(self, prefix: Path):
        self.prefix = prefix
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(prefix.parent),
            "USER": os.environ.get("USER", "root") or "root", "WINEPREFIX": str(prefix), "WINEDEBUG": "-all",
            # No Mono/Gecko install prompts; no X display: the app runs offscreen.
            "WINEDLLOVERRIDES": "mscoree,mshtml=", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
        }
        self.user = self.env["USER"]
        self.count = 0

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run(["wine", *args], env=self.env, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout)

    def wait(self) -> None:
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300)

    def path(self, windows_path: str) -> Path:
        assert windows_path[1:3] == ":\\", windows_path
        return self.prefix / "drive_c" / Path(*windows_path[3:].split("\\"))

    def cmd(self, line: str, timeout: float = 300) -> tuple[int, str, str]:
        self.count += 1
        n = self.count
        work = self.path(r"C:\kpu-test")
        work.mkdir(exist_ok=True)
        (work / f"run{n}.cmd").write_bytes(
            f"@echo off\r\n{line} > C:\\kpu-test\\out{n}.txt 2> C:\\kpu-test\\err{n}.txt < NUL\r\n"
            f"exit /b %ERRORLEVEL%\r\n".encode("utf-8"))
        done = self.run("cmd", "/c", rf"C:\kpu-test\run{n}.cmd", timeout=timeout)

        def text(name: str) -> str:
            raw = (work / name).read_bytes() if (work / name).exists() else b""
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                return raw.decode("cp1252", errors="replace")
        return done.returncode, text(f"out{n}.txt"), text(f"err{n}.txt")

    def reg_query(self, key: str) -> str:
        return self.run("reg", "query", key).stdout.decode("utf-8", "replace").replace("\r", "")


@pytest.fixture(scope="module")
def wine(installer, tmp_path_factory) -> Wine:
    w = Wine(tmp_path_factory.mktemp("wine") / "prefix")
    w.run("wineboot", "-i", timeout=600)
    w.wait()
    # Qt 6 supports Windows 10 and 11 only; a new Wine 8 prefix says Windows 7.
    w.run("reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/t", "REG_SZ", "/d", "win10", "/f")
    w.wait()
    wine_icu_stub.install(w.prefix / "drive_c" / "windows" / "system32")
    yield w
    subprocess.run(["wineserver", "-k"], env=w.env, timeout=60)


@pytest.fixture(scope="module")
def installed(wine, installer) -> Path:
    import time
    started = time.monotonic()
    done = wine.run(str(installer), "/S", timeout=900)
    wine.wait()
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-3000:]
    folder = wine.path(USER_DIR.format(user=wine.user))
    assert (folder / "python" / "python.exe").exists(), f"nothing installed in {folder}"
    size = subprocess.run(["du", "-sk", str(folder)], capture_output=True, text=True).stdout.split()[0]
    report(f"silent per-user install under Wine: {time.monotonic() - started:.0f} s; installed size (du): "
           f"{int(size) / 1024:.0f} MB in {sum(1 for p in folder.rglob('*') if p.is_file())} files")
    return folder


def cli(wine: Wine, folder: Path, args: str, db: str = r"sqlite:///C:/kpu-test/t.db") -> tuple[int, str, str]:
    windows = USER_DIR.format(user=wine.user)
    return wine.cmd(rf'call "{windows}\kpu-rakor-cli.cmd" --db {db} {args}')


def test_per_user_install_has_shortcuts_and_an_uninstall_entry(wine, installed):
    start_menu = wine.path(rf"C:\users\{wine.user}\AppData\Roaming\Microsoft\Windows\Start Menu\Programs")
    assert (start_menu / "KPU Rakor.lnk").exists()
    assert (start_menu / "KPU Rakor (baris perintah).lnk").exists()
    for name in ("kpu-rakor.cmd", "kpu-rakor-cli.cmd", "kpu-rakor.ico", "uninstall.exe",
                 "python/pythonw.exe", "python/python313._pth"):
        assert (installed / name).exists(), name
    entry = wine.reg_query(rf"HKCU\{UNINSTALL_KEY}")
    for value in ("DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "EstimatedSize",
                  "UninstallString", "QuietUninstallString", "InstallLocation"):
        assert value in entry, entry
    assert VERSION in entry
    # Only what the app uses: no WebEngine, no Qt Quick/QML, no tests; bytecode only from the install itself.
    site = installed / "python" / "Lib" / "site-packages"
    shipped = {p.name.lower() for p in (site / "PySide6").iterdir()}
    assert not {n for n in shipped if "webengine" in n or "qml" in n or "quick" in n or n == "opengl32sw.dll"}
    assert not list(site.glob("*/tests"))
    # The interface's catalogues, and Qt's dialogs in Indonesian (Qt's own translations folder is not shipped).
    for qm in ("kpu_rakor_en.qm", "qtbase_id.qm"):
        assert (site / "kpu_rakor" / "resources" / "i18n" / qm).is_file(), qm


def test_command_line_demo_list_checkin_and_daftar_hadir(wine, installed):
    code, out, err = cli(wine, installed, "demo")
    assert code == 0, err
    assert "Data demo dimuat" in out

    code, out, err = cli(wine, installed, "meeting list --json")
    assert code == 0, err
    meetings = json.loads(out)
    assert len(meetings) >= 10
    hosted = next(m["id"] for m in meetings if m["our_role"] == "host")

    code, out, err = cli(wine, installed, "qr person 1")
    assert code == 0, err
    person_code = out.strip()
    code, out, err = cli(wine, installed, f"checkin {hosted} {person_code} --desk Wine")
    assert code == 0, err
    assert json.loads(out)["result"] == "checked_in"

    code, out, err = cli(wine, installed, rf"pdf attendance {hosted} -o C:\kpu-test\hadir.pdf")
    assert code == 0, err
    assert wine.path(r"C:\kpu-test\hadir.pdf").read_bytes().startswith(b"%PDF")


def test_desktop_app_starts_offscreen(wine, installed):
    windows = USER_DIR.format(user=wine.user)
    code, out, err = wine.cmd(rf'"{windows}\python\python.exe" -m kpu_rakor --db sqlite:///C:/kpu-test/t.db '
                              "--quit-after-start", timeout=300)
    assert code == 0, err
    # The no-console launcher (pythonw), on the default database in %APPDATA%\KPU\KPU Rakor.
    code, out, err = wine.cmd(rf'call "{windows}\kpu-rakor.cmd" --quit-after-start', timeout=300)
    assert code == 0, err
    assert wine.path(DATA_DIR.format(user=wine.user) + r"\kpu-rakor.db").exists()
    report("under Wine: CLI (demo, meeting list --json, checkin, pdf attendance) and the desktop app "
           "(--quit-after-start, offscreen, python.exe and the pythonw launcher) exit 0")


QT_CHECK = """
import json, sys
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QStyleFactory
import PySide6.QtMultimedia as mm, PySide6.QtPdf, PySide6.QtPdfWidgets, PySide6.QtPrintSupport
from kpu_rakor.ui.none_refcount import protect_none
app = QApplication([])
mm.QSoundEffect()
before = sys.getrefcount(None)
protect_none()
print(json.dumps({
    "formats": sorted(bytes(f).decode() for f in QImageReader.supportedImageFormats()),
    "cameras": len(mm.QMediaDevices.videoInputs()),
    "styles": QStyleFactory.keys(),
    "none_refcount_untouched": sys.getrefcount(None) == before,
}))
"""

PDF_CHECK = """
import sys
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from PySide6.QtPdf import QPdfDocument
app = QApplication([])
print("qt-ready", flush=True)
doc = QPdfDocument()
print("document", flush=True)
doc.load(sys.argv[1])
assert doc.pageCount() >= 1, doc.status()
assert not doc.render(0, QSize(595, 842)).isNull()
print("ok")
"""


def test_qt_parts_the_app_loads_later_are_bundled(wine, installed):
    """The camera, sounds, PDF preview and printing import their Qt modules only when used: a module pruned by
    mistake would not stop the app from starting, only those features, silently."""
    script = wine.path(r"C:\kpu-test\check_qt.py")
    script.write_text(QT_CHECK, encoding="utf-8")
    windows = USER_DIR.format(user=wine.user)
    code, out, err = wine.cmd(rf'"{windows}\python\python.exe" C:\kpu-test\check_qt.py')
    assert code == 0, err
    found = json.loads(out)
    assert {"jpeg", "png", "gif", "webp", "ico", "svg", "tiff"} <= set(found["formats"]), found["formats"]
    assert "windows11" in found["styles"]
    assert found["none_refcount_untouched"], "the Python 3.11 refcount guard must stay off on 3.13"


def test_pdf_preview_renders(wine, installed):
    script = wine.path(r"C:\kpu-test\check_pdf.py")
    script.write_text(PDF_CHECK, encoding="utf-8")
    pdf = wine.path(r"C:\kpu-test\hadir.pdf")
    if not pdf.exists():
        pytest.skip("needs the daftar hadir PDF of the command-line test")
    windows = USER_DIR.format(user=wine.user)
    code, out, err = wine.cmd(rf'"{windows}\python\python.exe" C:\kpu-test\check_pdf.py C:\kpu-test\hadir.pdf')
    # Wine's signature: Qt is up, then the process dies (exit 3; Wine's crash dump after it on stdout names a
    # breakpoint in qt6pdf.dll) inside the QPdfDocument constructor, before it touches our file.
    lines = [line.strip() for line in out.splitlines()]
    if code != 0 and lines[:1] == ["qt-ready"] and "document" not in lines:
        report("under Wine: NOT checked: Qt PDF (the in-app preview and printing); PDFium stops at a breakpoint "
               "inside qt6pdf.dll as soon as a QPdfDocument is created")
        pytest.xfail("Wine 8 cannot run Qt PDF: PDFium stops at a breakpoint (int3) in qt6pdf.dll when a "
                     "QPdfDocument is created, so the in-app preview and printing are not checked under Wine "
                     "(the PDF files themselves are, by the command-line test)")
    assert code == 0, (out + err)[-3000:]
    assert lines[-1] == "ok", out


def test_upgrade_over_itself_keeps_the_data(wine, installed, installer):
    data = wine.path(DATA_DIR.format(user=wine.user) + r"\kpu-rakor.db")
    before = data.read_bytes()
    stale = installed / "python" / "Lib" / "site-packages" / "kpu_rakor" / "removed_in_this_version.py"
    stale.write_text("raise SystemExit('left over from the earlier version')\n")
    done = wine.run(str(installer), "/S", timeout=900)
    wine.wait()
    assert done.returncode == 0
    assert not stale.exists(), "the earlier version's program files must go before the new ones are copied"
    assert data.read_bytes() == before
    code, out, err = cli(wine, installed, "meeting list --json")
    assert code == 0, err
    assert len(json.loads(out)) >= 10


def test_all_users_install_for_it(wine, installer):
    done = wine.run(str(installer), "/S", "/ALLUSERS", timeout=900)
    wine.wait()
    assert done.returncode == 0
    folder = wine.path(r"C:\Program Files\KPU Rakor")
    assert (folder / "python" / "pythonw.exe").exists()
    entry = wine.reg_query(rf"HKLM\{UNINSTALL_KEY}")
    assert "/ALLUSERS" in entry and "Program Files" in entry, entry
    code, out, err = wine.cmd(r'call "C:\Program Files\KPU Rakor\kpu-rakor-cli.cmd" --help')
    assert code == 0 and "kpu-rakor-cli" in out, err
    done = wine.run(r"C:\Program Files\KPU Rakor\uninstall.exe", "/S", timeout=300)
    wine.wait()
    assert not (folder / "python").exists()
    assert "DisplayName" not in wine.reg_query(rf"HKLM\{UNINSTALL_KEY}")


def test_uninstall_removes_the_program_and_keeps_the_data(wine, installed):
    data = wine.path(DATA_DIR.format(user=wine.user) + r"\kpu-rakor.db")
    assert data.exists()
    done = wine.run(str(installed / "uninstall.exe"), "/S", timeout=300)
    wine.wait()  # the uninstaller runs from a copy in %TEMP%: wait for it
    assert done.returncode == 0
    assert not (installed / "python").exists()
    assert not (installed / "uninstall.exe").exists()
    assert "DisplayName" not in wine.reg_query(rf"HKCU\{UNINSTALL_KEY}")
    start_menu = wine.path(rf"C:\users\{wine.user}\AppData\Roaming\Microsoft\Windows\Start Menu\Programs")
    assert not (start_menu / "KPU Rakor.lnk").exists()
    assert data.exists(), "uninstalling must never delete the data"
