"""A worker QObject in its own QThread behind a cancellable progress dialog: the shape of the photo import and
of reading a Zoom report. (Rendering and printing use render_worker.RenderJob, which needs no dialog.)"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Slot
from PySide6.QtWidgets import QWidget

from .widgets import job_progress_dialog


class ProgressJob(QObject):
    """Runs `worker.run()` in a thread named `name`. The worker emits `progressed(percent, text)` and takes
    `cancel()` from any thread (the dialog's Batal calls it directly). A subclass connects the worker's own
    signals and calls `_end()` once the work is over."""

    def __init__(self, parent_widget: QWidget, worker: QObject, name: str, label: str, cancel: str, title: str,
                 min_duration_ms: int):
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.worker = worker
        self.worker.moveToThread(self.thread)
        self.progress = job_progress_dialog(parent_widget, label, cancel, title, min_duration_ms)
        self.worker.progressed.connect(self._progressed)
        self.progress.canceled.connect(self.worker.cancel, Qt.DirectConnection)
        self.thread.started.connect(self.worker.run)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.thread.start()

    def stop(self) -> None:
        """Cancel and wait for the thread (the screen that started the job is closing)."""
        self.worker.cancel()
        self._end()

    @Slot(int, str)
    def _progressed(self, percent: int, text: str) -> None:
        self.progress.setLabelText(text)
        self.progress.setValue(percent)

    def _end(self) -> bool:
        """Stop the thread and close the dialog; True the first time, False when it had already ended."""
        if not self.running:
            return False
        self.running = False
        self.thread.quit()
        self.thread.wait()
        self.progress.close()
        return True
