"""Daftar tanda terima: who is paid how much (per role, per person), what the PDF says to a finance officer,
the settings remembered as the next meeting's defaults, and the CLI."""
from __future__ import annotations

from datetime import date, time

import pytest
from pypdf import PdfReader

from kpu_rakor.domain import documents
from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.errors import UserError, ValidationError
from kpu_rakor.domain.models import ROLE_PARTICIPANT, AuditLog
from kpu_rakor.domain.services import checkin, meetings, people, receipts
from kpu_rakor.domain.services.receipts import Official, ReceiptSettings


@pytest.fixture
def office(any_office):
    return any_office


@pytest.fixture
def bimtek(office):
    m = meetings.create(title="Bimbingan Teknis PPK dan PPS", kind="bimtek", date=date(2021, 4, 7),
                        start_time=time(9, 0), venue="Aula KPU Kabupaten Tulungagung")
    with write_tx():
        speaker = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Anggota KPU Provinsi",
                                institution="KPU Provinsi Jawa Timur")
        moderator = people.create(name="Much. Amarodin", position="Kasubag Teknis", satker_id=office.id)
        writer = people.create(name="Endah Puspitasari", position="Staf", satker_id=office.id)
        ppk = [people.create(name=f"Anggota PPK {i}", position="Ketua PPK", institution=f"PPK Kecamatan {i}")
               for i in range(1, 4)]
        absent = people.create(name="Tidak Datang", position="Ketua PPK", institution="PPK Kecamatan 9")
    meetings.set_roles(m.id, [{"person_id": speaker.id, "role": "speaker"},
                              {"person_id": speaker.id, "role": "moderator"},
                              {"person_id": moderator.id, "role": "moderator"},
                              {"person_id": writer.id, "role": "note_taker"}])
    meetings.invite(m.id, [p.id for p in ppk] + [absent.id, moderator.id])
    for p in ppk + [moderator]:
        checkin.check_in_person(m.id, p.id)
    return m, dict(speaker=speaker, moderator=moderator, writer=writer, ppk=ppk, absent=absent)


AMOUNTS = {"speaker": 1000000, "moderator": 500000, "note_taker": 250000, "peserta": 150000}
PPK = Official("Drs. Sugeng Hariyadi, M.M.", "NIP. 19680512 199303 1 007")
BENDAHARA = Official("Sri Wahyuni", "197901012005012003")


def test_payees_once_each_under_their_highest_role(bimtek):
    m, p = bimtek
    got = [(x.name, x.role_label) for x in receipts.payees(m.id)]
    assert got[:3] == [("Dr. H. Rochani, S.Pd., M.Si.", "Narasumber"), ("Much. Amarodin", "Moderator"),
                       ("Endah Puspitasari", "Notulis")]
    assert [g[1] for g in got[3:]] == ["Peserta"] * 3 and "Tidak Datang" not in dict(got)


def test_nothing_made_before_amounts_are_set(bimtek):
    m, _ = bimtek
    with pytest.raises(UserError, match="besaran uang rapat ini belum diisi"):
        receipts.read(m.id)


def test_amounts_per_role_and_person_total_and_words(bimtek):
    m, p = bimtek
    receipts.save(m.id, ReceiptSettings(amounts=AMOUNTS, people={p["ppk"][2].id: 0, p["ppk"][1].id: 200000},
                                        ppk=PPK, bendahara=BENDAHARA))
    sheet = receipts.read(m.id)
    amounts = {r.name: r.amount for r in sheet.rows}
    assert amounts == {"Dr. H. Rochani, S.Pd., M.Si.": 1000000, "Much. Amarodin": 500000,
                       "Endah Puspitasari": 250000, "Anggota PPK 1": 150000, "Anggota PPK 2": 200000}
    assert [r.number for r in sheet.rows] == [1, 2, 3, 4, 5]
    assert sheet.total == 2100000
    assert sheet.total_words == "Dua juta seratus ribu rupiah"
    assert sheet.ppk.nip == "NIP. 19680512 199303 1 007" and sheet.bendahara.title == "Bendahara Pengeluaran,"


def test_saved_settings_are_the_next_meetings_defaults(bimtek):
    m, p = bimtek
    receipts.save(m.id, ReceiptSettings(purpose="Honorarium", amounts=AMOUNTS, people={p["ppk"][0].id: 0},
                                        ppk=PPK, bendahara=BENDAHARA))
    other = meetings.create(title="Sosialisasi", kind="sosialisasi", date=date(2021, 5, 3), start_time=time(9, 0))
    s = receipts.settings(other.id)
    assert not s.saved and s.purpose == "Honorarium" and s.amounts["peserta"] == 150000
    assert s.people == {}  # per-person amounts belong to their meeting
    assert s.ppk == Official("Drs. Sugeng Hariyadi, M.M.", "196805121993031007")
    assert receipts.settings(m.id).people == {p["ppk"][0].id: 0}


def test_bad_input_is_a_sentence(bimtek):
    m, _ = bimtek
    with pytest.raises(ValidationError, match="Jumlah uang untuk Peserta harus angka rupiah"):
        receipts.save(m.id, ReceiptSettings(amounts={"peserta": -5}))
    with pytest.raises(ValidationError, match="NIP harus 18 angka"):
        receipts.save(m.id, ReceiptSettings(amounts=AMOUNTS, ppk=Official("X", "123")))


def test_not_for_a_meeting_we_only_attended(office):
    m = meetings.create(title="Rakor KPU RI", our_role=ROLE_PARTICIPANT, date=date(2021, 4, 7),
                        start_time=time(9, 0))
    with pytest.raises(UserError, match="diselenggarakan kantor ini"):
        documents.render_bytes(documents.TANDA_TERIMA, documents.render.meeting_header.read(m.id))


def test_pdf_says_what_the_finance_office_checks(bimtek, tmp_path):
    m, p = bimtek
    receipts.save(m.id, ReceiptSettings(amounts=AMOUNTS, ppk=PPK, bendahara=BENDAHARA))
    out = documents.render_document(documents.TANDA_TERIMA, m.id, tmp_path / "tt.pdf")
    text = " ".join(" ".join(pg.extract_text() for pg in PdfReader(str(out)).pages).split())
    for expected in ("DAFTAR TANDA TERIMA", "UANG TRANSPORT", "Bimbingan Teknis PPK dan PPS", "Rabu, 07 April 2021",
                     "No Nama Jabatan Satker/Instansi Jumlah (Rp) Tanda Tangan", "(Narasumber)", "1.000.000",
                     "JUMLAH 2.200.000", "Terbilang: Dua juta dua ratus ribu rupiah", "Pejabat Pembuat Komitmen",
                     "Bendahara Pengeluaran", "Drs. Sugeng Hariyadi, M.M.", "NIP. 19790101 200501 2 003"):
        assert expected in text, expected
    assert "Tidak Datang" not in text
    entry = AuditLog.select().where((AuditLog.entity == "tanda_terima") & (AuditLog.action == "export")).get()
    assert entry.personal_data and '"total": 2200000' in entry.detail


def test_long_list_repeats_its_header_and_keeps_the_signatures_after_the_total(office, tmp_path):
    m = meetings.create(title="Sosialisasi Pemilih Pemula", kind="sosialisasi", date=date(2021, 4, 7),
                        start_time=time(9, 0))
    with write_tx():
        ps = [people.create(name=f"Siswa Nomor {i:02d}", position="Siswa", institution="SMAN 1") for i in range(60)]
    for x in ps:
        checkin.check_in_person(m.id, x.id)
    receipts.save(m.id, ReceiptSettings(amounts={"peserta": 100000}))
    reader = PdfReader(str(documents.render_document(documents.TANDA_TERIMA, m.id, tmp_path / "tt.pdf")))
    pages = [pg.extract_text() for pg in reader.pages]
    assert len(pages) >= 2
    assert all("Jumlah (Rp)" in pg for pg in pages)
    assert "JUMLAH 6.000.000" in " ".join(pages[-1].split())
    assert "Enam juta rupiah" in pages[-1]
    assert "(....." in pages[-1]  # no signers set: dotted lines to write them in by hand


def test_cli_receipts(bimtek, any_db, tmp_path, capsys):
    from kpu_rakor.cli.main import main

    m, _ = bimtek
    assert main(["--db", any_db, "pdf", "receipts", str(m.id), "-o", str(tmp_path / "t.pdf")]) == 1
    assert "belum diisi" in capsys.readouterr().err


def test_excel_export_has_numbers_a_total_row_and_the_words(bimtek, any_db, tmp_path, capsys):
    from openpyxl import load_workbook

    from kpu_rakor.cli.main import main

    m, _ = bimtek
    receipts.save(m.id, ReceiptSettings(purpose="Honorarium", amounts=AMOUNTS, ppk=PPK, bendahara=BENDAHARA))
    assert main(["--db", any_db, "export", "receipts", str(m.id), "-o", str(tmp_path / "tt.xlsx")]) == 0
    book = load_workbook(tmp_path / "tt.xlsx")
    sheet = book["Tanda Terima"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["No", "Nama", "Jabatan", "Satker/Instansi", "Sebagai", "Jumlah (Rp)", "Tanda Tangan"]
    assert rows[1][:2] == [1, "Dr. H. Rochani, S.Pd., M.Si."] and rows[1][4:6] == ["Narasumber", 1000000]
    assert rows[-1][1] == "JUMLAH" and rows[-1][5] == 2200000 == sum(r[5] for r in rows[1:-1])
    info = {r[0].value: r[1].value for r in book["Informasi"].iter_rows() if r[0].value}
    assert info["Uraian"] == "Honorarium" and info["Terbilang"] == "Dua juta dua ratus ribu rupiah"
    assert info["Bendahara Pengeluaran"] == "Sri Wahyuni"


def test_deleting_the_meeting_deletes_its_amounts_but_keeps_the_defaults(bimtek):
    m, p = bimtek
    receipts.save(m.id, ReceiptSettings(amounts=AMOUNTS, people={p["ppk"][0].id: 0}, ppk=PPK))
    meetings.delete(m.id)
    from kpu_rakor.domain import shared_settings
    assert shared_settings.get(shared_settings.receipt(m.id)) is None
    assert shared_settings.get(shared_settings.RECEIPT_DEFAULTS) is not None
