"""Reading a Zoom participant report into plain rows, whatever Zoom version or Excel re-save made it.

Accepted: the portal's participant CSV with or without the meeting-summary block on top (then a blank row,
then the participant table); old column names (`Name (Original Name)`, `User Email`, `Join Time`, …) and new
ones (`Name (original name)`, `Email`, `Join time`, …, `In waiting room`); `,` or `;` separators; UTF-8 with
or without a BOM, or cp1252 from Excel; the XLSX export. Times as `MM/DD/YYYY hh:mm:ss AM/PM`,
`YYYY-MM-DD HH:MM:SS`, or Excel's Indonesian `DD/MM/YYYY H:MM`. The report's times are wall-clock times in
the zone of whoever downloaded it, so they are converted with the zone the user names.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..files import read_user_file
from ..timefmt import ZONES, to_utc

# Header words, folded to lower case without spaces and brackets' contents, to the field they hold.
COLUMNS = {
    "name": ("name(originalname)", "name", "participant", "nama", "nama(namaasli)"),
    "email": ("useremail", "email", "e-mail", "surel"),
    "join": ("jointime", "waktubergabung"),
    "leave": ("leavetime", "waktukeluar"),
    "duration": ("duration(minutes)", "duration", "durasi(menit)"),
    "waiting": ("inwaitingroom",),
    "guest": ("guest",),
}
REQUIRED = ("name", "join", "leave")
MAX_BYTES = 50_000_000
MAX_ROWS = 200_000  # a Zoom report of a 1,000-person rakor has a few thousand rows
MAX_COLUMNS = 32  # Zoom writes 7 to 10
# What a participant row may say, so that absurd times (a flipped year, a day of 5,000 digits) are a sentence
# naming the line instead of billions of minutes stored or an overflow.
YEARS = (2000, 2100)
MAX_CONNECTION = timedelta(hours=24)  # one row is one connection: Zoom ends meetings after 24 hours
MAX_DAYS_FROM_MEETING = 366  # a report of another day is shown with a warning; over a year away is a
# damaged date (a flipped year), never minutes recorded against this meeting


@dataclass(frozen=True)
class ReportRow:
    line: int  # in the file, for messages
    name: str
    email: str
    join: datetime  # UTC
    leave: datetime  # UTC
    waiting_room: bool


def _key(header: str) -> str:
    return "".join(str(header or "").lower().split()).replace("\ufeff", "")


def _field_of(header: str) -> str | None:
    k = _key(header)
    for field, names in COLUMNS.items():
        if k in names:
            return field
    return None


# re.ASCII: `\d` alone also matches Arabic-Indic and other digits, which are no report's dates.
_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?"
                      r"(?:\s*([AaPp])\.?[Mm]\.?)?$", re.ASCII)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.\d+)?$", re.ASCII)
_SMALL_NUMBER = re.compile(r"^\s*(\d{1,2})\s*$", re.ASCII)


def _bad_year(year: int, line: int, column: str, text: str) -> UserError:
    return UserError(f"Baris {line}, kolom {column!r}: {text!r} bertahun {year}, di luar {YEARS[0]}–{YEARS[1]}; "
                     "berkas ini rusak atau bukan laporan rapat ini. Unduh ulang laporannya dari portal Zoom.")


def parse_time(value, zone: str, line: int, column: str, day_first: bool | None = None) -> datetime:
    """A report time as a UTC instant; an unreadable one is a sentence naming the line and column.
    Matched with two patterns instead of strptime: a 10,000-row report has 20,000 of them."""
    if isinstance(value, datetime):
        if not YEARS[0] <= value.year <= YEARS[1]:
            raise _bad_year(value.year, line, column, value.isoformat(sep=" "))
        return to_utc(value, zone)
    text = " ".join(str(value or "").split())[:100]
    try:
        m = _ISO.match(text)
        if m:
            y, mo, d, h, mi, s = (int(g or 0) for g in m.groups())
        else:
            m = _SLASHED.match(text)
            if not m:
                raise ValueError(text)
            a, b, y, h, mi, s = (int(g or 0) for g in m.groups()[:6])
            mo, d = (b, a) if day_first else (a, b)
            ampm = (m.group(7) or "").lower()
            if ampm:
                if not 1 <= h <= 12:
                    raise ValueError(text)
                h = h % 12 + (12 if ampm == "p" else 0)
        if not YEARS[0] <= y <= YEARS[1]:
            raise _bad_year(y, line, column, text)
        return datetime(y, mo, d, h, mi, s) - timedelta(hours=ZONES[zone])
    except (ValueError, KeyError, OverflowError):
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Baris {line}, kolom {column!r}: {text!r} bukan tanggal-waktu yang dikenal "
                                        "(contoh: 04/07/2021 09:58:12 AM, 2021-04-07 09:58:12, atau 07/04/2021 9:58)."),
            line=line, column=column, text=text) from None


def _decode(raw: bytes, label: str) -> str:
    if b"\x00" in raw[:4096]:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {label} bukan laporan peserta Zoom (berkas biner). Unduh ulang dalam "
                                        "format CSV."),
            label=label)
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UserError.of(QT_TRANSLATE_NOOP("domain", "Berkas {label} tidak dapat dibaca sebagai teks."), label=label)


def _table_rows(path: Path, label: str) -> list[tuple[int, list]]:
    """(line number, cells) of every line of a CSV or the first sheet of an XLSX."""
    raw = read_user_file(path, "laporan peserta Zoom")
    if len(raw) > MAX_BYTES:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {label} terlalu besar untuk laporan peserta Zoom (lebih dari 50 MB)."),
            label=label)
    if raw[:2] == b"PK":  # a zip container: the XLSX export
        return _xlsx_rows(raw, label)
    text = _decode(raw, label)
    if not text.strip():
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Berkas {label} kosong."), label=label)
    sample = "\n".join(text.splitlines()[:40])
    sep = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    rows = []
    try:
        for n, cells in enumerate(reader, 1):  # the row as Excel numbers it, which is what users open it in
            rows.append((n, cells[:MAX_COLUMNS]))
            if len(rows) > MAX_ROWS:
                raise _too_many_rows(label)
    except csv.Error as exc:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {label} bukan CSV yang sah: baris {line} tidak dapat dibaca "
                                        "({exc}); biasanya ada tanda petik yang tidak ditutup. Unduh ulang "
                                        "laporannya."),
            label=label, line=len(rows) + 1, exc=exc) from None
    return rows


def _too_many_rows(label: str) -> UserError:
    limit = f"{MAX_ROWS:,}".replace(",", ".")
    return UserError(f"Berkas {label} berisi lebih dari {limit} baris, terlalu banyak untuk laporan peserta "
                     "satu rapat; periksa berkasnya.")


def _xlsx_rows(raw: bytes, label: str) -> list[tuple[int, list]]:
    """The first sheet's rows. A damaged XLSX fails inside openpyxl, zipfile, zlib or the XML parser with
    whatever exception they raise (ParseError, zlib.error, NotImplementedError, TypeError, …): each is the
    same sentence for the user, naming the row reached."""
    import warnings

    from openpyxl import load_workbook

    with warnings.catch_warnings():  # openpyxl warns on stderr about damaged parts; the sentence says it
        warnings.simplefilter("ignore")
        return _xlsx_sheet(load_workbook, raw, label)


def _xlsx_sheet(load_workbook, raw: bytes, label: str) -> list[tuple[int, list]]:
    try:
        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any failure of a damaged file is the same sentence
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {label} bukan XLSX yang dapat dibaca; simpan ulang dari Zoom atau "
                                        "Excel."),
            label=label) from None
    rows: list[tuple[int, list]] = []
    try:
        if not wb.worksheets:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Berkas {label} tidak berisi lembar kerja; simpan ulang dari Zoom atau "
                                            "Excel."),
                label=label)
        ws = wb.worksheets[0]
        for n, row in enumerate(ws.iter_rows(values_only=True, max_col=MAX_COLUMNS), 1):
            cells = list(row)
            while cells and cells[-1] is None:  # openpyxl pads every row to max_col
                cells.pop()
            rows.append((n, ["" if v is None else v for v in cells]))
            if len(rows) > MAX_ROWS:
                raise _too_many_rows(label)
    except UserError:
        raise
    except Exception:  # noqa: BLE001
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {label} rusak: baris {line} lembar pertamanya tidak dapat dibaca. "
                                        "Simpan ulang dari Zoom atau Excel."),
            label=label, line=len(rows) + 1) from None
    finally:
        try:
            wb.close()
        except Exception:  # noqa: BLE001 - closing a damaged archive never hides the sentence above
            pass
    return rows


def _find_header(rows: list[tuple[int, list]], label: str) -> tuple[int, dict[str, int]]:
    """Index into `rows` of the participant table's header and the column of each field. The summary block
    (Meeting ID, Topic, …) above it has no join/leave columns, so the first line naming them is the header."""
    for i, (_n, cells) in enumerate(rows):
        cols: dict[str, int] = {}
        for c, header in enumerate(cells):
            field = _field_of(header)
            if field and field not in cols:
                cols[field] = c
        if all(f in cols for f in REQUIRED):
            return i, cols
    raise UserError.of(
        QT_TRANSLATE_NOOP("domain", "Berkas {label} bukan laporan peserta Zoom: kolom nama, waktu bergabung dan waktu "
                                    "keluar tidak ditemukan. Unduh laporan 'Participants' dari portal Zoom."),
        label=label)


def _day_first(rows, cols, day_hint: date | None = None) -> bool | None:
    """Excel in an Indonesian locale writes 07/04/2021: a first number over 12 anywhere settles it. A report
    of one meeting often has one date throughout, and 07/04 reads both ways: then the meeting's own date
    decides, and failing that a time without AM/PM and seconds (as Excel re-saves it) means day first."""
    decided = _day_first_by_numbers(rows, cols)
    if decided is not None:
        return decided
    sample = next((cells[cols["join"]] for _n, cells in rows if cols["join"] < len(cells)
                   and isinstance(cells[cols["join"]], str) and "/" in cells[cols["join"]]), None)
    if sample is None:
        return None
    m = _SLASHED.match(" ".join(sample.split()))
    if not m:
        return None
    a, b, y = (int(g) for g in m.groups()[:3])
    if day_hint is not None:
        for first, guess in ((True, (y, b, a)), (False, (y, a, b))):
            try:
                if abs((date(*guess) - day_hint).days) <= 1:
                    return first
            except ValueError:
                continue
    return not m.group(7) and not m.group(6)


def _day_first_by_numbers(rows, cols) -> bool | None:
    for _n, cells in rows[:5000]:  # a report uses one format throughout: a sample settles it
        for f in ("join", "leave"):
            v = cells[cols[f]] if cols[f] < len(cells) else ""
            if isinstance(v, str) and "/" in v:
                first, second = (_SMALL_NUMBER.match(part) for part in v.split("/", 2)[:2])
                if first and int(first.group(1)) > 12:
                    return True
                if second and int(second.group(1)) > 12:
                    return False
    return None


def _hours(span: timedelta) -> str:
    return f"{span.total_seconds() / 3600:,.0f} jam".replace(",", ".")


def _check_near_meeting(join_utc: datetime, zone: str, day_hint: date, line: int, column: str) -> None:
    """A connection over a year away from the meeting is a damaged date (a flipped year) or another meeting's
    report: a sentence, never minutes recorded against this meeting."""
    local_day = (join_utc + timedelta(hours=ZONES[zone])).date()
    if abs((local_day - day_hint).days) > MAX_DAYS_FROM_MEETING:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Baris {line}, kolom {column!r}: tanggal {local_day.day}/{local_day.month}/"
                                        "{local_day.year} lebih dari {MAX_DAYS_FROM_MEETING} hari dari tanggal rapat "
                                        "({day_hint.day}/{day_hint.month}/{day_hint.year}). Periksa apakah berkasnya "
                                        "laporan rapat ini."),
            line=line, column=column, local_day=local_day, MAX_DAYS_FROM_MEETING=MAX_DAYS_FROM_MEETING,
            day_hint=day_hint)


def read_rows(path: str | Path, zone: str, day_hint: date | None = None) -> list[ReportRow]:
    """The participant rows of a report, times converted from `zone` (where it was downloaded) to UTC.
    `day_hint`, the meeting's local date, settles dates like 07/04/2021 that read both ways."""
    path = Path(path)
    label = repr(path.name)
    rows = _table_rows(path, label)
    start, cols = _find_header(rows, label)
    body = [(n, cells) for n, cells in rows[start + 1:] if any(str(c).strip() for c in cells)]
    day_first = _day_first(body, cols, day_hint)
    out = []
    headers = rows[start][1]
    for n, cells in body:
        def cell(field):
            c = cols.get(field)
            return cells[c] if c is not None and c < len(cells) else ""
        for field in ("name", "email"):
            if field in cols and "\x00" in str(cell(field)):
                # PostgreSQL cannot store it, and no name has one: the file is damaged there.
                raise UserError.of(
                    QT_TRANSLATE_NOOP("domain", "Baris {n}, kolom {column!r}: berisi karakter NUL (data "
                                                "biner), jadi berkas ini rusak. Unduh ulang laporannya dari portal "
                                                "Zoom."),
                    n=n, column=str(headers[cols[field]]))
        name = " ".join(str(cell("name")).split())
        if not name:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Baris {n}, kolom {column!r}: nama peserta kosong."),
                n=n, column=str(headers[cols['name']]))
        join_column, leave_column = str(headers[cols["join"]]), str(headers[cols["leave"]])
        join = parse_time(cell("join"), zone, n, join_column, day_first)
        leave = parse_time(cell("leave"), zone, n, leave_column, day_first)
        if leave < join:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Baris {n}: waktu keluar lebih awal dari waktu bergabung."), n=n)
        if leave - join > MAX_CONNECTION:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Baris {n}: dari waktu bergabung sampai waktu keluar lebih dari 24 jam "
                                            "({hours}); satu baris laporan Zoom adalah satu sambungan. Periksa "
                                            "kolom {join_column!r} dan {leave_column!r}."),
                n=n, hours=_hours(leave - join), join_column=join_column, leave_column=leave_column)
        if day_hint is not None:
            _check_near_meeting(join, zone, day_hint, n, join_column)
        waiting = str(cell("waiting")).strip().lower() in ("yes", "ya", "true", "1")
        out.append(ReportRow(n, name, str(cell("email")).strip().lower(), join, leave, waiting))
    if not out:
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Berkas {label} tidak berisi satu pun peserta."), label=label)
    return out
