"""People from CSV: separators, encodings, header languages, bad rows by line, updates by NIP, speed."""
from __future__ import annotations

import time

import pytest

from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import AuditLog, Person
from kpu_rakor.domain.services import people, people_file, people_import, satker


def _write(tmp_path, text: str, encoding="utf-8", name="orang.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_semicolon_cp1252_indonesian_headers(sqlite_db, tmp_path):
    path = _write(tmp_path, "Nama;NIP;Jabatan;Instansi;No HP;Surel\r\n"
                            "Drs. André Sétiawan, M.Si.;NIP. 19860926 201505 1 001;Sekretaris;KPU Kab. Blitar;"
                            "0812345;andre@example.id\r\n"
                            "Bayu;;Penyiar;Radio Suara Tulungagung FM;;\r\n", encoding="cp1252")
    report = people_import.import_people_csv(path)
    assert (report.created, report.updated, report.skipped) == (2, 0, [])
    andre = Person.get(Person.nip == "198609262015051001")
    assert andre.name == "Drs. André Sétiawan, M.Si." and andre.name_key == "andre setiawan"
    assert andre.satker_id == satker.by_region_code("35.05").id and andre.phone == "0812345"
    assert andre.position_rank == people.position_rank("Sekretaris")
    bayu = Person.get(Person.name == "Bayu")
    assert bayu.satker_id is None and bayu.institution == "Radio Suara Tulungagung FM"
    assert AuditLog.select().where(AuditLog.entity == "person", AuditLog.action == "import",
                                   AuditLog.personal_data == True).count() == 1  # noqa: E712


def test_utf8_bom_english_headers_and_comma(sqlite_db, tmp_path):
    path = _write(tmp_path, "\ufeffName,Position,Institution,Phone,Email\n"
                            "\"Rochani, S.Pd., M.Si.\",Kasubag Teknis,KPU Provinsi Jawa Timur,0813,r@x.id\n")
    report = people_import.import_people_csv(path)
    assert report.created == 1
    p = Person.get(Person.name == "Rochani, S.Pd., M.Si.")
    assert p.satker.region_code == "35" and p.email == "r@x.id"


def test_bad_rows_are_reported_by_line_and_the_rest_imported(sqlite_db, tmp_path):
    path = _write(tmp_path, "nama;nip;jabatan\n"
                            "Satu;198609262015051001;staf\n"
                            "Dua;12345;staf\n"
                            ";198609262015051002;staf\n"
                            "\n"
                            "Tiga;;staf\n")
    report = people_import.import_people_csv(path)
    assert report.created == 2
    assert len(report.skipped) == 2
    assert report.skipped[0].startswith("Baris 3:") and "NIP" in report.skipped[0]
    assert report.skipped[1].startswith("Baris 4:") and "nama kosong" in report.skipped[1]


def test_values_too_long_are_reported_by_line_never_cut(any_db, tmp_path):
    existing = people.create(name="Bambang", nip="198609262015051001", phone="0811", email="b@x.id")
    long_mail = "a" * 195 + "@x.id.co"
    path = _write(tmp_path, "nama;nip;jabatan;instansi;hp;email\n"
                            "Satu;;Staf;;0812;satu@x.id\n"
                            f"Dua;;{'J' * 201};Kantor {'X' * 200};{'0' * 31};{long_mail}\n"
                            f"Bambang;198609262015051001;Sekretaris;;0812 3456 7890 1234 5678 9012 345;ok@x.id\n")
    report = people_import.import_people_csv(path)
    assert (report.created, report.updated, report.skipped) == (2, 1, [])
    assert report.warnings == [
        "Baris 3: jabatan terlalu panjang (201 huruf; paling banyak 200), jadi tidak disimpan; "
        "baris lainnya tetap diimpor.",
        "Baris 3: nomor HP terlalu panjang (31 huruf; paling banyak 30), jadi tidak disimpan; "
        "baris lainnya tetap diimpor.",
        "Baris 3: email terlalu panjang (203 huruf; paling banyak 200), jadi tidak disimpan; "
        "baris lainnya tetap diimpor.",
        "Baris 3: instansi terlalu panjang (207 huruf; paling banyak 200), jadi tidak disimpan; "
        "baris lainnya tetap diimpor.",
        "Baris 4: nomor HP terlalu panjang (33 huruf; paling banyak 30), jadi tidak disimpan; "
        "baris lainnya tetap diimpor.",
    ]
    dua = Person.get(Person.name == "Dua")
    assert (dua.position, dua.phone, dua.email, dua.institution) == ("", "", "", "")  # nothing half-kept
    bambang = Person.get_by_id(existing.id)
    assert (bambang.position, bambang.phone, bambang.email) == ("Sekretaris", "0811", "ok@x.id")  # old phone kept


def test_row_with_a_nul_character_is_skipped(any_db, tmp_path):
    # PostgreSQL refuses NUL in text; past the first 4 KB the file is not taken for binary, so the row says it.
    path = _write(tmp_path, "nama;jabatan\n" + "".join(f"Orang {i};staf\n" for i in range(400))
                  + "Rusak\x00;staf\nTerakhir;staf\n")
    report = people_import.import_people_csv(path)
    assert report.created == 401 and len(report.skipped) == 1
    assert report.skipped[0].startswith("Baris 402:") and "NUL" in report.skipped[0]


def test_same_nip_updates_instead_of_duplicating(sqlite_db, tmp_path):
    existing = people.create(name="Bambang", nip="198609262015051001", position="Staf", phone="0811")
    path = _write(tmp_path, "nama;nip;jabatan\nDrs. Bambang Setiawan;19860926 201505 1 001;Sekretaris\n")
    report = people_import.import_people_csv(path)
    assert (report.created, report.updated) == (0, 1)
    p = Person.get_by_id(existing.id)
    assert p.name == "Drs. Bambang Setiawan" and p.position == "Sekretaris" and p.phone == "0811"
    assert Person.select().count() == 1
    assert people_import.import_people_csv(path).updated == 1 and Person.select().count() == 1


@pytest.mark.parametrize("content,words", [
    # A zip is read as the XLSX it claims to be (XLSX is imported too now); a broken one says so.
    (b"PK\x03\x04\x00\x00binary xlsx", "bukan berkas Excel .xlsx"),
    (b"\x00\x01binary", "data biner"),
    ("Jabatan;Instansi\nKetua;KPU\n".encode(), "tidak punya kolom nama"),
    (b"", "kosong"),
])
def test_not_a_people_csv_is_refused_and_nothing_changes(sqlite_db, tmp_path, content, words):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=words):
        people_import.import_people_csv(path)
    assert Person.select().count() == 0


def test_missing_file(sqlite_db, tmp_path):
    with pytest.raises(UserError, match="tidak ditemukan"):
        people_import.import_people_csv(tmp_path / "tidak-ada.csv")


def test_five_thousand_rows_quickly(any_db, tmp_path):
    places = ["KPU Kabupaten Kediri", "KPU Kota Blitar", "Bawaslu Kota Blitar", "Universitas Brawijaya"]
    lines = ["nama;nip;jabatan;instansi;hp"]
    for i in range(5000):
        # Every NIP differs: a person listed twice in one file is refused now (see test_people_import_plan.py).
        nip = f"1980{i // 1000 + 1:02d}012005011{i % 1000:03d}" if i % 2 else ""
        lines.append(f"Peserta {i};{nip};staf;{places[i % 4]};08{i:09d}")
    path = _write(tmp_path, "\n".join(lines))
    start = time.perf_counter()
    report = people_import.import_people_csv(path)
    elapsed = time.perf_counter() - start
    assert report.created + report.updated == 5000 and report.skipped == []
    assert Person.select().count() == report.created
    assert elapsed < 15, f"5.000 baris butuh {elapsed:.1f} detik"


# --- large files (issue 15, part 6): read a line at a time, refused past 20,000 rows before writing ------------

def test_more_than_20000_rows_is_refused_before_anything_is_written(sqlite_db, tmp_path):
    people.create(name="Sudah Ada")
    before = Person.select().count(), AuditLog.select().count()
    path = _write(tmp_path, "Nama;Instansi\n" + "".join(f"Peserta {i};KPU Kota Blitar\n" for i in range(20_001)))
    with pytest.raises(UserError) as caught:
        people_import.import_people_csv(path)
    assert str(caught.value) == (f"Berkas {str(path)!r} berisi lebih dari 20.000 baris; pecah menjadi beberapa "
                                 "berkas.")
    assert (Person.select().count(), AuditLog.select().count()) == before


def test_the_row_limit_counts_people_not_blank_lines(sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setattr(people_file, "MAX_ROWS", 3)  # the reader counts the rows
    path = _write(tmp_path, "Nama;HP\nA;\n\nB;1\n;\nC;\n\n\n")
    assert people_import.import_people_csv(path).created == 3
    with pytest.raises(UserError, match="lebih dari 3 baris"):
        people_import.import_people_csv(_write(tmp_path, "Nama\nA\nB\nC\nD\n", name="empat.csv"))


def test_a_file_of_millions_of_rows_is_not_held_in_memory(sqlite_db, tmp_path):
    """2.4 million rows took 1.2 GB: now only the first 20,000 are ever read."""
    import tracemalloc

    path = tmp_path / "besar.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Nama;HP\n")
        chunk = "".join(f"P{i};08{i:09d}\n" for i in range(100_000))
        for _ in range(24):
            fh.write(chunk)
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match="lebih dari 20.000 baris"):
            people_import.import_people_csv(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40_000_000, f"{peak // 1_000_000} MB"
    assert Person.select().count() == 0


def test_cp1252_after_the_first_64_kb_is_still_read(sqlite_db, tmp_path):
    lines = "".join(f"Peserta {i};KPU Kota Blitar\n" for i in range(4000)) + "José Martínez;KPU Kota Blitar\n"
    path = _write(tmp_path, "Nama;Instansi\n" + lines, encoding="cp1252")
    assert people_import.import_people_csv(path).created == 4001
    assert Person.get(Person.name == "José Martínez")


def test_thousands_of_different_institutions_are_matched_quickly_and_like_find_by_name(sqlite_db, tmp_path):
    """satker.find_by_name per institution took 90 ms: 3,000 institutions took four minutes."""
    names = ["KPU Kab. Blitar", "kpu kabupaten blitar", "KPU Kabupaten Tulungagung", "Bawaslu Kota Blitar",
             "KOMISI PEMILIHAN UMUM KABUPATEN TULUNGAGUNG", "KPU Provinsi Jawa Timur", "Dinas Kominfo", ""]
    cache = people_import._SatkerCache()
    for name in names:
        found = satker.find_by_name(name)
        assert cache.find(name) == (found.id if found else None), name
    lines = "".join(f"Peserta {i};Lembaga Nomor {i}\n" for i in range(3000))
    start = time.perf_counter()
    report = people_import.import_people_csv(_write(tmp_path, "Nama;Instansi\n" + lines))
    assert report.created == 3000 and time.perf_counter() - start < 15
    assert Person.get(Person.name == "Peserta 7").institution == "Lembaga Nomor 7"
