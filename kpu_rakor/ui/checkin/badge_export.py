"""Kartu peserta from the app: ask a file name, render off the GUI thread with a cancellable progress dialog,
then open the PDF in the system viewer.

The database is read in the GUI thread (`badges.badge_set`, a few quick queries) and written there too (the
audit entry); the worker thread only draws, so it needs no connection of its own.
"""
from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QStandardPaths, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...domain.services import installation
from .. import file_dialogs, messages

CONTEXT = "BadgeExport"


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

    def __init__(self, badge_set, path: Path, paper: str):
        super().__init__()
        self.badge_set, self.path, self.paper = badge_set, path, paper
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, percent: int) -> None:
        from ...reports.badges import Cancelled

        if percent < 100 and self._stop.is_set():  # 100 comes after the file is written: too late to stop
            raise Cancelled()
        self.progressed.emit(percent)

    def run(self) -> None:
        from ...reports.badges import Cancelled, render_set

        try:
            out = render_set(self.badge_set, self.path, self.paper, progress=self._progress)
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
    path = file_dialogs.save_file(parent, tr("Simpan kartu peserta"), str(default_path(meeting_id)),
                                  tr("Dokumen PDF (*.pdf)"))
    if not path:
        return None
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_badges(parent: QWidget | None, meeting_id: int, paper: str | None = None) -> Path | None:
    """The whole export, from the file question to the opened PDF. Returns the file written, or None when
    the user cancelled or something failed (the user has then been told why in a sentence)."""
    from ...reports.badges import badge_set, log_export

    with messages.guarded(parent) as g:
        paper = paper or installation.profile().paper or "a4"
        cards = badge_set(meeting_id)  # refuses a meeting without invitees before any question is asked
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
    worker = _Renderer(cards, path, paper)
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
        log_export(cards, out, paper)
    if not g.ok:
        return out
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(out))):
        messages.error(parent, tr("Kartu peserta sudah disimpan di {0}, tetapi tidak ada program yang dapat "
                                  "membukanya. Buka berkas itu dari pengelola berkas, atau pasang pembaca "
                                  "PDF.").format(out))
    return out
