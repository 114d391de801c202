"""*Tandai kehadiran kita…* on the Kehadiran tab of a meeting the office only attended: our people, checked
(the invited ones to begin with), marked present luring or daring in one step at the meeting's own start;
the host's Zoom report is not ours to download (domain/services/mark_present.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from ...domain import timefmt
from ...domain.models import ATT_TANPA_KETERANGAN, CHANNEL_DARING, CHANNEL_LURING, MODE_DARING, ROLE_PARTICIPANT
from ...domain.services import mark_present, meetings
from .. import labels, messages, settings
from ..widgets import HintLabel, list_table
from ..screen_fit import fit_to_screen

# The desk page's DEFAULT_DESK: manual records carry the desk's name. Not imported: that page loads the camera.
DEFAULT_WHO = "Meja 1"


def button(tab: QWidget) -> QPushButton:
    """The tab's button; `update_button` shows it for meetings the office attended as a participant."""
    b = QPushButton(QCoreApplication.translate("AttendanceTab", "&Tandai kehadiran kita…"))
    b.setToolTip(QCoreApplication.translate(
        "AttendanceTab", "Catat orang kantor kita hadir (luring atau daring) sekaligus, pada jam mulai rapat: "
                         "untuk rapat yang hanya kita hadiri."))
    b.clicked.connect(lambda: open_for(tab))
    b.hide()
    return b


def update_button(b: QPushButton, meeting_id: int | None) -> None:
    with messages.guarded(b) as g:
        shown = meeting_id is not None and meetings.get(meeting_id).our_role == ROLE_PARTICIPANT
    b.setVisible(g.ok and shown)


def open_for(tab) -> None:
    if tab.meeting_id is None:
        return
    with messages.guarded(tab) as g:
        dialog = MarkPresentDialog(tab.meeting_id, tab)
    if g.ok and dialog.exec() == QDialog.Accepted:
        tab.reload()
        messages.info(tab, dialog.outcome)


class MarkPresentDialog(QDialog):
    NAME, PLACE, NOTE = range(3)

    def __init__(self, meeting_id: int, parent=None):
        super().__init__(parent)
        self.meeting_id = meeting_id
        self.outcome = ""
        self.setWindowTitle(self.tr("Tandai kehadiran kita"))
        m = meetings.get(meeting_id)
        start = timefmt.to_local(m.starts_at, m.timezone)
        at = timefmt.clock_zone(m.starts_at, m.timezone)
        heading = QLabel(f"{m.title}\n{timefmt.long_date(start)}, {at}")
        heading.setTextFormat(Qt.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = HintLabel(self.tr("Orang yang dicentang dicatat hadir pada jam mulai rapat ({0}), bukan jam "
                                 "sekarang. Yang sudah tercatat (hadir, izin, sakit…) tidak diubah.").format(at))
        self.luring = QRadioButton(labels.channels()[CHANNEL_LURING])
        self.daring = QRadioButton(labels.channels()[CHANNEL_DARING])
        (self.daring if m.mode == MODE_DARING else self.luring).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.luring)
        group.addButton(self.daring)
        self.who = QLineEdit(settings.DESK_NAME.get() or DEFAULT_WHO)
        self.who.setMaxLength(60)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Hadir secara:")))
        top.addWidget(self.luring)
        top.addWidget(self.daring)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Dicatat oleh:")))
        top.addWidget(self.who, 1)

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Jabatan · Instansi"), self.tr("Keterangan")])
        self._fill(mark_present.our_people(meeting_id))
        self.view = list_table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(self.NAME, 260)
        self.view.setColumnWidth(self.PLACE, 340)
        self.all_button = QPushButton(self.tr("Centang &semua"))
        self.none_button = QPushButton(self.tr("&Kosongkan"))
        self.count_label = QLabel()
        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        picks.addWidget(self.count_label)
        self.error_label = HintLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Tandai &hadir"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(picks)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.mark)
        buttons.rejected.connect(self.reject)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.model.itemChanged.connect(lambda _i: self._update_count())
        self._update_count()
        fit_to_screen(self, (860, 560))

    def _fill(self, people: list[mark_present.OurPerson]) -> None:
        statuses = labels.attendance_statuses()
        for p in people:
            first = QStandardItem(p.name)
            first.setData(p.id, Qt.UserRole)
            first.setEditable(False)
            # A row that says more than "present at the start" (a scan, izin with a reason) stays as it is.
            open_row = p.status in ("", ATT_TANPA_KETERANGAN)
            first.setCheckable(open_row)
            first.setEnabled(open_row)
            first.setCheckState(Qt.Checked if open_row and p.invited else Qt.Unchecked)
            place = " · ".join(x for x in (p.position, p.institution) if x)
            notes = []
            if p.status:
                notes.append(self.tr("Sudah tercatat: {0}").format(statuses.get(p.status, p.status)))
            if p.invited:
                notes.append(self.tr("Diundang"))
            if p.has_role:
                notes.append(self.tr("Punya peran"))
            cells = [first, QStandardItem(place), QStandardItem(" · ".join(notes))]
            for c in cells[1:]:
                c.setEditable(False)
                c.setEnabled(open_row)
            self.model.appendRow(cells)

    def _check_all(self, on: bool) -> None:
        for r in range(self.model.rowCount()):
            item = self.model.item(r, self.NAME)
            if item.isCheckable():
                item.setCheckState(Qt.Checked if on else Qt.Unchecked)

    def checked_ids(self) -> list[int]:
        return [self.model.item(r).data(Qt.UserRole) for r in range(self.model.rowCount())
                if self.model.item(r).isCheckable() and self.model.item(r).checkState() == Qt.Checked]

    def channel(self) -> str:
        return CHANNEL_DARING if self.daring.isChecked() else CHANNEL_LURING

    def _update_count(self) -> None:
        n = len(self.checked_ids())
        self.count_label.setText(self.tr("{0} orang dicentang").format(labels.number(n)))
        self.ok_button.setEnabled(n > 0)

    def mark(self) -> None:
        who = " ".join(self.who.text().split()) or DEFAULT_WHO
        with messages.guarded(self) as g:
            result = mark_present.mark_present(self.meeting_id, self.checked_ids(), self.channel(), who)
        if not g.ok:
            return
        channel = labels.channels()[self.channel()].lower()
        self.outcome = self.tr("{0} orang ditandai hadir ({1}).").format(labels.number(result.added), channel)
        if result.kept:
            self.outcome += " " + self.tr("{0} orang sudah tercatat dan tidak diubah.").format(
                labels.number(result.kept))
        self.accept()
