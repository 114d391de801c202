"""Benchmark (a script, not a test): time the daftar hadir PDF of a meeting with 1,000 invitees.

    .venv/bin/python benchmarks/bench_pdf.py      →  pdf_daftar_hadir_1000_rows_s: 0.84
"""
from __future__ import annotations

import json
import math
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, time as dtime
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpu_rakor.domain import db as dbmod  # noqa: E402
from kpu_rakor.domain.codes import new_code_id  # noqa: E402
from kpu_rakor.domain.models import Attendance, Person  # noqa: E402
from kpu_rakor.domain.names import name_key  # noqa: E402
from kpu_rakor.domain.services import installation, meetings, people, satker  # noqa: E402
from kpu_rakor.domain import documents  # noqa: E402

ROWS = 1000
POSITIONS = ("Ketua", "Anggota Divisi Teknis Penyelenggaraan", "Sekretaris",
             "Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hupmas", "Staf Subbagian Hukum", "Operator")
INSTITUTIONS = ("", "Bawaslu Kabupaten Tulungagung", "Dinas Komunikasi dan Informatika", "PPK Kecamatan Boyolangu")

render_daftar_hadir = partial(documents.render_document, documents.DAFTAR_HADIR)  # the document through the registry


def _setup(folder: Path) -> int:
    """A database with one meeting, 1,000 invitees (realistic names, half with NIP), 600 checked in,
    every fourth of them with a drawn signature. Bulk inserts: the setup is not what is measured."""
    dbmod.open_database(f"sqlite:///{folder / 'bench.db'}")
    installation.ensure_ready()
    office = satker.by_region_code("35.04")
    installation.set_office(office.id)
    rows = []
    for i in range(ROWS):
        name = f"Dr. H. Peserta {i} Wijayakusuma, S.Sos., M.Si." if i % 5 == 0 else f"Much. Peserta {i}"
        position = POSITIONS[i % len(POSITIONS)]
        rows.append(dict(name=name, name_key=name_key(name), position=position,
                         position_rank=people.position_rank(position), nip="198609262015051001" if i % 2 else None,
                         satker=office.id if i % 4 == 0 else None, institution=INSTITUTIONS[i % 4],
                         phone="0812345678%02d" % (i % 100), code_id=new_code_id()))
    with dbmod.write_tx():
        Person.insert_many(rows).execute()
    m = meetings.create(title="Rapat Koordinasi Pemutakhiran Data Pemilih Berkelanjutan", date=date(2021, 4, 7),
                        start_time=dtime(9, 0), venue="Aula KPU Kabupaten Tulungagung")
    ids = [pid for (pid,) in Person.select(Person.id).tuples()]
    meetings.invite(m.id, ids)
    stroke = [[round(0.05 + 0.9 * t / 40, 3), round(0.5 - 0.35 * math.sin(t / 3), 3)] for t in range(41)]
    with dbmod.write_tx():
        Attendance.insert_many([dict(meeting=m.id, person=pid, status="hadir", checked_in_at=datetime(2021, 4, 7, 2),
                                     signature=json.dumps([stroke]) if n % 4 == 0 else None)
                                for n, pid in enumerate(ids[:600])]).execute()
    return m.id


def run() -> dict:
    """Median of 3 renders of the 1,000-row list, in seconds, under the key the runner reports."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            meeting_id = _setup(folder)
            render_daftar_hadir(meeting_id, folder / "warm.pdf")  # fonts and imports load once per process
            times = []
            for n in range(3):
                start = time.perf_counter()
                render_daftar_hadir(meeting_id, folder / f"daftar_hadir_{n}.pdf")
                times.append(time.perf_counter() - start)
        finally:
            dbmod.close_database()
    return {"pdf_daftar_hadir_1000_rows_s": round(statistics.median(times), 2)}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
