"""Sertifikat: who gets one and as what, the PDF a recipient holds, and checking its QR code (CLI and the
check-in desk's scan path, which must never record attendance for it)."""
from __future__ import annotations

import subprocess
from datetime import date, time

import pytest
from pypdf import PdfReader

from kpu_rakor.domain import certificate_codes, documents
from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import Attendance, AuditLog
from kpu_rakor.domain.services import certificates, checkin, meetings, people, qr, signatories


@pytest.fixture
def office(any_office):
    return any_office


@pytest.fixture
def sosialisasi(office):
    m = meetings.create(title="Sosialisasi Pendidikan Pemilih bagi Pemilih Pemula", kind="sosialisasi",
                        date=date(2021, 4, 7), start_time=time(9, 0), venue="Aula KPU Kabupaten Tulungagung")
    with write_tx():
        speaker = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Dosen",
                                institution="Universitas Tulungagung")
        moderator = people.create(name="Much. Amarodin", position="Kasubag Teknis", satker_id=office.id)
        ani = people.create(name="Ani <Tamu> & Co", position="Siswa", institution="SMAN 1 Tulungagung")
        budi = people.create(name="Budi", position="Siswa", institution="SMAN 1 Tulungagung")
        absent = people.create(name="Citra Absen", position="Siswa", institution="SMAN 2 Tulungagung")
    meetings.set_roles(m.id, [{"person_id": speaker.id, "role": "speaker", "topic": "Pemilih cerdas"},
                              {"person_id": moderator.id, "role": "moderator"}])
    meetings.invite(m.id, [ani.id, budi.id, absent.id, moderator.id])
    for p in (ani, budi, moderator):
        checkin.check_in_person(m.id, p.id)
    signatories.set_signatory("ketua", "Suprihno, S.H.", title="Ketua KPU Kabupaten Tulungagung")
    return m, dict(speaker=speaker, moderator=moderator, ani=ani, budi=budi, absent=absent)


def test_who_gets_a_certificate_and_as_what(sosialisasi):
    m, p = sosialisasi
    s = certificates.read(m.id)
    got = [(c.name, c.role_label) for c in s.certificates]
    # Role holders first; the moderator, also checked in, gets one certificate (as moderator); absentees none.
    assert got[:2] == [("Dr. H. Rochani, S.Pd., M.Si.", "Narasumber"), ("Much. Amarodin", "Moderator")]
    assert sorted(got[2:]) == [("Ani <Tamu> & Co", "Peserta"), ("Budi", "Peserta")]
    assert s.day_date == "Rabu, 07 April 2021"
    assert s.signer.name == "Suprihno, S.H."
    assert all(c.code.startswith("S") and len(c.code) == certificate_codes.CODE_LEN for c in s.certificates)


def test_only_sosialisasi_bimtek_webinar_of_our_own(office):
    m = meetings.create(title="Rakor Bakohumas", kind="rakor", date=date(2021, 4, 7), start_time=time(9, 0))
    with pytest.raises(UserError, match="sosialisasi, bimtek atau webinar"):
        documents.render_bytes(documents.SERTIFIKAT, documents.render.meeting_header.read(m.id))
    bimtek = meetings.create(title="Bimtek PPK", kind="Bimtek", date=date(2021, 4, 7), start_time=time(9, 0))
    with pytest.raises(UserError, match="belum ada peserta yang tercatat hadir"):
        certificates.read(bimtek.id)


def test_pdf_one_landscape_page_each_with_name_role_event_date(sosialisasi, tmp_path):
    m, p = sosialisasi
    out = documents.render_document(documents.SERTIFIKAT, m.id, tmp_path / "s.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 4
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    first = reader.pages[0].extract_text()
    for text in ("S E R T I F I K A T", "Dr. H. Rochani, S.Pd., M.Si.", "NARASUMBER",
                 "Sosialisasi Pendidikan Pemilih bagi Pemilih Pemula", "Rabu, 07 April 2021",
                 "Aula KPU Kabupaten Tulungagung", "Suprihno, S.H.", "Ketua KPU Kabupaten Tulungagung"):
        assert text in " ".join(first.split()), text
    everything = " ".join(pg.extract_text() for pg in reader.pages)
    assert "Ani <Tamu> & Co" in everything and "Citra Absen" not in everything
    entry = AuditLog.select().where(AuditLog.entity == "certificates").get()
    assert entry.personal_data


def test_pdf_of_one_person(sosialisasi, tmp_path):
    m, p = sosialisasi
    out = documents.render_document(documents.SERTIFIKAT, m.id, tmp_path / "one.pdf", person_id=p["budi"].id)
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Budi" in text and "PESERTA" in text and "Rochani" not in text
    with pytest.raises(UserError, match="tidak mendapat sertifikat"):
        documents.render_document(documents.SERTIFIKAT, m.id, tmp_path / "x.pdf", person_id=p["absent"].id)


def test_printed_qr_decodes_to_a_valid_certificate(sosialisasi, tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    m, p = sosialisasi
    out = documents.render_document(documents.SERTIFIKAT, m.id, tmp_path / "one.pdf", person_id=p["speaker"].id)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "page")], check=True)
    found = zxingcpp.read_barcodes(Image.open(next(tmp_path.glob("page*.png"))),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    codes = [r.text for r in found if r.valid]
    assert len(codes) == 1
    v = certificates.verify(codes[0])
    assert v.valid and v.name == "Dr. H. Rochani, S.Pd., M.Si." and v.role == "Narasumber"


def _code(m, person):
    return next(c.code for c in certificates.read(m.id).certificates if c.person_id == person.id)


def test_verify_valid_forged_tampered_unknown(sosialisasi):
    m, p = sosialisasi
    code = _code(m, p["budi"])
    v = certificates.verify(code.lower())  # a scanner on a lower-case layout
    assert v.status == certificates.VALID
    assert v.sentence == ("Sertifikat sah: Budi sebagai Peserta dalam kegiatan Sosialisasi Pendidikan Pemilih "
                          "bagi Pemilih Pemula, Rabu, 07 April 2021, Aula KPU Kabupaten Tulungagung.")
    # Promote oneself to narasumber: change the role letter, the signature no longer matches.
    tampered = code[0] + "N" + code[2:]
    assert certificates.verify(tampered).status == certificates.FORGED
    # Another installation's secret signs differently.
    other = certificate_codes.make("another-secret", "P", m.code_id, p["budi"].code_id)
    assert certificates.verify(other).status == certificates.FORGED
    assert "palsu" in certificates.verify(other).sentence
    assert certificates.verify("hello").status == certificates.GARBAGE
    # A sign-in code is not a certificate.
    assert certificates.verify(qr.invitation_code(m.id, p["budi"].id)).status == certificates.GARBAGE
    # Signed by us, but the meeting is gone.
    meetings.delete(m.id)
    assert certificates.verify(code).status == certificates.UNKNOWN


def test_attendance_undone_makes_the_certificate_not_recorded(sosialisasi):
    m, p = sosialisasi
    code = _code(m, p["budi"])
    checkin.undo(m.id, p["budi"].id, "salah pindai")
    v = certificates.verify(code)
    assert v.status == certificates.NOT_RECORDED and "tidak lagi tercatat" in v.sentence


def test_desk_scan_of_a_certificate_shows_it_and_records_nothing(sosialisasi, office):
    m, p = sosialisasi
    # The speaker never checked in; scanning their certificate at the desk must not check them in.
    code = _code(m, p["speaker"])
    before = Attendance.select().where(Attendance.meeting == m.id).count()
    result = checkin.check_in_code(m.id, code, "Meja 1")
    assert result.result == checkin.CERTIFICATE
    assert result.reason == certificates.VALID and result.name == "Dr. H. Rochani, S.Pd., M.Si."
    assert "Sertifikat sah" in result.message
    assert Attendance.select().where(Attendance.meeting == m.id).count() == before
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    result = checkin.check_in_code(m.id, forged, "Meja 1")
    assert result.result == checkin.CERTIFICATE and result.reason == certificates.FORGED
    assert Attendance.select().where(Attendance.meeting == m.id).count() == before


def test_cli_verify_and_pdf(sosialisasi, any_db, tmp_path, capsys):
    from kpu_rakor.cli.main import main

    m, p = sosialisasi
    code = _code(m, p["ani"])
    url = any_db
    assert main(["--db", url, "certificate", "verify", code]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Sertifikat sah: Ani <Tamu> & Co sebagai Peserta")
    assert main(["--db", url, "certificate", "verify", code[:-2] + "AA"]) == 3
    assert "palsu" in capsys.readouterr().out
    assert main(["--db", url, "pdf", "certificates", str(m.id), "-o", str(tmp_path / "c.pdf"),
                 "--person", str(p["ani"].id)]) == 0
    assert len(PdfReader(str(tmp_path / "c.pdf")).pages) == 1
