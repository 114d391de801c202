"""From the Undangan tab of a saved meeting: copy a person's WhatsApp invitation, save their QR as PNG."""
from __future__ import annotations

from datetime import date, time

import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from kpu_rakor.domain.services import checkin, meetings
from kpu_rakor.ui import file_dialogs
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor


def _editor(qtbot, people_fixture):
    m = meetings.create(title="Rakor Bakohumas", date=date(2026, 12, 2), start_time=time(9, 0),
                        venue="Aula KPU Kabupaten Tulungagung")
    meetings.invite(m.id, [p.id for p in people_fixture])
    editor = MeetingEditor(m.id)
    qtbot.addWidget(editor)
    tab = editor.invitees
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    return m, tab


def test_whatsapp_text_is_copied_for_the_selected_invitee(qtbot, people_fixture, message_log):
    m, tab = _editor(qtbot, people_fixture)
    assert tab.whatsapp_button.isEnabled()
    tab.whatsapp_button.click()
    text = QGuiApplication.clipboard().text()
    pid = tab.model.index(0, 0).data(0x0100)
    name = next(p.name for p in people_fixture if p.id == pid)
    assert name in text and "Rakor Bakohumas" in text and "Rabu, 02 Desember 2026" in text
    assert message_log.shown[-1][0] == "info" and "disalin" in message_log.shown[-1][1]


def test_saved_png_decodes_to_a_code_that_checks_the_person_in(qtbot, people_fixture, tmp_path, monkeypatch):
    m, tab = _editor(qtbot, people_fixture)
    target = tmp_path / "kode"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(target))  # the dialog would block
    tab.png_button.click()
    code = zxingcpp.read_barcodes(Image.open(str(target) + ".png"))[0].text
    r = checkin.check_in_code(m.id, code)
    assert r.result == "checked_in" and r.person_id == tab.model.index(0, 0).data(0x0100)


def test_codes_of_someone_just_invited_work_at_once(qtbot, people_fixture, message_log):
    # No Simpan first (issue 13): the WhatsApp text is made right after inviting, the invitation stored first.
    editor = MeetingEditor(None)
    qtbot.addWidget(editor)
    editor.invitees.add([people_fixture[0].id])
    editor.invitees.view.setCurrentIndex(editor.invitees.model.index(0, 0))
    assert editor.invitees.whatsapp_button.isEnabled() and editor.invitees.badges_button.isEnabled()
    qtbot.mouseClick(editor.invitees.whatsapp_button, Qt.LeftButton)
    assert message_log.shown[-1][0] == "info" and "sudah disalin" in message_log.shown[-1][1]
