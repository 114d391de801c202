"""Lists for Excel (invitees, attendance, follow-ups, directory): opened with openpyxl and checked cell by cell,
on both engines; typed cells (datetimes, numbers, NIP and phone as text); 5,000 people export quickly."""
from __future__ import annotations

import time as clock
from datetime import date, datetime, time

import openpyxl
import pytest

from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.models import AuditLog, Person
from kpu_rakor.domain.names import name_key
from kpu_rakor.domain.codes import new_code_id
from kpu_rakor.domain.services import checkin, followups, meetings, people, satker
from kpu_rakor.domain.services.list_exports import attendance_workbook, invitees_workbook, save
from kpu_rakor.domain.services.list_exports_more import directory_workbook, followups_workbook

ODD = "Ani <Tamu> & Co/Jatim: Ketua"


@pytest.fixture
def office(any_office):
    return any_office


@pytest.fixture
def meeting(office):
    m = meetings.create(title="Rakor Pemutakhiran Data Pemilih", date=date(2021, 4, 7), start_time=time(9, 0),
                        venue="Aula KPU Kabupaten Tulungagung")
    makassar = satker.by_region_code("73.71")
    a = people.create(name="Much. Amarodin, S.Pd.", nip="198609262015051001", position="Ketua",
                      satker_id=office.id, phone="081234567890")
    b = people.create(name=ODD, position="Anggota", institution="Bawaslu Kab. Tulungagung", phone="0812 555")
    c = people.create(name="Siti Ma'ruf", position="Anggota", satker_id=makassar.id)
    d = people.create(name="Budi Santoso", position="Staf", satker_id=office.id)
    meetings.invite(m.id, [a.id, b.id, c.id, d.id])
    # a at 09.20 WIB (20 minutes late, by QR at Meja 1), c online 95 minutes, b izin, d not yet recorded.
    checkin.check_in_person(m.id, a.id, desk="Meja 1", method="qr", at=datetime(2021, 4, 7, 2, 20))
    checkin.check_in_person(m.id, c.id, method="zoom", channel="daring", at=datetime(2021, 4, 7, 2, 0),
                            online_minutes=95)
    checkin.set_status(m.id, b.id, "izin", note="Dinas ke Surabaya")
    return m, (a, b, c, d)


def _sheet(path, name):
    wb = openpyxl.load_workbook(path)
    ws = wb[name]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    info = {r[0]: r[1] for r in wb["Informasi"].iter_rows(values_only=True) if r[0]}
    return ws, rows, info


def test_invitees_xlsx_cell_by_cell(meeting, tmp_path):
    m, (a, b, c, d) = meeting
    out = save(invitees_workbook(m.id), tmp_path / "undangan.xlsx", entity="meeting", meeting_id=m.id)
    ws, rows, info = _sheet(out, "Undangan")
    assert rows[0] == ["No", "Nama", "NIP", "Jabatan", "Satker/Instansi", "No. HP", "Email", "Saluran"]
    assert rows[1] == [1, "Much. Amarodin, S.Pd.", "198609262015051001", "Ketua", "KPU Kabupaten Tulungagung",
                       "081234567890", None, None]
    assert ws["C2"].data_type == "s" and ws["F2"].data_type == "s"  # NIP and phone stay text
    assert ws["A2"].data_type == "n"
    names = [r[1] for r in rows[1:]]
    assert ODD in names and len(names) == 4
    assert info["Rapat"] == "Rakor Pemutakhiran Data Pemilih"
    assert info["Hari/Tanggal"] == "Rabu, 07 April 2021"
    assert info["Zona waktu"] == "WIB (Waktu Indonesia Barat)"
    assert info["Kantor"] == "KPU Kabupaten Tulungagung"
    assert "Dibuat" in info and "WIB" in info["Dibuat"]
    entry = AuditLog.select().where(AuditLog.action == "export").order_by(AuditLog.id.desc()).first()
    assert entry.personal_data and "undangan.xlsx" in entry.detail


def test_attendance_xlsx_typed_cells(meeting, tmp_path):
    m, (a, b, c, d) = meeting
    out = save(attendance_workbook(m.id), tmp_path / "kehadiran.xlsx", entity="attendance", meeting_id=m.id)
    ws, rows, info = _sheet(out, "Kehadiran")
    assert rows[0] == ["No", "Nama", "NIP", "Jabatan", "Satker/Instansi", "Status", "Saluran", "Cara", "Masuk",
                       "Terlambat (menit)", "Menit daring", "Diwakili oleh", "Catatan"]
    by_name = {r[1]: r for r in rows[1:]}
    siti = by_name["Siti Ma'ruf"]
    assert siti[5:11] == ["Hadir", "Daring", "Laporan Zoom", datetime(2021, 4, 7, 9, 0), 0, 95]
    amar = by_name["Much. Amarodin, S.Pd."]
    assert amar[5] == "Terlambat" and amar[6] == "Luring" and amar[7] == "Kode QR, Meja 1"
    assert amar[8] == datetime(2021, 4, 7, 9, 20)  # a real datetime, in the meeting's zone (WIB)
    assert isinstance(amar[9], int) and amar[9] == 20
    assert amar[2] == "198609262015051001"
    odd = by_name[ODD]
    assert odd[5] == "Izin" and odd[8] is None and odd[12] == "Dinas ke Surabaya"
    assert by_name["Budi Santoso"][5] == "Belum tercatat"
    # The recorded first, by check-in time; nobody twice.
    assert [r[1] for r in rows[1:3]] == ["Siti Ma'ruf", "Much. Amarodin, S.Pd."]
    assert len(rows) == 5
    assert ws["I3"].number_format == "dd/mm/yyyy hh:mm"
    assert info["Jumlah orang"] == "4 orang"


def test_attendance_csv(meeting, tmp_path):
    m, _ = meeting
    text = save(attendance_workbook(m.id), tmp_path / "kehadiran.csv", entity="attendance").read_text("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("No,Nama,NIP,Jabatan")
    assert "2021-04-07 09:20" in text and '"Ani <Tamu> & Co/Jatim: Ketua"' not in lines[0]
    assert any(ODD in line for line in lines)


def test_followups_as_the_page_and_the_tab(meeting, tmp_path):
    m, (a, b, c, d) = meeting
    followups.create(m.id, "Kirim data pemilih & <rekap>", person_id=a.id, due_date=date(2021, 4, 10))
    followups.create(m.id, "Susun laporan", person_id=c.id)
    today = date(2021, 4, 20)
    page = followups_workbook(search="rekap", today=today)
    out = save(page, tmp_path / "tl.xlsx", entity="follow_up")
    ws, rows, info = _sheet(out, "Tindak lanjut")
    assert rows[0][:8] == ["No", "Tindak lanjut", "Penanggung jawab", "Satker", "Batas waktu", "Status",
                           "Terlambat (hari)", "Keterangan"]
    assert len(rows) == 2  # the search keeps one
    r = rows[1]
    assert r[1:8] == ["Kirim data pemilih & <rekap>", "Much. Amarodin, S.Pd.", "KPU Kabupaten Tulungagung",
                      datetime(2021, 4, 10), "Terbuka", 10, "terlambat 10 hari"]
    assert r[8] == datetime(2021, 4, 7) and r[9] == "Rakor Pemutakhiran Data Pemilih"
    assert info["Pencarian"] == "rekap" and info["Per tanggal"] == "Selasa, 20 April 2021"
    tab = followups_workbook(meeting_id=m.id, today=today)
    assert [row[1] for row in tab.sheets[0].rows] == ["Kirim data pemilih & <rekap>", "Susun laporan"]
    assert dict(tab.info)["Rapat"] == "Rakor Pemutakhiran Data Pemilih"


def test_directory_with_satker_sheet(meeting, tmp_path):
    out = save(directory_workbook("amarodin"), tmp_path / "direktori.xlsx", entity="person")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Orang", "Satker dan instansi", "Informasi"]
    rows = list(wb["Orang"].iter_rows(values_only=True))
    assert rows[1][:6] == (1, "Much. Amarodin, S.Pd.", "198609262015051001", "Ketua",
                           "KPU Kabupaten Tulungagung", "081234567890")
    sat = {r[1]: r for r in wb["Satker dan instansi"].iter_rows(values_only=True)}
    assert sat["KPU Kabupaten Tulungagung"][3] == "Kabupaten/Kota" and sat["KPU Kabupaten Tulungagung"][10] == 2
    assert len(sat) > 550


def test_directory_export_keeps_the_page_filters(meeting, tmp_path):
    # What the Direktori shows with Tingkat = Kab/Kota and Provinsi = Jawa Timur is what lands in the file.
    jatim = satker.by_region_code("35")
    out = save(directory_workbook("", level="kabkota", province_id=jatim.id), tmp_path / "jatim.xlsx",
               entity="person")
    _ws, rows, info = _sheet(out, "Orang")
    assert sorted(r[1] for r in rows[1:]) == ["Budi Santoso", "Much. Amarodin, S.Pd."]  # not Makassar, not free text
    assert info["Tingkat"] == "Kabupaten/Kota" and info["Provinsi"] == jatim.name


def test_five_thousand_people(office, tmp_path):
    with write_tx():
        Person.insert_many([dict(name=f"Orang {i:04d} <&/:>", name_key=name_key(f"Orang {i:04d}"),
                                 code_id=new_code_id(), phone=f"08{i:010d}", satker=office.id)
                            for i in range(5000)]).execute()
    started = clock.perf_counter()
    out = save(directory_workbook(), tmp_path / "semua.xlsx", entity="person")
    elapsed = clock.perf_counter() - started
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = list(wb["Orang"].iter_rows(values_only=True))
    assert len(rows) == 5001 and rows[1][1] == "Orang 0000 <&/:>" and rows[1][5] == "080000000000"
    assert elapsed < 10, elapsed


def test_five_thousand_attendance_rows(office, tmp_path):
    from kpu_rakor.domain.models import Attendance, Invitation

    m = meetings.create(title="Rakor akbar", date=date(2021, 4, 7), start_time=time(9, 0))
    with write_tx():
        Person.insert_many([dict(name=f"Peserta {i:04d}", name_key=f"peserta {i:04d}", code_id=new_code_id(),
                                 nip=f"19860926201505{i:04d}", satker=office.id) for i in range(5000)]).execute()
        ids = [pid for (pid,) in Person.select(Person.id).order_by(Person.id).tuples()]
        Invitation.insert_many([dict(meeting=m.id, person=pid, code_id=new_code_id()) for pid in ids]).execute()
        Attendance.insert_many([dict(meeting=m.id, person=pid, status="hadir", channel="luring", method="qr",
                                     desk="Meja 1", checked_in_at=datetime(2021, 4, 7, 1, 30))
                                for pid in ids[:4000]]).execute()
    started = clock.perf_counter()
    out = save(attendance_workbook(m.id), tmp_path / "hadir.xlsx", entity="attendance", meeting_id=m.id)
    elapsed = clock.perf_counter() - started
    rows = list(openpyxl.load_workbook(out, read_only=True)["Kehadiran"].iter_rows(values_only=True))
    assert len(rows) == 5001
    assert rows[1][5] == "Hadir" and rows[1][8] == datetime(2021, 4, 7, 8, 30) and rows[1][2].startswith("1986")
    assert rows[-1][5] == "Belum tercatat"
    assert elapsed < 10, elapsed
