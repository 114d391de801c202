"""The offices part of the Undangan tab: offices invited as a whole ("Ketua KPU Kabupaten Blitar"), who of
each office has filled its row, and the saved invitee groups. Like the people list, the office list is kept in
the dialog and saved with the meeting (`save`)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from ...domain.services import directory_filter, invitee_groups, office_invitations
from .. import labels, messages
from ..plain import tip
from ..widgets import name_list

SATKER, LINE, NAME, FILLED = Qt.UserRole, Qt.UserRole + 1, Qt.UserRole + 2, Qt.UserRole + 3


class OfficeInvitees(QWidget):
    """`person_ids()` and `add_people(ids)` reach the people list of the tab (groups hold both)."""

    changed = Signal()

    def __init__(self, person_ids: Callable[[], list[int]], add_people: Callable[[list[int]], None], parent=None):
        super().__init__(parent)
        self._person_ids, self._add_people = person_ids, add_people
        self.meeting_id: int | None = None
        self._loaded_for: int | None = None
        self.model = QStandardItemModel(self)
        self.view = name_list(self.model)
        self.count_label = QLabel()
        self.invite_button = QPushButton(self.tr("Undang &kantor…"))
        self.invite_button.setToolTip(self.tr("Undang kantor tanpa nama orang, mis. \"Ketua KPU Kabupaten Blitar\" "
                                              "atau KPU kabupaten/kota se-provinsi"))
        self.remove_button = QPushButton(self.tr("Batalkan kantor"))
        self.group_button = QPushButton(self.tr("Undang ke&lompok…"))
        self.save_group_button = QPushButton(self.tr("Simpan sebagai kelompok…"))
        self.save_group_button.setToolTip(self.tr("Simpan orang dan kantor yang diundang agar dapat diundang lagi "
                                                  "di rapat lain"))
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for b in (self.invite_button, self.remove_button):
            row1.addWidget(b)
        row1.addStretch(1)
        for b in (self.group_button, self.save_group_button):
            row2.addWidget(b)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Kantor diundang (diisi oleh siapa pun dari kantor itu yang hadir):")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.invite_button.clicked.connect(self.pick_offices)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.doubleClicked.connect(lambda _i: self.remove_selected())
        self.group_button.clicked.connect(self.invite_group)
        self.save_group_button.clicked.connect(self.save_group)
        self._update_count()

    # --- the list ----------------------------------------------------------------------------------------

    def rows(self) -> list[tuple[int, str]]:
        """(satker id, position line) of every office invited, in order: what `save` writes."""
        return [(self.model.item(r).data(SATKER), self.model.item(r).data(LINE)) for r in range(self.model.rowCount())]

    def add_offices(self, offices: list[tuple[int, str, str]]) -> int:
        """Append (satker id, office name, position line) rows; an office already listed stays as it is."""
        present = {sid for sid, _ in self.rows()}
        added = 0
        for sid, name, line in offices:
            if sid in present:
                continue
            self._append(sid, name, office_invitations.clean_position_line(line), [])
            present.add(sid)
            added += 1
        if added:
            self._update_count()
            self.changed.emit()
        return added

    def _append(self, sid: int, name: str, line: str, filled_by: list[tuple[int, str]]) -> None:
        item = QStandardItem()
        item.setData(sid, SATKER)
        item.setData(line, LINE)
        item.setData(name, NAME)
        self.model.appendRow(item)
        self._show(item, filled_by)

    def _show(self, item: QStandardItem, filled_by: list[tuple[int, str]]) -> None:
        text = f"{item.data(LINE)} {item.data(NAME)}".strip()
        item.setData(bool(filled_by), FILLED)
        if filled_by:
            text = self.tr("{0} — diisi: {1}").format(text, ", ".join(name for _pid, name in filled_by))
            item.setForeground(QColor("#1b5e20"))
        else:
            item.setForeground(QColor("#263238"))
        item.setText(text)
        item.setToolTip(tip(text))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        for r in rows:
            self.model.removeRow(r)
        if rows:
            self._update_count()
            self.changed.emit()

    def _update_count(self) -> None:
        filled = sum(1 for r in range(self.model.rowCount()) if self.model.item(r).data(FILLED))
        text = self.tr("{0} kantor diundang").format(labels.number(self.model.rowCount()))
        if self.meeting_id is not None and self.model.rowCount():
            text = self.tr("{0}, {1} sudah terisi").format(text, labels.number(filled))
        self.count_label.setText(text)

    # --- the saved meeting -------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """Read the saved office rows the first time a meeting is shown (what the user changed since stays)."""
        self.meeting_id = meeting_id
        if meeting_id is not None and meeting_id != self._loaded_for:
            self._loaded_for = meeting_id
            self.model.clear()
            with messages.guarded(self):
                for o in office_invitations.lines(meeting_id):
                    self._append(o.satker_id, o.satker_name, o.position_line, o.filled_by)
        self._update_count()

    def refresh_filled(self) -> None:
        """Who has filled each office row by now (desks, phones and Zoom keep signing people in)."""
        if self.meeting_id is None or not self.model.rowCount():
            return
        with messages.guarded(self):
            fillers = office_invitations.present_by_office(self.meeting_id, [sid for sid, _ in self.rows()])
            for r in range(self.model.rowCount()):
                item = self.model.item(r)
                self._show(item, fillers.get(item.data(SATKER), []))
        self._update_count()

    def save(self, meeting_id: int) -> None:
        office_invitations.set_for_meeting(meeting_id, self.rows())
        self._loaded_for = meeting_id

    # --- dialogs -----------------------------------------------------------------------------------------

    def pick_offices(self) -> None:
        from .office_invite_dialog import OfficeInviteDialog

        dialog = OfficeInviteDialog(self)
        if dialog.exec():
            line = dialog.position_line()
            self.add_offices([(sid, name, line) for sid, name in dialog.selected()])

    def invite_group(self) -> None:
        from .invitee_groups_dialog import InviteeGroupsDialog

        dialog = InviteeGroupsDialog(self)
        if not dialog.exec() or dialog.group_id is None:
            return
        with messages.guarded(self):
            group = invitee_groups.members(dialog.group_id)
            names = directory_filter.names([sid for sid, _ in group.offices])
            self._add_people(group.person_ids)
            self.add_offices([(sid, names.get(sid, ""), line) for sid, line in group.offices])

    def save_group(self) -> None:
        from .invitee_groups_dialog import save_as_group

        person_ids, offices = self._person_ids(), self.rows()
        if not person_ids and not offices:
            messages.info(self, self.tr("Belum ada yang diundang; undang orang atau kantor dulu."))
            return
        name = save_as_group(self, person_ids, offices)
        if name:
            messages.info(self, self.tr("Kelompok \"{0}\" tersimpan: {1} orang, {2} kantor.").format(
                name, labels.number(len(person_ids)), labels.number(len(offices))))
