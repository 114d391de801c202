"""Desk details a user trips over: F7/F8 say whom they act on and choose nothing for you, the signature line
goes with the pad, kiosk mode offers to set a PIN, two desk windows get two names, and a PC without sound says
so. Keys go through the window handle, as the OS delivers a USB scanner's and a person's keys."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import fake_audio
from kpu_rakor.domain.services import checkin, qr
from kpu_rakor.ui import settings
from kpu_rakor.ui.checkin import kiosk
from kpu_rakor.ui.checkin.desk_page import DeskPage

from ui_helpers import activate, quiet_desk


def scan_window(widget, code: str) -> None:
    win = widget.window().windowHandle()
    for ch in code:
        QTest.keyClick(win, ch, Qt.NoModifier, 0)
    QTest.keyClick(win, Qt.Key_Return, Qt.NoModifier, 0)


@pytest.fixture
def page(qtbot, rakor):
    return quiet_desk(qtbot)


def while_modal(action, seen: list) -> None:
    """Run `action(dialog)` on the modal dialog that the next call opens, then close it."""
    def run():
        w = QApplication.activeModalWidget()
        try:
            seen.append(action(w))
        finally:
            if w is not None and w.isVisible():
                w.reject()
    QTimer.singleShot(50, run)


def test_f7_names_the_person_in_its_title_and_chooses_no_status(qtbot, page, rakor, people_fixture):
    scan_window(page, qr.invitation_code(rakor.id, people_fixture[1].id))
    seen = []

    def look(dialog):
        checked = [s for s, r in dialog.radios.items() if r.isChecked()]
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)  # Simpan before choosing: a sentence, nothing saved
        return dialog.windowTitle(), checked, dialog.error_label.text(), dialog.isVisible()

    while_modal(look, seen)
    QTest.keyClick(page.window().windowHandle(), Qt.Key_F7)
    assert seen == [("Ubah status: Dr. H. Rochani, S.Pd., M.Si.", [],
                     "Pilih dulu statusnya: izin, sakit, dinas luar, atau diwakili.", True)]
    assert checkin.counts(rakor.id).present == 1 and checkin.counts(rakor.id).izin == 0


def test_f8_names_the_person_in_its_title(qtbot, page, rakor, people_fixture):
    scan_window(page, qr.invitation_code(rakor.id, people_fixture[2].id))
    seen = []
    while_modal(lambda d: d.windowTitle(), seen)
    QTest.keyClick(page.window().windowHandle(), Qt.Key_F8)
    assert seen == ["Batalkan kehadiran: Gogot Cahyo Baskoro"]


def test_signature_line_goes_when_the_pad_closes(qtbot, page, rakor, people_fixture):
    qtbot.mouseClick(page.sign_box, Qt.LeftButton)
    assert page.sign_box.isChecked()
    scan_window(page, qr.invitation_code(rakor.id, people_fixture[0].id))
    qtbot.waitUntil(lambda: page.actions.signature_open(), timeout=2000)
    pad = page.actions.signature
    scan_window(pad, qr.invitation_code(rakor.id, people_fixture[1].id))  # the next person, while the first signs
    assert page.result_panel.name.text().startswith("Dr. H. Rochani")
    assert "Tanda tangan: selesaikan dulu" in page.result_panel.note.text()
    qtbot.mouseClick(pad.skip_button, Qt.LeftButton)  # Lewati
    qtbot.waitUntil(lambda: not page.actions.signature_open(), timeout=2000)
    assert "selesaikan dulu" not in page.result_panel.note.text()
    assert page.result_panel.note.isHidden()
    assert page.result_panel.name.text().startswith("Dr. H. Rochani")  # the result itself stays


def test_kiosk_offers_to_set_a_pin_when_there_is_none(qtbot, page, rakor, message_log):
    assert not kiosk.has_pin()
    assert page.pin_button.text() == "Atur P&IN kiosk…"
    message_log.answer = False  # "Atur PIN sekarang?" — not now
    QTest.keyClick(page.window().windowHandle(), Qt.Key_F11)
    assert message_log.shown[-1][0] == "confirm" and "belum punya PIN" in message_log.shown[-1][1]
    assert page.kiosk is None and not kiosk.has_pin()
    message_log.answer = True
    seen = []

    def type_pin(dialog):
        for field in (dialog.pin, dialog.again):
            QTest.keyClicks(field, "2468", Qt.NoModifier, 10)
        title = dialog.windowTitle()
        QTest.keyClick(dialog.again, Qt.Key_Return)
        return title

    while_modal(type_pin, seen)
    QTest.keyClick(page.window().windowHandle(), Qt.Key_F11)
    assert seen == ["Atur PIN mode kiosk"]
    assert kiosk.has_pin() and kiosk.check_pin("2468")
    assert page.kiosk is not None and page.kiosk.isVisible()
    assert page.pin_button.text() == "Ganti P&IN kiosk…"
    page.kiosk.ask_pin()
    QTest.keyClicks(page.kiosk.pin_field, "2468", Qt.NoModifier, 10)
    QTest.keyClick(page.kiosk.pin_field, Qt.Key_Return)
    assert page.kiosk is None


def test_two_desk_windows_on_one_pc_get_two_names(qtbot, rakor, people_fixture, message_log):
    first = DeskPage()  # a window of its own, closed and deleted below (so not handed to qtbot)
    first.sounds.set_muted(True)
    activate(qtbot, first)
    second = quiet_desk(qtbot)
    assert (first.desk_edit.text(), second.desk_edit.text()) == ("Meja 1", "Meja 2")
    scan_window(second, qr.invitation_code(rakor.id, people_fixture[0].id))
    qtbot.waitUntil(lambda: len(first.recent_model.rows) == 1, timeout=3000)
    assert first.recent_model.rows[0].desk == "Meja 2"
    # Renaming the second to the first's name is refused, in a sentence.
    second.desk_edit.selectAll()
    QTest.keyClicks(second.desk_edit, "meja 1", Qt.NoModifier, 10)
    QTest.keyClick(second.desk_edit, Qt.Key_Return)
    assert second.desk_edit.text() == "Meja 2"
    assert "sedang dipakai jendela presensi lain" in message_log.shown[-1][1]
    second.desk_edit.selectAll()
    QTest.keyClicks(second.desk_edit, "Meja Tamu", Qt.NoModifier, 10)
    QTest.keyClick(second.desk_edit, Qt.Key_Return)
    assert second.desk_edit.text() == "Meja Tamu" and settings.DESK_NAME.get() == "Meja Tamu"
    # The first window closes: its name is free for the next one opened.
    names = first.desk_names
    first.close()
    first.deleteLater()
    qtbot.waitUntil(lambda: names.name is None, timeout=2000)
    settings.DESK_NAME.set("")
    third = quiet_desk(qtbot)
    assert third.desk_edit.text() == "Meja 1"


def test_no_audio_device_is_said_on_the_desk(qtbot, rakor, people_fixture, monkeypatch):
    fake_audio.use(monkeypatch, fake_audio.FakeMultimedia(devices=()))
    settings.DESK_MUTED.set(False)
    p = DeskPage()
    qtbot.addWidget(p)
    activate(qtbot, p)
    qtbot.waitUntil(lambda: not p.sounds.available, timeout=2000)  # found out when the page shows
    assert p.mute_box.text() == "Suara tidak tersedia"
    assert p.mute_box.isChecked() and not p.mute_box.isEnabled()
    assert p.sound_note.isVisible() and p.sound_note.text() == "(tidak ada perangkat suara di PC ini)"
    assert settings.DESK_MUTED.get() is False  # the user's choice, kept for the day a speaker is plugged in
    scan_window(p, qr.invitation_code(rakor.id, people_fixture[0].id))
    assert p.result_panel.name.text() == "Much. Amarodin"


def test_sounds_that_fail_to_load_are_said_on_the_desk(qtbot, rakor, people_fixture, monkeypatch):
    audio = fake_audio.use(monkeypatch, fake_audio.FakeMultimedia(fail_loading=True))
    settings.DESK_MUTED.set(False)
    p = DeskPage()
    qtbot.addWidget(p)
    activate(qtbot, p)
    # A device is there, but the effects fail to load (a format the device cannot play): said, once known.
    qtbot.waitUntil(lambda: not p.mute_box.isEnabled(), timeout=2000)
    assert p.mute_box.text() == "Suara tidak tersedia" and p.mute_box.isChecked()
    assert p.sound_note.text() == "(suara gagal diputar di PC ini)"
    scan_window(p, qr.invitation_code(rakor.id, people_fixture[0].id))
    assert audio.played == [] and p.result_panel.name.text() == "Much. Amarodin"
