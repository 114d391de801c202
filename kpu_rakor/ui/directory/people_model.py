"""The people directory as a lazy Qt table model over people.listing()."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ...domain.nip import format_nip_bare
from ...domain.services import people
from ..paged_model import PagedTableModel
from ..plain import tip

PAGE_SIZE = 300


class PeopleModel(PagedTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list = []
        self._total = 0
        self._headers = (self.tr("Nama"), self.tr("NIP"), self.tr("Jabatan"), self.tr("Satker/Instansi"),
                         self.tr("No. HP"))

    def set_search(self, text: str, **filters) -> None:
        # people.listing has no offset: the rows are read once (a directory is hundreds, not millions),
        # and shown a page at a time so the view stays quick.
        self.beginResetModel()
        self._all = people.listing(text, **filters)  # filters: level, province_id, kind
        self._total = len(self._all)
        self._start()
        self.endResetModel()

    def fetch_page(self, offset: int, limit: int) -> list:
        return self._all[offset:offset + limit]

    def page_size(self) -> int:
        return PAGE_SIZE

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role == Qt.UserRole:
            return p.id
        if role == Qt.ToolTipRole and index.column() in (0, 2, 3):
            return tip(self.data(index, Qt.DisplayRole))
        if role != Qt.DisplayRole:
            return None
        return (p.name, format_nip_bare(p.nip), p.position, people.display_institution(p), p.phone)[index.column()]

    def person_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == person_id), -1)
