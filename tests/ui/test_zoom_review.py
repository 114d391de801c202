"""Importing a Zoom participant report from the Kehadiran tab: the file and zone questions, the reading in a
worker thread, the review dialog with its proposals changed by the user, Terapkan, and a broken file."""
from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_helpers import activate

from kpu_rakor.domain.models import Attendance, Person
from kpu_rakor.domain.services import meetings, zoom_import
from kpu_rakor.domain.zoom.match import IGNORE, NEW
from kpu_rakor.ui.attendance import attendance_model as cols
from kpu_rakor.ui.attendance import zoom_review_dialog
from kpu_rakor.ui.attendance import zoom_review_model as zcols
from kpu_rakor.ui.attendance.attendance_tab import AttendanceTab
from kpu_rakor.ui.attendance.merge_guest_dialog import PersonPickDialog

DATA = Path(__file__).resolve().parents[1] / "data" / "zoom"


@pytest.fixture
def bakohumas(people_fixture):
    """The meeting of portal_old.csv: 7 April 2021, 09.00 WIB, on Zoom."""
    m = meetings.create(title="Rakor Penguatan Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0),
                        mode="daring")
    meetings.invite(m.id, [p.id for p in people_fixture])
    return m


def open_tab(qtbot, meeting_id, monkeypatch, path, zone="WIB") -> AttendanceTab:
    asked = []
    monkeypatch.setattr(zoom_review_dialog, "ask_report_path", lambda parent: str(path))
    monkeypatch.setattr(zoom_review_dialog, "ask_zone",
                        lambda parent, default, name: (asked.append((default, name)), zone)[1])
    tab = AttendanceTab()
    qtbot.addWidget(tab)
    tab.set_meeting(meeting_id)
    tab.resize(1200, 600)
    tab.show()
    tab.asked = asked
    return tab


def row_of(model, name_part: str) -> int:
    for r in range(model.rowCount()):
        if name_part in model.index(r, zcols.NAMES).data():
            return r
    raise AssertionError(name_part)


def choose_in_combo(qtbot, dialog, row: int, action: str) -> None:
    """Open the Usulan cell's combo as a click does and pick an entry."""
    index = dialog.model.index(row, zcols.ACTION)
    dialog.view.setCurrentIndex(index)
    qtbot.mouseClick(dialog.view.viewport(), Qt.LeftButton, pos=dialog.view.visualRect(index).center())
    combo = dialog.view.indexWidget(index)
    assert combo is not None, "one click opens the combo"
    combo.setCurrentIndex(combo.findData(action))
    combo.activated.emit(combo.currentIndex())


def test_report_read_in_a_worker_reviewed_changed_and_applied(qtbot, bakohumas, people_fixture, monkeypatch,
                                                            message_log):
    amarodin, rochani, gogot = people_fixture
    tab = open_tab(qtbot, bakohumas.id, monkeypatch, DATA / "portal_old.csv")
    qtbot.mouseClick(tab.zoom_button, Qt.LeftButton)
    assert tab.asked == [("WIB", "portal_old.csv")]  # the meeting's zone is the default
    qtbot.waitUntil(lambda: tab.zoom_dialog is not None and tab.zoom_dialog.isVisible(), timeout=10000)
    assert tab.zoom_job is None  # the worker thread is done and waited for
    dialog = tab.zoom_dialog
    model = dialog.model

    assert model.rowCount() == 3
    assert dialog.counts.text() == "4 baris laporan · 3 peserta: 2 dicocokkan, 0 tamu baru, 1 diabaikan"
    assert not dialog.warning.isVisible()
    amar = row_of(model, "Amarodin")
    assert [model.index(amar, c).data() for c in (zcols.JOIN, zcols.LEAVE, zcols.MINUTES, zcols.ACTION)] == [
        "08.58 WIB", "12.00 WIB", "180", "Cocokkan"]
    assert model.index(amar, zcols.WHO).data().startswith("Much. Amarodin (cocok ")
    phone = row_of(model, "iPhone")
    assert model.index(phone, zcols.ACTION).data() == "Abaikan"
    assert dialog.min_spin.value() == zoom_import.DEFAULT_MIN_MINUTES

    # The iPhone was the camat's: a new guest, named by typing over the proposed name.
    choose_in_combo(qtbot, dialog, phone, NEW)
    assert model.index(phone, zcols.ACTION).data() == "Tamu baru"
    who = model.index(phone, zcols.WHO)
    dialog.view.setCurrentIndex(who)
    qtbot.keyClick(dialog.view, Qt.Key_F2)
    editor = dialog.view.indexWidget(who)
    editor.selectAll()
    qtbot.keyClicks(editor, "Camat Kedungwaru")
    qtbot.keyClick(editor, Qt.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: model.index(phone, zcols.WHO).data() == "Camat Kedungwaru")

    # Gogot's match is confirmed by hand through the directory search (Ctrl+P on the selected row).
    gogot_row = row_of(model, "Gogot")
    dialog.view.selectRow(gogot_row)
    monkeypatch.setattr(PersonPickDialog, "exec",
                        lambda d: (qtbot.keyClick(d.finder.search_box, Qt.Key_Return), d.result())[1])
    activate(qtbot, dialog)  # window shortcuts fire in the active window only
    qtbot.keyClick(dialog.view, Qt.Key_P, Qt.ControlModifier)
    assert model.index(gogot_row, zcols.WHO).data() == "Gogot Cahyo Baskoro (dipilih)"
    assert dialog.counts.text() == "4 baris laporan · 3 peserta: 2 dicocokkan, 1 tamu baru, 0 diabaikan"

    dialog.min_spin.setValue(20)
    assert model.index(phone, zcols.MINUTES).data(Qt.ForegroundRole) is not None  # 15 < 20: marked
    qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)

    assert message_log.shown == [("info", "3 orang tercatat hadir daring, 1 tamu baru. 1 orang kurang dari menit "
                                          "minimal dan ditandai untuk ditinjau.")]
    qtbot.waitUntil(lambda: tab.zoom_dialog is None)
    assert zoom_import.min_minutes() == 20
    shown = {tab.proxy.index(r, cols.NAME).data(): (tab.proxy.index(r, cols.CHANNEL).data(),
                                                    tab.proxy.index(r, cols.MINUTES).data(),
                                                    tab.proxy.index(r, cols.STATUS).data())
             for r in range(tab.proxy.rowCount())}
    assert shown == {"Much. Amarodin": ("Daring", "180", "Hadir"),
                     "Gogot Cahyo Baskoro": ("Daring", "195", "Hadir"),
                     "Camat Kedungwaru": ("Daring", "15", "Terlambat · perlu ditinjau")}  # joined 09.30
    assert tab.review_label.isVisible()
    assert Person.get(Person.name == "Camat Kedungwaru").is_guest


def test_cancelled_review_writes_nothing(qtbot, bakohumas, monkeypatch, message_log):
    tab = open_tab(qtbot, bakohumas.id, monkeypatch, DATA / "portal_old.csv")
    tab.import_zoom()
    qtbot.waitUntil(lambda: tab.zoom_dialog is not None and tab.zoom_dialog.isVisible(), timeout=10000)
    choose_in_combo(qtbot, tab.zoom_dialog, 0, IGNORE)
    qtbot.keyClick(tab.zoom_dialog, Qt.Key_Escape)
    qtbot.waitUntil(lambda: tab.zoom_dialog is None)
    assert Attendance.select().count() == 0 and message_log.shown == []


def test_a_report_of_another_day_warns(qtbot, people_fixture, monkeypatch):
    m = meetings.create(title="Rakor Evaluasi", date=date(2021, 5, 20), start_time=time(9, 0), mode="daring")
    tab = open_tab(qtbot, m.id, monkeypatch, DATA / "portal_old.csv", zone="WITA")
    tab.import_zoom()
    qtbot.waitUntil(lambda: tab.zoom_dialog is not None and tab.zoom_dialog.isVisible(), timeout=10000)
    dialog = tab.zoom_dialog
    assert dialog.warning.isVisible() and "Periksa apakah berkasnya benar" in dialog.warning.text()
    assert dialog.model.index(row_of(dialog.model, "Amarodin"), zcols.JOIN).data() == "08.58 WITA"
    dialog.reject()


def test_a_broken_file_says_why_in_indonesian_and_records_nothing(qtbot, bakohumas, monkeypatch, message_log,
                                                                  tmp_path):
    broken = tmp_path / "laporan.csv"
    broken.write_text("Nama,Instansi\nRina,KPU\n", encoding="utf-8")
    tab = open_tab(qtbot, bakohumas.id, monkeypatch, broken)
    qtbot.mouseClick(tab.zoom_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(message_log.shown), timeout=10000)
    kind, text = message_log.shown[0]
    assert kind == "error" and text.startswith("Berkas 'laporan.csv' bukan laporan peserta Zoom")
    assert tab.zoom_dialog is None
    qtbot.waitUntil(lambda: tab.zoom_job is None)
    assert Attendance.select().count() == 0 and tab.model.rowCount() == 0
    assert tab.zoom_button.isEnabled()
