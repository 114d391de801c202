"""The desk outside the meeting's hours: a scan long after the end (or well before the start) is not greeted as
on time; the result area asks, Enter records anyway, Esc drops it. Keys as a USB scanner and a person send them."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kpu_rakor.domain.models import Attendance
from kpu_rakor.domain.services import checkin, meetings, qr
from kpu_rakor.domain.timefmt import clock_zone
from kpu_rakor.ui.checkin.desk_page import DeskPage
from kpu_rakor.ui.checkin.result_panel import AMBER, GREEN, IDLE

from ui_helpers import meeting_starting_now, quiet_desk


def scan(widget, code: str) -> None:
    """What a USB scanner does: the whole code at once, then Enter, into whatever has the focus."""
    QTest.keyClicks(widget, code, Qt.NoModifier, 0)
    QTest.keyClick(widget, Qt.Key_Return, Qt.NoModifier, 0)


def desk_for(qtbot, meeting) -> DeskPage:
    p = quiet_desk(qtbot)
    p.meeting_picker.setCurrentIndex(p.meeting_picker.ids.index(meeting.id))
    assert p.meeting.id == meeting.id
    return p


@pytest.fixture
def morning(people_fixture):
    """A meeting "s.d. selesai" that began 16 hours ago: over for check-in 4 hours ago."""
    m = meeting_starting_now("Rapat Pleno Pagi", minutes_ago=16 * 60)
    meetings.invite(m.id, [p.id for p in people_fixture])
    return m


def row(meeting, person):
    return Attendance.get_or_none((Attendance.meeting == meeting.id) & (Attendance.person == person.id))


def test_scan_after_the_end_asks_and_enter_records_it_anyway(qtbot, morning, people_fixture):
    page = desk_for(qtbot, morning)
    amarodin = people_fixture[0]
    scan(page.code_field, qr.invitation_code(morning.id, amarodin.id))
    panel = page.result_panel
    ended = clock_zone(morning.starts_at + timedelta(hours=12), "WIB")
    # Said under the code field before anyone scans, too.
    assert page.late_label.text().startswith(f"Rapat sudah selesai pukul {ended}: setiap pindaian ditanyakan dulu.")
    assert panel.state == AMBER
    assert panel.headline.text() == f"Rapat sudah selesai pukul {ended}"
    assert panel.name.text() == "Much. Amarodin"
    assert panel.line.text() == "Enter = catat tetap · Esc = batal"
    assert "Selamat datang" not in panel.headline.text()
    assert row(morning, amarodin) is None  # asked, not recorded
    QTest.keyClick(page.code_field, Qt.Key_Return)  # the person at the desk: "catat tetap"
    assert panel.state == GREEN
    assert panel.headline.text() == "Tercatat di luar jam rapat"
    assert "tepat waktu" not in panel.line.text().lower() and panel.note.text() == f"Rapat sudah selesai pukul {ended}."
    assert row(morning, amarodin).note == f"dicatat setelah rapat selesai ({ended})"
    qtbot.waitUntil(lambda: page.counts_bar.value("present") == 1, timeout=2000)
    assert page.recent_model.rows[0].name == "Much. Amarodin"
    QTest.keyClick(page.code_field, Qt.Key_Return)  # a second Enter asks nothing and records nothing more
    assert Attendance.select().where(Attendance.meeting == morning.id).count() == 1


def test_escape_drops_the_scan_and_nothing_is_recorded(qtbot, morning, people_fixture):
    page = desk_for(qtbot, morning)
    box = page.name_search.box
    box.setFocus()
    scan(box, qr.invitation_code(morning.id, people_fixture[1].id))  # the focus in the search box, as often
    assert page.result_panel.state == AMBER
    QTest.keyClick(box, Qt.Key_Escape)
    assert page.result_panel.state == IDLE
    assert row(morning, people_fixture[1]) is None
    QTest.keyClick(box, Qt.Key_Return)  # the question is gone: Enter no longer records anything
    assert checkin.counts(morning.id).present == 0


def test_a_new_scan_replaces_the_question_and_a_repeat_is_not_asked(qtbot, morning, people_fixture):
    page = desk_for(qtbot, morning)
    amarodin, rochani = people_fixture[:2]
    checkin.check_in_person(morning.id, rochani.id, desk="Meja 2")  # recorded earlier, by another desk
    scan(page.code_field, qr.invitation_code(morning.id, amarodin.id))
    assert page.result_panel.state == AMBER and page.outside_prompt.asking
    scan(page.code_field, qr.invitation_code(morning.id, rochani.id))
    assert page.result_panel.headline.text() == "Sudah hadir"  # a repeat is answered, not asked about
    assert not page.outside_prompt.asking
    QTest.keyClick(page.code_field, Qt.Key_Return)
    assert row(morning, amarodin) is None  # the Enter did not record the earlier question's person


def test_scan_more_than_an_hour_before_the_start_asks_within_the_hour_does_not(qtbot, people_fixture):
    later = meeting_starting_now("Rapat Sore", minutes_ago=-120)
    soon = meeting_starting_now("Rapat Sebentar Lagi", minutes_ago=-30, day_offset=0)
    meetings.invite(later.id, [people_fixture[0].id])
    meetings.invite(soon.id, [people_fixture[0].id])
    page = desk_for(qtbot, later)
    scan(page.code_field, qr.invitation_code(later.id, people_fixture[0].id))
    assert page.result_panel.state == AMBER
    assert page.result_panel.headline.text() == f"Rapat baru mulai pukul {clock_zone(later.starts_at, 'WIB')}"
    QTest.keyClick(page.code_field, Qt.Key_Return)
    assert page.result_panel.headline.text() == "Tercatat di luar jam rapat"
    assert row(later, people_fixture[0]).note.startswith("dicatat sebelum rapat mulai")
    page.meeting_picker.setCurrentIndex(page.meeting_picker.ids.index(soon.id))
    assert page.late_label.text().startswith("Mulai ")  # within the hour before: nothing to warn about
    scan(page.code_field, qr.invitation_code(soon.id, people_fixture[0].id))
    assert page.result_panel.state == GREEN and page.result_panel.headline.text() == "Selamat datang"


def test_name_search_after_the_end_asks_too(qtbot, morning, people_fixture):
    page = desk_for(qtbot, morning)
    box = page.name_search.box
    box.setFocus()
    QTest.keyClicks(box, "gogot", Qt.NoModifier, 20)
    QTest.keyClick(box, Qt.Key_Return)  # the first Enter shows whom
    QTest.keyClick(box, Qt.Key_Return)  # the second checks in: outside the hours, the desk asks
    assert page.result_panel.state == AMBER and page.result_panel.name.text() == "Gogot Cahyo Baskoro"
    assert row(morning, people_fixture[2]) is None and box.text() == ""
    QTest.keyClick(box, Qt.Key_Return)
    assert page.result_panel.state == GREEN
    assert row(morning, people_fixture[2]).method == "manual"


def test_in_kiosk_mode_the_question_shows_there_and_esc_does_not_ask_for_the_pin(qtbot, morning, people_fixture):
    from kpu_rakor.ui.checkin import kiosk
    kiosk.set_pin("2468")  # set up earlier on this PC
    page = desk_for(qtbot, morning)
    QTest.keyClick(page.window().windowHandle(), Qt.Key_F11)
    win = page.kiosk
    assert win is not None and win.isVisible()
    handle = win.windowHandle()

    def scan_kiosk(code):
        for ch in code:
            QTest.keyClick(handle, ch, Qt.NoModifier, 0)
        QTest.keyClick(handle, Qt.Key_Return, Qt.NoModifier, 0)

    scan_kiosk(qr.invitation_code(morning.id, people_fixture[0].id))
    assert win.result_panel.state == AMBER and win.result_panel.headline.text().startswith("Rapat sudah selesai")
    QTest.keyClick(handle, Qt.Key_Escape)  # answers the question; the PIN row stays closed
    assert win.result_panel.state == IDLE and not win.pin_row.isVisible()
    assert row(morning, people_fixture[0]) is None
    scan_kiosk(qr.invitation_code(morning.id, people_fixture[1].id))
    QTest.keyClick(handle, Qt.Key_Return)
    assert win.result_panel.state == GREEN and win.result_panel.headline.text() == "Tercatat di luar jam rapat"
    assert row(morning, people_fixture[1]) is not None
    QTest.keyClick(handle, Qt.Key_Escape)  # no question now: Esc asks for the PIN, as always
    assert win.pin_row.isVisible()
    QTest.keyClicks(win.pin_field, "2468", Qt.NoModifier, 10)
    QTest.keyClick(win.pin_field, Qt.Key_Return)
    assert page.kiosk is None
