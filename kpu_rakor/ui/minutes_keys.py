"""The Notulen tab's keyboard: Ctrl+T the time now, Ctrl+Down/Up between agenda items, Ctrl+K a quote from
the selected words, and keeping the field being typed in visible. A mixin of MinutesTab."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from ..domain import timefmt
from ..domain.models import utcnow
from .minutes_fields import ClockField


class KeyboardActions:
    """MinutesTab provides zone, scroll, blocks, quotes and the section widgets."""

    def insert_now(self, widget: QWidget | None = None) -> None:
        """Ctrl+T: the time now in the meeting's zone: "09.05" in a time field, "09.05 WIB" in a text."""
        now = utcnow()
        widget = widget or QApplication.focusWidget()
        if isinstance(widget, ClockField) and not widget.isReadOnly():
            widget.setText(timefmt.clock(timefmt.to_local(now, self.zone)))
            widget.editingFinished.emit()
        elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
            widget.textCursor().insertText(timefmt.clock_zone(now, self.zone))  # one undo step
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly():
            widget.insert(timefmt.clock_zone(now, self.zone))

    def _sections(self) -> list[tuple[QWidget, QWidget]]:
        """(section, the field Ctrl+↓/↑ lands in) from top to bottom."""
        out = [(self.opening_box, self.opening_text)]
        out += [(b, b.discussion) for b in self.blocks]
        out += [(self.conclusions_box, self.conclusions), (self.closing_box, self.closing_text),
                (self.quotes_box, self.quotes.rows[0].text if self.quotes.rows else self.add_quote_button)]
        return out

    def _current_section(self, widget: QWidget | None) -> int:
        for n, (section, _field) in enumerate(self._sections()):
            if widget is not None and (widget is section or section.isAncestorOf(widget)):
                return n
        return -1

    def jump(self, step: int, widget: QWidget | None = None) -> None:
        """Ctrl+↓ / Ctrl+↑: to the next / previous agenda item (or opening, conclusions, closing, quotes)."""
        sections = self._sections()
        here = self._current_section(widget or QApplication.focusWidget())
        target = min(max(here + step, 0), len(sections) - 1) if here >= 0 else 0
        section, field = sections[target]
        field.setFocus(Qt.ShortcutFocusReason)
        self.scroll.ensureWidgetVisible(section.heading if hasattr(section, "heading") else section, 0, 8)
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(field, 0, 24))

    def current_agenda_item(self, here: QWidget | None) -> int | None:
        for b in self.blocks:
            if here is not None and b.isAncestorOf(here):
                return b.agenda_item_id
        return None

    def add_quote(self, widget: QWidget | None = None) -> None:
        """Ctrl+K: a new quote for the agenda item being typed; text selected there becomes its sentence."""
        if self._loaded_for is None or self.read_only:
            return
        widget = widget or QApplication.focusWidget()
        text = widget.textCursor().selectedText().replace("\u2029", "\n") if isinstance(
            widget, QPlainTextEdit) else ""
        row = self.quotes.add(self.current_agenda_item(widget), text.strip().strip("\"“”"))
        self._guard_quote(row)
        self._update_tab_order()
        row.person.setFocus(Qt.ShortcutFocusReason)
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(row, 0, 24))

    def _focus_changed(self, _old, new) -> None:
        if new is None or not self.body.isAncestorOf(new):
            return
        if isinstance(new, QPlainTextEdit):
            self._follow_cursor(new)  # a tall field: its line with the cursor, not its top
        else:
            self.scroll.ensureWidgetVisible(new, 0, 24)

    def _follow_cursor(self, edit: QPlainTextEdit) -> None:
        """Keep the line being typed in view as a field grows under the bottom of the window."""
        if not edit.hasFocus():
            return

        def follow():
            rect = edit.cursorRect()
            point = edit.viewport().mapTo(self.body, rect.center())
            self.scroll.ensureVisible(point.x(), point.y(), 0, rect.height() + 16)
        QTimer.singleShot(0, follow)
