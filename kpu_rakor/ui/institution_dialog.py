"""Add an institution that is not a KPU office (Bawaslu, Pemda, a university, the media) to the satker list."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout

from ..domain import timefmt
from ..domain.errors import ValidationError
from ..domain.models import KIND_LAIN
from ..domain.services import installation, satker
from . import labels, messages
from .widgets import HintLabel, save_cancel_buttons

ERROR_STYLE = "border: 2px solid #b00020;"


class InstitutionDialog(QDialog):
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
        self.error_label = HintLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Nama instansi:"), self.name)
        form.addRow(self.tr("&Jenis:"), self.kind)
        form.addRow(self.tr("&Kota:"), self.city)
        form.addRow(self.tr("&Zona waktu:"), self.zone)
        form.addRow(self.tr("Situs &web:"), self.website)
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def save(self) -> None:
        fields = {"name": self.name, "kind": self.kind, "timezone": self.zone}
        for w in fields.values():
            w.setStyleSheet("")
        try:
            s = satker.add_institution(self.name.text(), kind=self.kind.currentData(),
                                       city=self.city.text().strip(), timezone=self.zone.currentData(),
                                       website=self.website.text().strip())
        except ValidationError as exc:
            self.error_label.set_error(messages.sentence(exc))
            widget = fields.get(exc.field or "")
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setFocus()
            return
        except Exception as exc:  # noqa: BLE001 - shown as a sentence at the edge of the action
            messages.show_exception(self, exc)
            return
        self.satker_id = s.id
        self.accept()
