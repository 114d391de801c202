"""Add an institution that is not a KPU office (Bawaslu, Pemda, a university, the media) to the satker list."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

from ...domain import timefmt
from ...domain.models import KIND_LAIN
from ...domain.services import installation, satker
from .. import labels, messages
from ..form_dialog import FormDialog


class InstitutionDialog(FormDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instansi baru"))
        self.satker_id: int | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. Bawaslu Kabupaten Tulungagung"))
        self.kind = QComboBox()
        for code, text in labels.institution_kinds().items():
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(self.kind.findData(KIND_LAIN))
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("mis. Tulungagung"))
        self.zone = QComboBox()
        for code, name in timefmt.ZONE_NAMES.items():
            self.zone.addItem(f"{code} ({name})", code)
        with messages.guarded(self):
            self.zone.setCurrentIndex(max(0, self.zone.findData(installation.office_zone())))
        self.website = QLineEdit()
        self.website.setPlaceholderText(self.tr("mis. tulungagung.bawaslu.go.id (boleh kosong)"))
        form = QFormLayout()
        form.addRow(self.tr("&Nama instansi:"), self.name)
        form.addRow(self.tr("&Jenis:"), self.kind)
        form.addRow(self.tr("&Kota:"), self.city)
        form.addRow(self.tr("&Zona waktu:"), self.zone)
        form.addRow(self.tr("Situs &web:"), self.website)
        self._lay_out(form, 520)

    def save(self) -> None:
        fields = {"name": self.name, "kind": self.kind, "timezone": self.zone}
        ok, s = self._try_save(lambda: satker.add_institution(
            self.name.text(), kind=self.kind.currentData(), city=self.city.text().strip(),
            timezone=self.zone.currentData(), website=self.website.text().strip()), fields)
        if ok:
            self.satker_id = s.id
            self.accept()
