"""Writing a list (`domain.tables.Workbook`) as an XLSX or CSV file the user chose.

Every list export goes through here: the recap, invitees, attendance, follow-ups, the directory. The renderer is
imported when a file is written (the app starts without xlsxwriter); the bytes are made in memory first and
written at once, so a failure never leaves half a file, and the database's own files are refused.
"""
from __future__ import annotations

from pathlib import Path

from ..documents.output import write_file
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..tables import FORMATS, Workbook


def format_of(path, fmt: str | None = None) -> str:
    """The format asked for, else the file's suffix (.xlsx, .csv)."""
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Format {fmt!r} tidak dikenal; pilih xlsx atau csv."), "format", fmt=fmt)
    return fmt


def render_table(book: Workbook, fmt: str, sheet: int = 0) -> bytes:
    """The workbook as bytes; CSV holds one sheet (`sheet`, the first by default)."""
    from ...reports import spreadsheet

    if fmt == "xlsx":
        return spreadsheet.xlsx(book)
    return spreadsheet.csv_bytes(book.sheets[sheet])


def write_table(book: Workbook, path, fmt: str | None = None, sheet: int = 0) -> Path:
    fmt = format_of(path, fmt)
    return write_file(path, render_table(book, fmt, sheet))
