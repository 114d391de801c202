"""Periksa sertifikat: paste, type or scan a certificate's QR code and see whether this office issued it, for
whom, as what and at which event. Reads only; a scanner types the code and Enter into the field."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...domain.services import certificates
from .. import messages
from ..widgets import HintLabel
from ..screen_fit import fit_to_screen

STYLES = {"ok": "background: #e3f2fd; color: #0d47a1; border: 2px solid #0d47a1;",
          "warn": "background: #fff8e1; color: #5d4000; border: 2px solid #c68400;",
          "bad": "background: #ffebee; color: #7f0000; border: 2px solid #b71c1c;"}


class CertificateCheckDialog(QDialog):
    """`check()` verifies the field's code and shows the verdict; `verdict` holds the last Verification."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Periksa sertifikat"))
        self.verdict: certificates.Verification | None = None
        intro = HintLabel(self.tr("Pindai kode QR pada sertifikat dengan pemindai, atau tempel/ketik teks kodenya "
                                  "(diawali huruf S) lalu tekan Enter. Pemeriksaan tidak mencatat kehadiran."))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Kode sertifikat"))
        self.code.setAccessibleName(self.tr("Kode sertifikat"))
        self.code.setClearButtonEnabled(True)
        self.code.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("Periksa"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        self.result = QLabel()
        self.result.setTextFormat(Qt.PlainText)  # names as users typed them: never markup
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(110)
        self.result.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        font = self.result.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.result.setFont(font)
        self.result.hide()
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, (560, 300))
        self.code.setFocus()

    def check(self) -> None:
        raw = self.code.text().strip()
        if not raw:
            self._show("bad", self.tr("Tempel atau pindai kode sertifikat terlebih dahulu."))
            return
        with messages.guarded(self) as g:
            v = certificates.verify(raw)
        if not g.ok:
            return
        self.verdict = v
        if v.status == certificates.VALID:
            self._show("ok", self.tr("Sertifikat SAH\n{0}\nsebagai {1}\n{2}\n{3}, {4}").format(
                v.name, v.role, v.title, v.day_date, v.place))
        elif v.status == certificates.NOT_RECORDED:
            self._show("warn", self.tr("Kode asli, tetapi tidak berlaku lagi: {0} tidak lagi tercatat sebagai {1} "
                                       "dalam {2} ({3}).").format(v.name, v.role, v.title, v.day_date))
        elif v.status == certificates.FORGED:
            self._show("bad", self.tr("Sertifikat TIDAK SAH: kode ini palsu atau telah diubah; tandanya tidak cocok "
                                      "dengan kode yang diterbitkan kantor ini."))
        elif v.status == certificates.UNKNOWN:
            self._show("bad", self.tr("Kode sertifikat tidak dikenal: kegiatan atau orangnya tidak ada dalam data "
                                      "kantor ini."))
        else:
            self._show("bad", self.tr("Ini bukan kode sertifikat KPU Rakor. Kode sertifikat diawali huruf S dan "
                                      "panjangnya 50 karakter."))
        self.code.selectAll()  # the next scan replaces it

    def _show(self, kind: str, text: str) -> None:
        self.result.setStyleSheet(f"QLabel {{ {STYLES[kind]} border-radius: 6px; padding: 10px; }}")
        self.result.setProperty("verdict", kind)
        self.result.setText(text)
        self.result.show()
