"""A `domain.tables.Workbook` as XLSX or CSV bytes (a renderer: no model, no file).

XLSX: typed cells (numbers stay numbers, dates are Excel dates shown dd/mm/yyyy), a bold header row that stays
frozen while scrolling, an autofilter, column widths fitted to the content, and an *Informasi* sheet last with
the title and the lines the service gave (period, filters, office, when it was made). Text is always written as
text: a name beginning with "=" or "+" is never run as a formula, and "0812..." keeps its leading zero.

CSV: one sheet, comma-separated, UTF-8 with a byte-order mark (Excel reads UTF-8 only with it), dates as ISO
(2021-04-07, 2021-04-07 10:00) so any program reads them the same.
"""
from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time

MAX_WIDTH = 60  # characters: a long position or an address wraps in the cell instead of running off
MIN_WIDTH = 6
SAMPLE_ROWS = 2000  # rows looked at to fit a column's width: enough, and 200,000 rows stay fast
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_FORMATS = {"int": "0", "float": "0.0", "percent": "0.0%", "date": "dd/mm/yyyy",
            "datetime": "dd/mm/yyyy hh:mm", "time": "hh:mm"}


def sheet_name(name: str, taken: set[str]) -> str:
    """Excel's rules: 1-31 characters, none of []:*?/\\, unique without regard to case."""
    base = _BAD_SHEET_CHARS.sub("-", name).strip("'") or "Lembar"
    base = base[:31]
    candidate, n = base, 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.lower())
    return candidate


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H.%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H.%M")
    return str(value)


def _width(column, rows, index: int) -> int:
    if column.width:
        return column.width
    longest = len(column.title)
    for row in rows[:SAMPLE_ROWS]:
        value = row[index]
        longest = max(longest, 11 if column.kind in ("date", "datetime") else len(_text(value)))
    return max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))


def xlsx(book) -> bytes:
    import xlsxwriter  # only when exporting: the app starts without it

    out = io.BytesIO()
    # No guessing: a string is a string (no formulas, URLs or numbers made from text).
    wb = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                   "strings_to_numbers": False, "remove_timezone": True})
    wb.set_properties({"title": book.title, "author": "KPU Rakor"})
    header = wb.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1, "text_wrap": True,
                            "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    formats = {kind: wb.add_format({"num_format": fmt, "valign": "top"}) for kind, fmt in _FORMATS.items()}
    taken: set[str] = set()
    for sheet in book.sheets:
        ws = wb.add_worksheet(sheet_name(sheet.name, taken))
        rows = sheet.rows if isinstance(sheet.rows, list) else list(sheet.rows)
        for c, column in enumerate(sheet.columns):
            width = _width(column, rows, c)
            ws.set_column(c, c, width, wrap if column.kind == "text" and width >= MAX_WIDTH else None)
            ws.write_string(0, c, column.title, header)
        for r, row in enumerate(rows, start=1):
            for c, column in enumerate(sheet.columns):
                _write(ws, r, c, row[c], column.kind, formats)
        ws.freeze_panes(1, 0)
        if sheet.columns:
            ws.autofilter(0, 0, max(len(rows), 1), len(sheet.columns) - 1)
    info = wb.add_worksheet(sheet_name("Informasi", taken))
    info.set_column(0, 0, 24)
    info.set_column(1, 1, 70, wrap)
    info.write_string(0, 0, book.title, wb.add_format({"bold": True, "font_size": 13}))
    bold = wb.add_format({"bold": True, "valign": "top"})
    for r, (label, value) in enumerate(book.info, start=2):
        info.write_string(r, 0, label, bold)
        info.write_string(r, 1, value)
    wb.close()
    return out.getvalue()


def _write(ws, r: int, c: int, value, kind: str, formats) -> None:
    if value is None or value == "":
        return
    if kind in ("date", "datetime", "time") and isinstance(value, (date, datetime, time)):
        if kind == "date" and isinstance(value, datetime):
            value = value.date()
        ws.write_datetime(r, c, value, formats[kind])
    elif kind in ("int", "float", "percent") and isinstance(value, (int, float)) and not isinstance(value, bool):
        ws.write_number(r, c, value, formats[kind])
    else:
        ws.write_string(r, c, _text(value))


def _csv_value(value, kind: str):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if kind == "percent" and isinstance(value, (int, float)):
        return f"{value * 100:.1f}"
    return value


def csv_bytes(sheet) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([c.title + (" (%)" if c.kind == "percent" and "%" not in c.title else "") for c in sheet.columns])
    for row in sheet.rows:
        w.writerow([_csv_value(v, c.kind) for v, c in zip(row, sheet.columns)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
