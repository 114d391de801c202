"""Change a follow-up's status, from the meeting's Tindak lanjut tab or the Tindak Lanjut page: selesai and
batal need a catatan penyelesaian."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

from ...domain.services import followups
from .. import labels, messages
from ..widgets import HintLabel
from ..screen_fit import fit_to_screen


class StatusDialog(QDialog):
    """Change a follow-up's status. Selesai and batal need a catatan penyelesaian; Ctrl+Enter saves."""

    def __init__(self, row: followups.FollowUpRow, parent=None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Status tindak lanjut"))
        heading = QLabel(row.description)
        heading.setTextFormat(Qt.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        who = ", ".join(x for x in (row.person_name, row.satker_name) if x)
        sub = QLabel(who)
        sub.setTextFormat(Qt.PlainText)
        sub.setVisible(bool(who))
        self.status = QComboBox()
        for code, text in labels.follow_up_statuses().items():
            self.status.addItem(text, code)
        default = "selesai" if row.status == "terbuka" else row.status
        self.status.setCurrentIndex(self.status.findData(default))
        self.note = QPlainTextEdit(row.closing_note)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Bagaimana tindak lanjut ini diselesaikan, atau mengapa dibatalkan"))
        self.note.setMinimumHeight(90)
        self.error = HintLabel()
        linked = row.carried_from_id is not None or row.carried_to_date is not None
        chain = HintLabel(self.tr("Tindak lanjut ini dibawa antarrapat; statusnya di rapat lain ikut berubah.")
                          if linked else "")
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status)
        self.note_label = QLabel(self.tr("Catatan &penyelesaian:"))
        self.note_label.setBuddy(self.note)
        form.addRow(self.note_label, self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Simpan (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addLayout(form)
        layout.addWidget(chain)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for keys in (QKeySequence(Qt.CTRL | Qt.Key_Return), QKeySequence(Qt.CTRL | Qt.Key_Enter)):
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(self.save)
            self.addAction(action)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        fit_to_screen(self, (520, 300))
        self.status.setFocus()

    def _status_changed(self, *_args) -> None:
        closing = self.status.currentData() != "terbuka"
        self.note.setEnabled(closing)
        self.note_label.setEnabled(closing)

    def save(self) -> None:
        self.error.set_error("")
        ok, _ = messages.attempt(self, lambda exc: (self.error.set_error(messages.sentence(exc)), self.note.setFocus()),
                                 lambda: followups.set_status(self.row.id, self.status.currentData(),
                                                              self.note.toPlainText()))
        if ok:
            self.accept()
