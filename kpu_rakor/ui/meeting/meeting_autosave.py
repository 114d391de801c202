"""Saving the meeting window's own parts as they change, with undo.

The Rapat fields, the agenda, the roles, the invitees and the invited offices are *parts*. A change only marks
its part; a short timer (not restarted by each key, so steady typing is still saved) reads the changed parts
from their widgets and writes each one that differs from what is stored. Every write is one step on the
window's QUndoStack: undoing it puts the old value back in the widgets *and* writes it to the database.
A value the service refuses (an empty title, an end before the start) is not written; its sentence is the
window's status line until the value is fixed. Nothing waits for a *Simpan* button and nothing is asked."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...domain.errors import UserError
from .. import messages
from ..autosave_timer import DELAY_MS, AutosaveTimer

log = logging.getLogger(__name__)
FIELDS_COMMAND = 7301  # QUndoCommand.id() of a change to the Rapat fields: typing runs in a field merge


class PartialWrite(Exception):
    """Raised by a part's write when some of its change was stored and the rest refused (a good title typed
    with a bad end time): `stored` is what the database holds now, `error` the refusal."""

    def __init__(self, stored, error: Exception):
        super().__init__(str(error))
        self.stored, self.error = stored, error


@dataclass
class Part:
    """`read()` gives the widgets' value (raises ValidationError for what cannot be read, like a bad time);
    `write(new, old)` stores it and returns the value as stored (with new ids); `show(value)` puts a value
    back into the widgets (undo); `text` names the step in the Sunting menu."""

    name: str
    read: Callable[[], object]
    write: Callable[[object, object], object]
    show: Callable[[object], None]
    text: str


class MeetingAutosave(AutosaveTimer):
    saved = Signal(list)  # the names of the parts just written (lists elsewhere refresh)
    refused = Signal(str, object)  # part name, the UserError (the window points at the field); None when fixed

    def __init__(self, stack: QUndoStack, parent=None, delay_ms: int = DELAY_MS):
        super().__init__(delay_ms, parent)
        self.stack = stack
        self.parts: dict[str, Part] = {}
        self.stored: dict[str, object] = {}  # what the database holds, as each part reads it
        self.errors: dict[str, str] = {}  # part name → the sentence that keeps it from being written
        self._applying = False  # undo/redo filling the widgets: their change signals are not edits

    def add(self, part: Part) -> None:
        self.parts[part.name] = part

    def baseline(self, *names: str) -> None:
        """What the widgets show now is what is stored (after loading, or after another part rewrote it)."""
        for name in names or tuple(self.parts):
            try:
                self.stored[name] = self.parts[name].read()
            except UserError:
                self.stored.pop(name, None)

    # --- changes -------------------------------------------------------------------------------------------

    def touch(self, name: str) -> None:
        """Called on every change: cheap, no database."""
        if not self._applying:
            self._mark(name)

    def forget(self) -> None:
        """Drop what is pending and every refusal (the window closes on replaced data)."""
        super().forget()
        self.errors.clear()

    def flush(self) -> bool:
        """Write every changed part now (Ctrl+S, leaving a tab, closing, before undo). True when all is stored."""
        self._stop_timers()
        if self._saving or not self._dirty:
            return not self._dirty and not self.errors
        self._saving = True
        done: list[tuple[str, object, object]] = []
        failure: Exception | None = None
        try:
            for name in list(self.parts):  # in the order added: the agenda before the roles that point at it
                if name not in self._dirty:
                    continue
                try:
                    changed = self._write(name)
                except PartialWrite as partial:
                    done.append((name, self.stored.get(name), partial.stored))
                    self.stored[name] = partial.stored
                    failure = failure or partial.error
                    self._refuse(name, partial.error)
                    continue
                except Exception as exc:  # noqa: BLE001 - kept as the reason; the value stays on screen
                    failure = failure or exc
                    self._refuse(name, exc)
                    continue
                self._dirty.pop(name, None)
                if self.errors.pop(name, None) is not None:
                    self.refused.emit(name, None)
                if changed is not None:
                    done.append(changed)
        finally:
            self._saving = False
        if done:
            self._push(done)
            self.saved.emit([name for name, _old, _new in done])
        self._say(failure, bool(done))
        return failure is None and not self.errors

    def _write(self, name: str):
        part = self.parts[name]
        new = part.read()
        old = self.stored.get(name)
        if new == old:
            return None
        stored = part.write(new, old)
        self.stored[name] = stored
        return name, old, stored

    def _refuse(self, name: str, exc: Exception) -> None:
        if isinstance(exc, UserError):
            self.errors[name] = messages.sentence(exc)
            self.refused.emit(name, exc)
        else:
            if name not in self.errors:  # logged once per failure, not at every retry
                log.error("Simpan otomatis rapat gagal", exc_info=(type(exc), exc, exc.__traceback__))
            self.errors[name] = self.tr("Perubahan belum dapat disimpan ke basis data; dicoba lagi sebentar.")
            self._retry.start()  # a refused value waits for the user; a server that did not answer does not

    def _say(self, failure: Exception | None, wrote: bool) -> None:
        if self.errors:
            self.status.emit(" ".join(dict.fromkeys(self.errors.values())), True)
        elif wrote:
            self.say_saved()

    def say_saved(self) -> None:
        self.status.emit(self.tr("Tersimpan {0}").format(QTime.currentTime().toString("HH.mm.ss")), False)

    def _push(self, done: list[tuple[str, object, object]]) -> None:
        if len(done) == 1:
            name, old, new = done[0]
            self.stack.push(Change(self, name, old, new))
            return
        # One user action (a group invited: people and offices) is one undo step.
        self.stack.beginMacro(" · ".join(self.parts[name].text for name, _o, _n in done))
        for name, old, new in done:
            self.stack.push(Change(self, name, old, new))
        self.stack.endMacro()

    # --- undo and redo -------------------------------------------------------------------------------------

    def apply(self, name: str, value) -> None:
        """Store `value` and show it in the part's widgets (an undo or redo step). When the database refuses
        it, the widgets keep what is stored and the status line says why."""
        part = self.parts[name]
        try:
            stored = part.write(value, self.stored.get(name))
        except Exception as exc:  # noqa: BLE001 - shown in the status line; nothing was changed
            if not isinstance(exc, UserError):
                log.error("Urungkan/ulangi rapat gagal", exc_info=(type(exc), exc, exc.__traceback__))
            self.status.emit(messages.sentence(exc) if isinstance(exc, UserError) else self.tr(
                "Langkah ini belum dapat disimpan ke basis data; coba lagi."), True)
            return
        self._applying = True
        try:
            part.show(stored)
        finally:
            self._applying = False
        self.stored[name] = stored
        self.baseline(name)  # as the widgets read it back (a title tidied by the service)
        self._dirty.pop(name, None)
        if self.errors.pop(name, None) is not None:
            self.refused.emit(name, None)
        self.saved.emit([name])
        self._say(None, True)


class Change(QUndoCommand):
    """One stored change of one part. The change is already written when pushed: the first redo does nothing."""

    def __init__(self, saver: MeetingAutosave, name: str, old, new):
        super().__init__(saver.parts[name].text)
        self.saver, self.name, self.old, self.new = saver, name, old, new
        self._pushed = False

    def id(self) -> int:
        return FIELDS_COMMAND if self.name == "fields" else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 - Qt's name
        # Typing on in the same field of the Rapat tab is one step, as in any editor; another field is another.
        if not isinstance(other, Change) or other.name != "fields" or self.name != "fields":
            return False
        if _changed_keys(self.old, self.new) != _changed_keys(other.old, other.new):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.saver.apply(self.name, self.new)

    def undo(self) -> None:
        self.saver.apply(self.name, self.old)


def _changed_keys(old, new) -> frozenset:
    if not isinstance(old, dict) or not isinstance(new, dict):
        return frozenset()
    return frozenset(k for k in new if old.get(k) != new.get(k))
