"""Lists exported for Excel: typed cells, a frozen header, the Informasi sheet; CSV that Excel reads as UTF-8."""
from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
import pytest

from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.services.table_export import write_table
from kpu_rakor.domain.tables import DATE, DATETIME, INT, PERCENT, Column, Sheet, Workbook

BOOK = Workbook(
    title="Rekap kehadiran",
    sheets=(Sheet("Per orang: April/Mei", (Column("Nama"), Column("HP"), Column("Hadir", INT),
                                          Column("Persentase", PERCENT), Column("Tanggal", DATE),
                                          Column("Masuk", DATETIME)),
                  [["=SUM(A1)", "081234567890", 3, 0.75, date(2021, 4, 7), datetime(2021, 4, 7, 9, 45)],
                   ["Siti <b> & Co", None, 0, None, None, None]]),),
    info=(("Periode", "01/04/2021 s.d. 30/04/2021"), ("Peran", "Semua")))


def test_xlsx_keeps_types_header_and_information(tmp_path):
    path = write_table(BOOK, tmp_path / "rekap.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Per orang- April-Mei", "Informasi"]
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == ["Nama", "HP", "Hadir", "Persentase", "Tanggal", "Masuk"]
    assert ws.freeze_panes == "A2"
    name, phone, count, rate, day, stamp = (c.value for c in ws[2])
    assert name == "=SUM(A1)" and ws["A2"].data_type == "s"  # never a formula
    assert phone == "081234567890"  # the leading zero stays
    assert count == 3 and rate == 0.75 and ws["D2"].number_format == "0.0%"
    assert stamp == datetime(2021, 4, 7, 9, 45) and ws["E2"].number_format == "dd/mm/yyyy"
    assert [c.value for c in ws[3]][:3] == ["Siti <b> & Co", None, 0]
    info = wb["Informasi"]
    assert info["A1"].value == "Rekap kehadiran"
    assert (info["A3"].value, info["B3"].value) == ("Periode", "01/04/2021 s.d. 30/04/2021")


def test_csv_is_utf8_with_bom_and_iso_dates(tmp_path):
    data = write_table(BOOK, tmp_path / "rekap.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Nama,HP,Hadir,Persentase (%),Tanggal,Masuk"
    assert lines[1] == "=SUM(A1),081234567890,3,75.0,2021-04-07,2021-04-07 09:45"


def test_unknown_format_is_a_sentence(tmp_path):
    with pytest.raises(UserError, match="pilih xlsx atau csv"):
        write_table(BOOK, tmp_path / "rekap.ods")


def test_many_rows_render(tmp_path):
    rows = [[f"Orang {i}", "", i, i / 10000, date(2021, 1, 1), None] for i in range(10000)]
    book = Workbook("Besar", (Sheet("Data", BOOK.sheets[0].columns, rows),))
    wb = openpyxl.load_workbook(io.BytesIO((write_table(book, tmp_path / "b.xlsx")).read_bytes()), read_only=True)
    assert wb["Data"].max_row == 10001
