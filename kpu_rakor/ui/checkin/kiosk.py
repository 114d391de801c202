"""Kiosk mode: the desk full screen with only the result, the counts and the camera; leaving needs a PIN.

The PIN is kept per PC in QSettings as a salted SHA-256, never in clear. `ask_new_pin` is a module function so
tests can answer it without a modal dialog.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from .. import settings
from ..widgets import HintLabel
from .counts_bar import CountsBar
from .result_panel import ResultPanel

MIN_PIN = 4


def _digest(salt: str, pin: str) -> str:
    return hashlib.sha256(f"{salt}:{pin}".encode("utf-8")).hexdigest()


def has_pin() -> bool:
    return bool(settings.KIOSK_PIN.get())


def set_pin(pin: str) -> None:
    salt = secrets.token_hex(16)
    settings.KIOSK_PIN.set(f"{salt}${_digest(salt, pin)}", sync=True)


def check_pin(pin: str) -> bool:
    stored = settings.KIOSK_PIN.get()
    if "$" not in stored:
        return False
    salt, digest = stored.split("$", 1)
    return hmac.compare_digest(digest, _digest(salt, pin))


class SetPinDialog(QDialog):
    """Choose the kiosk PIN (typed twice)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Atur PIN mode kiosk"))
        self.pin = QLineEdit()
        self.again = QLineEdit()
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.Password)
            field.setMaxLength(12)
        self.error = HintLabel(self.tr("PIN ini diminta untuk keluar dari mode kiosk. Paling sedikit {0} "
                                       "angka.").format(MIN_PIN))
        form = QFormLayout()
        form.addRow(self.tr("&PIN baru:"), self.pin)
        form.addRow(self.tr("&Ulangi PIN:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Simpan PIN"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.value = ""

    def save(self) -> None:
        pin = self.pin.text().strip()
        if len(pin) < MIN_PIN or not pin.isdigit():
            self.error.set_error(self.tr("PIN harus angka, paling sedikit {0} angka.").format(MIN_PIN))
            self.pin.setFocus()
            return
        if pin != self.again.text().strip():
            self.error.set_error(self.tr("Kedua PIN tidak sama; ketik ulang."))
            self.again.clear()
            self.again.setFocus()
            return
        self.value = pin
        self.accept()


def ask_new_pin(parent) -> str | None:
    dialog = SetPinDialog(parent)
    return dialog.value if dialog.exec() else None


class KioskWindow(QWidget):
    """Full-screen view of the desk. `left` is emitted once the right PIN was typed."""

    left = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, Qt.Window)
        self.setWindowTitle(self.tr("KPU Rakor — Presensi"))
        self.setObjectName("kiosk")
        self.setStyleSheet("#kiosk { background: #ffffff; }")
        self.unlocked = False
        self.counts = CountsBar(scale=1.3)
        self.result_panel = ResultPanel(scale=1.5)
        self.hint = QLabel(self.tr("Keluar dari mode kiosk: Esc, lalu PIN."))
        self.hint.setStyleSheet("color: #78909c; font-size: 10pt;")
        self.pin_field = QLineEdit()
        self.pin_field.setObjectName("kioskPin")
        self.pin_field.setEchoMode(QLineEdit.Password)
        self.pin_field.setMaxLength(12)
        self.pin_field.setMaximumWidth(160)
        self.pin_field.returnPressed.connect(self._try_pin)
        self.pin_error = HintLabel()
        self.pin_row = QWidget()
        row = QHBoxLayout(self.pin_row)
        row.setContentsMargins(0, 0, 0, 0)
        pin_label = QLabel(self.tr("&PIN untuk keluar:"))
        pin_label.setBuddy(self.pin_field)
        row.addWidget(pin_label)
        row.addWidget(self.pin_field)
        row.addWidget(self.pin_error, 1)
        self.pin_row.hide()

        self.middle = QHBoxLayout()
        self.middle.addWidget(self.result_panel, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint)
        bottom.addStretch(1)
        bottom.addWidget(self.pin_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.counts)
        layout.addLayout(self.middle, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key_F11), self, self.ask_pin)

    def add_camera(self, camera: QWidget) -> None:
        """The desk's camera panel moves in beside the result (and back to the desk on leaving)."""
        self.middle.addWidget(camera, 2)

    def ask_pin(self) -> None:
        self.pin_error.set_hint("")
        self.pin_row.show()
        self.pin_field.clear()
        self.pin_field.setFocus()

    def _try_pin(self) -> None:
        if check_pin(self.pin_field.text()):
            self.unlocked = True
            self.pin_field.clear()
            self.close()
            self.left.emit()
        else:
            self.pin_field.clear()
            self.pin_error.set_error(self.tr("PIN salah."))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            if self.pin_row.isVisible():
                self.pin_row.hide()
                self.setFocus()
            else:
                self.ask_pin()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if not self.unlocked:
            event.ignore()  # Alt+F4 by a visitor must not leave the kiosk
            self.ask_pin()
            return
        super().closeEvent(event)
