"""The Notulen tab's keyboard: Ctrl+T the time now, Ctrl+Down/Up between agenda items, Ctrl+K a quote from
the selected words, Ctrl+S and Esc kept from the meeting editor, and keeping the field being typed in
visible. A part the tab owns."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from ...domain import timefmt
from ...domain.models import utcnow
from .minutes_fields import ClockField


class _TypingGuard(QObject):
    """The tab's keys, taken before the field sees them: a text field would read Ctrl+K as "delete to the end
    of the line" and Ctrl+↑/↓ as moves. Ctrl+S saves the notulen now and Esc does nothing: in the meeting
    editor those keys would save the meeting fields and close the window in the middle of typing."""

    def __init__(self, keys: "KeyboardActions", save_now: Callable[[], None]):
        super().__init__(keys)
        self.keys = {Qt.Key_T: keys.insert_now, Qt.Key_K: keys.add_quote, Qt.Key_S: lambda _w: save_now(),
                     Qt.Key_Down: lambda w: keys.jump(1, w), Qt.Key_Up: lambda w: keys.jump(-1, w)}

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind != QEvent.KeyPress and kind != QEvent.ShortcutOverride:
            return False
        ctrl = (event.modifiers() & ~Qt.KeypadModifier) == Qt.ControlModifier
        if ctrl and event.key() in self.keys:
            event.accept()  # an accepted override: no window shortcut fires, the key press comes here
            if kind == QEvent.KeyPress:
                self.keys[event.key()](obj)
            return True
        return kind == QEvent.KeyPress and event.key() == Qt.Key_Escape and not event.modifiers()


class KeyboardActions(QObject):
    """Owned by the Notulen tab (`tab`), whose column is the widget of `scroll`. It asks `zone()` for the
    meeting's zone, `sections()` for (section, the field Ctrl+↓/↑ lands in) from top to bottom,
    `new_quote(here, text)` for a new quote row for the agenda item `here` is in (None when the notulen is
    not loaded or locked), and calls `save_now()` on Ctrl+S. `guard(field)` gives a text field these keys."""

    def __init__(self, tab: QWidget, scroll: QScrollArea, zone: Callable[[], str],
                 sections: Callable[[], list[tuple[QWidget, QWidget]]],
                 new_quote: Callable[[QWidget | None, str], QWidget | None], save_now: Callable[[], None]):
        super().__init__(tab)
        self.scroll, self.zone, self.sections, self.new_quote = scroll, zone, sections, new_quote
        self._guard = _TypingGuard(self, save_now)
        # For the other widgets of the tab (buttons, combos); the text fields take these keys in _TypingGuard.
        for keys, slot in ((QKeySequence(Qt.CTRL | Qt.Key_T), lambda: self.insert_now()),
                           (QKeySequence(Qt.CTRL | Qt.Key_Down), lambda: self.jump(1)),
                           (QKeySequence(Qt.CTRL | Qt.Key_Up), lambda: self.jump(-1)),
                           (QKeySequence(Qt.CTRL | Qt.Key_K), lambda: self.add_quote())):
            shortcut = QShortcut(keys, tab)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def guard(self, field: QWidget) -> None:
        field.installEventFilter(self._guard)

    def insert_now(self, widget: QWidget | None = None) -> None:
        """Ctrl+T: the time now in the meeting's zone: "09.05" in a time field, "09.05 WIB" in a text."""
        now, zone = utcnow(), self.zone()
        widget = widget or QApplication.focusWidget()
        if isinstance(widget, ClockField) and not widget.isReadOnly():
            widget.setText(timefmt.clock(timefmt.to_local(now, zone)))
            widget.editingFinished.emit()
        elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
            widget.textCursor().insertText(timefmt.clock_zone(now, zone))  # one undo step
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly():
            widget.insert(timefmt.clock_zone(now, zone))

    def _current_section(self, sections: list[tuple[QWidget, QWidget]], widget: QWidget | None) -> int:
        for n, (section, _field) in enumerate(sections):
            if widget is not None and (widget is section or section.isAncestorOf(widget)):
                return n
        return -1

    def jump(self, step: int, widget: QWidget | None = None) -> None:
        """Ctrl+↓ / Ctrl+↑: to the next / previous agenda item (or opening, conclusions, closing, quotes)."""
        sections = self.sections()
        here = self._current_section(sections, widget or QApplication.focusWidget())
        target = min(max(here + step, 0), len(sections) - 1) if here >= 0 else 0
        section, field = sections[target]
        field.setFocus(Qt.ShortcutFocusReason)
        self.scroll.ensureWidgetVisible(section.heading if hasattr(section, "heading") else section, 0, 8)
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(field, 0, 24))

    def add_quote(self, widget: QWidget | None = None) -> None:
        """Ctrl+K: a new quote for the agenda item being typed; text selected there becomes its sentence."""
        widget = widget or QApplication.focusWidget()
        text = widget.textCursor().selectedText().replace("\u2029", "\n") if isinstance(
            widget, QPlainTextEdit) else ""
        row = self.new_quote(widget, text.strip().strip("\"“”"))
        if row is None:
            return
        row.person.setFocus(Qt.ShortcutFocusReason)
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(row, 0, 24))

    def follow_focus(self, _old, new) -> None:
        """For QApplication.focusChanged while the tab is shown: the field that takes the focus comes into view."""
        body = self.scroll.widget()
        if new is None or not body.isAncestorOf(new):
            return
        if isinstance(new, QPlainTextEdit):
            self.follow_cursor(new)  # a tall field: its line with the cursor, not its top
        else:
            self.scroll.ensureWidgetVisible(new, 0, 24)

    def follow_cursor(self, edit: QPlainTextEdit) -> None:
        """Keep the line being typed in view as a field grows under the bottom of the window."""
        if not edit.hasFocus():
            return

        def follow():
            rect = edit.cursorRect()
            point = edit.viewport().mapTo(self.scroll.widget(), rect.center())
            self.scroll.ensureVisible(point.x(), point.y(), 0, rect.height() + 16)
        QTimer.singleShot(0, follow)
