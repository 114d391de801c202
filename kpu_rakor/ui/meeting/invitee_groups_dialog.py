"""The saved invitee groups: pick one to invite, rename or delete them; and asking a name to save the current
invitees as a group."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel,
                               QListView, QPushButton, QVBoxLayout, QWidget)

from ...domain.services import invitee_groups
from .. import labels, messages
from ..screen_fit import fit_to_screen


class InviteeGroupsDialog(QDialog):
    """`exec()` true when the user chose a group to invite; `group_id` is it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kelompok undangan"))
        self.group_id: int | None = None
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.empty_label = QLabel(self.tr("Belum ada kelompok. Susun undangan rapat ini, lalu \"Simpan sebagai "
                                          "kelompok…\" agar dapat diundang lagi di rapat lain."))
        self.empty_label.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("Ganti &nama…"))
        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Undang kelompok ini"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Tutup"))
        manage = QHBoxLayout()
        manage.addWidget(self.rename_button)
        manage.addWidget(self.delete_button)
        manage.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Yang belum diundang ditambahkan; yang sudah diundang tetap.")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(manage)
        layout.addWidget(self.buttons)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update())
        fit_to_screen(self, (480, 420))
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.model.clear()
        with messages.guarded(self):
            for g in invitee_groups.listing():
                item = QStandardItem(self.tr("{0} ({1} orang, {2} kantor)").format(
                    g.name, labels.number(g.people), labels.number(g.offices)))
                item.setData(g.id, Qt.UserRole)
                item.setData(g.name, Qt.UserRole + 1)
                self.model.appendRow(item)
        row = next((r for r in range(self.model.rowCount())
                    if self.model.item(r).data(Qt.UserRole) == select), 0)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update()

    def current(self) -> tuple[int, str] | None:
        idx = self.view.currentIndex()
        return (idx.data(Qt.UserRole), idx.data(Qt.UserRole + 1)) if idx.isValid() else None

    def _update(self) -> None:
        has = self.current() is not None
        self.empty_label.setVisible(self.model.rowCount() == 0)
        for b in (self.rename_button, self.delete_button, self.buttons.button(QDialogButtonBox.Ok)):
            b.setEnabled(has)

    def accept(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        self.group_id = chosen[0]
        super().accept()

    def rename(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Ganti nama kelompok"), self.tr("Nama baru:"), text=chosen[1])
        if ok:
            with messages.guarded(self):
                invitee_groups.rename(chosen[0], name)
            self.refresh(select=chosen[0])

    def delete(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        if messages.confirm(self, self.tr("Hapus kelompok \"{0}\"? Undangan rapat yang sudah dibuat tidak berubah.")
                            .format(chosen[1]), self.tr("Hapus")):
            with messages.guarded(self):
                invitee_groups.delete(chosen[0])
            self.refresh()


def save_as_group(parent: QWidget, person_ids: list[int], offices: list[tuple[int, str]]) -> str | None:
    """Ask a name and save these invitees as a group (over an existing group of that name, when confirmed).
    Returns the group's name, or None when nothing was saved."""
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("InviteeGroupsDialog", "Simpan sebagai kelompok"),
        QCoreApplication.translate("InviteeGroupsDialog", "Nama kelompok, mis. \"Anggota Bakohumas Jatim\":"))
    if not ok or not name.strip():
        return None
    with messages.guarded(parent):
        existing = invitee_groups.by_name(name)
        if existing is None:
            return invitee_groups.create(name, person_ids, offices).name
        question = QCoreApplication.translate(
            "InviteeGroupsDialog", "Kelompok \"{0}\" sudah ada. Ganti isinya dengan undangan rapat ini?")
        if messages.confirm(parent, question.format(existing.name),
                            QCoreApplication.translate("InviteeGroupsDialog", "Ganti isinya")):
            invitee_groups.replace_members(existing.id, person_ids, offices)
            return existing.name
    return None
