"""The last scans at any desk of the meeting, newest first, as a Qt table model over desk.recent()."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.services.desk import RecentScan
from .. import labels
from ..paged_model import RowsTableModel
from ..plain import tip


_BRUSHES = {"hadir": QBrush(QColor("#1b5e20")), "terlambat": QBrush(QColor("#8a5a00"))}


class RecentModel(RowsTableModel):
    COLUMNS = ("time", "name", "satker", "status", "desk")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cells: list[tuple] = []
        self._brushes: list = []
        self._status = labels.attendance_statuses()
        self._headers = (self.tr("Jam"), self.tr("Nama"), self.tr("Jabatan / satker"), self.tr("Status"),
                         self.tr("Meja"))

    @property
    def rows(self) -> list[RecentScan]:
        return self._rows

    def set_rows(self, rows: list[RecentScan]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        # The texts are made once here: the view asks data() for every visible cell at every repaint.
        self._cells = [(r.time.split(" ")[0] if r.time else "", r.name,
                        " · ".join(p for p in (r.position, r.satker) if p),
                        self._status.get(r.status, r.status), r.desk) for r in self._rows]
        self._brushes = [_BRUSHES.get(r.status) for r in self._rows]
        self.endResetModel()

    def person_id_at(self, row: int) -> int | None:
        return self._rows[row].person_id if 0 <= row < len(self._rows) else None

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ToolTipRole:  # names from users: shown as written, never as markup
            return tip(self._cells[index.row()][index.column()])
        if role == Qt.ForegroundRole and index.column() == 3:
            return self._brushes[index.row()]
        return None
