"""Tab follows the page (issue 13): from the first field, Tab visits the meeting form, the agenda and the notulen
in the order they are laid out; Ctrl+↓ from Kesimpulan umum lands on the closing time."""
from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate

from kpu_rakor.domain.services import meetings
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor


@pytest.fixture
def meeting(office):
    m = meetings.create(title="Rakor Persiapan Pemilihan", date=date(2024, 9, 18), start_time=time(9, 0))
    meetings.set_agenda(m.id, [{"title": "Pembukaan"}, {"title": "Paparan tahapan"}])
    return m


@pytest.fixture
def editor(qtbot, meeting):
    ed = MeetingEditor(meeting.id)
    qtbot.addWidget(ed)
    activate(qtbot, ed)
    return ed


def tab_through(qtbot, first, presses: int) -> list:
    """Focus `first`, press Tab `presses` times; the widgets that had the focus, in order."""
    first.setFocus(Qt.TabFocusReason)
    seen = [QApplication.focusWidget()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_on_the_meeting_form_goes_down_the_left_column_then_the_right(qtbot, editor):
    f = editor.form
    f.until_done.setChecked(False)  # the end time takes part
    expected = [f.title, f.kind, f.our_role, f.mode, f.date, f.start, f.end, f.until_done, f.zone, f.organizer,
                f.status, f.series, f.venue, f.venue_address,  # luring: the online fields are skipped
                f.invitation_number, f.invitation_date, f.basis]
    seen = tab_through(qtbot, f.title, len(expected) - 1)
    names = {id(w): n for n, w in vars(f).items() if hasattr(w, "hasFocus")}
    assert [names.get(id(w), type(w).__name__) for w in seen] == [names[id(w)] for w in expected]


def test_tab_on_the_agenda_goes_from_the_entry_line_to_the_table_and_its_buttons(qtbot, editor):
    a = editor.agenda
    editor.tabs.setCurrentWidget(a)
    a.view.selectRow(0)
    expected = [a.title_edit, a.start_edit, a.end_edit, a.add_button, a.view, a.up_button, a.down_button,
                a.remove_button]
    assert tab_through(qtbot, a.title_edit, len(expected) - 1) == expected


def test_tab_on_the_notulen_follows_the_column(qtbot, editor):
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(tab.blocks))
    first, second = tab.blocks
    expected = [tab.opened_at, tab.opened_by, tab.opening_text, first.discussion, first.decisions,
                second.discussion, second.decisions, tab.conclusions, tab.closed_at, tab.closing_text,
                tab.add_quote_button]
    assert tab_through(qtbot, tab.opened_at, len(expected) - 1) == expected


def test_ctrl_down_from_the_conclusions_lands_on_the_closing_time(qtbot, editor):
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(tab.blocks))
    tab.conclusions.setFocus()
    qtbot.keyClick(tab.conclusions, Qt.Key_Down, Qt.ControlModifier)
    assert tab.closed_at.hasFocus()  # not the closing notes under it
    qtbot.keyClick(tab.closed_at, Qt.Key_Tab)
    assert tab.closing_text.hasFocus()
    qtbot.keyClick(tab.closing_text, Qt.Key_Up, Qt.ControlModifier)
    assert tab.conclusions.hasFocus()
