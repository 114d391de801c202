"""Start-up time: `kpu-rakor --quit-after-start` from process start to the painted main window and exit,
against a bare PySide6 window (QApplication, a QMainWindow with a label, shown, first paint, quit) in the
same run.

Both are subprocesses with QT_QPA_PLATFORM=offscreen, run in alternation so that a loaded machine slows
both alike; the report is the median of each and the ratio app/bare, for the whole process (what
--quit-after-start takes) and up to the painted window alone (the turn of the event loop after the first
paint, stamped by each process). The app opens a prepared SQLite database (the demo data of
`kpu-rakor-cli demo`) with a fresh QSettings. Bytecode is cached (in the temporary folder, written by an
unmeasured first run of each) as it is for an installed app, even where PYTHONDONTWRITEBYTECODE is set:
compiling the app's modules on every start is not what users wait for.
`python benchmarks/bench_startup.py [repeats]`
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

# The floor: what any PySide6 window costs on this machine, painted once.
BARE_WINDOW = """
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
label = QLabel("Rapat")
window.setCentralWidget(label)


class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint:
            QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
        return False


painted = Painted()
label.installEventFilter(painted)
window.resize(1280, 720)
window.show()
sys.exit(app.exec())
"""

# `kpu-rakor --db URL --quit-after-start` as its entry point runs it, stamping the same moment.
APP = """
import sys
import time

from kpu_rakor import app

first_paint = app._after_first_paint


def stamped(page, action, *rest):
    first_paint(page, lambda: (print(time.time(), flush=True), action()), *rest)


app._after_first_paint = stamped
sys.exit(app.main(["kpu-rakor", *sys.argv[1:]]))
"""


def _timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """(seconds to the painted window, seconds to the end of the process)."""
    t0 = time.time()
    done = subprocess.run(cmd, env=env, timeout=120, capture_output=True, text=True)
    elapsed = time.time() - t0
    if done.returncode:
        sys.stderr.write(done.stderr)
        raise subprocess.CalledProcessError(done.returncode, cmd)
    return float(done.stdout.split()[-1]) - t0, elapsed


def run(repeats: int = 7) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        env["XDG_CONFIG_HOME"] = tmp  # fresh QSettings, no remembered window state
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = f"{tmp}/pycache"
        subprocess.run([str(BIN / "kpu-rakor-cli"), "--db", url, "demo"], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        app_cmd = [sys.executable, "-c", APP, "--db", url, "--quit-after-start"]
        _timed(bare_cmd, env), _timed(app_cmd, env)  # warm the disk cache for both, not measured
        bare, app = [], []
        for _ in range(repeats):
            bare.append(_timed(bare_cmd, env))
            app.append(_timed(app_cmd, env))
    bare_paint, bare_exit = (statistics.median(t[i] for t in bare) for i in (0, 1))
    app_paint, app_exit = (statistics.median(t[i] for t in app) for i in (0, 1))
    return {"startup_bare_window_s": round(bare_exit, 3),
            "startup_to_painted_window_s": round(app_exit, 3),
            "startup_ratio_to_bare_window": round(app_exit / bare_exit, 2),
            "startup_bare_window_until_painted_s": round(bare_paint, 3),
            "startup_until_painted_s": round(app_paint, 3),
            "startup_ratio_until_painted": round(app_paint / bare_paint, 2)}


if __name__ == "__main__":
    for k, v in run(*(int(a) for a in sys.argv[1:2])).items():
        print(f"{k}: {v}")
