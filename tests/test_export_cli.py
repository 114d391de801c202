"""`kpu-rakor-cli export …` and `kpu-rakor-cli qr invitations …`: the same lists and invitations as the app."""
from __future__ import annotations

from datetime import date, time

import openpyxl
import pytest

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.services import checkin, followups, installation, meetings, people

ODD = "Ani <Tamu> & Co/Jatim: Ketua"


@pytest.fixture
def meeting(sqlite_url):
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    a = people.create(name="Much. Amarodin", nip="198609262015051001", phone="081234567890")
    b = people.create(name=ODD, position="Anggota")
    m = meetings.create(title="Rakor Penguatan Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0))
    meetings.invite(m.id, [a.id, b.id])
    checkin.check_in_person(m.id, a.id, desk="Meja 1")
    followups.create(m.id, "Kirim rekap", person_id=a.id)
    ids = m.id, a.id, b.id
    dbmod.close_database()
    return ids


def test_export_each_list(run, meeting, tmp_path):
    mid, a, b = meeting
    code, _, err = run("export", "invitees", mid, "-o", tmp_path / "u.xlsx")
    assert code == 0 and "Tersimpan" in err and "2 baris" in err
    rows = list(openpyxl.load_workbook(tmp_path / "u.xlsx")["Undangan"].iter_rows(values_only=True))
    assert rows[1][1] == ODD  # Anggota before someone without a position: the official order
    assert rows[2][1:3] == ("Much. Amarodin", "198609262015051001")
    code, _, _ = run("export", "attendance", mid, "-o", tmp_path / "k.csv")
    text = (tmp_path / "k.csv").read_text("utf-8-sig")
    assert code == 0 and "Much. Amarodin" in text and "Belum tercatat" in text
    code, _, _ = run("export", "followups", "--search", "rekap", "-o", tmp_path / "t.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "t.xlsx")["Tindak lanjut"].iter_rows(values_only=True))
    assert code == 0 and [r[1] for r in rows[1:]] == ["Kirim rekap"]
    code, _, _ = run("export", "directory", "--search", "tamu", "-o", tmp_path / "d.xlsx", "--format", "xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "d.xlsx")["Orang"].iter_rows(values_only=True))
    assert code == 0 and [r[1] for r in rows[1:]] == [ODD]


def test_export_refuses_an_unknown_format_and_meeting(run, meeting, tmp_path):
    code, _, err = run("export", "invitees", meeting[0], "-o", tmp_path / "u.ods")
    assert code == 1 and "pilih xlsx atau csv" in err
    code, _, err = run("export", "attendance", 999, "-o", tmp_path / "u.xlsx")
    assert code == 1 and err.strip() and "Traceback" not in err


def test_qr_invitations_folder_and_pdf(run, meeting, tmp_path):
    mid, a, b = meeting
    code, out, _ = run("qr", "invitations", mid, "--folder", tmp_path, "--pdf", tmp_path / "lembar.pdf")
    assert code == 0 and "2 gambar QR" in out
    assert sorted(p.name for p in tmp_path.glob("*.png")) == ["Ani -Tamu- & Co-Jatim- Ketua.png", "Much. Amarodin.png"]
    assert (tmp_path / "daftar-undangan.xlsx").exists() and (tmp_path / "lembar.pdf").stat().st_size > 1000
    code, _, err = run("qr", "invitations", mid)
    assert code == 2 and "--folder" in err
