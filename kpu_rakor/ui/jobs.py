"""Long work off the GUI thread (Frescobaldi's job objects): a `Job` runs `work(progress)` in its own QThread
with progress, a cancel flag, one outcome signal and a clean end; `Job.show_dialog` adds a cancellable
progress dialog; `cancel_all` stops the running ones when the application quits.

Every signal arrives in the GUI thread: `progressed(done, total, text)` (and `percent(0..100)`) and
`delivered(part)` while the work runs, then one of `finished(result)`, `failed(exception)` or `cancelled()`,
then `ended()`.
"""
from __future__ import annotations

import logging
import threading
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.cancel import Cancelled

log = logging.getLogger(__name__)

_RUNNING: set["Job"] = set()  # jobs whose thread has not ended yet (their only strong reference)


class Progress:
    """What the work gets: `progress(done, total=100, text="")` reports and raises `Cancelled` once the user
    cancelled; `check()` only raises; `deliver(part)` hands a part of the result to the GUI thread now."""

    def __init__(self, worker: "_Worker"):
        self._worker = worker
        self._last: tuple[int, str] | None = None

    def __call__(self, done: int, total: int = 100, text: str = "") -> None:
        if done < total:  # at the end (the file written, the pages sent) it is too late to stop
            self.check()
        done, total = max(0, min(int(done), total)), max(1, int(total))
        step = (100 * done // total, text)
        if step != self._last:  # the GUI gets a signal per step, not per call
            self._last = step
            self._worker.progressed.emit(done, total, text)

    def check(self) -> None:
        if self._worker.stop.is_set():
            raise Cancelled()

    def deliver(self, part) -> None:
        self._worker.delivered.emit(part)


class _Worker(QObject):
    """Lives in the job's thread; its signals reach the Job queued."""

    progressed = Signal(int, int, str)
    delivered = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Callable, uses_database: bool, name: str):
        super().__init__()
        self.work, self.uses_database, self.name = work, uses_database, name
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        from ..domain import db

        try:
            if self.uses_database:
                db.ensure_connection()  # connections are per thread
            result = self.work(Progress(self))
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - shown as a sentence (and logged) in the GUI thread
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            if self.uses_database:
                _close_thread_connection(self.name)


def _close_thread_connection(who: str) -> None:
    """Close the worker thread's database connection as its work ends (a pooled server database takes it
    back); `who` names the work in the log when it will not close."""
    from ..domain import db

    obj = db.database.obj
    try:
        if obj is not None and not obj.is_closed():
            obj.close()  # this thread's connection only
    except Exception:  # noqa: BLE001 - a connection that will not close is not worth an error box
        log.warning("%s: worker connection not closed", who, exc_info=True)


class Job(QObject):
    """`work(progress)` in a worker thread named `name`. Without a parent: a job outlives the window that
    started it until its thread has ended, so closing a window never destroys a running QThread. Set
    `uses_database=False` for work that touches no database (it then opens no connection)."""

    progressed = Signal(int, int, str)  # done, total, what is happening ("" when the work does not say)
    percent = Signal(int)  # the same step as 0..100, for a progress bar
    delivered = Signal(object)  # a part of the result, handed over while the work goes on
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Callable, *, name: str = "job", uses_database: bool = True):
        super().__init__()
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.worker = _Worker(work, uses_database, name)
        self.worker.moveToThread(self.thread)
        self.worker.progressed.connect(self._progressed)
        self.worker.delivered.connect(self._delivered)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.thread.started.connect(self.worker.run)
        self.dialog: QProgressDialog | None = None
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        _stop_all_when_the_app_quits()
        self._running = True
        _RUNNING.add(self)
        self.thread.start()

    def exec(self) -> None:
        """Start and return once the job has ended; the window keeps painting meanwhile (a local event loop,
        like QDialog.exec) — for an action that needs the result before it goes on."""
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        self.start()
        loop.exec()  # the worker's signals are queued to this thread: none can be missed before exec()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress call (from any thread); `cancelled()` follows."""
        self.worker.stop.set()

    def stop(self) -> None:
        """Cancel and wait for the thread now (the screen that started the job is closing): only `ended()`
        follows, no outcome."""
        self.cancel()
        if self._end():
            self.ended.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread has ended (tests, and closing the app)."""
        return self.thread.wait(msecs)

    def show_dialog(self, parent: QWidget | None, title: str, label: str, min_duration_ms: int = 300,
                    cancel_text: str | None = None) -> QProgressDialog:
        """A window-modal 0..100 progress dialog with Batal, for a job the user waits for. It stays open at
        100 % and after Batal (no auto close or reset): it closes when the thread has ended, before the
        outcome is told, so a failure's message box never sits under it."""
        dialog = QProgressDialog(label, cancel_text or QCoreApplication.translate("widgets", "Batal"), 0, 100,
                                 parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(min_duration_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        return dialog

    # --- in the GUI thread -----------------------------------------------------------------------------------

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if not self._running:
            return
        percent = 100 * done // total
        if self.dialog is not None:
            if text:
                self.dialog.setLabelText(text)
            self.dialog.setValue(percent)
        self.progressed.emit(done, total, text)
        self.percent.emit(percent)

    @Slot(object)
    def _delivered(self, part) -> None:
        if self._running:  # after stop() the owner no longer wants parts
            self.delivered.emit(part)

    @Slot(object)
    def _finished(self, result) -> None:
        if self._end():
            self.finished.emit(result)
            self.ended.emit()

    @Slot(object)
    def _failed(self, exc) -> None:
        if self._end():
            self.failed.emit(exc)
            self.ended.emit()

    @Slot()
    def _cancelled(self) -> None:
        if self._end():
            self.cancelled.emit()
            self.ended.emit()

    def _end(self) -> bool:
        """Stop the thread and close the dialog; True the first time, False when it had already ended."""
        if not self._running:
            return False
        self._running = False
        self.thread.quit()
        self.thread.wait()
        _RUNNING.discard(self)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        return True


_hooked = False


def _stop_all_when_the_app_quits() -> None:
    """Quitting while a job runs would destroy a running QThread (Qt aborts the process): stop them first."""
    global _hooked
    app = QCoreApplication.instance()
    if not _hooked and app is not None:
        app.aboutToQuit.connect(cancel_all)
        _hooked = True


def cancel_all(wait_msecs: int = 10_000) -> None:
    """Cancel every running job and wait for its thread (the app is closing)."""
    for job in list(_RUNNING):
        job.cancel()
    for job in list(_RUNNING):
        job.thread.quit()
        job.wait(wait_msecs)
    _RUNNING.clear()
