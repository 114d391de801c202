"""The Rekap page's period: a month, a quarter, a year or a free range, stepped with ◀ ▶."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from ...domain import timefmt

UNITS = ("month", "quarter", "year", "range")
ROMAN = ("I", "II", "III", "IV")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PeriodBar(QWidget):
    """`changed(date_from, date_to)` whenever the period moves (the unit, a date, or a step)."""

    changed = Signal(object, object)

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        from ...domain.services import recap

        self._period = recap.period
        self.unit_combo = QComboBox()
        for unit, text in zip(UNITS, (self.tr("Bulan"), self.tr("Triwulan"), self.tr("Tahun"), self.tr("Rentang"))):
            self.unit_combo.addItem(text, unit)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Periode sebelumnya (Alt+Kiri)"))
        self.prev_button.setShortcut("Alt+Left")
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Periode berikutnya (Alt+Kanan)"))
        self.next_button.setShortcut("Alt+Right")
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        indonesian = QLocale(QLocale.Indonesian, QLocale.Indonesia)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setLocale(indonesian)
            edit.setDisplayFormat("dd MMM yyyy")
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-weight: bold;")

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Periode:")))
        row.addWidget(self.unit_combo)
        row.addWidget(self.prev_button)
        row.addWidget(self.from_edit)
        row.addWidget(QLabel("–"))
        row.addWidget(self.to_edit)
        row.addWidget(self.next_button)
        row.addWidget(self.name_label)

        self._from, self._to = self._period("month", today)
        self._show()
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._unit_chosen())
        self.from_edit.dateChanged.connect(lambda _d: self._edited(from_side=True))
        self.to_edit.dateChanged.connect(lambda _d: self._edited(from_side=False))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))

    # --- the value -------------------------------------------------------------------------------------------

    def unit(self) -> str:
        return self.unit_combo.currentData()

    def dates(self) -> tuple[date, date]:
        return self._from, self._to

    def set_unit(self, unit: str) -> None:
        self.unit_combo.setCurrentIndex(UNITS.index(unit))

    def set_period(self, unit: str, ref: date) -> None:
        """The month, quarter or year holding `ref`."""
        self.unit_combo.blockSignals(True)
        self.unit_combo.setCurrentIndex(UNITS.index(unit))
        self.unit_combo.blockSignals(False)
        self._move(*self._period(unit, ref))

    def set_range(self, date_from: date, date_to: date) -> None:
        """A free range (the unit becomes Rentang)."""
        self.unit_combo.blockSignals(True)
        self.unit_combo.setCurrentIndex(UNITS.index("range"))
        self.unit_combo.blockSignals(False)
        self._move(date_from, max(date_from, date_to))

    def step(self, direction: int) -> None:
        """The period before (-1) or after (+1): the month, quarter or year next to it, or a range as long."""
        unit = self.unit()
        if unit == "range":
            length = (self._to - self._from).days + 1
            shift = timedelta(days=length * direction)
            self._move(self._from + shift, self._to + shift)
        else:
            ref = self._from - timedelta(days=1) if direction < 0 else self._to + timedelta(days=1)
            self._move(*self._period(unit, ref))

    def name(self) -> str:
        """`April 2021`, `Triwulan II 2021`, `Tahun 2021`, or the two dates of a range."""
        unit, a, b = self.unit(), self._from, self._to
        if unit == "month":
            return f"{timefmt.MONTHS[a.month - 1]} {a.year}"
        if unit == "quarter":
            return self.tr("Triwulan {0} {1}").format(ROMAN[(a.month - 1) // 3], a.year)
        if unit == "year":
            return self.tr("Tahun {0}").format(a.year)
        return f"{timefmt.date_only(a)} – {timefmt.date_only(b)}"

    # --- inside ----------------------------------------------------------------------------------------------

    def _unit_chosen(self) -> None:
        unit = self.unit()
        if unit == "range":
            self._show()  # the dates stay; only the name changes
            self.changed.emit(self._from, self._to)
        else:
            self._move(*self._period(unit, self._from))

    def _edited(self, from_side: bool) -> None:
        a, b = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        unit = self.unit()
        if unit != "range":  # a date typed in a month (quarter, year) moves to the period holding it
            self._move(*self._period(unit, a if from_side else b))
        elif from_side:
            self._move(a, max(a, b))
        else:
            self._move(min(a, b), b)

    def _move(self, date_from: date, date_to: date) -> None:
        if (date_from, date_to) == (self._from, self._to):
            self._show()
            return
        self._from, self._to = date_from, date_to
        self._show()
        self.changed.emit(date_from, date_to)

    def _show(self) -> None:
        for edit, d in ((self.from_edit, self._from), (self.to_edit, self._to)):
            edit.blockSignals(True)
            edit.setDate(_qdate(d))
            edit.blockSignals(False)
        self.name_label.setText(self.name())
