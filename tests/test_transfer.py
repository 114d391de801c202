"""Meeting export and import: a round trip keeps everything, a bad file names its field and changes nothing."""
from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import pytest

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.errors import UserError, ValidationError
from kpu_rakor.domain.models import AgendaMinutes, AuditLog, FollowUp, Meeting, Minutes, Person, Quote
from kpu_rakor.domain.services import checkin, installation, meetings, people, satker, transfer


def _full_meeting() -> int:
    tag = satker.by_region_code("35.04")
    jatim = satker.by_region_code("35")
    radio = satker.add_institution("Radio Suara Tulungagung FM", kind="media")
    chair = people.create(name="Drs. H. Mohammad Arif, M.Si.", position="Ketua", satker_id=tag.id)
    sek = people.create(name="Bambang Setiawan", nip="19860926 201505 1 001", position="Sekretaris",
                        satker_id=tag.id, phone="081234567890", email="bambang@example.id")
    gogot = people.create(name="Gatot Baskoro", position="Anggota Divisi Sosdiklih", satker_id=jatim.id)
    guest = people.create(name="Bayu", position="Penyiar", satker_id=radio.id)
    free = people.create(name="Ibu Siti", institution="Kelurahan Beji")
    m = meetings.create(title="Rakor Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0), end_time=time(12, 15),
                        mode="hibrida", venue="Aula KPU Kabupaten Tulungagung", zoom_meeting_id="812 3456 7890",
                        organizer_id=tag.id, invitation_number="244/HM.02-SD/06/KPU/III/2021",
                        invitation_date="2021-04-01", basis_letters="SE 244\nKPT 542", series="Bakohumas",
                        late_threshold_minutes=10, invitation_signatory="ketua")
    ag = meetings.set_agenda(m.id, [{"title": "Pembukaan", "start_time": time(9, 0)}, {"title": "Materi"}])
    meetings.set_roles(m.id, [{"person_id": chair.id, "role": "chair"},
                              {"person_id": gogot.id, "role": "speaker", "agenda_item_id": ag[1].id,
                               "topic": "Penguatan Bakohumas"},
                              {"person_id": sek.id, "role": "note_taker"}])
    meetings.invite(m.id, [chair.id, sek.id, gogot.id, guest.id, free.id])
    checkin.check_in_person(m.id, chair.id, at=datetime(2021, 4, 7, 1, 50, 12, 345678))
    checkin.check_in_person(m.id, gogot.id, at=datetime(2021, 4, 7, 2, 40), channel="daring", method="zoom")
    checkin.set_status(m.id, guest.id, "izin", note="Siaran pagi")
    checkin.set_status(m.id, free.id, "diwakili", delegate_id=sek.id)
    mi = Minutes.create(meeting=m.id, opened_at=datetime(2021, 4, 7, 2, 5), opened_by=chair.id,
                        opening_text="Dibuka", conclusions="Satu\nDua", status="approved", approved_by=chair.id,
                        discussion="Pembahasan di luar acara")
    AgendaMinutes.create(minutes=mi, agenda_item=ag[1].id, discussion="Narasumber menjelaskan bahwa …",
                         decisions="Bentuk Bakohumas")
    Quote.create(minutes=mi, agenda_item=ag[1].id, person=gogot.id, text="Segera lakukan koordinasi.")
    FollowUp.create(meeting=m.id, agenda_item=ag[1].id, description="Buat grup WA", person=sek.id, satker=tag.id,
                    due_date=date(2021, 4, 14))
    return m.id


def _strip(doc: dict) -> dict:
    doc = dict(doc)
    doc.pop("exported_at")
    return doc


def test_round_trip_in_the_same_database_gives_the_same_meeting(any_db):
    mid = _full_meeting()
    first = transfer.export_meeting(mid)
    n_people = Person.select().count()
    new = transfer.import_data(json.loads(json.dumps(first)))
    assert new.id != mid and new.code_id != meetings.get(mid).code_id
    assert _strip(transfer.export_meeting(new.id)) == _strip(first)
    assert Person.select().count() == n_people  # everyone matched, nobody duplicated
    assert first["meeting"]["starts_at"] == "2021-04-07T02:00:00Z"
    assert first["meeting"]["invitation_signatory"] == "ketua"
    assert first["minutes"]["discussion"] == "Pembahasan di luar acara"
    assert first["attendance"][0]["checked_in_at"] == "2021-04-07T01:50:12.345678Z"


def test_round_trip_into_a_fresh_database(any_db_url, tmp_path, empty_postgres):
    dbmod.open_database(any_db_url)
    installation.ensure_ready()
    doc = transfer.export_meeting(_full_meeting())
    dbmod.close_database()
    if any_db_url.startswith("sqlite"):
        fresh = f"sqlite:///{tmp_path / 'other.db'}"
    else:
        empty_postgres(any_db_url)
        fresh = any_db_url
    dbmod.open_database(fresh)
    try:
        installation.ensure_ready()
        path = tmp_path / "rapat.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        new = transfer.import_file(path)
        assert _strip(transfer.export_meeting(new.id)) == _strip(doc)
        assert Person.select().count() == len(doc["people"])
    finally:
        dbmod.close_database()


def test_export_is_logged_as_personal_data(any_db):
    mid = _full_meeting()
    transfer.export_json(mid, "rapat.json")
    row = AuditLog.select().where(AuditLog.action == "export").get()
    assert row.personal_data and row.meeting_id == mid and "rapat.json" in row.detail


def _doc(any_db) -> dict:
    return transfer.export_meeting(_full_meeting())


@pytest.mark.parametrize("change,field,words", [
    (lambda d: d["agenda"][1].update(title="  "), "agenda[1].title", "kosong"),
    (lambda d: d["meeting"].update(starts_at="7 April 2021"), "meeting.starts_at", "bukan tanggal-waktu ISO"),
    (lambda d: d["meeting"].update(starts_at="2021-04-07T09:00:00"), "meeting.starts_at", "zona waktu"),
    (lambda d: d["meeting"].update(mode="online"), "meeting.mode", "tidak dikenal"),
    (lambda d: d["roles"][1].update(agenda=7), "roles[1].agenda", "nomor urut acara"),
    (lambda d: d["attendance"][0].update(person="p99"), "attendance[0].person", "tidak ada"),
    (lambda d: d["people"][0].update(nip="12345"), "people[0].nip", "18 angka"),
    (lambda d: d["follow_ups"][0].update(due_date="besok"), "follow_ups[0].due_date", "bukan tanggal ISO"),
    (lambda d: d["minutes"]["quotes"][0].update(text=""), "minutes.quotes[0].text", "kosong"),
    (lambda d: d.update(agenda={"title": "x"}), "agenda", "daftar"),
    # Values that used to be stored and then broke every list (OverflowError, integer out of range, NUL).
    (lambda d: d["meeting"].update(starts_at="9999-12-31T23:30:00Z"), "meeting.starts_at", "di luar tahun 1900–2200"),
    (lambda d: d["meeting"].update(starts_at="0001-01-01T00:30+07:00"), "meeting.starts_at",
     "'0001-01-01T00:30+07:00' di luar tahun"),
    (lambda d: d["meeting"].update(ends_at="2201-01-01T00:00:00Z"), "meeting.ends_at", "di luar tahun 1900–2200"),
    (lambda d: d["agenda"][0].update(planned_start="1900-01-01T06:00:00+07:00"), "agenda[0].planned_start",
     "di luar tahun"),  # 1899 in UTC: what is stored must export and import again
    (lambda d: d["follow_ups"][0].update(due_date="9999-12-31"), "follow_ups[0].due_date", "di luar tahun 1900–2200"),
    (lambda d: d["meeting"].update(late_threshold_minutes=10**20), "meeting.late_threshold_minutes",
     "antara 0 dan 1.440"),
    (lambda d: d["attendance"][1].update(online_minutes=10**20), "attendance[1].online_minutes", "1.000.000"),
    (lambda d: d["attendance"][0].update(minutes_late=10**20), "attendance[0].minutes_late", "bilangan bulat"),
    (lambda d: d["minutes"].update(revision=10**20), "minutes.revision", "antara 1 dan 1.000.000"),
    (lambda d: d["minutes"].update(revision=0), "minutes.revision", "antara 1 dan"),
    (lambda d: d["meeting"].update(venue="Aula\x00KPU"), "meeting.venue", "NUL"),
    (lambda d: d["people"][0].update(name="Agus \ud800"), "people[0].name", "surrogate"),
    (lambda d: d["attendance"][0].update(signature="[\x00]"), "attendance[0].signature", "NUL"),
    (lambda d: d["minutes"]["quotes"][0].update(text="\udfff"), "minutes.quotes[0].text", "surrogate"),
    # An institution named "KPU ..." must not join the KPU offices shipped with the app.
    (lambda d: d["people"].append({"ref": "px", "name": "Ani",
                                   "satker": {"name": "KPU Kota Fiktif", "kind": "kpu"}}),
     "people[5].satker.kind", "region_code"),
    (lambda d: d["follow_ups"][0].update(satker={"region_code": "99.99", "name": "KPU Entah", "kind": "kpu"}),
     "follow_ups[0].satker.kind", "bukan kantor KPU"),
])
def test_bad_field_is_named_and_nothing_changes(any_db, change, field, words):
    doc = _doc(any_db)
    change(doc)
    before = (Meeting.select().count(), Person.select().count(), AuditLog.select().count())
    with pytest.raises(ValidationError) as err:
        transfer.import_data(doc)
    assert f'Kolom "{field}"' in str(err.value) and words in str(err.value)
    assert err.value.field == field
    assert (Meeting.select().count(), Person.select().count(), AuditLog.select().count()) == before


def test_years_1900_and_2200_import_and_show(any_db):
    """The edges of the allowed range stay usable: listed, shown in WIB/WITA/WIT, exported again."""
    from kpu_rakor.domain.timefmt import ZONES, long_date, to_local

    doc = _doc(any_db)
    doc["meeting"].update(starts_at="2200-12-31T23:30:00Z", ends_at=None, timezone="WIT")
    doc["agenda"][0].update(planned_start="1900-01-01T09:00:00+09:00")
    new = transfer.import_data(doc)
    rows = {r.id: r for r in meetings.listing()}
    assert long_date(to_local(rows[new.id].starts_at, "WIT")) == "Kamis, 01 Januari 2201"
    assert all(to_local(r.starts_at, zone) for r in rows.values() for zone in ZONES)
    again = transfer.export_meeting(new.id)
    assert again["meeting"]["starts_at"] == "2200-12-31T23:30:00Z"
    assert again["agenda"][0]["planned_start"] == "1900-01-01T00:00:00Z"
    assert transfer.import_data(again).id != new.id  # what it exports, it imports


def test_kpu_office_named_like_the_directory_is_matched_not_added(any_db):
    from kpu_rakor.domain.models import Satker

    doc = _doc(any_db)
    doc["people"].append({"ref": "px", "name": "Ani", "satker": {"name": "KPU Kabupaten Tulungagung",
                                                                 "kind": "kpu"}})
    doc["invitees"].append({"person": "px"})
    kpu_offices = Satker.select().where(Satker.kind == "kpu").count()
    transfer.import_data(doc)
    assert Person.get(Person.name == "Ani").satker_id == satker.by_region_code("35.04").id
    assert Satker.select().where(Satker.kind == "kpu").count() == kpu_offices


def test_error_late_in_the_file_leaves_no_people_or_satker_behind(sqlite_db):
    doc = _doc(sqlite_db)
    doc["people"].append({"ref": "px", "name": "Orang Baru", "satker": {"name": "Instansi Baru Sekali"}})
    doc["follow_ups"][0]["status"] = "entah"
    with pytest.raises(ValidationError, match=r'follow_ups\[0\]\.status'):
        transfer.import_data(doc)
    assert not Person.select().where(Person.name == "Orang Baru").exists()
    assert satker.find_by_name("Instansi Baru Sekali") is None


def test_unknown_institution_is_added_and_unknown_people_created(sqlite_db):
    doc = _doc(sqlite_db)
    doc["people"].append({"ref": "px", "name": "Dr. Ika Rahmawati, M.Si.", "position": "Dosen",
                          "satker": {"name": "UIN Sayyid Ali Rahmatullah Tulungagung", "kind": "universitas"}})
    doc["invitees"].append({"person": "px"})
    new = transfer.import_data(doc)
    ika = Person.get(Person.name_key == "ika rahmawati")
    assert ika.satker.kind == "universitas" and ika.code_id
    assert ika.id in [p.id for p in meetings.invitees(new.id)]


@pytest.mark.parametrize("content,words", [
    (b"{broken", "bukan JSON yang sah"),
    (b"\xff\xfe\x00\x01garbage", "bukan teks UTF-8"),
    (b'{"format": "something-else", "version": 1}', "bukan berkas ekspor rapat"),
    (b'{"format": "kpu-rakor-meeting", "version": 2}', "lebih baru"),
    (b"[1, 2, 3]", "bukan berkas ekspor rapat"),
    (b'{"format": "kpu-rakor-meeting", "version": ' + b"1" * 5000 + b"}", "angka yang terlalu panjang"),
])
def test_bad_files_get_a_clear_message(sqlite_db, tmp_path, content, words):
    path = tmp_path / "rapat.json"
    path.write_bytes(content)
    with pytest.raises(UserError, match=words):
        transfer.import_file(path)


def test_missing_file(sqlite_db, tmp_path):
    with pytest.raises(UserError, match="tidak ditemukan"):
        transfer.import_file(tmp_path / "tidak-ada.json")


def test_written_export_is_complete_json(sqlite_db, tmp_path):
    mid = _full_meeting()
    out = tmp_path / "ekspor"
    out.mkdir()
    path = transfer.write_export(mid, out / "rapat.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "kpu-rakor-meeting" and doc["version"] == 1
    assert [p.name for p in out.iterdir()] == ["rapat.json"]  # no temporary file left behind


def test_export_into_a_missing_folder_names_the_path_given(sqlite_db, tmp_path):
    mid = _full_meeting()
    target = tmp_path / "tidak-ada" / "rapat.json"
    with pytest.raises(UserError) as err:
        transfer.write_export(mid, target)
    assert str(target) in str(err.value) and "tidak ada" in str(err.value) and ".rakor-" not in str(err.value)
    assert not AuditLog.select().where(AuditLog.action == "export").exists()  # nothing was exported
    with pytest.raises(UserError, match="itu folder"):
        transfer.write_export(mid, tmp_path)


def test_the_documented_example_imports(sqlite_db):
    import re
    text = (Path(__file__).parent.parent / "docs" / "meeting-format.md").read_text(encoding="utf-8")
    doc = json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))
    assert transfer.import_data(doc).title.startswith("Rakor Penguatan Bakohumas")


def test_zoom_minutes_and_review_marks_travel_with_the_meeting(any_db):
    """Moved to another PC, a second Zoom report still merges and a phone guest is still to review."""
    from kpu_rakor.domain.models import Attendance
    from kpu_rakor.domain.services import phone_signin, zoom_import
    zoom = Path(__file__).parent / "data" / "zoom"
    m = meetings.create(title="Rakor Daring", date=date(2021, 4, 7), start_time=time(9, 0), mode="hibrida")
    zoom_import.apply(zoom_import.read_report(m.id, zoom / "portal_new_bom.csv"), 30)
    phone_signin.sign_in(m.id, name="Tamu Aula", device="hp-aula-" + "x" * 14)
    new = transfer.import_data(json.loads(json.dumps(transfer.export_meeting(m.id))))
    rows = {a.person.name: a for a in Attendance.select().where(Attendance.meeting == new.id)}
    assert rows["Tamu Aula"].needs_review and rows["Tamu Aula"].device == "hp-aula-" + "x" * 14
    again = zoom_import.apply(zoom_import.read_report(new.id, zoom / "portal_new_bom.csv"), 30)
    assert (again.unchanged, again.checked_in, again.new_guests) == (1, 0, 0)
