"""The Word letters open in a real word processor: LibreOffice Writer (headless) turns each .docx into a PDF,
and that PDF holds the kop, the dates and times, the names as typed and, in the TTE variant, the placeholders.
A file Word or LibreOffice refused (broken XML, a bad field) would fail here."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date, time

import pytest
from pypdf import PdfReader

from kpu_rakor.domain import documents
from kpu_rakor.domain.services import checkin, installation, meetings, people, signatories
from kpu_rakor.domain.services.news import drafts

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="soffice tidak ada (apt-get install libreoffice-writer-nogui)")

ODD = "<b>&Ł Żółć</b> & Co"


def _to_pdf(files, folder) -> dict[str, list[str]]:
    """Each .docx converted by LibreOffice in one run (its own profile, so parallel runs do not collide); the
    text of every page, whitespace collapsed, by file stem."""
    profile = (folder / "lo-profile").as_uri()
    done = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(folder), *map(str, files)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = {}
    for f in files:
        pdf = folder / f"{f.stem}.pdf"
        assert pdf.exists(), (f.name, done.stdout, done.stderr)
        out[f.stem] = [" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages]
    return out


@pytest.fixture
def meeting(office):
    installation.set_office(office.id, letterhead_lines="KOMISI PEMILIHAN UMUM\nKABUPATEN TULUNGAGUNG\n"
                                                        "Jl. Ki Hajar Dewantara No. 31, Tulungagung 66233")
    signatories.set_signatory("sekretaris", "Drs. Gatot Subroto, M.Si.", "197001011995031001",
                              "Sekretaris KPU Kabupaten Tulungagung")
    chair = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua", satker_id=office.id)
    guest = people.create(name=ODD, position="Tamu", institution="Bawaslu Kabupaten Tulungagung")
    m = meetings.create(title="Rapat Koordinasi Penguatan Bakohumas", date=date(2021, 4, 7), start_time=time(10, 0),
                        venue="Aula KPU Kabupaten Tulungagung", invitation_number="112/PP.01-Und/3504/2021",
                        chair_id=chair.id)
    meetings.set_agenda(m.id, [{"title": "Pembentukan Bakohumas"}])
    meetings.invite(m.id, [chair.id, guest.id])
    checkin.check_in_person(m.id, guest.id)
    drafts.save(m.id, headline="KPU Tulungagung Gelar Rakor Bakohumas",
                body="Tulungagung, kab-tulungagung.kpu.go.id – KPU Kabupaten Tulungagung menggelar rapat.")
    return m


def test_libreoffice_opens_every_word_letter_and_prints_its_content(meeting, tmp_path):
    made = {}
    for name, key, esign in (("undangan", documents.UNDANGAN, False), ("undangan-tte", documents.UNDANGAN, True),
                             ("hadir", documents.DAFTAR_HADIR, False), ("notulen", documents.NOTULEN, False),
                             ("notulen-tte", documents.NOTULEN, True), ("berita", documents.BERITA, False)):
        made[name] = documents.render_document(key, meeting.id, tmp_path / f"{name}.docx", fmt="docx", esign=esign)
    pdf = _to_pdf(list(made.values()), tmp_path)

    kop = "KOMISI PEMILIHAN UMUM KABUPATEN TULUNGAGUNG Jl. Ki Hajar Dewantara No. 31, Tulungagung 66233"
    for name, pages in pdf.items():
        assert pages[0].startswith(kop), (name, pages[0][:200])

    undangan = pdf["undangan"]
    assert len(undangan) == 1  # two invitees: no attached list, the signature on the letter's page
    for expected in ("Nomor : 112/PP.01-Und/3504/2021", "Hari/Tanggal : Rabu, 07 April 2021",
                     "Pukul : 10.00 WIB s.d. selesai", ODD, "Drs. Gatot Subroto, M.Si.", "NIP. 19700101 199503 1 001"):
        assert expected in undangan[0], expected
    tte = " ".join(pdf["undangan-tte"])
    for expected in ("Nomor : ${nomor_naskah}", "Tulungagung, ${tanggal_naskah}", "${ttd_pengirim}"):
        assert expected in tte, expected
    assert "Gatot Subroto" not in tte

    hadir = " ".join(pdf["hadir"])
    for expected in ("DAFTAR HADIR", "Hari/Tanggal : Rabu, 07 April 2021", "Pukul : 10.00 WIB s.d. selesai", ODD,
                     "Jumlah peserta: 1 orang"):
        assert expected in hadir, expected

    notulen = " ".join(pdf["notulen"])
    for expected in ("NOTULEN RAPAT", "Hari/Tanggal : Rabu, 07 April 2021", "Pimpinan Rapat,",
                     "Dr. H. Rochani, S.Pd., M.Si.", "Halaman 1 dari 1"):
        assert expected in notulen, expected
    assert "${ttd_pengirim}" in " ".join(pdf["notulen-tte"])

    berita = " ".join(pdf["berita"])
    assert "KPU Tulungagung Gelar Rakor Bakohumas" in berita
    assert "Tulungagung, kab-tulungagung.kpu.go.id – KPU Kabupaten Tulungagung menggelar rapat." in berita


@pytest.fixture
def office(any_office):
    return any_office
