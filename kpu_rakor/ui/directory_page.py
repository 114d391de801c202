"""The Direktori screen: the people the office works with; search, add and change them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from . import labels, messages
from .people_model import PeopleModel
from .widgets import SearchBox


class DirectoryPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.search_box = SearchBox(self.tr("Cari nama atau NIP…"))
        self.new_button = QPushButton(self.tr("Orang &baru"))
        self.edit_button = QPushButton(self.tr("&Ubah"))
        self.count_label = QLabel()
        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for col, width in ((0, 290), (1, 170), (2, 290), (4, 130)):
            self.table.setColumnWidth(col, width)

        title = QLabel(self.tr("Direktori"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.count_label)
        note = QLabel(self.tr("Daftar satker (553 kantor KPU dan instansi yang ditambahkan) belum dapat diubah "
                              "di sini; pilih satker saat mengisi data orang."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

        new = QAction(self.tr("Orang baru"), self)
        new.setShortcut(QKeySequence.New)
        new.triggered.connect(self.new_person)
        self.addAction(new)
        edit = QAction(self.tr("Ubah"), self.table)
        edit.setShortcuts([QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)])
        edit.setShortcutContext(Qt.WidgetShortcut)
        edit.triggered.connect(self.edit_selected)
        self.table.addAction(edit)
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.search_box.search.connect(self.refresh)
        self.search_box.returnPressed.connect(self.search_box.flush)
        self.refresh()

    def refresh(self, _text: str = "") -> None:
        with messages.guarded(self):
            self.model.set_search(self.search_box.text().strip())
        self.count_label.setText(self.tr("{0} orang").format(labels.number(self.model.total())))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    def new_person(self) -> None:
        self._edit(None)

    def edit_selected(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self._edit(pid)

    def _edit(self, person_id: int | None) -> None:
        from .person_dialog import PersonDialog

        with messages.guarded(self):
            dialog = PersonDialog(person_id, self)
            if dialog.exec():
                self.refresh()
                row = self.model.row_of(dialog.person_id)
                if row >= 0:
                    self.table.selectRow(row)
