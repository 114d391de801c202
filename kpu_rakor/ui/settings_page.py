"""The Pengaturan screen: this office's profile for documents, and the language of the app."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..domain.services import installation
from . import messages
from .widgets import HintLabel, SatkerCombo

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


class SettingsPage(QWidget):
    office_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.satker = SatkerCombo()
        self.letterhead = QPlainTextEdit()
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setPlaceholderText(self.tr("Satu baris kop per baris, dari atas ke bawah"))
        self.letterhead.setMaximumHeight(90)
        self.city = QLineEdit()
        self.website = QLineEdit()
        self.initials = QLineEdit()
        self.initials.setMaxLength(10)
        self.initials.setPlaceholderText(self.tr("mis. amr"))
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("mis. Ruang Rapat KPU Kabupaten Tulungagung"))
        self.late = QSpinBox()
        self.late.setRange(0, 240)
        self.late.setSuffix(self.tr(" menit"))
        self.save_button = QPushButton(self.tr("&Simpan profil kantor"))
        self.status_label = HintLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)

        office = QGroupBox(self.tr("Profil kantor"))
        form = QFormLayout(office)
        form.addRow(self.tr("Sat&ker kantor ini:"), self.satker)
        form.addRow(self.tr("&Kop surat:"), self.letterhead)
        form.addRow(self.tr("Ko&ta (untuk dateline):"), self.city)
        form.addRow(self.tr("Situs &web:"), self.website)
        form.addRow(self.tr("&Inisial penulis berita:"), self.initials)
        form.addRow(self.tr("Tempat rapat &biasa:"), self.venue)
        form.addRow(self.tr("Dianggap &terlambat setelah:"), self.late)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status_label, 1)
        form.addRow("", buttons)

        lang_box = QGroupBox(self.tr("Bahasa"))
        lang_form = QFormLayout(lang_box)
        lang_form.addRow(self.tr("Bahasa &tampilan:"), self.language)
        lang_note = QLabel(self.tr("Perubahan bahasa berlaku setelah aplikasi ditutup dan dibuka kembali."))
        lang_note.setWordWrap(True)
        lang_form.addRow("", lang_note)

        title = QLabel(self.tr("Pengaturan"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for box in (office, lang_box):
            box.setMaximumWidth(900)  # long fields across a wide screen are hard to read
            layout.addWidget(box)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.load()
        current = QSettings("KPU", "KPU Rakor").value("ui/language", "id")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)

    def load(self) -> None:
        with messages.guarded(self):
            p = installation.profile()
            self.satker.set_satker_id(p.satker_id)
            self.letterhead.setPlainText(p.letterhead_lines)
            self.city.setText(p.city)
            self.website.setText(p.website)
            self.initials.setText(p.writer_initials)
            self.venue.setText(p.default_venue)
            self.late.setValue(p.late_threshold_minutes)

    def save(self) -> None:
        satker_id = self.satker.satker_id()
        if satker_id is None:
            self.status_label.set_error(self.tr("Pilih dulu satker kantor ini dari daftar."))
            self.satker.setFocus()
            return
        with messages.guarded(self) as g:
            installation.set_office(
                satker_id, letterhead_lines=self.letterhead.toPlainText().strip(), city=self.city.text().strip(),
                website=self.website.text().strip(), writer_initials=self.initials.text().strip(),
                default_venue=self.venue.text().strip(), late_threshold_minutes=self.late.value())
        if g.ok:
            self.load()  # set_office fills empty letterhead, city and website from the satker
            self.status_label.set_hint(self.tr("Profil kantor tersimpan."))
            self.office_changed.emit()

    def _language_changed(self) -> None:
        QSettings("KPU", "KPU Rakor").setValue("ui/language", self.language.currentData())
        self.status_label.set_hint(self.tr("Bahasa tersimpan; tutup dan buka kembali aplikasi untuk "
                                           "menerapkannya."))
