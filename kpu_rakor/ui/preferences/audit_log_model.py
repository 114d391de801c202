"""The audit log as a lazy Qt table model: rows come from audit_log.entries() a page at a time."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ...domain.services import audit_log
from .. import labels
from ..paged_model import PagedTableModel
from ..plain import tip

PAGE_SIZE = 200


def what_text(e: audit_log.Entry, actions: dict[str, str], entities: dict[str, str]) -> str:
    number = f" #{e.entity_id}" if e.entity_id is not None else ""
    return f"{actions.get(e.action, e.action)} {entities.get(e.entity, e.entity)}{number}"


class AuditLogModel(PagedTableModel):
    COLUMNS = ("when", "actor", "what", "meeting", "detail")

    def __init__(self, zone: str = "WIB", parent=None):
        super().__init__(parent)
        self.zone = zone
        self._total = 0
        self._filters: dict = {"person_id": None, "meeting_id": None}
        self._actions, self._entities = labels.audit_actions(), labels.audit_entities()
        self._headers = (self.tr("Waktu"), self.tr("Oleh"), self.tr("Tindakan"), self.tr("Rapat"),
                         self.tr("Rincian"))

    def set_filters(self, person_id: int | None = None, meeting_id: int | None = None) -> None:
        self.beginResetModel()
        self._filters = {"person_id": person_id, "meeting_id": meeting_id}
        self._total = audit_log.count(**self._filters)
        self._start()
        self.endResetModel()

    def filters(self) -> dict:
        return dict(self._filters)

    def fetch_page(self, offset: int, limit: int) -> list[audit_log.Entry]:
        return audit_log.entries(offset=offset, limit=limit, **self._filters) if self._total else []

    def page_size(self) -> int:
        return PAGE_SIZE

    def entry(self, row: int) -> audit_log.Entry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == Qt.UserRole:
            return e.id
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        column = self.COLUMNS[index.column()]
        if column == "when":
            text = audit_log.when_text(e.at, self.zone)
        elif column == "actor":
            text = e.actor
        elif column == "what":
            text = what_text(e, self._actions, self._entities)
        elif column == "meeting":
            text = e.meeting_title
        else:
            text = e.detail
        return tip(text) if role == Qt.ToolTipRole else text
