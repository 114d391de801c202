"""The Tindak lanjut tab (typed by keyboard, saved cell by cell, closed with a note, carried over from the
series' earlier meeting) and the Tindak Lanjut page (open items, overdue marked, filters, opening the meeting)."""
from __future__ import annotations

import time as clock
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kpu_rakor.domain.models import FollowUp
from kpu_rakor.domain.services import followups, meetings, people, satker
from kpu_rakor.ui.followups.followups_model import OVERDUE_BG
from kpu_rakor.ui.followups.followups_page import FollowUpsPage
from kpu_rakor.ui.followups.followups_tab import PickCombo
from kpu_rakor.ui.meeting import windows
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor

from ui_helpers import activate


@pytest.fixture
def series(people_fixture):
    today = followups.office_today()
    before = meetings.create(title="Rakor Bakohumas Oktober", date=today - timedelta(days=30), start_time=time(9, 0),
                             series="Rakor Bakohumas")
    now = meetings.create(title="Rakor Bakohumas November", date=today, start_time=time(9, 0),
                          series="Rakor Bakohumas")
    return before, now


def open_tab(qtbot, meeting_id):
    editor = MeetingEditor(meeting_id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.followups)
    tab = editor.followups
    tab.view.setFocus()
    return editor, tab


def focused():
    return QApplication.focusWidget()


def combo():
    """The person or satker editor that has focus (the combo itself, or its line edit), or None."""
    w = focused()
    if isinstance(w, PickCombo):
        return w
    return w.parent() if w is not None and isinstance(w.parent(), PickCombo) else None


def test_a_follow_up_typed_by_keyboard_then_closed_with_a_note(qtbot, series, people_fixture, message_log):
    amarodin = people_fixture[0]
    editor, tab = open_tab(qtbot, series[1].id)
    assert tab.count_label.text() == "Belum ada tindak lanjut"

    qtbot.keyClick(tab.view, Qt.Key_N, Qt.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
    qtbot.keyClicks(focused(), "Menyurati Dinas Dukcapil <segera> & tembusan")
    qtbot.keyClick(focused(), Qt.Key_Tab)  # stored now; on to Penanggung jawab
    fu = FollowUp.get()
    assert fu.description == "Menyurati Dinas Dukcapil <segera> & tembusan" and fu.meeting_id == series[1].id
    qtbot.waitUntil(lambda: combo() is not None)
    combo().lineEdit().setText("amarodin")  # part of the name, without titles or case
    qtbot.keyClick(combo(), Qt.Key_Tab)
    qtbot.waitUntil(lambda: FollowUp.get().person_id == amarodin.id)
    assert FollowUp.get().satker_id == amarodin.satker_id  # the person's satker, filled in
    qtbot.waitUntil(lambda: combo() is not None and combo().what == "satker")  # Satker: keep it
    assert combo().currentText() == "KPU Kabupaten Tulungagung"
    qtbot.keyClick(combo(), Qt.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit) and focused().placeholderText() == "hh/bb/tttt")
    due = followups.office_today() + timedelta(days=14)
    qtbot.keyClicks(focused(), due.strftime("%d/%m/%Y"))
    qtbot.keyClick(focused(), Qt.Key_Return)
    qtbot.waitUntil(lambda: FollowUp.get().due_date == due)
    assert tab.model.rowCount() == 1 and tab.model.pending_row() == -1
    assert tab.model.index(0, tab.model.column("person")).data() == amarodin.name
    assert "1 tindak lanjut · 1 terbuka" in tab.count_label.text()

    # Status: F4 on the row asks for the new status; Selesai needs the catatan penyelesaian.
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, tab.model.column("status")))
    qtbot.keyClick(tab.view, Qt.Key_F4)
    dialog = tab.status_dialog
    assert dialog is not None and dialog.status.currentData() == "selesai"
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.status, Qt.Key_Return, Qt.ControlModifier)
    assert "catatan penyelesaian" in dialog.error.text() and dialog.isVisible()
    assert FollowUp.get().status == "terbuka"
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Surat dikirim 3 hari kemudian.")
    qtbot.keyClick(dialog.note, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: tab.status_dialog is None)
    fu = FollowUp.get()
    assert (fu.status, fu.closing_note) == ("selesai", "Surat dikirim 3 hari kemudian.")
    assert tab.model.index(0, tab.model.column("status")).data() == "Selesai"
    assert tab.model.index(0, tab.model.column("remark")).data() == "Surat dikirim 3 hari kemudian."
    assert not message_log.shown
    editor.close()


def test_enter_edits_and_a_refused_value_is_offered_again(qtbot, series):
    fu = followups.create(series[1].id, "Rekap kehadiran")
    editor, tab = open_tab(qtbot, series[1].id)
    tab.view.setCurrentIndex(tab.model.index(0, tab.model.column("due")))
    qtbot.keyClick(tab.view, Qt.Key_Return)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
    qtbot.keyClicks(focused(), "31/02/2025")
    qtbot.keyClick(focused(), Qt.Key_Return)
    qtbot.waitUntil(lambda: "bukan tanggal yang sah" in tab.error.text())
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit) and focused().text() == "31/02/2025")
    focused().setText("")
    qtbot.keyClicks(focused(), "01/03/2099")
    qtbot.keyClick(focused(), Qt.Key_Return)
    qtbot.waitUntil(lambda: followups.get(fu.id).due_date == date(2099, 3, 1))
    assert not tab.error.isVisible()

    # A name nobody has: said, and the typed text comes back.
    tab.view.setCurrentIndex(tab.model.index(0, tab.model.column("person")))
    qtbot.keyClick(tab.view, Qt.Key_F2)
    qtbot.waitUntil(lambda: combo() is not None)
    combo().lineEdit().setText("Siapa Saja")
    qtbot.keyClick(combo(), Qt.Key_Return)
    qtbot.waitUntil(lambda: "Tidak ada orang bernama “Siapa Saja”" in tab.error.text())
    qtbot.waitUntil(lambda: combo() is not None and combo().currentText() == "Siapa Saja")
    qtbot.keyClick(combo(), Qt.Key_Escape)
    assert followups.get(fu.id).person_id is None
    editor.close()


def test_escape_on_a_new_line_stores_nothing_and_delete_asks(qtbot, series, message_log):
    fu = followups.create(series[1].id, "Cetak leaflet")
    editor, tab = open_tab(qtbot, series[1].id)
    qtbot.keyClick(tab.view, Qt.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
    assert tab.model.rowCount() == 2
    qtbot.keyClick(focused(), Qt.Key_Escape)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert FollowUp.select().count() == 1

    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 1))
    message_log.answer = False
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert message_log.shown[-1] == ("confirm", "Hapus tindak lanjut “Cetak leaflet”?")
    assert FollowUp.select().count() == 1
    message_log.answer = True
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert FollowUp.select().count() == 0 and tab.model.rowCount() == 0
    assert followups.listing() == [] and fu.id
    editor.close()


def test_earlier_open_items_are_carried_over_with_one_button(qtbot, series, people_fixture):
    before, now = series
    late = followups.create(before.id, "Menyusun SK Bakohumas", person_id=people_fixture[1].id,
                            due_date=followups.office_today() - timedelta(days=3))
    followups.create(before.id, "Membuat grup WhatsApp")
    done = followups.create(before.id, "Sudah beres")
    followups.set_status(done.id, "selesai", "Beres.")
    editor, tab = open_tab(qtbot, now.id)
    assert tab.banner.isVisible()
    assert tab.banner_label.text() == "2 tindak lanjut terbuka dari rapat sebelumnya (1 terlambat)"
    assert tab.carry_button.text() == "&Bawa ke rapat ini"
    tab.carry_button.click()
    assert not tab.banner.isVisible() and tab.model.rowCount() == 2
    first = tab.model.index(0, tab.model.column("remark"))
    assert first.data().startswith("terlambat 3 hari · dibawa dari rapat ")
    assert first.data(Qt.BackgroundRole) == OVERDUE_BG
    assert "2 tindak lanjut dibawa" in tab.error.text()
    tab.carry_over()  # again: nothing more
    assert FollowUp.select().where(FollowUp.meeting == now.id).count() == 2
    editor.close()

    # The earlier meeting shows where its items went, in grey, not as overdue.
    editor, tab = open_tab(qtbot, before.id)
    row = tab.model.row_of(late.id)
    remark = tab.model.index(row, tab.model.column("remark"))
    assert remark.data().startswith("dibawa ke rapat ") and remark.data(Qt.BackgroundRole) is None
    editor.close()


def test_a_new_meeting_takes_follow_ups_at_once(qtbot, office):
    # A new meeting is made when its window opens (issue 13): nothing asks to be saved first.
    editor = MeetingEditor(None)
    qtbot.addWidget(editor)
    tab = editor.followups
    assert tab.meeting_id == editor.meeting_id is not None
    assert tab.unsaved_hint.isHidden() and tab.add_button.isEnabled() and tab.view.isEnabled()


# --- the page ----------------------------------------------------------------------------------------------------

@pytest.fixture
def spread(series, people_fixture, office):
    before, now = series
    blitar = satker.by_region_code("35.72")
    rina = people.create(name="Rina Kusumawati, S.Kom.", position="Operator", satker_id=blitar.id)
    other = meetings.create(title="Sosialisasi Pemilih Pemula", date=followups.office_today(), series="Sosialisasi")
    today = followups.office_today()
    items = dict(
        late=followups.create(before.id, "Laporan dana hibah", person_id=people_fixture[0].id,
                              due_date=today - timedelta(days=5)),
        today=followups.create(now.id, "Unggah berita ke laman", person_id=rina.id, due_date=today),
        later=followups.create(other.id, "Cetak leaflet pemilih pemula", person_id=people_fixture[2].id,
                               due_date=today + timedelta(days=9)),
        closed=followups.create(now.id, "Sudah selesai"),
    )
    followups.set_status(items["closed"].id, "batal", "Tidak jadi.")
    return dict(items=items, rina=rina, blitar=blitar, other=other, people=people_fixture)


def test_page_lists_open_items_with_overdue_marked_and_filters(qtbot, spread):
    items = spread["items"]
    page = FollowUpsPage()
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    model = page.model
    assert [model.row_at(n).id for n in range(model.rowCount())] == [items["late"].id, items["today"].id,
                                                                    items["later"].id]
    assert page.count_label.text() == "3 tindak lanjut terbuka · 1 terlambat"
    late = model.index(0, model.column("remark"))
    assert late.data() == "terlambat 5 hari" and late.data(Qt.BackgroundRole) == OVERDUE_BG
    assert model.index(1, model.column("remark")).data() == "batas waktu hari ini"

    page.person_combo.choose(spread["rina"].id)
    assert [model.row_at(n).id for n in range(model.rowCount())] == [items["today"].id]
    page.person_combo.choose(None)
    page.satker_combo.choose(spread["blitar"].id)
    assert [model.row_at(n).id for n in range(model.rowCount())] == [items["today"].id]
    page.satker_combo.choose(None)
    page.series_combo.choose(spread["other"].series_id)
    assert [model.row_at(n).id for n in range(model.rowCount())] == [items["later"].id]
    page.series_combo.choose(None)
    assert model.rowCount() == 3
    page.search_box.setText("LEAFLET pemula")
    page.search_box.flush()
    assert [model.row_at(n).id for n in range(model.rowCount())] == [items["later"].id]
    assert page.count_label.text() == "1 dari 3 tindak lanjut terbuka"
    page.search_box.setText("amarodin")  # a person's name finds their items too
    page.search_box.flush()
    assert [model.row_at(n).id for n in range(model.rowCount())] == [items["late"].id]
    page.search_box.setText("")
    page.search_box.flush()
    page.table.sortByColumn(model.column("description"), Qt.AscendingOrder)
    assert model.row_at(0).description == "Cetak leaflet pemilih pemula"


def test_page_opens_the_meeting_and_closes_items(qtbot, spread, monkeypatch, message_log):
    items = spread["items"]
    page = FollowUpsPage()
    qtbot.addWidget(page)
    activate(qtbot, page)
    opened = []

    page.select_item(items["today"].id)
    rect = page.table.visualRect(page.model.index(page.model.row_of(items["today"].id), 2))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert not message_log.shown
    editor = windows.window_for(items["today"].meeting_id)  # its own window; the page stays usable
    tab = editor.followups
    opened.append((editor.meeting_id, editor.tabs.currentWidget() is tab, tab.current_row().id))
    assert opened == [(items["today"].meeting_id, True, items["today"].id)]
    editor.close()

    page.table.setFocus()
    page.select_item(items["late"].id)
    qtbot.keyClick(page.table, Qt.Key_F4)
    dialog = page.status_dialog
    dialog.status.setCurrentIndex(dialog.status.findData("batal"))
    dialog.note.setPlainText("Dana hibah tidak jadi dicairkan.")
    dialog.save()
    qtbot.waitUntil(lambda: page.status_dialog is None)
    assert followups.get(items["late"].id).status == "batal"
    assert page.model.rowCount() == 2 and page.count_label.text() == "2 tindak lanjut terbuka"


def test_page_with_five_thousand_items(qtbot, office):
    from kpu_rakor.domain.db import write_tx

    p = people.create(name="Endah Puspitasari", position="Staf", satker_id=office.id)
    ms = [meetings.create(title=f"Rakor {n}", date=date(2024, 1 + n % 12, 1 + n % 28), series="Rakor Bulanan")
          for n in range(20)]
    with write_tx():
        rows = [dict(meeting=ms[n % 20].id, description=f"Tindak lanjut nomor {n}", person=p.id, satker=office.id,
                     due_date=date(2024, 1 + n % 12, 1 + n % 28) + timedelta(days=400 * (n % 2)), position=n,
                     created_at=datetime(2024, 1, 1), updated_at=datetime(2024, 1, 1)) for n in range(5000)]
        for chunk in range(0, 5000, 500):
            FollowUp.insert_many(rows[chunk:chunk + 500]).execute()
    start = clock.perf_counter()
    page = FollowUpsPage()
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.wait(1)
    shown = clock.perf_counter() - start
    assert page.model.rowCount() == 5000
    start = clock.perf_counter()
    page.search_box.setText("nomor 4999")
    page.search_box.flush()
    page.search_box.setText("")
    page.search_box.flush()
    page.table.sortByColumn(page.model.column("person"), Qt.DescendingOrder)
    page.table.sortByColumn(page.model.column("due"), Qt.AscendingOrder)
    filtered = clock.perf_counter() - start
    assert shown < 2.0, f"the page took {shown:.2f} s to show"
    assert filtered < 1.0, f"search and two sorts took {filtered:.2f} s"


def test_an_item_deleted_on_another_pc_is_said_and_dropped(qtbot, series):
    fu = followups.create(series[1].id, "Rekap kehadiran")
    editor, tab = open_tab(qtbot, series[1].id)
    tab.view.setCurrentIndex(tab.model.index(0, tab.model.column("description")))
    qtbot.keyClick(tab.view, Qt.Key_F2)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
    followups.delete(fu.id)  # meanwhile, at another desk
    focused().setText("Rekap kehadiran peserta")
    qtbot.keyClick(focused(), Qt.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.error.text() == f"Tindak lanjut nomor {fu.id} tidak ditemukan."
    editor.close()


def test_the_person_filter_stays_when_their_last_item_is_closed(qtbot, spread):
    page = FollowUpsPage()
    qtbot.addWidget(page)
    page.person_combo.choose(spread["rina"].id)
    assert page.model.rowCount() == 1
    followups.set_status(spread["items"]["today"].id, "selesai", "Sudah diunggah.")
    page.refresh()
    assert page.person_combo.chosen_id() == spread["rina"].id and page.model.rowCount() == 0
    assert page.count_label.text() == "0 tindak lanjut terbuka"
    page.person_combo.choose(None)
    assert page.model.rowCount() == 2
