"""The Dokumen tab's "Surat undangan" box: Sifat, Lampiran and who signs this meeting's letter. What is saved
here is also the starting point of the next meeting's letter (services.letter_fields remembers it). Like every
part of the meeting window it is stored as it changes (a word when its field is left, a signer when chosen);
there is no Simpan."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel

from ...domain.models import SIGNATORY_CHAIR, SIGNATORY_SECRETARY
from ...domain.services import invitation_letter, letter_fields, signatories
from .. import messages


class LetterFieldsBox(QGroupBox):
    """Three choices, stored as they change; hidden for a meeting we only attend (its letter is the host's)."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Surat undangan"), parent)
        self.meeting_id: int | None = None
        self._loaded = None  # the choices as stored, to know whether the box holds a change
        self.nature = QComboBox()
        self.nature.setEditable(True)  # an office may write its own word
        self.nature.addItems(letter_fields.NATURES)
        self.nature.setAccessibleName(self.tr("Sifat surat"))
        self.attachment = QComboBox()
        self.attachment.setEditable(True)
        self.attachment.addItems(letter_fields.ATTACHMENTS)
        self.attachment.setAccessibleName(self.tr("Lampiran surat"))
        self.signer = QComboBox()
        self.signer.setAccessibleName(self.tr("Penanda tangan surat"))
        for combo in (self.nature, self.attachment, self.signer):
            combo.setMinimumWidth(340)
        for combo in (self.nature, self.attachment):
            combo.lineEdit().editingFinished.connect(self.save_if_changed)
        for combo in (self.nature, self.attachment, self.signer):
            combo.activated.connect(lambda _i: self.save_if_changed())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)  # short words need no full-width field
        form.addRow(self.tr("Sifat:"), self.nature)
        form.addRow(self.tr("Lampiran:"), self.attachment)
        form.addRow(self.tr("Ditandatangani:"), self.signer)
        form.addRow(self.status)
        self.hide()

    def _fill_signers(self) -> None:
        """Otomatis, Sekretaris, Ketua, each with the name set under Pengaturan (or saying it is not set)."""
        self.signer.clear()
        names = {}
        for role in (SIGNATORY_SECRETARY, SIGNATORY_CHAIR):
            row = signatories.get(role)
            names[role] = row.name.strip() if row is not None and row.name.strip() else ""
        unset = self.tr("belum diisi di Pengaturan")
        self.signer.addItem(self.tr("Otomatis (Sekretaris; bila kosong, Ketua)"), letter_fields.AUTO)
        self.signer.addItem(self.tr("Sekretaris ({0})").format(names[SIGNATORY_SECRETARY] or unset),
                            SIGNATORY_SECRETARY)
        self.signer.addItem(self.tr("Ketua ({0})").format(names[SIGNATORY_CHAIR] or unset), SIGNATORY_CHAIR)

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show this meeting's choices; hidden without a saved meeting or for a meeting we attend."""
        self.meeting_id = meeting_id
        self.status.setText("")
        if meeting_id is None:
            self.hide()
            return
        with messages.guarded(self) as g:
            hosted = invitation_letter.applies(meeting_id)
            chosen = letter_fields.get(meeting_id) if hosted else None
            if hosted:
                self._fill_signers()
        if not g.ok or chosen is None:
            self.hide()
            return
        self._loaded = (chosen.nature, chosen.attachment, chosen.signatory)  # first: showing them is no change
        self.nature.setCurrentText(chosen.nature)
        self.attachment.setCurrentText(chosen.attachment)
        self.signer.setCurrentIndex(max(0, self.signer.findData(chosen.signatory)))
        self.show()

    def _shown(self) -> tuple[str, str, str]:
        return self.nature.currentText(), self.attachment.currentText(), self.signer.currentData()

    def save_if_changed(self) -> bool:
        """Store what the box shows when it differs from what is stored (a field left, a signer chosen, and before
        the letter is printed, for a word still being typed); True when nothing stands in the way."""
        if self.meeting_id is None or self.isHidden() or self._shown() == self._loaded:
            return True
        return self.save()

    def save(self) -> bool:
        if self.meeting_id is None:
            return False
        with messages.guarded(self) as g:
            letter_fields.save(self.meeting_id, nature=self.nature.currentText(),
                               attachment=self.attachment.currentText(), signatory=self.signer.currentData())
        if not g.ok:
            self._loaded = None  # refused: tried again when the field is next left or the letter printed
        else:
            self._loaded = self._shown()
            self.status.setText(self.tr("Tersimpan. Surat undangan berikutnya memakai pilihan ini juga."))
        return g.ok
