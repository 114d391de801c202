"""Presensi lewat HP from the Kehadiran tab: a real sign-in server on 127.0.0.1, its QR, the live count, and
every way of closing that must leave no socket listening."""
from __future__ import annotations

import http.client
import io
import re
import socket
from urllib.parse import urlencode, urlsplit

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtWidgets import QApplication

from kpu_rakor.domain.models import Attendance
from kpu_rakor.domain.services import attendance_review
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor
from kpu_rakor.ui.attendance.phone_signin_dialog import PhoneSigninDialog


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(url: str, method: str = "GET", body: str | None = None) -> tuple[int, str]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
        conn.request(method, parts.path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        conn.close()


def sign_in_over_http(url: str, name: str) -> str:
    status, page = request(url)
    assert status == 200
    nonce = re.search(r'name="nonce" value="([^"]+)"', page).group(1)
    status, answer = request(url, "POST", urlencode({"nonce": nonce, "name": name, "satker": "", "position": "",
                                                     "phone": "", "signature": ""}))
    assert status == 200, answer
    return answer


def assert_refused(url: str) -> None:
    with pytest.raises(ConnectionRefusedError):
        request(url)


def open_dialog(qtbot, meeting_id) -> PhoneSigninDialog:
    dialog = PhoneSigninDialog(meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
    dialog.port.setValue(free_port())
    return dialog


def decode_shown_qr(dialog) -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    dialog.qr_view.grab().toImage().save(buffer, "PNG")
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert found, "the QR on screen must scan"
    return found[0].text


def test_open_scan_sign_in_count_and_close(qtbot, rakor, people_fixture, message_log):
    dialog = open_dialog(qtbot, rakor.id)
    assert dialog.address.itemData(dialog.address.count() - 1) == "127.0.0.1"  # loopback last
    assert not dialog.close_button.isEnabled()
    changes = []
    dialog.sign_ins_changed.connect(changes.append)

    qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
    assert dialog.running and message_log.shown == []
    url = dialog.server.url
    assert url.startswith(f"HTTP://127.0.0.1:{dialog.port.value()}/M/") and url == url.upper()
    assert dialog.url_label.text() == url
    assert decode_shown_qr(dialog) == url
    assert dialog.qr_view.width() >= 400  # readable from a few metres
    assert not dialog.open_button.isEnabled() and dialog.close_button.isEnabled()

    status, page = request(url)
    assert status == 200 and "Rakor Persiapan Pilkada" in page and 'name="nonce"' in page
    assert "Terima kasih, Rina Wati" in sign_in_over_http(url, "Rina Wati")
    qtbot.waitUntil(lambda: dialog.count_label.text() == "1 orang", timeout=3000)
    assert changes == [1]
    assert attendance_review.review_count(rakor.id) == 1  # a guest: for the Kasubag to review

    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    assert not dialog.running
    assert_refused(url)
    assert dialog.count_label.text() == "1 orang"  # what happened stays readable
    assert "ditutup" in dialog.state_label.text() and dialog.open_button.isEnabled()
    assert dialog.qr_view.image is None and dialog.url_label.text() == ""

    # Opened again: a new address (new token), the old one stays dead.
    qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
    again = dialog.server.url
    assert again != url and request(again)[0] == 200
    if urlsplit(again).port == urlsplit(url).port:
        assert request(url)[0] == 404
    else:
        assert_refused(url)
    dialog.close()
    assert not dialog.running
    assert_refused(again)


def test_escape_closes_and_stops(qtbot, rakor, people_fixture):
    dialog = open_dialog(qtbot, rakor.id)
    dialog.open_signin()
    url = dialog.server.url
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible() and not dialog.running
    assert_refused(url)


def test_a_port_in_use_moves_on_and_a_foreign_address_is_a_sentence(qtbot, rakor, people_fixture, message_log):
    dialog = open_dialog(qtbot, rakor.id)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        dialog.port.setValue(busy.getsockname()[1])
        dialog.open_signin()
        assert dialog.running and dialog.server.port != busy.getsockname()[1]
    dialog.stop_server()
    dialog.address.addItem("192.0.2.77", "192.0.2.77")  # TEST-NET: never this PC's
    dialog.address.setCurrentIndex(dialog.address.count() - 1)
    dialog.open_signin()
    assert not dialog.running
    assert message_log.shown[-1][0] == "error" and "192.0.2.77 bukan milik PC ini" in message_log.shown[-1][1]
    dialog.close()


def test_closing_the_meeting_editor_asks_then_stops_the_server(qtbot, rakor, people_fixture, message_log):
    editor = MeetingEditor(rakor.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.attendance)
    tab = editor.attendance
    qtbot.mouseClick(tab.phone_button, Qt.LeftButton)
    dialog = tab.phone_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
    dialog.port.setValue(free_port())
    dialog.open_signin()
    url = dialog.server.url
    assert tab.phone_signin_running()
    sign_in_over_http(url, "Much. Amarodin")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=4000)  # the tab follows by itself

    message_log.answer = False  # "keep it open"
    editor.close()
    assert editor.isVisible() and dialog.running
    assert "Presensi lewat HP masih dibuka" in message_log.shown[-1][1]

    message_log.answer = True
    editor.close()
    assert not editor.isVisible()
    assert_refused(url)
    assert Attendance.select().count() == 1


def test_quitting_the_app_stops_the_server(qtbot, rakor, people_fixture):
    dialog = open_dialog(qtbot, rakor.id)
    dialog.open_signin()
    url = dialog.server.url
    QApplication.instance().aboutToQuit.emit()
    assert not dialog.running
    assert_refused(url)
    dialog.close()
