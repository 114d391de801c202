"""A meeting the office only attended: our people marked present at the meeting's own time (issue 11)."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.models import Attendance
from kpu_rakor.domain.services import checkin, mark_present, meetings, people


@pytest.fixture
def attended(any_office):
    office = any_office
    ketua = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua", satker_id=office.id)
    kasubag = people.create(name="Endah Puspitasari", position="Kasubag Teknis", satker_id=office.id)
    staf = people.create(name="Agus Prasetyo, S.H.", position="Staf", satker_id=office.id)
    other = people.create(name="Budi Santoso", position="Ketua", institution="KPU Provinsi Jawa Timur")
    m = meetings.create(title="Rakor KPU Provinsi", our_role="participant", mode="daring", date=date(2021, 4, 7),
                        start_time=time(9, 0), end_time=time(12, 0))
    meetings.invite(m.id, [ketua.id, kasubag.id])
    return m, ketua, kasubag, staf, other


def test_our_people_are_the_office_and_the_invited(attended):
    m, ketua, kasubag, staf, other = attended
    ours = mark_present.our_people(m.id)
    assert {p.id for p in ours} == {ketua.id, kasubag.id, staf.id}  # Budi is of another office
    assert {p.id for p in ours if p.invited} == {ketua.id, kasubag.id}


def test_marked_present_at_the_meetings_start_once(attended):
    m, ketua, kasubag, staf, _ = attended
    result = mark_present.mark_present(m.id, [ketua.id, kasubag.id], "daring", "Meja 1")
    assert (result.added, result.kept) == (2, 0)
    rows = {r.person_id: r for r in Attendance.select().where(Attendance.meeting == m.id)}
    row = rows[ketua.id]
    # 09.00 WIB, not the time of the click in 2026.
    assert row.checked_in_at == datetime(2021, 4, 7, 2, 0)
    assert (row.status, row.channel, row.method, row.minutes_late) == ("hadir", "daring", "manual", 0)
    assert row.desk == "Meja 1" and "dicatat oleh Meja 1" in row.note
    again = mark_present.mark_present(m.id, [ketua.id, kasubag.id, staf.id], "luring", "Meja 2")
    assert (again.added, again.kept) == (1, 2)
    assert Attendance.select().where(Attendance.meeting == m.id).count() == 3
    assert Attendance.get(Attendance.person == ketua.id).channel == "daring"  # the first record stays


def test_a_better_row_is_kept_and_tanpa_keterangan_is_replaced(attended):
    m, ketua, kasubag, staf, _ = attended
    checkin.check_in_person(m.id, ketua.id, channel="daring", at=datetime(2021, 4, 7, 2, 20), desk="Meja 1")
    checkin.set_status(m.id, kasubag.id, "izin", note="Sakit gigi")
    checkin.set_status(m.id, staf.id, "tanpa_keterangan")
    result = mark_present.mark_present(m.id, [ketua.id, kasubag.id, staf.id], "luring", "Meja 1")
    assert (result.added, result.kept) == (1, 2)
    rows = {r.person_id: r for r in Attendance.select().where(Attendance.meeting == m.id)}
    assert rows[ketua.id].checked_in_at == datetime(2021, 4, 7, 2, 20)
    assert (rows[kasubag.id].status, rows[kasubag.id].note) == ("izin", "Sakit gigi")
    assert (rows[staf.id].status, rows[staf.id].checked_in_at) == ("hadir", datetime(2021, 4, 7, 2, 0))


def test_only_for_a_meeting_we_attended_and_with_a_known_channel(attended):
    m, ketua, *_ = attended
    own = meetings.create(title="Rapat pleno", date=date(2021, 4, 7))
    with pytest.raises(ValidationError, match="sebagai peserta"):
        mark_present.mark_present(own.id, [ketua.id], "luring", "Meja 1")
    with pytest.raises(ValidationError, match="luring atau daring"):
        mark_present.mark_present(m.id, [ketua.id], "zoom", "Meja 1")
    with pytest.raises(ValidationError, match="Belum ada orang"):
        mark_present.mark_present(m.id, [], "luring", "Meja 1")
