"""The Beranda: the app opens on it; this week's meetings open the desk or the minutes in one click; late
follow-ups, minutes awaiting approval and a missing backup are said, each with the button that deals with it."""
from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kpu_rakor.domain.models import utcnow
from kpu_rakor.domain.services import followups, meetings, minutes
from kpu_rakor.domain.timefmt import to_local
from kpu_rakor.ui.main_window import MainWindow
from kpu_rakor.ui.meeting import windows

from ui_helpers import activate, meeting_starting_now


def _today():
    return to_local(utcnow(), "WIB").date()


@pytest.fixture
def week(rakor):
    """Today's rakor, another meeting this week, and last month's meeting with a late follow-up and minutes
    waiting for the chair."""
    today = _today()
    other_day = today + timedelta(days=1) if today.weekday() < 6 else today - timedelta(days=1)
    bimtek = meetings.create(title="Bimtek Pantarlih", date=other_day, start_time=time(13, 0),
                             venue="Aula KPU Kabupaten Tulungagung")
    old = meetings.create(title="Rapat Evaluasi Hibah", date=today - timedelta(days=30), start_time=time(9, 0))
    late = followups.create(old.id, "Kirim laporan penggunaan dana hibah", due_date=today - timedelta(days=3))
    minutes.save(old.id, {"opening_text": "Rapat dibuka oleh Ketua."})
    minutes.mark_ready(old.id)
    return rakor, bimtek, old, late


@pytest.fixture
def win(qtbot, week):
    w = MainWindow()
    qtbot.addWidget(w)
    activate(qtbot, w)
    return w


def _line(lines, meeting_id):
    return next(line for line in lines if line.meeting_id == meeting_id)


def test_app_opens_on_beranda_and_buka_presensi_opens_the_desk(qtbot, win, week):
    rakor, bimtek, _old, _late = week
    assert win.current_page_key() == "beranda"
    page = win.pages["beranda"]
    assert [line.meeting_id for line in page.meeting_lines] == [rakor.id, bimtek.id]
    assert page.today_box.isAncestorOf(_line(page.meeting_lines, rakor.id))
    assert page.week_box.isAncestorOf(_line(page.meeting_lines, bimtek.id))

    qtbot.mouseClick(_line(page.meeting_lines, bimtek.id).desk_button, Qt.LeftButton)
    desk = win.pages["checkin"]
    desk.sounds.set_muted(True)
    assert win.current_page_key() == "checkin" and desk.meeting.id == bimtek.id
    assert "Bimtek Pantarlih" in desk.meeting_picker.currentText()

    QTest.keyClick(win, Qt.Key_1, Qt.ControlModifier)  # back to Beranda, then today's meeting
    assert win.current_page_key() == "beranda"
    qtbot.mouseClick(_line(page.meeting_lines, rakor.id).desk_button, Qt.LeftButton)
    assert win.current_page_key() == "checkin" and desk.meeting.id == rakor.id


def test_notulen_opens_the_meeting_on_its_minutes_tab(qtbot, win, week):
    rakor, *_ = week
    page = win.pages["beranda"]
    qtbot.mouseClick(_line(page.meeting_lines, rakor.id).minutes_button, Qt.LeftButton)
    editor = windows.window_for(rakor.id)
    assert editor is not None and editor.isVisible()
    assert editor.tabs.currentWidget() is editor.minutes
    assert page.isVisible()  # its own window: the main window stays usable
    windows.close_all()


def test_late_follow_ups_waiting_minutes_and_missing_backup_are_said(qtbot, win, week, monkeypatch):
    _rakor, _bimtek, old, late = week
    page = win.pages["beranda"]
    [line] = page.followup_lines
    assert line.followup_id == late.id
    assert line.due_label.text().startswith("Terlambat 3 hari")
    [waiting] = page.approval_lines
    assert waiting.meeting_id == old.id and not waiting.desk_button.isVisible()
    assert "Belum pernah ada cadangan" in page.backup_label.text()

    qtbot.mouseClick(line.open_button, Qt.LeftButton)
    editor = windows.window_for(late.meeting_id)
    assert editor is not None and editor.tabs.currentWidget() is editor.followups
    windows.close_all()

    qtbot.mouseClick(page.backup_button, Qt.LeftButton)
    assert win.current_page_key() == "pengaturan"
    settings_page = win.pages["pengaturan"]
    box = settings_page.backup_box
    qtbot.waitUntil(lambda: not box.visibleRegion().isEmpty())  # scrolled to the Cadangan group


def test_beranda_reads_again_when_shown_again(qtbot, win, week):
    _rakor, _bimtek, old, late = week
    page = win.pages["beranda"]
    followups.set_status(late.id, "selesai", "Laporan sudah dikirim ke KPU Provinsi.")
    minutes.back_to_draft(old.id)
    meeting_starting_now("Rapat Pleno Rekapitulasi", minutes_ago=1)
    QTest.keyClick(win, Qt.Key_2, Qt.ControlModifier)
    QTest.keyClick(win, Qt.Key_1, Qt.ControlModifier)
    assert page.followup_lines == [] and page.approval_lines == []
    assert "Rapat Pleno Rekapitulasi" in [meetings.get(line.meeting_id).title for line in page.meeting_lines]


def test_the_status_clock_runs_from_start_up_whichever_page_is_first(qtbot, win, week):
    from kpu_rakor.domain.models import STATUS_UNDERWAY

    rakor, *_ = week
    assert "rapat" not in win.pages  # the Rapat page is not built yet
    assert win.status_clock.tick() >= 1  # today's rakor started: written for every PC and report
    assert meetings.get(rakor.id).status == STATUS_UNDERWAY
    QTest.keyClick(win, Qt.Key_2, Qt.ControlModifier)
    assert win.pages["rapat"].status_clock is None  # one clock, the window's


def test_the_minute_tick_brings_in_what_another_pc_added(qtbot, win, week):
    page = win.pages["beranda"]
    lines_before = list(page.meeting_lines)
    win.status_clock.tick()
    assert page.meeting_lines == lines_before  # nothing changed: the same lines, the focus stays
    added = meeting_starting_now("Rapat Koordinasi Logistik", minutes_ago=2)
    win.status_clock.tick()
    assert added.id in [line.meeting_id for line in page.meeting_lines]
