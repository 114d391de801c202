"""A time of day typed the way offices write it: `09.45`, `0945`, `9.45` or `9:45`.

A QTimeEdit judges every digit as it arrives (with a minimum tied to the start, 09.45 became 10.45 on the way);
this field takes the digits as typed and judges the whole time when the field is left (Tab, Enter, a click
elsewhere). A time it cannot read leaves the previous value in place, with a sentence in `message` saying why:
the caller puts that label next to the field."""
from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QLineEdit

from ..domain import timefmt
from .widgets import HintLabel


class TimeField(QLineEdit):
    timeChanged = Signal()  # a new time was accepted (typed and left, or set by the program)

    def __init__(self, value: time | None = None, allow_empty: bool = False, parent=None):
        super().__init__(parent)
        self.allow_empty = allow_empty
        self._value: time | None = None
        self.message = HintLabel()  # why a typed time was refused; placed by the caller beside the field
        self.message.setWordWrap(False)
        self.setPlaceholderText(self.tr("jj.mm"))
        self.setMaxLength(12)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00.00 WITA") + 16)
        self.setToolTip(self.tr("Tulis jam seperti 09.45 atau 0945."))
        self.setTime(value)
        self.editingFinished.connect(self.commit)

    def time(self) -> time | None:
        """The accepted time. What is still being typed counts only once judged: call commit() first where the
        field may not have been left (Ctrl+S while typing)."""
        return self._value

    def setTime(self, value: time | QTime | None) -> None:  # noqa: N802 - the Qt name, as on QTimeEdit
        if isinstance(value, QTime):
            value = value.toPython()
        value = value.replace(second=0, microsecond=0) if value is not None else None
        changed = value != self._value
        self._value = value
        self.setText(timefmt.clock(value) if value is not None else "")
        self._say("")
        if changed:
            self.timeChanged.emit()

    def commit(self) -> bool:
        """Judge the typed text: a time is accepted and written as `09.45`; anything else is refused with a
        sentence and the previous value comes back. True when the text was accepted."""
        text = self.text()
        if text == (timefmt.clock(self._value) if self._value is not None else ""):
            return True  # unchanged (or just restored): a refusal's sentence stays until a new time is accepted
        try:
            value = timefmt.parse_clock(text)
        except ValueError:
            value = None
            problem = self.tr("“{0}” bukan jam. Tulis seperti 09.45 atau 0945.").format(text.strip())
        else:
            problem = "" if value is not None or self.allow_empty else self.tr("Jam harus diisi, mis. 09.45.")
        if problem:
            old = self._value
            self.setTime(old)
            self._say(problem if old is None else self.tr("{0} Jam tetap {1}.").format(
                problem, timefmt.clock(old)))
            return False
        self.setTime(value)
        return True

    def _say(self, text: str) -> None:
        if self.message.parentWidget() is None:  # not placed (a table's cell editor): never a window of its own
            self.message.setText(text)
        else:
            self.message.set_error(text)
