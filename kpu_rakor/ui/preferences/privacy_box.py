"""The *Data pribadi* box of Pengaturan (UU 27/2022): whether the daftar hadir prints phone numbers, the
retention period for guests' data with a preview before anything is anonymised, and the audit log."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSpinBox, QTableView, QVBoxLayout)

from ...domain.services import audit, installation, privacy
from ...domain.timefmt import date_only, to_local
from .. import labels, messages
from ..widgets import HintLabel


class PrivacyBox(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(self.tr("Data pribadi (UU 27/2022)"), parent)
        self.phone_check = QCheckBox(self.tr("Cetak kolom No. &HP pada daftar hadir"))
        self.phone_check.setToolTip(self.tr("Daftar hadir diedarkan di ruang rapat: tanpa kolom ini, nomor HP "
                                            "peserta tidak terbaca oleh peserta lain."))
        self.months = QSpinBox()
        self.months.setRange(1, privacy.MAX_RETENTION_MONTHS)
        self.months.setSuffix(self.tr(" bulan"))
        self.preview_button = QPushButton(self.tr("Pratin&jau"))
        self.apply_button = QPushButton(self.tr("A&nonimkan sekarang"))
        self.apply_button.setEnabled(False)
        self.audit_button = QPushButton(self.tr("Log a&udit…"))
        self.status = HintLabel()
        self.status.setTextFormat(Qt.PlainText)
        self.count_label = QLabel()
        self.preview_model = QStandardItemModel(0, 4, self)
        self.preview_model.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("Instansi"), self.tr("Rapat terakhir"), self.tr("Rapat")])
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_view.setSelectionMode(QAbstractItemView.NoSelection)
        self.preview_view.verticalHeader().hide()
        self.preview_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.preview_view.setMaximumHeight(180)
        self.preview_view.hide()
        self._previewed: list[int] = []
        self._previewed_months = 0

        retention_note = QLabel(self.tr("Data tamu dan peserta tanpa undangan yang rapat terakhirnya lebih lama "
                                        "dari masa simpan dianonimkan: nama diganti, NIP, HP, surel dan tanda "
                                        "tangan dihapus. Kehadirannya tetap dihitung."))
        retention_note.setWordWrap(True)
        months_row = QHBoxLayout()
        months_label = QLabel(self.tr("&Masa simpan data tamu:"))
        months_label.setBuddy(self.months)
        months_row.addWidget(months_label)
        months_row.addWidget(self.months)
        months_row.addWidget(self.preview_button)
        months_row.addWidget(self.apply_button)
        months_row.addStretch(1)
        # The audit log shares the first row: the box stays short enough for Pengaturan at 1366×768.
        first_row = QHBoxLayout()
        first_row.addWidget(self.phone_check)
        first_row.addStretch(1)
        first_row.addWidget(self.audit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(first_row)
        layout.addWidget(retention_note)
        layout.addLayout(months_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.preview_view)
        layout.addWidget(self.status)

        with messages.guarded(self):
            self.phone_check.setChecked(privacy.phone_column())
            self.months.setValue(privacy.retention_months())
        self.phone_check.toggled.connect(self._phone_toggled)
        self.months.valueChanged.connect(self._months_changed)
        self.preview_button.clicked.connect(self.preview)
        self.apply_button.clicked.connect(self.apply)
        self.audit_button.clicked.connect(self.open_audit_log)

    def _phone_toggled(self, on: bool) -> None:
        with messages.guarded(self) as g:
            privacy.set_phone_column(on)
        if g.ok:
            self.status.set_hint(self.tr("Daftar hadir berikutnya mencetak kolom No. HP.") if on else
                                 self.tr("Daftar hadir berikutnya tidak mencetak nomor HP."))

    def _months_changed(self, _value: int) -> None:
        # A preview of another period must not be applied: show it again first.
        self.apply_button.setEnabled(False)
        self.count_label.clear()
        self.preview_view.hide()

    def preview(self) -> None:
        months = self.months.value()
        with messages.guarded(self) as g:
            privacy.set_retention_months(months)
            rows = privacy.retention_preview(months)
            zone = installation.office_zone()
        if not g.ok:
            return
        self.preview_model.removeRows(0, self.preview_model.rowCount())
        for c in rows:
            cells = [QStandardItem(c.name), QStandardItem(c.institution),
                     QStandardItem(date_only(to_local(c.last_seen, zone))), QStandardItem(str(c.meetings))]
            cells[0].setData(c.person_id, Qt.UserRole)
            self.preview_model.appendRow(cells)
        self._previewed, self._previewed_months = [c.person_id for c in rows], months
        self.count_label.setText(
            self.tr("{0} orang akan dianonimkan.").format(labels.number(len(rows))) if rows else
            self.tr("Tidak ada data tamu yang lebih lama dari {0} bulan.").format(months))
        self.preview_view.setVisible(bool(rows))
        self.apply_button.setEnabled(bool(rows))

    def apply(self) -> None:
        ids, months = self._previewed, self._previewed_months
        if not ids:
            return
        if not messages.confirm(self, self.tr(
                "Anonimkan data {0} orang? Nama mereka diganti menjadi \"Peserta terhapus\", NIP, HP, surel dan "
                "tanda tangannya dihapus. Ini tidak dapat dibatalkan; kehadiran mereka tetap dihitung.").format(
                labels.number(len(ids))), self.tr("Anonimkan")):
            return
        with messages.guarded(self) as g:
            done = privacy.apply_retention(months, by=audit.actor(), only_ids=ids)
        if g.ok:
            self.status.set_hint(self.tr("{0} orang dianonimkan.").format(labels.number(len(done))))
            self.preview()

    def open_audit_log(self) -> None:
        from .audit_log_dialog import AuditLogDialog

        with messages.guarded(self):
            AuditLogDialog(self).exec()
