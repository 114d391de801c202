"""Check in by name, keyboard only: type part of a name, Down/Up to choose, Enter, then Enter again to confirm.

For people without their code. The search ignores titles, accents and case (desk.search_people); invitees
of the meeting are offered first.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from ...domain.services import desk as desk_service
from ...domain.services.desk import Candidate
from ..widgets import SearchBox


# Looked up once: each `Qt.Key_Down` costs microseconds in PySide6 6.12, and every typed letter passes here.
_NAV = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ESCAPE = Qt.Key.Key_Escape


class CandidateModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Candidate] = []

    def set_rows(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        if role == Qt.DisplayRole:
            text = c.name
            extra = " · ".join(p for p in (c.position, c.satker) if p)
            if extra:
                text += f" — {extra}"
            if c.checked_in:
                text += self.tr("  (sudah hadir)")
            elif not c.invited:
                text += self.tr("  (tidak diundang)")
            return text
        if role == Qt.ForegroundRole and (c.checked_in or not c.invited):
            return QBrush(QColor("#607d8b"))
        return None


class _Box(SearchBox):
    """The search field; its navigation keys go to `handler` (a key press override, not an event filter:
    a filter would run Python for every paint and timer event of the field)."""

    def __init__(self, placeholder: str, handler, parent=None):
        super().__init__(placeholder, parent)
        self._handler = handler

    def keyPressEvent(self, event) -> None:
        if not self._handler(self, event):
            super().keyPressEvent(event)


class _List(QListView):
    def __init__(self, handler, parent=None):
        super().__init__(parent)
        self._handler = handler

    def keyPressEvent(self, event) -> None:
        if not self._handler(self, event):
            super().keyPressEvent(event)


class NameSearch(QWidget):
    """`chosen(person_id)` once the desk confirmed a candidate; `selected(person_id)` as the highlight moves."""

    chosen = Signal(int)
    selected = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.meeting_id: int | None = None
        self._pending: int | None = None  # the person waiting for the confirming Enter
        self._searched: tuple | None = None  # (meeting, text) of the list shown
        self.box = _Box(self.tr("Cari nama peserta (tanpa gelar), lalu Enter"), self._key)
        self.box.setObjectName("nameSearch")
        font = self.box.font()
        font.setPointSize(12)
        self.box.setFont(font)
        self.model = CandidateModel(self)
        self.list = _List(self._key)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.ElideRight)
        list_font = self.list.font()
        list_font.setPointSize(11)
        self.list.setFont(list_font)
        self.confirm = QLabel()
        self.confirm.setObjectName("confirmLabel")
        self.confirm.setWordWrap(True)
        self.confirm.setTextFormat(Qt.PlainText)
        self.confirm.setStyleSheet("background: #fff3cd; color: #3d2c00; font-size: 12pt; font-weight: bold; "
                                   "padding: 6px; border: 1px solid #e0b000; border-radius: 4px;")
        self.confirm.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.confirm)
        layout.addWidget(self.list, 1)
        self.box.search.connect(self._search)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.doubleClicked.connect(lambda index: self._ask(index.row()))

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.clear()

    def clear(self) -> None:
        self._cancel()
        self.box.clear()
        self.box.flush()
        self.model.set_rows([])
        self._searched = None

    def current_person(self) -> int | None:
        row = self.list.currentIndex().row()
        return self.model.rows[row].person_id if 0 <= row < len(self.model.rows) else None

    # --- searching ---------------------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        # The same text again: a scanner burst typed into the box was put back after the scan. Searching anew
        # would select the first candidate and move the desk's selection off the person just scanned.
        if (self.meeting_id, text) == self._searched:
            return
        self._searched = (self.meeting_id, text)
        self._cancel()
        rows = desk_service.search_people(self.meeting_id, text) if (self.meeting_id and text) else []
        self.model.set_rows(rows)
        if rows:
            self.list.setCurrentIndex(self.model.index(0))

    def _current_changed(self, current, _previous) -> None:
        self._cancel()
        pid = self.current_person()
        if pid is not None:
            self.selected.emit(pid)

    # --- keyboard ----------------------------------------------------------------------------------------

    def _key(self, obj, event) -> bool:
        """Handles a key press in the box or the list; True when used up."""
        key = event.key()
        if obj is self.box and key in _NAV:
            self._move(key)
            return True
        if key in _ENTER_KEYS:
            self.box.flush()
            self._enter()
            return True
        if key == _ESCAPE and (self._pending is not None or self.box.text()):
            if self._pending is not None:
                self._cancel()
            else:
                self.clear()
            return True
        if self._pending is not None and event.text():
            self._cancel()  # typing again: the name asked about is no longer what is wanted
        return False

    def _move(self, key) -> None:
        n = self.model.rowCount()
        if not n:
            return
        row = self.list.currentIndex().row()
        step = _NAV[key]
        self.list.setCurrentIndex(self.model.index(max(0, min(n - 1, row + step if row >= 0 else 0))))

    def _enter(self) -> None:
        pid = self.current_person()
        if pid is None:
            return
        if self._pending == pid:
            self._cancel()
            self.chosen.emit(pid)
        else:
            self._ask(self.list.currentIndex().row())

    def _ask(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        c = self.model.rows[row]
        self._pending = c.person_id
        self.confirm.setText(self.tr("Tekan Enter sekali lagi untuk mencatat hadir {0} · Esc batal").format(c.name))
        self.confirm.show()

    def _cancel(self) -> None:
        self._pending = None
        self.confirm.hide()

    @property
    def pending(self) -> int | None:
        return self._pending
