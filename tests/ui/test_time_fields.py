"""Times and dates in the meeting editor, typed like a user: digit by digit, Tab to leave (stored as typed).
QTimeEdit judged each digit (09.45 was stored as 10.45); the time fields now judge the whole time when left."""
from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate

from kpu_rakor.domain import timefmt
from kpu_rakor.domain.services import meetings
from kpu_rakor.ui.date_field import DateField
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor


@pytest.fixture
def editor(qtbot, any_office):
    ed = MeetingEditor()
    qtbot.addWidget(ed)
    activate(qtbot, ed)
    return ed


def type_into(qtbot, field, text: str) -> None:
    """Click into a field, select what is there (Ctrl+A), type `text` key by key, and Tab out."""
    field.setFocus(Qt.MouseFocusReason)
    qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key_Tab)


def stored_agenda(meeting_id: int) -> list[tuple[str, str, str]]:
    return [(a.title, timefmt.clock(timefmt.to_local(a.planned_start, "WIB")),
             timefmt.clock(timefmt.to_local(a.planned_end, "WIB"))) for a in meetings.agenda(meeting_id)]


def test_agenda_times_typed_digit_by_digit_are_stored_as_typed(qtbot, editor):
    qtbot.keyClicks(editor.form.title, "Rakor Persiapan Pemilihan")
    type_into(qtbot, editor.form.start, "0900")
    editor.tabs.setCurrentWidget(editor.agenda)
    agenda = editor.agenda
    for title, start, end in (("Pembukaan", "09.00", "09.45"), ("Paparan tahapan", "0945", "10.30"),
                              ("Diskusi", "10.30", "12.00")):
        agenda.title_edit.setFocus()
        qtbot.keyClicks(agenda.title_edit, title)
        qtbot.keyClick(agenda.title_edit, Qt.Key_Tab)  # to Mulai: Tab selects what is there
        assert agenda.start_edit.hasFocus()
        qtbot.keyClicks(agenda.start_edit, start)
        qtbot.keyClick(agenda.start_edit, Qt.Key_Tab)
        assert agenda.end_edit.hasFocus()
        qtbot.keyClicks(agenda.end_edit, end)
        qtbot.keyClick(agenda.end_edit, Qt.Key_Tab)
        assert agenda.add_button.hasFocus()
        qtbot.keyClick(agenda.add_button, Qt.Key_Space)
    assert [agenda.model.item(r, 2).text() for r in range(3)] == ["09.45", "10.30", "12.00"]
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)  # stored as typed anyway; Ctrl+S writes at once
    assert editor.status_line.text().startswith("Tersimpan "), editor.status_line.text()
    assert stored_agenda(editor.meeting_id) == [("Pembukaan", "09.00", "09.45"),
                                                ("Paparan tahapan", "09.45", "10.30"),
                                                ("Diskusi", "10.30", "12.00")]


@pytest.mark.parametrize("typed", ["09.45", "0945", "9.45", "9:45"])
def test_a_time_may_be_typed_the_ways_offices_write_it(qtbot, editor, typed):
    editor.form.until_done.setChecked(False)
    type_into(qtbot, editor.form.end, typed)
    assert editor.form.end.text() == "09.45"
    assert editor.form.end.time() == time(9, 45)
    assert not editor.form.end.message.isVisible()


def test_a_wrong_time_is_refused_when_left_with_a_sentence_and_the_old_value_kept(qtbot, editor):
    form = editor.form
    type_into(qtbot, form.start, "0830")
    type_into(qtbot, form.start, "25.00")
    assert form.start.text() == "08.30"
    assert form.start.message.isVisible()
    assert form.start.message.text() == "“25.00” bukan jam. Tulis seperti 09.45 atau 0945. Jam tetap 08.30."
    type_into(qtbot, form.start, "0915")
    assert not form.start.message.isVisible()
    qtbot.keyClicks(form.title, "Rapat pleno")
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    m = meetings.get(editor.meeting_id)
    assert timefmt.clock(timefmt.to_local(m.starts_at, "WIB")) == "09.15"


def test_half_typed_digits_are_not_judged_while_typing(qtbot, editor):
    field = editor.agenda.end_edit
    field.setFocus(Qt.MouseFocusReason)
    qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    for typed, shown in (("0", "0"), ("9", "09"), (".", "09."), ("4", "09.4"), ("5", "09.45")):
        qtbot.keyClicks(field, typed)
        assert field.text() == shown  # every digit stays as typed; nothing is corrected on the way
    assert not field.message.isVisible()


def test_a_time_typed_in_the_agenda_table_is_judged_when_left(qtbot, editor, message_log):
    agenda = editor.agenda
    editor.tabs.setCurrentWidget(agenda)
    agenda.add_item("Pembukaan", time(9, 0), time(9, 30))
    cell = agenda.model.index(0, 2)
    agenda.view.setCurrentIndex(cell)
    agenda.view.edit(cell)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not agenda.view)
    field = QApplication.focusWidget()
    qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(field, "0945")
    qtbot.keyClick(field, Qt.Key_Tab)
    assert agenda.model.item(0, 2).text() == "09.45"
    cell = agenda.model.index(0, 1)
    agenda.view.setCurrentIndex(cell)
    agenda.view.edit(cell)
    field = QApplication.focusWidget()
    qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(field, "9.75")
    qtbot.keyClick(field, Qt.Key_Tab)
    assert agenda.model.item(0, 1).text() == "09.00"  # the old value stays
    assert agenda.cell_message.isVisible()
    assert "“9.75” bukan jam" in agenda.cell_message.text()


def test_an_agenda_running_past_the_meetings_end_shows_an_amber_warning(qtbot, editor):
    form, agenda = editor.form, editor.agenda
    form.until_done.setChecked(False)
    type_into(qtbot, form.start, "09.00")
    type_into(qtbot, form.end, "12.00")
    editor.tabs.setCurrentWidget(agenda)
    agenda.add_item("Pembukaan", time(9, 0), time(9, 45))
    agenda.add_item("Paparan", time(9, 45), time(11, 0))
    assert not agenda.warning.isVisible()
    agenda.add_item("Diskusi", time(10, 45), time(12, 30))
    assert agenda.warning.isVisible()
    assert agenda.warning.text().splitlines() == [
        "⚠ Acara 3 “Diskusi” berakhir pukul 12.30, melewati akhir rapat pukul 12.00.",
        "Acara 3 “Diskusi” mulai pukul 10.45, sebelum acara 2 selesai pukul 11.00."]
    editor.tabs.setCurrentIndex(0)
    type_into(qtbot, form.end, "13.00")  # the meeting runs longer: only the overlap is left
    editor.tabs.setCurrentWidget(agenda)
    assert agenda.warning.text() == "⚠ Acara 3 “Diskusi” mulai pukul 10.45, sebelum acara 2 selesai pukul 11.00."
    form.until_done.setChecked(True)  # "s.d. selesai": nothing runs past the end
    agenda.model.removeRow(2)
    assert not agenda.warning.isVisible()
    # A warning, not an error: the agenda is saved as typed.
    agenda.add_item("Diskusi", time(10, 45), time(12, 30))
    qtbot.keyClicks(form.title, "Rapat pleno")
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    assert len(meetings.agenda(editor.meeting_id)) == 3


def test_the_letter_date_calendar_opens_at_today_not_january_2000(qtbot, editor):
    field = editor.form.invitation_date
    assert field.value() is None and field.text() == "–"
    qtbot.mouseClick(field, Qt.LeftButton, pos=QPoint(field.width() - 8, field.height() // 2))  # the arrow
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    qtbot.keyClick(calendar, Qt.Key_Escape)
    assert field.value() is None  # looking is not choosing


@pytest.mark.parametrize("key, modifier", [(Qt.Key_F4, Qt.NoModifier), (Qt.Key_Down, Qt.AltModifier)])
def test_the_calendar_opens_from_the_keyboard_and_enter_takes_the_day(qtbot, editor, key, modifier):
    field = editor.form.invitation_date
    field.setFocus(Qt.TabFocusReason)
    qtbot.keyClick(field, key, modifier)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    qtbot.keyClick(calendar, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.value() is None
    qtbot.keyClick(field, key, modifier)
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate().toPython() == today  # the day the arrows start from, not 01/01/2000
    grid = QApplication.focusWidget()  # the calendar's day grid: where arrows and Enter go
    qtbot.keyClick(grid, Qt.Key_Right)
    qtbot.keyClick(grid, Qt.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.value() == today + timedelta(days=1)


def test_a_date_reads_the_indonesian_way(qtbot):
    long, short = DateField(date(2021, 4, 7)), DateField(date(2021, 4, 7), short=True)
    for w in (long, short):
        qtbot.addWidget(w)
    assert long.text() == "Rabu, 07 April 2021"
    assert short.text() == "07/04/2021"
    assert long.value() == date(2021, 4, 7)


def test_ctrl_s_while_a_time_is_being_typed_saves_that_time(qtbot, editor):
    qtbot.keyClicks(editor.form.title, "Rapat pleno")
    field = editor.form.start
    field.setFocus(Qt.MouseFocusReason)
    qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(field, "1030")
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)  # without leaving the field
    m = meetings.get(editor.meeting_id)
    assert timefmt.clock(timefmt.to_local(m.starts_at, "WIB")) == "10.30"


def test_an_empty_agenda_cell_refusing_a_word_says_why_and_stays_empty(qtbot, editor):
    agenda = editor.agenda
    editor.tabs.setCurrentWidget(agenda)
    agenda.add_item("Sambutan")  # no times yet
    cell = agenda.model.index(0, 1)
    agenda.view.setCurrentIndex(cell)
    agenda.view.edit(cell)
    field = QApplication.focusWidget()
    qtbot.keyClicks(field, "sembilan")
    qtbot.keyClick(field, Qt.Key_Tab)
    assert agenda.model.item(0, 1).text() == ""
    assert agenda.cell_message.text() == "“sembilan” bukan jam. Tulis seperti 09.45 atau 0945."
