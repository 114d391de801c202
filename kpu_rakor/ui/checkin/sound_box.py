"""The desk's sound switch: "Bunyi mati" while this PC can play the sounds, else a checked, greyed box reading
"Suara tidak tersedia" and a sentence saying why (no audio library, no audio device, playing failed)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from .sounds import NO_DEVICE, NO_LIBRARY, Sounds


class SoundBox(QWidget):
    """For the desk's `sounds`; `mute_box` and `note` are the parts a user sees."""

    def __init__(self, sounds: Sounds, parent=None):
        super().__init__(parent)
        self.sounds = sounds
        self.mute_box = QCheckBox(self.tr("Bunyi &mati"))
        self.note = QLabel()
        self.note.setObjectName("soundNote")
        self.note.setStyleSheet("color: #8a5a00;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mute_box)
        layout.addWidget(self.note)
        if sounds.available:
            self.mute_box.setChecked(sounds.muted)
            self.mute_box.toggled.connect(self._toggled)
            self.note.hide()
        else:
            self.show_unavailable(sounds.reason)
        sounds.unavailable.connect(self.show_unavailable)

    def _toggled(self, on: bool) -> None:
        if self.sounds.available:  # the box is the user's only while the PC can play
            self.sounds.set_muted(on)

    def show_unavailable(self, reason: str) -> None:
        """Silent for good on this PC: the box says so (checked, greyed), the stored choice stays untouched."""
        self.mute_box.blockSignals(True)
        self.mute_box.setChecked(True)
        self.mute_box.blockSignals(False)
        self.mute_box.setText(self.tr("Suara tidak tersedia"))
        self.mute_box.setEnabled(False)
        if reason == NO_LIBRARY:
            self.note.setText(self.tr("(pustaka audio tidak ada di PC ini)"))
            tip = self.tr("Pasang paket libpulse0 agar meja berbunyi.")
        elif reason == NO_DEVICE:
            self.note.setText(self.tr("(tidak ada perangkat suara di PC ini)"))
            tip = self.tr("Pasang atau nyalakan pengeras suara, lalu buka lagi halaman Presensi.")
        else:
            self.note.setText(self.tr("(suara gagal diputar di PC ini)"))
            tip = self.tr("Periksa pengaturan suara PC ini, lalu buka lagi halaman Presensi.")
        for w in (self.mute_box, self.note):
            w.setToolTip(tip)
        self.note.show()
