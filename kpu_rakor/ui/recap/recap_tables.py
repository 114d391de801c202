"""The Rekap page's tables: one column-described model for every table (per person, satker, month, meeting,
follow-ups). Rows are the service's frozen dataclasses; sorting is done here on the raw values (numbers as
numbers, a rate of None after every number), not by a proxy on the shown text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from ...domain import timefmt
from .. import labels
from ..plain import tip

ROW_ROLE = Qt.UserRole + 1  # the row's dataclass
SORT_ROLE = Qt.UserRole + 2  # the raw value a column sorts by

_ID = QLocale(QLocale.Indonesian, QLocale.Indonesia)


def rate_text(rate: float | None) -> str:
    """`87,5 %` (Indonesian decimal comma); `–` when nobody was invited."""
    if rate is None:
        return "–"
    return f"{_ID.toString(100 * rate, 'f', 1)} %"


@dataclass(frozen=True)
class Col:
    header: str
    value: Callable[[Any], Any]
    kind: str = "int"  # int | rate | text | date | month
    width: str = ""  # a sample of the widest text, for the column's width ("" = fit the header)
    stretch: bool = False  # takes the table's spare width (one text column per table)
    tip: str = ""  # the header's tooltip, for a short header


def level_name(code: str) -> str:
    return {"ri": QCoreApplication.translate("RecapTables", "RI"),
            "provinsi": QCoreApplication.translate("RecapTables", "Provinsi"),
            "kabkota": QCoreApplication.translate("RecapTables", "Kab/Kota"),
            "lain": QCoreApplication.translate("RecapTables", "Lainnya")}.get(code or "", code or "")


def _count_cols() -> list[Col]:
    """The attendance counts every table ends with."""
    return [Col(QCoreApplication.translate("RecapTables", "Diundang"), lambda r: r.counts.invited),
            Col(QCoreApplication.translate("RecapTables", "Hadir"), lambda r: r.counts.present),
            Col(QCoreApplication.translate("RecapTables", "Terlambat"), lambda r: r.counts.late),
            Col(QCoreApplication.translate("RecapTables", "Izin"), lambda r: r.counts.excused),
            Col(QCoreApplication.translate("RecapTables", "Sakit"), lambda r: r.counts.sick),
            Col(QCoreApplication.translate("RecapTables", "Dinas luar"), lambda r: r.counts.duty),
            Col(QCoreApplication.translate("RecapTables", "Diwakili"), lambda r: r.counts.delegated),
            Col(QCoreApplication.translate("RecapTables", "Tanpa keterangan"), lambda r: r.counts.absent),
            Col(QCoreApplication.translate("RecapTables", "Kehadiran"), lambda r: r.counts.rate, "rate", "100,0 %",
                tip=QCoreApplication.translate("RecapTables", "Undangan yang dihadiri dibagi jumlah undangan"))]


NAME_SAMPLE, SATKER_SAMPLE = "Dr. H. Rochani, S.Pd., M.Si.", "KPU Kabupaten Tulungagung"


def person_cols() -> list[Col]:
    return [Col(QCoreApplication.translate("RecapTables", "Nama"), lambda r: r.name, "text", NAME_SAMPLE),
            Col(QCoreApplication.translate("RecapTables", "Jabatan"), lambda r: r.position or "", "text",
                "Kasubag Teknis", True),
            Col(QCoreApplication.translate("RecapTables", "Satker"), lambda r: r.satker or "", "text",
                SATKER_SAMPLE),
            *_count_cols()]


def satker_cols() -> list[Col]:
    return [Col(QCoreApplication.translate("RecapTables", "Satker"), lambda r: r.name, "text", SATKER_SAMPLE, True),
            Col(QCoreApplication.translate("RecapTables", "Tingkat"), lambda r: level_name(r.level), "text",
                "Kab/Kota"),
            Col(QCoreApplication.translate("RecapTables", "Rapat"), lambda r: r.meetings),
            *_count_cols()]


def month_cols() -> list[Col]:
    return [Col(QCoreApplication.translate("RecapTables", "Bulan"), lambda r: (r.year, r.month), "month",
                "September 2021"),
            Col(QCoreApplication.translate("RecapTables", "Rapat"), lambda r: r.meetings),
            Col(QCoreApplication.translate("RecapTables", "Luring"), lambda r: r.luring),
            Col(QCoreApplication.translate("RecapTables", "Daring"), lambda r: r.daring),
            Col(QCoreApplication.translate("RecapTables", "Hibrida"), lambda r: r.hibrida),
            Col(QCoreApplication.translate("RecapTables", "Tuan rumah"), lambda r: r.hosted),
            Col(QCoreApplication.translate("RecapTables", "Sebagai peserta"), lambda r: r.attended),
            *_count_cols()]


def meeting_cols() -> list[Col]:
    # The kind is in the title's tooltip: the title needs the width more, and the Jenis filter shows kinds.
    counts = _count_cols()
    return [Col(QCoreApplication.translate("RecapTables", "Tanggal"), lambda r: r.starts_local, "date",
                "07 Apr 2021 10.00 WITA"),
            Col(QCoreApplication.translate("RecapTables", "Nama rapat"), lambda r: r.title, "text", "Rakor Persiapan",
                True),
            Col(QCoreApplication.translate("RecapTables", "Mode"), lambda r: labels.modes().get(r.mode, r.mode),
                "text", "Hibrida."),
            Col(QCoreApplication.translate("RecapTables", "Peran kita"),
                lambda r: labels.our_roles().get(r.our_role, r.our_role), "text", "Tuan rumah"),
            *counts[:-1],
            Col(QCoreApplication.translate("RecapTables", "Tak diundang"), lambda r: r.walk_ins,
                tip=QCoreApplication.translate("RecapTables",
                                               "Hadir tanpa undangan (tidak dihitung dalam tingkat kehadiran)")),
            counts[-1]]


def followup_cols(first: str) -> list[Col]:
    return [Col(first, lambda r: r.name, "text", NAME_SAMPLE, True),
            Col(QCoreApplication.translate("RecapTables", "Terbuka"), lambda r: r.open),
            Col(QCoreApplication.translate("RecapTables", "Selesai"), lambda r: r.done),
            Col(QCoreApplication.translate("RecapTables", "Lewat batas waktu"), lambda r: r.overdue)]


def _display(col: Col, value, row) -> str:
    if col.kind == "rate":
        return rate_text(value)
    if col.kind == "int":
        return labels.number(value or 0)
    if col.kind == "month":
        return labels.month_year(*value)
    if col.kind == "date":
        month = timefmt.MONTHS[value.month - 1][:3]
        return f"{value.day:02d} {month} {value.year} {timefmt.clock(value)} {row.zone}"
    return str(value)


class RecapTableModel(QAbstractTableModel):
    """Rows of one of the recap's tables, described by `cols`; sorted in memory by `sort`."""

    def __init__(self, cols: list[Col], parent=None):
        super().__init__(parent)
        self.cols = cols
        self._rows: list = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cols)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(self.cols):
            col = self.cols[section]
            if role == Qt.DisplayRole:
                return col.header
            if role == Qt.TextAlignmentRole and col.kind in ("int", "rate"):
                return int(Qt.AlignRight | Qt.AlignVCenter)
            if role == Qt.ToolTipRole and col.tip:
                return col.tip
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], self.cols[index.column()]
        if role == Qt.DisplayRole:
            return _display(col, col.value(row), row)
        if role == Qt.TextAlignmentRole and col.kind in ("int", "rate"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
            return self._tooltip(row, col)
        if role == SORT_ROLE:
            return col.value(row)
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _tooltip(row, col: Col) -> str | None:
        """The whole text of a cut cell, and what a column leaves out (a person's NIP, a meeting's kind)."""
        if col.kind != "text":
            return None
        text = str(col.value(row))
        if getattr(row, "nip", "") and text == row.name:
            text += "\n" + QCoreApplication.translate("RecapTables", "NIP {0}").format(row.nip)
        if getattr(row, "kind", "") and text == row.title:
            text += "\n" + QCoreApplication.translate("RecapTables", "Jenis: {0}").format(row.kind)
        return tip(text) if text else None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self.cols):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order) -> None:
        col = self.cols[column]
        descending = order == Qt.DescendingOrder

        def key(r):
            v = col.value(r)
            if isinstance(v, str):
                return (0, v.casefold())
            # None (a rate nobody was invited to) goes last whichever way the column is sorted.
            return (0 if v is not None else 1, v if v is not None else 0) if not descending else \
                (1 if v is not None else 0, v if v is not None else 0)

        self._rows.sort(key=key, reverse=descending)
