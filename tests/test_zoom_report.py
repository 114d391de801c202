"""Reading Zoom participant reports in the shapes Zoom and Excel really produce, and merging each person's
rows (issue 6, first part: reading and merging; matching and applying come next)."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.zoom.merge import merge
from kpu_rakor.domain.zoom.report_file import read_rows

DATA = Path(__file__).parent / "data" / "zoom"


def test_old_portal_csv_with_summary_block_and_am_pm_times():
    rows = read_rows(DATA / "portal_old.csv", "WIB")
    assert [r.name for r in rows][:2] == ["KPU Kab Tulungagung_Much. Amarodin"] * 2
    assert rows[0].join == datetime(2021, 4, 7, 1, 58, 12)  # 08.58.12 WIB as UTC
    assert rows[2].email == "gogot@example.org" and rows[2].line == 7


def test_times_follow_the_zone_the_report_was_downloaded_in():
    wita = read_rows(DATA / "portal_old.csv", "WITA")
    assert wita[0].join == datetime(2021, 4, 7, 0, 58, 12)


def test_reconnects_merge_and_minutes_are_the_union_of_intervals():
    people = {p.names[0]: p for p in merge(read_rows(DATA / "portal_old.csv", "WIB"))}
    amar = people["KPU Kab Tulungagung_Much. Amarodin"]
    assert amar.rows == 2 and amar.minutes == 180  # 08.58.12-10.10 (71.8) and 10.12-12.00.30 (108.5)
    both = merge(read_rows(DATA / "portal_new_bom.csv", "WIB"))
    assert len(both) == 1  # the waiting-room row is not presence
    assert both[0].minutes == 150  # 09.00-11.00 and 10.30-11.30 on two devices: overlap counted once


def test_excel_resave_with_semicolons_cp1252_and_day_first_dates():
    rows = read_rows(DATA / "excel_semicolon_cp1252.csv", "WIB")
    assert rows[0].name == "José Martínez"
    assert rows[0].join == datetime(2021, 4, 7, 2, 5) and rows[1].join == datetime(2021, 4, 13, 2, 0)


def test_xlsx_export(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Name (original name)", "Email", "Join time", "Leave time", "Duration (minutes)"])
    ws.append(["Much. Amarodin", "amar@example.org", datetime(2021, 4, 7, 9, 0), datetime(2021, 4, 7, 10, 0), 60])
    wb.save(tmp_path / "laporan.xlsx")
    rows = read_rows(tmp_path / "laporan.xlsx", "WIB")
    assert (rows[0].name, rows[0].email, rows[0].join) == ("Much. Amarodin", "amar@example.org",
                                                         datetime(2021, 4, 7, 2, 0))


@pytest.mark.parametrize("content,words", [
    (b"", "kosong"),
    (b"\x00\x01\x02PNG", "biner"),
    (b"nama,nip\nBudi,123\n", "bukan laporan peserta Zoom"),
    (b"Name,Email,Join Time,Leave Time\nBudi,,kemarin,04/07/2021 10:00:00 AM\n", "Baris 2, kolom 'Join Time'"),
    (b"Name,Email,Join Time,Leave Time\n", "tidak berisi satu pun peserta"),
    (b"PK\x03\x04rusak", "bukan XLSX"),
])
def test_broken_files_get_one_sentence_naming_what_is_wrong(tmp_path, content, words):
    f = tmp_path / "laporan.csv"
    f.write_bytes(content)
    with pytest.raises(UserError, match=words):
        read_rows(f, "WIB")


def test_proposals_follow_email_office_conventions_and_ignore_devices():
    from kpu_rakor.domain.zoom.match import IGNORE, MATCH, NEW, Candidate, propose, split_display_name

    assert split_display_name("KPU Kab Tulungagung_Much. Amarodin") == ("Much. Amarodin", "KPU Kab Tulungagung")
    assert split_display_name("KPU Kota Blitar - Operator Medsos") == ("Operator Medsos", "KPU Kota Blitar")
    assert split_display_name("Budi (Budi Santoso)") == ("Budi Santoso", "")
    assert split_display_name("Gogot Cahyo Baskoro (KPU Jatim)") == ("Gogot Cahyo Baskoro", "KPU Jatim")
    people = [Candidate(1, "Much. Amarodin, S.Pd.", "", 10, "KPU Kabupaten Tulungagung"),
              Candidate(2, "Drs. Gogot Cahyo Baskoro, M.Si.", "gogot@example.org", 20, "KPU Provinsi Jawa Timur"),
              Candidate(3, "Hj. Siti Aminah, S.E.", "", 10, "KPU Kabupaten Tulungagung")]
    parts = merge(read_rows(DATA / "portal_old.csv", "WIB"))
    got = {p.participant.names[0]: p for p in propose(parts, people)}
    assert (got["KPU Kab Tulungagung_Much. Amarodin"].action, got["KPU Kab Tulungagung_Much. Amarodin"].person_id) \
        == (MATCH, 1)
    assert got["Gogot Cahyo Baskoro (KPU Jatim)"].confidence == 100  # by e-mail
    assert got["iPhone"].action == IGNORE
    blitar = propose(merge(read_rows(DATA / "portal_new_bom.csv", "WIB")), people)[0]
    assert blitar.action == NEW and blitar.satker_hint == "KPU Kota Blitar"
    shouting = merge([r.__class__(2, "SITI AMINAH", "", r.join, r.leave, False)
                      for r in read_rows(DATA / "portal_old.csv", "WIB")[:1]])
    assert propose(shouting, people)[0].person_id == 3


@pytest.mark.parametrize("text, hint, expected", [
    ("07/04/2021 9:58", None, datetime(2021, 4, 7, 2, 58)),  # Excel's Indonesian re-save: day first
    ("07/04/2021 9:58", date(2021, 7, 4), datetime(2021, 7, 4, 2, 58)),
    ("05/03/2025 09:00", date(2025, 3, 5), datetime(2025, 3, 5, 2, 0)),
    ("04/07/2021 09:58:12 AM", None, datetime(2021, 4, 7, 2, 58, 12)),  # Zoom's own: month first
])
def test_dates_that_read_both_ways_follow_the_meeting_day(tmp_path, text, hint, expected):
    f = tmp_path / "laporan.csv"
    f.write_text(f"Name,Email,Join Time,Leave Time\nBudi,,{text},{text}\n")
    assert read_rows(f, "WIB", hint)[0].join == expected
