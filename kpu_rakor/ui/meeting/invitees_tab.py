"""The Undangan tab: the people invited, picked from the directory."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget)

from ...domain.services import invitation_message, people
from .. import labels, list_export, messages
from . import batch_invitations
from ..directory.directory_filters import DirectoryFilters
from .office_invitees import OfficeInvitees
from .qr_file import save_invitation_qr
from ..person_search import PersonSearch, person_text
from ..plain import tip
from ..widgets import name_list


class InviteesTab(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.finder = PersonSearch()
        self.filters = DirectoryFilters(with_captions=False)  # Tingkat, Provinsi, Instansi narrow the finder
        self.offices = OfficeInvitees(self.person_ids, self.add)  # offices as a whole, and saved groups
        self.model = QStandardItemModel(self)
        self.view = name_list(self.model)
        self.add_button = QPushButton(self.tr("&Undang →"))
        self.remove_button = QPushButton(self.tr("← &Batalkan"))
        self.count_label = QLabel()
        # Codes exist once the invitations are stored: the window writes what is pending first (flush_pending).
        self.meeting_id: int | None = None
        self.flush_pending = lambda: None
        self.whatsapp_button = QPushButton(self.tr("Salin teks &WhatsApp"))
        self.png_button = QPushButton(self.tr("Simpan kode &QR…"))
        self.badges_button = QPushButton(self.tr("Cetak &kartu QR…"))
        self.export_button = list_export.export_button("invitees")
        self.batch_button = batch_invitations.make_button(self, self._stored_meeting, self._batch_ids)

        left = QGroupBox(self.tr("Direktori"))
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.finder)
        right = QGroupBox(self.tr("Diundang"))
        rl = QVBoxLayout(right)
        rl.addWidget(self.view, 1)
        rl.addWidget(self.count_label)
        codes = QHBoxLayout()
        for b in (self.whatsapp_button, self.png_button, self.badges_button):
            codes.addWidget(b)
        rl.addLayout(codes)
        rl.addWidget(self.offices, 1)
        lists = QHBoxLayout()
        lists.addWidget(self.batch_button)
        lists.addWidget(self.export_button)
        lists.addStretch(1)
        rl.addLayout(lists)
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
        self.whatsapp_button.clicked.connect(self.copy_whatsapp)
        self.png_button.clicked.connect(self.save_png)
        self.badges_button.clicked.connect(self.print_badges)
        self.export_button.clicked.connect(lambda: list_export.export_invitees(self, self._stored_meeting()))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.filters.changed.connect(lambda: self.finder.set_filters(self.filters.values()))
        self.offices.changed.connect(self.changed)
        self._update_count()

    def save_offices(self, meeting_id: int) -> None:
        self.offices.save(meeting_id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.offices.refresh_filled()

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
        item.setToolTip(tip(item.text()))
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
        self._update_actions()

    # --- codes for saved invitees ------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.offices.set_meeting(meeting_id)
        self._update_actions()

    def _stored_meeting(self) -> int | None:
        """The meeting, once what was just invited is stored (a code needs its invitation row)."""
        self.flush_pending()
        return self.meeting_id

    def _current_person(self) -> int | None:
        idx = self.view.currentIndex()
        return idx.data(Qt.UserRole) if idx.isValid() else None

    def _update_actions(self) -> None:
        saved = self.meeting_id is not None
        for b in (self.badges_button, self.batch_button, self.export_button):
            b.setEnabled(saved and self.model.rowCount() > 0)
        for b in (self.whatsapp_button, self.png_button):
            b.setEnabled(saved and self._current_person() is not None)

    def _batch_ids(self) -> list[int]:
        """The selected invitees when two or more are, else everyone invited."""
        chosen = [i.data(Qt.UserRole) for i in self.view.selectionModel().selectedIndexes()]
        return chosen if len(chosen) > 1 else self.person_ids()

    def copy_whatsapp(self) -> None:
        pid = self._current_person()
        if self._stored_meeting() is None or pid is None:
            return
        with messages.guarded(self):
            text = invitation_message.whatsapp_text(self.meeting_id, pid)
            QGuiApplication.clipboard().setText(text)
            messages.info(self, self.tr("Teks undangan untuk {0} sudah disalin; tempelkan di WhatsApp.")
                          .format(people.get(pid).name))

    def save_png(self) -> None:
        pid = self._current_person()
        if self._stored_meeting() is None or pid is None:
            return
        with messages.guarded(self):
            save_invitation_qr(self, self.meeting_id, pid, people.get(pid).name)

    def print_badges(self) -> None:
        if self._stored_meeting() is None:
            return
        from ..checkin.badge_export import export_badges

        export_badges(self, self.meeting_id)
