"""Damaged Zoom reports (issue 15, part 6): every input either reads, or ends in one sentence naming the line
(and column where known) or the file. Never another exception, never absurd minutes stored.

The fuzz harness mutates the sample reports with fixed seeds (byte flips, truncations, digit runs, year
changes, NULs, damaged XML inside the XLSX zip) and runs each through the service `zoom import --dry-run`
calls; a sample of them also through `kpu-rakor-cli` itself."""
from __future__ import annotations

import io
import json
import random
import re
import zipfile
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path

import pytest

from kpu_rakor.cli.main import main
from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import Attendance
from kpu_rakor.domain.services import installation, meetings, zoom_import
from kpu_rakor.domain.zoom.report_file import read_rows

DATA = Path(__file__).parent / "data" / "zoom"
MEETING_DAY = date(2021, 4, 7)
HEADER = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"


def _xlsx(rows: list[list], *, strings: bool = False) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Name (original name)", "Email", "Join time", "Leave time", "Duration (minutes)"])
    for r in rows:
        ws.append([r[0], r[1], r[2].strftime("%m/%d/%Y %I:%M:%S %p") if strings else r[2],
                   r[3].strftime("%m/%d/%Y %I:%M:%S %p") if strings else r[3], r[4]])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


SAMPLE_ROWS = [
    ["KPU Kab Tulungagung_Much. Amarodin", "", datetime(2021, 4, 7, 8, 58, 12), datetime(2021, 4, 7, 10, 10), 72],
    ["Gogot Cahyo Baskoro (KPU Jatim)", "gogot@example.org", datetime(2021, 4, 7, 9), datetime(2021, 4, 7, 12, 15),
     195],
    ["iPhone", "", datetime(2021, 4, 7, 9, 30), datetime(2021, 4, 7, 9, 45), 15],
]


def _seeds() -> dict[str, bytes]:
    seeds = {p.name: p.read_bytes() for p in sorted(DATA.glob("*.csv"))}
    seeds["dates.xlsx"] = _xlsx(SAMPLE_ROWS)
    seeds["strings.xlsx"] = _xlsx(SAMPLE_ROWS, strings=True)
    return seeds


# --- mutations ------------------------------------------------------------------------------------------------

def _flip(rng, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def _truncate(rng, data: bytes) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def _insert(rng, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    junk = rng.choice([b'"', b"\x00", b";", b",", b"\n", b"\r", b"\xff\xfe", b"/", "١".encode(), "²".encode(),
                       bytes(rng.randrange(256) for _ in range(rng.randint(1, 20)))])
    return data[:at] + junk + data[at:]


def _digits(rng, data: bytes) -> bytes:
    """A run of digits where a date's number was: a 5,000-digit day, a 13th month, a non-ASCII digit."""
    spots = [m.span() for m in re.finditer(rb"\d+", data)]
    if not spots:
        return data
    a, b = rng.choice(spots)
    run = rng.choice([b"9" * rng.choice([3, 5, 20, 5000]), b"0", b"13", b"99", "²".encode(), "١٢".encode(),
                      b"x", b""])
    return data[:a] + run + data[b:]


def _year(rng, data: bytes) -> bytes:
    year = str(rng.choice([1, 999, 1000, 1900, 1999, 2000, 2020, 2022, 2100, 2101, 9999])).zfill(4).encode()
    return re.sub(rb"2021", lambda m: year if rng.random() < 0.5 else m.group(0), data)


def _nul_name(rng, data: bytes) -> bytes:
    lines = data.split(b"\n")
    if len(lines) < 3:
        return data
    i = rng.randrange(1, len(lines))
    return b"\n".join(lines[:i] + [b"Bu\x00di" + lines[i][2:]] + lines[i + 1:])


def _xlsx_member(rng, data: bytes) -> bytes:
    """Damage one XML part inside the zip and zip it again (CRCs right, so the XML parser or openpyxl sees it)."""
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        parts = {n: src.read(n) for n in src.namelist()}
    except Exception:  # noqa: BLE001 - an earlier mutation broke the zip itself: keep it broken
        return data
    names = list(parts)
    target = rng.choice([n for n in names if n.endswith((".xml", ".rels"))])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in names:
            body = parts[n]
            if n == target:
                body = rng.choice([_flip, _truncate, _insert, _digits, _year])(rng, body)
                if rng.random() < 0.15:
                    continue  # the part missing altogether (no sheet, no workbook)
            dst.writestr(n, body)
    return out.getvalue()


def _xlsx_raw_deflate(rng, data: bytes) -> bytes:
    """Flip bytes inside a member's compressed stream, past its header: zlib errors or CRC mismatches."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 4) if len(b) > 60 else 0):
        b[rng.randrange(60, len(b))] = rng.randrange(256)
    return bytes(b)


CSV_MUTATIONS = [_flip, _truncate, _insert, _digits, _year, _nul_name]
XLSX_MUTATIONS = [_xlsx_member, _xlsx_member, _xlsx_member, _xlsx_raw_deflate, _truncate]


def mutations(per_seed: int, seed: int = 15_6):
    rng = random.Random(seed)
    for name, data in _seeds().items():
        kinds = XLSX_MUTATIONS if name.endswith(".xlsx") else CSV_MUTATIONS
        for i in range(per_seed):
            mutated = data
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                mutated = rng.choice(kinds)(rng, mutated)
            yield f"{Path(name).stem}-{i}{Path(name).suffix}", mutated


# --- the harness ----------------------------------------------------------------------------------------------

NAMES_PLACE = re.compile(r"[Bb]aris \d+|Berkas '|bukan laporan peserta Zoom")


@pytest.fixture
def meeting_id(sqlite_db):
    return meetings.create(title="Rakor Penguatan Bakohumas", date=MEETING_DAY, start_time=time(9, 0)).id


def test_fuzzed_reports_read_or_name_the_line(meeting_id, tmp_path):
    counts: Counter = Counter()
    unhandled = []
    for name, data in mutations(per_seed=1000):
        f = tmp_path / name
        f.write_bytes(data)
        counts["inputs"] += 1
        try:
            review = zoom_import.read_report(meeting_id, f, "WIB")
        except UserError as exc:
            text = str(exc)
            assert NAMES_PLACE.search(text), (name, text)
            assert "\n" not in text and len(text) < 600, (name, text)
            counts["refused"] += 1
        except Exception as exc:  # noqa: BLE001 - what the harness is looking for
            unhandled.append((name, repr(exc)[:200]))
        else:
            counts["accepted"] += 1
            for p in review.proposals:  # nothing absurd gets as far as the review
                part = p.participant
                assert 0 <= part.minutes <= 733 * 24 * 60, (name, part.minutes)
                assert abs((part.first_join.date() - MEETING_DAY).days) <= 367, (name, part.first_join)
                assert "\x00" not in "".join(part.names) + part.email
        finally:
            f.unlink()
    print(f"\nfuzz: {counts['inputs']} masukan, {counts['accepted']} terbaca, {counts['refused']} ditolak "
          f"dengan kalimat, {len(unhandled)} tak tertangani")
    assert not unhandled, unhandled[:10]
    assert counts["accepted"] > 100 and counts["refused"] > 100  # the mutations really do both


def test_fuzzed_reports_that_read_also_record_on_both_engines(any_db, tmp_path):
    """What reads is recorded without a database error: no minutes past the integer column, no NUL."""
    mid = meetings.create(title="Rakor", date=MEETING_DAY, start_time=time(9, 0)).id
    applied = 0
    for name, data in mutations(per_seed=40, seed=11):
        f = tmp_path / name
        f.write_bytes(data)
        try:
            review = zoom_import.read_report(mid, f, "WIB")
        except UserError:
            continue
        try:
            zoom_import.apply(review)
        except UserError as exc:  # e.g. an e-mail address too long for the directory
            assert "\n" not in str(exc)
        applied += 1
    assert applied > 10
    assert max(a.online_minutes or 0 for a in Attendance.select()) <= 733 * 24 * 60


def test_fuzzed_reports_through_the_cli_end_in_one_line_and_exit_1(sqlite_url, tmp_path, capsys):
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    mid = meetings.create(title="Rakor", date=MEETING_DAY, start_time=time(9, 0)).id
    dbmod.close_database()
    codes = Counter()
    for name, data in list(mutations(per_seed=8, seed=7)):
        f = tmp_path / name
        f.write_bytes(data)
        code = main(["--db", sqlite_url, "zoom", "import", str(mid), str(f), "--dry-run", "--json"])
        out, err = capsys.readouterr()  # stderr holds the sentence alone: no library warning beside it
        codes[code] += 1
        assert code in (0, 1), (name, code, err)
        if code == 1:
            assert err.count("\n") == 1 and "tak terduga" not in err and NAMES_PLACE.search(err), (name, err)
        else:
            json.loads(out)
    assert codes[0] and codes[1]


# --- each class the fuzzing of issue 15 found -------------------------------------------------------------------

def _csv(tmp_path, *rows: str, name="laporan.csv") -> Path:
    f = tmp_path / name
    f.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return f


def _row(join: str, leave: str = "04/07/2021 10:00:00 AM", name: str = "Budi") -> str:
    return f"{name},,{join},{leave},60"


@pytest.mark.parametrize("join, words", [
    ("xx/07/2021 09:00:00 AM", "Baris 2, kolom 'Join Time'"),  # a non-digit day
    ("²/07/2021 09:00:00 AM", "Baris 2, kolom 'Join Time'"),  # isdigit() but not int()
    ("9" * 5000 + "/07/2021 09:00:00 AM", "Baris 2, kolom 'Join Time'"),  # int() refuses 5,000 digits
    ("04/" + "9" * 5000 + "/2021 09:00:00 AM", "Baris 2, kolom 'Join Time'"),
    ("٠٤/٠٧/٢٠٢١ ٠٩:٠٠:٠٠ AM", "Baris 2, kolom 'Join Time'"),  # Arabic-Indic digits are no report's dates
    ("01/01/0001 12:00:00 AM", "bertahun 1"),  # OverflowError before: year 1 minus 7 hours
    ("12/31/9999 11:59:59 PM", "bertahun 9999"),
    ("04/07/1000 09:00:00 AM", "Baris 2, kolom 'Join Time'"),
])
def test_bad_days_and_years_name_the_line_and_column(tmp_path, join, words):
    with pytest.raises(UserError, match=re.escape(words)) as caught:
        read_rows(_csv(tmp_path, _row(join)), "WIB")
    assert len(str(caught.value)) < 400  # the 5,000 digits are not echoed back


def test_a_connection_over_24_hours_names_the_line(tmp_path):
    f = _csv(tmp_path, _row("04/07/2021 09:00:00 AM"), _row("04/07/2021 09:00:00 AM", "04/09/2021 09:00:00 AM"))
    with pytest.raises(UserError, match=r"^Baris 3: .*lebih dari 24 jam \(48 jam\)"):
        read_rows(f, "WIB")


def test_a_report_from_year_1000_to_9999_is_refused_not_billions_of_minutes(any_db, tmp_path):
    """The fuzzing's worst case: 4.7 billion minutes on SQLite, "integer out of range" on PostgreSQL."""
    m = meetings.create(title="Rakor", date=MEETING_DAY, start_time=time(9, 0))
    f = _csv(tmp_path, _row("04/07/1000 09:00:00 AM", "04/07/9999 09:00:00 AM"))
    with pytest.raises(UserError, match=r"Baris 2, kolom 'Join Time'"):
        zoom_import.read_report(m.id, f, "WIB")
    # Within the years allowed but far from the meeting: the line, and that the date is not the meeting's.
    f = _csv(tmp_path, _row("04/07/2021 09:00:00 AM"), _row("06/01/2022 09:00:00 AM", "06/01/2022 10:00:00 AM"))
    with pytest.raises(UserError, match=r"Baris 3, kolom 'Join Time': tanggal 1/6/2022 lebih dari 366 hari"):
        zoom_import.read_report(m.id, f, "WIB")
    assert Attendance.select().count() == 0


def test_a_report_a_day_off_still_imports_with_the_warning(any_db, tmp_path):
    m = meetings.create(title="Rakor", date=MEETING_DAY, start_time=time(9, 0))
    f = _csv(tmp_path, _row("04/09/2021 09:00:00 AM", "04/09/2021 11:00:00 AM"))
    review = zoom_import.read_report(m.id, f, "WIB")
    assert "Periksa apakah berkasnya benar" in review.warning
    zoom_import.apply(review)
    assert Attendance.get().online_minutes == 120


def test_nul_inside_a_name_is_a_sentence_on_both_engines(any_db, tmp_path):
    m = meetings.create(title="Rakor", date=MEETING_DAY, start_time=time(9, 0))
    padding = "".join(_row("04/07/2021 09:00:00 AM", name=f"Peserta {i}") + "\n" for i in range(150))
    f = tmp_path / "laporan.csv"  # the NUL past the first 4 KB, which the binary sniffing reads
    f.write_bytes((HEADER + padding + _row("04/07/2021 09:00:00 AM", name="Bu\x00di") + "\n").encode())
    with pytest.raises(UserError, match=r"Baris 152, kolom 'Name \(Original Name\)': berisi karakter NUL"):
        zoom_import.read_report(m.id, f, "WIB")
    f.write_bytes((HEADER + padding + "Budi,budi\x00@example.org,04/07/2021 09:00:00 AM,04/07/2021 10:00:00 AM,60\n")
                  .encode())
    with pytest.raises(UserError, match=r"Baris 152, kolom 'User Email': berisi karakter NUL"):
        zoom_import.read_report(m.id, f, "WIB")
    assert Attendance.select().count() == 0


def test_an_unclosed_quote_swallowing_the_file_is_a_sentence(tmp_path):
    f = tmp_path / "laporan.csv"
    f.write_text(HEADER + 'Budi,"' + "x" * 200_000 + "\n")
    with pytest.raises(UserError, match=r"bukan CSV yang sah: baris 2 .*tanda petik"):
        read_rows(f, "WIB")


def _rezip(data: bytes, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in src.namelist():
            body = change(n, src.read(n))
            if body is not None:
                dst.writestr(n, body)
    return out.getvalue()


def _deflate_damaged(data: bytes) -> bytes:
    """The sheet's compressed bytes damaged in place: zlib.error while reading rows."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    b = bytearray(data)
    for k in range(start + 5, start + info.compress_size - 2, 3):
        b[k] ^= 0x5A
    return bytes(b)


SHEET = "xl/worksheets/sheet1.xml"


@pytest.mark.parametrize("damage", [
    pytest.param(lambda d: _rezip(d, lambda n, b: b[:len(b) // 2] if n == SHEET else b), id="ParseError"),
    pytest.param(_deflate_damaged, id="zlib.error"),
    pytest.param(lambda d: _rezip(d, lambda n, b: None if n == SHEET else b), id="missing-sheet"),
    pytest.param(lambda d: _rezip(d, lambda n, b: re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", b)
                                  if n == "xl/workbook.xml" else b), id="no-sheet-IndexError"),
    pytest.param(lambda d: _rezip(d, lambda n, b: b.replace(b'r="A2"', b'r="A0"').replace(b'r="C2"', b'r="!2"')
                                  if n == SHEET else b), id="bad-cell-reference"),
    pytest.param(lambda d: _rezip(d, lambda n, b: b.replace(b't="s"', b't="zz"').replace(b't="n"', b't="e"')
                                  if n == SHEET else b), id="bad-cell-type"),
    pytest.param(lambda d: _rezip(d, lambda n, b: b.replace(b"<v>", b"<v>x", 3) if n == SHEET else b),
                 id="bad-number"),
    pytest.param(lambda d: d[:len(d) - 40], id="truncated-zip"),
])
def test_damaged_xlsx_is_one_sentence(tmp_path, damage):
    f = tmp_path / "laporan.xlsx"
    f.write_bytes(damage(_xlsx(SAMPLE_ROWS)))
    with pytest.raises(UserError, match=r"laporan\.xlsx|Baris \d"):
        read_rows(f, "WIB")


def test_xlsx_times_out_of_range_name_the_line(tmp_path):
    f = tmp_path / "laporan.xlsx"
    f.write_bytes(_xlsx([["Budi", "", datetime(1, 1, 1, 1), datetime(2021, 4, 7, 10), 60]]))
    with pytest.raises(UserError, match=r"Baris 2, kolom 'Join time': .* bertahun 1,"):
        read_rows(f, "WIB")


def test_a_report_of_more_rows_than_any_meeting_is_one_sentence(tmp_path, monkeypatch):
    from kpu_rakor.domain.zoom import report_file

    monkeypatch.setattr(report_file, "MAX_ROWS", 3)
    f = _csv(tmp_path, *[_row("04/07/2021 09:00:00 AM")] * 3)
    with pytest.raises(UserError, match=r"^Berkas 'laporan.csv' berisi lebih dari 3 baris, terlalu banyak"):
        read_rows(f, "WIB")
    f = tmp_path / "laporan.xlsx"
    f.write_bytes(_xlsx(SAMPLE_ROWS))
    with pytest.raises(UserError, match=r"^Berkas 'laporan.xlsx' berisi lebih dari 3 baris"):
        read_rows(f, "WIB")
