"""The demo installation: realistic, deterministic, relative to today, loaded once."""
from __future__ import annotations

from datetime import date

import pytest

from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import Attendance, FollowUp, Meeting, Minutes, Person, Satker, Signatory
from kpu_rakor.domain.nip import normalize_nip
from kpu_rakor.domain.services import demo, installation, meetings, people
from kpu_rakor.domain.timefmt import to_local

TODAY = date(2021, 4, 7)


def test_demo_fills_an_empty_database(any_db):
    result = demo.load_demo(today=TODAY)
    assert result.loaded and 90 <= result.people <= 110 and result.meetings >= 12
    office = installation.profile()
    assert office.satker.region_code == "35.04" and office.writer_initials == "amr"
    assert "KABUPATEN TULUNGAGUNG" in office.letterhead_lines
    assert {s.role for s in Signatory.select()} == {"ketua", "sekretaris"}
    assert Signatory.get(Signatory.role == "sekretaris").nip and not Signatory.get(Signatory.role == "ketua").nip
    staff = Person.select().where(Person.nip.is_null(False))
    assert staff.count() > 30 and all(normalize_nip(p.nip) == p.nip for p in staff)
    assert not Person.select().where(Person.position == "Ketua", Person.nip.is_null(False)).exists()
    kinds = {s.kind for s in Satker.select().where(Satker.builtin == False)}  # noqa: E712
    assert {"bawaslu", "pemda", "universitas", "media"} <= kinds


def test_demo_meetings_cover_roles_modes_and_statuses(sqlite_db):
    demo.load_demo(today=TODAY)
    rows = list(Meeting.select())
    assert {m.our_role for m in rows} == {"host", "participant"}
    assert {m.mode for m in rows} == {"luring", "daring", "hibrida"}
    assert {"draft", "scheduled", "done"} <= {m.status for m in rows}
    days = {to_local(m.starts_at, m.timezone).date() for m in rows}
    assert TODAY in days and max(days) > TODAY and min(days) < TODAY
    assert all(m.status == "done" for m in rows if to_local(m.starts_at, "WIB").date() < TODAY)
    participant = [m for m in rows if m.our_role == "participant"]
    assert {m.organizer.region_code for m in participant} == {"00", "35"}
    assert all(m.zoom_meeting_id for m in participant if m.mode != "luring")
    assert any(m.venue == "Aula KPU Kabupaten Tulungagung" for m in rows if m.our_role == "host")
    assert any("/HM." in m.invitation_number and m.invitation_number.endswith("/2021") for m in rows)
    assert all(m.chair_id for m in rows)
    assert any(r.role == "speaker" and r.topic for m in rows for r in meetings.roles(m.id))
    statuses = {a.status for a in Attendance.select()}
    assert {"hadir", "terlambat", "izin"} <= statuses
    assert Minutes.select().count() >= 4 and FollowUp.select().count() >= 4


def test_demo_is_deterministic(tmp_path):
    from kpu_rakor.domain import db as dbmod
    names = []
    for n in range(2):
        dbmod.open_database(f"sqlite:///{tmp_path / f'demo{n}.db'}")
        try:
            demo.load_demo(today=TODAY)
            names.append([(p.name, p.nip, p.position) for p in people.listing()])
        finally:
            dbmod.close_database()
    assert names[0] == names[1]


def test_second_load_changes_nothing(sqlite_db):
    demo.load_demo(today=TODAY)
    before = (Person.select().count(), Meeting.select().count())
    again = demo.load_demo(today=TODAY)
    assert not again.loaded and "sudah dimuat" in again.message
    assert (Person.select().count(), Meeting.select().count()) == before


def test_refuses_a_database_with_real_data(office):
    people.create(name="Orang Sungguhan")
    with pytest.raises(UserError, match="sudah berisi data kantor"):
        demo.load_demo(today=TODAY)
    assert Meeting.select().count() == 0
