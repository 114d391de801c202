"""Invitations for every invitee at once: a folder of QR images and WhatsApp texts with an index workbook, and
a sheet to print; file names safe on Windows; the CLI command."""
from __future__ import annotations

import subprocess
import time as clock
from datetime import date, time

import openpyxl
import pytest
from pypdf import PdfReader

from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.services import invitation_batch, invitation_message, meetings, people, qr
from kpu_rakor.domain.services.invitation_batch import safe_stems, whatsapp_number

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")

ODD = 'Ani <Tamu> & Co/Jatim: "Ketua"'


@pytest.fixture
def office(any_office):
    return any_office


@pytest.fixture
def invited(office):
    m = meetings.create(title="Rakor Pemutakhiran Data Pemilih", date=date(2021, 4, 7), start_time=time(9, 0),
                        venue="Aula KPU Kabupaten Tulungagung")
    ps = [people.create(name="Much. Amarodin, S.Pd.", position="Ketua", satker_id=office.id,
                        phone="0812-3456-7890"),
          people.create(name=ODD, institution="Bawaslu Kab. Tulungagung", phone="0355 123456"),
          people.create(name="Siti Ma'ruf", position="Anggota", satker_id=office.id, phone="+62 813 1111 2222"),
          people.create(name="siti ma'ruf", position="Staf", satker_id=office.id)]  # same name, other case
    meetings.invite(m.id, [p.id for p in ps])
    return m, ps


def test_numbers_and_names():
    assert whatsapp_number("0812-3456-7890") == "6281234567890"
    assert whatsapp_number("+62 813 1111 2222") == "6281311112222"
    assert whatsapp_number("81234567890") == "6281234567890"
    assert whatsapp_number("0355 123456") == "" and whatsapp_number("") == ""
    stems = safe_stems([ODD, "Budi", "BUDI", "CON", "x" * 200, "a. . ."])
    assert stems[0] == "Ani -Tamu- & Co-Jatim- -Ketua"
    assert stems[1:3] == ["Budi", "BUDI (2)"] and stems[3] != "CON"
    assert len(stems[4]) <= 76 and stems[5] == "a"
    for s in stems:
        assert not set(s) & set('\\/:*?"<>|') and not s.endswith((".", " "))


def test_folder_has_codes_texts_and_index(invited, tmp_path):
    m, ps = invited
    result = invitation_batch.write_folder(m.id, tmp_path)
    assert result.count == 4
    pngs, txts = sorted(tmp_path.glob("*.png")), sorted(tmp_path.glob("*.txt"))
    assert len(pngs) == 4 and len(txts) == 4
    decoded = {}
    for png in pngs:
        found = zxingcpp.read_barcodes(Image.open(png), formats=zxingcpp.BarcodeFormat.QRCode)
        decoded[png.stem] = found[0].text
    assert decoded["Much. Amarodin, S.Pd"] == qr.invitation_code(m.id, ps[0].id)
    assert decoded["Ani -Tamu- & Co-Jatim- -Ketua"] == qr.invitation_code(m.id, ps[1].id)
    assert set(decoded.values()) == {qr.invitation_code(m.id, p.id) for p in ps}
    text = (tmp_path / "Ani -Tamu- & Co-Jatim- -Ketua.txt").read_text("utf-8").replace("\r\n", "\n")
    assert text == invitation_message.whatsapp_text(m.id, ps[1].id)
    assert text.startswith(f"Yth. Bapak/Ibu {ODD}")
    rows = list(openpyxl.load_workbook(result.index)["Undangan"].iter_rows(values_only=True))
    assert rows[0] == ("No", "Nama", "No. HP", "Berkas QR", "Berkas teks", "WhatsApp")
    by_name = {r[1]: r for r in rows[1:]}
    assert by_name["Much. Amarodin, S.Pd."][2:] == ("0812-3456-7890", "Much. Amarodin, S.Pd.png",
                                                    "Much. Amarodin, S.Pd.txt", "https://wa.me/6281234567890")
    assert by_name[ODD][5] is None  # a landline: no WhatsApp link
    assert {r[3] for r in rows[1:]} == {p.name for p in pngs}


def test_selected_only_and_refusal(invited, tmp_path):
    m, ps = invited
    assert invitation_batch.write_folder(m.id, tmp_path, [ps[2].id]).count == 1
    assert [p.name for p in tmp_path.glob("*.png")] == ["Siti Ma'ruf.png"]
    empty = meetings.create(title="Tanpa undangan", date=date(2021, 4, 8), start_time=time(9, 0))
    with pytest.raises(UserError, match="belum punya undangan"):
        invitation_batch.write_folder(empty.id, tmp_path)
    with pytest.raises(UserError, match="tidak ada"):
        invitation_batch.write_folder(m.id, tmp_path / "tidak-ada")


def test_sheet_pdf_has_names_and_codes(invited, tmp_path):
    m, ps = invited
    out = invitation_batch.write_sheet(m.id, tmp_path / "undangan.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1  # six to a page
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for p in ps:
        assert p.name in text
    assert "Rakor Pemutakhiran Data Pemilih" in text
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "page")], check=True)
    found = zxingcpp.read_barcodes(Image.open(next(tmp_path.glob("page*.png"))),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    assert {r.text for r in found} == {qr.invitation_code(m.id, p.id) for p in ps}  # scannable from a print


def test_hundred_invitees_take_seconds_at_most(office, tmp_path):
    m = meetings.create(title="Rakor besar", date=date(2021, 4, 7), start_time=time(9, 0))
    ids = [people.create(name=f"Peserta {i:03d}", satker_id=office.id, phone=f"0812{i:07d}").id for i in range(100)]
    meetings.invite(m.id, ids)
    started = clock.perf_counter()
    assert invitation_batch.write_folder(m.id, tmp_path).count == 100
    invitation_batch.write_sheet(m.id, tmp_path / "semua.pdf")
    elapsed = clock.perf_counter() - started
    assert len(list(tmp_path.glob("*.png"))) == 100 and len(PdfReader(tmp_path / "semua.pdf").pages) == 17
    assert elapsed < 5, elapsed
