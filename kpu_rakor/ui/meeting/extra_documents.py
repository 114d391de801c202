"""The Dokumen tab's box of documents outside the paket: sertifikat (all, or one person's), the daftar tanda
terima with its settings dialog, and checking a certificate's code. It asks the tab to draw; it draws
nothing itself."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QPushButton

from ...domain import documents
from ...domain.services import certificates, receipts
from .. import labels, list_export, messages
from ..plain import tip
from .certificate_check_dialog import CertificateCheckDialog
from .receipt_dialog import ReceiptDialog

KEYS = (documents.SERTIFIKAT, documents.TANDA_TERIMA)
ONE = "sertifikat_satu"  # the one-person certificate button


class ExtraDocuments(QGroupBox):
    """`render_requested(key, options, detail)`: the tab makes the document (`detail`: one person's name, for the
    file's name). `receipt_dialog` and `check_dialog` are
    the dialogs last opened (window-modal, so the tab stays responsive and tests can drive them)."""

    render_requested = Signal(str, dict, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Sertifikat dan keuangan"))
        self.meeting_id: int | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.check_dialog: CertificateCheckDialog | None = None
        self.busy = False
        self.receipts_editable = False
        self.names: dict[int, str] = {}  # person id -> name, of the certificate holders listed
        self.reasons: dict[str, str] = {}
        self.buttons = {
            documents.SERTIFIKAT: QPushButton(self.tr("Sertifikat (semua)")),
            ONE: QPushButton(self.tr("Sertifikat orang ini")),
            documents.TANDA_TERIMA: QPushButton(self.tr("Daftar Tanda Terima")),
        }
        self.buttons[documents.SERTIFIKAT].clicked.connect(
            lambda: self.render_requested.emit(documents.SERTIFIKAT, {}, ""))
        self.buttons[ONE].clicked.connect(self._one)
        self.buttons[documents.TANDA_TERIMA].clicked.connect(
            lambda: self.render_requested.emit(documents.TANDA_TERIMA, {}, ""))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Penerima sertifikat"))
        self.person.setMinimumContentsLength(24)
        self.settings_button = QPushButton(self.tr("Atur daftar tanda terima…"))
        self.settings_button.clicked.connect(self.open_receipt_dialog)
        self.excel_button = QPushButton(self.tr("Ekspor ke Excel…"))
        self.excel_button.setToolTip(self.tr("Daftar tanda terima sebagai XLSX atau CSV, jumlahnya berupa angka."))
        self.excel_button.clicked.connect(self.export_receipts)
        self.check_button = QPushButton(self.tr("Periksa sertifikat…"))
        self.check_button.clicked.connect(self.open_check_dialog)
        self.hints = {k: QLabel() for k in KEYS}
        for hint in self.hints.values():
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
        for b in self.buttons.values():
            b.setMinimumWidth(200)
        grid = QGridLayout(self)
        grid.addWidget(self.buttons[documents.SERTIFIKAT], 0, 0)
        grid.addWidget(self.hints[documents.SERTIFIKAT], 0, 1, 1, 3)
        grid.addWidget(self.buttons[ONE], 1, 0)
        grid.addWidget(self.person, 1, 1, 1, 3)
        grid.addWidget(self.buttons[documents.TANDA_TERIMA], 2, 0)
        grid.addWidget(self.settings_button, 2, 1)
        grid.addWidget(self.excel_button, 2, 2)
        grid.addWidget(self.hints[documents.TANDA_TERIMA], 2, 3)
        grid.addWidget(self.check_button, 3, 0)
        grid.setColumnStretch(3, 1)
        self.set_meeting(None)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        """Enable what can be made now, say why the rest cannot, and list who gets a certificate."""
        self.reasons = {}
        self.person.clear()
        self.receipts_editable = False
        if self.meeting_id is not None:
            with messages.guarded(self) as g:
                overview = documents.overview(self.meeting_id, KEYS)
                self.receipts_editable = receipts.editable(self.meeting_id)
                holders = [] if overview[documents.SERTIFIKAT][1] else certificates.holders(self.meeting_id)
            if not g.ok:
                overview, holders = {}, []
            self.reasons = {k: messages.domain_reason(reason) for k, (_name, reason) in overview.items()}
            roles = labels.certificate_roles()
            self.names = {pid: name for pid, name, _role in holders}
            for pid, name, role in holders:
                self.person.addItem(f"{name} — {roles.get(role, role)}", pid)
        for key in KEYS:
            reason = self.reasons.get(key, "") if self.meeting_id is not None else ""
            self.hints[key].setText(reason)
            self.buttons[key].setToolTip(tip(reason))
        self._enable()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._enable()

    def _enable(self) -> None:
        have = self.meeting_id is not None and not self.busy
        for key in KEYS:
            self.buttons[key].setEnabled(have and not self.reasons.get(key, ""))
        self.buttons[ONE].setEnabled(have and self.person.count() > 0)
        self.person.setEnabled(self.person.count() > 0)
        self.settings_button.setEnabled(have and self.receipts_editable)  # a meeting we only attended pays nobody
        self.excel_button.setEnabled(self.buttons[documents.TANDA_TERIMA].isEnabled())
        self.check_button.setEnabled(True)

    def _one(self) -> None:
        pid = self.person.currentData()
        if pid is not None:
            self.render_requested.emit(documents.SERTIFIKAT, {"person_id": pid}, self.names.get(pid, ""))

    def open_receipt_dialog(self) -> ReceiptDialog | None:
        if self.meeting_id is None:
            return None
        with messages.guarded(self) as g:
            dialog = ReceiptDialog(self.meeting_id, self.window())
        if not g.ok:
            return None
        dialog.accepted.connect(lambda: self._receipt_saved(dialog))
        self.receipt_dialog = dialog
        dialog.open()
        return dialog

    def _receipt_saved(self, dialog: ReceiptDialog) -> None:
        self.refresh()
        if dialog.render_requested:
            self.render_requested.emit(documents.TANDA_TERIMA, {}, "")

    def export_receipts(self):
        if self.meeting_id is not None:
            return list_export.export_receipts(self.window(), self.meeting_id)
        return None

    def open_check_dialog(self) -> CertificateCheckDialog:
        dialog = CertificateCheckDialog(self.window())
        self.check_dialog = dialog
        dialog.open()
        return dialog
