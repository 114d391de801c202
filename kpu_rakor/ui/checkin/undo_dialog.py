"""Undo a mistaken check-in at the desk: who and when, and a reason the audit log keeps."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ...domain.services import checkin, desk, people
from .. import labels, messages
from ..widgets import HintLabel
from .status_dialog import DialogHint, fit_width, heading_labels



class UndoDialog(QDialog):
    """On "Batalkan kehadiran" calls checkin.undo; the attendance row is removed, the audit log keeps it."""

    def __init__(self, meeting_id: int, person_id: int, parent=None):
        super().__init__(parent)
        self.meeting_id, self.person_id = meeting_id, person_id
        person = people.get(person_id)
        self.setWindowTitle(self.tr("Batalkan kehadiran: {0}").format(person.name))  # whom F8 acts on
        self.name_label, self.place_label = heading_labels(person, self)
        self.when_label = QLabel(self._when_text())
        self.when_label.setTextFormat(Qt.PlainText)  # names the desk, as the user typed it
        self.when_label.setWordWrap(True)
        self.explain = HintLabel(self.tr("Catatan kehadirannya dihapus; alasannya disimpan di log audit. "
                                         "Bila orangnya ternyata hadir, pindai lagi kodenya."))
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("mis. salah pilih nama, orangnya belum datang"))
        self.reason.textChanged.connect(lambda _t: self.error_label.set_error(""))
        self.error_label = DialogHint()
        buttons = QDialogButtonBox()
        self.undo_button = buttons.addButton(self.tr("Batalkan kehadiran"), QDialogButtonBox.AcceptRole)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        close.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Alasan:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.place_label)
        layout.addWidget(self.when_label)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        fit_width(self, 520)
        self.reason.setFocus()

    def _when_text(self) -> str:
        row = None
        with messages.guarded(self):
            row = desk.scan_of(self.meeting_id, self.person_id)
        if row is None:
            return self.tr("Orang ini belum tercatat di rapat ini.")
        status = labels.attendance_statuses().get(row.status, row.status)
        if row.time and row.desk:
            return self.tr("{0} pukul {1} di {2}").format(status, row.time, row.desk)
        if row.time:
            return self.tr("{0} pukul {1}").format(status, row.time)
        return self.tr("{0} (dicatat tanpa jam hadir)").format(status)

    def save(self) -> None:
        if not self.reason.text().strip():
            self.error_label.set_error(self.tr("Tulis alasan pembatalannya; alasan itu disimpan di log audit."))
            self.reason.setFocus()
            return
        ok, _ = messages.attempt(self, lambda exc: self.error_label.set_error(messages.sentence(exc)),
                                 lambda: checkin.undo(self.meeting_id, self.person_id, self.reason.text()))
        if not ok:
            return
        self.accept()
