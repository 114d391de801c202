"""Who has not arrived yet, with their phone numbers, and *Salin* to copy a WhatsApp-ready text of them:
one widget for the desk (Presensi) and the meeting's Kehadiran tab (domain/services/not_arrived.py)."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.services import not_arrived
from . import labels, messages
from .paged_model import RowsTableModel
from .plain import tip
from .widgets import list_table

log = logging.getLogger(__name__)


class NotArrivedModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = (self.tr("Nama"), self.tr("No. HP"))

    @property
    def rows(self) -> list[not_arrived.NotArrived]:
        return self._rows

    def set_rows(self, rows: list[not_arrived.NotArrived]) -> bool:
        if rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        return True

    def data(self, index, role=Qt.DisplayRole):
        r = self._rows[index.row()]
        if role == Qt.DisplayRole:
            if index.column() == 0:
                return r.name
            return r.phone or ("—" if r.person_id is not None else self.tr("kantor"))
        if role == Qt.ToolTipRole:  # names and places from users: shown as written, never as markup
            return tip(f"{r.name}\n{r.place}" if r.place else r.name)
        return None


class NotArrivedList(QWidget):
    """`set_meeting(id or None)`, `reload()`; *Salin* puts `not_arrived.whatsapp_text` on the clipboard.
    Tells `counted(n)` after each reload (the desk puts the number in its tab's title)."""

    counted = Signal(int)

    def __init__(self, parent=None, *, show_title: bool = True):
        super().__init__(parent)
        self.meeting_id: int | None = None
        self.model = NotArrivedModel(self)
        self.view = list_table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.title = QLabel()
        self.title.setVisible(show_title)
        self.title.setBuddy(self.view)
        self.copy_button = QPushButton(self.tr("&Salin"))
        self.copy_button.setToolTip(self.tr("Salin nama dan nomor HP yang belum hadir, siap ditempel di WhatsApp"))
        self.copy_button.clicked.connect(self.copy)
        self.status = QLabel()
        self.status.setStyleSheet("color: #1b5e20;")
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.status)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._show_count()

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.status.clear()
        if meeting_id is None:
            self.model.set_rows([])
            self._show_count()
        else:
            self.reload()

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        try:
            rows = not_arrived.people(self.meeting_id)
        except Exception as exc:  # noqa: BLE001 - reloaded by the desk's and the tab's polls: the next one retries
            log.warning("Belum hadir reload failed: %s", exc)
            return
        if self.model.set_rows(rows):
            self.status.clear()  # "tersalin" spoke of the list as it was
        self._show_count()

    def _show_count(self) -> None:
        n = len(self.model.rows)
        self.title.setText(self.tr("Belum hadir: {0} orang").format(labels.number(n)))
        self.copy_button.setEnabled(n > 0)
        self.counted.emit(n)

    def copy(self) -> None:
        if self.meeting_id is None or not self.model.rows:
            return
        with messages.guarded(self) as g:
            text = not_arrived.whatsapp_text(self.meeting_id, self.model.rows)
        if not g.ok:
            return
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("Tersalin: {0} orang, tempel di WhatsApp").format(
            labels.number(len(self.model.rows))))
