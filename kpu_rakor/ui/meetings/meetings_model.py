"""The meeting list as a lazy Qt table model: rows come from meetings.listing() a page at a time."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ...domain import timefmt
from ...domain.models import utcnow
from ...domain.services import installation, meeting_status, meetings
from .. import labels
from ..paged_model import PagedTableModel
from ..plain import tip

PAGE_SIZE = 200


class MeetingListModel(PagedTableModel):
    COLUMNS = ("date", "time", "title", "kind", "role", "mode", "venue", "status")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filters: dict = {}
        self._office_zone = "WIB"
        self._now = utcnow()  # the Status column is the clock's (meeting_status); moved on by `tick`
        self._labels = (labels.our_roles(), labels.modes(), labels.statuses())
        self._headers = (self.tr("Tanggal"), self.tr("Waktu"), self.tr("Kegiatan"), self.tr("Jenis"),
                         self.tr("Peran"), self.tr("Mode"), self.tr("Tempat"), self.tr("Status"))

    # --- loading ---------------------------------------------------------------------------------------

    def set_filters(self, search: str = "", month: tuple[int, int] | None = None, mode: str | None = None,
                    our_role: str | None = None) -> None:
        """Start over with new filters and load the first page."""
        self.beginResetModel()
        self._filters = dict(search=search, month=month, mode=mode, our_role=our_role)
        # Once per reload, not per cell: the Waktu column shows other zones' meetings in the office's time too.
        self._office_zone = installation.office_zone()
        self._now = utcnow()
        self._start()
        self.endResetModel()

    def reload(self) -> None:
        self.set_filters(**self._filters)

    def fetch_page(self, offset: int, limit: int) -> list[meetings.MeetingRow]:
        return meetings.listing(limit=limit, offset=offset, **self._filters)

    def page_size(self) -> int:
        return PAGE_SIZE

    # --- the table -------------------------------------------------------------------------------------

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[index.column()] in ("title", "venue"):
            return tip(self._text(row, self.COLUMNS[index.column()]))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row: meetings.MeetingRow, column: str) -> str:
        roles, modes, statuses = self._labels
        if column == "date":
            return labels.short_date(timefmt.to_local(row.starts_at, row.timezone))
        if column == "time":
            own = timefmt.clock_zone(row.starts_at, row.timezone)
            if row.timezone == self._office_zone:
                return own
            return f"{own} ({timefmt.clock_zone(row.starts_at, self._office_zone)})"  # 09.00 WIB (10.00 WITA)
        if column == "title":
            return row.title
        if column == "kind":
            return row.kind
        if column == "role":
            return roles.get(row.our_role, row.our_role)
        if column == "mode":
            return modes.get(row.mode, row.mode)
        if column == "venue":
            return row.venue or row.organizer
        status = meeting_status.effective_status(row, self._now)
        return statuses.get(status, status)

    def tick(self) -> None:
        """A minute has passed: the Status column shows what the clock says now."""
        self._now = utcnow()
        if self._rows:
            column = self.COLUMNS.index("status")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def shows_other_zones(self) -> bool:
        """True when a loaded meeting is in another zone than the office's (its time cell is longer)."""
        return any(r.timezone != self._office_zone for r in self._rows)

    def meeting_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), -1)
