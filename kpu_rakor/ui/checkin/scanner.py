"""Telling a USB scanner from a person at the keyboard, wherever the focus is on the desk.

A scanner is a keyboard that types a whole code within a few milliseconds and presses Enter. An event filter
on the application watches key presses while the desk is shown: a burst of characters with every gap under
`SCAN_GAP_S`, shaped like one of our codes and ended by Enter, is a scan. The Enter is swallowed and whatever
the burst typed into the focused field (search box, desk name, a combo's keyboard search) is put back, so the
person at the desk never sees the code land in the wrong place. Slower typing is left alone.
"""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit
from shiboken6 import Shiboken

from ...domain.codes import CODE_LEN, KINDS, normalize

SCAN_GAP_S = 0.040  # scanners type a key every 1–10 ms; people, even fast typists, rarely under 60 ms
# Looked up once: reading Qt.Key_Return or QEvent.KeyPress costs microseconds each time in PySide6 6.12.
_KEY_PRESS = QEvent.Type.KeyPress
_RETURN, _ENTER, _ESCAPE = Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def looks_like_code(text: str) -> bool:
    return len(text) == CODE_LEN and text[0] in KINDS and all(c in _CODE_CHARS for c in text)


def _snapshot(widget):
    """What a burst of letters may change in `widget`, to put it back if the burst was a scan."""
    if isinstance(widget, QComboBox):
        if widget.isEditable() and widget.lineEdit() is not None:
            widget = widget.lineEdit()
        else:
            return ("combo", widget, widget.currentIndex())
    if isinstance(widget, QLineEdit):
        return ("line", widget, widget.text(), widget.cursorPosition())
    if isinstance(widget, QAbstractItemView):
        return ("view", widget, widget.currentIndex())
    return None


def _restore(snap) -> None:
    if snap is None:
        return
    kind, widget = snap[0], snap[1]
    if not Shiboken.isValid(widget):
        return
    if kind == "line":
        if widget.text() != snap[2]:
            widget.setText(snap[2])
            widget.setCursorPosition(snap[3])
    elif kind == "combo":
        if widget.currentIndex() != snap[2]:
            widget.setCurrentIndex(snap[2])
    elif kind == "view":
        if snap[2].isValid():
            widget.setCurrentIndex(snap[2])


class ScannerFilter(QObject):
    """Emits `scanned(code)` for each scanner burst aimed at a widget `accepts(widget)` approves.

    `plain_key(key)`, when set, is asked about an Enter that ends no scan and about Esc pressed in such a
    widget; True swallows the key (the desk's question "catat tetap?" takes them while it is asked)."""

    scanned = Signal(str)

    def __init__(self, accepts: Callable[[QObject], bool], parent=None):
        super().__init__(parent)
        self.accepts = accepts
        # Gaps are measured when each key is processed, not when it was typed: if the GUI stalls mid-burst for
        # more than SCAN_GAP_S, the burst splits and the code lands in the focused field (typed, not scanned).
        # QKeyEvent.timestamp() would measure the typing itself, but it is not reliable here: checked with QTest
        # in PySide6 6.12, keys sent to a widget and keys sent to its QWindow carry timestamps from two different
        # clocks (the second series jumped 120 ms backwards), and the requested delays do not show in them; the
        # tests and benchmarks use both paths. A platform's own events (X11 server time, Windows GetMessageTime)
        # would do, so revisit if stalls show up at the door.
        self.clock = time.perf_counter
        self.plain_key: Callable[[int], bool] | None = None
        self._installed = False
        self._reset()

    def install(self) -> None:
        if not self._installed:
            QApplication.instance().installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        if self._installed:
            QApplication.instance().removeEventFilter(self)
            self._installed = False
        self._reset()

    def _reset(self) -> None:
        self._chars: list[str] = []
        self._last = 0.0
        self._snap = None
        self._target = None  # the widget the current burst is typed into

    def _plain(self, obj, key) -> bool:
        if self.plain_key is None or not obj.isWidgetType() or not self.accepts(obj):
            return False
        return self.plain_key(key)

    def eventFilter(self, obj, event) -> bool:
        # Every event of the application passes here while the desk is shown: keep the common path short.
        if event.type() != _KEY_PRESS:
            return False
        now = self.clock()
        target = self._target
        fast = target is not None and now - self._last < SCAN_GAP_S
        if fast and obj is not target:
            # The same key travelling on to the parents of a widget that ignored it, or a second widget
            # receiving keys inside a burst: only the widget the burst started in counts.
            return False
        key = event.key()
        if key == _RETURN or key == _ENTER:
            chars, snap = self._chars, self._snap
            self._reset()
            if not fast:
                return self._plain(obj, key)
            code = normalize("".join(chars))
            if not looks_like_code(code):
                return False
            _restore(snap)
            self.scanned.emit(code)
            return True  # the Enter was the scanner's, not the focused widget's
        if key == _ESCAPE:
            self._reset()
            return self._plain(obj, key)
        text = event.text()
        if not text or not text.isprintable():
            return False  # Shift and other modifiers a scanner sends for capitals do not break the burst
        if fast:
            self._chars.append(text)
            if len(self._chars) > CODE_LEN * 2:
                self._reset()  # a held-down key or a paste, not a code
                return False
        elif obj.isWidgetType() and self.accepts(obj):
            self._chars, self._snap, self._target = [text], _snapshot(obj), obj
        else:
            self._reset()
            return False
        self._last = now
        return False
