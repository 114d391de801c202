"""Kartu peserta from the app: ask a file name, render off the GUI thread with a cancellable progress dialog,
then open the PDF in the system viewer.

The database is read in the GUI thread (the cards, a few quick queries) and written there too (the audit
entry); the worker thread only draws and writes the file, so it needs no connection of its own.
"""
from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QStandardPaths, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from .. import messages

CONTEXT = "BadgeExport"


class Cancelled(Exception):
    """Raised by the progress callback to stop drawing; no file is written."""


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def default_path(meeting_id: int, now: datetime | None = None) -> Path:
    """A new name each time (viewers lock the file they show): Documents/kartu-qr-<id>-<YYYYMMDD-HHMMSS>.pdf."""
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return Path(folder) / f"kartu-qr-{meeting_id}-{stamp}.pdf"


class _Renderer(QObject):
    """Draws the cards in a worker thread. `cancel()` may be called from any thread."""

    progressed = Signal(int)
    done = Signal(str)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, header, cards, path: Path, paper: str):
        super().__init__()
        self.header, self.cards, self.path, self.paper = header, cards, path, paper
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, percent: int) -> None:
        if percent < 100 and self._stop.is_set():  # 100 comes after the file is written: too late to stop
            raise Cancelled()
        self.progressed.emit(percent)

    def run(self) -> None:
        from ...domain import documents

        try:
            data = documents.draw(documents.kind(documents.BADGES), self.header, self.cards, self.paper,
                                  progress=self._progress)
            out = documents.write_pdf(self.path, data)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # shown as a sentence in the GUI thread
            self.failed.emit(exc)
        else:
            self.done.emit(str(out))


class _Outcome(QObject):
    """Lives in the GUI thread, so the worker's signals arrive here queued, even before the loop runs."""

    def __init__(self, loop: QEventLoop):
        super().__init__()
        self.loop, self.kind, self.value = loop, "", None

    def _finish(self, kind: str, value=None) -> None:
        self.kind, self.value = kind, value
        self.loop.quit()

    @Slot(str)
    def done(self, path: str) -> None:
        self._finish("done", Path(path))

    @Slot(object)
    def failed(self, exc) -> None:
        self._finish("failed", exc)

    @Slot()
    def cancelled(self) -> None:
        self._finish("cancelled")


def _ask_path(parent: QWidget | None, meeting_id: int) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Simpan kartu peserta"), str(default_path(meeting_id)),
                                          tr("Dokumen PDF (*.pdf)"))
    if not path:
        return None
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_badges(parent: QWidget | None, meeting_id: int, paper: str | None = None) -> Path | None:
    """The whole export, from the file question to the opened PDF. Returns the file written, or None when
    the user cancelled or something failed (the user has then been told why in a sentence)."""
    from ...domain import documents
    from ...domain.services import meeting_header

    kind = documents.kind(documents.BADGES)
    with messages.guarded(parent) as g:
        header = meeting_header.read(meeting_id)
        paper = paper or header.office.paper
        cards = documents.build(kind, header)  # refuses a meeting without invitees before any question is asked
    if not g.ok:
        return None
    path = _ask_path(parent, meeting_id)
    if path is None:
        return None

    dialog = QProgressDialog(tr("Membuat kartu peserta ({0} orang)…").format(len(cards.cards)), tr("Batal"),
                             0, 100, parent)
    dialog.setWindowTitle(tr("Kartu peserta"))
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    thread = QThread()
    worker = _Renderer(header, cards, path, paper)
    worker.moveToThread(thread)
    loop = QEventLoop()
    outcome = _Outcome(loop)
    worker.progressed.connect(dialog.setValue)
    worker.done.connect(outcome.done)
    worker.failed.connect(outcome.failed)
    worker.cancelled.connect(outcome.cancelled)
    dialog.canceled.connect(worker.cancel, Qt.DirectConnection)
    thread.started.connect(worker.run)
    thread.start()
    try:
        loop.exec()  # the progress dialog is window-modal: the rest of the app waits, but still paints
    finally:
        thread.quit()
        thread.wait()
        dialog.close()
        dialog.deleteLater()

    if outcome.kind == "failed":
        messages.show_exception(parent, outcome.value)
        return None
    if outcome.kind != "done":
        return None  # cancelled: nothing was written
    out = outcome.value
    with messages.guarded(parent) as g:
        documents.log_export(kind, header, cards, out, paper)
    if not g.ok:
        return out
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(out))):
        messages.error(parent, tr("Kartu peserta sudah disimpan di {0}, tetapi tidak ada program yang dapat "
                                  "membukanya. Buka berkas itu dari pengelola berkas, atau pasang pembaca "
                                  "PDF.").format(out))
    return out
