"""Follow-ups as Qt table models over followups.FollowUpRow: a meeting's editable list (Tindak lanjut tab),
and every open item of the office (Tindak Lanjut page: filtered and sorted in memory, fast with 5,000)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...domain.errors import NotFound, UserError
from ...domain import timefmt
from ...domain.names import fold
from ...domain.services import followups
from .. import labels, messages
from ..plain import tip

ROW_ROLE = Qt.UserRole  # the FollowUpRow of a line (None for the line being added)
OVERDUE_BG, OVERDUE_FG = QColor("#fde2e1"), QColor("#8b0000")
DUE_TODAY_BG = QColor("#fff3cd")
CLOSED_FG, CARRIED_FG = QColor("#6b6b6b"), QColor("#6b6b6b")
NO_DUE = date(9999, 12, 31)  # items without a due date sort after every dated one


def remark(r: followups.FollowUpRow, today=None) -> str:
    """`terlambat 3 hari · dibawa dari rapat Rabu, 07 Apr 2021`, or how it was closed."""
    parts = []
    if r.overdue:
        parts.append(QCoreApplication.translate("followups", "terlambat {0} hari").format(labels.number(r.days_late)))
    elif (r.status == "terbuka" and r.carried_to_date is None and r.due_date is not None and today is not None
          and r.due_date == today):
        parts.append(QCoreApplication.translate("followups", "batas waktu hari ini"))
    if r.carried_from_date:
        parts.append(QCoreApplication.translate("followups", "dibawa dari rapat {0}")
                     .format(labels.short_date(r.carried_from_date)))
    if r.carried_to_date:
        parts.append(QCoreApplication.translate("followups", "dibawa ke rapat {0}")
                     .format(labels.short_date(r.carried_to_date)))
    if r.closing_note:
        parts.append(" ".join(r.closing_note.split()))
    return " · ".join(parts)


def compact_date(d) -> str:
    """`07 Apr 2021`: for the long list, where the weekday costs room the description needs."""
    return f"{d.day:02d} {timefmt.MONTHS[d.month - 1][:3]} {d.year}"


class _FollowUpModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()
    COMPACT = False  # dates as `07 Apr 2021` instead of `Rabu, 07 Apr 2021`

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self.today = None
        self._status = labels.follow_up_statuses()
        self._headers = {"no": QCoreApplication.translate("followups", "No"),
                         "description": QCoreApplication.translate("followups", "Tindak lanjut"),
                         "person": QCoreApplication.translate("followups", "Penanggung jawab"),
                         "satker": QCoreApplication.translate("followups", "Satker"),
                         "due": QCoreApplication.translate("followups", "Batas waktu"),
                         "status": QCoreApplication.translate("followups", "Status"),
                         "remark": QCoreApplication.translate("followups", "Keterangan"),
                         "meeting": QCoreApplication.translate("followups", "Rapat"),
                         "series": QCoreApplication.translate("followups", "Seri")}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def column(self, key: str) -> int:
        return self.COLUMNS.index(key)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[self.COLUMNS[section]]
        return None

    def rows(self) -> list:
        """The follow-ups shown (without the line being added)."""
        return [r for r in self._rows if r is not None]

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, followup_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r is not None and r.id == followup_id), -1)

    def text(self, n: int, r, key: str) -> str:
        if key == "no":
            return str(n + 1)
        if r is None:
            return ""
        if key == "description":
            return r.description
        if key == "person":
            return r.person_name
        if key == "satker":
            return r.satker_short
        if key == "due":
            if r.due_date is None:
                return ""
            return compact_date(r.due_date) if self.COMPACT else labels.short_date(r.due_date)
        if key == "status":
            return self._status.get(r.status, r.status)
        if key == "remark":
            return remark(r, self.today)
        if key == "meeting":
            day = compact_date(r.meeting_date) if self.COMPACT else labels.short_date(r.meeting_date)
            return f"{day} · {r.meeting_title}"
        if key == "series":
            return r.series_name
        return ""

    def tooltip(self, n: int, r, key: str) -> str | None:
        if key == "due" and r.due_date:
            return timefmt.long_date(r.due_date)
        if key == "meeting":
            lines = [f"{timefmt.long_date(r.meeting_date)}", r.meeting_title]
            if r.series_name:
                lines.append(QCoreApplication.translate("followups", "Seri: {0}").format(r.series_name))
            return "\n".join(lines)
        if key == "satker":
            return r.satker_name or None
        if key in ("description", "remark", "person"):
            return self.text(n, r, key) or None
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return self.text(index.row(), r, key)
        if role == ROW_ROLE:
            return r
        if r is None:
            return None
        if role == Qt.ToolTipRole:
            return tip(self.tooltip(index.row(), r, key))
        tracked = r.status == "terbuka" and r.carried_to_date is None
        if role == Qt.BackgroundRole:
            if r.overdue:
                return OVERDUE_BG
            if tracked and self.today is not None and r.due_date == self.today:
                return DUE_TODAY_BG
            return None
        if role == Qt.ForegroundRole:
            if r.overdue and key in ("due", "remark", "status"):
                return OVERDUE_FG
            if not tracked:
                return CLOSED_FG if r.status != "terbuka" else CARRIED_FG
            return None
        if role == Qt.FontRole:
            if r.overdue and key in ("due", "remark"):
                font = QFont()
                font.setBold(True)
                return font
            if r.carried_to_date is not None and r.status == "terbuka":
                font = QFont()
                font.setItalic(True)
                return font
        return None


class MeetingFollowUpsModel(_FollowUpModel):
    """One meeting's follow-ups. Every edit goes to the service at once; a refused value leaves the row as it
    was and `failed` says why (with what was typed, so the editor can offer it again)."""

    COLUMNS = ("no", "description", "person", "satker", "due", "status", "remark")
    EDITABLE = ("description", "person", "satker", "due", "status")
    failed = Signal(str, int, int, str)  # message, row (-1: the item is gone), column, the text typed
    saved = Signal(int)  # a follow-up id, after each successful write

    def __init__(self, parent=None):
        super().__init__(parent)
        self.meeting_id: int | None = None

    def load(self, meeting_id: int | None) -> None:
        self.beginResetModel()
        self.meeting_id = meeting_id
        self.today = followups.office_today() if meeting_id is not None else None
        self._rows = followups.for_meeting(meeting_id, self.today) if meeting_id is not None else []
        self.endResetModel()

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        key = self.COLUMNS[index.column()]
        r = self._rows[index.row()]
        if r is None:
            return base | Qt.ItemIsEditable if key == "description" else base
        return base | Qt.ItemIsEditable if key in self.EDITABLE else base

    # --- the line being added --------------------------------------------------------------------------

    def add_pending(self) -> int:
        """An empty line at the end for a new follow-up; it is stored once its description is typed."""
        pending = self.pending_row()
        if pending >= 0:
            return pending
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(None)
        self.endInsertRows()
        return n

    def pending_row(self) -> int:
        return next((i for i, r in enumerate(self._rows) if r is None), -1)

    def drop_pending(self) -> None:
        n = self.pending_row()
        if n >= 0:
            self.beginRemoveRows(QModelIndex(), n, n)
            del self._rows[n]
            self.endRemoveRows()

    # --- writing -----------------------------------------------------------------------------------------

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or self.meeting_id is None:
            return False
        n, key = index.row(), self.COLUMNS[index.column()]
        r = self._rows[n]
        typed = value.text if isinstance(value, Unmatched) else ("" if value is None else str(value))
        try:
            if isinstance(value, Unmatched):
                raise UserError(value.message)
            if r is None:
                if key != "description":
                    return False
                fu = followups.create(self.meeting_id, value)
            else:
                if key == "description" and value == r.description:
                    return True
                field = {"description": "description", "person": "person_id", "satker": "satker_id",
                         "due": "due_date"}[key]
                fu = followups.update(r.id, **{field: value})
        except NotFound as exc:  # deleted meanwhile on another PC: nothing to offer again
            self.failed.emit(messages.sentence(exc), -1, index.column(), typed)
            return False
        except UserError as exc:
            self.failed.emit(messages.sentence(exc), n, index.column(), typed)
            return False
        self.refresh_row(n, fu.id)
        self.saved.emit(fu.id)
        return True

    def refresh_row(self, n: int, followup_id: int) -> None:
        self._rows[n] = followups.row(followup_id, self.today)
        self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))


class Unmatched:
    """What an editor hands the model when the typed text names nobody in the list."""

    def __init__(self, text: str, message: str):
        self.text, self.message = text, message


class OpenItemsModel(_FollowUpModel):
    """Every open item, held in memory; search and sorting are done here, not by a proxy, so 5,000 rows
    filter and sort in milliseconds."""

    COLUMNS = ("due", "remark", "description", "person", "satker", "meeting")
    COMPACT = True

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[followups.FollowUpRow] = []
        self._keys: list[str] = []
        self._search = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def text(self, n: int, r, key: str) -> str:
        if key == "remark" and r is not None:
            # Only how late: where the item came from is in the tooltip, the room goes to the description.
            if r.overdue:
                return QCoreApplication.translate("followups", "terlambat {0} hari").format(labels.number(r.days_late))
            if r.due_date is not None and r.due_date == self.today:
                return QCoreApplication.translate("followups", "batas waktu hari ini")
            return ""
        return super().text(n, r, key)

    def tooltip(self, n: int, r, key: str) -> str | None:
        if key == "remark":
            return remark(r, self.today) or None
        return super().tooltip(n, r, key)

    def set_rows(self, rows: list[followups.FollowUpRow], today) -> None:
        self.today = today
        self._all = rows
        self._keys = [fold(" ".join((r.description, r.person_name, r.satker_name, r.meeting_title,
                                     r.series_name))) for r in rows]
        self._apply()

    def set_search(self, text: str) -> None:
        self._search = fold(text)
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        words = self._search.split()
        if words:
            self._rows = [r for r, k in zip(self._all, self._keys) if all(w in k for w in words)]
        else:
            self._rows = list(self._all)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order) -> None:
        key = self.COLUMNS[column]

        def sort_key(r):
            if key in ("due", "remark"):
                return (r.due_date or NO_DUE, r.meeting_date)
            if key == "meeting":
                return (r.meeting_date, fold(r.meeting_title))
            if key == "person":
                return (not r.person_name, fold(r.person_name))
            if key == "satker":
                return (not r.satker_name, fold(r.satker_name))
            if key == "series":
                return (not r.series_name, fold(r.series_name))
            return (fold(r.description),)
        self._rows.sort(key=sort_key, reverse=order == Qt.DescendingOrder)

    def total(self) -> int:
        return len(self._all)

    def overdue_count(self) -> int:
        return sum(r.overdue for r in self._rows)
