"""The first-start question: which KPU office is this? Type part of the name, press Enter."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit,
                               QListView, QVBoxLayout)

from ..domain.services import installation, ui_queries
from . import messages
from .screen_fit import fit_to_screen


class FirstStartDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Selamat datang di KPU Rakor"))
        intro = QLabel(self.tr("Satker mana kantor ini? Ketik sebagian nama kabupaten, kota atau provinsi, "
                               "lalu tekan Enter. Pilihan ini mengisi kop surat, kota dan zona waktu, dan "
                               "dapat diubah nanti di Pengaturan."))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("mis. Tulungagung"))
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Pilih"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Nanti saja"))
        self.buttons.button(QDialogButtonBox.Ok).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, (560, 480))

        self.chosen_id: int | None = None
        # 553 offices: filtering them on every keystroke is instant, so no debounce here.
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self.pick)
        self.view.activated.connect(lambda _i: self.pick())
        self.buttons.accepted.connect(self.pick)
        self.buttons.rejected.connect(self.reject)
        self.filter("")

    def filter(self, text: str) -> None:
        self.model.clear()
        for s in ui_queries.kpu_offices(text):
            item = QStandardItem(f"{s.name} ({s.timezone})")
            item.setData(s.id, Qt.UserRole)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def keyPressEvent(self, event) -> None:
        # Up and Down move through the list while the cursor stays in the search field.
        if event.key() in (Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown):
            QApplication.sendEvent(self.view, QKeyEvent(event.type(), event.key(), event.modifiers()))
            return
        super().keyPressEvent(event)

    def pick(self) -> None:
        idx = self.view.currentIndex()
        # Enter reaches both the search field and the dialog's default button: pick once.
        if not idx.isValid() or self.chosen_id is not None:
            return
        with messages.guarded(self) as g:
            installation.set_office(idx.data(Qt.UserRole))
        if g.ok:
            self.chosen_id = idx.data(Qt.UserRole)
            self.accept()
