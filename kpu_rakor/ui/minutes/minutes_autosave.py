"""Saving the notulen while it is typed: a keystroke only marks its part of the notulen as changed; a short
timer then writes the changed parts through the minutes service, so every keystroke is on disk within half a
second and typing never waits for the database. A failed save keeps the text on screen, marked unsaved, and
is tried again at the next change, when the field is left, and before the window closes."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTime

from ...domain.errors import UserError
from .. import messages
from ..autosave_timer import DELAY_MS, AutosaveTimer

log = logging.getLogger(__name__)


class Autosaver(AutosaveTimer):
    """Keeps the names of the parts changed since the last save ("opening", "item:12", "quotes", …) and calls
    `save_parts(names)` to write them. `status` carries the line the tab shows and whether it is an error."""

    def __init__(self, save_parts: Callable[[list[str]], None], delay_ms: int = DELAY_MS, parent=None):
        super().__init__(delay_ms, parent)
        self._save_parts = save_parts
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
            sentence = self.tr("Notulen belum dapat disimpan ke basis data.")
            if not self.error:  # logged once per failure, not at every retry
                log.error("Simpan otomatis notulen gagal", exc_info=(type(exc), exc, exc.__traceback__))
            self._retry.start()  # a sentence (locked, too long) waits for the user; a dead server does not
        self.error = sentence
        self.status.emit(self.tr("{0} Ketikan tetap di layar, belum tersimpan; disimpan lagi pada perubahan "
                                 "berikutnya.").format(sentence), True)
