"""The headless desk (`kpu-rakor-cli checkin --stdin`) as real processes: an acknowledged code survives
SIGKILL, and two desks racing over the same people leave one row each, on SQLite and PostgreSQL."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_checkin_stream  # noqa: E402
from stream_helpers import prepare, start_desk  # noqa: E402


def test_every_acknowledged_code_survives_sigkill(tmp_path):
    r = bench_checkin_stream.kill_burst(str(tmp_path), scans=300, seed=7)
    assert r["acknowledged"] > 0 and r["lost"] == 0 and r["integrity"] == "ok"
    assert r["rows_after_kill"] >= r["acknowledged"]


def test_two_desks_racing_leave_one_row_each(any_db_url):
    from kpu_rakor.domain import db as dbmod
    dbmod.close_database()
    r = bench_checkin_stream.race(any_db_url, people=150)
    assert r["rows"] == 150 and r["fresh_once_each"]


def test_stream_answers_each_line_with_its_result(tmp_path):
    url = f"sqlite:///{tmp_path / 'stream.db'}"
    meeting_id, codes = prepare(url, 2)
    first = next(iter(codes))
    desk = start_desk(url, meeting_id, "Meja 1")
    out, err = desk.communicate(f"{first}\n\n  {first.lower()}  \nBUKAN-KODE\n", timeout=60)
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["result"] for x in lines] == ["checked_in", "already_checked_in", "rejected"]
    assert lines[1]["desk"] == "Meja 1" and lines[2]["reason"] == "garbage"
    assert all("elapsed_ms" in x for x in lines) and desk.returncode == 0 and err == ""
