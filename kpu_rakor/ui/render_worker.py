"""Long document work (rendering a PDF, printing one) in a worker QThread, with progress and cancel.

`RenderJob(work)` runs `work(progress)` in its own thread; `progress(percent)` may be called as often as the
work likes and raises `Cancelled` once `cancel()` was asked for. The job keeps itself alive until its thread
has ended, so closing the window that started it never destroys a running QThread: a cancelled job simply
finishes in the background and is dropped.
"""
from __future__ import annotations

import logging
import threading
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

_RUNNING: set["RenderJob"] = set()  # jobs whose thread has not ended yet (their only strong reference)


class Cancelled(Exception):
    """Raised from `progress()` inside the work once the user cancelled."""


class _Worker(QObject):
    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Callable, uses_database: bool):
        super().__init__()
        self.work, self.uses_database = work, uses_database
        self.stop = threading.Event()
        self._last = -1

    def progress(self, percent: int) -> None:
        if self.stop.is_set():
            raise Cancelled()
        percent = max(0, min(100, int(percent)))
        if percent != self._last:  # the GUI gets a signal per step, not per call
            self._last = percent
            self.progressed.emit(percent)

    @Slot()
    def run(self) -> None:
        from ..domain import db

        try:
            if self.uses_database:
                db.ensure_connection()  # connections are per thread
            result = self.work(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - shown as a sentence (and logged) in the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            if self.uses_database:
                close_thread_connection()


def close_thread_connection(who: str = "render job") -> None:
    """Close the calling worker thread's database connection as its work ends; `who` names the work in the
    log when the connection will not close."""
    from ..domain import db

    obj = db.database.obj
    try:
        if obj is not None and not obj.is_closed():
            obj.close()  # this thread's connection only (a pooled server database takes it back)
    except Exception:  # noqa: BLE001 - a connection that will not close is not worth an error box
        log.warning("%s: worker connection not closed", who, exc_info=True)


class RenderJob(QObject):
    """One piece of work in a worker thread. Signals arrive in the GUI thread: `progressed(percent)`, then one
    of `succeeded(result)`, `failed(exception)` or `cancelled()`, then `ended()`."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Callable, *, uses_database: bool = True, name: str = "render"):
        super().__init__()  # no parent: the job outlives a closed window until its thread is done
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.worker = _Worker(work, uses_database)
        self.worker.moveToThread(self.thread)
        self.worker.progressed.connect(self.progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.thread.started.connect(self.worker.run)
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        _stop_all_when_the_app_quits()
        self._running = True
        _RUNNING.add(self)
        self.thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress call (from any thread)."""
        self.worker.stop.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread has ended (tests, and closing the app)."""
        return self.thread.wait(msecs)

    @Slot(object)
    def _succeeded(self, result) -> None:
        self._end()
        self.succeeded.emit(result)
        self.ended.emit()

    @Slot(object)
    def _failed(self, exc) -> None:
        self._end()
        self.failed.emit(exc)
        self.ended.emit()

    @Slot()
    def _cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
        self.ended.emit()

    def _end(self) -> None:
        if not self._running:
            return
        self._running = False
        self.thread.quit()
        self.thread.wait()
        _RUNNING.discard(self)


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

