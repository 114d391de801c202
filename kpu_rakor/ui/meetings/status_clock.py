"""Meeting status moves by itself: once a minute (and once just after the first paint, so start-up runs no
write) the clock's statuses are written for every PC and report (meeting_status.advance: a couple of indexed
UPDATEs), and the list shows them."""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from ...domain.services import meeting_status

log = logging.getLogger(__name__)
TICK_MS = 60_000
FIRST_TICK_MS = 3_000  # after the first paint: start-up itself reads only (tests/test_startup_imports.py)


class StatusClock(QObject):
    def __init__(self, parent: QObject, ticked: Callable[[int], None]):
        super().__init__(parent)
        self._ticked = ticked
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._timed)
        self.timer.start()
        QTimer.singleShot(FIRST_TICK_MS, self, self._timed)

    def _timed(self) -> None:
        # Only while the window is open: a closed window waiting to be deleted must not write statuses into
        # the database opened after it (a closed MainWindow's first tick once landed in the next test's).
        parent = self.parent()
        if not isinstance(parent, QWidget) or parent.window().isVisible():
            self.tick()

    def tick(self) -> int:
        """Write what the clock moved; how many meetings changed. A busy or lost database is tried again in
        a minute, without a message box every minute."""
        try:
            changed = meeting_status.advance()
        except Exception as exc:  # noqa: BLE001 - the next tick tries again
            log.warning("Status rapat tidak diperbarui: %s", exc)
            changed = 0
        self._ticked(changed)
        return changed
