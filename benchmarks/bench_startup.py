"""Start-up time: `kpu-rakor --quit-after-start` from process start to the painted main window and exit.

Median of several runs on a prepared SQLite database (directory loaded, office chosen, demo data).
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


def run(repeats: int = 5) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        env["XDG_CONFIG_HOME"] = tmp  # fresh QSettings, no remembered window state
        subprocess.run([str(BIN / "kpu-rakor-cli"), "--db", url, "demo"], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            subprocess.run([str(BIN / "kpu-rakor"), "--db", url, "--quit-after-start"], check=True, env=env,
                           timeout=60)
            times.append(time.perf_counter() - t0)
    return {"startup_to_painted_window_s": round(statistics.median(times), 3)}


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k}: {v}")
