"""The kop surat in Pengaturan as separate fields (the satker's name, address, phone, e-mail, website) with a
live preview drawn by the documents' own letterhead code. The fields are stored as the one kop text the
documents print (domain/letterhead_fields)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QFormLayout, QFrame, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
                               QWidget)

from ...domain.letterhead_fields import LetterheadFields, join, normalize_website, split
from ..widgets import HintLabel

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 250  # drawn again once typing pauses, not at every key
PREVIEW_HEIGHT = 96


def _small_text_edit(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class LetterheadBox(QWidget):
    """The kop fields and their preview; `text()` is the kop to store, `website()` the normalised address."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.name = _small_text_edit(2)
        self.address = _small_text_edit(2)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website_edit = QLineEdit()
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignCenter)
        self.preview.setFrameShape(QFrame.StyledPanel)
        self.preview.setMinimumHeight(PREVIEW_HEIGHT)
        # The image follows the box's width; it must never widen the page (a sideways scroll bar).
        self.preview.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.preview.setStyleSheet("background: white;")
        self.preview.setAccessibleName(self.tr("Pratinjau kop surat"))
        self.preview_note = HintLabel(self.tr("Pratinjau: kop seperti tercetak di setiap dokumen."))
        self.logo: bytes | None = None

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Nama satker:"), self.name)
        form.addRow(self.tr("&Alamat:"), self.address)
        form.addRow(self.tr("&Telepon:"), self.phone)
        form.addRow(self.tr("&Surel (e-mail):"), self.email)
        form.addRow(self.tr("Situs &web:"), self.website_edit)
        form.addRow(self.preview)
        form.addRow(self.preview_note)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for edit in (self.name, self.address):
            edit.textChanged.connect(self._edited)
        for edit in (self.phone, self.email, self.website_edit):
            edit.textEdited.connect(lambda _t: self._edited())
        self.website_edit.editingFinished.connect(
            lambda: self.website_edit.setText(normalize_website(self.website_edit.text())))

    # --- values ------------------------------------------------------------------------------------------

    def fields(self) -> LetterheadFields:
        return LetterheadFields(self.name.toPlainText(), self.address.toPlainText(), self.phone.text(),
                                self.email.text(), self.website_edit.text())

    def text(self) -> str:
        return join(self.fields())

    def website(self) -> str:
        return normalize_website(self.website_edit.text())

    def set_values(self, kop: str, website: str) -> None:
        """Show a stored kop; the profile's website fills the field when the kop names none."""
        f = split(kop)
        for edit, value in ((self.name, f.name), (self.address, f.address)):
            edit.blockSignals(True)
            edit.setPlainText(value)
            edit.blockSignals(False)
        self.phone.setText(f.phone)
        self.email.setText(f.email)
        self.website_edit.setText(f.website or normalize_website(website))
        self.refresh_preview()

    def set_examples(self, name: str, city: str, website: str) -> None:
        """Placeholders in this office's own words (its name, its city, its site), not another office's."""
        self.name.setPlaceholderText(name or self.tr("mis. KOMISI PEMILIHAN UMUM"))
        self.address.setPlaceholderText(self.tr("mis. Jl. … No. …, {0}").format(city) if city
                                        else self.tr("mis. Jl. … No. …"))
        self.phone.setPlaceholderText(self.tr("mis. (0355) 321234"))
        self.email.setPlaceholderText(self.tr("alamat surel kantor"))
        self.website_edit.setPlaceholderText(self.tr("mis. {0}").format(website) if website else "")

    def set_logo(self, logo: bytes | None) -> None:
        self.logo = logo
        self.refresh_preview()

    # --- preview -----------------------------------------------------------------------------------------

    def _edited(self) -> None:
        self._timer.start()
        self.changed.emit()

    def refresh_preview(self) -> None:
        """Draw the kop with the documents' letterhead code (a one-page PDF) and show it as an image."""
        self._timer.stop()
        try:
            from ...domain.services import letterhead_preview

            pdf = letterhead_preview.preview_pdf(self.fields(), self.logo)
            image = self._render(pdf)
        except Exception:  # noqa: BLE001 - a preview that fails must not stop the form; the log says why
            log.warning("Pratinjau kop surat gagal", exc_info=True)
            image = None
        if image is None or image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("(pratinjau tidak tersedia)"))
            return
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setFixedHeight(max(PREVIEW_HEIGHT, image.height() + 8))

    def _render(self, pdf: bytes):
        from PySide6.QtPdf import QPdfDocument  # loaded with Pengaturan's first preview only

        data = QByteArray(pdf)
        buffer = QBuffer(data, self)
        buffer.open(QIODevice.ReadOnly)
        doc = QPdfDocument(self)
        try:
            doc.load(buffer)
            if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
                return None
            size = doc.pagePointSize(0)
            width = max(200, min(self.preview.width() - 8, 900)) if self.preview.width() > 50 else 620
            height = int(width * size.height() / size.width())
            return doc.render(0, QSize(width, height))
        finally:
            doc.close()
            buffer.close()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if abs(event.size().width() - event.oldSize().width()) > 20:
            self._timer.start()  # drawn again at the new width
