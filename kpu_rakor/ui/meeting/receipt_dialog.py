"""Atur daftar tanda terima: what the money is for, the amount per role, a different amount for a person (0:
not paid), and the PPK and Bendahara Pengeluaran who sign; saved for the meeting and as the next one's
defaults. "Simpan dan buat PDF" asks the Dokumen tab to draw the list."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout)

from ...domain.errors import ValidationError
from ...domain.nip import normalize_nip
from ...domain.services import receipts
from ...domain.terbilang import rupiah, rupiah_words
from .. import labels, messages
from ..checkin.status_dialog import DialogHint
from ..widgets import HintLabel, list_table
from ..screen_fit import fit_to_screen
from .receipt_people import ReceiptPeopleModel

MAX_SPIN = 999_999_999  # a spin box holds an int32; no honorarium comes near a billion


class ReceiptDialog(QDialog):
    """`render_requested` is True after "Simpan dan buat PDF"."""

    def __init__(self, meeting_id: int, parent=None):
        super().__init__(parent)
        self.meeting_id = meeting_id
        self.render_requested = False
        self.setWindowTitle(self.tr("Daftar tanda terima"))
        current = receipts.settings(meeting_id)
        payees = receipts.payees(meeting_id)

        self.purpose = QLineEdit(current.purpose)
        self.purpose.setMaxLength(120)
        self.purpose.setPlaceholderText(self.tr("mis. Uang Transport, Honorarium Narasumber"))
        top = QFormLayout()
        top.addRow(self.tr("&Uraian:"), self.purpose)

        role_box = QGroupBox(self.tr("Jumlah per peran (Rp)"))
        role_grid = QGridLayout(role_box)
        self.amounts: dict[str, QSpinBox] = {}
        locale = QLocale(QLocale.Indonesian, QLocale.Indonesia)  # 1.250.000, as the list prints it
        names = labels.receipt_roles()
        for i, key in enumerate(receipts.ROLE_KEYS):
            spin = QSpinBox()
            spin.setLocale(locale)
            spin.setRange(0, MAX_SPIN)
            spin.setSingleStep(50_000)
            spin.setGroupSeparatorShown(True)
            spin.setValue(min(current.amounts.get(key, 0), MAX_SPIN))
            spin.setAccessibleName(names[key])
            spin.valueChanged.connect(self._amounts_changed)
            # Typed digits stay "150000" until Qt redraws the value; show the dots the list will print.
            spin.editingFinished.connect(lambda s=spin: s.lineEdit().setText(s.textFromValue(s.value())))
            self.amounts[key] = spin
            label = QLabel(names[key] + ":")
            label.setBuddy(spin)
            role_grid.addWidget(label, i // 3, (i % 3) * 2)
            role_grid.addWidget(spin, i // 3, (i % 3) * 2 + 1)

        self.model = ReceiptPeopleModel(payees, dict(current.people), lambda role: self.amounts[role].value(), self)
        self.model.dataChanged.connect(lambda *_: self._update_total())
        self.table = list_table(self.model)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        people_box = QGroupBox(self.tr("Penerima"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(HintLabel(self.tr(
            "Yang hadir dan yang berperan di rapat ini. Ketik jumlah lain untuk seseorang (tebal); ketik 0 bila ia "
            "tidak menerima, atau kosongkan untuk kembali ke jumlah per peran.")))
        if not payees:
            people_layout.addWidget(HintLabel(self.tr("Belum ada yang tercatat hadir atau berperan di rapat ini.")))
        people_layout.addWidget(self.table)
        self.total = QLabel()
        self.total.setWordWrap(True)
        people_layout.addWidget(self.total)

        sign_box = QGroupBox(self.tr("Penanda tangan"))
        sign = QGridLayout(sign_box)
        self.ppk_name, self.ppk_nip = QLineEdit(current.ppk.name), QLineEdit(current.ppk.nip)
        self.bendahara_name = QLineEdit(current.bendahara.name)
        self.bendahara_nip = QLineEdit(current.bendahara.nip)
        for col, (title, name, nip) in enumerate(((self.tr("Pejabat Pembuat Komitmen"), self.ppk_name, self.ppk_nip),
                                                  (self.tr("Bendahara Pengeluaran"), self.bendahara_name,
                                                   self.bendahara_nip))):
            name.setPlaceholderText(self.tr("Nama dengan gelar"))
            name.setAccessibleName(title)
            nip.setPlaceholderText(self.tr("NIP (18 angka)"))
            nip.setAccessibleName(self.tr("NIP {0}").format(title))
            sign.addWidget(QLabel(f"<b>{title}</b>"), 0, col)
            sign.addWidget(name, 1, col)
            sign.addWidget(nip, 2, col)

        self.error_label = DialogHint()
        # Plain buttons in a fixed order (the platform's button box would put Batal in the middle).
        self.render_button = QPushButton(self.tr("Simpan dan buat PDF"))
        self.render_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Simpan"))
        cancel = QPushButton(self.tr("Batal"))
        for b in (self.save_button, cancel):
            b.setAutoDefault(False)
        self.render_button.clicked.connect(lambda: self.save(render=True))
        self.save_button.clicked.connect(lambda: self.save(render=False))
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(role_box)
        layout.addWidget(people_box, 1)
        layout.addWidget(sign_box)
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addStretch(1)
        for b in (self.render_button, self.save_button, cancel):
            row.addWidget(b)
        layout.addLayout(row)
        fit_to_screen(self, (760, 640))
        self._update_total()

    def _amounts_changed(self) -> None:
        self.model.refresh_amounts()
        self._update_total()

    def _update_total(self) -> None:
        if self.model.rejected_text:
            self.error_label.set_error(self.tr("\"{0}\" bukan jumlah rupiah; ketik angka saja, mis. 150000.")
                                       .format(self.model.rejected_text))
        total = self.model.total()
        words = rupiah_words(total)
        self.total.setText(self.tr("Jumlah: Rp {0} untuk {1} orang ({2})").format(
            rupiah(total), self.model.paid(), words[0].upper() + words[1:]))

    def settings(self) -> receipts.ReceiptSettings:
        """What the dialog holds, as the service takes it."""
        return receipts.ReceiptSettings(
            purpose=self.purpose.text(), amounts={k: s.value() for k, s in self.amounts.items()},
            people=dict(self.model.own),
            ppk=receipts.Official(self.ppk_name.text(), self.ppk_nip.text()),
            bendahara=receipts.Official(self.bendahara_name.text(), self.bendahara_nip.text()))

    def save(self, render: bool) -> None:
        def show_inline(exc):
            self.error_label.set_error(messages.sentence(exc))
            if isinstance(exc, ValidationError) and exc.field == "nip":
                try:
                    normalize_nip(self.ppk_nip.text())
                    self.bendahara_nip.setFocus()  # the PPK's is fine: the bendahara's is the one refused
                except ValidationError:
                    self.ppk_nip.setFocus()

        ok, _ = messages.attempt(self, show_inline, lambda: receipts.save(self.meeting_id, self.settings()))
        if not ok:
            return
        self.render_requested = render
        self.accept()
