"""Parts of the Berita tab: the live checklist, the photos chosen for the PDF, and the hashtags dialog."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from ...domain.services import photos as photo_service
from ...domain.services.news import drafts, settings
from .. import messages
from ..photos.photo_list_model import scaled_pixmap
from ..widgets import HintLabel, save_cancel_buttons
from ..plain import tip

FLAG_COLOR = "#8a5300"
THUMB = QSize(72, 54)


class ChecklistView(QListWidget):
    """What an editor would flag, one line each; a flag about a paragraph says which (and a double click goes
    there through `paragraph_requested`)."""

    paragraph_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSelectionMode(QListWidget.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(self.tr("Daftar periksa berita"))
        self.itemActivated.connect(self._activated)
        self.codes: list[str] = []

    def show_flags(self, flags) -> None:
        self.clear()
        self.codes = [f.code for f in flags]
        if not flags:
            item = QListWidgetItem(self.tr("✓ Tidak ada catatan. Baca sekali lagi sebelum terbit."))
            item.setForeground(Qt.darkGreen)
            item.setFlags(Qt.ItemIsEnabled)
            self.addItem(item)
            return
        for f in flags:
            text = messages.domain_text(f.template, f.params, f.message)
            item = QListWidgetItem(f"⚠ {text}")
            item.setForeground(Qt.GlobalColor.black)
            item.setData(Qt.UserRole, f.paragraph)
            item.setToolTip(tip(text))
            self.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        paragraph = item.data(Qt.UserRole)
        if paragraph:
            self.paragraph_requested.emit(int(paragraph))


class PhotoChooser(QWidget):
    """The meeting's photos with a tick each: the ticked ones print with the article's PDF."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.meeting_id: int | None = None
        self.list = QListWidget()
        self.list.setIconSize(THUMB)
        self.list.setWordWrap(True)  # the caption wraps beside its thumbnail instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.ElideRight)
        self.list.setAccessibleName(self.tr("Foto untuk PDF berita"))
        self.hint = HintLabel(self.tr("Belum ada foto. Tambahkan di tab Foto."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.list.itemChanged.connect(self._changed)
        self._loading = False

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self._loading = True
        try:
            self.list.clear()
            chosen = set(drafts.chosen_photos(meeting_id))
            for info in photo_service.list_photos(meeting_id):
                item = QListWidgetItem(info.caption or info.file_name or self.tr("Foto {0}").format(info.number))
                item.setToolTip(tip(info.caption))
                item.setData(Qt.UserRole, info.id)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
                item.setCheckState(Qt.Checked if info.id in chosen else Qt.Unchecked)
                pixmap = scaled_pixmap(photo_service.image(info.id), THUMB)
                if not pixmap.isNull():
                    item.setIcon(QIcon(pixmap))
                self.list.addItem(item)
        finally:
            self._loading = False
        self.hint.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    def _changed(self, _item) -> None:
        if self._loading or self.meeting_id is None:
            return
        with messages.guarded(self):
            drafts.choose_photos(self.meeting_id, self.chosen())


class HashtagsDialog(QDialog):
    """The office's hashtags for social-media captions (shared by every PC of the office)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tagar media sosial"))
        self.edit = QLineEdit(" ".join(settings.hashtags()))
        self.edit.setPlaceholderText(self.tr("#TemanPemilih #KPUMelayani"))
        self.edit.setMinimumWidth(420)
        self.error = HintLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tagar yang ditambahkan ke keterangan Instagram, Facebook, WhatsApp dan X, "
                                        "dipisah spasi:")))
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel_buttons(self, self.save))

    def save(self) -> None:
        ok, _tags = messages.attempt(self, lambda exc: self.error.set_error(messages.sentence(exc)),
                                     lambda: settings.set_hashtags(self.edit.text()))
        if ok:
            self.accept()
