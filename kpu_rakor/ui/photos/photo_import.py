"""Adding photos to a meeting off the GUI thread: the file question, and a job that reads and shrinks each file
in its worker (photos.prepare touches no database) and stores each photo in the GUI thread as it is ready."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QWidget

from ...domain.errors import UserError
from ...domain.services import photos
from .. import file_dialogs, messages
from ..jobs import Job

log = logging.getLogger(__name__)


def ask_photo_paths(parent: QWidget | None) -> list[str]:
    """The file question (tests replace it: a file dialog would block)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.PicturesLocation) or str(Path.home())
    patterns = " ".join(f"*.{ext}" for ext in photos.IMAGE_TYPES)
    return file_dialogs.open_files(parent, QCoreApplication.translate("PhotosTab", "Tambah foto kegiatan"), folder,
                                   QCoreApplication.translate("PhotosTab", "Foto ({0});;Semua berkas (*)")
                                   .format(patterns))


def _prepare_all(paths: list[str], progress) -> None:
    """Read and shrink each file in the worker thread (photos.prepare touches no database) and deliver it,
    or the sentence why it was left out, to the GUI thread, which stores it."""
    total = len(paths)
    for n, path in enumerate(paths):
        progress(n, total, QCoreApplication.translate("PhotosTab", "Memproses {0} ({1} dari {2})…")
                 .format(Path(path).name, n + 1, total))
        try:
            progress.deliver(photos.prepare(path))
        except UserError as exc:
            progress.deliver(messages.sentence(exc))
        except Exception:  # noqa: BLE001 - one odd file must not stop the rest
            log.exception("Foto tidak dapat diproses: %s", path)
            progress.deliver(QCoreApplication.translate("PhotosTab", "Berkas {0} tidak dapat diproses.")
                             .format(Path(path).name))


class PhotoImportJob(Job):
    """One batch of files: a worker thread, a cancellable progress dialog, each photo stored in the GUI thread
    as soon as it is ready; `done(added ids, skipped reasons)` at the end (also after Batal, with what was
    stored by then; not after stop())."""

    done = Signal(list, list)

    def __init__(self, parent_widget: QWidget, meeting_id: int, paths: list[str]):
        super().__init__(lambda progress: _prepare_all(paths, progress), name="photo-import",
                         uses_database=False)
        self.parent_widget = parent_widget
        self.meeting_id = meeting_id
        self.added: list[int] = []
        self.skipped: list[str] = []
        self.show_dialog(parent_widget, QCoreApplication.translate("PhotosTab", "Tambah foto"),
                         QCoreApplication.translate("PhotosTab", "Memproses foto…"), 300)
        self.delivered.connect(self._store)
        self.failed.connect(lambda exc: messages.show_exception(parent_widget, exc))
        for outcome in (self.finished, self.cancelled, self.failed):
            outcome.connect(lambda *_: self.done.emit(self.added, self.skipped))

    @Slot(object)
    def _store(self, prepared) -> None:
        if isinstance(prepared, str):
            self.skipped.append(prepared)
            return
        try:
            self.added.append(photos.add_prepared(self.meeting_id, prepared).id)
        except UserError as exc:
            self.skipped.append(messages.sentence(exc))
        except Exception as exc:  # noqa: BLE001 - a database failure stops the batch, said as a sentence
            self.cancel()
            messages.show_exception(self.parent_widget, exc)
