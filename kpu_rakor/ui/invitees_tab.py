"""The Undangan tab: the people invited, picked from the directory."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QListView, QPushButton,
                               QVBoxLayout, QWidget)

from ..domain.services import people
from . import labels
from .person_search import PersonSearch, person_text


class InviteesTab(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.finder = PersonSearch()
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.tr("&Undang →"))
        self.remove_button = QPushButton(self.tr("← &Batalkan"))
        self.count_label = QLabel()

        left = QGroupBox(self.tr("Direktori"))
        QVBoxLayout(left).addWidget(self.finder)
        right = QGroupBox(self.tr("Diundang"))
        rl = QVBoxLayout(right)
        rl.addWidget(self.view, 1)
        rl.addWidget(self.count_label)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.remove_button)
        middle.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(left, 1)
        layout.addLayout(middle)
        layout.addWidget(right, 1)

        self.add_button.clicked.connect(lambda: self.add(self.finder.selected_ids()))
        self.finder.picked.connect(lambda pid: self.add([pid]))
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.doubleClicked.connect(lambda _i: self.remove_selected())
        self._update_count()

    def person_ids(self) -> list[int]:
        return [self.model.item(r).data(Qt.UserRole) for r in range(self.model.rowCount())]

    def add(self, person_ids: list[int]) -> None:
        present = set(self.person_ids())
        for pid in person_ids:
            if pid in present:
                continue  # inviting twice is harmless: say nothing, keep one line
            self._append(people.get(pid))
            present.add(pid)
        self._update_count()
        self.changed.emit()

    def _append(self, person) -> None:
        item = QStandardItem(person_text(person))
        item.setToolTip(item.text())
        item.setData(person.id, Qt.UserRole)
        self.model.appendRow(item)

    def remove_selected(self) -> None:
        for idx in sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: -i.row()):
            self.model.removeRow(idx.row())
        self._update_count()
        self.changed.emit()

    def load(self, persons) -> None:
        for p in persons:
            self._append(p)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{0} orang diundang").format(labels.number(self.model.rowCount())))
