"""Badge sheets decoded from the rendered PDF, the WhatsApp invitation text, and their CLI commands."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date, time
from functools import partial

import pytest
from pypdf import PdfReader

from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import AuditLog
from kpu_rakor.domain.services import checkin, invitation_message, meetings, people, satker
from kpu_rakor.domain import documents

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")

LONG_NAME = ("Prof. Dr. Ir. H. " + " ".join(["Muhammad Abdurrahman Wicaksono Sastrowardoyo"] * 6)
             + ", S.H., M.H.")[:300]
NAMES = ["Much. Amarodin", "Dr. H. Rochani, S.Pd., M.Si.", "Ani <Tamu> & Co", "Łucja Kowalska", LONG_NAME,
         "Gogot Cahyo Baskoro", "Siti Aminah", "Budi", "A & B <c>", "Hj. Nur Laila Łazarus"]

render_badges = partial(documents.render_document, documents.BADGES)  # the document through the registry


def _meeting(**extra):
    fields = dict(title="Rapat Koordinasi Persiapan Pemutakhiran Data Pemilih Berkelanjutan Triwulan III",
                  date=date(2021, 4, 7), start_time=time(9, 0), venue="Aula KPU Kabupaten Tulungagung")
    fields.update(extra)
    return meetings.create(**fields)


def _invitees(m, office):
    makassar = satker.by_region_code("73.71")
    with write_tx():
        ps = []
        for i, name in enumerate(NAMES):
            kw = dict(satker_id=office.id) if i % 3 == 0 else (dict(satker_id=makassar.id) if i % 3 == 1 else
                                                                dict(institution="Bawaslu Kab. Tulungagung"))
            ps.append(people.create(name=name, position="Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi "
                                    "dan Hupmas" if i == 2 else "Anggota", **kw))
    meetings.invite(m.id, [p.id for p in ps])
    return ps


def _page_images(pdf, tmp_path, dpi=200) -> list:
    out = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out)], check=True)
    return sorted(tmp_path.glob("page*.png"))


def _decoded(pdf, tmp_path) -> list[str]:
    codes = []
    for png in _page_images(pdf, tmp_path):
        found = zxingcpp.read_barcodes(Image.open(png), formats=zxingcpp.BarcodeFormat.QRCode)
        codes += [r.text for r in found if r.valid]
    return codes


def _text(pdf) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) tidak terpasang")
@pytest.mark.parametrize("paper,per_page", [("a4", 8), ("f4", 10)])
def test_every_badge_decodes_and_checks_in_the_right_person(office, tmp_path, paper, per_page):
    m = _meeting()
    ps = _invitees(m, office)
    steps = []
    pdf = render_badges(m.id, tmp_path / f"kartu-{paper}.pdf", paper, progress=steps.append)
    assert steps[0] == 0 and steps[-1] == 100 and steps == sorted(steps)

    reader = PdfReader(str(pdf))
    assert len(reader.pages) == -(-len(NAMES) // per_page)
    codes = _decoded(pdf, tmp_path)
    assert len(codes) == len(NAMES) == len(set(codes))
    by_id = {p.id: p.name for p in ps}
    seen = set()
    for code in codes:
        r = checkin.check_in_code(m.id, code, desk="Meja 1")
        assert r.result == checkin.CHECKED_IN, (code, r.message)
        assert r.name == by_id[r.person_id]
        seen.add(r.person_id)
    assert seen == set(by_id)

    text = _text(pdf)
    for name in NAMES:
        assert name in text, name
    assert "Rabu, 07 April 2021" in text
    assert "KOMISI PEMILIHAN UMUM KABUPATEN TULUNGAGUNG" in text
    assert "Bawaslu Kab. Tulungagung" in text and "KPU Kota Makassar" in text
    log = AuditLog.select().where(AuditLog.entity == "badges").get()
    assert log.personal_data and log.meeting_id == m.id and pdf.name in log.detail


def test_meeting_without_invitees_is_refused_in_indonesian(office, tmp_path):
    m = _meeting()
    with pytest.raises(UserError, match="belum punya undangan"):
        render_badges(m.id, tmp_path / "kosong.pdf")
    assert not (tmp_path / "kosong.pdf").exists()
    with pytest.raises(UserError, match="Ukuran kertas"):
        render_badges(m.id, tmp_path / "x.pdf", "a3")


def test_whatsapp_text_uses_the_recipients_zone(office, tmp_path):
    m = _meeting(venue="Aula Lantai 2 KPU Kabupaten Tulungagung")
    makassar = satker.by_region_code("73.71")
    assert makassar.timezone == "WITA"
    guest = people.create(name="Andi <Tamu> & Co", position="Operator", satker_id=makassar.id)
    plain = people.create(name="Budi", position="Staf")
    meetings.invite(m.id, [guest.id, plain.id])

    text = invitation_message.whatsapp_text(m.id, guest.id)
    assert "Andi <Tamu> & Co" in text
    assert m.title in text
    assert "Rabu, 07 April 2021" in text
    assert "pukul 10.00 WITA" in text and "WIB" not in text
    assert "Aula Lantai 2 KPU Kabupaten Tulungagung" in text
    assert "Tunjukkan kode QR ini di meja registrasi." in text
    assert "pukul 09.00 WIB" in invitation_message.whatsapp_text(m.id, plain.id)

    png = invitation_message.code_png(m.id, guest.id)
    assert png.startswith(b"\x89PNG")
    (tmp_path / "kode.png").write_bytes(png)
    found = zxingcpp.read_barcodes(Image.open(tmp_path / "kode.png"))
    r = checkin.check_in_code(m.id, found[0].text)
    assert r.result == checkin.CHECKED_IN and r.person_id == guest.id


def test_whatsapp_text_for_an_online_meeting_has_the_zoom_details(office):
    m = _meeting(mode="daring", venue="", zoom_meeting_id="812 3456 7890", zoom_passcode="kpu2021",
                 online_link="https://us02web.zoom.us/j/81234567890?pwd=abc", start_time=time(13, 30),
                 end_time=time(15, 0))
    p = people.create(name="Gogot Cahyo Baskoro", position="Anggota", satker_id=office.id)
    meetings.invite(m.id, [p.id])
    text = invitation_message.whatsapp_text(m.id, p.id)
    assert "Zoom Meeting" in text and "812 3456 7890" in text and "kpu2021" in text
    assert "https://us02web.zoom.us/j/81234567890?pwd=abc" in text
    assert "pukul 13.30 s.d. 15.00 WIB" in text


def test_whatsapp_text_for_someone_not_invited_is_refused(office):
    m = _meeting()
    p = people.create(name="Budi", position="Staf")
    with pytest.raises(UserError):
        invitation_message.whatsapp_text(m.id, p.id)


def test_cli_pdf_badges_and_whatsapp(office, tmp_path, capsys, sqlite_db):
    from kpu_rakor.cli.main import main
    from kpu_rakor.domain import db as dbmod

    m = _meeting()
    makassar = satker.by_region_code("73.71")
    p = people.create(name="Ł & <x>", position="Anggota", satker_id=makassar.id)
    meetings.invite(m.id, [p.id])
    empty = _meeting(title="Rapat tanpa undangan")
    dbmod.close_database()  # the CLI opens the database itself

    out = tmp_path / "kartu.pdf"
    assert main(["--db", sqlite_db, "pdf", "badges", str(m.id), "-o", str(out), "--paper", "f4"]) == 0
    assert out.exists() and "Ł & <x>" in _text(out)
    assert str(out) in capsys.readouterr().out

    assert main(["--db", sqlite_db, "qr", "invitation", str(m.id), str(p.id), "--whatsapp"]) == 0
    printed = capsys.readouterr().out
    assert "pukul 10.00 WITA" in printed and "Tunjukkan kode QR ini di meja registrasi." in printed

    png = tmp_path / "kode.png"
    assert main(["--db", sqlite_db, "qr", "invitation", str(m.id), str(p.id), "--png", str(png)]) == 0
    assert png.read_bytes().startswith(b"\x89PNG") and capsys.readouterr().out.strip().startswith("U")

    assert main(["--db", sqlite_db, "pdf", "badges", str(empty.id), "-o", str(tmp_path / "e.pdf")]) == 1
    assert "belum punya undangan" in capsys.readouterr().err
    dbmod.open_database(sqlite_db)
