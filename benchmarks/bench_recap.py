"""Recap speed: a year of a very busy office, 10,000 meetings, 2,000 people, 220,000 invitations and 200,000
attendance rows (walk-ins and delegates among them) and 20,000 follow-ups, on SQLite, and on PostgreSQL when
KPU_RAKOR_BENCH_PG or KPU_RAKOR_TEST_PG is set (that database is emptied).

Times `recap.build()` for the whole year (every table: people, satkers, months, meetings, follow-ups), for a
month, and with a filter; and writing the year's workbook as XLSX. The issue asks for under a second.
Run: .venv/bin/python benchmarks/bench_recap.py
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpu_rakor.domain import db as dbmod  # noqa: E402
from kpu_rakor.domain.db import write_tx  # noqa: E402
from kpu_rakor.domain.models import (Attendance, FollowUp, Invitation, Meeting, MeetingSeries, Person,  # noqa: E402
                                     Satker)
from kpu_rakor.domain.services import installation, recap, satker  # noqa: E402
from kpu_rakor.domain.services.table_export import render_table  # noqa: E402

YEAR = 2024
STATUSES = ["hadir"] * 78 + ["terlambat"] * 10 + ["izin"] * 5 + ["sakit"] * 2 + ["dinas_luar"] * 2 + \
    ["diwakili"] * 1 + ["tanpa_keterangan"] * 2
MODES = ["luring"] * 5 + ["daring"] * 3 + ["hibrida"] * 2
KINDS = ["rakor", "rapat pleno", "sosialisasi", "bimtek", "webinar"]


def _chunks(rows: list[dict], size: int = 1000):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def fill(meetings: int = 10_000, people: int = 2_000, invited: int = 22) -> dict:
    """Bulk inserts (no services: loading is not what is measured)."""
    rng = random.Random(11)
    t0 = time.perf_counter()
    installation.set_office(satker.by_region_code("35.04").id)
    satkers = [sid for (sid,) in Satker.select(Satker.id).order_by(Satker.id).limit(120).tuples()]
    now = datetime(YEAR, 1, 1)
    with write_tx():
        MeetingSeries.insert_many([dict(name=f"Rakor Bulanan {i}") for i in range(5)]).execute()
        series = [sid for (sid,) in MeetingSeries.select(MeetingSeries.id).tuples()]
        for batch in _chunks([dict(name=f"Peserta {i:04d}", name_key=f"peserta {i:04d}", code_id=f"B{i:09d}",
                                   position="Anggota", created_at=now, updated_at=now,
                                   satker=rng.choice(satkers) if i % 10 else None,
                                   institution="" if i % 10 else f"Instansi {i % 7}") for i in range(people)]):
            Person.insert_many(batch).execute()
    person_ids = [pid for (pid,) in Person.select(Person.id).tuples()]
    start, span = datetime(YEAR, 1, 1, 1, 0), (datetime(YEAR, 12, 31, 10) - datetime(YEAR, 1, 1, 1)).total_seconds()
    n_att = n_inv = 0
    for base in range(0, meetings, 500):
        with write_tx():
            rows = [dict(title=f"Rapat ke-{i + 1}", kind=rng.choice(KINDS), mode=rng.choice(MODES),
                         our_role="host" if rng.random() < 0.6 else "participant",
                         starts_at=start + timedelta(seconds=rng.uniform(0, span)),
                         timezone=rng.choice(["WIB", "WIB", "WIB", "WITA", "WIT"]), code_id=f"M{i:09d}",
                         series=rng.choice(series) if rng.random() < 0.3 else None, created_at=now, updated_at=now)
                    for i in range(base, min(base + 500, meetings))]
            Meeting.insert_many(rows).execute()
            ids = [mid for (mid,) in Meeting.select(Meeting.id).order_by(Meeting.id.desc()).limit(len(rows)).tuples()]
            inv, att, fus = [], [], []
            for mid in ids:
                chosen = rng.sample(person_ids, invited + 1)
                for pid in chosen[:invited]:
                    n_inv += 1
                    inv.append(dict(meeting=mid, person=pid, code_id=f"I{n_inv:09d}", created_at=now,
                                    updated_at=now))
                    if rng.random() < 0.9:
                        status = rng.choice(STATUSES)
                        att.append(dict(meeting=mid, person=pid, status=status, minutes_late=0, recorded_at=now,
                                        updated_at=now, delegate=chosen[-1] if status == "diwakili" else None))
                # A walk-in now and then; a delegate checked in gets a row of their own (older records, one in
                # ten here, lack it and count through the row they stood in for).
                if rng.random() < 0.2 or any(a["delegate"] == chosen[-1] and a["meeting"] == mid
                                             and n_inv % 10 for a in att[-invited:]):
                    att.append(dict(meeting=mid, person=chosen[-1], status="hadir", recorded_at=now, updated_at=now,
                                    delegate=None))
                for k in range(2):
                    fus.append(dict(meeting=mid, description="Tindak lanjut", person=rng.choice(chosen),
                                    due_date=date(YEAR, rng.randint(1, 12), 15), created_at=now, updated_at=now,
                                    status=rng.choice(["terbuka", "selesai", "selesai", "batal"])))
            for batch in _chunks(inv):
                Invitation.insert_many(batch).execute()
            # A delegate who also walked in keeps one row: the unique (meeting, person) says so.
            att = list({(a["meeting"], a["person"]): a for a in reversed(att)}.values())
            n_att += len(att)
            for batch in _chunks(att):
                Attendance.insert_many(batch).execute()
            for batch in _chunks(fus):
                FollowUp.insert_many(batch).execute()
    return {"load_s": round(time.perf_counter() - t0, 1), "meetings": meetings, "invitations": n_inv,
            "attendance_rows": n_att}


def _timed(fn, rounds: int = 5) -> float:
    runs = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(runs), 1)


def measure(prefix: str) -> dict:
    year = recap.RecapFilter(*recap.period("year", date(YEAR, 6, 1)))
    month = recap.RecapFilter(*recap.period("month", date(YEAR, 6, 1)))
    daring = recap.RecapFilter(year.date_from, year.date_to, our_role="host", mode="daring", kind="rakor")
    today = date(YEAR, 7, 1)
    r = recap.build(year, today=today)  # warm the caches, as a running app has them
    out = {f"{prefix}_year_people": len(r.people), f"{prefix}_year_present": r.totals.present,
           f"{prefix}_build_year_ms": _timed(lambda: recap.build(year, today=today)),
           f"{prefix}_build_month_ms": _timed(lambda: recap.build(month, today=today)),
           f"{prefix}_build_year_filtered_ms": _timed(lambda: recap.build(daring, today=today))}
    out[f"{prefix}_xlsx_year_ms"] = _timed(lambda: render_table(recap.workbook(r), "xlsx"), rounds=1)
    return out


def _pg_url() -> str | None:
    return os.environ.get("KPU_RAKOR_BENCH_PG") or os.environ.get("KPU_RAKOR_TEST_PG")


def run(meetings: int = 10_000) -> dict:
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        dbmod.open_database(f"sqlite:///{tmp}/bench.db")
        try:
            installation.ensure_ready()
            out.update({f"recap_sqlite_{k}": v for k, v in fill(meetings).items()})
            dbmod.database.obj.execute_sql("ANALYZE")
            out.update(measure("recap_sqlite"))
        finally:
            dbmod.close_database()
    url = _pg_url()
    if not url:
        print("recap_pg: skipped (set KPU_RAKOR_BENCH_PG or KPU_RAKOR_TEST_PG to a PostgreSQL URL)", flush=True)
        return out
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from conftest import reset_postgres
    reset_postgres(url)
    dbmod.open_database(url)
    try:
        installation.ensure_ready()
        out.update({f"recap_pg_{k}": v for k, v in fill(meetings).items()})
        dbmod.database.obj.execute_sql("ANALYZE")
        out.update(measure("recap_pg"))
    finally:
        dbmod.close_database()
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    for k, v in run(n).items():
        print(f"{k}: {v}")
