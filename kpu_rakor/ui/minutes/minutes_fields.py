"""The fields the Notulen tab is typed into: a text box that grows with its text (optionally numbering its
lines, for decisions), a clock field for "pukul 09.05", and a person picker fed from the meeting's people."""
from __future__ import annotations

from datetime import time

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QComboBox, QFrame, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from ...domain.timefmt import parse_clock  # noqa: F401 - `09.05`, `0905`, `9:05`: one reading app-wide
from ..widgets import complete_any_part


class MinutesTextEdit(QPlainTextEdit):
    """Plain text that grows with what is typed (between `min_lines` and `max_lines`, then it scrolls), so the
    whole notulen reads as one column. Tab moves to the next field. The document is never replaced after
    loading: the undo history (Ctrl+Z, Ctrl+Shift+Z) survives every autosave."""

    left = Signal()  # focus went elsewhere: a moment to save

    def __init__(self, placeholder: str = "", min_lines: int = 3, max_lines: int = 14, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.min_lines, self.max_lines = min_lines, max_lines
        self._height = 0
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    def _content_lines(self) -> int:
        layout = self.document().documentLayout()
        lines, block = 0, self.document().begin()
        while block.isValid():
            layout.blockBoundingRect(block)  # lays the block out at the current width
            lines += max(1, block.layout().lineCount())
            block = block.next()
        return lines

    def _fit(self) -> None:
        lines = min(max(self._content_lines(), self.min_lines), self.max_lines)
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom() + 2)
        if int(height) != self._height:
            self._height = int(height)
            self.setFixedHeight(self._height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()  # a narrower window wraps into more lines

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class _Gutter(QWidget):
    def __init__(self, edit: "NumberedEdit"):
        super().__init__(edit)
        self.edit = edit

    def sizeHint(self) -> QSize:
        return QSize(self.edit.gutter_width(), 0)

    def paintEvent(self, event) -> None:
        self.edit.paint_gutter(event)


class NumberedEdit(MinutesTextEdit):
    """One decision per line, numbered in a margin (1., 2., …) the way the notulen prints them: empty lines get
    no number, a wrapped line keeps one. The numbers are not part of the text."""

    def __init__(self, placeholder: str = "", min_lines: int = 2, max_lines: int = 12, parent=None):
        super().__init__(placeholder, min_lines, max_lines, parent)
        self.gutter = _Gutter(self)
        self.blockCountChanged.connect(lambda _n: self._update_margin())
        self.updateRequest.connect(self._update_gutter)
        self.textChanged.connect(self.gutter.update)  # a line emptied or filled renumbers those below it
        self._update_margin()

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return self.fontMetrics().horizontalAdvance("9" * digits + ".") + 12

    def _update_margin(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        r = self.contentsRect()
        self.gutter.setGeometry(QRect(r.left(), r.top(), self.gutter_width(), r.height()))

    def paint_gutter(self, event) -> None:
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), self.palette().color(QPalette.AlternateBase))
        painter.setPen(self.palette().color(QPalette.PlaceholderText))
        number, block = 0, self.document().begin()
        first = self.firstVisibleBlock()
        while block.isValid() and block != first:  # count the numbered lines above the visible ones
            number += bool(block.text().strip())
            block = block.next()
        offset = self.contentOffset()
        width, line = self.gutter.width() - 6, self.fontMetrics().height()
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > event.rect().bottom():
                break
            if block.text().strip():
                number += 1
                painter.drawText(0, int(top), width, line, Qt.AlignRight, f"{number}.")
            block = block.next()
        painter.end()


class ClockField(QLineEdit):
    """Hours and minutes as offices write them (09.05); Ctrl+T in the tab fills in the time now."""

    left = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("jj.mm"))
        self.setMaxLength(12)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00.00 WITA") + 16)

    def clock(self) -> time | None:
        """The time typed; ValueError when it is not one."""
        return parse_clock(self.text())

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()


NAME_ROLE = Qt.UserRole + 1


class PersonCombo(QComboBox):
    """A person from the meeting (roles first, then invitees): type any part of the name and pick it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.lineEdit().setPlaceholderText(self.tr("Ketik nama…"))
        complete_any_part(self)  # "rochani" finds "Dr. H. Rochani, S.Pd., M.Si."

    def set_people(self, people: list[tuple[int, str, str]], current: int | None = None) -> None:
        """(id, name, what they do in the meeting) each; shown as "name — what"."""
        self.blockSignals(True)
        self.clear()
        self.addItem("", 0)  # 0, not None: see none_refcount
        for pid, name, what in people:
            self.add_person(pid, name, what)
        self.set_person_id(current)
        self.blockSignals(False)

    def add_person(self, person_id: int, name: str, what: str = "") -> None:
        self.addItem(f"{name} — {what}" if what else name, person_id)
        self.setItemData(self.count() - 1, name, NAME_ROLE)

    def set_person_id(self, person_id: int | None) -> None:
        i = self.findData(person_id) if person_id else 0
        self.setCurrentIndex(max(i, 0))
        if not person_id:
            self.setEditText("")

    def person_id(self) -> int | None:
        """The person whose name is in the box; None when empty. ValueError for a name not in the list."""
        text = self.currentText().strip()
        if not text:
            return None
        i = self.findText(text, Qt.MatchFixedString)
        if i <= 0:
            i = self.findData(text, NAME_ROLE, Qt.MatchFixedString)  # the name typed in full, without "— …"
        if i <= 0:
            raise ValueError(text)
        return self.itemData(i) or None


def framed_heading(text: str) -> QFrame:
    """A section heading of the notulen (Pembukaan, an agenda item, Penutupan) with a rule under it."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    box = QFrame()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 10, 0, 0)
    layout.setSpacing(2)
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    rule = QFrame()
    rule.setFrameShape(QFrame.HLine)
    rule.setFrameShadow(QFrame.Sunken)
    layout.addWidget(label)
    layout.addWidget(rule)
    box.label = label
    return box
