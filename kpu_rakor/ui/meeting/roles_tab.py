"""The Roles tab: who chairs, opens, speaks, moderates, hosts (MC) and takes the minutes."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...domain.services import people
from .. import labels
from ..person_search import PersonSearch

PERSON_ROLE, CODE_ROLE, AGENDA_ROLE = Qt.UserRole, Qt.UserRole + 1, Qt.UserRole + 2


class RolesTab(QWidget):
    changed = Signal()

    def __init__(self, agenda_rows, parent=None):
        """`agenda_rows()` gives the agenda tab's current (key, title) rows."""
        super().__init__(parent)
        self._agenda_rows = agenda_rows
        self._role_labels = labels.meeting_roles()
        self.finder = PersonSearch()
        self.role_combo = QComboBox()
        for code, text in self._role_labels.items():
            self.role_combo.addItem(text, code)
        self.agenda_combo = QComboBox()
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(self.tr("Materi yang disampaikan (boleh kosong)"))
        self.add_button = QPushButton(self.tr("&Tambah peran"))
        self.remove_button = QPushButton(self.tr("Hapus peran"))

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Peran"), self.tr("Nama"), self.tr("Acara"),
                                              self.tr("Topik")])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.view.setColumnWidth(0, 140)
        self.view.setColumnWidth(2, 160)
        self.view.setColumnWidth(3, 160)

        pick = QGroupBox(self.tr("Orang dari direktori"))
        QVBoxLayout(pick).addWidget(self.finder)
        form_box = QGroupBox(self.tr("Peran"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Pe&ran:"), self.role_combo)
        form.addRow(self.tr("Pada a&cara:"), self.agenda_combo)
        form.addRow(self.tr("T&opik:"), self.topic_edit)
        form.addRow("", self.add_button)
        top = QHBoxLayout()
        top.addWidget(pick, 3)
        top.addWidget(form_box, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.view, 1)
        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addStretch(1)
        bottom.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom, 1)

        self.add_button.clicked.connect(self.add_selected)
        self.finder.picked.connect(lambda pid: self.add_role(pid, self.role_combo.currentData(),
                                                             self.agenda_combo.currentData(),
                                                             self.topic_edit.text()))
        self.remove_button.clicked.connect(self.remove_selected)

    def refresh_agenda_choices(self) -> None:
        """The agenda may have changed on the other tab; offer its current items."""
        current = self.agenda_combo.currentData()
        self.agenda_combo.clear()
        self.agenda_combo.addItem(self.tr("(seluruh rapat)"), None)
        titles = {}
        for n, (key, title) in enumerate(self._agenda_rows(), start=1):
            self.agenda_combo.addItem(f"{n}. {title}", key)
            titles[key] = f"{n}. {title}"
        self.agenda_combo.setCurrentIndex(max(0, self.agenda_combo.findData(current)))
        # Rows whose agenda item was removed fall back to the whole meeting.
        for r in range(self.model.rowCount()):
            cell = self.model.item(r, 2)
            key = cell.data(AGENDA_ROLE)
            if key is not None and key not in titles:
                cell.setData(None, AGENDA_ROLE)
            cell.setText(titles.get(cell.data(AGENDA_ROLE), ""))

    def add_selected(self) -> None:
        for pid in self.finder.selected_ids():
            self.add_role(pid, self.role_combo.currentData(), self.agenda_combo.currentData(),
                          self.topic_edit.text())
        self.topic_edit.clear()

    def add_role(self, person_id: int, role: str, agenda_key, topic: str = "") -> None:
        person = people.get(person_id)
        role_cell = QStandardItem(self._role_labels.get(role, role))
        role_cell.setData(role, CODE_ROLE)
        name_cell = QStandardItem(person.name)
        name_cell.setData(person_id, PERSON_ROLE)
        agenda_cell = QStandardItem(self.agenda_combo.itemText(max(0, self.agenda_combo.findData(agenda_key)))
                                    if agenda_key is not None else "")
        agenda_cell.setData(agenda_key, AGENDA_ROLE)
        self.model.appendRow([role_cell, name_cell, agenda_cell, QStandardItem(topic.strip())])
        self.changed.emit()

    def remove_selected(self) -> None:
        for idx in sorted(self.view.selectionModel().selectedRows(), key=lambda i: -i.row()):
            self.model.removeRow(idx.row())
        self.changed.emit()

    def load(self, roles, key_of_item: dict[int, int]) -> None:
        """`roles` are MeetingRole rows; `key_of_item` maps agenda item ids to the agenda tab's row keys."""
        self.refresh_agenda_choices()
        for r in roles:
            self.add_role(r.person_id, r.role, key_of_item.get(r.agenda_item_id), r.topic)

    def roles(self) -> list[dict]:
        """The roles as save_full() takes them; `agenda_key` is the agenda tab's row key (or None), which the
        editor turns into the item's position."""
        out = []
        for r in range(self.model.rowCount()):
            out.append(dict(person_id=self.model.item(r, 1).data(PERSON_ROLE),
                            role=self.model.item(r, 0).data(CODE_ROLE),
                            agenda_key=self.model.item(r, 2).data(AGENDA_ROLE),
                            topic=self.model.item(r, 3).text()))
        return out
