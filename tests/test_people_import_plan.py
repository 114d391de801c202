"""Importing people in two steps (issue 11): the preview of a CSV or XLSX (the guessed columns, what each row
would do, field by field, and why a row is refused) writes nothing; applying it writes one undoable batch."""
from __future__ import annotations

from datetime import date, datetime
import time

import pytest

from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import AuditLog, Person, PersonImport
from kpu_rakor.domain.services import (checkin, meetings, people, people_file, people_import, people_import_undo,
                                       satker)
from kpu_rakor.domain.services.people_import import ADD, REFUSE, SAME, UPDATE


def _csv(tmp_path, text, name="orang.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _xlsx(tmp_path, rows, name="orang.xlsx", title_rows=()):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r in [*title_rows, *rows]:
        ws.append(list(r))
    path = tmp_path / name
    wb.save(path)
    return path


HEADER = ("Nama Lengkap", "NIP", "Jabatan", "Satuan Kerja", "No. HP", "Surel")


def _directory():
    blitar = satker.by_region_code("35.05")
    bambang = people.create(name="Bambang", nip="198609262015051001", position="Staf", phone="0811")
    rina = people.create(name="Rina Wati", position="Staf", satker_id=blitar.id)
    return bambang, rina, blitar


def _rows(the_plan):
    return [(r.line, r.action, r.name, [(c.field, c.old, c.new) for c in r.changes], r.reason)
            for r in the_plan.rows]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_preview_guesses_columns_and_says_what_each_row_does_without_writing(any_db, tmp_path, kind):
    bambang, rina, blitar = _directory()
    rows = [
        ("Siti Aminah, S.E.", "", "Sekretaris", "KPU Kota Blitar", "0812 1111", "siti@kpu.go.id"),
        ("Drs. Bambang", "19860926 201505 1 001", "Sekretaris", "", "", ""),  # same NIP: update
        ("Rina Wati", "", "Kasubag Teknis", "KPU Kabupaten Blitar", "", "rina@x.id"),  # same name and satker
        ("", "", "Staf", "", "", ""),  # no name
        ("Dua", "12345", "Staf", "", "", ""),  # bad NIP
        ("Siti Aminah, S.E.", "", "Staf", "KPU Kota Blitar", "", ""),  # twice in the file
        ("Bambang", "198609262015051001", "", "", "0811", ""),  # twice (by NIP)
    ]
    if kind == "csv":
        path = _csv(tmp_path, ";".join(HEADER) + "\n" + "\n".join(";".join(r) for r in rows) + "\n")
    else:
        path = _xlsx(tmp_path, rows, title_rows=[("Daftar Peserta Rakor",), (), HEADER])
    before = (Person.select().count(), AuditLog.select().count())
    source = people_file.read_people_file(path)
    assert source.guess == {"name": 0, "nip": 1, "position": 2, "satker": 3, "phone": 4, "email": 5}
    the_plan = people_import.plan(source)
    first = 2 if kind == "csv" else 4  # the XLSX has a title and a blank row above its header
    got = _rows(the_plan)
    assert got[0][:3] == (first, ADD, "Siti Aminah, S.E.")
    assert got[1][:4] == (first + 1, UPDATE, "Drs. Bambang",
                          [("name", "Bambang", "Drs. Bambang"), ("position", "Staf", "Sekretaris")])
    assert got[2][:4] == (first + 2, UPDATE, "Rina Wati",
                          [("position", "Staf", "Kasubag Teknis"), ("email", "", "rina@x.id")])
    assert got[3][1] == REFUSE and got[3][4] == "nama kosong."
    assert got[4][1] == REFUSE and "NIP harus 18 angka" in got[4][4]
    assert got[5][1] == REFUSE and got[5][4] == f"orang yang sama sudah ada di baris {first} berkas ini."
    assert got[6][1] == REFUSE and got[6][4] == f"orang yang sama sudah ada di baris {first + 1} berkas ini."
    assert [the_plan.count(a) for a in (ADD, UPDATE, SAME, REFUSE)] == [1, 2, 0, 4]
    assert (Person.select().count(), AuditLog.select().count()) == before  # a preview writes nothing
    assert Person.get_by_id(bambang.id).position == "Staf"
    assert PersonImport.select().count() == 0


def test_changing_the_mapping_plans_again(sqlite_db, tmp_path):
    path = _csv(tmp_path, "Orang;Kantor;Kontak\nSiti;Dinas Kominfo;0812\n")
    source = people_file.read_people_file(path)
    assert source.guess == {"satker": 1}  # "Orang" and "Kontak" are no known headers
    with pytest.raises(UserError, match="tidak punya kolom nama"):
        people_import.plan(source)
    the_plan = people_import.plan(source, {**source.guess, "name": 0, "phone": 2})
    assert the_plan.rows[0].values["phone"] == "0812" and the_plan.rows[0].values["institution"] == "Dinas Kominfo"


def test_apply_then_undo_on_each_engine(any_db, tmp_path):
    bambang, rina, _ = _directory()
    path = _csv(tmp_path, "Nama;NIP;Jabatan;Instansi;HP\n"
                          "Siti Aminah;;Sekretaris;KPU Kota Blitar;0812\n"
                          "Drs. Bambang;198609262015051001;Sekretaris;;\n"
                          "Rina Wati;;Kasubag;KPU Kabupaten Blitar;0813\n"
                          ";;;;\nTanpa Nama NIP;1;;;\n")
    the_plan = people_import.plan(people_file.read_people_file(path))
    result = people_import.apply(the_plan)
    assert (result.added, result.updated, result.unchanged, result.refused) == (1, 2, 0, 1)
    siti = Person.get(Person.name == "Siti Aminah")
    assert Person.get_by_id(bambang.id).name == "Drs. Bambang"
    assert Person.get_by_id(rina.id).phone == "0813"
    last = people_import_undo.last_batch()
    assert (last.id, last.file_name, last.added, last.updated) == (result.batch_id, "orang.csv", 1, 2)
    # Someone edits Rina's phone after the import: the undo leaves that newer value alone.
    people.update(rina.id, phone="0899")
    done = people_import_undo.undo()
    assert (done.deleted, done.restored, done.kept) == (1, 2, 1)
    assert Person.get_or_none(Person.id == siti.id) is None
    b = Person.get_by_id(bambang.id)
    assert (b.name, b.name_key, b.position, b.position_rank) == ("Bambang", "bambang", "Staf",
                                                                  people.position_rank("Staf"))
    r = Person.get_by_id(rina.id)
    assert (r.position, r.phone) == ("Staf", "0899")
    assert people_import_undo.last_batch() is None
    with pytest.raises(UserError, match="sudah diurungkan"):
        people_import_undo.undo(result.batch_id)
    assert AuditLog.select().where(AuditLog.action == "undo_import").count() == 1


def test_undo_is_refused_naming_who_is_used_since(any_office, tmp_path):
    path = _csv(tmp_path, "Nama;Instansi\nSiti Aminah;Dinas Kominfo\nBudi;Dinas Kominfo\n")
    people_import.apply(people_import.plan(people_file.read_people_file(path)))
    siti = Person.get(Person.name == "Siti Aminah")
    m = meetings.create(title="Rakor", date=date(2024, 3, 6))
    meetings.invite(m.id, [siti.id])
    checkin.check_in_person(m.id, siti.id)
    with pytest.raises(UserError) as caught:
        people_import_undo.undo()
    assert "tidak dapat diurungkan" in str(caught.value) and "Siti Aminah" in str(caught.value)
    assert Person.select().where(Person.name.in_(["Siti Aminah", "Budi"])).count() == 2  # nothing undone
    assert people_import_undo.last_batch() is not None


def test_xlsx_nip_stored_as_a_number(sqlite_db, tmp_path):
    """Excel keeps 15 digits of a number: an 18-digit NIP typed into a number cell has lost its end (refused,
    saying so); a phone typed as a number gets back the 0 Excel dropped; dates are read as text."""
    path = _xlsx(tmp_path, [
        ("Nama", "NIP", "HP", "Jabatan"),
        ("Siti", float(198609262015052001), 81234567890, "Staf"),
        ("Budi", "198609262015051002", 81234567890.0, datetime(2024, 3, 6)),
    ])
    the_plan = people_import.plan(people_file.read_people_file(path))
    siti, budi = the_plan.rows
    assert siti.action == REFUSE and "tersimpan sebagai angka di Excel" in siti.reason
    assert budi.action == ADD and budi.values["nip"] == "198609262015051002"
    assert budi.values["phone"] == "081234567890" and budi.values["position"] == "06-03-2024"


def test_xlsx_header_without_a_known_name_column_is_found_below_a_title(sqlite_db, tmp_path):
    path = _xlsx(tmp_path, [("No", "Orang", "NIP", "Instansi", "Telepon"),
                            (1, "Siti Aminah", "", "Dinas Kominfo", 8571)],
                 title_rows=[("Daftar hadir rapat koordinasi",), ()])
    source = people_file.read_people_file(path)
    assert source.header == ["No", "Orang", "NIP", "Instansi", "Telepon"]
    assert source.guess == {"nip": 2, "satker": 3, "phone": 4} and source.rows[0].line == 4
    the_plan = people_import.plan(source, {**source.guess, "name": 1})
    assert the_plan.rows[0].values["name"] == "Siti Aminah" and the_plan.rows[0].values["phone"] == "08571"


@pytest.mark.parametrize("content, words", [
    (None, "Lembar pertama berkas"),  # an empty sheet
    (b"PK\x03\x04not really a zip", "bukan berkas Excel .xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "terkunci kata sandi"),  # encrypted (or old .xls)
])
def test_broken_xlsx_is_one_sentence(sqlite_db, tmp_path, content, words):
    if content is None:
        path = _xlsx(tmp_path, [])
    else:
        path = tmp_path / "orang.xlsx"
        path.write_bytes(content)
    with pytest.raises(UserError, match=words) as caught:
        people_file.read_people_file(path)
    assert "orang.xlsx" in str(caught.value) and "\n" not in str(caught.value)


def test_five_thousand_rows_preview_quickly(any_db, tmp_path):
    lines = ["Nama;NIP;Jabatan;Instansi;HP"]
    places = ["KPU Kabupaten Kediri", "KPU Kota Blitar", "Bawaslu Kota Blitar", "Universitas Brawijaya"]
    for i in range(5000):
        lines.append(f"Peserta {i};;Staf;{places[i % 4]};08{i:09d}")
    path = _csv(tmp_path, "\n".join(lines))
    start = time.perf_counter()
    the_plan = people_import.plan(people_file.read_people_file(path))
    elapsed = time.perf_counter() - start
    assert the_plan.count(ADD) == 5000
    assert elapsed < 3, f"pratinjau 5.000 baris butuh {elapsed:.1f} detik"
