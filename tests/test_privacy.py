"""Personal data on request (UU 27/2022): anonymise, delete, export, the audit log read back, retention."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, time

import pytest

from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import Attendance, AuditLog, Invitation, Minutes, NewsDraft, Person, Photo, Quote
from kpu_rakor.domain.services import (attendance_sheet, audit_log, checkin, followups, meetings, people,
                                       privacy, search)

SIGNATURE = "[[[0.1, 0.5], [0.4, 0.2]]]"
ODD = "Łukasz <Tamu> & Co"


@pytest.fixture
def office(any_office):
    return any_office


def _meeting(title="Rakor Pemutakhiran Data", day=date(2024, 4, 3)):
    return meetings.create(title=title, date=day, start_time=time(9, 0))


def _guest(name=ODD, **kw):
    return people.create(name=name, phone="0812 3456 7890", email="tamu@contoh.id", nip="198609262015051001",
                         position="Tamu <VIP>", is_guest=True, **kw)


def test_anonymise_keeps_the_rows_and_clears_what_identifies(office):
    m = _meeting()
    p = _guest()
    other = people.create(name="Siti Aminah", position="Anggota")
    meetings.invite(m.id, [p.id, other.id])
    old_invitation_code = Invitation.get(Invitation.person == p.id).code_id
    old_code = p.code_id
    checkin.check_in_person(m.id, p.id, signature=SIGNATURE, note="perlu ditinjau")
    checkin.check_in_person(m.id, other.id)
    with write_tx():
        mins = Minutes.create(meeting=m.id)
        Quote.create(minutes=mins, person=p.id, text="Data pemilih harus mutakhir.")
        NewsDraft.create(meeting=m.id, headline="Rakor", body=f"Hadir pula {ODD} dari Bawaslu.")
        Photo.create(meeting=m.id, image=b"x", person=p.id, caption=f"{ODD}, Bawaslu saat rakor (3/4/2024)")
    before = attendance_sheet.build(m.id)
    assert search.search("Lukasz")  # the news draft names them, and it is indexed

    privacy.anonymise_person(p.id, by="Kasubag", reason="permintaan yang bersangkutan")

    row = Person.get_by_id(p.id)
    assert row.name == f"Peserta terhapus #{p.id}"
    assert (row.nip, row.phone, row.email, row.position, row.active) == (None, "", "", "", False)
    assert row.anonymised_at is not None and row.deleted_at is None
    assert row.code_id != old_code
    assert Invitation.get(Invitation.person == p.id).code_id != old_invitation_code
    att = Attendance.get(Attendance.person == p.id)
    assert (att.signature, att.note, att.status) == (None, "", "hadir")
    assert Photo.get().person_id is None and ODD not in Photo.get().caption
    assert ODD not in NewsDraft.get().body and f"Peserta terhapus #{p.id}" in NewsDraft.get().body
    assert Quote.get().person_id == p.id  # the minutes still say someone said it
    # Counts and the printed list stay right.
    after = attendance_sheet.build(m.id)
    assert after.present_count == before.present_count == 2 and len(after.rows) == len(before.rows)
    assert f"Peserta terhapus #{p.id}" in [r.name for r in after.rows]
    # Nothing left that names them: not the audit details, not the search index (news drafts are indexed).
    assert not AuditLog.select().where(AuditLog.detail.contains("Łukasz")).exists()
    assert search.search("Lukasz") == []
    entry = AuditLog.select().where(AuditLog.action == "anonymise").get()
    assert entry.entity_id == p.id and "permintaan" in entry.detail and entry.personal_data
    with pytest.raises(UserError):
        privacy.anonymise_person(p.id)


def test_delete_without_records_deletes_and_with_records_anonymises(office):
    m = _meeting()
    invited_only = people.create(name="Budi Santoso", position="Staf")
    meetings.invite(m.id, [invited_only.id])
    attended = people.create(name="Gogot Cahyo Baskoro", position="Anggota")
    checkin.check_in_person(m.id, attended.id)
    speaker = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua")
    meetings.set_roles(m.id, [{"person_id": speaker.id, "role": "chair"}])

    gone = privacy.delete_person(invited_only.id, reason="salah input")
    assert gone.deleted and gone.outcome == privacy.OUTCOME_DELETED
    assert Person.get_or_none(Person.id == invited_only.id) is None
    assert not Invitation.select().where(Invitation.person == invited_only.id).exists()

    for p, kind in ((attended, "kehadiran"), (speaker, "peran")):
        kept = privacy.delete_person(p.id)
        assert not kept.deleted and kind in kept.references and "dianonimkan" in kept.message()
        row = Person.get_by_id(p.id)
        assert row.deleted_at is not None and row.name == f"Peserta terhapus #{p.id}"
    assert Attendance.select().where(Attendance.person == attended.id).count() == 1
    assert [p.id for p in people.listing(include_inactive=True)] == []  # deleted people leave the directory
    assert not AuditLog.select().where(AuditLog.detail.contains("Gogot")).exists()
    assert AuditLog.select().where((AuditLog.action == "delete") & (AuditLog.entity == "person")).count() == 3


def test_export_holds_everything_about_the_person(office, tmp_path):
    m = _meeting()
    p = _guest()
    meetings.invite(m.id, [p.id], channel="luring")
    checkin.check_in_person(m.id, p.id, signature=SIGNATURE, desk="Meja 1")
    meetings.set_roles(m.id, [{"person_id": p.id, "role": "speaker", "topic": "Data & <pemilih>"}])
    followups.create(m.id, "Kirim data DPT", person_id=p.id)
    with write_tx():
        Quote.create(minutes=Minutes.create(meeting=m.id), person=p.id, text="Kutipan")

    data = privacy.export_person_data(p.id)
    assert data["person"]["name"] == ODD and data["person"]["phone"] == "0812 3456 7890"
    assert data["invitations"][0]["channel"] == "luring"
    att = data["attendance"][0]
    assert (att["method"], att["channel"], att["desk"]) == ("manual", "luring", "Meja 1")
    assert att["checked_in_at"] is not None and att["signature"] == json.loads(SIGNATURE)
    assert data["roles"][0]["topic"] == "Data & <pemilih>"
    assert data["quotes"][0]["text"] == "Kutipan"
    assert data["follow_ups"][0]["description"] == "Kirim data DPT"
    assert {e["action"] for e in data["audit"]} >= {"create"}

    out = privacy.write_person_export(p.id, tmp_path / "data.json", "json")
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["name"] == ODD
    out = privacy.write_person_export(p.id, tmp_path / "data.csv", "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["bagian", "baris", "kolom", "nilai"] and ["person", "1", "name", ODD] in rows
    assert AuditLog.select().where((AuditLog.action == "export") & (AuditLog.entity == "person")).count() == 2


def test_audit_log_filters_by_person_and_meeting(office):
    m1, m2 = _meeting("Rakor Satu"), _meeting("Rakor Dua")
    a = people.create(name="Siti Aminah", position="Anggota")
    b = people.create(name="Budi Santoso", position="Anggota")
    checkin.set_status(m1.id, a.id, "izin", note="dinas")
    checkin.check_in_person(m2.id, b.id)
    checkin.undo(m2.id, b.id, "salah orang")

    mine = audit_log.entries(person_id=a.id)
    assert {(e.action, e.entity) for e in mine} == {("create", "person"), ("set_status", "attendance")}
    assert audit_log.count(person_id=b.id) == 2  # created, check-in undone
    in_m2 = audit_log.entries(meeting_id=m2.id)
    assert {e.action for e in in_m2} == {"create", "undo"} and all(e.meeting_title == "Rakor Dua" for e in in_m2)
    assert audit_log.entries(person_id=a.id, meeting_id=m2.id) == []
    assert [e.id for e in audit_log.entries(offset=1, limit=2)] == [e.id for e in audit_log.entries()][1:3]
    assert in_m2[0].what.startswith("Batalkan presensi presensi #")
    assert audit_log.when_text(datetime(2021, 4, 7, 3, 0), "WIB") == "Rabu, 07 April 2021 10.00 WIB"
    assert audit_log.when_text(datetime(2021, 4, 7, 3, 0), "WITA") == "Rabu, 07 April 2021 11.00 WITA"


def test_retention_preview_and_apply(office):
    now = datetime(2025, 6, 15, 8, 0)
    old_m = _meeting("Rakor Lama", date(2024, 1, 10))
    new_m = _meeting("Rakor Baru", date(2025, 5, 10))
    old_guest = _guest("Tamu Lama")
    both = _guest("Tamu Lama dan Baru")
    staff = people.create(name="Staf Tetap", position="Staf")
    for p in (old_guest, both, staff):
        checkin.check_in_person(old_m.id, p.id)
    checkin.check_in_person(new_m.id, both.id)

    preview = privacy.retention_preview(12, now)
    assert [(c.person_id, c.meetings) for c in preview] == [(old_guest.id, 1)]
    assert preview[0].last_seen.date() == date(2024, 1, 10)
    assert [c.person_id for c in privacy.retention_preview(1, now)] == [old_guest.id, both.id]
    with pytest.raises(UserError):
        privacy.retention_preview(0, now)

    # Only the people the user saw in the preview are anonymised.
    done = privacy.apply_retention(1, now, by="Kasubag", only_ids=[both.id])
    assert done == [both.id]
    assert Person.get_by_id(both.id).anonymised_at is not None
    assert Person.get_by_id(old_guest.id).name == "Tamu Lama"
    assert privacy.apply_retention(12, now) == [old_guest.id]
    assert privacy.retention_preview(1, now) == []
    assert Person.get_by_id(staff.id).name == "Staf Tetap"
    assert Attendance.select().where(Attendance.meeting == old_m.id).count() == 3
    assert AuditLog.select().where(AuditLog.action == "retention").count() == 4  # 2 people + 2 summaries


def test_months_before_clamps_to_the_month_end():
    assert privacy.months_before(datetime(2025, 3, 31, 12), 1) == datetime(2025, 2, 28, 12)
    assert privacy.months_before(datetime(2025, 1, 15), 13) == datetime(2023, 12, 15)


def test_phone_column_setting_is_off_by_default(office):
    m = _meeting()
    p = people.create(name="Siti Aminah", phone="081298765432")
    meetings.invite(m.id, [p.id])
    assert not privacy.phone_column()
    assert attendance_sheet.build(m.id).rows[0].phone == ""
    privacy.set_phone_column(True)
    sheet = attendance_sheet.build(m.id)
    assert sheet.show_phone and sheet.rows[0].phone == "081298765432"
    privacy.set_phone_column(False)
    assert not privacy.phone_column()
