"""The notulen PDF (issue 4) on SQLite and PostgreSQL: header fields, the course of the meeting, DRAF on drafts
and the approval in the footer, Laporan Hasil Rapat for a meeting we attended, signatures kept on one page,
names printed as typed, paper sizes, earlier revisions, and the `pdf notulen` command."""
from __future__ import annotations

from datetime import date, datetime, time
from functools import partial

import pytest
from pypdf import PdfReader

from kpu_rakor.cli.main import main
from kpu_rakor.domain.models import AuditLog
from kpu_rakor.domain.services import (checkin, installation, meetings, minutes, notulen_content, people, satker,
                                       signatories)
from kpu_rakor.domain import documents

MM = 72 / 25.4
PARA = ("Narasumber menjelaskan bahwa media sosial merupakan wajah lembaga di mata publik, sehingga setiap "
        "unggahan harus memuat informasi yang akurat dan sesuai tahapan. ")

render_notulen = partial(documents.render_document, documents.NOTULEN)  # the document through the registry


def _pages(path) -> list[str]:
    """Each page's text with whitespace collapsed."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


@pytest.fixture
def office(any_office):
    return any_office  # these tests run on both engines


@pytest.fixture
def rakor(office):
    """A hosted meeting with chair, note-taker, a speaker, two agenda items, two present, typed minutes."""
    chair = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua", satker_id=office.id)
    writer = people.create(name="Endah Puspitasari, S.E.", position="Kasubag Teknis dan Hupmas",
                           nip="198609262015052001", satker_id=office.id)
    speaker = people.create(name="Gogot Cahyo Baskoro", position="Anggota", satker_id=office.id)
    absent = people.create(name="Siti Aminah", position="Staf", satker_id=office.id)
    m = meetings.create(title="Rakor Optimalisasi Media Sosial", date=date(2021, 4, 7), start_time=time(9, 0),
                        venue="Aula KPU Kabupaten Tulungagung", invitation_number="244/HM.02-SD/06/KPU/III/2021")
    items = meetings.set_agenda(m.id, [{"title": "Pembukaan"}, {"title": "Optimalisasi Medsos"}])
    meetings.set_roles(m.id, [{"person_id": chair.id, "role": "chair"},
                              {"person_id": writer.id, "role": "note_taker"},
                              {"person_id": speaker.id, "role": "speaker", "agenda_item_id": items[1].id,
                               "topic": "strategi konten"}])
    meetings.invite(m.id, [chair.id, writer.id, speaker.id, absent.id])
    checkin.check_in_person(m.id, chair.id)
    checkin.check_in_person(m.id, writer.id)
    checkin.set_status(m.id, absent.id, "izin")
    snap = minutes.snapshot(m.id)
    minutes.save_item(m.id, snap["items"][0]["id"], discussion="Ketua membuka rapat dan menyampaikan arahan.")
    minutes.save_item(m.id, snap["items"][1]["id"], discussion="Narasumber menjelaskan jadwal unggahan.\n"
                                                               "- Unggahan harian\n- Balasan pesan",
                      decisions="1. Unggah satu konten per hari\n2) Balas pesan dalam 1×24 jam")
    minutes.save(m.id, {"opened_at": datetime(2021, 4, 7, 2, 5), "opened_by": chair.id,
                        "conclusions": "Konten dijadwalkan mingguan.\n- Setiap divisi menyiapkan bahan.",
                        "closed_at": datetime(2021, 4, 7, 5, 15),
                        "closing_text": "Pimpinan rapat menutup rapat dengan ucapan terima kasih."})
    return m, chair, writer


def test_header_fields_course_and_signatures(rakor, tmp_path):
    m, chair, writer = rakor
    pages = _pages(render_notulen(m.id, tmp_path / "notulen.pdf"))
    text = " ".join(pages)
    for expected in ("NOTULEN RAPAT", "Rapat : Rakor Optimalisasi Media Sosial",
                     "Hari/Tanggal : Rabu, 07 April 2021", "Surat Undangan : Nomor 244/HM.02-SD/06/KPU/III/2021",
                     "Waktu : 09.05 s.d. 12.15 WIB", "Tempat : Aula KPU Kabupaten Tulungagung",
                     "Pimpinan Rapat : Dr. H. Rochani, S.Pd., M.Si. (Ketua)",
                     "Notulis : Endah Puspitasari, S.E. (Kasubag Teknis dan Hupmas)",
                     "Peserta : 2 orang (daftar hadir terlampir)", "Acara : 1. Pembukaan 2. Optimalisasi Medsos",
                     "Rapat dibuka pukul 09.05 WIB oleh Dr. H. Rochani, S.Pd., M.Si.",
                     "Narasumber: Gogot Cahyo Baskoro, Anggota: strategi konten",
                     "Keputusan: 1) Unggah satu konten per hari 2) Balas pesan dalam 1×24 jam",
                     "KESIMPULAN 1. Konten dijadwalkan mingguan. 2. Setiap divisi menyiapkan bahan.",
                     "Rapat ditutup pukul 12.15 WIB.", "Tulungagung, 07 April 2021", "Notulis,",
                     "Pimpinan Rapat,", "NIP. 19860926 201505 2 001", "KOMISI PEMILIHAN UMUM KABUPATEN TULUNGAGUNG"):
        assert expected in text, expected
    assert len(pages) == 1  # short minutes: the signatures follow on the same page, not on a page of their own
    assert "M.Si.." not in text  # a name ending in a degree takes no second full stop
    assert "1. Unggah" not in text  # numbers typed in front are replaced by the document's own
    for n, page in enumerate(pages, 1):
        assert f"Halaman {n} dari {len(pages)}" in page
    assert AuditLog.select().where((AuditLog.action == "export") & (AuditLog.entity == "notulen")).exists()


def test_draft_carries_draf_on_every_page_and_approved_the_date(rakor, tmp_path):
    m, chair, _ = rakor
    snap = minutes.snapshot(m.id)
    minutes.save_item(m.id, snap["items"][1]["id"], discussion=PARA * 60)  # several pages
    pages = _pages(render_notulen(m.id, tmp_path / "draf.pdf"))
    assert len(pages) >= 3
    assert all("DRAF" in p and "Draf — belum disetujui" in p for p in pages)
    minutes.mark_ready(m.id)
    pages = _pages(render_notulen(m.id, tmp_path / "siap.pdf"))
    assert all("DRAF" in p and "Siap disetujui — belum disetujui" in p for p in pages)

    minutes.approve(m.id, chair.id, at=datetime(2021, 4, 8, 3, 0))
    pages = _pages(render_notulen(m.id, tmp_path / "ok.pdf"))
    assert not any("DRAF" in p for p in pages)
    assert all("Disetujui 08 April 2021 oleh Dr. H. Rochani, S.Pd., M.Si." in p for p in pages)
    assert "Revisi" not in " ".join(pages)

    # A change after approval: revision 2, a draft again; approved once more it says so.
    minutes.save(m.id, {"conclusions": "Konten dijadwalkan harian."}, reason="Salah ketik")
    assert "DRAF" in _pages(render_notulen(m.id, tmp_path / "rev2.pdf"))[0]
    minutes.mark_ready(m.id)
    minutes.approve(m.id, chair.id, at=datetime(2021, 4, 9, 3, 0))
    text = " ".join(_pages(render_notulen(m.id, tmp_path / "rev2ok.pdf")))
    assert "Disetujui 09 April 2021" in text and "Revisi 2" in text and "dijadwalkan harian" in text
    # The first approved version still prints as it was approved.
    old = " ".join(_pages(render_notulen(m.id, tmp_path / "rev1.pdf", revision=1)))
    assert "dijadwalkan mingguan" in old and "Disetujui 08 April 2021" in old and "DRAF" not in old


def test_a_meeting_we_attended_prints_as_a_report_to_our_chair(office, tmp_path):
    ri = satker.by_region_code("35")  # KPU Provinsi Jawa Timur organises, over Zoom
    ours = people.create(name="Much. Amarodin", position="Kasubag Teknis", satker_id=office.id,
                         nip="198001012005011002")
    colleague = people.create(name="Gogot Cahyo Baskoro", position="Anggota", satker_id=office.id)
    signatories.set_signatory("ketua", "Dr. H. Rochani, S.Pd., M.Si.", None, "Ketua KPU Kabupaten Tulungagung")
    m = meetings.create(title="Rakor Bakohumas Se-Jawa Timur", date=date(2021, 4, 7), start_time=time(9, 0),
                        our_role="participant", mode="daring", organizer_id=ri.id, note_taker_id=ours.id)
    meetings.set_agenda(m.id, [{"title": "Arahan Ketua KPU Provinsi"}])
    meetings.invite(m.id, [ours.id, colleague.id])
    checkin.check_in_person(m.id, ours.id)
    checkin.check_in_person(m.id, colleague.id)
    pages = _pages(render_notulen(m.id, tmp_path / "laporan.pdf"))
    text = " ".join(pages)
    assert "LAPORAN HASIL RAPAT" in text and "NOTULEN RAPAT" not in text
    for expected in ("Kepada : Yth. Ketua KPU Kabupaten Tulungagung", f"Penyelenggara : {ri.name}",
                     "Tempat : Daring melalui Zoom Meeting", "Peserta : 1. Gogot Cahyo Baskoro (Anggota)",
                     "2. Much. Amarodin (Kasubag Teknis)", "Mengetahui,", "Ketua KPU Kabupaten Tulungagung,",
                     "Yang melaporkan,", "NIP. 19800101 200501 1 002", "Laporan Hasil Rapat: Rakor Bakohumas"):
        assert expected in text, expected
    assert "Notulis" not in text
    assert notulen_content.build(m.id).doc_name == "Laporan Hasil Rapat"


def test_a_report_for_an_office_in_another_zone_uses_its_clock(any_db, tmp_path):
    installation.set_office(satker.by_region_code("73.71").id)  # Kota Makassar: WITA
    m = meetings.create(title="Rakor KPU RI", date=date(2021, 4, 7), start_time=time(9, 0), timezone="WIB",
                        our_role="participant", mode="daring")
    c = notulen_content.build(m.id)
    assert dict((f.label, f.value) for f in c.fields)["Waktu"] == "10.00 WITA s.d. selesai"


@pytest.mark.parametrize("extra", range(0, 40, 3))
def test_signature_blocks_never_split_and_never_stand_alone(rakor, tmp_path, extra):
    """Whatever length pushes the end of the minutes to the foot of a page, both signature blocks, the names
    and the closing line stay on one page."""
    m, chair, writer = rakor
    snap = minutes.snapshot(m.id)
    minutes.save_item(m.id, snap["items"][1]["id"], discussion="\n".join([PARA] * (12 + extra)))
    pages = _pages(render_notulen(m.id, tmp_path / "n.pdf"))
    last = pages[-1]
    for expected in ("Notulis,", "Pimpinan Rapat,", "Tulungagung, 07 April 2021", writer.name, chair.name,
                     "NIP. 19860926 201505 2 001", "Rapat ditutup pukul 12.15 WIB."):
        assert expected in last, (expected, len(pages))
    assert all("Notulis," not in p for p in pages[:-1])


def test_markup_non_latin_and_300_letter_names_print_as_typed(office, tmp_path):
    odd = "<b>&Ł Żółć</b> & <i>Co"
    long_name = " ".join(f"Kata{i:02d}" for i in range(50))[:300]
    chair = people.create(name=odd, position="Tamu <VIP> & co")
    writer = people.create(name=long_name, position="Staf")
    m = meetings.create(title="Rapat <Khusus> & Ελληνικά Кириллица", date=date(2021, 4, 7), start_time=time(9, 0),
                        venue="Aula <img src='/etc/passwd'/>", chair_id=chair.id, note_taker_id=writer.id)
    meetings.set_agenda(m.id, [{"title": "Acara <u>satu</u> & dua"}])
    item = minutes.snapshot(m.id)["items"][0]
    minutes.save_item(m.id, item["id"], discussion="Teks <font size=40>besar</font> &amp; tetap",
                      decisions="Keputusan <br/> satu")
    text = " ".join(_pages(render_notulen(m.id, tmp_path / "odd.pdf")))
    for expected in (odd, "Tamu <VIP> & co", "Rapat <Khusus> & Ελληνικά Кириллица", "Aula <img src='/etc/passwd'/>",
                     "Acara <u>satu</u> & dua", "Teks <font size=40>besar</font> &amp; tetap",
                     "Keputusan <br/> satu"):
        assert expected in text, expected
    for word in long_name.split():
        assert word in text, word


def test_long_texts_flow_across_pages_and_f4_paper(rakor, tmp_path):
    m, _, _ = rakor
    snap = minutes.snapshot(m.id)
    minutes.save_item(m.id, snap["items"][0]["id"], discussion=PARA * 200)  # one paragraph of ~30,000 letters
    out = render_notulen(m.id, tmp_path / "f4.pdf", "f4")
    reader = PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (215, 330)
    pages = _pages(out)
    assert len(pages) >= 4
    assert " ".join(pages).count("wajah") == 200  # every line printed, none lost at a page break


def test_an_empty_notulen_still_prints_with_lines_to_fill(office, tmp_path):
    m = meetings.create(title="Rapat Internal", date=date(2021, 4, 7), start_time=time(13, 30))
    text = " ".join(_pages(render_notulen(m.id, tmp_path / "kosong.pdf")))
    for expected in ("NOTULEN RAPAT", "Waktu : 13.30 WIB s.d. selesai", "Pimpinan Rapat : -", "Notulis : -",
                     "Peserta : Terlampir dalam daftar hadir", "Acara : -", "Tidak ada pembahasan yang dicatat.",
                     "(....", "DRAF"):
        assert expected in text, expected


def test_cli_pdf_notulen(rakor, any_db, tmp_path, capsys):
    m, _, _ = rakor
    out = tmp_path / "cli.pdf"
    assert main(["--db", any_db, "pdf", "notulen", str(m.id), "-o", str(out), "--paper", "f4"]) == 0
    assert f"Notulen rapat nomor {m.id} disimpan" in capsys.readouterr().out
    assert "NOTULEN RAPAT" in _pages(out)[0]
    assert main(["--db", any_db, "pdf", "notulen", "9999", "-o", str(out)]) != 0
    assert "tidak ditemukan" in capsys.readouterr().err
    assert main(["--db", any_db, "pdf", "notulen", str(m.id), "-o", str(out), "--paper", "a5"]) != 0
