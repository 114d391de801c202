"""A list as a value, for Excel and CSV: sheets of typed columns and rows, plus what the list is (period,
filters, office) for the workbook's *Informasi* sheet.

Services build a `Workbook`; `domain/services/table_export.write_table` hands it to the spreadsheet renderer
(`reports/spreadsheet.py`) and writes the file. Cells hold plain Python values, never display text: an int stays
a number in Excel, a `date` a date, a fraction in a PERCENT column a percentage; None is an empty cell.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

# Column kinds: how a cell is typed in XLSX and written in CSV.
TEXT, INT, FLOAT, PERCENT, DATE, DATETIME, TIME = "text", "int", "float", "percent", "date", "datetime", "time"
KINDS = (TEXT, INT, FLOAT, PERCENT, DATE, DATETIME, TIME)
FORMATS = ("xlsx", "csv")


@dataclass(frozen=True)
class Column:
    title: str  # the header cell, in Indonesian: "Nama", "NIP", "Hadir (%)"
    kind: str = TEXT
    width: int | None = None  # in characters; None: fitted to the content (capped)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")


@dataclass(frozen=True)
class Sheet:
    name: str  # the sheet's tab; Excel allows 31 characters and none of []:*?/\ (the renderer cleans it)
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[Any]]  # one value per column: str, int, float, date, datetime (local, naive), None


@dataclass(frozen=True)
class Workbook:
    title: str  # "Rekap kehadiran", "Daftar undangan": the Informasi sheet's heading and the CSV's file stem
    sheets: tuple[Sheet, ...]
    # (label, value) lines of the Informasi sheet: "Periode", "01/04/2021 s.d. 30/04/2021"; "Dibuat", ...
    info: tuple[tuple[str, str], ...] = ()
