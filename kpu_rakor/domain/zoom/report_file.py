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


_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.\d+)?$")


def parse_time(value, zone: str, line: int, column: str, day_first: bool | None = None) -> datetime:
    """A report time as a UTC instant; an unreadable one is a sentence naming the line and column.
    Matched with two patterns instead of strptime: a 10,000-row report has 20,000 of them."""
    if isinstance(value, datetime):
        return to_utc(value, zone)
    text = " ".join(str(value or "").split())
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
        return datetime(y, mo, d, h, mi, s) - timedelta(hours=ZONES[zone])
    except (ValueError, KeyError):
        raise UserError(f"Baris {line}, kolom {column!r}: {text!r} bukan tanggal-waktu yang dikenal "
                        "(contoh: 04/07/2021 09:58:12 AM, 2021-04-07 09:58:12, atau 07/04/2021 9:58).") from None


def _decode(raw: bytes, label: str) -> str:
    if b"\x00" in raw[:4096]:
        raise UserError(f"Berkas {label} bukan laporan peserta Zoom (berkas biner). Unduh ulang dalam format CSV.")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UserError(f"Berkas {label} tidak dapat dibaca sebagai teks.")


def _table_rows(path: Path, label: str) -> list[tuple[int, list]]:
    """(line number, cells) of every line of a CSV or the first sheet of an XLSX."""
    raw = read_user_file(path, "laporan peserta Zoom")
    if len(raw) > MAX_BYTES:
        raise UserError(f"Berkas {label} terlalu besar untuk laporan peserta Zoom (lebih dari 50 MB).")
    if raw[:2] == b"PK":  # a zip container: the XLSX export
        return _xlsx_rows(raw, label)
    text = _decode(raw, label)
    if not text.strip():
        raise UserError(f"Berkas {label} kosong.")
    sample = "\n".join(text.splitlines()[:40])
    sep = ";" if sample.count(";") > sample.count(",") else ","
    return [(n, cells) for n, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=sep), 1)]


def _xlsx_rows(raw: bytes, label: str) -> list[tuple[int, list]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise UserError(f"Berkas {label} bukan XLSX yang dapat dibaca; simpan ulang dari Zoom atau Excel.") from None
    ws = wb.worksheets[0]
    rows = [(n, ["" if v is None else v for v in row]) for n, row in enumerate(ws.iter_rows(values_only=True), 1)]
    wb.close()
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
    raise UserError(f"Berkas {label} bukan laporan peserta Zoom: kolom nama, waktu bergabung dan waktu keluar "
                    "tidak ditemukan. Unduh laporan 'Participants' dari portal Zoom.")


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
                first, second = v.split("/", 2)[:2]
                if first.strip().isdigit() and int(first) > 12:
                    return True
                if second.strip().isdigit() and int(second) > 12:
                    return False
    return None


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
        name = " ".join(str(cell("name")).split())
        if not name:
            raise UserError(f"Baris {n}, kolom {headers[cols['name']]!r}: nama peserta kosong.")
        join = parse_time(cell("join"), zone, n, str(headers[cols["join"]]), day_first)
        leave = parse_time(cell("leave"), zone, n, str(headers[cols["leave"]]), day_first)
        if leave < join:
            raise UserError(f"Baris {n}: waktu keluar lebih awal dari waktu bergabung.")
        waiting = str(cell("waiting")).strip().lower() in ("yes", "ya", "true", "1")
        out.append(ReportRow(n, name, str(cell("email")).strip().lower(), join, leave, waiting))
    if not out:
        raise UserError(f"Berkas {label} tidak berisi satu pun peserta.")
    return out
