"""The check-in desk, driven as at the door: typed scanner bursts, slow typing, name search, other desks, kiosk."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kpu_rakor.domain.services import checkin, meetings, qr
from kpu_rakor.ui import settings
from kpu_rakor.ui.checkin import kiosk
from kpu_rakor.ui.checkin.desk_page import DeskPage
from kpu_rakor.ui.checkin.result_panel import AMBER, GREEN, IDLE, RED

from ui_helpers import activate, meeting_starting_now, quiet_desk


@pytest.fixture
def page(qtbot, rakor):
    p = quiet_desk(qtbot, 1280, 720)
    assert p.meeting.id == rakor.id
    return p


def scan(widget, code: str) -> None:
    """What a USB scanner does: the whole code at once, then Enter, into whatever has the focus."""
    QTest.keyClicks(widget, code, Qt.NoModifier, 0)
    QTest.keyClick(widget, Qt.Key_Return, Qt.NoModifier, 0)


def test_scanner_burst_in_the_search_box_checks_in_and_leaves_the_box_alone(qtbot, page, rakor, people_fixture):
    amarodin = people_fixture[0]
    box = page.name_search.box
    box.setFocus()
    QTest.keyClicks(box, "roch", Qt.NoModifier, 90)  # someone was searching when the scanner fired
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    scan(box, qr.invitation_code(rakor.id, amarodin.id))
    assert box.text() == "roch"
    assert page.result_panel.state == GREEN
    assert page.result_panel.name.text() == "Much. Amarodin"
    assert "Selamat datang" in page.result_panel.headline.text()
    assert "Kasubag Teknis" in page.result_panel.detail.text()
    qtbot.waitUntil(lambda: page.counts_bar.value("present") == 1, timeout=2000)
    assert page.counts_bar.value("terlambat") == 0  # on time: the meeting's threshold is a day
    assert page.counts_bar.value("belum_hadir") == 2
    assert page.counts_bar.value("invited") == 3
    assert page.recent_model.rows[0].name == "Much. Amarodin"


def test_slow_typing_of_a_code_is_not_a_scan(qtbot, page, rakor, people_fixture):
    code = qr.invitation_code(rakor.id, people_fixture[1].id)
    box = page.name_search.box
    box.setFocus()
    QTest.keyClicks(box, code, Qt.NoModifier, 80)
    QTest.keyClick(box, Qt.Key_Return, Qt.NoModifier, 80)
    assert box.text() == code
    assert page.result_panel.state == IDLE
    assert checkin.counts(rakor.id).hadir == 0


def test_scan_lands_whatever_has_the_focus_and_the_code_field_takes_enter(qtbot, page, rakor, people_fixture):
    page.desk_edit.setFocus()
    scan(page.desk_edit, qr.person_code(people_fixture[2].id))
    assert page.desk_edit.text() == "Meja 1"
    assert page.result_panel.name.text() == "Gogot Cahyo Baskoro"
    other = meeting_starting_now("Rapat Pleno Terbuka", day_offset=-2)
    page.meeting_picker.reload()
    assert page.meeting_picker.count() == 2
    page.meeting_picker.setFocus()
    scan(page.meeting_picker, qr.person_code(people_fixture[0].id))
    assert page.meeting.id == rakor.id and page.meeting_picker.current_id() == rakor.id
    assert page.result_panel.name.text() == "Much. Amarodin"
    assert other.id in page.meeting_picker.ids
    # Typed by hand into the code field, slowly: Enter there is always a code.
    page.code_field.setFocus()
    QTest.keyClicks(page.code_field, qr.person_code(people_fixture[1].id).lower(), Qt.NoModifier, 60)
    QTest.keyClick(page.code_field, Qt.Key_Return)
    assert page.result_panel.state == GREEN
    assert page.result_panel.name.text().startswith("Dr. H. Rochani")
    assert page.code_field.text() == ""


def test_repeat_scan_is_amber_and_names_the_first_desk(qtbot, page, rakor, people_fixture):
    code = qr.invitation_code(rakor.id, people_fixture[0].id)
    first = checkin.check_in_code(rakor.id, code, "Meja 2")
    scan(page.code_field, code)
    assert page.result_panel.state == AMBER
    assert page.result_panel.line.text() == f"Sudah hadir pukul {first.time} di Meja 2"
    assert page.result_panel.name.text() == "Much. Amarodin"
    assert checkin.counts(rakor.id).hadir == 1


def test_forged_and_other_meeting_codes_are_red_with_the_reason(qtbot, page, rakor, people_fixture):
    code = qr.invitation_code(rakor.id, people_fixture[0].id)
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    scan(page.code_field, forged)
    assert page.result_panel.state == RED
    assert "tidak sah" in page.result_panel.name.text()
    other = meeting_starting_now("Rakor Kabupaten Lain", day_offset=-3)
    meetings.invite(other.id, [people_fixture[1].id])
    scan(page.name_search.box, qr.invitation_code(other.id, people_fixture[1].id))
    assert page.result_panel.state == RED
    assert "Bukan untuk rapat ini" in page.result_panel.name.text()
    assert page.name_search.box.text() == ""
    assert checkin.counts(rakor.id).hadir == 0


def test_late_arrival_shows_the_minutes(qtbot, people_fixture):
    m = meeting_starting_now("Rapat Pleno", minutes_ago=30, late_threshold=10)
    meetings.invite(m.id, [people_fixture[0].id])
    p = DeskPage()
    p.sounds.set_muted(True)
    qtbot.addWidget(p)
    activate(qtbot, p)
    p.meeting_picker.setCurrentIndex(p.meeting_picker.ids.index(m.id))
    assert "10 menit" in p.late_label.text()
    scan(p.code_field, qr.invitation_code(m.id, people_fixture[0].id))
    assert p.result_panel.state == GREEN
    assert "terlambat 3" in p.result_panel.line.text() or "terlambat 29" in p.result_panel.line.text() \
        or "terlambat 30" in p.result_panel.line.text()
    qtbot.waitUntil(lambda: p.counts_bar.value("terlambat") == 1, timeout=2000)
    assert p.counts_bar.value("present") == 1


def test_name_search_enter_then_confirm_checks_in(qtbot, page, rakor):
    box = page.name_search.box
    box.setFocus()
    QTest.keyClicks(box, "amarodin", Qt.NoModifier, 20)
    QTest.keyClick(box, Qt.Key_Return)
    assert page.name_search.model.rows[0].name == "Much. Amarodin"
    assert page.name_search.confirm.isVisible()
    assert "Much. Amarodin" in page.name_search.confirm.text()
    assert checkin.counts(rakor.id).hadir == 0  # not yet: the first Enter only asks
    QTest.keyClick(box, Qt.Key_Return)
    assert page.result_panel.state == GREEN
    assert page.result_panel.name.text() == "Much. Amarodin"
    assert checkin.counts(rakor.id).hadir == 1
    assert box.text() == ""
    assert page.selected_person_id is not None


def test_name_search_down_and_escape(qtbot, page, rakor, people_fixture):
    box = page.name_search.box
    box.setFocus()
    QTest.keyClicks(box, "o", Qt.NoModifier, 20)  # all three names hold an "o"
    box.flush()
    assert page.name_search.model.rowCount() == 3
    QTest.keyClick(box, Qt.Key_Down)
    second = page.name_search.model.rows[1]
    assert page.name_search.current_person() == second.person_id
    QTest.keyClick(box, Qt.Key_Return)
    assert page.name_search.pending == second.person_id
    QTest.keyClick(box, Qt.Key_Escape)
    assert page.name_search.pending is None
    assert checkin.counts(rakor.id).hadir == 0


def test_another_desks_checkin_appears_within_two_seconds(qtbot, page, rakor, people_fixture):
    assert page.recent_model.rowCount() == 0
    checkin.check_in_code(rakor.id, qr.invitation_code(rakor.id, people_fixture[2].id), "Meja 2")
    qtbot.waitUntil(lambda: page.recent_model.rowCount() == 1, timeout=2000)
    assert page.recent_model.rows[0].desk == "Meja 2"
    assert page.counts_bar.value("present") == 1


def test_missing_dialog_says_not_available(qtbot, page, monkeypatch, message_log):
    import importlib
    real = importlib.import_module

    def fake(name, *args):
        if name.endswith("walk_in_dialog"):
            raise ImportError("not yet")
        return real(name, *args)

    monkeypatch.setattr("kpu_rakor.ui.checkin.desk_actions.importlib.import_module", fake)
    page.actions.walk_in()
    assert message_log.shown[-1] == ("info", "Belum tersedia.")


def test_kiosk_hides_the_rest_and_needs_the_pin_to_leave(qtbot, page, rakor, people_fixture, monkeypatch):
    monkeypatch.setattr(kiosk, "ask_new_pin", lambda parent: "2468")
    QTest.keyClick(page.code_field, Qt.Key_F11)
    win = page.kiosk
    assert win is not None and win.isVisible() and win.isFullScreen()
    assert kiosk.has_pin() and kiosk.check_pin("2468") and not kiosk.check_pin("1111")
    # Only the result and the counts: no search box, no list of people, no buttons.
    assert not win.findChildren(type(page.name_search.box))
    assert not win.findChildren(type(page.recent_view))
    assert [b for b in win.findChildren(type(page.walk_in_button))] == []
    scan(win, qr.invitation_code(rakor.id, people_fixture[0].id))
    assert win.result_panel.state == GREEN
    assert win.result_panel.name.text() == "Much. Amarodin"
    qtbot.waitUntil(lambda: win.counts.value("present") == 1, timeout=2000)
    win.close()  # Alt+F4 by a visitor
    assert win.isVisible() and page.kiosk is win
    assert win.pin_field.isVisible()  # closing asks for the PIN
    QTest.keyClick(win, Qt.Key_Escape)
    assert not win.pin_field.isVisible()  # Esc cancels the question…
    QTest.keyClick(win, Qt.Key_Escape)
    assert win.pin_field.isVisible()  # …and asks it again
    QTest.keyClicks(win.pin_field, "1111", Qt.NoModifier, 60)
    QTest.keyClick(win.pin_field, Qt.Key_Return)
    assert page.kiosk is win and win.isVisible()
    assert "PIN salah" in win.pin_error.text()
    QTest.keyClicks(win.pin_field, "2468", Qt.NoModifier, 60)
    QTest.keyClick(win.pin_field, Qt.Key_Return)
    assert page.kiosk is None
    assert not win.isVisible()


def test_pin_is_stored_salted_not_in_clear(qtbot, office):
    kiosk.set_pin("2468")
    stored = settings.KIOSK_PIN.get()
    assert "2468" not in stored and "$" in stored
    kiosk.set_pin("2468")
    assert settings.KIOSK_PIN.get() != stored  # a new salt each time


def test_camera_codes_are_handled_like_scans(qtbot, page, rakor, people_fixture):
    page.webcam.toggle()  # no camera here: the panel says so in a sentence, the desk goes on
    assert page.webcam.panel is not None and not page.webcam.panel.isHidden()
    page.webcam.panel.code_read.emit(qr.invitation_code(rakor.id, people_fixture[2].id))
    assert page.result_panel.state == GREEN
    assert page.result_panel.name.text() == "Gogot Cahyo Baskoro"
    page.webcam.toggle()
    assert page.webcam.panel.isHidden()


def test_walk_in_result_is_shown(qtbot, page, rakor, monkeypatch):
    from kpu_rakor.domain.services import desk
    from kpu_rakor.ui.checkin.walk_in_dialog import WalkInDialog

    def fake_exec(self):
        self.result = desk.walk_in(self.meeting_id, name="Ir. Budi Santoso", position="Wartawan",
                                   institution="Radar Tulungagung", desk=self.desk)
        return 1

    monkeypatch.setattr(WalkInDialog, "exec", fake_exec)
    QTest.keyClick(page.code_field, Qt.Key_F6)
    assert page.result_panel.state == GREEN
    assert page.result_panel.name.text() == "Ir. Budi Santoso"
    # A walk-in came without an invitation: counted as such, never as one more invitee.
    assert page.counts_bar.value("invited") == 3
    assert page.counts_bar.value("walk_ins") == 1
    assert page.counts_bar.value("belum_hadir") == 3
    assert page.recent_model.rows[0].name == "Ir. Budi Santoso"


def test_result_goes_back_to_idle_and_f_keys_sleep_on_other_pages(qtbot, page, rakor, people_fixture, monkeypatch):
    page._idle_timer.setInterval(50)
    scan(page.code_field, qr.person_code(people_fixture[0].id))
    assert page.result_panel.state == GREEN
    qtbot.waitUntil(lambda: page.result_panel.state == IDLE, timeout=2000)


def test_desk_in_the_main_window(qtbot, rakor, people_fixture, message_log):
    from kpu_rakor.ui.main_window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    activate(qtbot, win)
    QTest.keyClick(win, Qt.Key_4, Qt.ControlModifier)
    page = win.pages["checkin"]
    page.sounds.set_muted(True)
    assert win.current_page_key() == "checkin" and page.meeting.id == rakor.id
    # Arriving from the navigation list, the focus moves onto the desk so the scanner reaches it.
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
    scan(QApplication.focusWidget(), qr.invitation_code(rakor.id, people_fixture[1].id))
    assert page.result_panel.state == GREEN
    assert win.current_page_key() == "checkin"
    QTest.keyClick(win, Qt.Key_2, Qt.ControlModifier)  # the Rapat page
    assert not page.isVisible()
    scan(win.pages["rapat"], qr.invitation_code(rakor.id, people_fixture[2].id))
    assert checkin.counts(rakor.id).hadir == 1  # the desk hears nothing while another page is shown
    QTest.keyClick(win, Qt.Key_F8)
    assert message_log.shown == []  # F8 belongs to the desk only


def test_status_and_undo_open_for_the_selected_person(qtbot, page, rakor, people_fixture, monkeypatch, message_log):
    from kpu_rakor.ui.checkin.status_dialog import StatusDialog
    from kpu_rakor.ui.checkin.undo_dialog import UndoDialog
    QTest.keyClick(page.code_field, Qt.Key_F8)
    assert "Pilih orangnya dulu" in message_log.shown[-1][1]
    opened = []

    def undo_exec(self):
        opened.append(("undo", self_args(self)))
        checkin.undo(rakor.id, people_fixture[0].id, "salah orang")
        return 1

    def self_args(dialog):
        return dialog.meeting_id, dialog.person_id

    monkeypatch.setattr(UndoDialog, "exec", undo_exec)
    monkeypatch.setattr(StatusDialog, "exec", lambda self: opened.append(("status", self_args(self))) or 0)
    scan(page.code_field, qr.invitation_code(rakor.id, people_fixture[0].id))
    assert page.selected_person_id == people_fixture[0].id
    QTest.keyClick(page.code_field, Qt.Key_F7)
    QTest.keyClick(page.code_field, Qt.Key_F8)
    assert opened == [("status", (rakor.id, people_fixture[0].id)), ("undo", (rakor.id, people_fixture[0].id))]
    assert page.result_panel.state == IDLE  # the undone check-in is no longer shown as done
    qtbot.waitUntil(lambda: page.counts_bar.value("present") == 0, timeout=2000)


def test_without_the_audio_library_the_desk_says_so_and_stays_silent(qtbot, rakor, people_fixture, monkeypatch,
                                                                     message_log):
    """As on a PC without libpulse0: PySide6.QtMultimedia fails to import. The page says so next to the mute
    box (checked, greyed, reading "Suara tidak tersedia"), scans still work, nothing is shown in a dialog, and
    the stored choice is untouched."""
    import sys

    settings.DESK_MUTED.set(False)
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # the import fails, as without libpulse.so.0
    p = DeskPage()
    qtbot.addWidget(p)
    activate(qtbot, p)
    assert not p.sounds.available
    assert p.sound_note.isVisible()
    assert p.sound_note.text() == "(pustaka audio tidak ada di PC ini)"
    assert p.mute_box.text() == "Suara tidak tersedia"
    assert p.mute_box.isChecked() and not p.mute_box.isEnabled()
    scan(p.code_field, qr.invitation_code(rakor.id, people_fixture[0].id))
    qtbot.waitUntil(lambda: p.result_panel.state == GREEN)
    p.sounds.prepare()
    assert p.sounds._effects is None and message_log.shown == []
    assert settings.DESK_MUTED.get() is False


def test_with_the_audio_library_the_mute_box_is_the_users(qtbot, rakor, people_fixture, monkeypatch):
    import fake_audio

    audio = fake_audio.use(monkeypatch, fake_audio.FakeMultimedia())
    p = DeskPage()
    qtbot.addWidget(p)
    activate(qtbot, p)
    qtbot.waitUntil(lambda: p.sounds._effects is not None)  # prepared once the page is shown
    assert p.sounds.available and p.mute_box.isEnabled() and p.sound_note.isHidden()
    assert p.mute_box.text() == "Bunyi &mati"
    qtbot.mouseClick(p.mute_box, Qt.LeftButton)
    assert p.sounds.muted is True and settings.DESK_MUTED.get() is True
    qtbot.mouseClick(p.mute_box, Qt.LeftButton)
    assert p.sounds.muted is False
    scan(p.code_field, qr.invitation_code(rakor.id, people_fixture[0].id))
    assert audio.played == ["checkin_ok.wav"]
