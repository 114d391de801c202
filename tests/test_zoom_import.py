"""Applying a Zoom participant report to a meeting: through the check-in service, idempotent, merging a second
report, the minimum minutes, and a meeting we only attended (issue 6)."""
from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from kpu_rakor.domain.errors import UserError, ValidationError
from kpu_rakor.domain.models import Attendance, Person
from kpu_rakor.domain.services import checkin, installation, meetings, people, satker, zoom_import
from kpu_rakor.domain.zoom.match import IGNORE, MATCH, NEW

DATA = Path(__file__).parent / "data" / "zoom"


@pytest.fixture
def directory(any_db):
    tulungagung = satker.by_region_code("35.04").id
    installation.set_office(tulungagung, writer_initials="amr")
    return {
        "amar": people.create(name="Much. Amarodin, S.Pd.", position="Kasubag Teknis", satker_id=tulungagung).id,
        "gogot": people.create(name="Drs. Gogot Cahyo Baskoro, M.Si.", email="gogot@example.org",
                               satker_id=satker.by_region_code("35").id).id,
    }


def _meeting(role="host"):
    return meetings.create(title="Rakor Penguatan Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0),
                           mode="daring", our_role=role)


def _rows(meeting_id):
    return {a.person_id: a for a in Attendance.select().where(Attendance.meeting == meeting_id)}


def test_report_becomes_daring_attendance_with_the_union_of_minutes(directory):
    m = _meeting()
    review = zoom_import.read_report(m.id, DATA / "portal_old.csv")
    assert (review.rows, len(review.proposals), review.count(MATCH), review.count(IGNORE)) == (4, 3, 2, 1)
    result = zoom_import.apply(review, 30)
    assert (result.checked_in, result.ignored, result.flagged) == (2, 1, 0)
    rows = _rows(m.id)
    amar = rows[directory["amar"]]
    assert (amar.channel, amar.method, amar.status, amar.online_minutes) == ("daring", "zoom", "hadir", 180)
    assert rows[directory["gogot"]].online_minutes == 195
    assert checkin.counts(m.id).hadir == 2


def test_importing_the_same_report_again_changes_nothing(directory):
    m = _meeting()
    zoom_import.apply(zoom_import.read_report(m.id, DATA / "portal_old.csv"), 30)
    before = {pid: (a.online_minutes, a.updated_at, a.online_intervals) for pid, a in _rows(m.id).items()}
    again = zoom_import.apply(zoom_import.read_report(m.id, DATA / "portal_old.csv"), 30)
    assert (again.checked_in, again.updated, again.unchanged) == (0, 0, 2)
    assert {pid: (a.online_minutes, a.updated_at, a.online_intervals) for pid, a in _rows(m.id).items()} == before


def test_a_second_report_of_the_same_meeting_merges(directory, tmp_path):
    m = _meeting()
    zoom_import.apply(zoom_import.read_report(m.id, DATA / "portal_old.csv"), 30)
    second = tmp_path / "laporan_kedua.csv"
    second.write_text(  # the second host account saw Amarodin 11.30-12.30: 30 minutes overlap, 29.5 new
        "Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,In waiting room\n"
        "Much Amarodin (KPU Kab Tulungagung),,2021-04-07 11:30:00,2021-04-07 12:30:00,60,Yes,No\n")
    result = zoom_import.apply(zoom_import.read_report(m.id, second), 30)
    assert (result.checked_in, result.updated) == (0, 1)
    assert _rows(m.id)[directory["amar"]].online_minutes == 210
    assert Attendance.select().where(Attendance.meeting == m.id).count() == 2


def test_too_few_minutes_is_flagged_for_review(directory):
    m = _meeting()
    result = zoom_import.apply(zoom_import.read_report(m.id, DATA / "portal_old.csv"), 190)
    assert result.flagged == 1
    amar = _rows(m.id)[directory["amar"]]
    assert amar.needs_review and "180 menit" in amar.note and "minimal 190" in amar.note
    assert not _rows(m.id)[directory["gogot"]].needs_review


def test_minimum_minutes_is_a_setting(directory):
    assert zoom_import.min_minutes() == zoom_import.DEFAULT_MIN_MINUTES
    zoom_import.set_min_minutes(45)
    zoom_import.set_min_minutes(60)
    assert zoom_import.min_minutes() == 60
    with pytest.raises(ValidationError):
        zoom_import.set_min_minutes(-1)


def test_when_we_only_attended_just_our_own_people_are_proposed(directory):
    m = _meeting(role="participant")
    review = zoom_import.read_report(m.id, DATA / "portal_old.csv")
    got = {p.participant.names[0]: p for p in review.proposals}
    assert got["KPU Kab Tulungagung_Much. Amarodin"].person_id == directory["amar"]
    assert got["Gogot Cahyo Baskoro (KPU Jatim)"].action == IGNORE  # KPU Provinsi's man, not ours
    zoom_import.apply(review, 30)
    assert set(_rows(m.id)) == {directory["amar"]}


def test_new_guest_is_made_once_even_when_imported_twice(directory):
    m = _meeting()
    for _ in range(2):
        review = zoom_import.read_report(m.id, DATA / "portal_new_bom.csv")
        assert [p.action for p in review.proposals] in ([NEW], [MATCH])
        zoom_import.apply(review, 30)
    guests = list(Person.select().where(Person.is_guest == True))  # noqa: E712
    assert [(g.name, g.email, g.satker.name if g.satker else "") for g in guests] == [
        ("Operator Medsos", "medsos@example.org", "KPU Kota Blitar")]
    assert _rows(m.id)[guests[0].id].online_minutes == 150


def test_someone_checked_in_at_the_hall_is_left_as_they_are(directory):
    m = _meeting()
    checkin.check_in_person(m.id, directory["amar"], method="qr")
    result = zoom_import.apply(zoom_import.read_report(m.id, DATA / "portal_old.csv"), 30)
    assert result.in_hall == 1
    assert _rows(m.id)[directory["amar"]].channel == "luring"


def test_a_proposal_changed_by_the_user_is_applied_as_changed(directory):
    m = _meeting()
    review = zoom_import.read_report(m.id, DATA / "portal_old.csv")
    for p in review.proposals:
        if p.participant.names[0] == "iPhone":
            p.action, p.person_id = MATCH, directory["amar"]  # the user knows whose phone it was
        elif p.person_id == directory["amar"]:
            p.action = IGNORE
    zoom_import.apply(review, 0)
    assert _rows(m.id)[directory["amar"]].online_minutes == 15


def test_a_bad_proposal_rolls_everything_back(directory):
    m = _meeting()
    review = zoom_import.read_report(m.id, DATA / "portal_old.csv")
    review.proposals[-1].action, review.proposals[-1].person_id = MATCH, 999999
    with pytest.raises(ValidationError, match="tidak ada di direktori"):
        zoom_import.apply(review, 30)
    assert Attendance.select().count() == 0


def test_report_of_another_day_warns(directory):
    m = meetings.create(title="Rakor Lain", date=date(2021, 5, 7), start_time=time(9, 0))
    assert "7 April 2021" in zoom_import.read_report(m.id, DATA / "portal_old.csv").warning


def test_broken_file_changes_nothing(directory, tmp_path):
    m = _meeting()
    f = tmp_path / "rusak.csv"
    f.write_bytes(b"\x00\x01\x02 bukan laporan")
    with pytest.raises(UserError):
        zoom_import.read_report(m.id, f)
    assert Attendance.select().count() == 0


def test_json_summary_has_the_counts_and_one_entry_per_participant(directory):
    m = _meeting()
    review = zoom_import.read_report(m.id, DATA / "portal_old.csv", zone="WIB")
    data = zoom_import.to_json(review)
    assert {k: data[k] for k in ("rows", "participants", "matched", "new", "ignored")} == {
        "rows": 4, "participants": 3, "matched": 2, "new": 0, "ignored": 1}
    amar = next(i for i in data["list"] if i["person_id"] == directory["amar"])
    assert amar["first_join"] == "08.58 WIB" and amar["last_leave"] == "12.00 WIB" and amar["minutes"] == 180
    assert amar["person_name"] == "Much. Amarodin, S.Pd." and amar["names"] == ["KPU Kab Tulungagung_Much. Amarodin"]


def test_reimport_after_a_guest_was_merged_makes_no_new_guest(directory):
    from kpu_rakor.domain.services import attendance_review
    m = _meeting()
    zoom_import.apply(zoom_import.read_report(m.id, DATA / "portal_new_bom.csv"), 30)
    guest = Person.get(Person.is_guest == True)  # noqa: E712
    real = people.create(name="Yuni Astuti", position="Operator Medsos").id
    attendance_review.merge(m.id, guest.id, real)
    again = zoom_import.read_report(m.id, DATA / "portal_new_bom.csv")
    assert [(p.action, p.person_id) for p in again.proposals] == [(MATCH, real)]
    result = zoom_import.apply(again, 30)
    assert (result.checked_in, result.new_guests, result.unchanged) == (0, 0, 1)
    assert set(_rows(m.id)) == {real}
    assert Person.get_by_id(real).email == "medsos@example.org"


def test_merging_a_guest_device_into_someone_on_zoom_keeps_both_minutes(directory, tmp_path):
    from kpu_rakor.domain.services import attendance_review
    m = _meeting()
    short = tmp_path / "pendek.csv"
    short.write_text("Name,Email,Join Time,Leave Time\n"
                     "KPU Kab Tulungagung_Much. Amarodin,,2021-04-07 09:00:00,2021-04-07 09:20:00\n"
                     "Tablet Ruang Rapat Dua,,2021-04-07 09:30:00,2021-04-07 11:30:00\n")
    review = zoom_import.read_report(m.id, short)
    for p in review.proposals:
        if p.participant.names[0].startswith("Tablet"):
            p.action, p.guest_name = NEW, "Tablet Ruang Rapat Dua"
    zoom_import.apply(review, 30)
    assert _rows(m.id)[directory["amar"]].needs_review  # 20 minutes alone
    guest = Person.get(Person.name == "Tablet Ruang Rapat Dua")
    attendance_review.merge(m.id, guest.id, directory["amar"])
    amar = _rows(m.id)[directory["amar"]]
    assert (amar.online_minutes, amar.needs_review, amar.note) == (140, False, "")


def test_a_second_report_with_an_earlier_join_moves_the_check_in(directory, tmp_path):
    m = _meeting()
    late, early = tmp_path / "a.csv", tmp_path / "b.csv"
    late.write_text("Name,Email,Join Time,Leave Time\nX,gogot@example.org,2021-04-07 09:40:00,2021-04-07 11:00:00\n")
    early.write_text("Name,Email,Join Time,Leave Time\nX,gogot@example.org,2021-04-07 08:55:00,2021-04-07 09:30:00\n")
    zoom_import.apply(zoom_import.read_report(m.id, late), 30)
    assert _rows(m.id)[directory["gogot"]].status == "terlambat"
    zoom_import.apply(zoom_import.read_report(m.id, early), 30)
    row = _rows(m.id)[directory["gogot"]]
    assert (row.status, row.minutes_late, row.online_minutes) == ("hadir", 0, 115)
