"""The last scans at any desk of the meeting, newest first, as a Qt table model over desk.recent()."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.services.desk import RecentScan
from .. import labels
from ..plain import tip


_BRUSHES = {"hadir": QBrush(QColor("#1b5e20")), "terlambat": QBrush(QColor("#8a5a00"))}


class RecentModel(QAbstractTableModel):
    COLUMNS = ("time", "name", "satker", "status", "desk")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RecentScan] = []
        self._cells: list[tuple] = []
        self._brushes: list = []
        self._status = labels.attendance_statuses()
        self._headers = (self.tr("Jam"), self.tr("Nama"), self.tr("Jabatan / satker"), self.tr("Status"),
                         self.tr("Meja"))

    def set_rows(self, rows: list[RecentScan]) -> None:
        if rows == self.rows:
            return
        self.beginResetModel()
        self.rows = list(rows)
        # The texts are made once here: the view asks data() for every visible cell at every repaint.
        self._cells = [(r.time.split(" ")[0] if r.time else "", r.name,
                        " · ".join(p for p in (r.position, r.satker) if p),
                        self._status.get(r.status, r.status), r.desk) for r in self.rows]
        self._brushes = [_BRUSHES.get(r.status) for r in self.rows]
        self.endResetModel()

    def person_id_at(self, row: int) -> int | None:
        return self.rows[row].person_id if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ToolTipRole:  # names from users: shown as written, never as markup
            return tip(self._cells[index.row()][index.column()])
        if role == Qt.ForegroundRole and index.column() == 3:
            return self._brushes[index.row()]
        return None
