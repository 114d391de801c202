"""Add or change one person in the directory."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout

from ..domain.errors import ValidationError
from ..domain.nip import format_nip_bare
from ..domain.services import people
from . import messages
from .widgets import HintLabel, SatkerCombo, save_cancel_buttons

ERROR_STYLE = "border: 2px solid #b00020;"


class PersonDialog(QDialog):
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
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.error_label = HintLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Nama:"), self.name)
        form.addRow(self.tr("N&IP:"), self.nip)
        form.addRow(self.tr("&Jabatan:"), self.position)
        form.addRow(self.tr("&Satker:"), self.satker)
        form.addRow(self.tr("&Instansi lain:"), self.institution)
        form.addRow(self.tr("No. &HP:"), self.phone)
        form.addRow(self.tr("&Surel:"), self.email)
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 0)
        if person_id is not None:
            p = people.get(person_id)
            self.name.setText(p.name)
            self.nip.setText(format_nip_bare(p.nip) if p.nip else "")
            self.position.setText(p.position)
            self.satker.set_satker_id(p.satker_id)
            self.institution.setText(p.institution)
            self.phone.setText(p.phone)
            self.email.setText(p.email)

    def values(self) -> dict:
        return dict(name=self.name.text(), nip=self.nip.text() or None, position=self.position.text(),
                    satker_id=self.satker.satker_id(), institution=self.institution.text(),
                    phone=self.phone.text(), email=self.email.text())

    def save(self) -> None:
        for w in (self.name, self.nip, self.satker):
            w.setStyleSheet("")
        try:
            if self.person_id is None:
                self.person_id = people.create(**self.values()).id
            else:
                people.update(self.person_id, **self.values())
        except ValidationError as exc:
            self.error_label.set_error(messages.sentence(exc))
            widget = {"name": self.name, "nip": self.nip, "satker_id": self.satker}.get(exc.field or "")
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setFocus()
            return
        except Exception as exc:  # noqa: BLE001 - shown as a sentence at the edge of the action
            messages.show_exception(self, exc)
            return
        self.accept()
