"""The meeting editor's Berita tab: draft the news article from what was recorded, edit it (saved as it is
typed), see the editor's checklist beside it, and export it as TXT, HTML, PDF or social-media captions."""
from __future__ import annotations

import logging
from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from ...domain.services.news import checklist, drafts, facts as news_facts, settings as news_settings
from .. import messages
from .news_exports import Article, NewsExports
from .news_widgets import ChecklistView, PhotoChooser
from ..autosave_timer import Autosaver
from ..widgets import HintLabel, show_save_status

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 500  # from the first unsaved keystroke: what is typed is on disk within a second
CHECK_DELAY_MS = 300  # the checklist follows typing without running at every keystroke
PLATFORM_ORDER = ("instagram", "facebook", "whatsapp", "x")


class NewsTab(QWidget):
    saved = Signal()  # the draft was written to the database
    save_status_changed = Signal(str, bool)  # the save line's text and whether it is an error (the window shows it)
    exported = Signal(object)  # Path of a file just written

    def __init__(self, parent=None):
        super().__init__(parent)
        self.meeting_id: int | None = None
        self._loaded_for: int | None = None
        self._facts = None
        self._variant = 0
        self._loading = False
        self._has_draft = False

        self.unsaved_hint = HintLabel(self.tr("Simpan rapat ini dulu. Berita disusun dari rapat yang sudah "
                                              "tersimpan: agenda, peran, kehadiran, notulen dan tindak lanjut."))
        self.draft_button = QPushButton(self.tr("&Buat draf"))
        self.draft_button.setToolTip(self.tr("Susun berita dari data rapat yang tersimpan."))
        self.variant_button = QPushButton(self.tr("Susunan &kalimat lain"))
        self.variant_button.setToolTip(self.tr("Susun ulang dengan pilihan kalimat yang berbeda."))
        self.long_version = QCheckBox(self.tr("&Versi panjang"))
        self.long_version.setToolTip(self.tr("Memuat semua catatan notulen. Tanpa centang, berita disusun 250–400 "
                                             "kata seperti berita kegiatan di situs KPU."))
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        self.audience = QLineEdit()
        self.audience.setMaxLength(news_settings.AUDIENCE_LIMIT)
        self.audience.setPlaceholderText(self.tr("mis. jajaran KPU Kabupaten/Kota se-Jawa Timur; kosong: berita "
                                                 "tidak menyebut peserta"))
        self.audience.setAccessibleName(self.tr("Peserta kegiatan"))
        self.audience.setToolTip(self.tr("Siapa yang mengikuti kegiatan, sebagaimana tercatat. Berita hanya "
                                         "menyebut peserta yang dicatat di sini; tekan Buat ulang sesudahnya."))
        self.headline = QLineEdit()
        self.headline.setPlaceholderText(self.tr("Judul berita"))
        self.headline.setAccessibleName(self.tr("Judul berita"))
        self.headline.setMaxLength(drafts.HEADLINE_LIMIT)  # stops the typing instead of refusing the save
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Isi berita; pisahkan paragraf dengan satu baris kosong."))
        self.body.setAccessibleName(self.tr("Isi berita"))
        self.body.setTabChangesFocus(True)
        self.initials = QLineEdit()
        self.initials.setMaxLength(drafts.INITIALS_LIMIT)
        self.initials.setPlaceholderText(self.tr("mis. amr"))
        self.initials.setMaximumWidth(110)
        self.initials.setToolTip(self.tr("Ditulis dalam kurung di akhir berita."))
        self.word_count = QLabel()
        self.word_count.setStyleSheet("color: #555;")

        self.checks = ChecklistView()
        self.photos = PhotoChooser()
        self.txt_button = QPushButton(self.tr("Simpan &TXT"))
        self.html_button = QPushButton(self.tr("Simpan &HTML"))
        self.pdf_button = QPushButton(self.tr("&PDF…"))
        self.pdf_button.setToolTip(self.tr("Berita dengan kop, foto terpilih dan keterangannya; dibuka di "
                                           "pratinjau."))
        self.platform = QComboBox()
        labels = {"instagram": "Instagram", "facebook": "Facebook", "whatsapp": "WhatsApp", "x": "X (Twitter)"}
        for key in PLATFORM_ORDER:
            self.platform.addItem(labels[key], key)
        self.platform.setAccessibleName(self.tr("Platform media sosial"))
        self.copy_button = QPushButton(self.tr("&Salin keterangan"))
        self.copy_button.setToolTip(self.tr("Salin keterangan singkat untuk platform ini ke papan klip."))
        self.tags_button = QPushButton(self.tr("Ta&gar…"))
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.exports = NewsExports(self, self.article, self.flush)
        self.exports.status.connect(self.export_status.setText)
        self.exports.exported.connect(self.exported)
        self.exports.pdf_busy.connect(lambda busy: self.pdf_button.setEnabled(not busy))

        self._build_layout()
        self.saver = Autosaver(self._save_parts, delay_ms=SAVE_DELAY_MS, parent=self,
                               failure=self.tr("Berita belum dapat disimpan ke basis data."),
                               log_text="Simpan otomatis berita gagal")
        self.saver.status.connect(self._status)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.refresh_checklist)

        self.draft_button.clicked.connect(self.draft_again)
        self.variant_button.clicked.connect(self.other_phrasing)
        self.audience.editingFinished.connect(self._audience_changed)
        self.long_version.toggled.connect(lambda _on: self.refresh_checklist())
        self.headline.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.initials.editingFinished.connect(self._initials_changed)
        self.checks.paragraph_requested.connect(self.go_to_paragraph)
        self.txt_button.clicked.connect(lambda: self.exports.export_text("txt"))
        self.html_button.clicked.connect(lambda: self.exports.export_text("html"))
        self.pdf_button.clicked.connect(self.exports.export_pdf)
        self.copy_button.clicked.connect(
            lambda: self.exports.copy_caption(self.platform.currentData(), self.platform.currentText()))
        self.tags_button.clicked.connect(self.exports.edit_hashtags)
        self._set_enabled(False)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.draft_button)
        top.addWidget(self.variant_button)
        top.addWidget(self.long_version)
        top.addWidget(self.save_status, 1)

        editor = QWidget()
        form = QVBoxLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        head = QFormLayout()
        head.addRow(self.tr("&Judul:"), self.headline)
        head.addRow(self.tr("P&eserta:"), self.audience)
        form.addLayout(head)
        form.addWidget(self.body, 1)
        foot = QHBoxLayout()
        label = QLabel(self.tr("&Inisial penulis:"))
        label.setBuddy(self.initials)
        foot.addWidget(label)
        foot.addWidget(self.initials)
        foot.addStretch(1)
        foot.addWidget(self.word_count)
        form.addLayout(foot)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        check_box = QGroupBox(self.tr("Periksa sebelum terbit"))
        QVBoxLayout(check_box).addWidget(self.checks)
        photo_box = QGroupBox(self.tr("Foto untuk PDF"))
        QVBoxLayout(photo_box).addWidget(self.photos)
        side_layout.addWidget(check_box, 3)
        side_layout.addWidget(photo_box, 2)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(editor)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        exports = QHBoxLayout()
        exports.addWidget(QLabel(self.tr("Ekspor:")))
        exports.addWidget(self.txt_button)
        exports.addWidget(self.html_button)
        exports.addWidget(self.pdf_button)
        exports.addSpacing(16)
        exports.addWidget(self.platform)
        exports.addWidget(self.copy_button)
        exports.addWidget(self.tags_button)
        exports.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.unsaved_hint)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(exports)
        layout.addWidget(self.export_status)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.draft_button, self.variant_button, self.long_version, self.audience, self.headline, self.body,
                  self.initials, self.txt_button,
                  self.html_button, self.pdf_button, self.platform, self.copy_button, self.tags_button):
            w.setEnabled(on)
        self.variant_button.setEnabled(on and self._has_draft)

    # --- loading ---------------------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """The meeting whose article this is; read when the tab is first shown."""
        if meeting_id == self.meeting_id:
            return
        if self.meeting_id is not None:
            self.flush()
        self.meeting_id = meeting_id
        self._loaded_for = None
        self.unsaved_hint.setVisible(meeting_id is None)
        self._set_enabled(False)
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.meeting_id is None:
            return
        if self._loaded_for != self.meeting_id:
            self.load()
        else:  # other tabs may have changed what the checklist looks at (roles, attendance, photos)
            self._refresh_facts()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.flush()  # another tab, or the window going away

    def load(self) -> None:
        if self.meeting_id is None:
            return
        try:
            d = drafts.current(self.meeting_id)
            self._facts = news_facts.gather(self.meeting_id)
            self.photos.load(self.meeting_id)
        except Exception as exc:  # noqa: BLE001 - the tab stays, the reason is said
            messages.show_exception(self, exc)
            return
        self._show_draft(d)
        self._loaded_for = self.meeting_id
        self._set_enabled(True)
        self.refresh_checklist()

    def _show_draft(self, d) -> None:
        self._loading = True
        try:
            self._has_draft = bool(d and (d.body.strip() or d.headline.strip()))
            self.headline.setText(d.headline if d else "")
            self.headline.setCursorPosition(0)  # the start of a long headline in view
            self.body.setPlainText(d.body if d else "")
            self.initials.setText((d.writer_initials if d else "") or drafts.initials_of(self.meeting_id))
            self.audience.setText(self._facts.audience if self._facts else "")
        finally:
            self._loading = False
        self.draft_button.setText(self.tr("Buat &ulang") if self._has_draft else self.tr("&Buat draf"))
        self.variant_button.setEnabled(self._has_draft)
        self._update_count()

    def _refresh_facts(self) -> None:
        try:
            self._facts = news_facts.gather(self.meeting_id)
            self.photos.load(self.meeting_id)
        except Exception:  # noqa: BLE001 - the last facts stay; the next showing tries again
            log.warning("Berita: data rapat tidak dapat dibaca ulang", exc_info=True)
            return
        self.refresh_checklist()

    # --- drafting ------------------------------------------------------------------------------------------

    def draft_again(self) -> None:
        """Buat draf / Buat ulang: compose from what is recorded now; edits are only replaced after asking."""
        self._compose(self._variant)

    def other_phrasing(self) -> None:
        self._compose(self._variant + 1)

    def _compose(self, variant: int) -> None:
        if self.meeting_id is None:
            return
        if not self.flush():
            messages.error(self, self.tr("Ketikan terakhir belum tersimpan: {0}").format(self.error))
            return
        overwrite = False
        if drafts.is_edited(self.meeting_id):
            if not messages.confirm(self, self.tr("Draf berita ini sudah Anda ubah. Menyusun ulang akan mengganti "
                                                  "judul dan isi dengan susunan baru dari data rapat. Lanjutkan?"),
                                    self.tr("Ganti dengan draf baru")):
                return
            overwrite = True
        with messages.guarded(self) as g:
            facts = news_facts.gather(self.meeting_id)  # once: for the draft and for the checklist
            d = drafts.draft(self.meeting_id, variant=variant, overwrite=overwrite, facts=facts,
                             long=self.long_version.isChecked())
            self._facts = facts
        if not g.ok:
            return
        self._variant = variant
        self._show_draft(d)
        self._saved_now()
        self.refresh_checklist()

    # --- editing and saving --------------------------------------------------------------------------------

    def _audience_changed(self) -> None:
        """Who took part, as the user records it: kept for the meeting (the article says only this)."""
        if self._loading or self.meeting_id is None or self._facts is None:
            return
        if " ".join(self.audience.text().split()) == self._facts.audience:
            return
        with messages.guarded(self) as g:
            stored = news_settings.set_audience(self.meeting_id, self.audience.text())
        if not g.ok:
            return
        self.audience.setText(stored)
        self._facts.audience = stored
        self._status(self.tr("Peserta tersimpan. Tekan Buat ulang agar berita menyebutnya."), False)
        self.refresh_checklist()

    def _edited(self, *_args) -> None:
        if self._loading or self.meeting_id is None:
            return
        self.saver.touch("article")
        self._check_timer.start()
        self._update_count()

    def _initials_changed(self) -> None:
        if self._loading or self.meeting_id is None:
            return
        text = self.initials.text().strip().strip("()")
        body = self.body.toPlainText()
        if drafts.ending_initials(body) == text:
            return
        cursor = QTextCursor(self.body.document())
        cursor.select(QTextCursor.Document)
        cursor.insertText(drafts.with_initials(body, text))  # one undo step, and saved like typing

    @property
    def error(self) -> str:
        """The last save failure's sentence, "" after a good save."""
        return self.saver.error

    def flush(self) -> bool:
        """Write what is typed now. True when nothing is left unsaved."""
        return self.meeting_id is None or self.saver.flush()

    def _save_parts(self, _parts: list[str]) -> None:
        drafts.save(self.meeting_id, headline=self.headline.text(), body=self.body.toPlainText(),
                    writer_initials=self.initials.text())
        self._has_draft = True
        self.variant_button.setEnabled(True)
        self.draft_button.setText(self.tr("Buat &ulang"))
        self.saved.emit()

    def _saved_now(self) -> None:
        self._status(self.tr("Tersimpan {0}").format(QTime.currentTime().toString("HH.mm.ss")), False)
        self.saved.emit()

    def _status(self, text: str, error: bool) -> None:
        show_save_status(self.save_status, text, error)
        self.save_status_changed.emit(text, error)

    def forget(self) -> None:
        """Drop what is pending (the meeting window closes after its one warning)."""
        self.saver.forget()

    def article(self) -> Article | None:
        """The text as it stands, for the exports; None while no meeting is loaded."""
        if self.meeting_id is None:
            return None
        return Article(self.meeting_id, self.headline.text(), self.body.toPlainText(), self.photos.chosen())

    # --- checklist ----------------------------------------------------------------------------------------

    def refresh_checklist(self) -> None:
        if self._facts is None:
            return
        if not self.body.toPlainText().strip() and not self.headline.text().strip():
            self.checks.show_flags([checklist.Flag("body", self.tr("Belum ada draf. Tekan Buat draf untuk menyusun "
                                                                   "berita dari data rapat."))])
            return
        self.checks.show_flags(checklist.check(self._facts, self.headline.text(), self.body.toPlainText(),
                                               long=self.long_version.isChecked()))

    def _update_count(self) -> None:
        words = len(self.body.toPlainText().split())
        self.word_count.setText(self.tr("{0} kata").format(words))

    def go_to_paragraph(self, number: int) -> None:
        """Put the cursor at the start of paragraph `number` (1-based) in the editor."""
        text = self.body.toPlainText()
        pos, seen, blank = 0, 0, True
        for i, line in enumerate(text.split("\n")):
            if line.strip() and blank:
                seen += 1
                if seen == number:
                    break
            blank = not line.strip()
            pos += len(line) + 1
        cursor = self.body.textCursor()
        cursor.setPosition(min(pos, len(text)))
        self.body.setTextCursor(cursor)
        self.body.setFocus()
