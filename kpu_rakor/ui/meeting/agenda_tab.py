"""The Agenda tab: ordered items with planned times; titles and times are edited in place."""
from __future__ import annotations

import itertools
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from ...domain import timefmt
from ...domain.errors import ValidationError
from ...domain.services.agenda_checks import PAST_END, agenda_warnings
from ..focus_order import tab_chain
from ..time_field import TimeField
from ..widgets import HintLabel

ID_ROLE, KEY_ROLE = Qt.UserRole, Qt.UserRole + 1
_keys = itertools.count(1)  # a stable handle for each row, so roles can point at an item not yet saved
WARNING_STYLE = "background: #fff4d6; color: #6b4400; border: 1px solid #c98a00; border-radius: 3px; padding: 4px;"


def parse_clock(text: str, row: int) -> time | None:
    try:
        return timefmt.parse_clock(text)
    except ValueError:
        message = QCoreApplication.translate(
            "AgendaTab", "Jam “{0}” pada acara nomor {1} tidak sah; tulis seperti 09.30.")
        raise ValidationError(message.format(text, row + 1), "agenda") from None


def _later(at: time, minutes: int) -> time:
    """`at` plus `minutes`, stopping at 23.59 (an agenda does not run into the next day)."""
    moved = datetime.combine(datetime.min.date(), at) + timedelta(minutes=minutes)
    return moved.time() if moved.date() == datetime.min.date() else time(23, 59)


class ClockDelegate(QStyledItemDelegate):
    """The Mulai/Selesai cells are typed like every other time (09.45 or 0945) and judged when left; a time
    that cannot be read keeps the cell's old value and says why in `refused`."""

    refused = Signal(str)

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = TimeField(allow_empty=True, parent=parent)
        editor.setMinimumWidth(0)  # as wide as the cell, not the entry line's fixed width
        editor.setMaximumWidth(16777215)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        try:
            editor.setTime(timefmt.parse_clock(index.data() or ""))
        except ValueError:
            editor.setTime(None)

    def setModelData(self, editor, model, index):  # noqa: N802
        editor.commit()
        if editor.message.text():
            self.refused.emit(editor.message.text())
        value = editor.time()
        model.setData(index, timefmt.clock(value) if value is not None else "")


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
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for its buttons; arrows move in it
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.view.setColumnWidth(1, 80)
        self.view.setColumnWidth(2, 80)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Judul acara, mis. Pembukaan oleh Ketua"))
        self.start_edit = TimeField(time(9, 0))  # typed as 09.45 or 0945, judged when left
        self.end_edit = TimeField(time(9, 30))
        self.clocks = ClockDelegate(self)
        self.view.setItemDelegateForColumn(1, self.clocks)
        self.view.setItemDelegateForColumn(2, self.clocks)
        self.cell_message = HintLabel()  # a time refused in the table
        self.warning = QLabel()  # an item past the meeting's end, or items over each other: amber, not red
        self.warning.setTextFormat(Qt.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.meeting_end = lambda: None  # the meeting's end time (None: "s.d. selesai"), from watch_meeting()
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
        refusals = QHBoxLayout()  # why a typed time was refused, under the entry line
        for label in (self.start_edit.message, self.end_edit.message, self.cell_message):
            refusals.addWidget(label)
        refusals.addStretch(1)
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
        layout.addLayout(refusals)
        layout.addLayout(body, 1)
        layout.addWidget(self.warning)
        layout.addWidget(hint)
        tab_chain(self.title_edit, self.start_edit, self.end_edit, self.add_button, self.view, self.up_button,
                  self.down_button, self.remove_button)

        self.add_button.clicked.connect(self.add_from_entry)
        self.title_edit.returnPressed.connect(self.add_from_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.model.dataChanged.connect(lambda *_: self.changed.emit())
        self.clocks.refused.connect(self.cell_message.set_error)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.rowsMoved, self.model.modelReset):
            signal.connect(lambda *_: self.check_times())

    def watch_meeting(self, form) -> None:
        """Judge the agenda against the meeting form's end time, again whenever that time changes."""
        self.meeting_end = lambda: None if form.until_done.isChecked() else form.end.time()
        form.end.timeChanged.connect(self.check_times)
        form.until_done.toggled.connect(lambda _on: self.check_times())
        self.check_times()

    def check_times(self) -> None:
        """The amber line under the table: items running past the meeting's end, items over each other."""
        timed = []
        for r in range(self.model.rowCount()):
            try:
                timed.append((self.model.item(r, 0).text(), parse_clock(self.model.item(r, 1).text(), r),
                              parse_clock(self.model.item(r, 2).text(), r)))
            except ValidationError:
                timed.append((self.model.item(r, 0).text(), None, None))  # said when saving
        lines = []
        for w in agenda_warnings(timed, self.meeting_end()):
            if w.kind == PAST_END:
                lines.append(self.tr("Acara {0} “{1}” berakhir pukul {2}, melewati akhir rapat pukul {3}.").format(
                    w.number, w.title, timefmt.clock(w.at), timefmt.clock(w.limit)))
            else:
                lines.append(self.tr("Acara {0} “{1}” mulai pukul {2}, sebelum acara {3} selesai pukul {4}.").format(
                    w.number, w.title, timefmt.clock(w.at), w.other, timefmt.clock(w.limit)))
        self.warning.setText("⚠ " + "\n".join(lines) if lines else "")
        self.warning.setVisible(bool(lines))

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
        for field in (self.start_edit, self.end_edit):
            if not field.commit():  # a time that could not be read: its sentence is shown, nothing is added
                field.setFocus()
                return
        start, end = self.start_edit.time(), self.end_edit.time()
        self.add_item(title, start, end)
        self.cell_message.set_error("")
        # The next item usually starts when this one ends, and lasts as long.
        length = (datetime.combine(datetime.min.date(), end) - datetime.combine(datetime.min.date(), start))
        self.start_edit.setTime(end)
        self.end_edit.setTime(_later(end, max(int(length.total_seconds() // 60), 0)))
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
            if end is not None:  # the next item typed starts when the last one ends, as after Tambah acara
                self.start_edit.setTime(end)
                self.end_edit.setTime(_later(end, 30))

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
