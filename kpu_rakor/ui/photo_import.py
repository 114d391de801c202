"""Adding photos to a meeting off the GUI thread: the file question, a worker that reads and shrinks each file
(photos.prepare touches no database), and a job that stores each photo in the GUI thread as it is ready."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QWidget

from ..domain.errors import UserError
from ..domain.services import photos
from . import file_dialogs, messages
from .progress_job import ProgressJob

log = logging.getLogger("kpu_rakor.ui")
CONTEXT = "PhotosTab"  # the strings were written in the Foto tab; its translations stay under that name


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_photo_paths(parent: QWidget | None) -> list[str]:
    """The file question (tests replace it: a file dialog would block)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.PicturesLocation) or str(Path.home())
    patterns = " ".join(f"*.{ext}" for ext in photos.IMAGE_TYPES)
    return file_dialogs.open_files(parent, tr("Tambah foto kegiatan"), folder,
                                   tr("Foto ({0});;Semua berkas (*)").format(patterns))


class _Preparer(QObject):
    """Reads and shrinks the files in a worker thread (photos.prepare touches no database); the GUI thread
    stores each one as it arrives. `cancel()` may be called from any thread."""

    prepared = Signal(object)  # PreparedPhoto
    skipped = Signal(str)  # why a file was left out, as a sentence
    progressed = Signal(int, str)
    finished = Signal()

    def __init__(self, paths: list[str]):
        super().__init__()
        self.paths = paths
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        total = len(self.paths)
        for n, path in enumerate(self.paths):
            if self._stop.is_set():
                break
            self.progressed.emit(int(100 * n / total), tr("Memproses {0} ({1} dari {2})…")
                                 .format(Path(path).name, n + 1, total))
            try:
                self.prepared.emit(photos.prepare(path))
            except UserError as exc:
                self.skipped.emit(str(exc))
            except Exception:  # noqa: BLE001 - one odd file must not stop the rest
                log.exception("Foto tidak dapat diproses: %s", path)
                self.skipped.emit(tr("Berkas {0} tidak dapat diproses.").format(Path(path).name))
        self.finished.emit()


class PhotoImportJob(ProgressJob):
    """One batch of files: a worker thread, a cancellable progress dialog, each photo stored in the GUI thread
    as soon as it is ready; `done(added ids, skipped reasons)` at the end."""

    done = Signal(list, list)

    def __init__(self, parent_widget: QWidget, meeting_id: int, paths: list[str]):
        super().__init__(parent_widget, _Preparer(paths), "photo-import", tr("Memproses foto…"), tr("Batal"),
                         tr("Tambah foto"), 300)
        self.meeting_id = meeting_id
        self.added: list[int] = []
        self.skipped: list[str] = []
        self.worker.prepared.connect(self._store)
        self.worker.skipped.connect(self.skipped.append)
        self.worker.finished.connect(self._finish)

    @Slot(object)
    def _store(self, prepared) -> None:
        if not self.running:
            return
        try:
            self.added.append(photos.add_prepared(self.meeting_id, prepared).id)
        except UserError as exc:
            self.skipped.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - a database failure stops the batch, said as a sentence
            self.worker.cancel()
            messages.show_exception(self.parent_widget, exc)

    @Slot()
    def _finish(self) -> None:
        self._end()
        self.done.emit(self.added, self.skipped)
