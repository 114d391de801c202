"""Right after a check-in: the person signs on the screen; the strokes go with their attendance row."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout

from ...domain.services import desk, people
from .. import messages
from ..widgets import HintLabel
from .signature_pad import SignaturePad
from .status_dialog import DialogHint, fit_width, heading_labels


class SignatureDialog(QDialog):
    """Simpan stores the signature and accepts; Lewati (or Esc) closes without one."""

    def __init__(self, meeting_id: int, person_id: int, parent=None):
        super().__init__(parent)
        self.meeting_id, self.person_id = meeting_id, person_id
        self.setWindowTitle(self.tr("Tanda tangan"))
        self.name_label, self.place_label = heading_labels(people.get(person_id), self)
        self.pad = SignaturePad()
        self.error_label = DialogHint()
        self.hint = HintLabel(self.tr("Tanda tangan dengan tetikus, pena atau jari di bidang putih. "
                                      "Ctrl+Z membatalkan goresan terakhir."))
        self.clear_button = QPushButton(self.tr("&Hapus"))
        self.skip_button = QPushButton(self.tr("&Lewati"))
        self.save_button = QPushButton(self.tr("&Simpan"))
        for b in (self.clear_button, self.skip_button, self.save_button):
            b.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.clear_button.clicked.connect(self.pad.clear)
        self.skip_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.pad.changed.connect(self._update_buttons)
        QShortcut(QKeySequence.Undo, self, activated=self.pad.undo_stroke)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.place_label)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.pad, self.save_button)
        self.setTabOrder(self.save_button, self.skip_button)
        self.setTabOrder(self.skip_button, self.clear_button)
        fit_width(self, 640)
        self.pad.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        empty = self.pad.is_empty()
        self.save_button.setEnabled(not empty)
        self.clear_button.setEnabled(not empty)
        if not empty:
            self.error_label.set_error("")

    def keyPressEvent(self, event):
        # Enter saves from anywhere in the dialog (the pad has focus while signing); Esc skips (QDialog's own).
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & ~Qt.KeypadModifier:
            self.save()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        if self.pad.is_empty():
            self.error_label.set_error(self.tr("Tanda tangan masih kosong. Tanda tangani bidang putih, atau "
                                               "pilih Lewati."))
            self.pad.setFocus()
            return
        ok, _ = messages.attempt(self, lambda exc: self.error_label.set_error(messages.sentence(exc)),
                                 lambda: desk.save_signature(self.meeting_id, self.person_id, self.pad.strokes()))
        if not ok:
            return
        self.accept()
