"""The Notulen tab, driven like a note-taker in a meeting: type, never press save, sign off, revise."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time as clock
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from ui_helpers import activate

from kpu_rakor.domain import timefmt
from kpu_rakor.domain.models import utcnow
from kpu_rakor.domain.services import meetings, minutes
from kpu_rakor.ui.minutes import revisions_dialog
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor
from kpu_rakor.ui.minutes.minutes_signoff import SignoffActions

ON_DISK_MS = 1000  # the promise: every keystroke on disk within a second


@pytest.fixture
def meeting(people_fixture):
    amarodin, rochani, gogot = people_fixture
    m = meetings.create(title="Rakor Persiapan Pemilihan Serentak", date=date(2024, 9, 18), start_time=time(9, 0))
    items = meetings.set_agenda(m.id, [{"title": "Pembukaan"}, {"title": "Paparan tahapan pencalonan"},
                                       {"title": "Lain-lain"}])
    meetings.set_roles(m.id, [{"person_id": rochani.id, "role": "chair"},
                              {"person_id": gogot.id, "role": "speaker", "agenda_item_id": items[1].id,
                               "topic": "Tahapan pencalonan"},
                              {"person_id": amarodin.id, "role": "note_taker"}])
    meetings.invite(m.id, [p.id for p in people_fixture])
    return m


@pytest.fixture
def editor(qtbot, meeting):
    ed = MeetingEditor(meeting.id)
    qtbot.addWidget(ed)
    activate(qtbot, ed)
    ed.tabs.setCurrentWidget(ed.minutes)
    qtbot.waitUntil(lambda: bool(ed.minutes.blocks))
    return ed


def saved(meeting_id):
    return minutes.snapshot(meeting_id)


def test_typing_is_on_disk_within_a_second_without_saving(qtbot, editor, meeting):
    tab = editor.minutes
    first, second = tab.blocks[0], tab.blocks[1]
    assert [b.title for b in tab.blocks] == ["Pembukaan", "Paparan tahapan pencalonan", "Lain-lain"]
    first.discussion.setFocus()
    qtbot.keyClicks(first.discussion, "Ketua membuka rapat & menyapa peserta <daring>.")
    qtbot.keyClicks(second.decisions, "Jadwal verifikasi disusun")
    qtbot.keyClick(second.decisions, Qt.Key_Return)
    qtbot.keyClicks(second.decisions, "Helpdesk dibuka")
    typed = clock.monotonic()

    def on_disk():
        items = saved(meeting.id)["items"]
        return (items[0]["discussion"] == "Ketua membuka rapat & menyapa peserta <daring>."
                and items[1]["decisions"] == "Jadwal verifikasi disusun\nHelpdesk dibuka")
    qtbot.waitUntil(on_disk, timeout=ON_DISK_MS)
    assert clock.monotonic() - typed < 1.0
    assert tab.save_status.text().startswith("Tersimpan ")
    assert editor.isVisible()  # nothing closed the window, nobody pressed Simpan


def test_continuous_typing_is_saved_while_it_goes_on(qtbot, editor, meeting):
    """The save timer is not pushed back by each keystroke: a fast typist is saved during the typing."""
    edit = editor.minutes.blocks[0].discussion
    for n in range(16):
        qtbot.keyClicks(edit, "ab")
        qtbot.wait(100)
    assert len(saved(meeting.id)["items"][0]["discussion"]) >= 20  # saved while typing, at most ~0.5 s behind


def test_ctrl_t_inserts_the_time_now_in_the_meetings_zone(qtbot, editor, meeting):
    tab = editor.minutes
    before = timefmt.clock(timefmt.to_local(utcnow(), "WIB"))
    tab.opened_at.setFocus()
    qtbot.keyClick(tab.opened_at, Qt.Key_T, Qt.ControlModifier)
    after = timefmt.clock(timefmt.to_local(utcnow(), "WIB"))
    assert tab.opened_at.text() in (before, after)
    edit = tab.blocks[0].discussion
    edit.setFocus()
    qtbot.keyClicks(edit, "Dibuka pukul ")
    qtbot.keyClick(edit, Qt.Key_T, Qt.ControlModifier)
    assert edit.toPlainText() in (f"Dibuka pukul {before} WIB", f"Dibuka pukul {after} WIB")
    qtbot.waitUntil(lambda: saved(meeting.id)["opened_at"] is not None, timeout=ON_DISK_MS)
    stored = timefmt.to_local(datetime.fromisoformat(saved(meeting.id)["opened_at"]), "WIB")
    assert (stored.date(), timefmt.clock(stored)) == (date(2024, 9, 18), tab.opened_at.text())  # the meeting's day


def test_undo_and_redo_survive_the_autosave(qtbot, editor, meeting):
    edit = editor.minutes.blocks[1].discussion
    edit.setFocus()
    qtbot.keyClicks(edit, "Narasumber menjelaskan tahapan.")
    qtbot.waitUntil(lambda: saved(meeting.id)["items"][1]["discussion"] == "Narasumber menjelaskan tahapan.",
                    timeout=ON_DISK_MS)
    qtbot.keyClick(edit, Qt.Key_Z, Qt.ControlModifier)
    assert edit.toPlainText() == ""
    qtbot.waitUntil(lambda: saved(meeting.id)["items"][1]["discussion"] == "", timeout=ON_DISK_MS)
    qtbot.keyClick(edit, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert edit.toPlainText() == "Narasumber menjelaskan tahapan."
    qtbot.waitUntil(lambda: saved(meeting.id)["items"][1]["discussion"] == "Narasumber menjelaskan tahapan.",
                    timeout=ON_DISK_MS)


def test_keyboard_moves_between_items_and_adds_a_quote(qtbot, editor, meeting, people_fixture):
    tab = editor.minutes
    _, _, gogot = people_fixture
    tab.opening_text.setFocus()
    qtbot.keyClick(tab.opening_text, Qt.Key_Down, Qt.ControlModifier)
    qtbot.waitUntil(lambda: tab.blocks[0].discussion.hasFocus())
    qtbot.keyClick(tab.blocks[0].discussion, Qt.Key_Down, Qt.ControlModifier)
    assert tab.blocks[1].discussion.hasFocus()
    qtbot.keyClick(tab.blocks[1].discussion, Qt.Key_Up, Qt.ControlModifier)
    assert tab.blocks[0].discussion.hasFocus()
    qtbot.keyClick(tab.blocks[0].discussion, Qt.Key_Tab)
    assert tab.blocks[0].decisions.hasFocus()  # Tab moves on; it does not type a tab

    edit = tab.blocks[1].discussion
    edit.setFocus()
    qtbot.keyClicks(edit, "Ia berkata: Pencalonan harus terbuka.")
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, len("Pencalonan harus terbuka."))
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key_K, Qt.ControlModifier)
    assert len(tab.quotes.rows) == 1
    row = tab.quotes.rows[0]
    assert row.text.toPlainText() == "Pencalonan harus terbuka."
    assert edit.toPlainText().endswith("terbuka.")  # Ctrl+K did not delete to the end of the line
    assert row.person.hasFocus() or row.person.lineEdit().hasFocus()
    qtbot.keyClicks(row.person.lineEdit(), "Gogot Cahyo Baskoro")
    qtbot.keyClick(row.person.lineEdit(), Qt.Key_Tab)

    def quote_saved():
        quotes = saved(meeting.id)["quotes"]
        return quotes and quotes[0]["person_id"] == gogot.id and quotes[0]["text"] == "Pencalonan harus terbuka."
    qtbot.waitUntil(quote_saved, timeout=ON_DISK_MS)
    assert saved(meeting.id)["quotes"][0]["agenda_item_id"] == meetings.agenda(meeting.id)[1].id


def test_who_opened_it_is_typed_by_name(qtbot, editor, meeting, people_fixture):
    _, rochani, _ = people_fixture
    tab = editor.minutes
    tab.opened_by.setFocus()
    qtbot.keyClicks(tab.opened_by.lineEdit(), "Dr. H. Rochani, S.Pd., M.Si.")
    qtbot.waitUntil(lambda: saved(meeting.id)["opened_by"] == rochani.id, timeout=ON_DISK_MS)
    assert tab.save_status.text().startswith("Tersimpan")


def test_ctrl_s_and_esc_in_the_notulen_do_not_close_the_editor(qtbot, editor, meeting):
    edit = editor.minutes.closing_text
    edit.setFocus()
    qtbot.keyClicks(edit, "Rapat ditutup dengan doa.")
    qtbot.keyClick(edit, Qt.Key_S, Qt.ControlModifier)
    assert saved(meeting.id)["closing_text"] == "Rapat ditutup dengan doa."  # saved at once
    qtbot.keyClick(edit, Qt.Key_Escape)
    assert editor.isVisible()
    assert editor.status_line.text().startswith("Tersimpan")  # the window's one status line says it


def test_closing_the_editor_saves_what_was_just_typed(qtbot, editor, meeting):
    edit = editor.minutes.blocks[2].discussion
    qtbot.keyClicks(edit, "Tidak ada.")
    editor.close()  # at once: the 400 ms timer has not fired yet
    assert not editor.isVisible()
    assert saved(meeting.id)["items"][2]["discussion"] == "Tidak ada."


def test_sign_off_locks_and_a_change_with_a_reason_makes_a_readable_revision(qtbot, editor, meeting, monkeypatch,
                                                                             people_fixture):
    tab = editor.minutes
    _, rochani, _ = people_fixture
    qtbot.keyClicks(tab.blocks[0].discussion, "Dibuka oleh Ketua.")
    qtbot.mouseClick(tab.signoff.ready_button, Qt.LeftButton)
    assert minutes.status(meeting.id) == "ready"
    assert "Siap disetujui" in tab.signoff.status_label.text()
    offered = []

    def pick(self, choices, default):
        offered.append((choices, default))
        return default
    monkeypatch.setattr(SignoffActions, "pick_approver", pick)
    qtbot.mouseClick(tab.signoff.approve_button, Qt.LeftButton)
    assert offered[0][1] == rochani.id and rochani.id in [pid for pid, _ in offered[0][0]]
    assert minutes.is_locked(meeting.id)
    assert tab.signoff.banner.isVisible()
    assert "Notulen disetujui dan terkunci" in tab.signoff.banner_label.text()
    assert "Disetujui oleh Dr. H. Rochani, S.Pd., M.Si. pada " in tab.signoff.status_label.text()
    assert tab.blocks[0].discussion.isReadOnly() and tab.opening_text.isReadOnly()
    qtbot.keyClicks(tab.blocks[0].discussion, "diam-diam")
    assert tab.blocks[0].discussion.toPlainText() == "Dibuka oleh Ketua."

    monkeypatch.setattr(SignoffActions, "ask_reason", lambda self: "Jam pembukaan belum dicatat")
    qtbot.mouseClick(tab.signoff.revise_button, Qt.LeftButton)
    assert not tab.blocks[0].discussion.isReadOnly()
    assert "Jam pembukaan belum dicatat" in tab.signoff.banner_label.text()
    assert minutes.is_locked(meeting.id)  # nothing changed yet
    edit = tab.blocks[0].discussion
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Pukul 09.05 WIB.")
    qtbot.waitUntil(lambda: saved(meeting.id)["revision"] == 2, timeout=ON_DISK_MS)
    snap = saved(meeting.id)
    assert snap["status"] == "draft" and snap["items"][0]["discussion"] == "Dibuka oleh Ketua. Pukul 09.05 WIB."
    assert [(r.revision, r.reason) for r in minutes.revisions(meeting.id)] == [(1, "Jam pembukaan belum dicatat")]
    qtbot.waitUntil(lambda: not tab.signoff.banner.isVisible())
    assert "revisi ke-2" in tab.signoff.status_label.text()
    assert tab.signoff.history_button.isEnabled()

    shown = []

    def read(dialog):
        shown.append((dialog.model.rowCount(), dialog.reason.text(), dialog.text.toPlainText()))
        return QDialog.Rejected
    monkeypatch.setattr(revisions_dialog.RevisionsDialog, "exec", read)
    qtbot.mouseClick(tab.signoff.history_button, Qt.LeftButton)
    rows, reason, text = shown[0]
    assert rows == 1 and "Jam pembukaan belum dicatat" in reason
    assert "1. Pembukaan\nPembahasan:\nDibuka oleh Ketua.\n" in text  # as approved, before the change
    assert "Disetujui oleh Dr. H. Rochani" in text


def test_approved_minutes_open_locked_and_quiet(qtbot, meeting, people_fixture):
    """Opening approved minutes saves nothing and says nothing: filling the fields is not typing."""
    _, rochani, _ = people_fixture
    minutes.save(meeting.id, {"opened_by": rochani.id, "opened_at": "2024-09-18T02:05:00",
                              "quotes": [{"person_id": rochani.id, "text": "Jaga netralitas."}]})
    minutes.mark_ready(meeting.id)
    minutes.approve(meeting.id, rochani.id)
    ed = MeetingEditor(meeting.id)
    qtbot.addWidget(ed)
    activate(qtbot, ed)
    ed.tabs.setCurrentWidget(ed.minutes)
    tab = ed.minutes
    assert tab.opened_at.text() == "09.05" and tab.opened_at.isReadOnly()
    assert not tab.autosaver.pending()
    qtbot.wait(600)
    assert tab.save_status.text() == "Tersimpan otomatis saat diketik" and not tab.autosaver.error
    assert minutes.revisions(meeting.id) == []
    tab.signoff_actions.ask_reason = lambda: "Salah ketik"
    qtbot.mouseClick(tab.signoff.revise_button, Qt.LeftButton)
    assert "Salah ketik" in tab.signoff.banner_label.text() and tab.signoff.cancel_revise_button.isVisible()
    qtbot.mouseClick(tab.signoff.cancel_revise_button, Qt.LeftButton)  # nothing typed: locked again
    assert tab.opened_at.isReadOnly() and minutes.is_locked(meeting.id) and minutes.revisions(meeting.id) == []


def test_approval_by_someone_not_allowed_is_a_sentence(qtbot, editor, meeting, monkeypatch, message_log,
                                                       people_fixture):
    amarodin, _, _ = people_fixture
    minutes.mark_ready(meeting.id)
    editor.minutes.refresh_status()
    monkeypatch.setattr(SignoffActions, "pick_approver", lambda self, choices, default: amarodin.id)
    qtbot.mouseClick(editor.minutes.signoff.approve_button, Qt.LeftButton)
    assert message_log.shown and "tidak berwenang" in message_log.shown[-1][1]
    assert not minutes.is_locked(meeting.id)


def test_approved_elsewhere_meanwhile_keeps_the_text_and_says_why(qtbot, editor, meeting, monkeypatch,
                                                                  people_fixture):
    tab = editor.minutes
    _, rochani, _ = people_fixture
    edit = tab.blocks[1].discussion
    qtbot.keyClicks(edit, "Narasumber menjelaskan")
    qtbot.waitUntil(lambda: saved(meeting.id)["items"][1]["discussion"] == "Narasumber menjelaskan",
                    timeout=ON_DISK_MS)
    minutes.mark_ready(meeting.id)  # on the chair's PC, behind this tab's back
    minutes.approve(meeting.id, rochani.id)
    qtbot.keyClicks(edit, " tahapan pencalonan.")
    qtbot.waitUntil(lambda: "terkunci" in tab.save_status.text(), timeout=ON_DISK_MS)
    assert "belum tersimpan" in tab.save_status.text()
    assert edit.toPlainText() == "Narasumber menjelaskan tahapan pencalonan."  # still on screen
    assert saved(meeting.id)["items"][1]["discussion"] == "Narasumber menjelaskan"
    assert edit.isReadOnly() and tab.signoff.banner.isVisible()
    # Unlocking with a reason saves what was typed, as a new revision.
    monkeypatch.setattr(SignoffActions, "ask_reason", lambda self: "Tambahan dari notulis")
    qtbot.mouseClick(tab.signoff.revise_button, Qt.LeftButton)
    snap = saved(meeting.id)
    assert snap["items"][1]["discussion"] == "Narasumber menjelaskan tahapan pencalonan."
    assert snap["revision"] == 2 and tab.save_status.text().startswith("Tersimpan")


def test_a_closing_time_before_the_opening_is_a_sentence_and_the_rest_is_saved(qtbot, editor, meeting):
    tab = editor.minutes
    qtbot.keyClicks(tab.opened_at, "10.00")
    qtbot.keyClicks(tab.closed_at, "09.00")
    qtbot.keyClicks(tab.closing_text, "Ditutup.")
    qtbot.waitUntil(lambda: "lebih awal" in tab.save_status.text(), timeout=ON_DISK_MS)
    assert saved(meeting.id)["closing_text"] == "Ditutup."
    tab.closed_at.clear()
    qtbot.keyClicks(tab.closed_at, "12.15")
    qtbot.waitUntil(lambda: saved(meeting.id)["closed_at"] == "2024-09-18T05:15:00", timeout=ON_DISK_MS)
    assert tab.save_status.text().startswith("Tersimpan")
    tab.opened_at.clear()
    qtbot.keyClicks(tab.opened_at, "jam 9")
    tab.opened_at.editingFinished.emit()
    qtbot.waitUntil(lambda: "bukan jam" in tab.save_status.text(), timeout=ON_DISK_MS)


def test_a_new_meeting_takes_notulen_at_once(qtbot, office):
    ed = MeetingEditor()  # made when its window opens (issue 13): nothing to save first
    qtbot.addWidget(ed)
    activate(qtbot, ed)
    ed.tabs.setCurrentWidget(ed.minutes)
    assert not ed.minutes.unsaved_hint.isVisible() and ed.minutes.body.isVisible()
    ed.close()  # nothing typed, nothing to save: closes without a question
    assert not ed.isVisible()


KILLED_CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from kpu_rakor.domain import db
    from kpu_rakor.ui.minutes.minutes_tab import MinutesTab
    from kpu_rakor.ui.none_refcount import protect_none

    protect_none()
    db.open_database(sys.argv[1])
    app = QApplication([])
    tab = MinutesTab()
    tab.set_meeting(int(sys.argv[2]))
    tab.resize(1000, 660)
    tab.show()
    app.processEvents()

    def type_it():
        QTest.keyClicks(tab.blocks[0].discussion, "Ketik tanpa simpan, lalu listrik padam.")
        print("typed", flush=True)
    QTimer.singleShot(0, type_it)
    app.exec()
""")


def test_a_killed_app_loses_at_most_the_last_second(meeting, sqlite_db):
    """The app is killed (SIGKILL: no clean-up at all) 1.2 s after the typing; the text is in the database."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", KILLED_CHILD, sqlite_db, str(meeting.id)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline()
        assert line.strip() == "typed", child.stderr.read()
        clock.sleep(1.2)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert saved(meeting.id)["items"][0]["discussion"] == "Ketik tanpa simpan, lalu listrik padam."


def test_people_to_name_are_the_roles_then_the_invitees(editor):
    tab = editor.minutes
    names = [tab.opened_by.itemText(i) for i in range(tab.opened_by.count())]
    assert names == ["", "Dr. H. Rochani, S.Pd., M.Si. — Pimpinan rapat",
                     "Gogot Cahyo Baskoro — Narasumber", "Much. Amarodin — Notulis"]
    texts = [label.text() for label in tab.blocks[1].findChildren(QLabel)]
    assert "Narasumber: Gogot Cahyo Baskoro (Tahapan pencalonan)" in texts


def test_settings_page_lists_who_else_may_approve(qtbot, meeting, people_fixture, monkeypatch):
    from kpu_rakor.ui.preferences.approvers_box import ApproversBox
    from kpu_rakor.ui.preferences.settings_page import SettingsPage

    amarodin, _, gogot = people_fixture
    page = SettingsPage()
    qtbot.addWidget(page)
    box = page.approvers_box
    picks = iter([amarodin.id, gogot.id])
    monkeypatch.setattr(ApproversBox, "pick_person", lambda self: next(picks))
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert minutes.office_approvers() == [amarodin.id, gogot.id]
    assert box.model.item(0).text().startswith("Much. Amarodin — Kasubag Teknis dan Hupmas")
    assert amarodin.id in minutes.approvers(meeting.id)  # the note-taker may now approve
    box.view.setCurrentIndex(box.model.index(0, 0))
    qtbot.mouseClick(box.remove_button, Qt.LeftButton)
    assert minutes.office_approvers() == [gogot.id]
    assert box.status.text() == "Penyetuju dihapus dari daftar."
