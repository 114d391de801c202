"""The Dokumen tab's Word row: each letter of the meeting (undangan, daftar hadir, notulen or laporan hasil rapat,
berita) saved as a .docx in the documents folder, for an office that edits it in Word or uploads it to its
e-office; with "Untuk TTE" the wet-signature block gives way to the e-office's placeholders. The file is made in
a worker thread, as the PDFs are."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain import documents
from .document_folder import ready_folder
from .. import messages, pdf_preview
from ..jobs import Job
from ..plain import tip


class WordExport(QGroupBox):
    """One button per document made in Word, the TTE choice, and "Buka berkas Word" for the file just saved."""

    saved = Signal(object)  # Path of the .docx just written

    def __init__(self, paper: Callable[[], str], titles: dict[str, str], parent: QWidget | None = None):
        super().__init__(self.tr("Word (.docx) untuk disunting atau diunggah ke naskah dinas elektronik"), parent)
        self.paper, self.titles = paper, titles
        self.meeting_id: int | None = None
        self.job: Job | None = None
        self.last_path: Path | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.reasons: dict[str, str] = {}  # why a document cannot be made now, "" when it can
        row = QHBoxLayout()
        for k in documents.WORD:
            button = QPushButton(titles.get(k.name, k.name))
            button.clicked.connect(lambda _checked=False, key=k.key: self.export(key))
            self.buttons[k.key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.tte = QCheckBox(self.tr("Untuk TTE (tanda tangan elektronik)"))
        self.tte.setToolTip(tip(self.tr(
            "Tanpa blok tanda tangan basah. Nomor, tanggal dan tanda tangan diganti penanda ${nomor_naskah}, "
            "${tanggal_naskah} dan ${ttd_pengirim} yang diisi sistem naskah dinas elektronik saat surat "
            "ditandatangani.")))
        self.open_button = QPushButton(self.tr("Buka berkas Word"))
        self.open_button.clicked.connect(self.open_last)
        self.open_button.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)  # no empty line under the buttons until there is something to say
        options = QHBoxLayout()
        options.addWidget(self.tte)
        options.addStretch(1)
        options.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(options)
        layout.addWidget(self.status)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def refresh(self, meeting_id: int | None, overview: dict[str, tuple[str, str]], busy: bool) -> None:
        """Enable what can be made now (the Dokumen tab's overview: name for this meeting, why not)."""
        self.meeting_id = meeting_id
        for key, button in self.buttons.items():
            name, why = overview.get(key, ("", "")) if meeting_id is not None else ("", "")
            reason = messages.domain_reason(why)
            if name:
                button.setText(self.titles.get(name, name))
            self.reasons[key] = reason
            button.setEnabled(meeting_id is not None and not reason and not busy and not self.running)
            button.setToolTip(tip(reason))

    def export(self, key: str) -> Job | None:
        """Make the .docx of `key` in a worker thread; the status says where it was saved."""
        if self.meeting_id is None or self.running:
            return None
        meeting_id, paper, esign = self.meeting_id, self.paper(), self.tte.isChecked()
        title = self.buttons[key].text()
        folder = ready_folder(self)  # asked now when missing or read-only, as for the PDFs
        if folder is None:
            return None
        with messages.guarded(self) as g:
            path = documents.export_path(folder, key, meeting_id, ".docx",
                                         note="TTE" if esign else "")
        if not g.ok:
            return None

        def work(progress):
            return documents.render_document(key, meeting_id, path, paper, progress=progress, fmt="docx",
                                             esign=esign)

        job = Job(work, name=f"word-{key}")
        job.finished.connect(lambda result: self._done(title, esign, result))
        job.failed.connect(self._failed)
        job.ended.connect(self._ended)
        self.job = job
        self._say(self.tr("Membuat {0} (Word)…").format(title))
        for button in self.buttons.values():
            button.setEnabled(False)
        job.start()
        return job

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def cancel(self) -> None:
        if self.running:
            self.job.cancel()

    def _ended(self) -> None:
        for key, button in self.buttons.items():
            button.setEnabled(self.meeting_id is not None and not self.reasons.get(key))

    def _failed(self, exc) -> None:
        self._say(self.tr("Berkas Word tidak dibuat."))
        messages.show_exception(self, exc)

    def _done(self, title: str, esign: bool, path) -> None:
        self.last_path = Path(path)
        text = (self.tr("{0} (Word, untuk TTE) disimpan di {1}.") if esign
                else self.tr("{0} (Word) disimpan di {1}.")).format(title, path)
        self._say(text)
        self.open_button.setVisible(True)
        self.saved.emit(self.last_path)

    def open_last(self) -> None:
        """The file just saved in Word or LibreOffice (whatever opens .docx on this PC)."""
        if self.last_path is None:
            return
        if not pdf_preview.open_in_system_viewer(self.last_path):
            messages.error(self, self.tr("Tidak ada program untuk membuka berkas Word di komputer ini. Berkasnya "
                                         "ada di {0}.").format(self.last_path))
