"""The meeting editor's Dokumen tab: each document of the meeting and the whole paket dokumen on A4 or F4,
rendered in a worker thread with progress, saved under a new name in the chosen folder, then previewed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from ...domain import documents
from ...domain.services import installation
from .. import messages
from ..pdf_preview import PdfPreview, export_folder, remember_folder
from ..jobs import Job
from ..plain import tip
from ..widgets import scroll_area
from .word_export import WordExport
from .letter_fields import LetterFieldsBox
from .extra_documents import ExtraDocuments
from .document_folder import ask_folder, ready_folder

PACK = "paket"


class DocumentsTab(QWidget):
    """Buttons per document; one render at a time; the result opens in a PdfPreview."""

    rendered = Signal(object)  # Path of the file just written
    preview_opened = Signal(object)  # the PdfPreview

    def __init__(self, parent=None):
        super().__init__(parent)
        self.documents = documents
        self.meeting_id: int | None = None
        self.flush_pending = lambda: None  # the window writes what was just typed: documents print all of it
        self.job: Job | None = None
        self.previews: list[PdfPreview] = []
        self.last_result = None
        self._watched = None

        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper.addItem(self.tr("F4/Folio (215 × 330 mm)"), "f4")
        self.paper.setAccessibleName(self.tr("Ukuran kertas"))
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        folder_button = QPushButton(self.tr("Ganti folder…"))
        folder_button.clicked.connect(self.choose_folder)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper)
        paper_row.addStretch(1)
        top = QGridLayout()
        top.addWidget(QLabel(self.tr("Kertas:")), 0, 0)
        top.addLayout(paper_row, 0, 1, 1, 2)
        top.addWidget(QLabel(self.tr("Disimpan ke:")), 1, 0)
        top.addWidget(self.folder_label, 1, 1)
        top.addWidget(folder_button, 1, 2)
        top.setColumnStretch(1, 1)

        self.buttons: dict[str, QPushButton] = {}
        self.hints: dict[str, QLabel] = {}
        box = QGroupBox(self.tr("Dokumen rapat"))
        grid = QGridLayout(box)
        # The registry's names, translated (a name missing here shows as the registry has it).
        self.titles = {"Undangan": self.tr("Undangan"), "Daftar Hadir": self.tr("Daftar Hadir"),
                       "Notulen": self.tr("Notulen"), "Laporan Hasil Rapat": self.tr("Laporan Hasil Rapat"),
                       "Dokumentasi": self.tr("Dokumentasi"), "Berita Kegiatan": self.tr("Berita Kegiatan")}
        names = {k.key: k.name for k in documents.PACKED}
        for row, key in enumerate(list(names) + [PACK]):
            button = QPushButton(self.tr("Paket dokumen (semua)") if key == PACK
                                 else self.titles.get(names[key], names[key]))
            button.setMinimumWidth(200)
            button.clicked.connect(lambda _checked=False, k=key: self.render(k))
            hint = QLabel()
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            self.buttons[key], self.hints[key] = button, hint
            grid.addWidget(button, row, 0)
            grid.addWidget(hint, row, 1)
        grid.setColumnStretch(1, 1)
        self.word = WordExport(self.paper_name, self.titles)
        self.extras = ExtraDocuments()  # outside the paket: certificates and the receipt list
        self.extras.render_requested.connect(lambda key, options, detail: self.render(key, detail, **options))
        self.extra_titles = {documents.SERTIFIKAT: self.tr("Sertifikat"),
                             documents.TANDA_TERIMA: self.tr("Daftar Tanda Terima")}

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)

        intro = QLabel(self.tr("Dokumen dibuat dari data yang sudah tersimpan, masing-masing sebagai berkas baru, "
                               "lalu ditampilkan untuk diperiksa dan dicetak."))
        intro.setWordWrap(True)
        # The tab holds the letter's choices, the PDFs, the Word row and the certificates: taller than a 1366×768
        # screen leaves the window, so it scrolls rather than growing the window past the taskbar.
        content = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(content))
        layout = QVBoxLayout(content)
        layout.addWidget(intro)
        layout.addLayout(top)
        self.letter_box = LetterFieldsBox()  # Sifat, Lampiran, signatory of the undangan: chosen before printing
        layout.addWidget(self.letter_box)
        layout.addWidget(box)
        layout.addWidget(self.word)
        layout.addWidget(self.extras)
        layout.addLayout(busy)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._show_busy(False)
        self._update_folder()
        with messages.guarded(self):
            index = self.paper.findData((installation.profile().paper or "a4").lower())
            self.paper.setCurrentIndex(max(0, index))
        self.set_meeting(None)

    # --- meeting and availability ------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.letter_box.set_meeting(meeting_id)
        self.extras.set_meeting(meeting_id)
        self.refresh()

    def refresh(self) -> None:
        """Enable what can be made now; say why the rest cannot."""
        if self.meeting_id is None:
            self.word.refresh(None, {}, False)
            for key, button in self.buttons.items():
                button.setEnabled(False)
                self.hints[key].setText("")
            self.hints[PACK].setText(self.tr("Simpan rapat ini dulu; dokumen dibuat dari data yang tersimpan."))
            return
        with messages.guarded(self) as g:
            overview = self.documents.overview(self.meeting_id)
        if not g.ok:
            return
        busy = self.job is not None and self.job.running
        self.word.refresh(self.meeting_id, overview, busy)
        for key, (name, why) in overview.items():
            reason = messages.domain_reason(why)
            self.buttons[key].setText(self.titles.get(name, name))
            self.buttons[key].setEnabled(not reason and not busy)
            self.hints[key].setText(reason)
            self.buttons[key].setToolTip(tip(reason))
        ready = [name for name, reason in overview.values() if not reason]
        self.buttons[PACK].setEnabled(bool(ready) and not busy)
        self.hints[PACK].setText(self.tr("Berisi: {0}; satu PDF dengan penanda (bookmark) per bagian.")
                                 .format(", ".join(ready)) if ready else "")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()  # photos or a news draft may have been added meanwhile
        self.extras.refresh()  # and attendance or roles, which decide who gets a certificate
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)  # closing the editor cancels a render still running
            self._watched = window

    def eventFilter(self, obj, event) -> bool:
        if obj is self._watched and event.type() == QEvent.Hide and not event.spontaneous():
            self.cancel()
        return super().eventFilter(obj, event)

    # --- folder and paper --------------------------------------------------------------------------------

    def paper_name(self) -> str:
        return self.paper.currentData()

    def _update_folder(self) -> None:
        self.folder_label.setText(str(export_folder()))

    def choose_folder(self) -> None:
        folder = ask_folder(self, export_folder())
        if folder is not None:
            remember_folder(folder)
            self._update_folder()

    # --- rendering ---------------------------------------------------------------------------------------

    def render(self, key: str, detail: str = "", **options) -> Job | None:
        """Make one document (or PACK) in a worker thread; the preview opens when it is written. `options`
        are the document's own (a certificate's person_id); `detail` goes into the file's name."""
        self.flush_pending()
        if self.meeting_id is None or (self.job is not None and self.job.running):
            return None
        if not self.letter_box.save_if_changed():  # the letter prints what the box shows
            return None
        docs, meeting_id, paper = self.documents, self.meeting_id, self.paper_name()
        folder = ready_folder(self)  # asked now, when missing or read-only: not after the PDF is drawn
        self._update_folder()
        if folder is None:
            return None
        with messages.guarded(self) as g:
            path = docs.export_path(folder, key, meeting_id, detail=detail)
            title = (self.tr("Paket dokumen") if key == PACK else
                     self.extra_titles[key] if key in self.extra_titles else self.buttons[key].text())
        if not g.ok:
            return None
        if key == PACK:
            def work(progress):
                return docs.render_pack(meeting_id, path, paper, progress=progress)
        else:
            def work(progress):
                return docs.render_document(key, meeting_id, path, paper, progress=progress, **options)
        job = Job(work, name=f"render-{key}")
        job.percent.connect(self.progress.setValue)
        job.finished.connect(lambda result: self._done(key, title, result))
        job.failed.connect(self._failed)
        job.cancelled.connect(lambda: self.status.setText(self.tr("Dibatalkan; tidak ada berkas yang ditulis.")))
        job.ended.connect(self._ended)
        self.job = job
        self.status.setText(self.tr("Membuat {0}…").format(title))
        self._show_busy(True)
        job.start()
        return job

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
        self.word.cancel()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in self.buttons.values():
            button.setEnabled(not busy and button.isEnabled())
        self.extras.set_busy(busy)

    def _ended(self) -> None:
        self._show_busy(False)
        self.refresh()

    def _failed(self, exc) -> None:
        self.status.setText(self.tr("Dokumen tidak dibuat."))
        messages.show_exception(self, exc)

    def _done(self, key: str, title: str, result) -> None:
        path = getattr(result, "path", result)
        self.last_result = result
        text = self.tr("{0} disimpan di {1}.").format(title, path)
        if key == PACK:
            text += " " + result.summary()
        self.status.setText(text)
        self.rendered.emit(Path(path))
        with messages.guarded(self):
            self.open_preview(path, title)

    def open_preview(self, path, title: str) -> PdfPreview:
        # A child of the editor: the editor is modal, a window beside it would not take clicks.
        preview = PdfPreview(path, title, self.window() if self.window() is not self else None)
        preview.setWindowFlag(Qt.Window, True)
        self.previews = [p for p in self.previews if isValid(p) and p.isVisible()] + [preview]
        preview.show()
        self.preview_opened.emit(preview)
        return preview
