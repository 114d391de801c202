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
