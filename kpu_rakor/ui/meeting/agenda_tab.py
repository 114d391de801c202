"""The Agenda tab: ordered items with planned times; titles and times are edited in place."""
from __future__ import annotations

import itertools
import re
from datetime import time

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QTimeEdit, QVBoxLayout, QWidget)

from ...domain import timefmt
from ...domain.errors import ValidationError

ID_ROLE, KEY_ROLE = Qt.UserRole, Qt.UserRole + 1
_keys = itertools.count(1)  # a stable handle for each row, so roles can point at an item not yet saved
_CLOCK = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*$")


def parse_clock(text: str, row: int) -> time | None:
    if not text.strip():
        return None
    m = _CLOCK.match(text)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        message = QCoreApplication.translate(
            "AgendaTab", "Jam “{0}” pada acara nomor {1} tidak sah; tulis seperti 09.30.")
        raise ValidationError(message.format(text, row + 1), "agenda")
    return time(int(m.group(1)), int(m.group(2)))


class AgendaTab(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Acara"), self.tr("Mulai"), self.tr("Selesai")])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.view.setColumnWidth(1, 80)
        self.view.setColumnWidth(2, 80)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Judul acara, mis. Pembukaan oleh Ketua"))
        self.start_edit = QTimeEdit(QTime(9, 0))
        self.end_edit = QTimeEdit(QTime(9, 30))
        for t in (self.start_edit, self.end_edit):
            t.setDisplayFormat("HH.mm")
        self.add_button = QPushButton(self.tr("&Tambah acara"))
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.up_button = QPushButton(self.tr("Naik"))
        self.down_button = QPushButton(self.tr("Turun"))

        entry = QHBoxLayout()
        entry.addWidget(self.title_edit, 1)
        entry.addWidget(QLabel(self.tr("Mulai")))
        entry.addWidget(self.start_edit)
        entry.addWidget(QLabel(self.tr("Selesai")))
        entry.addWidget(self.end_edit)
        entry.addWidget(self.add_button)
        self.side = side = QVBoxLayout()  # the buttons beside the table (agenda_templates_ui adds Templat)
        for b in (self.up_button, self.down_button, self.remove_button):
            side.addWidget(b)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        hint = QLabel(self.tr("Judul dan jam dapat diubah langsung di tabel (klik dua kali). Jam boleh kosong."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addLayout(body, 1)
        layout.addWidget(hint)

        self.add_button.clicked.connect(self.add_from_entry)
        self.title_edit.returnPressed.connect(self.add_from_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.model.dataChanged.connect(lambda *_: self.changed.emit())

    def add_item(self, title: str, start: time | None = None, end: time | None = None,
                 item_id: int | None = None, key: int | None = None) -> None:
        first = QStandardItem(title)
        first.setData(item_id, ID_ROLE)
        first.setData(next(_keys) if key is None else key, KEY_ROLE)  # undo brings a row back with its key
        cells = [first] + [QStandardItem(timefmt.clock(t) if t else "") for t in (start, end)]
        self.model.appendRow(cells)
        self.changed.emit()

    def add_from_entry(self) -> None:
        title = " ".join(self.title_edit.text().split())
        if not title:
            self.title_edit.setFocus()
            return
        self.add_item(title, self.start_edit.time().toPython(), self.end_edit.time().toPython())
        # The next item usually starts when this one ends.
        length = self.start_edit.time().secsTo(self.end_edit.time())
        self.start_edit.setTime(self.end_edit.time())
        self.end_edit.setTime(self.end_edit.time().addSecs(max(length, 0)))
        self.title_edit.clear()
        self.title_edit.setFocus()

    def _selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.model.removeRow(row)
            self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.model.insertRow(target, self.model.takeRow(row))
        self.view.selectRow(target)
        self.changed.emit()

    def load(self, items) -> None:
        """`items` are AgendaItem rows with UTC instants; shown in the meeting's zone."""
        self.model.removeRows(0, self.model.rowCount())
        for a, zone in items:
            start = timefmt.to_local(a.planned_start, zone).time() if a.planned_start else None
            end = timefmt.to_local(a.planned_end, zone).time() if a.planned_end else None
            self.add_item(a.title, start, end, a.id)

    def rows(self) -> list[tuple[int, str]]:
        """(key, title) of each row, for the roles tab's agenda choice."""
        return [(self.model.item(r, 0).data(KEY_ROLE), self.model.item(r, 0).text())
                for r in range(self.model.rowCount())]

    def items(self) -> tuple[list[dict], list[int]]:
        """What set_agenda() takes, and the row keys in the same order."""
        out, keys = [], []
        for r in range(self.model.rowCount()):
            first = self.model.item(r, 0)
            out.append(dict(id=first.data(ID_ROLE), title=first.text(),
                            start_time=parse_clock(self.model.item(r, 1).text(), r),
                            end_time=parse_clock(self.model.item(r, 2).text(), r)))
            keys.append(first.data(KEY_ROLE))
        return out, keys

    def remember_ids(self, keys: list[int], ids: list[int]) -> None:
        """After saving, rows learn their database ids so the next save updates instead of re-creating."""
        by_key = dict(zip(keys, ids))
        for r in range(self.model.rowCount()):
            first = self.model.item(r, 0)
            if first.data(KEY_ROLE) in by_key:
                first.setData(by_key[first.data(KEY_ROLE)], ID_ROLE)
