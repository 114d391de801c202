"""`kpu-rakor-cli recap`: the period from --from/--to or --period, the filters, every format, and bad input as one
sentence with the usual exit codes."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, time

import openpyxl
import pytest

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.services import checkin, installation, meetings, people, satker


@pytest.fixture
def office_data(sqlite_url):
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    tag = satker.by_region_code("35.04")
    installation.set_office(tag.id)
    ani = people.create(name="Ani Lestari", satker_id=tag.id)
    budi = people.create(name="Budi Santoso", satker_id=tag.id)
    m1 = meetings.create(title="Rakor April", date=date(2024, 4, 2), start_time=time(9, 0), series="Rakor Bulanan")
    m2 = meetings.create(title="Webinar Mei", date=date(2024, 5, 6), start_time=time(9, 0), mode="daring",
                         our_role="participant", kind="webinar")
    meetings.invite(m1.id, [ani.id, budi.id])
    meetings.invite(m2.id, [ani.id])
    checkin.set_status(m1.id, ani.id, "terlambat")
    checkin.set_status(m2.id, ani.id, "hadir")
    dbmod.close_database()
    return sqlite_url


def test_table_and_json(office_data, run):
    code, out, err = run("recap", "--from", "2024-04-01", "--to", "2024-04-30")
    assert code == 0, err
    assert "Per orang, 01-04-2024 s.d. 30-04-2024 (WIB)" in out
    ani = next(line for line in out.splitlines() if line.startswith("Ani Lestari"))
    assert ani.split()[-11:] == ["1", "1", "1", "0", "0", "0", "0", "0", "0", "100,0", "%"]
    budi = next(line for line in out.splitlines() if line.startswith("Budi Santoso"))
    assert budi.endswith("0,0 %")

    code, out, _ = run("recap", "--period", "quarter", "--date", "2024-05-15", "--by", "month", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["from"] == "2024-04-01" and data["to"] == "2024-06-30"
    assert [(m["month"], m["meetings"], m["daring"]) for m in data["rows"]] == [(4, 1, 0), (5, 1, 1), (6, 0, 0)]
    assert data["rows"][0]["counts"]["rate"] == 0.5

    code, out, _ = run("recap", "--from", "2024-04-01", "--to", "2024-05-31", "--role", "participant", "--by",
                       "meeting", "--format", "json")
    rows = json.loads(out)["rows"]
    assert [m["title"] for m in rows] == ["Webinar Mei"] and rows[0]["starts_local"] == "2024-05-06T09:00"
    code, out, _ = run("recap", "--from", "2024-04-01", "--to", "2024-05-31", "--series", "rakor bulanan",
                       "--by", "meeting", "--format", "json")
    assert [m["title"] for m in json.loads(out)["rows"]] == ["Rakor April"]


def test_csv_xlsx_pdf_files(office_data, run, tmp_path):
    code, out, _ = run("recap", "--from", "2024-04-01", "--to", "2024-05-31", "--by", "satker", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0][:4] == ["Satker/instansi", "Tingkat", "Rapat dihadiri", "Diundang"]
    assert rows[1][:5] == ["KPU Kabupaten Tulungagung", "KPU Kabupaten/Kota", "2", "3", "2"]

    target = tmp_path / "rekap.xlsx"
    code, out, _ = run("recap", "--from", "2024-04-01", "--to", "2024-05-31", "-o", target)
    assert code == 0 and "Rekap tersimpan" in out
    wb = openpyxl.load_workbook(target)
    assert wb["Per bulan"]["A3"].value == "Mei 2024" and wb["Per bulan"]["B3"].value == 1

    pdf = tmp_path / "rekap.pdf"
    code, _, err = run("recap", "--period", "year", "--date", "2024-01-01", "-o", pdf)
    assert code == 0, err
    from pypdf import PdfReader
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "REKAP KEHADIRAN RAPAT" in text and "01 Januari 2024 s.d. 31 Desember 2024" in text
    assert "Ani Lestari" in text


@pytest.mark.parametrize("args, message", [
    (("--from", "2024-13-01", "--to", "2024-12-31"), "'2024-13-01' bukan tanggal yang sah"),
    (("--from", "2024-04-30", "--to", "2024-04-01"), "akhir periode (2024-04-01) sebelum awalnya"),
    (("--from", "2024-04-01"), "sebutkan periode"),
    (("--period", "month", "--from", "2024-04-01"), "--period tidak dapat dipakai bersama"),
    (("--period", "year", "--format", "pdf"), "format pdf perlu berkas tujuan"),
])
def test_bad_input_is_one_sentence(office_data, run, args, message):
    code, out, err = run("recap", *args)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unknown_series_is_a_user_error(office_data, run):
    code, _, err = run("recap", "--period", "year", "--date", "2024-01-01", "--series", "Tidak Ada")
    assert code == 1 and "Seri rapat “Tidak Ada” tidak ada" in err
