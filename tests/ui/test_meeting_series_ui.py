"""Meetings from earlier meetings on screen (issue 11): Salin on the Rapat list opens the new meeting, the
agenda template on the Agenda tab, Tandai kehadiran kita on the Kehadiran tab, the status by the clock."""
from __future__ import annotations

import os
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from kpu_rakor.domain.models import Attendance, Meeting
from kpu_rakor.domain.services import agenda_templates, meetings
from kpu_rakor.domain.timefmt import to_local
from kpu_rakor.ui.attendance import mark_present_dialog
from kpu_rakor.ui.attendance.mark_present_dialog import MarkPresentDialog
from kpu_rakor.ui.meeting import windows
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor
from kpu_rakor.ui.meetings import copy_dialog
from kpu_rakor.ui.meetings.meetings_page import MeetingsPage

SHOTS = os.environ.get("KPU_RAKOR_SHOTS")  # a folder: the screens are saved there as PNG at 1366×768


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.show()  # as exec() would: a shown dialog lays its wrapped sentences out
        QApplication.processEvents()
        if not isinstance(widget, QDialog) or isinstance(widget, MeetingEditor):
            widget.resize(1366, 768)  # pages and the editor at the size of the offices' screens
        widget.grab().save(os.path.join(SHOTS, f"series-{name}.png"))


@pytest.fixture
def rakor(people_fixture):
    amarodin, rochani, gogot = people_fixture
    m = meetings.create(title="Rakor Bakohumas", kind="rakor", date=date(2021, 4, 7), start_time=time(9, 0),
                        end_time=time(12, 0), venue="Aula KPU Kabupaten Tulungagung",
                        invitation_number="045/PP.08-Und/3504/2021")
    meetings.set_agenda(m.id, [{"title": "Pembukaan", "start_time": time(9, 0), "end_time": time(9, 15)}])
    meetings.invite(m.id, [amarodin.id, rochani.id])
    return m


def test_duplicate_from_the_list_opens_the_new_meeting(qtbot, rakor, monkeypatch):
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert not page.copy_actions.button.isEnabled()  # nothing chosen yet
    page.select_meeting(rakor.id)
    assert page.copy_actions.button.isEnabled()
    page.content_button.setChecked(True)  # the content search's hits are not meetings to copy
    assert not page.copy_actions.button.isEnabled()
    page.content_button.setChecked(False)
    page.select_meeting(rakor.id)
    assert page.copy_actions.button.isEnabled()
    # April 2021 is over: the list says so, whatever was stored.
    assert page.model.data(page.model.index(0, 7)) == "Selesai"
    _shot(page, "page-rapat")

    asked = []

    def answer(dialog):
        asked.append(dialog)
        _shot(dialog, "duplicate-dialog")
        assert dialog.windowTitle() == "Duplikat rapat"
        dialog.date.setDate(QDate(2021, 5, 7))
        dialog.time.setTime(QTime(13, 30))
        dialog.make()
        return dialog.result()

    monkeypatch.setattr(copy_dialog.CopyMeetingDialog, "exec", answer)
    page.copy_actions.duplicate_action.trigger()
    new = Meeting.get(Meeting.id != rakor.id)
    editor = windows.window_for(new.id)  # opened in its own window
    assert editor is not None and editor.form.title.text() == "Rakor Bakohumas"
    _shot(editor, "editor-of-copy")
    editor.close()
    assert page.selected_id() == new.id  # shown in the list
    assert to_local(new.starts_at, "WIB").replace(tzinfo=None) == datetime(2021, 5, 7, 13, 30)
    assert new.invitation_number == "" and [a.title for a in meetings.agenda(new.id)] == ["Pembukaan"]
    assert page.count_label.text() == "2 rapat"


def test_next_in_series_from_the_context_menu(qtbot, rakor, monkeypatch):
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.show()
    row = page.model.row_of(rakor.id)
    pos = page.table.visualRect(page.model.index(row, 2)).center()
    menu = page.copy_actions.context_menu(pos)
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Buka", "Hapus", "&Duplikat rapat…", "Rapat &berikutnya dalam seri…"]
    menu.close()

    def answer(dialog):
        # The proposal: the same weekday of the next month, the same time.
        assert (dialog.date.date(), dialog.time.time()) == (QDate(2021, 5, 5), time(9, 0))
        _shot(dialog, "next-dialog")
        dialog.make()
        return dialog.result()

    monkeypatch.setattr(copy_dialog.CopyMeetingDialog, "exec", answer)
    page.copy_actions.next_action.trigger()
    new = Meeting.get(Meeting.id != rakor.id)
    windows.window_for(new.id).close()
    assert new.series_id is not None and new.series_id == Meeting.get_by_id(rakor.id).series_id


def test_agenda_template_proposed_applied_and_saved(qtbot, office, message_log):
    editor = MeetingEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.form.start.setTime(QTime(13, 0))
    editor.tabs.setCurrentWidget(editor.agenda)
    actions = editor.agenda_templates
    assert actions.proposal.isVisible() and "Pembukaan, Laporan/Arahan" in actions.proposal_text.text()
    _shot(editor, "agenda-proposal")
    actions.proposal_button.click()
    rows, _ = editor.agenda.items()
    assert [(r["title"], r["start_time"]) for r in rows] == [
        ("Pembukaan", time(13, 0)), ("Laporan/Arahan", time(13, 15)), ("Pembahasan", time(13, 45)),
        ("Penutup", time(14, 45))]
    assert not actions.proposal.isVisible()
    assert editor.agenda.start_edit.time() == time(15, 0)  # the next item typed follows the template
    _shot(editor, "agenda-applied")
    # Replacing a filled agenda asks first; "no" keeps it.
    editor.agenda.remove_selected()
    message_log.answer = False
    assert actions.apply() is False and editor.agenda.model.rowCount() == 4
    message_log.answer = True
    editor.agenda.model.removeRows(2, 2)
    assert actions.save() is True
    assert [i.title for i in agenda_templates.template_for("rakor")] == ["Pembukaan", "Laporan/Arahan"]
    assert message_log.shown[-1] == ("info", "Templat agenda “rakor” disimpan (2 acara).")
    editor.form.kind.setCurrentText("audiensi")
    assert not actions.proposal.isVisible()
    editor.close()


@pytest.fixture
def attended(people_fixture, office):
    amarodin, rochani, gogot = people_fixture
    m = meetings.create(title="Rakor KPU Provinsi Jawa Timur", our_role="participant", mode="daring",
                        date=date(2021, 4, 7), start_time=time(9, 0), end_time=time(12, 0))
    meetings.invite(m.id, [amarodin.id, rochani.id])
    return m


def test_mark_present_dialog_from_the_attendance_tab(qtbot, attended, people_fixture, monkeypatch, message_log):
    amarodin, rochani, gogot = people_fixture
    editor = MeetingEditor(attended.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.attendance)
    tab = editor.attendance
    assert tab.mark_button.isVisible()

    def answer(dialog):
        assert dialog.daring.isChecked()  # the meeting is daring
        assert sorted(dialog.checked_ids()) == sorted([amarodin.id, rochani.id])  # the invited ones
        _shot(dialog, "mark-present")
        dialog.mark()
        return dialog.result()

    monkeypatch.setattr(MarkPresentDialog, "exec", answer)
    tab.mark_button.click()
    rows = list(Attendance.select().where(Attendance.meeting == attended.id))
    assert {r.person_id for r in rows} == {amarodin.id, rochani.id}
    assert {r.checked_in_at for r in rows} == {datetime(2021, 4, 7, 2, 0)}  # 09.00 WIB, not now
    assert all(r.channel == "daring" and "dicatat oleh Meja 1" in r.note for r in rows)
    assert message_log.shown[-1] == ("info", "2 orang ditandai hadir (daring).")
    assert tab.model.rowCount() == 2
    _shot(editor, "attendance-after")

    # Again: the two recorded are shown greyed, not checkable; only Gogot can be added.
    dialog = MarkPresentDialog(attended.id, tab)
    qtbot.addWidget(dialog)
    assert dialog.checked_ids() == [] and not dialog.ok_button.isEnabled()
    dialog._check_all(True)
    assert dialog.checked_ids() == [gogot.id]
    editor.close()


def test_a_meeting_we_host_has_no_mark_present_button(qtbot, rakor):
    editor = MeetingEditor(rakor.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.attendance)
    assert not editor.attendance.mark_button.isVisible()
    assert mark_present_dialog.DEFAULT_WHO == "Meja 1"
    editor.close()


def test_status_clock_writes_the_clocks_status(qtbot, rakor):
    page = MeetingsPage()
    qtbot.addWidget(page)
    assert Meeting.get_by_id(rakor.id).status == "scheduled"
    assert page.status_clock.tick() == 1
    assert Meeting.get_by_id(rakor.id).status == "done"
    assert page.status_clock.timer.interval() == 60_000 and page.status_clock.timer.isActive()


def test_a_closed_windows_clock_writes_nothing(qtbot, rakor):
    """A closed window not yet deleted must not write statuses into whatever database is open by then."""
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.show()
    page.close()
    page.status_clock.timer.timeout.emit()
    assert Meeting.get_by_id(rakor.id).status == "scheduled"
    page.show()
    page.status_clock.timer.timeout.emit()
    assert Meeting.get_by_id(rakor.id).status == "done"
