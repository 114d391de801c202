"""200 phones sign in on the LAN page within a minute, while the app's GUI keeps answering.

This process is the app: a Qt event loop (offscreen) with a 10 ms timer whose lateness is the GUI's answer
time, and the sign-in server in its threads, on a temporary SQLite file with 200 invitees. The phones are
another process (so they do not share our interpreter lock): 200 threads, each from its own loopback address
(127.0.0.2, 127.0.0.3 …, as real phones have their own addresses and the server limits requests per address),
arriving at random moments over `spread` seconds, each loading the page and sending the form once.
The flood scenario (`run_flood`): 2,000 sign-ins from 40 addresses spread over 20 seconds (a script, never
waiting for Retry-After), while 30 honest phones sign in once each over 8 seconds from the flood's second
second on, each from its own address;
it prints how the flood was answered and the honest phones' answer times (every request: page and post).
Everything stays on loopback, the counts are bounded and the flood stops by itself after `seconds`.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_lan.py [--flood-only]
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PHONES_SCRIPT = Path(__file__).with_name("lan_phones.py")


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return round(values[max(0, int(len(values) * p) - 1)], 1) if values else 0.0


def run(phones: int = 200, spread: float = 20.0) -> dict:
    from kpu_rakor.ui.none_refcount import protect_none
    protect_none()
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from kpu_rakor.domain import db as dbmod
    from kpu_rakor.domain.models import Attendance
    from kpu_rakor.domain.services import installation
    from kpu_rakor.lan.server import SigninServer
    from stream_helpers import meeting_with_invitees

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        dbmod.open_database(f"sqlite:///{tmp}/bench.db")
        installation.ensure_ready()
        m, _codes = meeting_with_invitees(phones)
        server = SigninServer(m.id, "127.0.0.1", 18470)
        url = server.start()
        lags: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick():
            now = clock.elapsed()
            lags.append(max(0.0, now - last[0] - 10))
            last[0] = now
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        names = [f"Peserta {i:04d}" for i in range(phones)]
        proc = subprocess.Popen([sys.executable, str(PHONES_SCRIPT), url, str(spread)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)
        proc.stdin.write(json.dumps(names))
        proc.stdin.close()
        started = time.perf_counter()
        while proc.poll() is None:
            app.processEvents()
            time.sleep(0.002)
        wall = time.perf_counter() - started
        timer.stop()
        report = json.loads(proc.stdout.read())
        recorded = Attendance.select().where(Attendance.meeting == m.id).count()
        distinct = (Attendance.select(Attendance.person).where(Attendance.meeting == m.id).distinct().count())
        server.stop()
        dbmod.close_database()
    answers = report["latencies_ms"]
    return {
        "lan_phones": phones,
        "lan_wall_s": round(wall, 1),
        "lan_recorded_once": f"{distinct}/{phones} ({recorded} rows)",
        "lan_errors": report["errors"][:3] or 0,
        "lan_answer_p50_ms": _pct(answers, 0.50),
        "lan_answer_p99_ms": _pct(answers, 0.99),
        "lan_answer_max_ms": round(max(answers), 1) if answers else 0,
        "lan_gui_lag_p99_ms": _pct(lags, 0.99),
        "lan_gui_lag_max_ms": round(max(lags), 1) if lags else 0,
    }


def run_flood(sign_ins: int = 2000, addresses: int = 40, honest: int = 30, seconds: float = 20.0) -> dict:
    from kpu_rakor.domain import db as dbmod
    from kpu_rakor.domain.models import Attendance, Person
    from kpu_rakor.domain.services import installation
    from kpu_rakor.lan.server import SigninServer
    from stream_helpers import meeting_with_invitees

    with tempfile.TemporaryDirectory() as tmp:
        dbmod.open_database(f"sqlite:///{tmp}/bench.db")
        installation.ensure_ready()
        m, _codes = meeting_with_invitees(honest)
        server = SigninServer(m.id, "127.0.0.1", 18471)
        url = server.start()
        flood = subprocess.Popen([sys.executable, str(PHONES_SCRIPT), "--flood", url, str(sign_ins),
                                  str(addresses), str(seconds)], stdout=subprocess.PIPE, text=True)
        # The honest phones arrive once the flood is under way: its first second, 40 new addresses at once, is
        # what 40 phones arriving together cost (about 250 ms here), not what a flood costs.
        time.sleep(2.0)
        names = [f"Peserta {i:04d}" for i in range(honest)]
        phones = subprocess.Popen([sys.executable, str(PHONES_SCRIPT), url, "8"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        phones.stdin.write(json.dumps(names))
        phones.stdin.close()
        started = time.perf_counter()
        report = json.loads(phones.stdout.read())
        phones.wait()
        flooded = json.loads(flood.stdout.read())
        flood.wait()
        wall = time.perf_counter() - started
        honest_rows = (Attendance.select().join(Person, on=(Attendance.person == Person.id))
                       .where((Attendance.meeting == m.id) & Person.name.startswith("Peserta ")).count())
        flood_rows = (Attendance.select().join(Person, on=(Attendance.person == Person.id))
                      .where((Attendance.meeting == m.id) & Person.name.startswith("Banjir ")).count())
        server.stop()
        dbmod.close_database()
    answers = report["requests_ms"]
    return {
        "flood_sign_ins_from_addresses": f"{sign_ins} from {addresses}",
        "flood_answers": flooded["statuses"],
        "flood_recorded": flood_rows,
        "flood_honest_recorded": f"{honest_rows}/{honest}",
        "flood_honest_errors": report["errors"][:3] or 0,
        "flood_honest_p50_ms": _pct(answers, 0.50),
        "flood_honest_p99_ms": _pct(answers, 0.99),
        "flood_honest_max_ms": round(max(answers), 1) if answers else 0,
        "flood_honest_post_p99_ms": _pct(report["latencies_ms"], 0.99),
        "flood_wall_s": round(wall, 1),
    }


if __name__ == "__main__":
    results = {} if "--flood-only" in sys.argv else run()
    results.update(run_flood())
    for key, value in results.items():
        print(f"{key}: {value}")
