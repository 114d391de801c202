"""Zoom report: a 10,000-row participant CSV read, merged and matched against a 2,000-person directory.
Target: under one second."""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpu_rakor.domain.zoom.match import Candidate, propose  # noqa: E402
from kpu_rakor.domain.zoom.merge import merge  # noqa: E402
from kpu_rakor.domain.zoom.report_file import read_rows  # noqa: E402

FIRST = ("Much.", "Siti", "Agus", "Budi", "Dewi", "Eko", "Fajar", "Gogot", "Hadi", "Indah", "Joko", "Kurnia")
LAST = ("Amarodin", "Aminah", "Prasetyo", "Santoso", "Lestari", "Wibowo", "Hidayat", "Baskoro", "Rahayu")


def run(rows: int = 10_000, directory: int = 2_000) -> dict:
    rnd = random.Random(3)
    names = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}" for i in range(directory)]
    candidates = [Candidate(i, n, "", None, "") for i, n in enumerate(names)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "laporan.csv"
        lines = ["Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)"]
        for _ in range(rows):
            who = f"KPU Kab Tulungagung_{rnd.choice(names)}" if rnd.random() < 0.9 else f"Tamu {rnd.randint(1, 500)}"
            start = rnd.randint(0, 150)
            lines.append(f"{who},,04/07/2021 09:{start % 60:02d}:00 AM,04/07/2021 11:{start % 60:02d}:00 AM,120")
        path.write_text("\n".join(lines), encoding="utf-8")
        t0 = time.perf_counter()
        participants = merge(read_rows(path, "WIB"))
        proposals = propose(participants, candidates)
        elapsed = time.perf_counter() - t0
    return {"zoom_10k_rows_read_merge_match_s": round(elapsed, 3), "zoom_participants": len(participants),
            "zoom_matched": sum(p.action == "match" for p in proposals)}


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k}: {v}")
