"""The surat undangan PDF on a real database: every field of the letter in the extracted text, the attached list
when there are many invitees, online and hybrid details, names as typed, a signature block that never splits,
paper sizes and the CLI."""
from __future__ import annotations

from datetime import date, time
from functools import partial

import pytest
from pypdf import PdfReader

from kpu_rakor.cli.main import main
from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import AuditLog
from kpu_rakor.domain.services import installation, invitation_letter, meetings, people, signatories
from kpu_rakor.domain import documents

MM = 72 / 25.4
ODD = "<b>&Ł Żółć</b> & <i>Co"
GREEK_CYRILLIC = "Αλέξανδρος Жуков"

render_undangan = partial(documents.render_document, documents.UNDANGAN)  # the document through the registry


@pytest.fixture
def office(any_office):
    return any_office  # these tests run on both engines


def _meeting(**extra):
    fields = dict(title="Rapat Koordinasi Penguatan Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0),
                  venue="Aula KPU Kabupaten Tulungagung", venue_address="Jl. Ki Hajar Dewantara No. 19",
                  invitation_number="112/PP.01-Und/3504/2021", invitation_date=date(2021, 4, 5),
                  invitation_nature="Penting", invitation_attachment="-",
                  basis_letters="Surat Edaran KPU RI Nomor 244/HM.02-SD/06/KPU/III/2021 tentang Pembentukan "
                                "Bakohumas")
    fields.update(extra)
    m = meetings.create(**fields)
    meetings.set_agenda(m.id, [{"title": "Pembukaan"}, {"title": "Pembentukan Bakohumas tingkat kabupaten"},
                               {"title": "Optimalisasi media sosial"}])
    return m


def _invite(m, n: int, **fields):
    with write_tx():
        ps = [people.create(name=f"Peserta Undangan {i:03d}", position="Staf Humas",
                            institution=f"Instansi {i:03d}", **fields) for i in range(n)]
    meetings.invite(m.id, [p.id for p in ps])
    return ps


def _pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def _page_of(pages: list[str], text: str) -> int:
    hits = [i for i, p in enumerate(pages) if text in p]
    assert hits, text
    return hits[0]


def test_every_field_of_a_short_letter(office, secretary, tmp_path):
    m = _meeting()
    ketua = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua", satker_id=office.id)
    bawaslu = people.create(name="Siti Aminah", position="Ketua Bawaslu Kabupaten Tulungagung",
                            institution="Bawaslu Kabupaten Tulungagung")
    meetings.invite(m.id, [ketua.id, bawaslu.id])
    out = render_undangan(m.id, tmp_path / "und.pdf")
    pages = _pages(out)
    assert len(pages) == 1
    text = pages[0]
    for expected in (
            "KOMISI PEMILIHAN UMUM KABUPATEN TULUNGAGUNG",
            "Nomor : 112/PP.01-Und/3504/2021", "Tulungagung, 5 April 2021", "Sifat : Penting",
            "Lampiran : -", "Hal : Undangan Rapat Koordinasi Penguatan Bakohumas",
            "Yth. 1. Dr. H. Rochani, S.Pd., M.Si. (Ketua KPU Kabupaten Tulungagung)",
            "2. Siti Aminah (Ketua Bawaslu Kabupaten Tulungagung)", "di Tempat",
            "Menindaklanjuti Surat Edaran KPU RI Nomor 244/HM.02-SD/06/KPU/III/2021 tentang Pembentukan "
            "Bakohumas, dengan hormat kami mengundang Bapak/Ibu untuk hadir dalam Rapat Koordinasi Penguatan "
            "Bakohumas, yang akan dilaksanakan pada:",
            "Hari/Tanggal : Rabu, 07 April 2021", "Pukul : 09.00 WIB s.d. selesai",
            "Tempat : Aula KPU Kabupaten Tulungagung, Jl. Ki Hajar Dewantara No. 19",
            "Acara : 1. Pembukaan 2. Pembentukan Bakohumas tingkat kabupaten 3. Optimalisasi media sosial",
            "dimohon Bapak/Ibu hadir tepat waktu", "atas perhatian dan kehadirannya diucapkan terima kasih",
            "Sekretaris KPU Kabupaten Tulungagung,", "Drs. Gatot Subroto, M.Si.", "NIP. 19700101 199503 1 001"):
        assert expected in text, expected
    # The institution is not repeated when the position names it already.
    assert "Bawaslu Kabupaten Tulungagung Bawaslu" not in text
    for absent in ("daftar terlampir", "DAFTAR UNDANGAN", "Tembusan", "Daring", "Tautan"):
        assert absent not in text
    log = AuditLog.get((AuditLog.entity == "undangan") & (AuditLog.action == "export"))
    assert log.meeting_id == m.id and log.personal_data


def test_many_invitees_go_on_an_attached_list(office, secretary, tmp_path):
    m = _meeting()
    _invite(m, invitation_letter.MAX_INLINE_RECIPIENTS)
    pages = _pages(render_undangan(m.id, tmp_path / "lima.pdf"))
    assert len(pages) == 1 and "5. Peserta Undangan 004 (Staf Humas Instansi 004)" in pages[0]

    m2 = _meeting(title="Rakor Sosialisasi Tahapan")
    _invite(m2, 6)
    pages = _pages(render_undangan(m2.id, tmp_path / "enam.pdf"))
    assert len(pages) == 2
    letter, attached = pages
    assert "Yth. (daftar terlampir)" in letter and "Lampiran : 1 (satu) berkas" in letter
    assert "Peserta Undangan" not in letter
    for expected in ("- 2 -", "LAMPIRAN", "SURAT SEKRETARIS KPU KABUPATEN TULUNGAGUNG",
                     "NOMOR : 112/PP.01-Und/3504/2021", "TANGGAL : 5 April 2021",
                     "HAL : Undangan Rakor Sosialisasi Tahapan", "DAFTAR UNDANGAN", "No Nama Jabatan dan Instansi",
                     "1 Peserta Undangan 000 Staf Humas Instansi 000", "6 Peserta Undangan 005 Staf Humas Instansi 005",
                     "Drs. Gatot Subroto, M.Si.", "NIP. 19700101 199503 1 001"):
        assert expected in attached, expected

    # A number of pages typed by the user is kept.
    meetings.update(m2.id, invitation_attachment="2 (dua) lembar")
    assert "Lampiran : 2 (dua) lembar" in _pages(render_undangan(m2.id, tmp_path / "u.pdf"))[0]


def test_a_long_attached_list_repeats_its_header_row(office, secretary, tmp_path):
    m = _meeting()
    _invite(m, 300)
    pages = _pages(render_undangan(m.id, tmp_path / "u.pdf"))
    assert len(pages) >= 6
    for n, page in enumerate(pages[1:], 2):
        assert f"- {n} -" in page
        assert "No Nama Jabatan dan Instansi" in page
    text = " ".join(pages)
    assert all(f"Peserta Undangan {i:03d}" in text for i in range(300))
    # The signature closes the list, on the page of its last rows.
    assert "Drs. Gatot Subroto" in pages[-1] and "Peserta Undangan 299" in pages[-1]


def test_the_attached_lists_signature_never_stands_alone(office, secretary, tmp_path):
    m = _meeting()
    people_ = _invite(m, 44)
    ids = [p.id for p in people_]
    endings = set()
    for n in range(30, 45):  # the list's end crosses the bottom of its first page somewhere in here
        meetings.set_invitees(m.id, ids[:n])
        pages = _pages(render_undangan(m.id, tmp_path / f"u{n}.pdf"))
        last = pages[-1]
        assert "Drs. Gatot Subroto" in last and f"{n} Peserta Undangan {n - 1:03d}" in last, n
        assert "No Nama Jabatan dan Instansi" in last, n
        endings.add(len(pages))
    assert endings == {2, 3}


def test_unfilled_number_and_date_are_dotted_blanks(office, tmp_path):
    m = _meeting(invitation_number="", invitation_date=None, invitation_nature="", basis_letters="")
    text = _pages(render_undangan(m.id, tmp_path / "u.pdf"))[0]
    assert "Nomor : " + invitation_letter.NUMBER_BLANK in text
    assert "Tulungagung, " + invitation_letter.DATE_BLANK in text
    assert "Sifat : Biasa" in text
    assert "Sehubungan dengan akan dilaksanakannya Rapat Koordinasi Penguatan Bakohumas" in text
    assert "Yth. " + "." * 20 in text  # nobody invited yet: the addressee is written in by hand
    # Without a signatory the office signs by hand above a dotted name and NIP.
    assert "Pejabat yang menandatangani," in text and "NIP. ....." in text


def test_online_and_hybrid_meetings_give_the_zoom_details(office, secretary, tmp_path):
    zoom = dict(online_platform="Zoom Meeting", zoom_meeting_id="812 3456 7890", zoom_passcode="rakor2021",
                online_link="https://us02web.zoom.us/j/81234567890?pwd=abc")
    m = _meeting(mode="daring", venue="", venue_address="", **zoom)
    text = _pages(render_undangan(m.id, tmp_path / "daring.pdf"))[0]
    for expected in ("Tempat : Daring melalui Zoom Meeting", "Tautan : https://us02web.zoom.us/j/81234567890?pwd=abc",
                     "Meeting ID : 812 3456 7890", "Kode Sandi : rakor2021", "dimohon Bapak/Ibu bergabung tepat waktu"):
        assert expected in text, expected
    assert "Aula" not in text

    h = _meeting(mode="hibrida", **zoom)
    text = _pages(render_undangan(h.id, tmp_path / "hibrida.pdf"))[0]
    for expected in ("Tempat : Aula KPU Kabupaten Tulungagung, Jl. Ki Hajar Dewantara No. 19",
                     "Daring : Melalui Zoom Meeting", "Meeting ID : 812 3456 7890", "Kode Sandi : rakor2021",
                     "di tempat acara atau secara daring"):
        assert expected in text, expected


def test_several_basis_letters_and_tembusan(office, secretary, tmp_path):
    m = _meeting(basis_letters="Surat Edaran KPU RI Nomor 244/HM.02-SD/06/KPU/III/2021;\n\n"
                               "  Surat KPU Provinsi Jawa Timur Nomor 301/PP.01-SD/35/Prov/IV/2021  \n")
    text = " ".join(_pages(render_undangan(m.id, tmp_path / "u.pdf",
                                           copies=["Ketua KPU Provinsi Jawa Timur", "Arsip"])))
    assert ("Menindaklanjuti: 1. Surat Edaran KPU RI Nomor 244/HM.02-SD/06/KPU/III/2021 2. Surat KPU Provinsi "
            "Jawa Timur Nomor 301/PP.01-SD/35/Prov/IV/2021 Sehubungan dengan hal tersebut, dengan hormat") in text
    assert "Tembusan: 1. Ketua KPU Provinsi Jawa Timur 2. Arsip" in text


def test_names_with_markup_non_latin_letters_and_300_characters_print_as_typed(office, tmp_path):
    long_name = " ".join(f"Kata{i:02d}" for i in range(60))[:300]
    m = _meeting(title=f"Rakor {ODD}", venue="Aula <Utama> & Co", invitation_number="12/<x>&y/2021",
                 basis_letters=f"Surat {GREEK_CYRILLIC} & <Co>")
    meetings.set_agenda(m.id, [{"title": f"Paparan {ODD}"}, {"title": long_name}])
    odd = people.create(name=ODD, position="Tamu <VIP>", institution="A & B <C>")
    greek = people.create(name=GREEK_CYRILLIC, position="Pengamat")
    huge = people.create(name=long_name, position="Anggota")
    meetings.invite(m.id, [odd.id, greek.id, huge.id])
    signatories.set_signatory("ketua", "Dr. <Ketua> & Ωμέγα", None, "")
    text = " ".join(_pages(render_undangan(m.id, tmp_path / "u.pdf")))
    for expected in (f"Hal : Undangan Rakor {ODD}", "Aula <Utama> & Co", "Nomor : 12/<x>&y/2021",
                     f"Menindaklanjuti Surat {GREEK_CYRILLIC} & <Co>", f"{ODD} (Tamu <VIP> A & B <C>)",
                     f"Paparan {ODD}", f"{GREEK_CYRILLIC} (Pengamat)",
                     "Ketua KPU Kabupaten Tulungagung,", "Dr. <Ketua> & Ωμέγα"):
        assert expected in text, expected
    for word in long_name.split():
        assert text.count(word) >= 2, word  # in the addressees and in the agenda
    assert "NIP." not in text  # a commissioner signs without one


def test_the_signature_block_never_splits_and_stays_with_the_closing(office, secretary, tmp_path):
    m = _meeting()
    seen_two_pages = False
    for n in range(8, 30, 2):  # push the end of the letter across the page boundary step by step
        meetings.set_agenda(m.id, [{"title": f"Acara nomor {i} dengan judul yang cukup panjang untuk dua baris "
                                             f"teks di kolom acara surat undangan"} for i in range(n)])
        pages = _pages(render_undangan(m.id, tmp_path / f"u{n}.pdf"))
        seen_two_pages |= len(pages) > 1
        where = {_page_of(pages, t) for t in ("atas perhatian dan kehadirannya", "Sekretaris KPU Kabupaten",
                                             "Drs. Gatot Subroto", "NIP. 19700101 199503 1 001")}
        assert len(where) == 1, n
    assert seen_two_pages


def test_participant_meetings_have_no_letter_of_ours(office, tmp_path):
    m = _meeting(our_role="participant")
    assert not invitation_letter.applies(m.id)
    with pytest.raises(UserError, match="diterbitkan oleh penyelenggara"):
        render_undangan(m.id, tmp_path / "u.pdf")
    assert not (tmp_path / "u.pdf").exists()


def test_f4_paper_and_a_bad_paper_name(office, secretary, tmp_path):
    m = _meeting()
    page = PdfReader(str(render_undangan(m.id, tmp_path / "f4.pdf", "f4"))).pages[0]
    assert float(page.mediabox.width) == pytest.approx(215 * MM, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(330 * MM, abs=0.5)
    with pytest.raises(UserError, match="A4 atau F4"):
        render_undangan(m.id, tmp_path / "x.pdf", "letter")


def test_cli_pdf_undangan(sqlite_url, tmp_path, capsys):
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    m = _meeting()
    p = _meeting(our_role="participant")
    dbmod.close_database()
    out = tmp_path / "undangan.pdf"
    code = main(["--db", sqlite_url, "pdf", "undangan", str(m.id), "-o", str(out), "--paper", "f4",
                 "--tembusan", "Arsip"])
    assert code == 0 and "disimpan" in capsys.readouterr().out
    text = " ".join(_pages(out))
    assert "Rapat Koordinasi Penguatan Bakohumas" in text and "Tembusan: Arsip" in text
    code = main(["--db", sqlite_url, "pdf", "undangan", str(p.id), "-o", str(tmp_path / "p.pdf")])
    assert code == 1 and "penyelenggara" in capsys.readouterr().err
    code = main(["--db", sqlite_url, "pdf", "undangan", "999", "-o", str(tmp_path / "n.pdf")])
    assert code == 1 and "tidak ditemukan" in capsys.readouterr().err
