"""The timing both autosaves share (the notulen's and the meeting window's own parts).

A change only marks its part as changed: cheap, no database. One timer, started by the first change and not
restarted by later ones (steady typing would otherwise never be saved), then calls `flush()`; a database that
did not answer (server restarting, disk busy) is tried again by a second timer on its own. What a flush writes,
and what it says, is the subclass's."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

DELAY_MS = 400  # from the first unsaved change: what is typed is on disk within half a second
RETRY_MS = 3000


class AutosaveTimer(QObject):
    status = Signal(str, bool)  # the line the window or tab shows, and whether it is an error

    def __init__(self, delay_ms: int = DELAY_MS, parent=None):
        super().__init__(parent)
        self._dirty: dict[str, None] = {}  # the changed parts' names, as an insertion-ordered set
        self._saving = False  # a flush running: a timer or Ctrl+S arriving meanwhile does not start another
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)

    def _mark(self, part: str) -> bool:
        """Remember `part` as changed and make sure a save is coming. True when it was not changed before."""
        new = part not in self._dirty
        self._dirty[part] = None
        if not self._timer.isActive():
            self._timer.start()
        return new

    def pending(self) -> bool:
        return bool(self._dirty)

    def _stop_timers(self) -> None:
        self._timer.stop()
        self._retry.stop()

    def forget(self) -> None:
        """Drop what is pending."""
        self._stop_timers()
        self._dirty.clear()

    def flush(self) -> bool:
        """Write what changed now. True when nothing is left unsaved."""
        raise NotImplementedError
