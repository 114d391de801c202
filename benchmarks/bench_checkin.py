"""Check-in speed: 1,000 scans into a meeting with 2,000 invitees on SQLite, through the check-in service.

Prints p50/p99 milliseconds from code in to row committed. Run: .venv/bin/python benchmarks/bench_checkin.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpu_rakor.domain import db as dbmod  # noqa: E402
from kpu_rakor.domain.models import Invitation  # noqa: E402
from kpu_rakor.domain.services import checkin, installation  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stream_helpers import meeting_with_invitees  # noqa: E402


def run(invitees: int = 2000, scans: int = 1000) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        dbmod.open_database(f"sqlite:///{tmp}/bench.db")
        installation.ensure_ready()
        m, by_code = meeting_with_invitees(invitees)
        codes = list(by_code)[:scans]
        timings = []
        for code in codes:
            t0 = time.perf_counter()
            r = checkin.check_in_code(m.id, code, "Meja 1")
            timings.append((time.perf_counter() - t0) * 1000)
            assert r.result == "checked_in"
        assert Invitation.select().count() == invitees
        dbmod.close_database()
    timings.sort()
    return {
        "checkin_service_p50_ms": round(statistics.median(timings), 2),
        "checkin_service_p99_ms": round(timings[int(len(timings) * 0.99) - 1], 2),
    }


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k}: {v}")
