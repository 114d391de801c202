"""The Beranda's one read (services/home.overview): this week's meetings, follow-ups due soon or late, minutes
waiting for approval, the last backup; and the directory's revision that the Direktori page polls."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from kpu_rakor.domain.services import directory_revision, followups, home, meetings, minutes, people

# Wednesday 08 April 2026, 10.00 WIB.
NOW = datetime(2026, 4, 8, 3, 0)


@pytest.fixture
def office(any_office):
    return any_office


def _meeting(title, day, at=time(9, 0), **extra):
    return meetings.create(title=title, date=day, start_time=at, **extra)


def test_overview_sorts_the_week_and_warns_about_follow_ups(office):
    today = _meeting("Rapat Pleno Hari Ini", date(2026, 4, 8), time(13, 0))
    monday = _meeting("Rakor Senin", date(2026, 4, 6))
    sunday = _meeting("Bimtek Minggu", date(2026, 4, 12))
    _meeting("Rapat Minggu Depan", date(2026, 4, 13))
    last_month = _meeting("Rapat Maret", date(2026, 3, 2))
    late = followups.create(last_month.id, "Kirim laporan dana hibah", due_date=date(2026, 3, 31))
    soon = followups.create(monday.id, "Siapkan daftar pemilih", due_date=date(2026, 4, 14))
    followups.create(monday.id, "Evaluasi akhir tahun", due_date=date(2026, 4, 30))  # not within 7 days
    followups.create(monday.id, "Tanpa batas waktu")
    done = followups.create(monday.id, "Sudah selesai", due_date=date(2026, 4, 9))
    followups.set_status(done.id, "selesai", "Sudah dikirim.")
    minutes.save(last_month.id, {"opening_text": "Rapat dibuka pukul 09.00."})
    minutes.mark_ready(last_month.id)

    o = home.overview(None, now=NOW)

    assert o.today == date(2026, 4, 8) and o.week_start == date(2026, 4, 6)
    assert [m.id for m in o.today_meetings] == [today.id]
    assert [m.id for m in o.week_meetings] == [monday.id, sunday.id]
    assert [(f.id, f.overdue, f.days_late) for f in o.followups] == [(late.id, True, 8), (soon.id, False, 0)]
    assert [m.id for m in o.awaiting_approval] == [last_month.id]
    assert o.awaiting_approval[0].title == "Rapat Maret"


def test_overview_of_an_empty_database(office):
    o = home.overview(None, now=NOW)
    assert (o.today_meetings, o.week_meetings, o.followups, o.awaiting_approval) == ([], [], [], [])


def test_backup_state_warns_when_none_or_old(sqlite_db, tmp_path):
    folder = tmp_path / "cadangan"
    folder.mkdir()
    state = home.backup_state(folder, now=datetime(2026, 4, 8, 10, 0))
    assert state.applies and state.last is None and state.stale
    (folder / "kpu-rakor-cadangan-20260330-170000.db").write_bytes(b"x")
    state = home.backup_state(folder, now=datetime(2026, 4, 8, 10, 0))
    assert state.last == datetime(2026, 3, 30, 17, 0) and state.stale
    (folder / "kpu-rakor-cadangan-20260407-170000.db").write_bytes(b"x")
    state = home.backup_state(folder, now=datetime(2026, 4, 8, 10, 0))
    assert state.last == datetime(2026, 4, 7, 17, 0) and not state.stale


def test_a_server_database_has_no_backup_warning(pg_db, tmp_path):
    assert not home.backup_state(tmp_path).applies


def test_directory_revision_changes_with_every_kind_of_change(office):
    first = directory_revision.revision()
    assert directory_revision.revision() == first  # nothing changed, nothing to reload
    p = people.create(name="Siti Ma'ruf", position="Operator")
    added = directory_revision.revision()
    assert added != first
    people.update(p.id, position="Operator Sidalih")
    edited = directory_revision.revision()
    assert edited != added
    from kpu_rakor.domain.services import satker
    satker.add_institution("Bawaslu Kabupaten Tulungagung", kind="bawaslu")
    assert directory_revision.revision() != edited
