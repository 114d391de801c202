"""Parts of the Notulen tab: the block of one agenda item (discussion, numbered decisions) and the quotes kept
for the news draft (person, agenda item, sentence)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from .minutes_fields import MinutesTextEdit, NumberedEdit, PersonCombo, framed_heading
from ..plain import tip

LABEL_WIDTH = 150  # the captions' column: "Kesimpulan / keputusan" wraps onto two lines


def caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFixedWidth(LABEL_WIDTH)
    label.setAlignment(Qt.AlignRight | Qt.AlignTop)
    label.setContentsMargins(0, 4, 6, 0)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label


def section(title: str, rows: list[tuple[str, QWidget]]) -> QWidget:
    """A part of the notulen page (Pembukaan, Kesimpulan umum, Penutupan): its heading, then caption/field rows."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    box.heading = framed_heading(title)
    layout.addWidget(box.heading)
    if rows:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for n, (text, widget) in enumerate(rows):
            grid.addWidget(caption(text), n, 0)
            grid.addWidget(widget, n, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
    return box


def clock_row(clock, zone: QLabel, extra: tuple[str, QWidget] | None = None) -> QWidget:
    """A time field with its zone and the Ctrl+T hint, and optionally one more labelled field on the same row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(clock)
    layout.addWidget(zone)
    now = QLabel(QCoreApplication.translate("MinutesTab", "(Ctrl+T: sekarang)"))
    now.setStyleSheet("color: #555555;")
    layout.addWidget(now)
    if extra:
        layout.addSpacing(24)
        label = QLabel(extra[0])
        label.setBuddy(extra[1])
        layout.addWidget(label)
        layout.addWidget(extra[1], 1)
    else:
        layout.addStretch(1)
    return row


class ItemBlock(QWidget):
    """One agenda item: its heading (number, title, who presents), what was discussed, what was decided."""

    changed = Signal()
    left = Signal()

    def __init__(self, item: dict, number: int | None, detail: str = "", parent=None):
        super().__init__(parent)
        self.item_id = item["id"]
        self.agenda_item_id = item["agenda_item_id"]
        self.title = item["title"]
        heading = f"{number}. {item['title']}" if number else item["title"]
        self.heading = framed_heading(heading)
        self.discussion = MinutesTextEdit(self.tr("Siapa menyampaikan apa, mis. Narasumber menjelaskan bahwa …"))
        self.decisions = NumberedEdit(self.tr("Satu kesimpulan atau keputusan per baris; nomornya otomatis"))
        for edit, text in ((self.discussion, item["discussion"]), (self.decisions, item["decisions"])):
            edit.setPlainText(text)  # before the signals: loading is not a change
            edit.textChanged.connect(self.changed)
            edit.left.connect(self.left)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(6)
        row = 0
        if detail:
            grid.addWidget(hint(detail), row, 1)
            row += 1
        grid.addWidget(caption(self.tr("Pembahasan")), row, 0)
        grid.addWidget(self.discussion, row, 1)
        grid.addWidget(caption(self.tr("Kesimpulan / keputusan")), row + 1, 0)
        grid.addWidget(self.decisions, row + 1, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)

    def values(self) -> dict:
        return {"id": self.item_id, "discussion": self.discussion.toPlainText(),
                "decisions": self.decisions.toPlainText()}

    def set_read_only(self, read_only: bool) -> None:
        self.discussion.setReadOnly(read_only)
        self.decisions.setReadOnly(read_only)


class QuoteRow(QWidget):
    changed = Signal()
    left = Signal()
    remove = Signal(object)

    def __init__(self, people: list[tuple[int, str, str]], agenda: list[tuple[int, str]], quote: dict, parent=None):
        super().__init__(parent)
        self.person = PersonCombo()
        self.person.set_people(people, quote.get("person_id"))
        if quote.get("person_id") and self.person.findData(quote["person_id"]) < 0:
            # Someone no longer among the meeting's people: keep the attribution as it was saved.
            self.person.add_person(quote["person_id"], quote.get("person_name") or "?")
            self.person.set_person_id(quote["person_id"])
        self.person.setMinimumContentsLength(24)
        self.person.lineEdit().setCursorPosition(0)  # the start of the name, not the end of "— Narasumber"
        self.agenda = QComboBox()
        self.agenda.addItem(self.tr("(umum)"), 0)
        for n, (aid, title) in enumerate(agenda, 1):
            self.agenda.addItem(f"{n}. {title}", aid)
            self.agenda.setItemData(n, tip(title), Qt.ToolTipRole)
        self.agenda.setCurrentIndex(max(0, self.agenda.findData(quote.get("agenda_item_id") or 0)))
        self.agenda.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.agenda.setMinimumContentsLength(18)
        self.agenda.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.text = MinutesTextEdit(self.tr("Kalimatnya persis seperti diucapkan"), min_lines=1, max_lines=5)
        self.text.setPlainText(quote.get("text", ""))
        self.remove_button = QToolButton()
        self.remove_button.setText("×")
        self.remove_button.setToolTip(self.tr("Hapus kutipan ini (atau kosongkan kalimatnya)"))
        self.remove_button.setFocusPolicy(Qt.NoFocus)  # Tab goes from sentence to the next quote
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.person, 0, Qt.AlignTop)
        layout.addWidget(self.agenda, 0, Qt.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignTop)
        self.person.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.person.lineEdit().textChanged.connect(lambda _t: self.changed.emit())  # saved as it is typed too
        self.agenda.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.text.textChanged.connect(self.changed)
        self.text.left.connect(self.left)
        self.remove_button.clicked.connect(lambda: self.remove.emit(self))

    def value(self) -> dict:
        try:
            person_id = self.person.person_id()
        except ValueError:
            person_id = None  # a name typed but not picked: the sentence is kept, unattributed for now
        return {"person_id": person_id, "agenda_item_id": self.agenda.currentData() or None,
                "text": self.text.toPlainText()}

    def set_read_only(self, read_only: bool) -> None:
        self.person.setEnabled(not read_only)
        self.agenda.setEnabled(not read_only)
        self.text.setReadOnly(read_only)
        self.remove_button.setEnabled(not read_only)


class QuotesBox(QWidget):
    """The quotes, one row each; kept for the news draft."""

    changed = Signal()
    left = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.people: list[tuple[int, str, str]] = []
        self.agenda: list[tuple[int, str]] = []
        self.rows: list[QuoteRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = hint(self.tr("Belum ada kutipan. Ctrl+K menambah kutipan; teks yang dipilih di pembahasan "
                                  "langsung menjadi kalimatnya."))
        self._layout.addWidget(self.empty)

    def load(self, people, agenda, quotes: list[dict]) -> None:
        self.people, self.agenda = people, agenda
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for q in quotes:
            self._add(q)
        self.empty.setVisible(not self.rows)

    def _add(self, quote: dict) -> QuoteRow:
        row = QuoteRow(self.people, self.agenda, quote)
        row.changed.connect(self.changed)
        row.left.connect(self.left)
        row.remove.connect(self._remove)
        self._layout.addWidget(row)
        self.rows.append(row)
        if len(self.rows) > 1:
            QWidget.setTabOrder(self.rows[-2].text, row.person)
        return row

    def add(self, agenda_item_id: int | None = None, text: str = "") -> QuoteRow:
        row = self._add({"agenda_item_id": agenda_item_id, "text": text})
        self.empty.hide()
        self.changed.emit()
        return row

    def _remove(self, row: QuoteRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.empty.setVisible(not self.rows)
        self.changed.emit()

    def values(self) -> list[dict]:
        return [r.value() for r in self.rows]

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows:
            row.set_read_only(read_only)
