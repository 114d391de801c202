"""The meeting's photos as a Qt list model, with thumbnails decoded once per photo at the size shown."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QBuffer, QByteArray, QCoreApplication, QIODevice, QModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPainter, QPixmap

from ...domain.errors import UserError
from ...domain.services import photos
from ..plain import tip

THUMB = QSize(168, 126)  # grid thumbnails, 4:3
ID_ROLE = Qt.UserRole


def scaled_pixmap(data: bytes, size: QSize) -> QPixmap:
    """A JPEG decoded straight to `size` (the decoder skips the detail it would throw away)."""
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.ReadOnly)
    reader = QImageReader(buf)
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(full.scaled(size, Qt.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


def _framed(pixmap: QPixmap, size: QSize) -> QPixmap:
    """The picture centred on a transparent `size` canvas, so portrait and landscape thumbnails line up (and
    the list's captions start at one edge)."""
    canvas = QPixmap(size)
    canvas.fill(Qt.transparent)
    if not pixmap.isNull():
        painter = QPainter(canvas)
        painter.drawPixmap((size.width() - pixmap.width()) // 2, (size.height() - pixmap.height()) // 2, pixmap)
        painter.end()
    return canvas


class PhotoListModel(QAbstractListModel):
    """The meeting's photos in order (PhotoInfo rows) with thumbnails made once per photo."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[photos.PhotoInfo] = []
        self._icons: dict[int, QIcon] = {}

    def load(self, meeting_id: int | None) -> None:
        self.beginResetModel()
        self.rows = photos.list_photos(meeting_id) if meeting_id is not None else []
        keep = {r.id for r in self.rows}
        self._icons = {k: v for k, v in self._icons.items() if k in keep}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def icon(self, photo_id: int) -> QIcon:
        if photo_id not in self._icons:
            try:
                self._icons[photo_id] = QIcon(_framed(scaled_pixmap(photos.image(photo_id), THUMB), THUMB))
            except UserError:  # deleted on another PC meanwhile
                self._icons[photo_id] = QIcon()
        return self._icons[photo_id]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.DisplayRole:
            caption = " ".join(r.caption.split()) or QCoreApplication.translate("PhotosTab", "(tanpa keterangan)")
            return f"{r.number}. {caption}"
        if role == Qt.DecorationRole:
            return self.icon(r.id)
        if role == Qt.ToolTipRole:
            return tip(f"{r.file_name}\n{r.caption}" if r.caption else r.file_name)
        if role == ID_ROLE:
            return r.id
        return None

    def row_of(self, photo_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == photo_id), -1)
