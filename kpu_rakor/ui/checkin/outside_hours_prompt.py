"""The desk's question when a scan falls outside the meeting's hours (domain/services/meeting_hours.py):
nothing is recorded yet; the result area turns amber and says when the meeting ended (or begins), and
Enter records it anyway (with a note saying so) while Esc drops it. A part DeskPage owns.

The keys come through the desk's scanner filter (`ScannerFilter.plain_key`): wherever the focus is on the desk
or the kiosk, a plain Enter or Esc answers the question, while the Enter that ends a scanner burst stays a scan
(a new scan simply asks about its own person instead)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit

from ...domain.services import checkin

_ANSWER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class OutsideHoursPrompt(QObject):
    """`check_in(call)` runs a check-in `call(outside_hours)` asking first; when its answer is OUTSIDE, Enter
    runs it again recording anyway and tells `recorded(result)` (or `failed(exception)`); Esc tells `dropped()`.
    `drop()` forgets the question (a newer scan, the result area back to idle)."""

    recorded = Signal(object)
    failed = Signal(object)
    dropped = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._record: Callable[[], checkin.CheckinResult] | None = None

    @property
    def asking(self) -> bool:
        return self._record is not None

    def check_in(self, call: Callable[[str], checkin.CheckinResult]) -> checkin.CheckinResult:
        """The result of `call(HOURS_ASK)` (exceptions go to the caller); an OUTSIDE answer is remembered."""
        result = call(checkin.HOURS_ASK)
        self._record = (lambda: call(checkin.HOURS_NOTE)) if result.result == checkin.OUTSIDE else None
        return result

    def drop(self) -> None:
        self._record = None

    def key(self, key) -> bool:
        """A plain Enter or Esc on the desk: True when it answered the question."""
        if self._record is None:
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus.text().strip():
            return False  # someone is typing a code or a name: their Enter is theirs
        if key in _ANSWER_KEYS:
            record, self._record = self._record, None
            try:
                result = record()
            except Exception as exc:  # noqa: BLE001 - the desk shows it in its result area
                self.failed.emit(exc)
            else:
                self.recorded.emit(result)
            return True
        if key == Qt.Key.Key_Escape:
            self._record = None
            self.dropped.emit()
            return True
        return False
