"""Add or change one person in the directory."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit

from ...domain.nip import format_nip_bare
from ...domain.services import people
from ..form_dialog import FormDialog
from ..widgets import SatkerCombo


class PersonDialog(FormDialog):
    def __init__(self, person_id: int | None = None, parent=None):
        super().__init__(parent)
        self.person_id = person_id
        self.setWindowTitle(self.tr("Orang baru") if person_id is None else self.tr("Ubah data orang"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Lengkap dengan gelar, mis. Dr. H. Rochani, S.Pd., M.Si."))
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("18 angka; kosongkan bila tidak ada"))
        self.position = QLineEdit()
        self.satker = SatkerCombo()
        self.institution = QLineEdit()
        self.institution.setPlaceholderText(self.tr("Bila satkernya tidak ada di daftar"))
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(self.tr("Kosongkan: disusun dari nama, mis. Raka Sandi, Amarodin"))
        self.short_name.setToolTip(self.tr("Sebutan orang ini dalam berita setelah nama lengkapnya disebut sekali."))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Nama:"), self.name)
        form.addRow(self.tr("Nama &panggilan (berita):"), self.short_name)
        form.addRow(self.tr("N&IP:"), self.nip)
        form.addRow(self.tr("&Jabatan:"), self.position)
        form.addRow(self.tr("&Satker:"), self.satker)
        form.addRow(self.tr("&Instansi lain:"), self.institution)
        form.addRow(self.tr("No. &HP:"), self.phone)
        form.addRow(self.tr("&Surel:"), self.email)
        self._lay_out(form, 560)
        if person_id is not None:
            p = people.get(person_id)
            self.name.setText(p.name)
            self.short_name.setText(p.short_name)
            self.nip.setText(format_nip_bare(p.nip) if p.nip else "")
            self.position.setText(p.position)
            self.satker.set_satker_id(p.satker_id)
            self.institution.setText(p.institution)
            self.phone.setText(p.phone)
            self.email.setText(p.email)

    def values(self) -> dict:
        return dict(name=self.name.text(), nip=self.nip.text() or None, position=self.position.text(),
                    satker_id=self.satker.satker_id(), institution=self.institution.text(),
                    phone=self.phone.text(), email=self.email.text(), short_name=self.short_name.text())

    def save(self) -> None:
        if self._try_save(self._store, {"name": self.name, "nip": self.nip, "satker_id": self.satker})[0]:
            self.accept()

    def _store(self) -> None:
        if self.person_id is None:
            self.person_id = people.create(**self.values()).id
        else:
            people.update(self.person_id, **self.values())
