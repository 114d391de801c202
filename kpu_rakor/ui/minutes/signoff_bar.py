"""The sign-off strip above the notulen: its status (Draf, Siap disetujui, Disetujui oleh … pada …), the buttons
that move it along, the "locked" banner, and the two small dialogs sign-off needs (who approves, why change)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ...domain import timefmt
from ...domain.models import MINUTES_APPROVED, MINUTES_DRAFT, MINUTES_READY
from ..labels import minutes_statuses
from ..widgets import HintLabel, save_cancel_buttons
from ..screen_fit import fit_to_screen

LOCKED_STYLE = ("QFrame#banner { background: #e3f1e5; border: 1px solid #4c9a5a; border-radius: 4px; }"
                "QLabel { color: #163d1e; }")
REVISING_STYLE = ("QFrame#banner { background: #fff3cd; border: 1px solid #e0b000; border-radius: 4px; }"
                  "QLabel { color: #3d2c00; }")


def approved_text(approver: str, at: datetime | None, zone: str) -> str:
    """`Disetujui oleh Dr. H. Rochani pada Rabu, 07 April 2021 pukul 10.12 WIB`."""
    from PySide6.QtCore import QCoreApplication

    if at is None:
        return QCoreApplication.translate("SignoffBar", "Disetujui oleh {0}").format(approver)
    local = timefmt.to_local(at, zone)
    return QCoreApplication.translate("SignoffBar", "Disetujui oleh {0} pada {1} pukul {2}").format(
        approver, timefmt.long_date(local), timefmt.clock_zone(at, zone))


class SignoffBar(QWidget):
    """Shows the state; the tab does the work when a button is pressed."""

    mark_ready = Signal()
    back_to_draft = Signal()
    approve = Signal()
    history = Signal()
    revise = Signal()
    cancel_revise = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)
        self.ready_button = QPushButton(self.tr("Tandai si&ap"))
        self.ready_button.setToolTip(self.tr("Notulis selesai: serahkan notulen kepada pimpinan rapat untuk "
                                             "disetujui."))
        self.back_button = QPushButton(self.tr("Kembalikan ke dra&f"))
        self.approve_button = QPushButton(self.tr("Setu&jui…"))
        self.approve_button.setToolTip(self.tr("Pimpinan rapat (atau yang ditetapkan di Pengaturan) menyetujui; "
                                               "notulen lalu terkunci."))
        self.history_button = QPushButton(self.tr("&Riwayat revisi…"))
        for b in (self.ready_button, self.back_button, self.approve_button, self.history_button):
            b.setFocusPolicy(Qt.TabFocus)  # a click never pulls the cursor out of the text being typed
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.ready_button)
        top.addWidget(self.back_button)
        top.addWidget(self.approve_button)
        top.addWidget(self.history_button)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner_label = QLabel()
        self.banner_label.setTextFormat(Qt.PlainText)
        self.banner_label.setWordWrap(True)
        font = self.banner_label.font()
        font.setBold(True)
        self.banner_label.setFont(font)
        self.revise_button = QPushButton(self.tr("&Ubah (buat revisi)…"))
        self.revise_button.setToolTip(self.tr("Perubahan pada notulen yang sudah disetujui perlu alasan; versi "
                                              "yang disetujui disimpan sebagai revisi dan tetap dapat dibaca."))
        self.cancel_revise_button = QPushButton(self.tr("Batal ubah"))
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(8, 6, 8, 6)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.revise_button)
        banner_row.addWidget(self.cancel_revise_button)
        self.banner.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)

        self.ready_button.clicked.connect(self.mark_ready)
        self.back_button.clicked.connect(self.back_to_draft)
        self.approve_button.clicked.connect(self.approve)
        self.history_button.clicked.connect(self.history)
        self.revise_button.clicked.connect(self.revise)
        self.cancel_revise_button.clicked.connect(self.cancel_revise)

    def show_state(self, status: str, revision: int, approver: str, approved_at: datetime | None, zone: str,
                   revisions: int, reason: str = "") -> None:
        """`reason` non-empty: the user has unlocked approved minutes to change them with that reason."""
        labels = {**minutes_statuses(), MINUTES_APPROVED: approved_text(approver, approved_at, zone)}
        text = self.tr("Status: {0}").format(labels.get(status, status))
        if revision > 1:
            text += self.tr(" · revisi ke-{0}").format(revision)
        self.status_label.setText(text)
        self.status_label.setStyleSheet("font-weight: bold; color: #163d1e;" if status == MINUTES_APPROVED
                                        else "font-weight: bold;")
        self.ready_button.setVisible(status == MINUTES_DRAFT)
        self.back_button.setVisible(status == MINUTES_READY)
        self.approve_button.setVisible(status != MINUTES_APPROVED)
        self.approve_button.setEnabled(status == MINUTES_READY)
        self.approve_button.setToolTip(
            self.approve_button.toolTip() if status == MINUTES_READY else
            self.tr("Tandai siap dulu: notulen disetujui setelah notulis menyerahkannya."))
        self.history_button.setEnabled(revisions > 0)
        self.history_button.setText(self.tr("&Riwayat revisi ({0})…").format(revisions) if revisions
                                    else self.tr("&Riwayat revisi…"))
        if status == MINUTES_APPROVED and reason:
            self.banner.setStyleSheet(REVISING_STYLE)
            self.banner_label.setText(self.tr(
                "Mengubah notulen yang sudah disetujui. Alasan: “{0}”. Perubahan pertama menyimpan versi yang "
                "disetujui sebagai revisi {1} dan notulen kembali menjadi draf.").format(reason, revision))
            self.revise_button.hide()
            self.cancel_revise_button.show()
            self.banner.show()
        elif status == MINUTES_APPROVED:
            self.banner.setStyleSheet(LOCKED_STYLE)
            self.banner_label.setText(self.tr("Notulen disetujui dan terkunci."))
            self.revise_button.show()
            self.cancel_revise_button.hide()
            self.banner.show()
        else:
            self.banner.hide()


class ApproverDialog(QDialog):
    """Who approves: one of the people allowed for this meeting."""

    def __init__(self, people: list[tuple[int, str]], default: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Setujui notulen"))
        self.combo = QComboBox()
        for pid, name in people:
            self.combo.addItem(name, pid)
        self.combo.setCurrentIndex(max(0, self.combo.findData(default)) if default else 0)
        note = HintLabel(self.tr("Setelah disetujui, notulen terkunci. Perubahan sesudahnya perlu alasan dan "
                                 "menjadi revisi baru."))
        form = QFormLayout()
        form.addRow(self.tr("&Disetujui oleh:"), self.combo)
        buttons = save_cancel_buttons(self, self.accept)
        buttons.button(buttons.StandardButton.Save).setText(self.tr("Setujui"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        fit_to_screen(self, (460, self.sizeHint().height()))

    def person_id(self) -> int | None:
        return self.combo.currentData()


class ReasonDialog(QDialog):
    """Why approved minutes are changed: kept with the revision."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ubah notulen yang sudah disetujui"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("mis. Jam penutupan salah ketik"))
        self.error = HintLabel()
        note = HintLabel(self.tr("Versi yang sudah disetujui disimpan sebagai revisi dan tetap dapat dibaca. "
                                 "Notulen yang diubah perlu disetujui lagi."))
        form = QFormLayout()
        form.addRow(self.tr("&Alasan perubahan:"), self.reason)
        self.buttons = save_cancel_buttons(self, self._ok)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Buka untuk diubah"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, (520, self.sizeHint().height()))

    def _ok(self) -> None:
        if not self.reason.text().strip():
            self.error.set_error(self.tr("Tuliskan alasannya; alasan disimpan bersama revisi."))
            self.reason.setFocus()
            return
        self.accept()

    def text(self) -> str:
        return " ".join(self.reason.text().split())
