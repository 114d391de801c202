"""The meeting window (issue 13): every tab saves as it changes, undo writes back, one status line, Ctrl+S never
closes, meetings open as windows of their own. Driven like a user, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate

from kpu_rakor.domain.services import meetings, minutes, office_invitations, people
from kpu_rakor.ui import settings
from kpu_rakor.ui.meeting import windows
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor
from kpu_rakor.ui.meetings.meetings_page import MeetingsPage

ON_DISK_MS = 1000  # the promise: every keystroke is on disk within a second


@pytest.fixture
def office(any_office):
    return any_office


@pytest.fixture
def staff(office):
    return [people.create(name="Much. Amarodin", position="Kasubag Teknis dan Hupmas", satker_id=office.id),
            people.create(name="Rahmat Hidayat", position="Anggota", satker_id=office.id)]


@pytest.fixture
def meeting(staff):
    m = meetings.save_full(None, dict(title="Rakor tahapan pemilihan", date=date(2024, 9, 18),
                                      start_time=time(9, 0)),
                           [dict(title="Pembukaan"), dict(title="Paparan")], [], [staff[0].id])
    return m


@pytest.fixture
def window(qtbot, meeting):
    w = MeetingEditor(meeting.id)
    qtbot.addWidget(w)
    activate(qtbot, w)
    return w


@pytest.fixture(autouse=True)
def no_windows_left():
    yield
    for w in list(windows.open_windows().values()):
        w.close()


def stored_title(meeting_id: int) -> str:
    return meetings.get(meeting_id).title


def test_typing_a_field_is_on_disk_without_pressing_anything(qtbot, window, meeting):
    window.form.title.setFocus()
    window.form.title.end(False)
    qtbot.keyClicks(window.form.title, " serentak")
    qtbot.waitUntil(lambda: stored_title(meeting.id) == "Rakor tahapan pemilihan serentak", timeout=ON_DISK_MS)
    assert window.status_line.text().startswith("Tersimpan ")
    assert window.windowTitle().startswith("Rakor tahapan pemilihan serentak")
    qtbot.keyClicks(window.form.venue, "Aula KPU")
    qtbot.waitUntil(lambda: meetings.get(meeting.id).venue.endswith("Aula KPU"), timeout=ON_DISK_MS)
    assert not hasattr(window, "buttons")  # no Simpan/Batal: there is nothing to confirm


def test_agenda_roles_and_invitees_are_stored_as_they_change(qtbot, window, meeting, staff):
    amarodin, rahmat = staff
    window.tabs.setCurrentWidget(window.agenda)
    qtbot.keyClicks(window.agenda.title_edit, "Diskusi")
    qtbot.mouseClick(window.agenda.add_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: [a.title for a in meetings.agenda(meeting.id)] == ["Pembukaan", "Paparan", "Diskusi"],
                    timeout=ON_DISK_MS)
    window.tabs.setCurrentWidget(window.invitees)
    qtbot.keyClicks(window.invitees.finder.search_box, "rahmat")
    qtbot.keyClick(window.invitees.finder.search_box, Qt.Key_Return)
    qtbot.waitUntil(lambda: {p.id for p in meetings.invitees(meeting.id)} == {amarodin.id, rahmat.id},
                    timeout=ON_DISK_MS)
    window.invitees.offices.add_offices([(office_invitations_satker(), "Ketua", "KPU Kabupaten Blitar")])
    qtbot.waitUntil(lambda: len(office_invitations.lines(meeting.id)) == 1, timeout=ON_DISK_MS)


def office_invitations_satker() -> int:
    from kpu_rakor.domain.services import satker
    return satker.by_region_code("35.05").id


def test_documents_print_what_was_just_invited(qtbot, window, meeting, staff):
    window.tabs.setCurrentWidget(window.invitees)
    qtbot.keyClicks(window.invitees.finder.search_box, "rahmat")
    qtbot.keyClick(window.invitees.finder.search_box, Qt.Key_Return)
    window.tabs.setCurrentWidget(window.documents)  # at once: leaving a tab writes what it holds
    assert {p.name for p in meetings.invitees(meeting.id)} == {"Much. Amarodin", "Rahmat Hidayat"}


def test_a_role_added_is_usable_in_the_notulen_at_once(qtbot, window, meeting, staff):
    rahmat = staff[1]
    window.tabs.setCurrentWidget(window.minutes)  # the notulen read before the role exists
    qtbot.waitUntil(lambda: bool(window.minutes.blocks))
    window.tabs.setCurrentWidget(window.roles)
    window.roles.role_combo.setCurrentIndex(window.roles.role_combo.findData("chair"))
    qtbot.keyClicks(window.roles.finder.search_box, "rahmat")
    window.roles.finder.search_box.flush()
    qtbot.mouseClick(window.roles.add_button, Qt.LeftButton)
    window.tabs.setCurrentWidget(window.minutes)  # at once: no Simpan, no waiting
    tab = window.minutes
    tab.opened_by.setFocus()
    qtbot.keyClicks(tab.opened_by.lineEdit(), "Rahmat Hidayat")
    qtbot.waitUntil(lambda: minutes.snapshot(meeting.id)["opened_by"] == rahmat.id, timeout=ON_DISK_MS)
    assert "tidak ada di daftar" not in window.status_line.text()
    assert [(r.person_id, r.role) for r in meetings.roles(meeting.id)] == [(rahmat.id, "chair")]


def test_ctrl_z_puts_back_the_old_value_in_the_field_and_the_database(qtbot, window, meeting):
    title = window.form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Rapat pleno terbuka")
    qtbot.waitUntil(lambda: stored_title(meeting.id) == "Rapat pleno terbuka", timeout=ON_DISK_MS)
    qtbot.keyClick(title, Qt.Key_Z, Qt.ControlModifier)  # in the field: still the window's undo
    assert title.text() == "Rakor tahapan pemilihan"
    assert stored_title(meeting.id) == "Rakor tahapan pemilihan"
    assert window.windowTitle().startswith("Rakor tahapan pemilihan")
    qtbot.keyClick(title, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert title.text() == "Rapat pleno terbuka"
    assert stored_title(meeting.id) == "Rapat pleno terbuka"
    qtbot.keyClick(title, Qt.Key_Z, Qt.ControlModifier)
    qtbot.keyClick(title, Qt.Key_Y, Qt.ControlModifier)  # Ctrl+Y redoes too
    assert stored_title(meeting.id) == "Rapat pleno terbuka"


def test_undo_of_an_agenda_item_removes_it_from_the_database(qtbot, window, meeting):
    window.tabs.setCurrentWidget(window.agenda)
    qtbot.keyClicks(window.agenda.title_edit, "Tanya jawab")
    qtbot.keyClick(window.agenda.title_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: len(meetings.agenda(meeting.id)) == 3, timeout=ON_DISK_MS)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # Sunting › Urungkan, as the menu and the toolbar do
    assert window.agenda.model.rowCount() == 2
    assert [a.title for a in meetings.agenda(meeting.id)] == ["Pembukaan", "Paparan"]
    window.redo_action.trigger()
    assert [a.title for a in meetings.agenda(meeting.id)] == ["Pembukaan", "Paparan", "Tanya jawab"]


def test_ctrl_s_writes_at_once_and_leaves_the_window_open(qtbot, window, meeting):
    window.form.invitation_number.setFocus()
    qtbot.keyClicks(window.form.invitation_number, "244/HM.02-SD/06/KPU/III/2021")
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert meetings.get(meeting.id).invitation_number == "244/HM.02-SD/06/KPU/III/2021"  # no wait needed
    assert window.isVisible()
    assert window.status_line.text().startswith("Tersimpan ")


def test_an_invalid_value_is_said_in_the_status_line_and_not_written(qtbot, window, meeting):
    window.form.title.setFocus()
    window.form.title.selectAll()
    qtbot.keyClick(window.form.title, Qt.Key_Delete)
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert "wajib diisi" in window.status_line.text()
    assert window.form.title.styleSheet()  # the field is marked
    assert stored_title(meeting.id) == "Rakor tahapan pemilihan"
    qtbot.keyClicks(window.form.title, "Rapat pleno")
    qtbot.waitUntil(lambda: stored_title(meeting.id) == "Rapat pleno", timeout=ON_DISK_MS)
    assert window.status_line.text().startswith("Tersimpan ")
    assert not window.form.title.styleSheet()
    window.form.until_done.setChecked(False)
    type_end = (datetime.combine(date.today(), window.form.start.time()) - timedelta(hours=1)).time()
    window.form.end.setTime(type_end)
    qtbot.waitUntil(lambda: "Jam selesai harus sesudah jam mulai" in window.status_line.text(), timeout=ON_DISK_MS)
    assert meetings.get(meeting.id).ends_at is None


def test_closing_writes_what_is_pending_without_asking(qtbot, meeting, message_log):
    w = MeetingEditor(meeting.id)
    qtbot.addWidget(w)
    activate(qtbot, w)
    qtbot.keyClicks(w.form.venue_address, "Jl. Panglima Sudirman")
    w.close()  # within the debounce: the close writes it
    assert not w.isVisible()
    assert meetings.get(meeting.id).venue_address.endswith("Jl. Panglima Sudirman")
    assert not [m for m in message_log.shown if m[0] == "confirm"]


def test_meetings_open_as_windows_and_the_main_window_stays_usable(qtbot, meeting, office):
    other = meetings.create(title="Sosialisasi pemilih pemula", date=date(2024, 9, 20))
    page = MeetingsPage()
    qtbot.addWidget(page)
    activate(qtbot, page)
    first = windows.open_meeting(page, meeting.id)
    second = windows.open_meeting(page, other.id)
    assert first is not second and first.isVisible() and second.isVisible()
    assert QApplication.activeModalWidget() is None  # nothing blocks the rest of the app
    assert second.windowTitle().startswith("Sosialisasi pemilih pemula")
    qtbot.keyClicks(page.search_box, "sosialisasi")  # the list is still typed into
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    again = windows.open_meeting(page, meeting.id, "agenda")
    assert again is first  # raised, not a second window of the same meeting
    assert first.tabs.currentWidget() is first.agenda
    assert set(windows.open_windows()) == {meeting.id, other.id}


def test_the_list_follows_a_rename_in_the_meeting_window(qtbot, meeting, office):
    page = MeetingsPage()
    qtbot.addWidget(page)
    window = windows.open_meeting(page, meeting.id)
    activate(qtbot, window)
    window.form.title.selectAll()
    qtbot.keyClicks(window.form.title, "Rakor evaluasi")
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 2)) == "Rakor evaluasi", timeout=2000)
    assert window.windowTitle().startswith("Rakor evaluasi")


def test_new_meeting_is_made_then_opened_with_its_name_ready_to_type_over(qtbot, office):
    page = MeetingsPage()
    qtbot.addWidget(page)
    activate(qtbot, page)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    (mid, window), = windows.open_windows().items()
    assert meetings.count() == 1 and stored_title(mid) == "Rapat baru"
    activate(qtbot, window)
    qtbot.keyClicks(window.form.title, "Rapat pleno terbuka")
    qtbot.waitUntil(lambda: stored_title(mid) == "Rapat pleno terbuka", timeout=ON_DISK_MS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.selected_id() == mid, timeout=2000)


def test_the_window_size_is_remembered_and_fits_1366x768(qtbot, meeting):
    first = MeetingEditor(meeting.id)
    qtbot.addWidget(first)
    screen = first.screen().availableGeometry()  # the default (1080×660) is cut to a smaller screen
    assert first.width() <= min(1366, screen.width()) and first.height() <= min(740, screen.height())
    first.resize(800, 560)
    first.show()
    first.close()
    assert settings.EDITOR_GEOMETRY.get() is not None
    second = MeetingEditor(meeting.id)
    qtbot.addWidget(second)
    assert abs(second.width() - 800) <= 4 and second.height() == 560  # restoreGeometry keeps it on the screen
    second.resize(1366, 768)
    assert second.minimumSizeHint().width() <= 1366 and second.minimumSizeHint().height() <= 768


def test_undo_of_an_invitation_takes_it_back_in_the_list_and_the_database(qtbot, window, meeting, staff):
    window.tabs.setCurrentWidget(window.invitees)
    qtbot.keyClicks(window.invitees.finder.search_box, "rahmat")
    qtbot.keyClick(window.invitees.finder.search_box, Qt.Key_Return)
    qtbot.waitUntil(lambda: len(meetings.invitees(meeting.id)) == 2, timeout=ON_DISK_MS)
    window.invitees.view.setFocus()
    qtbot.keyClick(window.invitees.view, Qt.Key_Z, Qt.ControlModifier)
    assert window.invitees.person_ids() == [staff[0].id]
    assert [p.id for p in meetings.invitees(meeting.id)] == [staff[0].id]
    assert window.invitees.count_label.text().startswith("1 ")


def test_the_desk_follows_a_rename_in_the_meeting_window(qtbot, office, staff):
    from ui_helpers import meeting_starting_now

    from kpu_rakor.ui.checkin.desk_page import DeskPage

    m = meeting_starting_now("Rakor persiapan")
    desk = DeskPage()
    desk.sounds.set_muted(True)
    qtbot.addWidget(desk)
    activate(qtbot, desk)
    assert "Rakor persiapan" in desk.meeting_picker.currentText()
    window = windows.open_meeting(desk, m.id)
    window.form.title.selectAll()
    qtbot.keyClicks(window.form.title, "Rakor evaluasi coklit")
    qtbot.waitUntil(lambda: "Rakor evaluasi coklit" in desk.meeting_picker.currentText(), timeout=2000)
    assert desk.meeting.id == m.id  # still the desk's meeting


def test_deleting_a_meeting_closes_its_window(qtbot, meeting, office, message_log):
    page = MeetingsPage()
    qtbot.addWidget(page)
    activate(qtbot, page)
    window = windows.open_meeting(page, meeting.id)
    qtbot.keyClicks(window.form.venue, "Aula")  # pending: not written to a meeting that is gone
    page.select_meeting(meeting.id)
    page.delete_selected()
    assert meetings.count() == 0
    assert windows.window_for(meeting.id) is None
    assert not [m for m in message_log.shown if m[0] == "error"]


def test_closing_with_a_refused_value_says_so_once_and_never_asks(qtbot, window, meeting, message_log):
    window.tabs.setCurrentWidget(window.minutes)
    qtbot.waitUntil(lambda: bool(window.minutes.blocks))
    clock = window.minutes.opened_at
    clock.setFocus()
    qtbot.keyClicks(clock, "jam 9")
    window.tabs.setCurrentWidget(window.agenda)
    window.close()
    assert window.isVisible() and window.tabs.currentWidget() is window.minutes  # where the refused value is
    assert "bukan jam" in window.status_line.text() and "tutup jendela sekali lagi" in window.status_line.text()
    window.close()
    assert not window.isVisible()
    assert not [m for m in message_log.shown if m[0] == "confirm"]  # no "buang ketikan?"


def test_a_series_is_made_once_when_its_field_is_left_not_for_each_letter(qtbot, window, meeting):
    from kpu_rakor.domain.services import ui_queries

    window.form.series.setFocus()
    qtbot.keyClicks(window.form.series.lineEdit(), "Rakor bulanan")
    window.saver.flush()  # what the timer does while the name is being typed
    assert ui_queries.series_names() == []  # no series "R", "Ra", … on the way
    window.form.venue.setFocus()  # the series field is left
    qtbot.keyClicks(window.form.venue, "Aula")
    qtbot.waitUntil(lambda: meetings.get(meeting.id).venue.endswith("Aula"), timeout=ON_DISK_MS)
    assert ui_queries.series_name(meetings.get(meeting.id).series_id) == "Rakor bulanan"
    assert ui_queries.series_names() == ["Rakor bulanan"]
