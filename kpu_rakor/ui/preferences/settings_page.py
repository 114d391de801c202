"""The Pengaturan screen: this office's profile for documents, the letterhead logo, who signs, and the language."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...domain.errors import ValidationError
from ...domain.models import SIGNATORY_CHAIR, SIGNATORY_SECRETARY
from ...domain.nip import format_nip_bare, normalize_nip
from ...domain.services import installation, signatories, ui_queries
from ...domain.services import satker as satker_service
from .. import file_dialogs, messages, settings
from .approvers_box import ApproversBox
from .backup_box import BackupBox
from .letterhead_box import LetterheadBox
from .privacy_box import PrivacyBox
from ..widgets import HintLabel, SatkerCombo, page_title, two_columns

LOGO_PREVIEW = 72  # pixels high: enough to recognise the logo, small beside the form
ERROR_STYLE = "border: 2px solid #b00020;"

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


class SettingsPage(QWidget):
    office_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.satker = SatkerCombo()
        self.letterhead = LetterheadBox()  # name, address, phone, e-mail, website, with a live preview
        self.city = QLineEdit()
        self.initials = QLineEdit()
        self.initials.setMaxLength(10)
        self.initials.setPlaceholderText(self.tr("mis. amr"))
        self.venue = QLineEdit()
        self.late = QSpinBox()
        self.late.setRange(0, 240)
        self.late.setSuffix(self.tr(" menit"))
        self.save_button = QPushButton(self.tr("&Simpan profil kantor"))
        self.status_label = HintLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW + 8, LOGO_PREVIEW + 8)
        self.logo_preview.setAlignment(Qt.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.StyledPanel)
        self.logo_button = QPushButton(self.tr("Pilih &logo…"))
        self.logo_status = HintLabel()
        # Ketua and Sekretaris: the name, NIP and the line above the name on every document they sign.
        self.signer_fields: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        for role in (SIGNATORY_CHAIR, SIGNATORY_SECRETARY):
            name, nip, title = QLineEdit(), QLineEdit(), QLineEdit()
            name.setPlaceholderText(self.tr("Lengkap dengan gelar"))
            nip.setPlaceholderText(self.tr("18 angka; kosongkan bila tidak ada"))
            self.signer_fields[role] = (name, nip, title)
        self.signers_button = QPushButton(self.tr("Simpan &penanda tangan"))
        self.signers_status = HintLabel()

        office = QGroupBox(self.tr("Profil kantor dan kop surat"))
        form = QFormLayout(office)
        form.addRow(self.tr("Sat&ker kantor ini:"), self.satker)
        form.addRow(self.letterhead)
        form.addRow(self.tr("Ko&ta pada baris tanggal berita:"), self.city)
        form.addRow(self.tr("&Inisial penulis berita:"), self.initials)
        form.addRow(self.tr("Tempat rapat &biasa:"), self.venue)
        form.addRow(self.tr("Dianggap &terlambat setelah:"), self.late)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status_label, 1)
        form.addRow("", buttons)

        logo_box = QGroupBox(self.tr("Logo kop surat"))
        logo_row = QHBoxLayout(logo_box)
        logo_row.addWidget(self.logo_preview)
        logo_side = QVBoxLayout()
        logo_note = QLabel(self.tr("Gambar PNG atau JPG; disimpan di basis data dan diperkecil otomatis."))
        logo_note.setWordWrap(True)
        logo_side.addWidget(logo_note)
        logo_side.addWidget(self.logo_button, 0, Qt.AlignLeft)
        logo_side.addWidget(self.logo_status)
        logo_row.addLayout(logo_side, 1)

        signers_box = QGroupBox(self.tr("Penanda tangan dokumen"))
        signers_form = QFormLayout(signers_box)
        role_labels = {SIGNATORY_CHAIR: self.tr("Ketua"), SIGNATORY_SECRETARY: self.tr("Sekretaris")}
        for role, (name, nip, title) in self.signer_fields.items():
            heading = QLabel(role_labels[role])
            heading.setStyleSheet("font-weight: bold;")
            signers_form.addRow(heading)
            signers_form.addRow(self.tr("Nama:"), name)
            signers_form.addRow(self.tr("NIP:"), nip)
            signers_form.addRow(self.tr("Jabatan:"), title)
        signers_buttons = QHBoxLayout()
        signers_buttons.addWidget(self.signers_button)
        signers_buttons.addWidget(self.signers_status, 1)
        signers_form.addRow("", signers_buttons)
        self._role_labels = role_labels

        lang_box = QGroupBox(self.tr("Bahasa"))
        lang_form = QFormLayout(lang_box)
        lang_form.addRow(self.tr("Bahasa &tampilan:"), self.language)
        lang_note = QLabel(self.tr("Perubahan bahasa berlaku setelah aplikasi ditutup dan dibuka kembali."))
        lang_note.setWordWrap(True)
        lang_form.addRow("", lang_note)

        # Two columns fit a 1366×768 screen; the scroll area keeps everything reachable on smaller ones.
        left = QVBoxLayout()
        left.addWidget(office)
        left.addWidget(lang_box)
        self.backup_box = BackupBox()
        left.addWidget(self.backup_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(logo_box)
        right.addWidget(signers_box)
        self.approvers_box = ApproversBox()
        right.addWidget(self.approvers_box)
        self.privacy_box = PrivacyBox()  # phone column, retention, audit log (UU 27/2022)
        right.addWidget(self.privacy_box)
        right.addStretch(1)
        self.scroll = scroll = two_columns(left, right)

        title = page_title(self.tr("Pengaturan"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)

        self.logo_button.clicked.connect(self.choose_logo)
        self.signers_button.clicked.connect(self.save_signatories)
        self.save_button.clicked.connect(self.save)
        self.load()
        current = settings.LANGUAGE.get()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)

    def show_section(self, box: QWidget) -> None:
        """Scroll `box` (a group of this page) into sight."""
        self.scroll.ensureWidgetVisible(box, 0, 0)

    def load(self) -> None:
        self._load_profile()
        self._load_signatories()

    def _load_profile(self) -> None:
        with messages.guarded(self):
            p = installation.profile()
            self.satker.set_satker_id(p.satker_id)
            self.letterhead.set_values(p.letterhead_lines, p.website)
            self.city.setText(p.city)
            self.initials.setText(p.writer_initials)
            self.venue.setText(p.default_venue)
            self.late.setValue(p.late_threshold_minutes)
            self._show_logo(ui_queries.office_logo())
            self._show_examples(p.satker_id)

    def _show_examples(self, satker_id: int | None) -> None:
        """The example texts name this office, not an office elsewhere."""
        s = satker_service.get(satker_id) if satker_id else None
        name = installation.default_letterhead(s).splitlines()[0] if s else ""
        self.letterhead.set_examples(name, s.city if s else "", s.website if s else "")
        self.venue.setPlaceholderText(self.tr("mis. Ruang Rapat {0}").format(s.name) if s
                                      else self.tr("mis. Ruang Rapat Kantor"))
        self.city.setPlaceholderText(self.tr("mis. {0}").format(s.city) if s and s.city else "")

    def _load_signatories(self) -> None:
        with messages.guarded(self):
            office = ui_queries.office_name()
            for role, (name, nip, title) in self.signer_fields.items():
                row = signatories.get(role)
                name.setText(row.name if row else "")
                nip.setText(format_nip_bare(row.nip) if row and row.nip else "")
                title.setText(row.title if row else "")
                if office:
                    title.setPlaceholderText(self.tr("mis. {0} {1}").format(self._role_labels[role], office))

    def save(self) -> None:
        satker_id = self.satker.satker_id()
        if satker_id is None:
            self.status_label.set_error(self.tr("Pilih dulu satker kantor ini dari daftar."))
            self.satker.setFocus()
            return
        with messages.guarded(self) as g:
            installation.set_office(
                satker_id, letterhead_lines=self.letterhead.text(), city=self.city.text().strip(),
                website=self.letterhead.website(), address=self.letterhead.fields().address.strip(),
                writer_initials=self.initials.text().strip(),
                default_venue=self.venue.text().strip(), late_threshold_minutes=self.late.value())
        if g.ok:
            self._load_profile()  # set_office fills empty letterhead, city and website from the satker
            self.status_label.set_hint(self.tr("Profil kantor tersimpan."))
            self.office_changed.emit()

    # --- logo ------------------------------------------------------------------------------------------

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(LOGO_PREVIEW, LOGO_PREVIEW, Qt.KeepAspectRatio,
                                                      Qt.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(belum ada)"))

    def pick_logo_file(self) -> str:
        """The file the user chose, or "" (tests replace this instead of driving the native dialog)."""
        return file_dialogs.open_file(self, self.tr("Pilih logo kop surat"), "",
                                      self.tr("Gambar (*.png *.jpg *.jpeg);;Semua berkas (*)"))

    def choose_logo(self) -> None:
        path = self.pick_logo_file()
        if not path:
            return
        try:
            installation.set_logo(path)
        except messages.UserError as exc:
            self.logo_status.set_error(messages.sentence(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown as a sentence at the edge of the action
            messages.show_exception(self, exc)
            return
        with messages.guarded(self):
            self._show_logo(ui_queries.office_logo())
            self.letterhead.set_logo(ui_queries.office_logo())
        self.logo_status.set_hint(self.tr("Logo tersimpan; dipakai pada kop surat setiap dokumen."))

    # --- signatories -----------------------------------------------------------------------------------

    def save_signatories(self) -> None:
        fields = [w for trio in self.signer_fields.values() for w in trio]
        for w in fields:
            w.setStyleSheet("")
        # Both NIPs are checked before either is written, so a typo never saves half of the form.
        for role, (name, nip, title) in self.signer_fields.items():
            try:
                if name.text().strip():
                    normalize_nip(nip.text())
            except ValidationError as exc:
                self._signer_error(role, nip, exc)
                return
        try:
            for role, (name, nip, title) in self.signer_fields.items():
                signatories.set_signatory(role, name.text(), nip.text() or None, title.text())
        except ValidationError as exc:
            self._signer_error(role, self.signer_fields[role][1] if exc.field == "nip" else None, exc)
            return
        except Exception as exc:  # noqa: BLE001 - shown as a sentence at the edge of the action
            messages.show_exception(self, exc)
            return
        self._load_signatories()  # shows the NIP as it will print, grouped
        self.signers_status.set_hint(self.tr("Penanda tangan tersimpan."))

    def _signer_error(self, role: str, widget: QWidget | None, exc: ValidationError) -> None:
        self.signers_status.set_error(self.tr("{0}: {1}").format(self._role_labels[role], messages.sentence(exc)))
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()

    def _language_changed(self) -> None:
        settings.LANGUAGE.set(self.language.currentData())
        self.status_label.set_hint(self.tr("Bahasa tersimpan; tutup dan buka kembali aplikasi untuk "
                                           "menerapkannya."))
