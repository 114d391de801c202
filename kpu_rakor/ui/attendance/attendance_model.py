"""The Kehadiran tab's table: a Qt model over attendance_review.lines(), luring and daring together, with the
rows to review standing out."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.models import CHANNEL_DARING, METHOD_LAN
from ...domain.services.attendance_review import AttendanceLine, device_tag
from .. import labels
from ..plain import tip

SORT_ROLE = Qt.UserRole + 1
COLUMNS = ("name", "place", "channel", "method", "time", "minutes", "signed", "status", "note")
NAME, PLACE, CHANNEL, METHOD, TIME, MINUTES, SIGNED, STATUS, NOTE = range(len(COLUMNS))

REVIEW_BACKGROUND = QBrush(QColor("#fff3cd"))
REVIEW_FOREGROUND = QBrush(QColor("#7a4b00"))
DARING_FOREGROUND = QBrush(QColor("#0d47a1"))


class AttendanceModel(QAbstractTableModel):
    """One row per attendance line. The texts are made once per load: the view asks data() for every visible
    cell at each repaint, and a meeting may have a thousand rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AttendanceLine] = []
        self._cells: list[tuple] = []
        self._keys: list[tuple] = []
        self._proofs: list[str] = []
        self._headers = (self.tr("Nama"), self.tr("Jabatan · instansi"), self.tr("Kehadiran"), self.tr("Cara"),
                         self.tr("Pukul"), self.tr("Menit"), self.tr("TTD"), self.tr("Status"), self.tr("Catatan"))
        self._header_tips = {MINUTES: self.tr("Menit daring (di Zoom)"), SIGNED: self.tr("Tanda tangan"),
                             CHANNEL: self.tr("Luring (di ruang rapat) atau daring (Zoom)")}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[AttendanceLine]) -> bool:
        """Show `rows`; False when nothing changed (the view keeps its scroll position and selection)."""
        if rows == self.rows:
            return False
        status, channel, method = labels.attendance_statuses(), labels.channels(), labels.methods()
        review = self.tr("perlu ditinjau")
        phone = self.tr("HP {0}")
        self.beginResetModel()
        self.rows = list(rows)
        self._cells, self._keys, self._proofs = [], [], []
        for r in self.rows:
            state = status.get(r.status, r.status)
            if r.needs_review:
                state = f"{state} · {review}"
            minutes = "" if r.online_minutes is None else str(r.online_minutes)
            place = " · ".join(x for x in (r.position, r.institution) if x)
            how = method.get(r.method, r.method)
            self._proofs.append(self._proof(r, how))
            if r.device:
                # Which phone: the rows of one phone that signed in several people share this tag.
                how = f"{how} · {phone.format(device_tag(r.device))}"
            cells = (r.name, place, channel.get(r.channel, r.channel), how, r.time, minutes,
                     "✓" if r.signed else "", state, r.note)
            self._cells.append(cells)
            at = r.checked_in_at.isoformat() if r.checked_in_at else "~"  # not checked in: last
            self._keys.append(tuple(c.casefold() for c in cells[:TIME]) + (
                at, -1 if r.online_minutes is None else r.online_minutes, 0 if r.signed else 1,
                f"{0 if r.needs_review else 1}{state.casefold()}", r.note.casefold()))
        self.endResetModel()
        return True

    def _proof(self, r: AttendanceLine, method: str) -> str:
        """How the presence was shown: "Phone (LAN), signed, device 7KQ2" (attendance_review.proof in words)."""
        parts = [method]
        if r.method == METHOD_LAN:
            parts.append(self.tr("tanda tangan") if r.signed else self.tr("tanpa tanda tangan"))
            parts.append(self.tr("perangkat {0}").format(device_tag(r.device)) if r.device
                         else self.tr("tanpa cookie perangkat"))
        elif r.signed:
            parts.append(self.tr("tanda tangan"))
        if r.desk:
            parts.append(r.desk)
        return ", ".join(parts)

    def line_at(self, row: int) -> AttendanceLine | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, person_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.person_id == person_id:
                return i
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole:
            return self._header_tips.get(section)
        return None

    def data(self, index, role=Qt.DisplayRole):
        row, col = index.row(), index.column()
        if role == Qt.DisplayRole:
            return self._cells[row][col]
        if role == SORT_ROLE:
            return self._keys[row][col]
        line = self.rows[row]
        if role == Qt.ToolTipRole:  # names and notes from users: shown as written, as the PDF prints them
            if col in (STATUS, NOTE, NAME) and line.needs_review and line.note:
                return tip(f"{self._cells[row][col]}\n{line.note}" if col == NAME else line.note)
            if col == METHOD:
                return tip(self._proofs[row])  # how the presence was shown: method, signature, phone, desk
            return tip(self._cells[row][col]) or None
        if role == Qt.BackgroundRole and line.needs_review:
            return REVIEW_BACKGROUND
        if role == Qt.ForegroundRole:
            if line.needs_review and col in (STATUS, NOTE):
                return REVIEW_FOREGROUND
            if col == CHANNEL and line.channel == CHANNEL_DARING:
                return DARING_FOREGROUND
        if role == Qt.FontRole and line.needs_review and col == STATUS:
            return self._bold
        if role == Qt.TextAlignmentRole and col in (MINUTES, SIGNED, TIME):
            return int((Qt.AlignRight if col == MINUTES else Qt.AlignHCenter) | Qt.AlignVCenter)
        return None


class AttendanceFilter(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and filters by typed text (name, position, institution, note) and by "review only"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._review_only = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def set_review_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._review_only = on
        self.endFilterChange()

    def lessThan(self, left, right) -> bool:
        # Straight from the model's cached keys: no QVariant round trip for each of the n·log n comparisons.
        keys = self.sourceModel()._keys
        col = left.column()
        return keys[left.row()][col] < keys[right.row()][col]

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model: AttendanceModel = self.sourceModel()
        line = model.rows[source_row]
        if self._review_only and not line.needs_review:
            return False
        if not self._words:
            return True
        keys = model._keys[source_row]
        hay = " ".join((keys[NAME], keys[PLACE], line.note.casefold()))
        return all(w in hay for w in self._words)
