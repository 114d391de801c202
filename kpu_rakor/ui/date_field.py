"""A date as Indonesian offices write it, `Rabu, 07 April 2021` (or `07/04/2021`), with a calendar to pick from.

An empty date (a letter not yet numbered) is shown as a dash. Its calendar opens at a sensible month, today or
the meeting's date, instead of at the lowest date Qt can hold (January 2000 was what users saw)."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPointF, QSignalBlocker, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDateEdit, QStyle, QStyleOptionComboBox, QWidget

LONG_FORMAT = "dddd, dd MMMM yyyy"  # with the Indonesian locale: "Rabu, 07 April 2021"
SHORT_FORMAT = "dd/MM/yyyy"
NO_DATE = QDate(2000, 1, 1)  # the minimum of an optional date stands for "no date"


class DateField(QDateEdit):
    def __init__(self, value: date | None = None, allow_empty: bool = False, short: bool = False,
                 open_at: Callable[[], date] | None = None, parent=None):
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.open_at = open_at or date.today  # the month the calendar shows while the date is empty
        self.setLocale(QLocale(QLocale.Indonesian, QLocale.Indonesia))
        self.setDisplayFormat(SHORT_FORMAT if short else LONG_FORMAT)
        self.setCalendarPopup(True)
        self.calendarWidget().setLocale(self.locale())
        self.calendarWidget().installEventFilter(self)
        if allow_empty:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText("–")
        self.set_value(value if value is not None or allow_empty else date.today())

    def value(self) -> date | None:
        d = self.date()
        return None if self.allow_empty and d == NO_DATE else d.toPython()

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(NO_DATE if self.allow_empty else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        # Tab leaves the date, as in every other field; QDateEdit would first walk its day, month and year
        # (those are reached with ← and →).
        return QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # F4 and Alt+↓ open the calendar, as on a drop-down list: Qt 6 opens it only from a click on the arrow.
        if event.key() == Qt.Key_F4 or (event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Show the calendar (arrows move the day, Enter takes it, Esc leaves the date as it was)."""
        opt = QStyleOptionComboBox()
        opt.initFrom(self)
        opt.editable = True
        opt.subControls = QStyle.SC_All
        at = QPointF(self.style().subControlRect(QStyle.CC_ComboBox, opt, QStyle.SC_ComboBoxArrow, self).center())
        self.mousePressEvent(QMouseEvent(QEvent.MouseButtonPress, at, self.mapToGlobal(at), Qt.LeftButton,
                                         Qt.LeftButton, Qt.NoModifier))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # The calendar is being shown: an empty date opens it at today (or the meeting's date).
        if event.type() == QEvent.Show and obj is self.calendarWidget() and self.value() is None:
            day = self.open_at()
            obj.setCurrentPage(day.year, day.month)
            # The day under the keyboard too (arrows, Enter), or → would jump to 2 January 2000. Quietly: a
            # selection the popup hears of counts as chosen, and Esc must still leave the date empty.
            with QSignalBlocker(obj):
                obj.setSelectedDate(QDate(day.year, day.month, day.day))
        return False
