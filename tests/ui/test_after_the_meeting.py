"""The whole evening in Word, done in the app: write the minutes of two agenda items, add a follow-up, sign
off, and preview the notulen, driven like a user through the meeting window (issue 4's "done means")."""
from __future__ import annotations

from datetime import date, time

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import activate

from kpu_rakor.domain.services import followups, meetings, minutes
from kpu_rakor.ui import pdf_preview
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor
from kpu_rakor.ui.minutes.minutes_signoff import SignoffActions


def test_minutes_follow_up_sign_off_and_preview(qtbot, people_fixture, tmp_path, monkeypatch):
    amarodin, rochani, gogot = people_fixture
    m = meetings.create(title="Rakor Bakohumas & Media <Sosial>", date=date(2021, 4, 7), start_time=time(9, 0),
                        chair_id=rochani.id, note_taker_id=amarodin.id, venue="Aula KPU Kabupaten Tulungagung")
    meetings.set_agenda(m.id, [{"title": "Pembukaan"}, {"title": "Optimalisasi media sosial"}])
    meetings.invite(m.id, [p.id for p in people_fixture])
    editor = MeetingEditor(m.id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)

    # Minutes for two agenda items, typed, never saved by hand.
    editor.tabs.setCurrentWidget(editor.minutes)
    qtbot.waitUntil(lambda: len(editor.minutes.blocks) == 2)
    first, second = editor.minutes.blocks
    qtbot.keyClicks(first.discussion, "Ketua membuka rapat dan menekankan netralitas.")
    qtbot.keyClicks(second.discussion, "Narasumber memaparkan data kunjungan akun resmi.")
    qtbot.keyClicks(second.decisions, "Unggah konten setiap hari kerja")
    qtbot.waitUntil(lambda: minutes.snapshot(m.id)["items"][1]["decisions"] == "Unggah konten setiap hari kerja",
                    timeout=1000)

    # A follow-up, by keyboard.
    editor.tabs.setCurrentWidget(editor.followups)
    editor.followups.view.setFocus()
    qtbot.keyClick(editor.followups.view, Qt.Key_N, Qt.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "Menyusun jadwal unggahan mingguan")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: [f.description for f in followups.for_meeting(m.id)]
                    == ["Menyusun jadwal unggahan mingguan"])

    # Sign-off: the note-taker marks it ready, the chair approves; it locks.
    editor.tabs.setCurrentWidget(editor.minutes)
    monkeypatch.setattr(SignoffActions, "pick_approver", lambda self, choices, default: rochani.id)
    qtbot.mouseClick(editor.minutes.signoff.ready_button, Qt.LeftButton)
    qtbot.mouseClick(editor.minutes.signoff.approve_button, Qt.LeftButton)
    assert minutes.is_locked(m.id) and first.discussion.isReadOnly()

    # Preview the notulen: rendered off the GUI thread, shown, and it says what was typed and approved.
    pdf_preview.remember_folder(tmp_path)
    editor.tabs.setCurrentWidget(editor.documents)
    with qtbot.waitSignal(editor.documents.preview_opened, timeout=60_000) as opened:
        assert editor.documents.render("notulen") is not None
    preview = opened.args[0]
    qtbot.addWidget(preview)
    assert preview.page_text() == f"Halaman 1 dari {preview.page_total}"
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(preview.path)).pages)
    for fact in ("NOTULEN RAPAT", "Rakor Bakohumas & Media <Sosial>", "Rabu, 07 April 2021",
                 "Ketua membuka rapat dan menekankan netralitas.", "Unggah konten setiap hari kerja",
                 "Disetujui", rochani.name, amarodin.name):
        assert fact in text, fact
    assert "DRAF" not in text
