"""What a check-in desk relies on besides scanning: name search, walk-ins, signatures, last scans, and
noticing another desk's changes."""
from __future__ import annotations

from datetime import date, time

import pytest

from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.models import Attendance, Invitation, Person
from kpu_rakor.domain.services import checkin, desk, meetings, people, qr


@pytest.fixture
def meeting(any_db):
    m = meetings.create(title="Rakor Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0))
    invited = [people.create(name=n, position="Anggota") for n in ("Much. Amarodin", "Drs. Amar Ma'ruf, M.Si.")]
    people.create(name="Amarullah", position="Wartawan")  # in the directory, not invited
    meetings.invite(m.id, [p.id for p in invited])
    return m


def test_name_search_ignores_titles_case_and_accents_and_puts_invitees_first(meeting):
    names = [c.name for c in desk.search_people(meeting.id, "AMAR")]
    assert names[:2] == ["Drs. Amar Ma'ruf, M.Si.", "Much. Amarodin"] and names[2] == "Amarullah"
    assert [c.name for c in desk.search_people(meeting.id, "amarodin")] == ["Much. Amarodin"]
    assert [c.name for c in desk.search_people(meeting.id, "marúf")] == ["Drs. Amar Ma'ruf, M.Si."]
    assert desk.search_people(meeting.id, "   ") == []


def test_walk_in_is_saved_and_checked_in_once_without_an_invitation(meeting):
    r = desk.walk_in(meeting.id, name="Budi <Tamu> & Co", position="Wartawan", institution="Radio Suara",
                     phone="0812", desk="Meja 1")
    assert r.result == "checked_in" and r.name == "Budi <Tamu> & Co"
    p = Person.get_by_id(r.person_id)
    assert p.is_guest and not Invitation.select().where(Invitation.person == p.id).exists()  # came without one
    assert checkin.counts(meeting.id).walk_ins == 1 and checkin.counts(meeting.id).invited == 2
    assert checkin.check_in_code(meeting.id, qr.person_code(p.id)).result == "already_checked_in"


def test_signature_is_kept_with_the_attendance_row(meeting):
    p = meetings.invitees(meeting.id)[0]
    with pytest.raises(ValidationError, match="belum tercatat hadir"):
        desk.save_signature(meeting.id, p.id, [[[0.1, 0.2], [0.3, 0.4]]])
    checkin.check_in_person(meeting.id, p.id)
    desk.save_signature(meeting.id, p.id, [[[0.1, 0.2], [0.3, 0.4]], [[0.5, 0.5]]])
    assert Attendance.get(Attendance.person == p.id).signature == "[[[0.1,0.2],[0.3,0.4]],[[0.5,0.5]]]"
    for bad in ([], "x", [[[2, 0]]], [[["a", 0]]]):
        with pytest.raises(ValidationError):
            desk.save_signature(meeting.id, p.id, bad)


def test_another_desks_change_shows_in_the_revision_and_last_scans(meeting):
    before = desk.revision(meeting.id)
    p = meetings.invitees(meeting.id)[0]
    checkin.check_in_code(meeting.id, qr.invitation_code(meeting.id, p.id), "Meja 2")
    after = desk.revision(meeting.id)
    assert after != before and after[0] == 1
    last = desk.recent(meeting.id)
    assert [(s.name, s.desk) for s in last] == [(p.name, "Meja 2")]
    checkin.undo(meeting.id, p.id, "salah orang")
    assert desk.revision(meeting.id)[0] == 0


def test_one_persons_scan_reads_with_its_time_and_desk(meeting):
    p = meetings.invitees(meeting.id)[0]
    assert desk.scan_of(meeting.id, p.id) is None
    checkin.check_in_code(meeting.id, qr.invitation_code(meeting.id, p.id), "Meja 2")
    s = desk.scan_of(meeting.id, p.id)
    assert (s.name, s.desk, s.status) == (p.name, "Meja 2", s.status) and s.time.endswith("WIB")


# --- issue 13: meeting hours, walk-ins, who has not arrived, the order of the last scans ---------------------

def _at(meeting, hours: float):
    from datetime import timedelta
    return meeting.starts_at + timedelta(hours=hours)


def test_meeting_hours_rule_an_hour_before_to_the_end(meeting):
    from kpu_rakor.domain.services import meeting_hours
    m = checkin.meeting_for_checkin(meeting.id)  # 09.00 WIB, "s.d. selesai": over at 21.00 WIB
    assert meeting_hours.outside(m, _at(m, -0.5)) is None
    assert meeting_hours.outside(m, _at(m, 11.9)) is None
    early = meeting_hours.outside(m, _at(m, -1.5))
    assert (early.when, early.time) == (meeting_hours.BEFORE, "09.00 WIB")
    late = meeting_hours.outside(m, _at(m, 16))
    assert (late.when, late.time) == (meeting_hours.AFTER, "21.00 WIB")
    ended = meetings.update(meeting.id, end_time=time(12, 0))
    assert meeting_hours.outside(checkin.CheckinMeeting.of(ended), _at(m, 3.5)).time == "12.00 WIB"


def test_a_desk_is_asked_first_and_records_with_a_note_when_told(meeting):
    p = meetings.invitees(meeting.id)[0]
    code = qr.invitation_code(meeting.id, p.id)
    late = _at(meeting, 16)
    asked = checkin.check_in_code(meeting.id, code, "Meja 1", at=late, outside_hours=checkin.HOURS_ASK)
    assert (asked.result, asked.name, asked.outside, asked.outside_time) == (
        checkin.OUTSIDE, p.name, "after", "21.00 WIB")
    assert Attendance.select().count() == 0  # nothing recorded while asking
    done = checkin.check_in_code(meeting.id, code, "Meja 1", at=late, outside_hours=checkin.HOURS_NOTE)
    assert done.result == checkin.CHECKED_IN and done.outside == "after"
    assert "Selamat" not in done.message and "di luar jam rapat" in done.message
    row = Attendance.get(Attendance.person == p.id)
    assert row.note == "dicatat setelah rapat selesai (21.00 WIB)" and not row.needs_review
    # Already recorded: a repeat scan is not asked about again, it is "sudah hadir".
    again = checkin.check_in_code(meeting.id, code, "Meja 1", at=late, outside_hours=checkin.HOURS_ASK)
    assert again.result == checkin.ALREADY


def test_cli_checkin_outside_the_hours_records_with_a_flag(run, sqlite_url):
    import json

    from kpu_rakor.domain import db as dbmod
    from kpu_rakor.domain.services import installation
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    m = meetings.create(title="Rakor Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0),
                        end_time=time(12, 0))
    p = people.create(name="Much. Amarodin")
    meetings.invite(m.id, [p.id])
    code_text = qr.invitation_code(m.id, p.id)
    dbmod.close_database()
    code, out, err = run("checkin", m.id, code_text, "--desk", "Meja 1")  # years after the meeting ended
    data = json.loads(out)
    assert code == 0 and data["result"] == "checked_in"
    assert (data["outside_hours"], data["outside_time"]) == ("after", "12.00 WIB")
    assert "Rapat sudah selesai pukul 12.00 WIB" in err
    dbmod.open_database(sqlite_url)
    assert Attendance.get(Attendance.person == p.id).note == "dicatat setelah rapat selesai (12.00 WIB)"
    dbmod.close_database()


def test_phone_sign_in_outside_the_hours_is_flagged_for_review(meeting):
    from kpu_rakor.domain.services import attendance_review, phone_signin
    strokes = [[[0.1, 0.5], [0.5, 0.5], [0.9, 0.6]]]
    phone_signin.sign_in(meeting.id, name="Much. Amarodin", signature=strokes, device="a" * 20,
                         at=_at(meeting, -3))
    line = next(x for x in attendance_review.lines(meeting.id) if x.name == "Much. Amarodin")
    assert line.needs_review and "dicatat sebelum rapat mulai (09.00 WIB)" in line.note
    phone_signin.sign_in(meeting.id, name="Drs. Amar Ma'ruf, M.Si.", signature=strokes, device="b" * 20,
                         at=_at(meeting, 1))
    line = next(x for x in attendance_review.lines(meeting.id) if x.name.startswith("Drs. Amar"))
    assert not line.needs_review and line.note == ""  # within the hours, signed, own phone: nothing to look at


def test_not_arrived_lists_invitees_without_a_row_with_phones_and_a_whatsapp_text(meeting):
    from kpu_rakor.domain.services import not_arrived
    amarodin, amar = Person.get(Person.name == "Much. Amarodin"), Person.get(Person.name_key.startswith("amar m"))
    people.update(amar.id, phone="0812-3456-7890")
    rows = not_arrived.people(meeting.id)
    assert [(r.name, r.phone) for r in rows] == [("Drs. Amar Ma'ruf, M.Si.", "0812-3456-7890"),
                                                 ("Much. Amarodin", "")]
    checkin.check_in_person(meeting.id, amarodin.id)
    text = not_arrived.whatsapp_text(meeting.id)
    lines = text.splitlines()
    assert lines[0].startswith("*Belum hadir — Rakor Bakohumas* (1 orang, per ") and lines[0].endswith("WIB)")
    assert lines[1:] == ["1. Drs. Amar Ma'ruf, M.Si. — 0812-3456-7890"]


def test_counts_keep_walk_ins_out_of_the_invited(meeting):
    outsider = Person.get(Person.name == "Amarullah")  # in the directory, not invited
    checkin.check_in_code(meeting.id, qr.person_code(outsider.id), "Meja 1")
    desk.walk_in(meeting.id, name="Budi Santoso", institution="Radar Tulungagung")
    c = checkin.counts(meeting.id)
    assert (c.invited, c.present, c.walk_ins, c.belum_hadir) == (2, 2, 2, 2)


def test_last_scans_stay_in_scan_order_when_an_older_row_changes(meeting):
    first, second = meetings.invitees(meeting.id)[:2]
    checkin.check_in_person(meeting.id, first.id, desk="Meja 1", at=_at(meeting, 0.1))
    checkin.check_in_person(meeting.id, second.id, desk="Meja 2", at=_at(meeting, 0.2))
    desk.save_signature(meeting.id, first.id, [[[0.1, 0.2], [0.3, 0.4]]])  # touches the older row
    assert [s.person_id for s in desk.recent(meeting.id)] == [second.id, first.id]
