"""The model's rules that users rely on, on both engines: one row per person per meeting, codes, zones."""
from __future__ import annotations

import threading
from datetime import date, datetime, time

import pytest

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.models import Attendance, Satker
from kpu_rakor.domain.services import checkin, installation, meetings, people, qr


def _meeting_with_people(n=3, zone="WIB"):
    ps = [people.create(name=f"Peserta {i}", position="Anggota") for i in range(n)]
    m = meetings.create(title="Rakor Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0), timezone=zone)
    meetings.invite(m.id, [p.id for p in ps])
    return m, ps


def test_directory_has_every_kpu_office(any_db):
    assert Satker.select().where(Satker.builtin == True).count() == 553  # noqa: E712
    assert Satker.get(Satker.region_code == "11").name == "KIP Aceh"
    assert Satker.get(Satker.region_code == "73.71").timezone == "WITA"
    assert Satker.get(Satker.region_code == "94.01").timezone == "WIT"
    assert Satker.get(Satker.region_code == "61").timezone == "WIB"  # Kalimantan Barat
    assert Satker.get(Satker.region_code == "35.04").parent.region_code == "35"
    assert installation.ensure_directory() == 0  # loaded once, never twice


def test_second_scan_reports_first_and_keeps_one_row(any_db):
    m, ps = _meeting_with_people(1)
    code = qr.invitation_code(m.id, ps[0].id)
    first = checkin.check_in_code(m.id, code, "Meja 1", at=datetime(2021, 4, 7, 1, 55))
    again = checkin.check_in_code(m.id, code, "Meja 2", at=datetime(2021, 4, 7, 2, 30))
    assert first.result == "checked_in" and first.time == "08.55 WIB"
    assert again.result == "already_checked_in"
    assert again.desk == "Meja 1" and again.time == "08.55 WIB"
    assert Attendance.select().where(Attendance.meeting == m.id).count() == 1
    assert again.to_json()["message"] == "Sudah hadir pukul 08.55 WIB di Meja 1."


def test_late_arrival_is_marked_with_minutes(any_db):
    m, ps = _meeting_with_people(1)
    r = checkin.check_in_person(m.id, ps[0].id, at=datetime(2021, 4, 7, 2, 40))  # 09.40 WIB, 40 minutes late
    assert r.status == "terlambat" and r.minutes_late == 40


@pytest.mark.parametrize("tamper,reason", [
    (lambda c: c[:-2] + ("AA" if c[-2:] != "AA" else "BB"), "forged"),
    (lambda c: "hello world", "garbage"),
    (lambda c: c[:5] + ":" + c[6:], "garbage"),
])
def test_bad_codes_are_rejected_with_a_reason(any_db, tamper, reason):
    m, ps = _meeting_with_people(1)
    r = checkin.check_in_code(m.id, tamper(qr.invitation_code(m.id, ps[0].id)))
    assert r.result == "rejected" and r.reason == reason
    assert Attendance.select().count() == 0


def test_code_for_another_meeting_is_refused(any_db):
    m, ps = _meeting_with_people(1)
    other = meetings.create(title="Rapat Pleno", date=date(2021, 4, 8))
    r = checkin.check_in_code(other.id, qr.invitation_code(m.id, ps[0].id))
    assert (r.result, r.reason) == ("rejected", "other_meeting")
    assert checkin.check_in_code(other.id, qr.meeting_code(m.id)).reason == "other_meeting"


def test_scanner_on_another_layout_lowercase_and_whitespace_still_reads(any_db):
    m, ps = _meeting_with_people(1)
    code = qr.person_code(ps[0].id)
    assert set(code) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert checkin.check_in_code(m.id, "  " + code.lower() + "\r\n").result == "checked_in"


def test_code_carries_no_personal_data(any_db):
    a = people.create(name="Gogot Cahyo Baskoro", nip="198609262015051001", phone="08123456789")
    b = people.create(name="Gogot Cahyo Baskoro")
    ca, cb = qr.person_code(a.id), qr.person_code(b.id)
    assert ca != cb  # same name, different random ids
    assert "GOGOT" not in ca and "1986" not in ca and "0812" not in ca


def test_two_desks_racing_make_exactly_one_row_each(any_db_url):
    dbmod.open_database(any_db_url)
    installation.ensure_ready()
    m, ps = _meeting_with_people(30)
    codes = [qr.invitation_code(m.id, p.id) for p in ps]
    results: dict[str, list[str]] = {"Meja 1": [], "Meja 2": []}
    barrier = threading.Barrier(2)

    def desk(name):
        dbmod.ensure_connection()
        barrier.wait()
        for c in codes:
            results[name].append(checkin.check_in_code(m.id, c, name).result)
        dbmod.database.close()

    threads = [threading.Thread(target=desk, args=(n,)) for n in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert Attendance.select().where(Attendance.meeting == m.id).count() == 30
    pairs = list(zip(results["Meja 1"], results["Meja 2"]))
    assert all(sorted(p) == ["already_checked_in", "checked_in"] for p in pairs)
    dbmod.close_database()


def test_times_are_shown_in_the_meetings_zone(any_db):
    m = meetings.create(title="Rakor KPU RI", date=date(2021, 4, 7), start_time=time(9, 0), timezone="WIB")
    from kpu_rakor.domain.timefmt import clock_zone, long_date, to_local
    assert clock_zone(m.starts_at, "WITA") == "10.00 WITA"
    assert clock_zone(m.starts_at, "WIT") == "11.00 WIT"
    assert long_date(to_local(m.starts_at, "WIB")) == "Rabu, 07 April 2021"


def test_manual_status_then_arrival_becomes_hadir_without_a_second_row(any_db):
    m, ps = _meeting_with_people(2)
    checkin.set_status(m.id, ps[0].id, "izin", note="Sakit gigi")
    r = checkin.check_in_code(m.id, qr.invitation_code(m.id, ps[0].id), at=datetime(2021, 4, 7, 2, 0))
    assert r.result == "checked_in" and r.status == "hadir"
    checkin.set_status(m.id, ps[1].id, "diwakili", delegate_id=ps[0].id)
    assert Attendance.select().count() == 2
    c = checkin.counts(m.id)
    assert (c.invited, c.hadir, c.diwakili, c.belum_hadir) == (2, 1, 1, 0)


def test_each_database_keeps_its_own_qr_secret(tmp_path):
    """A code made for one office's database is forged in another's, even within one process."""
    secrets_seen = []
    for name in ("a.db", "b.db"):
        dbmod.open_database(f"sqlite:///{tmp_path / name}")
        secrets_seen.append(installation.secret())
        from kpu_rakor.domain.models import Setting
        assert Setting.get(Setting.key == "qr_secret").value == secrets_seen[-1]
        dbmod.close_database()
    assert secrets_seen[0] != secrets_seen[1]


def test_month_filter_uses_each_meetings_own_zone_and_pages_exactly(any_db):
    # 1 May 00.30 WIT is still 30 April in UTC and in WIB: it belongs to May for its own zone.
    edge = meetings.create(title="Rakor Papua", date=date(2024, 5, 1), start_time=time(0, 30), timezone="WIT")
    april = meetings.create(title="Rakor April", date=date(2024, 4, 30), start_time=time(23, 0), timezone="WIB")
    for day in range(1, 26):
        meetings.create(title=f"Rapat {day}", date=date(2024, 5, day), timezone="WITA")
    may = [r.id for r in meetings.listing(month=(2024, 5))]
    assert edge.id in may and april.id not in may and len(may) == 26
    assert meetings.count(month=(2024, 5)) == 26 and meetings.count(month=(2024, 4)) == 1
    paged = meetings.listing(month=(2024, 5), limit=10) + meetings.listing(month=(2024, 5), limit=10, offset=10) \
        + meetings.listing(month=(2024, 5), limit=10, offset=20)
    assert [r.id for r in paged] == may


def test_editor_save_is_all_or_nothing(any_db):
    p = people.create(name="Much. Amarodin", position="Anggota")
    fields = dict(title="Rakor Bakohumas", date=date(2024, 5, 2), start_time=time(9, 0))
    with pytest.raises(ValidationError, match="Acara nomor 2 belum diberi judul"):
        meetings.save_full(None, fields, [{"title": "Pembukaan"}, {"title": "  "}], [], [p.id])
    assert meetings.count() == 0  # nothing half-saved
    m = meetings.save_full(None, fields, [{"title": "Pembukaan"}, {"title": "Paparan"}],
                           [{"person_id": p.id, "role": "speaker", "agenda_index": 1, "topic": "Medsos"}], [p.id])
    assert [a.title for a in meetings.agenda(m.id)] == ["Pembukaan", "Paparan"]
    assert meetings.roles(m.id)[0].agenda_item.title == "Paparan"
    assert [x.id for x in meetings.invitees(m.id)] == [p.id]


@pytest.mark.parametrize("fields,words", [
    (dict(zoom_meeting_id="1" * 40), "ID rapat Zoom terlalu panjang"),
    (dict(venue="Aula\x00"), "karakter yang tidak sah"),
    (dict(date=date(9999, 12, 31)), "tidak masuk akal"),
    (dict(mode="online"), "daring"),
    (dict(late_threshold_minutes=10**20), "antara 0 dan 1440"),
])
def test_meeting_fields_are_checked_the_same_on_both_engines(any_db, fields, words):
    base = dict(title="Rakor", date=date(2024, 5, 2))
    with pytest.raises(ValidationError, match=words):
        meetings.create(**{**base, **fields})


def test_agenda_end_before_start_is_refused(any_db):
    m = meetings.create(title="Rakor", date=date(2024, 5, 2))
    with pytest.raises(ValidationError, match="Jam selesai acara nomor 1"):
        meetings.set_agenda(m.id, [{"title": "Paparan", "start_time": time(10, 0), "end_time": time(9, 0)}])


def test_todays_meetings_by_each_zones_calendar_day(any_db):
    # At 23.30 WIB on 2 May it is already 3 May in WIT.
    now = datetime(2024, 5, 2, 16, 30)
    papua = meetings.create(title="Rakor Papua", date=date(2024, 5, 3), start_time=time(8, 0), timezone="WIT")
    jawa = meetings.create(title="Rakor Jawa", date=date(2024, 5, 2), start_time=time(9, 0), timezone="WIB")
    meetings.create(title="Besok", date=date(2024, 5, 3), start_time=time(9, 0), timezone="WIB")
    assert [r.id for r in meetings.todays(now)] == [jawa.id, papua.id]


def test_absence_set_by_hand_after_check_in_clears_the_check_in(any_db):
    m, ps = _meeting_with_people(2)
    code = qr.invitation_code(m.id, ps[0].id)
    checkin.check_in_code(m.id, code, "Meja 1", at=datetime(2021, 4, 7, 1, 50))
    checkin.set_status(m.id, ps[0].id, "sakit", note="Pulang lebih awal")
    row = Attendance.get(Attendance.person == ps[0].id)
    assert (row.status, row.checked_in_at) == ("sakit", None)
    with pytest.raises(ValidationError, match="Wakil hanya diisi untuk status diwakili"):
        checkin.set_status(m.id, ps[1].id, "izin", delegate_id=ps[0].id)
    with pytest.raises(ValidationError, match="Nama meja terlalu panjang"):
        checkin.check_in_code(m.id, code, "M" * 61)


def test_invitation_of_a_person_removed_from_the_directory_is_refused(any_db):
    m, ps = _meeting_with_people(1)
    code = qr.invitation_code(m.id, ps[0].id)
    people.update(ps[0].id, active=False)
    assert checkin.check_in_code(m.id, code).reason == "unknown"


def test_attendance_copied_in_after_the_meeting_is_not_late(any_db):
    m, ps = _meeting_with_people(1)  # 7 April 2021, 09.00 WIB, s.d. selesai
    r = checkin.check_in_person(m.id, ps[0].id, at=datetime(2021, 4, 9, 3, 0))
    assert (r.status, r.minutes_late) == ("hadir", 0)


def test_a_desk_hands_its_meeting_value_and_it_must_be_that_meeting(any_db):
    m, ps = _meeting_with_people(1)
    other, _ = _meeting_with_people(0)
    value = checkin.meeting_for_checkin(m.id)
    assert (value.id, value.starts_at, value.timezone) == (m.id, m.starts_at, "WIB")
    with pytest.raises(AttributeError):
        value.starts_at = datetime(2021, 4, 7, 3, 0)  # frozen: a value, not a row to save
    with pytest.raises(ValueError):
        checkin.check_in_code(other.id, qr.invitation_code(m.id, ps[0].id), meeting_value=value)
    r = checkin.check_in_code(m.id, qr.invitation_code(m.id, ps[0].id), "Meja 1", meeting_value=value,
                              at=datetime(2021, 4, 7, 2, 40))
    assert r.result == "checked_in" and r.minutes_late == 40
