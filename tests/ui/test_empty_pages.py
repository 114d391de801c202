"""Empty pages say how to start, with buttons that do it; the Rapat page imports a meeting file (Impor…),
refusing a file that is not a meeting export in one sentence; the Direktori shows what another process
changed, keeping the selection."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kpu_rakor.domain.services import people, transfer
from kpu_rakor.ui.directory import import_dialog
from kpu_rakor.ui.directory.directory_page import DirectoryPage
from kpu_rakor.ui.meeting import windows
from kpu_rakor.ui.meetings import meeting_import
from kpu_rakor.ui.meetings.meetings_page import MeetingsPage

from ui_helpers import activate, meeting_starting_now

CLI = Path(sys.executable).with_name("kpu-rakor-cli")


def test_empty_rapat_page_offers_buat_rapat(qtbot, office):
    page = MeetingsPage()
    qtbot.addWidget(page)
    activate(qtbot, page)
    assert page.stack.currentWidget() is page.empty
    assert [b.text() for b in page.empty.buttons] == ["Buat rapat", "Impor berkas rapat…"]
    qtbot.mouseClick(page.empty.buttons[0], Qt.LeftButton)
    [window] = windows.open_windows().values()  # a new meeting, in its own window, its name ready to type over
    qtbot.keyClicks(window.form.title, "Rakor Perdana")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.table and page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 2)) == "Rakor Perdana")
    windows.close_all()


def test_a_search_that_finds_nothing_is_not_the_empty_state(qtbot, office):
    meeting_starting_now("Rakor Pilkada")
    page = MeetingsPage()
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search_box, "zzz")
    page.search_box.flush()
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.table


@pytest.fixture
def export_file(office, tmp_path):
    m = meeting_starting_now("Rakor Tahapan Kampanye")
    path = transfer.write_export(m.id, tmp_path / "rapat.json")
    from kpu_rakor.domain.services import meetings
    meetings.delete(m.id)
    return path


def test_impor_berkas_rapat_from_the_empty_page(qtbot, export_file, monkeypatch):
    page = MeetingsPage()
    qtbot.addWidget(page)
    monkeypatch.setattr(meeting_import, "pick_file", lambda parent: str(export_file))
    qtbot.mouseClick(page.empty.buttons[1], Qt.LeftButton)
    assert page.stack.currentWidget() is page.table
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 2)) == "Rakor Tahapan Kampanye"
    assert page.selected_id() == page.model.meeting_id(0)  # the imported meeting is selected


def test_impor_refuses_a_file_that_is_not_a_meeting_export(qtbot, office, tmp_path, monkeypatch, message_log):
    meeting_starting_now("Rakor Pilkada")
    page = MeetingsPage()
    qtbot.addWidget(page)
    people_list = tmp_path / "peserta.json"
    people_list.write_text(json.dumps({"nama": "Siti Ma'ruf"}), encoding="utf-8")
    picture = tmp_path / "foto.json"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    for path, expected in ((people_list, "bukan berkas ekspor rapat KPU Rakor"), (picture, "bukan teks UTF-8")):
        message_log.shown.clear()
        monkeypatch.setattr(meeting_import, "pick_file", lambda parent, p=path: str(p))
        qtbot.mouseClick(page.import_button, Qt.LeftButton)
        [(kind, text)] = message_log.shown
        assert kind == "error" and expected in text
        assert "\n" not in text and "Traceback" not in text
    assert page.model.rowCount() == 1  # nothing was added


def test_empty_direktori_offers_impor_daftar_orang(qtbot, office, tmp_path, monkeypatch):
    page = DirectoryPage()
    qtbot.addWidget(page)
    activate(qtbot, page)
    assert page.people_stack.currentWidget() is page.empty
    assert page.empty.buttons[0].text() == "Impor daftar orang…"
    csv = tmp_path / "peserta.csv"
    csv.write_text("nama,jabatan\nSiti Ma'ruf,Operator\n", encoding="utf-8")
    monkeypatch.setattr(import_dialog, "pick_people_file", lambda parent: str(csv))

    def accept(dialog):
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
        return QDialog.Accepted if dialog.result else QDialog.Rejected

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", accept)
    qtbot.mouseClick(page.empty.buttons[0], Qt.LeftButton)
    assert page.people_stack.currentWidget() is page.table
    assert page.model.total() == 1


@pytest.mark.skipif(not CLI.exists(), reason="kpu-rakor-cli belum terpasang di venv ini")
def test_direktori_shows_what_another_process_added_keeping_the_selection(qtbot, people_fixture, sqlite_db,
                                                                         tmp_path):
    page = DirectoryPage()
    qtbot.addWidget(page)
    activate(qtbot, page)
    page._poll.setInterval(50)
    page._poll.start()
    chosen = people_fixture[1].id
    page.table.selectRow(page.model.row_of(chosen))
    csv = tmp_path / "peserta.csv"
    csv.write_text("nama,jabatan\nAbdul Aziz,Operator\n", encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "cli-data")}
    done = subprocess.run([str(CLI), "--db", sqlite_db, "person", "import", str(csv)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: page.model.total() == 4, timeout=5000)
    assert "Abdul Aziz" in [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert page.selected_ids() == [chosen]
    assert page.count_label.text() == "4 orang"


def test_direktori_follows_an_edit_keeping_the_scroll_and_stays_quiet_while_hidden(qtbot, people_fixture):
    for n in range(60):
        people.create(name=f"Petugas Pantarlih {n:02d}", position="Pantarlih")
    page = DirectoryPage()
    qtbot.addWidget(page)
    page.resize(1000, 500)
    activate(qtbot, page)
    page._poll.setInterval(50)
    page._poll.start()
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    people.update(people_fixture[2].id, position="Anggota Divisi Teknis")  # as another PC would
    row = page.model.row_of(people_fixture[2].id)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row, 2)) == "Anggota Divisi Teknis", timeout=5000)
    assert bar.value() == scrolled  # the list did not jump back to the top
    page.hide()
    assert not page._poll.isActive()


NEWS_DATA = Path(__file__).resolve().parents[1] / "data" / "news"


@pytest.mark.parametrize("answer", [True, False])
def test_a_fresh_pc_is_asked_before_a_meeting_file_sets_its_office(qtbot, any_db, message_log, answer):
    """A PC with no office profile yet: the meeting file names the office that recorded it, and the import
    asks before taking it as this PC's office; the meeting is imported either way."""
    from kpu_rakor.domain.services import installation

    assert not installation.is_configured()
    page = MeetingsPage()
    qtbot.addWidget(page)
    message_log.answer = answer
    meeting_id = meeting_import.import_meeting(page, str(NEWS_DATA / "tulungagung_bakohumas_2021.json"))
    assert meeting_id is not None
    [(kind, text)] = message_log.shown
    assert kind == "confirm" and "KPU Kabupaten Tulungagung" in text
    assert installation.is_configured() is answer
    if answer:
        assert installation.profile().satker.name == "KPU Kabupaten Tulungagung"


def test_a_configured_pc_imports_without_asking_about_its_office(qtbot, office, message_log):
    page = MeetingsPage()
    qtbot.addWidget(page)
    before = office.name
    assert meeting_import.import_meeting(page, str(NEWS_DATA / "tulungagung_bakohumas_2021.json")) is not None
    assert message_log.shown == []
    from kpu_rakor.domain.services import installation
    assert installation.profile().satker.name == before
