"""The timing every autosave shares: the meeting window's own parts, the notulen and the news article.

A change only marks its part as changed: cheap, no database. One timer, started by the first change and not
restarted by later ones (steady typing would otherwise never be saved), then calls `flush()`; a database that
did not answer (server restarting, disk busy) is tried again by a second timer on its own. What a flush writes,
and what it says, is the subclass's: `Autosaver` for a tab's typed text, `MeetingAutosave` (with undo) for the
meeting window's own parts."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTime, QTimer, Signal

from ..domain.errors import UserError
from . import messages

log = logging.getLogger(__name__)

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


class Autosaver(AutosaveTimer):
    """A tab's text saved as it is typed (the notulen, the news article): keeps the names of the parts changed
    since the last save ("opening", "item:12", "quotes", …) and calls `save_parts(names)` to write them. A
    failed save keeps the text on screen, marked unsaved, and is tried again at the next change, when the field
    is left, and before the window closes. `failure` is the tab's sentence for a database that did not answer,
    `log_text` the log's line for it."""

    def __init__(self, save_parts: Callable[[list[str]], None], *, failure: str, log_text: str,
                 delay_ms: int = DELAY_MS, parent=None):
        super().__init__(delay_ms, parent)
        self._save_parts = save_parts
        self._failure, self._log_text = failure, log_text
        self.error = ""  # the last failure's sentence, "" after a good save

    def touch(self, part: str) -> None:
        """Called on every change: cheap, no database."""
        if self._mark(part) and not self.error:
            self.status.emit(self.tr("Menyimpan…"), False)

    def forget(self) -> None:
        """Drop what is pending (the tab loads another meeting, or the user chose to discard)."""
        super().forget()
        self.error = ""

    def flush(self) -> bool:
        """Write the changed parts now. True when nothing is left unsaved."""
        self._stop_timers()
        if not self._dirty or self._saving:
            return not self._dirty
        self._saving = True
        try:
            failure = self._write(list(self._dirty))
        finally:
            self._saving = False
        if failure is None:
            self.error = ""
            self.status.emit(self.tr("Tersimpan {0}").format(QTime.currentTime().toString("HH.mm.ss")), False)
            return True
        self._report(failure)
        return False

    def _write(self, parts: list[str]) -> Exception | None:
        try:
            self._save_parts(parts)
        except Exception as exc:  # noqa: BLE001 - kept as the reason; the text stays on screen
            if len(parts) == 1:
                return exc
            # One bad part (a text over the limit) must not hold back the others: save them one by one.
            first = None
            for part in parts:
                try:
                    self._save_parts([part])
                except Exception as each:  # noqa: BLE001
                    first = first or each
                else:
                    self._dirty.pop(part, None)
            return first
        for part in parts:
            self._dirty.pop(part, None)
        return None

    def _report(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            sentence = messages.sentence(exc)
        else:
            sentence = self._failure
            if not self.error:  # logged once per failure, not at every retry
                log.error(self._log_text, exc_info=(type(exc), exc, exc.__traceback__))
            self._retry.start()  # a sentence (locked, too long) waits for the user; a dead server does not
        self.error = sentence
        self.status.emit(self.tr("{0} Ketikan tetap di layar, belum tersimpan; disimpan lagi pada perubahan "
                                 "berikutnya.").format(sentence), True)
