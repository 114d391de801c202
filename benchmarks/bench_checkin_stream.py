"""The headless desk under stress: a 1,000-scan burst on `checkin --stdin` killed with SIGKILL at a random
moment (every acknowledged code must be in the database, integrity ok), and two desks racing 500 scans
of the same people (exactly one row each). Run with KPU_RAKOR_TEST_PG set to race on PostgreSQL too."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stream_helpers import prepare, start_desk  # noqa: E402


def kill_burst(tmp: str, scans: int = 1000, seed: int | None = None) -> dict:
    url = f"sqlite:///{tmp}/kill.db"
    meeting_id, codes = prepare(url, scans)
    desk = start_desk(url, meeting_id, "Meja 1")
    kill_after = random.Random(seed).randint(scans // 10, scans * 9 // 10)
    feed = threading.Thread(target=lambda: [desk.stdin.write(c + "\n") for c in codes] and None, daemon=True)
    feed.start()
    acked = []
    for line in desk.stdout:
        acked.append(json.loads(line))
        if len(acked) >= kill_after:
            os.kill(desk.pid, signal.SIGKILL)
            break
    desk.wait()
    con = sqlite3.connect(f"{tmp}/kill.db")
    present = {pid for (pid,) in con.execute("SELECT person_id FROM attendance WHERE meeting_id = ?",
                                             (meeting_id,))}
    integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    con.close()
    lost = [a["person_id"] for a in acked if a["person_id"] not in present]
    return {"acknowledged": len(acked), "rows_after_kill": len(present), "lost": len(lost),
            "integrity": integrity}


def race(url: str, people: int = 500) -> dict:
    meeting_id, codes = prepare(url, people)
    desks = [start_desk(url, meeting_id, f"Meja {n}") for n in (1, 2)]
    results: dict[str, list] = {}

    def run(desk, name):
        out, _ = desk.communicate("".join(c + "\n" for c in codes), timeout=300)
        results[name] = [json.loads(line) for line in out.splitlines()]

    threads = [threading.Thread(target=run, args=(d, f"Meja {n}")) for n, d in zip((1, 2), desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    fresh: dict[int, int] = {}
    for lines in results.values():
        for r in lines:
            if r["result"] == "checked_in":
                fresh[r["person_id"]] = fresh.get(r["person_id"], 0) + 1
    from kpu_rakor.domain import db as dbmod
    from kpu_rakor.domain.models import Attendance
    dbmod.open_database(url)
    rows = Attendance.select().where(Attendance.meeting == meeting_id).count()
    dbmod.close_database()
    p99 = sorted(r["elapsed_ms"] for lines in results.values() for r in lines)[int(2 * people * 0.99) - 1]
    return {"rows": rows, "people": people, "fresh_once_each": all(v == 1 for v in fresh.values())
            and len(fresh) == people, "elapsed_p99_ms": p99}


def run() -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        k = kill_burst(tmp)
        out.update({f"stdin_kill_{k_}": v for k_, v in k.items()})
        r = race(f"sqlite:///{tmp}/race.db")
        out.update({f"race_sqlite_{k_}": v for k_, v in r.items()})
    pg = os.environ.get("KPU_RAKOR_TEST_PG")
    if pg:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from conftest import reset_postgres
        reset_postgres(pg)
        r = race(pg)
        out.update({f"race_postgresql_{k_}": v for k_, v in r.items()})
    return out


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
