"""The Word (.docx) letters on SQLite and PostgreSQL, opened with python-docx as Word would open them: the kop,
the same fields as the PDFs (dates `Rabu, 07 April 2021`, times `09.00 WIB`), names typed with `<` and `&`, the
signature block, and the TTE variant with the e-office's placeholders instead of the wet signature; the `docx`
command and its audit entry."""
from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest
from docx import Document
from docx.oxml.ns import qn
from PIL import Image

from kpu_rakor.cli.main import main
from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain import documents
from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.models import AuditLog
from kpu_rakor.domain.services import checkin, installation, meetings, minutes, people, photos, satker, signatories
from kpu_rakor.domain.services.news import drafts

ODD = "<b>&Ł Żółć</b> & Co"
KOP = "KOMISI PEMILIHAN UMUM KABUPATEN TULUNGAGUNG"
KOP_LINES = ("KOMISI PEMILIHAN UMUM", "KABUPATEN TULUNGAGUNG",
             "Jl. Ki Hajar Dewantara No. 31, Beji, Boyolangu, Tulungagung 66233")
SIGNATURE = json.dumps([[[0.1, 0.8], [0.3, 0.2], [0.5, 0.7], [0.9, 0.3]], [[0.4, 0.5]]])
TTE = ("${ttd_pengirim}", "${nomor_naskah}", "${tanggal_naskah}")


@pytest.fixture
def office(any_office):
    return any_office  # these tests run on both engines


def _word(key, meeting_id, path, **kw):
    return Document(str(documents.render_document(key, meeting_id, path, fmt="docx", **kw)))


def _lines(doc) -> list[str]:
    """Every paragraph of the body (table cells included, in reading order), whitespace collapsed."""
    out = []
    for p in doc.element.body.iter(qn("w:p")):
        text = " ".join("".join(t.text or "" for t in p.iter(qn("w:t"))).split())
        if text:
            out.append(text)
    return out


def _watermarks(doc) -> list[str]:
    """The text of each watermark shape (VML textpath) in the page headers."""
    v = "{urn:schemas-microsoft-com:vml}"
    return [tp.get("string") for h in (doc.sections[0].header, doc.sections[0].first_page_header)
            for tp in h._element.iter(f"{v}textpath") if tp.get("string")]


def _rows(doc) -> list[str]:
    """Each table row of the body as `cell | cell | …`, for label : value checks."""
    out = []
    for tbl in doc.element.body.iter(qn("w:tbl")):
        for tr in tbl.iter(qn("w:tr")):
            cells = [" ".join("".join(t.text or "" for t in tc.iter(qn("w:t"))).split())
                     for tc in tr.iter(qn("w:tc"))]
            out.append(" | ".join(cells))
    return out


def _pictures(doc) -> int:
    return len(list(doc.element.body.iter(qn("pic:pic"))))


def _meeting(**extra):
    fields = dict(title="Rapat Koordinasi Penguatan Bakohumas", date=date(2021, 4, 7), start_time=time(10, 0),
                  venue="Aula KPU Kabupaten Tulungagung", venue_address="Jl. Ki Hajar Dewantara No. 19",
                  invitation_number="112/PP.01-Und/3504/2021", invitation_date=date(2021, 4, 5),
                  invitation_nature="Penting", invitation_attachment="-")
    fields.update(extra)
    m = meetings.create(**fields)
    meetings.set_agenda(m.id, [{"title": "Pembukaan"}, {"title": "Pembentukan Bakohumas"}])
    return m


def test_undangan_holds_the_kop_every_field_and_the_signature(office, secretary, tmp_path):
    installation.set_office(office.id, letterhead_lines="\n".join(KOP_LINES))
    m = _meeting()
    ketua = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua", satker_id=office.id)
    guest = people.create(name=ODD, position="Tamu <VIP>", institution="Bawaslu & Co")
    meetings.invite(m.id, [ketua.id, guest.id])
    doc = _word(documents.UNDANGAN, m.id, tmp_path / "undangan.docx")
    lines, rows = _lines(doc), _rows(doc)
    assert lines[:3] == list(KOP_LINES)  # the kop first, every line, the first in bold
    first = doc.element.body.iter(qn("w:r")).__next__()
    assert first.find(qn("w:rPr")).find(qn("w:b")) is not None
    text = "\n".join(lines)
    for expected in ("Nomor | : | 112/PP.01-Und/3504/2021 | Tulungagung, 5 April 2021", "Sifat | : | Penting",
                     "Hal | : | Undangan Rapat Koordinasi Penguatan Bakohumas",
                     "Hari/Tanggal | : | Rabu, 07 April 2021", "Pukul | : | 10.00 WIB s.d. selesai",
                     "Tempat | : | Aula KPU Kabupaten Tulungagung, Jl. Ki Hajar Dewantara No. 19",
                     "Acara | : | 1. | Pembukaan", " |  | 2. | Pembentukan Bakohumas"):
        assert expected in rows, (expected, rows)
    for expected in ("Yth.", f"{ODD} (Tamu <VIP> Bawaslu & Co)", "Tempat", "Sekretaris KPU Kabupaten Tulungagung",
                     "Drs. Gatot Subroto, M.Si.", "NIP. 19700101 199503 1 001", "Demikian undangan ini"):
        assert expected in text, expected
    assert not any(p in text for p in TTE)
    name = [r for r in doc.element.body.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t")))
            == "Drs. Gatot Subroto, M.Si."][0]
    assert name.find(qn("w:rPr")).find(qn("w:u")) is not None  # the signer's name underlined, as signed letters
    assert (doc.sections[0].page_width.mm, doc.sections[0].page_height.mm) == pytest.approx((210, 297), abs=0.1)
    assert doc.styles["Normal"].font.name == "Arial"


def test_undangan_tte_has_the_placeholders_and_no_wet_signature(office, secretary, tmp_path):
    m = _meeting()
    meetings.invite(m.id, [p.id for p in [people.create(name=f"Peserta {i}", position="Staf",
                                                        institution=f"Instansi {i}") for i in range(8)]])
    doc = _word(documents.UNDANGAN, m.id, tmp_path / "tte.docx", esign=True)
    text, rows = "\n".join(_lines(doc)), _rows(doc)
    assert "Nomor | : | ${nomor_naskah} | Tulungagung, ${tanggal_naskah}" in rows
    assert text.count("${ttd_pengirim}") == 2  # under the letter and under the attached list
    for gone in ("Drs. Gatot Subroto", "NIP.", "112/PP.01-Und/3504/2021", "5 April 2021"):
        assert gone not in text, gone
    # The attached list of eight invitees, its heading naming the letter by placeholder too.
    assert "DAFTAR UNDANGAN" in text and "Yth. (daftar terlampir)" in text
    assert "NOMOR | : | ${nomor_naskah}" in rows and "TANGGAL | : | ${tanggal_naskah}" in rows
    assert all(f"{i + 1} | Peserta {i} | Staf Instansi {i}" in rows for i in range(8))
    assert "Hari/Tanggal | : | Rabu, 07 April 2021" in rows  # the rest of the letter unchanged


def test_notulen_fields_course_signatures_and_tte(office, tmp_path):
    chair = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua", satker_id=office.id)
    writer = people.create(name="Endah & <Puspitasari>", position="Kasubag Teknis dan Hupmas",
                           nip="198609262015052001", satker_id=office.id)
    m = _meeting(chair_id=chair.id, note_taker_id=writer.id)
    meetings.invite(m.id, [chair.id, writer.id])
    checkin.check_in_person(m.id, chair.id)
    snap = minutes.snapshot(m.id)
    minutes.save_item(m.id, snap["items"][1]["id"], discussion="Narasumber menjelaskan jadwal.\n- Unggahan harian",
                      decisions="1. Unggah satu konten per hari")
    minutes.save(m.id, {"opened_at": datetime(2021, 4, 7, 3, 5), "opened_by": chair.id,
                        "conclusions": "Konten dijadwalkan mingguan.", "closed_at": datetime(2021, 4, 7, 5, 15)})
    doc = _word(documents.NOTULEN, m.id, tmp_path / "notulen.docx")
    lines, rows = _lines(doc), _rows(doc)
    text = "\n".join(lines)
    for expected in ("Rapat | : | Rapat Koordinasi Penguatan Bakohumas", "Hari/Tanggal | : | Rabu, 07 April 2021",
                     "Waktu | : | 10.05 s.d. 12.15 WIB", "Acara | : | 1. | Pembukaan"):
        assert expected in rows, (expected, rows)
    for expected in ("NOTULEN RAPAT", "A. PEMBUKAAN", "Rapat dibuka pukul 10.05 WIB",
                     "B. PEMBAHASAN", "1. Pembentukan Bakohumas", "– Unggahan harian", "1) Unggah satu konten per hari",
                     "C. KESIMPULAN", "Rapat ditutup pukul 12.15 WIB."):
        assert expected in text, expected
    signatures = rows[-1]
    for expected in ("Notulis,", "Tulungagung, 07 April 2021", "Pimpinan Rapat,", "Endah & <Puspitasari>",
                     "NIP. 19860926 201505 2 001", chair.name):
        assert expected in signatures, expected
    footer = "\n".join(p.text for p in doc.sections[0].footer.paragraphs)
    assert "Notulen: Rapat Koordinasi Penguatan Bakohumas" in footer and "Draf — belum disetujui" in footer
    assert _watermarks(doc) == ["DRAF"]  # across every page, behind the text, as in the PDF

    tte = _word(documents.NOTULEN, m.id, tmp_path / "notulen-tte.docx", esign=True)
    block = _rows(tte)[-1]
    assert "Tulungagung, ${tanggal_naskah}" in block and "${ttd_pengirim}" in block
    for gone in ("Notulis,", "Endah", "NIP.", chair.name):
        assert gone not in block, gone
    assert "Rapat ditutup pukul 12.15 WIB." in "\n".join(_lines(tte))

    minutes.mark_ready(m.id)
    minutes.approve(m.id, chair.id)
    approved = _word(documents.NOTULEN, m.id, tmp_path / "notulen-disetujui.docx")
    assert _watermarks(approved) == []
    assert "Disetujui" in "\n".join(p.text for p in approved.sections[0].footer.paragraphs)


def test_a_meeting_we_attended_is_a_laporan_hasil_rapat(office, tmp_path):
    ours = people.create(name="Much. Amarodin", position="Kasubag Teknis", satker_id=office.id,
                         nip="198001012005011002")
    signatories.set_signatory("ketua", "Dr. H. Rochani, S.Pd., M.Si.", None, "Ketua KPU Kabupaten Tulungagung")
    m = meetings.create(title="Rakor Bakohumas Se-Jawa Timur", date=date(2021, 4, 7), start_time=time(9, 0),
                        our_role="participant", mode="daring", organizer_id=satker.by_region_code("35").id,
                        note_taker_id=ours.id)
    doc = _word(documents.NOTULEN, m.id, tmp_path / "laporan.docx")
    text, rows = "\n".join(_lines(doc)), _rows(doc)
    assert "LAPORAN HASIL RAPAT" in text and "NOTULEN RAPAT" not in text
    assert "Kepada | : | Yth. Ketua KPU Kabupaten Tulungagung" in rows
    assert "Tempat | : | Daring melalui Zoom Meeting" in rows
    for expected in ("Mengetahui,", "Ketua KPU Kabupaten Tulungagung,", "Yang melaporkan,", "Much. Amarodin",
                     "NIP. 19800101 200501 1 002"):
        assert expected in rows[-1], expected
    assert documents.export_path(tmp_path, documents.NOTULEN, m.id, ".docx").name == \
        "Laporan Hasil Rapat - Rakor Bakohumas Se-Jawa Timur - 2021-04-07.docx"


def test_daftar_hadir_rows_notes_drawn_signatures_and_tte(office, secretary, tmp_path):
    m = _meeting()
    ps = [people.create(name=n, position="Staf", nip=nip, institution="Bawaslu") for n, nip in
          ((ODD, "198609262015052001"), ("Siti Aminah", ""), ("Budi Santoso", ""))]
    meetings.invite(m.id, [p.id for p in ps])
    checkin.check_in_person(m.id, ps[0].id, signature=SIGNATURE)
    checkin.set_status(m.id, ps[1].id, "izin")
    doc = _word(documents.DAFTAR_HADIR, m.id, tmp_path / "hadir.docx", paper="f4")
    text, rows = "\n".join(_lines(doc)), _rows(doc)
    for expected in ("Kegiatan | : | Rapat Koordinasi Penguatan Bakohumas", "Hari/Tanggal | : | Rabu, 07 April 2021",
                     "Pukul | : | 10.00 WIB s.d. selesai",
                     "No | Nama | NIP | Jabatan | Instansi/Unit Kerja | Tanda Tangan",
                     f"1 | {ODD} | 19860926 201505 2 001 | Staf | Bawaslu | 1.",
                     "3 | Siti Aminah | - | Staf | Bawaslu | 3. Izin"):
        assert expected in rows, (expected, rows)
    table = doc.tables[1]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page
    assert _pictures(doc) == 1  # the drawn signature
    for expected in ("DAFTAR HADIR", "Jumlah peserta: 1 orang", "Tulungagung, 07 April 2021",
                     "Drs. Gatot Subroto, M.Si."):
        assert expected in text, expected
    assert doc.sections[0].page_height.mm == pytest.approx(330, abs=0.1)  # F4

    tte = "\n".join(_lines(_word(documents.DAFTAR_HADIR, m.id, tmp_path / "hadir-tte.docx", esign=True)))
    assert "Tulungagung, ${tanggal_naskah}" in tte and "${ttd_pengirim}" in tte
    assert "Drs. Gatot Subroto" not in tte and "NIP. 19700101" not in tte


def test_berita_with_dateline_paragraphs_and_photos(office, tmp_path):
    m = _meeting(mode="daring")
    drafts.save(m.id, headline="KPU Tulungagung <Gelar> Rakor & Bakohumas",
                body="Tulungagung, kab-tulungagung.kpu.go.id – KPU menggelar rapat.\n\nParagraf kedua & <akhir>.")
    for n in range(3):
        path = tmp_path / f"foto{n}.jpg"
        Image.new("RGB", (800, 600), (40 * n, 90, 160)).save(path)
        photos.add(m.id, path, caption=f"Keterangan foto {n} & <b>")
    doc = _word(documents.BERITA, m.id, tmp_path / "berita.docx",
                photo_ids=[p.id for p in photos.list_photos(m.id)])
    text = "\n".join(_lines(doc))
    for expected in ("BERITA KEGIATAN", "KPU Tulungagung <Gelar> Rakor & Bakohumas", "KPU menggelar rapat.",
                     "Paragraf kedua & <akhir>."):
        assert expected in text, expected
    first = [p for p in doc.paragraphs if "KPU menggelar rapat." in p.text][0]
    assert first.runs[0].bold and first.runs[0].text == "Tulungagung, kab-tulungagung.kpu.go.id"
    assert _pictures(doc) == 3  # the first photo under the headline, the other two in a row
    assert "Keterangan foto 2 & <b>" in text


def test_a_logo_goes_into_the_kop(office, secretary, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (300, 340), (200, 30, 30, 255)).save(logo)
    installation.set_logo(str(logo))
    m = _meeting()
    doc = _word(documents.UNDANGAN, m.id, tmp_path / "u.docx")
    assert _pictures(doc) == 1
    assert _rows(doc)[0].startswith(" | " + KOP)  # logo cell, then the kop lines beside it


def test_documents_without_a_word_form_say_so(office, tmp_path):
    m = _meeting()
    with pytest.raises(ValidationError, match="tidak dibuat sebagai berkas Word"):
        documents.render_document(documents.DOKUMENTASI, m.id, tmp_path / "x.docx", fmt="docx")
    assert not (tmp_path / "x.docx").exists()


def test_the_export_is_logged_as_a_word_file(office, secretary, tmp_path):
    m = _meeting()
    out = documents.render_document(documents.UNDANGAN, m.id, tmp_path / "u.docx", fmt="docx", esign=True)
    entry = AuditLog.select().where((AuditLog.entity == "undangan") & (AuditLog.action == "export")).get()
    assert entry.meeting_id == m.id
    detail = json.loads(entry.detail)
    assert detail["format"] == "docx" and detail["tte"] is True and detail["file"] == out.name


def test_cli_docx(sqlite_url, tmp_path, capsys):
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    m = _meeting()
    dbmod.close_database()
    out = tmp_path / "undangan-tte.docx"
    assert main(["--db", sqlite_url, "docx", "undangan", str(m.id), "--tte", "-o", str(out),
                 "--tembusan", "Ketua KPU Provinsi Jawa Timur", "--tembusan", "Arsip"]) == 0
    assert "(varian TTE) disimpan di" in capsys.readouterr().out
    lines = _lines(Document(str(out)))
    assert "${nomor_naskah}" in "\n".join(lines)
    assert lines[-3:] == ["Tembusan:", "1. Ketua KPU Provinsi Jawa Timur", "2. Arsip"]
    assert main(["--db", sqlite_url, "docx", "attendance", str(m.id), "-o", str(tmp_path / "h.docx"),
                 "--paper", "f4"]) == 0
    assert Document(str(tmp_path / "h.docx")).sections[0].page_height.mm == pytest.approx(330, abs=0.1)
    assert main(["--db", sqlite_url, "docx", "notulen", str(m.id), "-o", str(tmp_path / "n.pdf")]) == 1
    assert "harus berakhiran .docx" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "docx", "undangan", "999", "-o", str(tmp_path / "u.docx")]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err and not (tmp_path / "u.docx").exists()
    assert main(["--db", sqlite_url, "docx", "dokumentasi", str(m.id), "-o", str(tmp_path / "d.docx")]) == 2
