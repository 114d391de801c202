"""How dates, times, names and NIPs read: the forms Indonesian offices write (domain.md), without Qt."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from kpu_rakor.domain import timefmt
from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.names import name_key, short_name, strip_titles
from kpu_rakor.domain.nip import format_nip, normalize_nip
from kpu_rakor.domain.services import meeting_text, meetings


def test_dates_read_as_offices_write_them():
    d = date(2021, 4, 7)
    assert timefmt.long_date(d) == "Rabu, 07 April 2021"
    assert timefmt.short_date(d) == "Rabu (7/4/2021)"
    assert timefmt.numeric_date(d) == "7/4/2021"
    assert timefmt.date_plain(d) == "7 April 2021"
    assert timefmt.roman_month(3) == "III"


def test_a_kpu_ri_zoom_at_nine_wib_is_ten_wita_and_eleven_wit():
    start = timefmt.combine_utc(date(2021, 4, 7), time(9, 0), "WIB")
    assert start == datetime(2021, 4, 7, 2, 0)
    assert [timefmt.clock_zone(start, z) for z in ("WIB", "WITA", "WIT")] == ["09.00 WIB", "10.00 WITA", "11.00 WIT"]
    assert timefmt.time_range(start, None, "WIB") == "09.00 WIB s.d. selesai"
    assert timefmt.time_range(start, datetime(2021, 4, 7, 4, 15), "WITA") == "10.00 s.d. 12.15 WITA"


@pytest.mark.parametrize("typed,key,short", [
    ("Much. Amarodin", "much amarodin", "Amarodin"),
    ("Drs. H. Gogot Cahyo Baskoro, M.Si.", "gogot cahyo baskoro", "Gogot"),
    ("Hj. Siti Aminah, S.E.", "siti aminah", "Siti"),
    ("Rochani, S.Pd., M.Si.", "rochani", "Rochani"),
    ("Łukasz Żółć", "lukasz zolc", "Łukasz"),
    ("Prof. Dr. Ir.", "ir", "Ir."),  # nothing but titles: keep the last word rather than nothing
])
def test_names_sort_and_match_without_titles_accents_or_case(typed, key, short):
    assert name_key(typed) == key
    assert short_name(typed) == short
    assert strip_titles(typed)


def test_nip_is_checked_and_printed_in_groups():
    assert normalize_nip("NIP. 19860926 201505 1 001") == "198609262015051001"
    assert format_nip("198609262015051001") == "NIP. 19860926 201505 1 001"
    assert format_nip(None) == "-" and normalize_nip("-") is None
    with pytest.raises(ValidationError, match="bukan tanggal lahir"):
        normalize_nip("198613262015051001")
    with pytest.raises(ValidationError, match="jenis kelamin"):
        normalize_nip("198609262015053001")


def test_place_reads_for_each_mode(sqlite_db):
    luring = meetings.create(title="A", date=date(2021, 4, 7), venue="Aula KPU")
    daring = meetings.create(title="B", date=date(2021, 4, 7), mode="daring", zoom_meeting_id="812 3456",
                             zoom_passcode="kpu")
    hibrida = meetings.create(title="C", date=date(2021, 4, 7), mode="hibrida", venue="Aula KPU")
    assert meeting_text.place(luring) == "Aula KPU"
    assert meeting_text.place(daring) == "Daring melalui Zoom Meeting"
    assert meeting_text.place(daring, details=True) == (
        "Daring melalui Zoom Meeting (Meeting ID 812 3456, kode sandi kpu)")
    assert meeting_text.place(hibrida) == "Aula KPU dan daring melalui Zoom Meeting"
    assert meeting_text.hours_for_office(luring, "WITA") == "10.00 WITA"
    assert meeting_text.hours_for_office(luring, "WIB") == ""
