"""The Rapat page and the meeting window, driven like a user: type, click, wait, search."""
from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QTime, Qt
from ui_helpers import activate

from kpu_rakor.domain import models
from kpu_rakor.domain.codes import new_code_id
from kpu_rakor.domain.services import meetings
from kpu_rakor.ui.meetings import meetings_model
from kpu_rakor.ui.meeting import windows
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor
from kpu_rakor.ui.meetings.meetings_page import MeetingsPage


def test_create_meeting_in_editor_then_find_it(qtbot, people_fixture):
    amarodin, rochani, gogot = people_fixture
    page = MeetingsPage()
    qtbot.addWidget(page)
    activate(qtbot, page)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)  # made now, and opened in its own window
    (mid, self), = windows.open_windows().items()
    activate(qtbot, self)
    qtbot.keyClicks(self.form.title, "Rakor Persiapan Pemilihan Serentak")  # types over "Rapat baru"
    self.form.date.setDate(QDate(2024, 9, 18))
    self.form.start.setTime(QTime(9, 30))
    self.form.until_done.setChecked(False)
    self.form.end.setTime(QTime(12, 0))
    self.form.mode.setCurrentIndex(self.form.mode.findData(models.MODE_HIBRIDA))
    assert self.form.zoom_id.isEnabled()
    qtbot.keyClicks(self.form.zoom_id, "812 3456 7890")
    self.tabs.setCurrentWidget(self.agenda)
    for title in ("Pembukaan", "Paparan tahapan pemilihan"):
        qtbot.keyClicks(self.agenda.title_edit, title)
        qtbot.mouseClick(self.agenda.add_button, Qt.LeftButton)
    self.tabs.setCurrentWidget(self.roles)
    self.roles.role_combo.setCurrentIndex(self.roles.role_combo.findData(models.ROLE_SPEAKER))
    self.roles.agenda_combo.setCurrentIndex(2)
    qtbot.keyClicks(self.roles.topic_edit, "Tahapan pencalonan")
    qtbot.keyClicks(self.roles.finder.search_box, "gogot")
    self.roles.finder.search_box.flush()
    qtbot.mouseClick(self.roles.add_button, Qt.LeftButton)
    self.tabs.setCurrentWidget(self.invitees)
    for name in ("amarodin", "rochani"):
        self.invitees.finder.search_box.clear()
        qtbot.keyClicks(self.invitees.finder.search_box, name)
        qtbot.keyClick(self.invitees.finder.search_box, Qt.Key_Return)  # Enter invites the match
    assert self.invitees.count_label.text().startswith("2 ")
    # Nothing pressed: all of it reaches the database within a second.
    qtbot.waitUntil(lambda: {p.id for p in meetings.invitees(mid)} == {amarodin.id, rochani.id}, timeout=1000)
    assert self.isVisible()

    m = meetings.get(mid)
    assert (m.title, m.mode, m.timezone) == ("Rakor Persiapan Pemilihan Serentak", "hibrida", "WIB")
    assert m.starts_at == datetime(2024, 9, 18, 2, 30)  # 09.30 WIB in UTC
    assert m.zoom_meeting_id == "812 3456 7890"
    agenda = meetings.agenda(mid)
    assert [a.title for a in agenda] == ["Pembukaan", "Paparan tahapan pemilihan"]
    roles = meetings.roles(mid)
    assert [(r.person_id, r.role, r.agenda_item_id, r.topic) for r in roles] == [
        (gogot.id, "speaker", agenda[1].id, "Tahapan pencalonan")]
    self.close()

    meetings.create(title="Sosialisasi Pemilih Pemula", date=date(2024, 9, 20))
    page.refresh()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search_box, "serentak")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)  # the debounced search ran
    assert page.model.data(page.model.index(0, 2)) == "Rakor Persiapan Pemilihan Serentak"
    assert page.model.data(page.model.index(0, 0)) == "Rabu, 18 Sep 2024"
    assert page.model.data(page.model.index(0, 1)) == "09.30 WIB"
    assert page.model.data(page.model.index(0, 5)) == "Hibrida"


def test_a_refused_value_is_said_in_the_status_line_and_not_written(qtbot, office):
    editor = MeetingEditor()
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    qtbot.keyClicks(editor.form.title, "Rapat pleno")
    editor.form.until_done.setChecked(False)
    editor.form.start.setTime(QTime(10, 0))
    editor.form.end.setTime(QTime(9, 0))
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    assert editor.isVisible()
    assert "Jam selesai harus sesudah jam mulai" in editor.status_line.text()
    assert editor.status_line.isVisible()
    assert meetings.get(editor.meeting_id).ends_at is None  # the refused end is not written
    editor.form.title.selectAll()
    qtbot.keyClick(editor.form.title, Qt.Key_Delete)
    editor.form.until_done.setChecked(True)
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    assert "wajib diisi" in editor.status_line.text()
    assert meetings.get(editor.meeting_id).title == "Rapat pleno"


def test_escape_and_closing_never_ask(qtbot, office, message_log):
    editor = MeetingEditor()
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    qtbot.keyClicks(editor.form.title, "Rapat")
    qtbot.keyClick(editor, Qt.Key_Escape)
    assert editor.isVisible()  # a window, not a dialog: Esc throws nothing away
    editor.close()
    assert not editor.isVisible() and not message_log.shown
    assert meetings.get(editor.meeting_id).title == "Rapat"


def _insert_meetings(n: int) -> None:
    base = datetime(2020, 1, 1, 2, 0)
    rows = [dict(title=f"Rapat koordinasi nomor {i}", kind="rakor", our_role="host", mode="luring",
                 starts_at=base.replace(year=2020 + i % 5, month=1 + i % 12, day=1 + i % 28), timezone="WIB",
                 code_id=new_code_id(), status="scheduled") for i in range(n)]
    with models.Meeting._meta.database.atomic():
        for start in range(0, n, 1000):
            models.Meeting.insert_many(rows[start:start + 1000]).execute()


def test_ten_thousand_meetings_load_a_page_at_a_time(qtbot, office):
    _insert_meetings(10_000)
    page = MeetingsPage()
    qtbot.addWidget(page)
    model = page.model
    assert model.rowCount() == meetings_model.PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * meetings_model.PAGE_SIZE
    assert page.count_label.text() == "10.000 rapat"
    # Scrolling to the bottom of the view asks for more rows by itself.
    page.resize(1200, 700)
    page.show()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 2 * meetings_model.PAGE_SIZE, timeout=2000)
    # Filtering by month goes to the service and starts over.
    page.month_combo.setCurrentIndex(page.month_combo.findData("2021-02"))
    assert 0 < model.rowCount() <= meetings_model.PAGE_SIZE
    assert all(model.data(model.index(r, 0)).endswith("Feb 2021") for r in range(model.rowCount()))


def test_delete_asks_then_removes(qtbot, office, message_log):
    meetings.create(title="Rapat yang batal", date=date(2024, 5, 2), start_time=time(9, 0))
    page = MeetingsPage()
    qtbot.addWidget(page)
    activate(qtbot, page)
    page.table.selectRow(0)
    page.table.setFocus()
    message_log.answer = False
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert meetings.count() == 1
    message_log.answer = True
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert meetings.count() == 0
    assert page.model.rowCount() == 0


def test_a_blank_agenda_title_is_not_written_and_the_rest_is(qtbot, people_fixture, message_log):
    editor = MeetingEditor()
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.agenda)
    qtbot.keyClicks(editor.agenda.title_edit, "Pembukaan")
    qtbot.mouseClick(editor.agenda.add_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(meetings.agenda(editor.meeting_id)) == 1, timeout=1000)
    editor.agenda.model.item(0, 0).setText("   ")  # the title wiped in the table
    editor.tabs.setCurrentWidget(editor.invitees)
    qtbot.keyClicks(editor.invitees.finder.search_box, "amarodin")
    qtbot.keyClick(editor.invitees.finder.search_box, Qt.Key_Return)
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    assert editor.isVisible()
    assert "Acara nomor 1 belum diberi judul" in editor.status_line.text()
    assert [a.title for a in meetings.agenda(editor.meeting_id)] == ["Pembukaan"]  # the last good title
    assert len(meetings.invitees(editor.meeting_id)) == 1  # the other tabs are not held back
    editor.agenda.model.item(0, 0).setText("Pembukaan oleh Ketua")
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    assert [a.title for a in meetings.agenda(editor.meeting_id)] == ["Pembukaan oleh Ketua"]
    assert editor.status_line.text().startswith("Tersimpan")


def test_agenda_end_before_start_is_the_services_sentence(qtbot, office):
    editor = MeetingEditor()
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    editor.agenda.add_item("Pembukaan", time(10, 0), time(9, 30))
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    assert editor.isVisible()
    assert "Jam selesai acara nomor 1 harus sesudah jam mulai." in editor.status_line.text()
    assert meetings.agenda(editor.meeting_id) == []


def test_other_zones_show_the_office_time_too(qtbot, office):
    # The office is KPU Kabupaten Tulungagung (WIB); a KPU Sulawesi Selatan Zoom is held in WITA.
    meetings.create(title="Rakor KPU Provinsi Sulawesi Selatan", date=date(2024, 9, 18), start_time=time(10, 0),
                    timezone="WITA")
    meetings.create(title="Rapat internal", date=date(2024, 9, 17), start_time=time(9, 0), timezone="WIB")
    page = MeetingsPage()
    qtbot.addWidget(page)
    texts = {page.model.data(page.model.index(r, 2)): page.model.data(page.model.index(r, 1))
             for r in range(page.model.rowCount())}
    assert texts == {"Rakor KPU Provinsi Sulawesi Selatan": "10.00 WITA (09.00 WIB)", "Rapat internal": "09.00 WIB"}
    assert page.table.columnWidth(1) >= page.fontMetrics().horizontalAdvance("10.00 WITA (09.00 WIB)")

    editor = MeetingEditor(page.model.meeting_id(0))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.form.office_time.isVisible()
    assert editor.form.office_time.text() == "Di zona kantor ini: pukul 09.00 WIB s.d. selesai."
    editor.form.until_done.setChecked(False)
    editor.form.end.setTime(QTime(12, 0))
    assert editor.form.office_time.text() == "Di zona kantor ini: pukul 09.00 s.d. 11.00 WIB."
    editor.form.zone.setCurrentIndex(editor.form.zone.findData("WIB"))
    assert not editor.form.office_time.isVisible()


def test_reopening_keeps_series_roles_and_agenda_ids(qtbot, people_fixture):
    amarodin, rochani, gogot = people_fixture
    m = meetings.save_full(None, dict(title="Rakor tahapan", date=date(2024, 9, 18), series="Rakor bulanan"),
                           [dict(title="Pembukaan"), dict(title="Paparan")],
                           [dict(person_id=gogot.id, role="speaker", agenda_index=1)], [amarodin.id])
    before = [a.id for a in meetings.agenda(m.id)]
    editor = MeetingEditor(m.id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    assert editor.form.series.currentText() == "Rakor bulanan"
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    assert editor.isVisible()  # Ctrl+S writes, it never closes
    assert [a.id for a in meetings.agenda(m.id)] == before
    assert [(r.person_id, r.agenda_item_id) for r in meetings.roles(m.id)] == [(gogot.id, before[1])]
    assert meetings.get(m.id).series_id is not None
