"""A walk-in (tamu) at the desk: saved to the directory and checked in (without an invitation), in one go; their QR code
can then be saved as a PNG for printing."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

from ...domain.services import desk
from ...domain.services.checkin import CHECKED_IN
from .. import messages
from ..meeting.qr_file import save_invitation_qr
from ..widgets import SatkerCombo
from .status_dialog import DialogHint, fit_width

ERROR_STYLE = "border: 2px solid #b00020;"
DONE_STYLE = ("background: #e3f5e1; color: #14532d; border: 2px solid #2e7d32; border-radius: 4px; "
              "padding: 8px; font-weight: bold;")
WARN_STYLE = ("background: #fff4d6; color: #6b4400; border: 2px solid #c98a00; border-radius: 4px; "
              "padding: 8px; font-weight: bold;")


class WalkInDialog(QDialog):
    """Simpan adds the guest and checks them in; `self.result` then holds the CheckinResult. The dialog stays
    open a moment to offer "Cetak kode QR"; closing it in any way then counts as accepted."""

    def __init__(self, meeting_id: int, desk: str, parent=None):
        super().__init__(parent)
        self.meeting_id, self.desk = meeting_id, desk
        self.result = None  # the CheckinResult after saving (this shadows QDialog.result(): use exec()'s value)
        self.saved_qr_path: Path | None = None
        self.setWindowTitle(self.tr("Tamu (belum ada di direktori)"))
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.name.setPlaceholderText(self.tr("Lengkap dengan gelar, mis. Dr. H. Rochani, S.Pd., M.Si."))
        self.position = QLineEdit()
        self.position.setMaxLength(200)
        self.position.setPlaceholderText(self.tr("mis. Ketua Bawaslu, wartawan"))
        self.institution = SatkerCombo()
        self.institution.lineEdit().setMaxLength(200)
        self.institution.lineEdit().setPlaceholderText(self.tr("Ketik nama instansi; pilih bila ada di daftar"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)
        self.phone.setPlaceholderText(self.tr("mis. 0812 3456 7890"))
        self.error_label = DialogHint()
        self.done_label = QLabel()
        self.done_label.setTextFormat(Qt.PlainText)  # the guest's name is text, never markup
        self.done_label.setWordWrap(True)
        self.done_label.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Nama:"), self.name)
        form.addRow(self.tr("&Jabatan:"), self.position)
        form.addRow(self.tr("&Instansi:"), self.institution)
        form.addRow(self.tr("No. &HP:"), self.phone)
        self.form = form
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Simpan dan catat hadir"), QDialogButtonBox.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        self.qr_button = QPushButton(self.tr("Cetak &kode QR…"))
        self.qr_button.setToolTip(self.tr("Simpan kode QR pribadi tamu ini sebagai gambar PNG untuk dicetak"))
        self.qr_button.setAutoDefault(False)
        self.qr_button.clicked.connect(self.save_qr)
        self.buttons.addButton(self.qr_button, QDialogButtonBox.ActionRole)
        self.close_button = QPushButton(self.tr("Selesai"))
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ActionRole)
        for b in (self.qr_button, self.close_button):
            b.setVisible(False)  # after addButton, which shows them; they belong to the state after saving
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)
        fit_width(self, 560)
        self.name.setFocus()

    def values(self) -> dict:
        satker_id = self.institution.satker_id()
        institution = "" if satker_id is not None else self.institution.currentText().strip()
        return dict(name=self.name.text(), position=self.position.text(), institution=institution,
                    phone=self.phone.text(), satker_id=satker_id)

    def save(self) -> None:
        if self.result is not None:
            return  # already saved; a second Enter must not add the guest twice
        self.name.setStyleSheet("")
        if not self.name.text().strip():
            self._field_error(self.tr("Nama tamu wajib diisi."), self.name)
            return
        def inline(exc):
            widget = {"name": self.name, "phone": self.phone}.get(getattr(exc, "field", None) or "")
            self._field_error(messages.sentence(exc), widget)

        ok, result = messages.attempt(self, inline,
                                      lambda: desk.walk_in(self.meeting_id, desk=self.desk, **self.values()))
        if not ok:
            return
        self.result = result
        self._show_done(result)

    def _field_error(self, text: str, widget) -> None:
        self.error_label.set_error(text)
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()

    def _show_done(self, result) -> None:
        self.error_label.set_error("")
        for w in (self.name, self.position, self.phone):
            w.setReadOnly(True)  # still readable (disabled fields turn pale grey), but saved: no more edits
        self.institution.setEnabled(False)
        if result.result == CHECKED_IN:
            text = self.tr("{0} tercatat hadir pukul {1}.").format(result.name, result.time)
            if result.minutes_late:
                text += " " + self.tr("Terlambat {0} menit.").format(result.minutes_late)
            self.done_label.setStyleSheet(DONE_STYLE)
            self.done_label.setProperty("state", "green")
        else:
            text = result.message
            self.done_label.setStyleSheet(WARN_STYLE)
            self.done_label.setProperty("state", "amber")
        self.done_label.setText(text)
        self.done_label.setVisible(True)
        self.save_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.qr_button.setVisible(True)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        if self.isVisible():
            fit_width(self, self.width())

    def reject(self) -> None:
        # Esc after saving: the guest is checked in, so the desk must hear "accepted" either way.
        if self.result is not None:
            self.accept()
        else:
            super().reject()

    def save_qr(self) -> Path | None:
        """Ask where, then write the guest's personal QR as a PNG (for printing): a walk-in has no invitation,
        and the personal code serves at this meeting and any later one. Returns the path, or None."""
        if self.result is None or self.result.person_id is None:
            return None
        path = save_invitation_qr(self, None, self.result.person_id, self.result.name, for_print=True)
        if path is None:
            return None
        self.saved_qr_path = path
        self.done_label.setText(self.done_label.text() + "\n" + self.tr("Kode QR disimpan di {0}.").format(path))
        if self.isVisible():
            fit_width(self, self.width())
        return path
