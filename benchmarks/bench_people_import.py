"""People import (issue 11): a 5,000-row CSV and XLSX read and planned (the preview) against a 2,000-person
directory on SQLite, then applied and undone. Target: the preview under one second.
Run: .venv/bin/python benchmarks/bench_people_import.py
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpu_rakor.domain import db as dbmod  # noqa: E402
from kpu_rakor.domain.services import installation, people_file, people_import, people_import_undo  # noqa: E402

PLACES = ("KPU Kabupaten Kediri", "KPU Kota Blitar", "Bawaslu Kota Blitar", "Universitas Brawijaya",
          "Dinas Kominfo Kabupaten Tulungagung")


def _lines(rows: int) -> list[list[str]]:
    out = [["Nama", "NIP", "Jabatan", "Instansi", "No. HP", "Email"]]
    for i in range(rows):
        nip = f"1980{i // 1000 + 1:02d}012005011{i % 1000:03d}" if i % 3 == 0 else ""
        out.append([f"Peserta Rakor {i}", nip, "Staf", PLACES[i % len(PLACES)], f"08{i:09d}", f"p{i}@x.id"])
    return out


def run(rows: int = 5_000, directory: int = 2_000) -> dict:
    from openpyxl import Workbook

    with tempfile.TemporaryDirectory() as tmp:
        dbmod.open_database(f"sqlite:///{Path(tmp) / 'rakor.db'}")
        try:
            installation.ensure_ready()
            lines = _lines(rows)
            # The first 2,000 already known without their institution: those with a NIP come back as updates.
            seed = Path(tmp) / "direktori.csv"
            seed.write_text("\n".join(";".join(c[:3]) for c in lines[:directory + 1]), encoding="utf-8")
            people_import.import_people_csv(seed)
            csv_path = Path(tmp) / "orang.csv"
            csv_path.write_text("\n".join(";".join(c) for c in lines), encoding="utf-8")
            wb = Workbook()
            for c in lines:
                wb.active.append(c)
            xlsx_path = Path(tmp) / "orang.xlsx"
            wb.save(xlsx_path)
            t0 = time.perf_counter()
            plan = people_import.plan(people_file.read_people_file(csv_path))
            t1 = time.perf_counter()
            people_import.plan(people_file.read_people_file(xlsx_path))
            t2 = time.perf_counter()
            people_import.apply(plan)
            t3 = time.perf_counter()
            people_import_undo.undo()
            t4 = time.perf_counter()
        finally:
            dbmod.close_database()
    return {"people_import_5k_csv_preview_s": round(t1 - t0, 3), "people_import_5k_xlsx_preview_s": round(t2 - t1, 3),
            "people_import_5k_apply_s": round(t3 - t2, 3), "people_import_5k_undo_s": round(t4 - t3, 3),
            "people_import_plan": f"{plan.count('tambah')} tambah, {plan.count('perbarui')} perbarui"}


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k}: {v}")
