"""The desk under the door's real conditions: scans while a dialog is open, signatures in a queue, the kiosk,
leaving the page with the camera on, meetings edited elsewhere, and a search box holding text.

Keys go through the window handle, the way the OS delivers a USB scanner's keys (not straight to a widget)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

from kpu_rakor.domain.models import Person, utcnow
from kpu_rakor.domain.services import checkin, meetings, qr
from kpu_rakor.domain.services import desk as desk_service
from kpu_rakor.domain.timefmt import to_local
from kpu_rakor.ui.checkin import kiosk
from kpu_rakor.ui.checkin.desk_page import DeskPage
from kpu_rakor.ui.checkin.result_panel import GREEN

from ui_helpers import activate, meeting_starting_now, quiet_desk


@pytest.fixture
def page(qtbot, rakor):
    return quiet_desk(qtbot, 1200, 700)


@pytest.fixture
def stack(qtbot, rakor):
    """The desk as one page among others, as in the main window."""
    s = QStackedWidget()
    qtbot.addWidget(s)
    p = DeskPage()
    p.sounds.set_muted(True)
    s.desk, s.other = p, QLabel("Rapat")
    s.addWidget(p)
    s.addWidget(s.other)
    s.resize(1200, 700)
    activate(qtbot, s)
    return s


def scan_window(widget, code: str) -> None:
    """A scanner burst through the window handle of `widget`'s window, as the OS delivers it."""
    win = widget.window().windowHandle()
    for ch in code:
        QTest.keyClick(win, ch, Qt.NoModifier, 0)
    QTest.keyClick(win, Qt.Key_Return, Qt.NoModifier, 0)


def pump(ms: int) -> None:
    QTest.qWait(ms)


def _activate_modal():
    w = QApplication.activeModalWidget()
    assert w is not None
    w.activateWindow()
    w.windowHandle().requestActivate()
    pump(50)
    return w


def _close_modals_later(ms=4000):
    """Guard against a dialog run with exec() that the test never reaches (the defect this file tests)."""
    def close():
        w = QApplication.activeModalWidget()
        while w is not None:
            w.reject()
            w = QApplication.activeModalWidget() if QApplication.activeModalWidget() is not w else None
    QTimer.singleShot(ms, close)


# --- 1. a scan while a dialog is open ---------------------------------------------------------------------------

def test_scan_in_the_undo_dialog_checks_in_and_undoes_nothing(qtbot, page, rakor, people_fixture):
    checkin.check_in_person(rakor.id, people_fixture[0].id, desk="Meja 1")
    page.reload()
    page._select(people_fixture[0].id)
    seen = []

    def during():
        w = _activate_modal()
        scan_window(w, qr.invitation_code(rakor.id, people_fixture[1].id))
        pump(50)
        seen.append((type(w).__name__, w.isVisible()))
        w.reject()

    QTimer.singleShot(100, during)
    page.actions.undo()
    assert seen == [("UndoDialog", True)]  # the scanner's Enter did not press "Batalkan"
    present = {r.person_id for r in desk_service.recent(rakor.id)}
    assert present == {people_fixture[0].id, people_fixture[1].id}
    assert page.result_panel.state == GREEN and page.result_panel.name.text().startswith("Dr. H. Rochani")


def test_scan_in_the_walk_in_dialog_makes_no_guest_and_slow_typing_still_types(qtbot, page, rakor, people_fixture):
    seen = []

    def during():
        w = _activate_modal()
        scan_window(w, qr.invitation_code(rakor.id, people_fixture[2].id))
        pump(50)
        seen.append(("after scan", w.isVisible(), w.name.text()))
        w.name.setFocus()
        for ch in "Budi":
            QTest.keyClick(w.windowHandle(), ch, Qt.NoModifier, 70)
        seen.append(("typed", w.name.text()))
        w.reject()

    QTimer.singleShot(100, during)
    page.actions.walk_in()
    assert seen == [("after scan", True, ""), ("typed", "Budi")]
    assert not list(Person.select().where(Person.is_guest == True))  # noqa: E712
    assert checkin.counts(rakor.id).hadir == 1
    assert page.result_panel.name.text() == "Gogot Cahyo Baskoro"


# --- 2. signatures do not stop the queue ------------------------------------------------------------------------

def test_signature_pad_does_not_block_the_queue_and_never_opens_twice(qtbot, page, rakor, people_fixture):
    from kpu_rakor.ui.checkin.signature_dialog import SignatureDialog
    page.sign_box.setChecked(True)
    _close_modals_later()
    scan_window(page, qr.invitation_code(rakor.id, people_fixture[0].id))
    qtbot.waitUntil(lambda: any(w.isVisible() for w in QApplication.topLevelWidgets()
                                if isinstance(w, SignatureDialog)), timeout=2000)
    pad = page.actions.signature
    assert pad.person_id == people_fixture[0].id
    pad.activateWindow()
    pad.windowHandle().requestActivate()
    pump(50)
    # The next person scans while the first still signs: a scan, not an Enter on the pad's Simpan.
    scan_window(pad, qr.invitation_code(rakor.id, people_fixture[1].id))
    # …and a webcam read comes in meanwhile.
    page.handle_code(qr.invitation_code(rakor.id, people_fixture[2].id))
    pump(100)
    assert checkin.counts(rakor.id).hadir == 3
    pads = [w for w in QApplication.topLevelWidgets() if isinstance(w, SignatureDialog) and w.isVisible()]
    assert pads == [pad] and pad.error_label.text() == ""
    assert "selesaikan dulu" in page.result_panel.note.text()
    pad.reject()
    pump(50)
    assert not page.actions.signature_open()
    checkin.undo(rakor.id, people_fixture[1].id, "uji")
    scan_window(page, qr.invitation_code(rakor.id, people_fixture[1].id))
    qtbot.waitUntil(lambda: page.actions.signature_open(), timeout=2000)
    assert page.actions.signature.person_id == people_fixture[1].id
    page.actions.signature.reject()


# --- 3. kiosk ------------------------------------------------------------------------------------------------

def test_kiosk_hides_the_main_window_until_the_pin(qtbot, stack, rakor, people_fixture):
    page = stack.desk
    kiosk.set_pin("2468")
    page.kiosk_mode.enter()
    win = page.kiosk
    qtbot.waitUntil(lambda: win.isVisible())
    assert not stack.isVisible()  # not reachable without the PIN
    stack.setCurrentWidget(stack.other)  # even if the page changed somehow, the kiosk keeps scanning
    activate(qtbot, win)
    scan_window(win, qr.invitation_code(rakor.id, people_fixture[0].id))
    assert win.result_panel.state == GREEN and win.result_panel.name.text() == "Much. Amarodin"
    stack.setCurrentWidget(page)
    win.ask_pin()
    QTest.keyClicks(win.pin_field, "2468", Qt.NoModifier, 60)
    QTest.keyClick(win.pin_field, Qt.Key_Return)
    assert page.kiosk is None
    assert stack.isVisible() and page.isVisible()


# --- 4. the camera stops off the page --------------------------------------------------------------------------

def test_camera_stops_when_the_page_is_left_and_starts_again_on_return(qtbot, stack, monkeypatch):
    page = stack.desk
    page.webcam.toggle()
    calls = []
    monkeypatch.setattr(page.webcam.panel, "start", lambda: calls.append("start"))
    monkeypatch.setattr(page.webcam.panel, "stop", lambda: calls.append("stop"))
    stack.setCurrentWidget(stack.other)
    assert calls == ["stop"]
    stack.setCurrentWidget(page)
    assert calls == ["stop", "start"]
    page.webcam.toggle()  # switched off by the desk: leaving and coming back leaves it off
    calls.clear()
    stack.setCurrentWidget(stack.other)
    stack.setCurrentWidget(page)
    assert calls == []


# --- 5. meeting edits made elsewhere ------------------------------------------------------------------------------

def test_meeting_edited_on_another_page_reaches_the_desk(qtbot, stack, rakor, people_fixture):
    page = stack.desk
    assert "1440 menit" in page.late_label.text()
    stack.setCurrentWidget(stack.other)
    early = to_local(utcnow(), "WIB") - timedelta(hours=2)
    meetings.update(rakor.id, date=early.date(), start_time=early.time().replace(second=0, microsecond=0),
                    late_threshold_minutes=15)
    stack.setCurrentWidget(page)
    assert "15 menit" in page.late_label.text()
    scan_window(page, qr.invitation_code(rakor.id, people_fixture[0].id))
    assert page.result_panel.state == GREEN
    assert "terlambat 1" in page.result_panel.line.text()  # about 120 minutes late
    assert checkin.counts(rakor.id).terlambat == 1


def test_late_text_uses_the_services_threshold(qtbot, people_fixture):
    from kpu_rakor.domain.services import installation
    m = meeting_starting_now("Rapat tanpa batas sendiri", late_threshold=None)
    p = DeskPage()
    qtbot.addWidget(p)
    p.meeting_picker.setCurrentIndex(p.meeting_picker.ids.index(m.id))
    expected = checkin.late_threshold(p.meeting)
    assert expected == installation.profile().late_threshold_minutes
    assert f"{expected} menit" in p.late_label.text()


# --- 6. a scan while the search box holds text ---------------------------------------------------------------------

def test_scan_with_text_in_the_search_box_keeps_the_scanned_person_selected(qtbot, page, rakor, people_fixture):
    box = page.name_search.box
    box.setFocus()
    pump(50)
    for ch in "gogot":
        QTest.keyClick(page.windowHandle(), ch, Qt.NoModifier, 90)
    qtbot.waitUntil(lambda: page.selected_person_id == people_fixture[2].id, timeout=2000)
    scan_window(page, qr.invitation_code(rakor.id, people_fixture[0].id))
    assert box.text() == "gogot"
    assert page.result_panel.name.text() == "Much. Amarodin"
    pump(600)  # longer than the search box's pause
    assert page.selected_person_id == people_fixture[0].id
    QTest.keyClick(box, Qt.Key_Backspace)  # the search still works for the person at the desk
    qtbot.waitUntil(lambda: page.selected_person_id == people_fixture[2].id, timeout=2000)
