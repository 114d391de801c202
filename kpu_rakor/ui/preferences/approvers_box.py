"""Pengaturan → Penyetuju notulen: who, besides a meeting's chair and the office's signatories, may approve the
minutes of any meeting. Each change is saved at once."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QGroupBox, QHBoxLayout, QLabel, QListView, QPushButton,
                               QVBoxLayout)

from ...domain.services import minutes, people
from .. import messages
from ..attendance.merge_guest_dialog import PersonPickDialog
from ..person_search import person_text
from ..widgets import HintLabel


class ApproversBox(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(self.tr("Penyetuju notulen"), parent)
        note = QLabel(self.tr("Pimpinan rapat dan penanda tangan kantor selalu boleh menyetujui notulen. Orang "
                              "berikut juga boleh, untuk setiap rapat:"))
        note.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setMaximumHeight(self.view.fontMetrics().lineSpacing() * 5 + 12)
        self.add_button = QPushButton(self.tr("T&ambah penyetuju…"))
        self.remove_button = QPushButton(self.tr("Hapus dari daftar"))
        self.status = HintLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.load()

    def load(self) -> None:
        self.model.clear()
        with messages.guarded(self):
            for pid in minutes.office_approvers():
                item = QStandardItem(person_text(people.get(pid)))
                item.setData(pid, Qt.UserRole)
                self.model.appendRow(item)
        self._update_buttons()

    def ids(self) -> list[int]:
        return [self.model.item(r).data(Qt.UserRole) for r in range(self.model.rowCount())]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.currentIndex().isValid())

    def pick_person(self) -> int | None:
        """A person from the directory (tests replace this instead of driving the dialog)."""
        dialog = PersonPickDialog(self.tr("Tambah penyetuju notulen"), self.tr("Penyetuju notulen"),
                                  self.tr("Cari orang di direktori yang boleh menyetujui notulen, lalu Enter."),
                                  self.tr("Tambahkan"), parent=self, exclude=self.ids())
        return dialog.person_id if dialog.exec() == QDialog.Accepted else None

    def add(self) -> None:
        pid = self.pick_person()
        if pid is None or pid in self.ids():
            return
        self._save(self.ids() + [pid], self.tr("Penyetuju ditambahkan."))

    def remove(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        ids = self.ids()
        del ids[row]
        self._save(ids, self.tr("Penyetuju dihapus dari daftar."))

    def _save(self, ids: list[int], done: str) -> None:
        with messages.guarded(self) as g:
            minutes.set_approvers(ids)
        if g.ok:
            self.load()
            self.status.set_hint(done)
