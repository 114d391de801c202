"""Merging two directory entries that are one person (issue 11): everything moves to the one kept, one
attendance row per meeting stays (the stronger), the kept entry takes the fields it lacks; and the CLI."""
from __future__ import annotations

from datetime import date, datetime
import json

import peewee
import pytest

from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import (ALL_MODELS, Attendance, AuditLog, FollowUp, Invitation, Meeting, MeetingRole,
                                     Person, Photo, Quote)
from kpu_rakor.domain.services import checkin, followups, meetings, people, people_merge
from kpu_rakor.domain.services.person_references import REFERENCES


def test_every_column_pointing_at_a_person_is_listed():
    """A new ForeignKeyField(Person) must be moved by a merge and checked by an import's undo."""
    columns = {(m.__name__, f.name) for m in ALL_MODELS for f in m._meta.fields.values()
               if isinstance(f, peewee.ForeignKeyField) and f.rel_model is Person}
    assert columns == {(model.__name__, column.name) for _k, model, column in REFERENCES}


def _two_entries():
    keep = people.create(name="Siti Aminah", position="Sekretaris")
    drop = people.create(name="Hj. Siti Aminah, S.E.", nip="198609262015052001", phone="0812", email="siti@x.id")
    return keep, drop


def test_merge_moves_everything_and_keeps_one_row_per_meeting(any_office):
    keep, drop = _two_entries()
    other = people.create(name="Budi")
    both = meetings.create(title="Rakor Satu", date=date(2024, 3, 6))
    only_drop = meetings.create(title="Rakor Dua", date=date(2024, 3, 7))
    excused = meetings.create(title="Rakor Tiga", date=date(2024, 3, 8))
    meetings.invite(both.id, [keep.id, drop.id, other.id])
    meetings.invite(only_drop.id, [drop.id])
    meetings.invite(excused.id, [keep.id, drop.id])
    # Both signed in at the first meeting (drop earlier); at the third, keep was izin but drop came.
    checkin.check_in_person(both.id, keep.id, at=datetime(2024, 3, 6, 2, 30))
    checkin.check_in_person(both.id, drop.id, at=datetime(2024, 3, 6, 2, 5), signature="[[[0.1, 0.2]]]")
    checkin.check_in_person(only_drop.id, drop.id)
    checkin.set_status(excused.id, keep.id, "izin", note="sakit gigi")
    checkin.check_in_person(excused.id, drop.id, at=datetime(2024, 3, 8, 2, 0))
    checkin.set_status(only_drop.id, other.id, "diwakili", delegate_id=drop.id)
    meetings.set_roles(only_drop.id, [{"person_id": drop.id, "role": "speaker", "topic": "Data pemilih"}])
    meetings.update(only_drop.id, chair_id=drop.id)
    followups.create(only_drop.id, "Kirim data", person_id=drop.id)

    shown = people_merge.preview(keep.id, drop.id)
    assert shown.moves == {"kehadiran": 3, "mewakili": 1, "undangan": 3, "peran": 1, "tindak_lanjut": 1,
                           "pimpinan_rapat": 1}
    assert (shown.both_attended, shown.both_invited) == (2, 2)
    assert shown.fills == {"nip": "198609262015052001", "phone": "0812", "email": "siti@x.id"}
    assert Person.get_or_none(Person.id == drop.id) is not None  # the preview changed nothing

    people_merge.merge(keep.id, drop.id)
    assert Person.get_or_none(Person.id == drop.id) is None
    k = Person.get_by_id(keep.id)
    assert (k.name, k.position, k.nip, k.phone, k.email) == ("Siti Aminah", "Sekretaris", "198609262015052001",
                                                             "0812", "siti@x.id")
    rows = {a.meeting_id: a for a in Attendance.select().where(Attendance.person == keep.id)}
    assert sorted(rows) == sorted([both.id, only_drop.id, excused.id])
    assert rows[both.id].checked_in_at == datetime(2024, 3, 6, 2, 5)  # the earlier check-in, its signature
    assert rows[both.id].signature == "[[[0.1, 0.2]]]"
    assert rows[excused.id].status == "hadir"  # present beats izin
    assert Attendance.get((Attendance.meeting == only_drop.id) & (Attendance.person == other.id)).delegate_id == keep.id
    assert Invitation.select().where(Invitation.person == keep.id).count() == 3
    assert MeetingRole.get(MeetingRole.meeting == only_drop.id).person_id == keep.id
    assert Meeting.get_by_id(only_drop.id).chair_id == keep.id
    assert FollowUp.get(FollowUp.meeting == only_drop.id).person_id == keep.id
    for _kind, model, column in REFERENCES:
        assert model.select().where(column == drop.id).count() == 0
    assert AuditLog.select().where(AuditLog.action == "merge_people").count() == 1


def test_merge_keeps_saved_groups_whole(any_office):
    from kpu_rakor.domain.services import invitee_groups

    keep, drop = _two_entries()
    both = invitee_groups.create("Anggota Bakohumas Jatim", [keep.id, drop.id])
    only_drop = invitee_groups.create("Divisi Sosdiklih se-Jatim", [drop.id])
    people_merge.merge(keep.id, drop.id)
    # One line for the kept person where both were members; the dropped one's own group now names the kept one.
    assert invitee_groups.members(both.id).person_ids == [keep.id]
    assert invitee_groups.members(only_drop.id).person_ids == [keep.id]


def test_merge_refuses_the_same_person_twice(any_db):
    p = people.create(name="Rina")
    with pytest.raises(UserError, match="dua orang yang berbeda"):
        people_merge.merge(p.id, p.id)
    with pytest.raises(UserError, match="tidak ada di direktori"):
        people_merge.merge(p.id, 99999)


def test_cli_merge_asks_unless_yes(run, sqlite_url):
    from kpu_rakor.domain import db as dbmod

    dbmod.open_database(sqlite_url)
    keep, drop = _two_entries()
    dbmod.close_database()
    code, _out, err = run("person", "merge", keep.id, drop.id)
    assert code == 1 and "--yes" in err
    code, out, _ = run("person", "merge", keep.id, drop.id, "--yes")
    assert code == 0 and "digabungkan ke Siti Aminah" in out and "NIP 198609262015052001" in out
    code, _out, err = run("person", "merge", keep.id, drop.id, "--yes")
    assert code == 1 and "tidak ada di direktori" in err


def test_cli_import_dry_run_mapping_and_undo(run, tmp_path):
    path = tmp_path / "orang.csv"
    path.write_text("Peserta;Kantor;Kontak\nSiti Aminah;Dinas Kominfo;0812\nBudi;Dinas Kominfo;\n;x;\n",
                    encoding="utf-8")
    code, out, _ = run("person", "import", path, "--dry-run", "--mapping", "hp=Kontak,satker=2")
    assert code == 0 and "Tidak ada yang disimpan" in out
    assert 'HP = "Kontak" (kolom 3)' in out and "Baris 2: Tambah" in out and "Baris 4: Ditolak" in out
    assert "Rencana: 2 ditambahkan, 0 diperbarui, 0 tetap, 1 ditolak." in out
    assert "Siti" not in run("person", "list")[1]  # a dry run writes nothing
    code, out, _ = run("person", "import", path, "--mapping", "hp=3")
    assert code == 0 and "2 orang ditambahkan" in out and "person import-undo 1" in out
    assert "Siti Aminah" in run("person", "list")[1]
    code, out, _ = run("person", "import-undo")
    assert code == 0 and "Impor nomor 1 diurungkan: 2 orang dihapus" in out
    assert "Siti Aminah" not in run("person", "list")[1]
    code, _out, err = run("person", "import", path, "--mapping", "telepon=3")
    assert code == 1 and "tidak dikenal" in err


def test_photo_and_quote_are_listed_references():
    kinds = {model for _k, model, _c in REFERENCES}
    assert {Photo, Quote} <= kinds


def test_cli_import_reads_xlsx(run, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    for row in (("Nama", "NIP", "HP"), ("Siti Aminah", float(198609262015052001), 81234567890),
                ("Budi", "", 857123)):
        wb.active.append(row)
    path = tmp_path / "orang.xlsx"
    wb.save(path)
    code, out, _ = run("person", "import", path)
    assert code == 0 and "Baris 2: Ditolak" in out and "tersimpan sebagai angka di Excel" in out
    assert "1 orang ditambahkan" in out
    code, out, _ = run("person", "list", "--json")
    assert [(p["name"], p["phone"]) for p in json.loads(out)] == [("Budi", "0857123")]
