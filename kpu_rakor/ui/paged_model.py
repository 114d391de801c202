"""The read-only Qt table models' common part: rows in `_rows`, headers in `_headers`, and for long lists the
rows read a page at a time as the view scrolls (`PagedTableModel`, with a subclass's `fetch_page`)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsTableModel(QAbstractTableModel):
    """A flat table of `_rows`, one column per entry of `_headers` (a subclass sets both, and data())."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._headers: tuple[str, ...] = ()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    # Qt.ItemDataRole.DisplayRole, not Qt.DisplayRole: PySide looks the short form up anew each time (about
    # 6 µs), and painting a page asks for headers and cells about a thousand times.
    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class PagedTableModel(RowsTableModel):
    """Rows read lazily: `_start()` (between beginResetModel and endResetModel) reads the first page, the view's
    fetchMore() the next ones. A subclass gives `fetch_page` and `page_size`; where it knows how many rows there
    are in all, it sets `_total` before `_start()`, else the rows end at the first page that is not full."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._total: int | None = None
        self._exhausted = True

    def fetch_page(self, offset: int, limit: int) -> list:
        """At most `limit` rows from `offset` on."""
        raise NotImplementedError

    def page_size(self) -> int:
        raise NotImplementedError

    def total(self) -> int | None:
        return self._total

    def _start(self) -> None:
        self._rows = self._read(0)

    def _read(self, offset: int) -> list:
        limit = self.page_size()
        page = self.fetch_page(offset, limit)
        # Known before the view hears of the new rows: it may ask canFetchMore() while they go in.
        if self._total is None:
            self._exhausted = len(page) < limit
        else:
            if not page:
                self._total = offset  # rows went away meanwhile: stop asking
            self._exhausted = offset + len(page) >= self._total
        return page

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._read(len(self._rows))
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
