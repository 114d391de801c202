"""The people directory as a lazy Qt table model over people.listing()."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..domain.nip import format_nip_bare
from ..domain.services import people
from .plain import tip

PAGE_SIZE = 300


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list = []
        self._shown = 0
        self._headers = (self.tr("Nama"), self.tr("NIP"), self.tr("Jabatan"), self.tr("Satker/Instansi"),
                         self.tr("No. HP"))

    def set_search(self, text: str) -> None:
        # people.listing has no offset: the rows are read once (a directory is hundreds, not millions),
        # and shown a page at a time so the view stays quick.
        self.beginResetModel()
        self._all = people.listing(text)
        self._shown = min(PAGE_SIZE, len(self._all))
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        new = min(len(self._all), self._shown + PAGE_SIZE)
        if new > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, new - 1)
            self._shown = new
            self.endInsertRows()

    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        p = self._all[index.row()]
        if role == Qt.UserRole:
            return p.id
        if role == Qt.ToolTipRole and index.column() in (0, 2, 3):
            return tip(self.data(index, Qt.DisplayRole))
        if role != Qt.DisplayRole:
            return None
        return (p.name, format_nip_bare(p.nip), p.position, people.display_institution(p), p.phone)[index.column()]

    def person_id(self, row: int) -> int | None:
        return self._all[row].id if 0 <= row < self._shown else None

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._all[:self._shown]) if p.id == person_id), -1)
