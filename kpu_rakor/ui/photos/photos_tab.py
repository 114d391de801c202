"""The Foto tab of a saved meeting: add photos from files (read and shrunk off the GUI thread, with progress),
see them as a grid of thumbnails or a list, caption each in the news style, say who is pictured, reorder and
delete. Every change is stored at once through the photos service; the meeting's Simpan is not needed."""
from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QListView, QPlainTextEdit, QPushButton, QSplitter, QToolButton,
                               QVBoxLayout, QWidget)

from ...domain.errors import UserError
from ...domain.services import photos
from .. import labels, messages
from .photo_import import PhotoImportJob, ask_photo_paths  # noqa: F401 - tests reach PhotoImportJob here
from .photo_list_model import ID_ROLE, THUMB, PhotoListModel, scaled_pixmap
from ..widgets import HintLabel

log = logging.getLogger(__name__)
LIST_ICON = QSize(64, 48)
PREVIEW = QSize(420, 315)
SAVE_DELAY_MS = 700  # a caption is stored this long after the last keystroke (and whenever focus leaves)


# --- the tab ----------------------------------------------------------------------------------------------------

class PhotosTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.meeting_id: int | None = None
        self.job: PhotoImportJob | None = None
        self._current: int | None = None  # the photo whose caption is in the editor
        self._suggestion = ""  # the last caption the app proposed, to tell it from the user's own words
        self._loading = False

        self.unsaved_hint = HintLabel(self.tr("Simpan rapat ini dulu. Foto disimpan untuk rapat yang sudah "
                                              "tersimpan."))
        self.add_button = QPushButton(self.tr("&Tambah foto…"))
        self.add_button.setToolTip(self.tr("Pilih satu atau beberapa foto (JPG, PNG). Foto diputar sesuai "
                                           "kamera dan diperkecil sebelum disimpan."))
        self.up_button = QPushButton(self.tr("Naik"))
        self.down_button = QPushButton(self.tr("Turun"))
        self.delete_button = QPushButton(self.tr("Hapus…"))
        self.up_button.setToolTip(self.tr("Pindahkan foto terpilih ke depan (Alt+Atas)."))
        self.down_button.setToolTip(self.tr("Pindahkan foto terpilih ke belakang (Alt+Bawah)."))
        self.delete_button.setToolTip(self.tr("Hapus foto terpilih (Del)."))
        self.list_mode = QToolButton()
        self.list_mode.setText(self.tr("Tampilan &daftar"))
        self.list_mode.setCheckable(True)
        self.count_label = QLabel()

        self.model = PhotoListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.ElideRight)
        self._grid_mode()

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignCenter)
        self.preview.setMinimumSize(QSize(240, 180))
        self.preview.setStyleSheet("background: #f0f0f0; border: 1px solid #cccccc;")
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.PlainText)
        self.file_label.setStyleSheet("color: #555555;")
        self.person = QComboBox()
        self.person.setMinimumContentsLength(24)
        self.person.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.caption = QPlainTextEdit()
        self.caption.setTabChangesFocus(True)
        self.caption.setPlaceholderText(self.tr("Nama, jabatan saat … (7/4/2021)"))
        self.suggest_button = QPushButton(self.tr("&Usulkan keterangan"))
        self.suggest_button.setToolTip(self.tr("Tulis ulang keterangan dengan gaya berita dari orang di foto dan "
                                               "perannya dalam rapat (dapat dibatalkan dengan Ctrl+Z)."))
        self.caption_hint = HintLabel(self.tr("Keterangan tersimpan otomatis saat diketik."))

        detail = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("&Orang di foto:"), self.person)
        form.addRow(self.tr("&Keterangan:"), self.caption)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.preview, 1)
        dl.addWidget(self.file_label)
        dl.addLayout(form)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.caption_hint, 1)
        suggest_row.addWidget(self.suggest_button)
        dl.addLayout(suggest_row)
        self.detail = detail
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        bar = QHBoxLayout()
        for w in (self.add_button, self.up_button, self.down_button, self.delete_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.list_mode)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unsaved_hint)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_caption)
        self.add_button.clicked.connect(self.add_photos)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button.clicked.connect(self.delete_selected)
        self.list_mode.toggled.connect(self._set_list_mode)
        self.view.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur))
        self.caption.textChanged.connect(self._caption_typed)
        self.person.activated.connect(lambda _i: self._person_chosen())
        self.suggest_button.clicked.connect(self.suggest)
        for keys, slot in ((QKeySequence.Delete, self.delete_selected), ("Alt+Up", lambda: self.move_selected(-1)),
                           ("Alt+Down", lambda: self.move_selected(1))):
            action = QAction(self.view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
        self._update_actions()

    # --- the meeting -----------------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.save_caption()
        self.meeting_id = meeting_id
        self.unsaved_hint.setVisible(meeting_id is None)
        self._load_people()
        self.reload()

    def _load_people(self) -> None:
        self.person.clear()
        self.person.addItem(self.tr("(tidak ada orang tertentu)"), None)
        if self.meeting_id is None:
            return
        with messages.guarded(self):
            for choice in photos.people_choices(self.meeting_id):
                text = f"{choice.name} — {choice.description}" if choice.description else choice.name
                self.person.addItem(text, choice.id)

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self._current
        with messages.guarded(self):
            self.model.load(self.meeting_id)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        else:
            self._show(QModelIndex())
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("{0} foto").format(labels.number(n)))
        self._update_actions()

    def _update_actions(self) -> None:
        saved = self.meeting_id is not None
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        self.add_button.setEnabled(saved and self.job is None)
        self.delete_button.setEnabled(saved and row >= 0)
        self.up_button.setEnabled(saved and row > 0)
        self.down_button.setEnabled(saved and 0 <= row < self.model.rowCount() - 1)
        self.detail.setEnabled(saved and row >= 0)

    # --- views ---------------------------------------------------------------------------------------------

    def _grid_mode(self) -> None:
        self.view.setViewMode(QListView.IconMode)
        self.view.setFlow(QListView.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListView.Adjust)
        self.view.setMovement(QListView.Static)
        self.view.setIconSize(THUMB)
        self.view.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 44))
        self.view.setWordWrap(True)
        self.view.setSpacing(4)

    def _set_list_mode(self, on: bool) -> None:
        if not on:
            self._grid_mode()
            return
        self.view.setViewMode(QListView.ListMode)
        self.view.setFlow(QListView.TopToBottom)
        self.view.setWrapping(False)
        self.view.setGridSize(QSize())
        self.view.setIconSize(LIST_ICON)
        self.view.setWordWrap(False)
        self.view.setSpacing(2)

    # --- the selected photo --------------------------------------------------------------------------------

    def _show(self, index) -> None:
        self.save_caption()
        self._loading = True
        try:
            info = self.model.rows[index.row()] if index.isValid() else None
            self._current = info.id if info else None
            self._suggestion = ""
            if info is None:
                self.preview.clear()
                self.preview.setText(self.tr("Belum ada foto. Klik Tambah foto… untuk memilih foto kegiatan.")
                                     if self.meeting_id is not None else "")
                self.file_label.clear()
                self.caption.setPlainText("")
                self.person.setCurrentIndex(0)
            else:
                with messages.guarded(self):
                    self.preview.setPixmap(scaled_pixmap(photos.image(info.id), PREVIEW))
                self.file_label.setText(info.file_name)
                self.caption.setPlainText(info.caption)
                self.person.setCurrentIndex(max(0, self.person.findData(info.person_id)))
                if info.person_id is not None and self.person.currentData() != info.person_id:
                    self.person.addItem(info.person_name, info.person_id)  # pictured, though no longer invited
                    self.person.setCurrentIndex(self.person.count() - 1)
                self._suggestion = self._suggest_text(info.person_id) if info.caption else ""
            self.caption_hint.set_hint(self.tr("Keterangan tersimpan otomatis saat diketik."))
        finally:
            self._loading = False
        self._update_actions()

    def _caption_typed(self) -> None:
        if not self._loading and self._current is not None:
            self._save_timer.start()

    def save_caption(self) -> bool:
        """Store the caption being edited now (the timer, leaving the photo, hiding the tab)."""
        self._save_timer.stop()
        if self._current is None or self._loading:
            return True
        text = self.caption.toPlainText()
        row = self.model.row_of(self._current)
        if row < 0 or self.model.rows[row].caption == text.strip():
            return True
        ok, _ = messages.attempt(self, lambda exc: self.caption_hint.set_error(messages.sentence(exc)),
                                 lambda: photos.update(self._current, caption=text))
        if ok:
            self._refresh_row(row)
            self.caption_hint.set_hint(self.tr("Keterangan tersimpan."))
        return ok

    def _refresh_row(self, row: int) -> None:
        fresh = {r.id: r for r in photos.list_photos(self.meeting_id)}
        old = self.model.rows[row]
        if old.id in fresh:
            self.model.rows[row] = fresh[old.id]
            idx = self.model.index(row)
            self.model.dataChanged.emit(idx, idx)

    def _suggest_text(self, person_id) -> str:
        try:
            return photos.suggest_caption(self.meeting_id, person_id)
        except UserError:
            return ""

    def _person_chosen(self) -> None:
        if self._current is None:
            return
        pid = self.person.currentData()
        ok, _ = messages.attempt(self, lambda exc: self.caption_hint.set_error(messages.sentence(exc)),
                                 lambda: photos.update(self._current, person_id=pid))
        if not ok:
            return
        # A caption the app proposed (and the user left alone) follows the person; the user's own words stay.
        text = self.caption.toPlainText().strip()
        if not text or text == self._suggestion:
            self.suggest()
        else:
            self._refresh_row(self.model.row_of(self._current))

    def suggest(self) -> None:
        if self._current is None:
            return
        text = self._suggest_text(self.person.currentData())
        if not text:
            return
        cursor = self.caption.textCursor()
        cursor.select(QTextCursor.Document)
        cursor.insertText(text)  # through the cursor, so Ctrl+Z brings the user's words back
        self._suggestion = text
        self.save_caption()

    # --- adding, moving, deleting ----------------------------------------------------------------------------

    def add_photos(self) -> None:
        if self.meeting_id is None or self.job is not None:
            return
        self.save_caption()
        paths = ask_photo_paths(self)
        if not paths:
            return
        self.job = PhotoImportJob(self, self.meeting_id, list(paths))
        self.job.done.connect(self._imported)
        self._update_actions()
        self.job.start()

    @Slot(list, list)
    def _imported(self, added: list, skipped: list) -> None:
        self.job.deleteLater()
        self.job = None
        self.reload(select_id=added[0] if added else None)
        if skipped:
            head = self.tr("{0} foto ditambahkan; {1} berkas dilewati:").format(len(added), len(skipped))
            messages.error(self, "\n".join([head] + [f"• {s}" for s in skipped]))

    def selected_id(self) -> int | None:
        idx = self.view.currentIndex()
        return idx.data(ID_ROLE) if idx.isValid() else None

    def move_selected(self, step: int) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        self.save_caption()
        with messages.guarded(self):
            photos.move(pid, step)
        self.reload(select_id=pid)

    def delete_selected(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        row = self.model.row_of(pid)
        info = self.model.rows[row]
        if not messages.confirm(self, self.tr("Hapus foto {0} ({1}) dari rapat ini? Foto yang dihapus tidak "
                                              "dapat dikembalikan.").format(info.number, info.file_name),
                                self.tr("Hapus foto")):
            return
        self._save_timer.stop()
        self._current = None  # its caption goes with it
        with messages.guarded(self):
            photos.delete(pid)
        nxt = self.model.rows[row + 1].id if row + 1 < len(self.model.rows) else (
            self.model.rows[row - 1].id if row > 0 else None)
        self.reload(select_id=nxt)

    # --- leaving ------------------------------------------------------------------------------------------------

    def hideEvent(self, event) -> None:
        self.save_caption()  # switching tabs or closing the editor: the last words are kept
        super().hideEvent(event)

    def release(self) -> None:
        """Store the caption and stop a running import (the editor is closing)."""
        self.save_caption()
        if self.job is not None:
            self.job.stop()
            self.job = None
