"""Duplikat rapat and Rapat berikutnya dalam seri: what is planned is copied, what happened is not (issue 11)."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from kpu_rakor.domain.models import (AgendaItem, Attendance, Invitation, Meeting, MeetingSeries,
                                     Minutes, Photo)
from kpu_rakor.domain.services import checkin, meeting_copy, meetings, minutes, people
from kpu_rakor.domain.timefmt import to_local


@pytest.fixture
def rakor(any_office):
    chair = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua")
    writer = people.create(name="Endah Puspitasari", position="Kasubag Teknis")
    guest = people.create(name="Siti Ma'ruf", position="Anggota")
    m = meetings.create(title="Rakor Bakohumas", kind="rakor", mode="hibrida", date=date(2021, 4, 7),
                        start_time=time(9, 0), end_time=time(12, 0), venue="Aula KPU Kabupaten Tulungagung",
                        zoom_meeting_id="812 3456 7890", zoom_passcode="kpu2021", online_link="https://zoom.us/j/1",
                        invitation_number="045/PP.08-Und/3504/2021", invitation_date=date(2021, 4, 1),
                        late_threshold_minutes=10, status="done")
    items = meetings.set_agenda(m.id, [
        {"title": "Pembukaan", "start_time": time(9, 0), "end_time": time(9, 15)},
        {"title": "Optimalisasi Medsos", "start_time": time(9, 15), "end_time": time(11, 0)},
    ])
    meetings.set_roles(m.id, [{"person_id": chair.id, "role": "chair"},
                              {"person_id": writer.id, "role": "note_taker"},
                              {"person_id": guest.id, "role": "speaker", "agenda_item_id": items[1].id,
                               "topic": "Medsos"}])
    meetings.invite(m.id, [chair.id, guest.id], channel="daring")
    checkin.check_in_person(m.id, chair.id, at=datetime(2021, 4, 7, 2, 0))
    minutes.mark_ready(m.id)
    return m, chair, writer, guest


def _local(instant, zone="WIB"):
    return to_local(instant, zone).replace(tzinfo=None)


def test_duplicate_copies_the_plan_and_moves_the_dates(rakor):
    m, chair, writer, guest = rakor
    new_id = meeting_copy.duplicate(m.id, datetime(2021, 5, 7, 13, 30))
    new = Meeting.get_by_id(new_id)
    assert new_id != m.id and new.code_id != m.code_id
    assert (new.title, new.kind, new.mode, new.venue) == (m.title, "rakor", "hibrida", m.venue)
    assert (new.zoom_meeting_id, new.zoom_passcode, new.online_link) == ("812 3456 7890", "kpu2021",
                                                                         "https://zoom.us/j/1")
    assert new.late_threshold_minutes == 10
    assert _local(new.starts_at) == datetime(2021, 5, 7, 13, 30)
    assert _local(new.ends_at) == datetime(2021, 5, 7, 16, 30)  # the same three hours
    # A new letter gets its own number and date; the new meeting is not held yet.
    assert (new.invitation_number, new.invitation_date, new.status) == ("", None, "scheduled")
    items = meetings.agenda(new_id)
    assert [(a.title, _local(a.planned_start).time(), _local(a.planned_end).time()) for a in items] == [
        ("Pembukaan", time(13, 30), time(13, 45)), ("Optimalisasi Medsos", time(13, 45), time(15, 30))]
    roles = {(r.person_id, r.role, r.agenda_item_id, r.topic) for r in meetings.roles(new_id)}
    assert roles == {(chair.id, "chair", None, ""), (writer.id, "note_taker", None, ""),
                     (guest.id, "speaker", items[1].id, "Medsos")}
    assert (new.chair_id, new.note_taker_id) == (chair.id, writer.id)
    invs = list(Invitation.select().where(Invitation.meeting == new_id))
    old_codes = {i.code_id for i in Invitation.select().where(Invitation.meeting == m.id)}
    assert {(i.person_id, i.channel) for i in invs} == {(chair.id, "daring"), (guest.id, "daring")}
    assert not {i.code_id for i in invs} & old_codes  # a badge of the old meeting does not sign in here
    # What happened at the first meeting stays there.
    assert Attendance.select().where(Attendance.meeting == new_id).count() == 0
    assert Minutes.select().where(Minutes.meeting == new_id).count() == 0
    assert Photo.select().where(Photo.meeting == new_id).count() == 0
    # The original is untouched.
    assert AgendaItem.select().where(AgendaItem.meeting == m.id).count() == 2
    assert Attendance.select().where(Attendance.meeting == m.id).count() == 1


def test_next_in_series_creates_the_series_and_proposes_the_same_weekday_next_month(rakor):
    m = rakor[0]
    assert meeting_copy.proposed_next(m.id) == datetime(2021, 5, 5, 9, 0)  # 1st Wednesday of May
    new_id = meeting_copy.next_in_series(m.id)
    series = MeetingSeries.get(MeetingSeries.name == "Rakor Bakohumas")
    assert Meeting.get_by_id(m.id).series_id == series.id == Meeting.get_by_id(new_id).series_id
    assert _local(Meeting.get_by_id(new_id).starts_at) == datetime(2021, 5, 5, 9, 0)
    # A series of two meetings four weeks apart... the third follows at its usual gap from the latest.
    assert meeting_copy.proposed_next(m.id) == datetime(2021, 6, 2, 9, 0)


def test_next_in_series_follows_the_usual_gap(rakor):
    m = rakor[0]
    second = meeting_copy.next_in_series(m.id, datetime(2021, 4, 21, 10, 0))  # the caller chose two weeks
    assert meeting_copy.proposed_next(second) == datetime(2021, 5, 5, 10, 0)
    third = meeting_copy.next_in_series(second)
    assert _local(Meeting.get_by_id(third).starts_at) == datetime(2021, 5, 5, 10, 0)
    assert Meeting.select().where(Meeting.series == Meeting.get_by_id(m.id).series_id).count() == 3


def test_same_weekday_next_month_keeps_the_week_or_takes_the_last():
    assert meeting_copy.same_weekday_next_month(date(2021, 4, 7)) == date(2021, 5, 5)
    assert meeting_copy.same_weekday_next_month(date(2021, 12, 29)) == date(2022, 1, 26)  # no 5th Wed in Jan
    assert meeting_copy.same_weekday_next_month(date(2021, 1, 29)) == date(2021, 2, 26)


def test_duplicate_of_an_old_meeting_is_proposed_in_the_future(rakor):
    m = rakor[0]
    proposal = meeting_copy.proposed_duplicate(m.id, now=datetime(2026, 12, 4, 4, 0))  # a Friday
    assert proposal == datetime(2026, 12, 9, 9, 0)  # the next Wednesday, same time
    assert meeting_copy.proposed_duplicate(m.id, now=datetime(2021, 4, 1)) == datetime(2021, 4, 14, 9, 0)
