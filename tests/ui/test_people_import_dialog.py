"""The Direktori's *Impor…* (preview, columns, Impor, Urungkan impor) and *Gabungkan dengan…* (issue 11)."""
from __future__ import annotations

from datetime import date
import time

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from kpu_rakor.domain.models import Attendance, Person
from kpu_rakor.domain.services import checkin, meetings, people
from kpu_rakor.ui.directory import import_dialog, people_list_actions
from kpu_rakor.ui.directory.directory_page import DirectoryPage
from kpu_rakor.ui.directory.import_dialog import ImportDialog

CSV = ("Peserta;NIP;Jabatan;Kantor;Kontak\n"
       "Siti Aminah, S.E.;;Sekretaris;KPU Kota Blitar;0812 1111\n"
       "Much. Amarodin;;Kasubag Teknis;KPU Kabupaten Tulungagung;0813 2222\n"
       ";;Staf;;\n"
       "Budi;12345;Staf;Dinas Kominfo;\n")


def _file(tmp_path, text=CSV, name="peserta.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _cells(dialog, row):
    return [dialog.model.data(dialog.model.index(row, c)) for c in range(4)]


def test_preview_columns_and_rows(qtbot, people_fixture, tmp_path):
    dialog = ImportDialog(str(_file(tmp_path)))
    qtbot.addWidget(dialog)
    assert dialog.combos["name"].currentText() == "Peserta"
    assert dialog.combos["phone"].currentText() == "(tidak dipakai)"  # "Kontak" is no known header
    assert _cells(dialog, 0)[:3] == ["2", "Tambah", "Siti Aminah, S.E."]
    amar = _cells(dialog, 1)
    assert amar[1] == "Perbarui" and amar[3] == "Jabatan: Kasubag Teknis dan Hupmas → Kasubag Teknis"
    assert _cells(dialog, 2)[1:4:2] == ["Ditolak", "Nama kosong."]
    assert _cells(dialog, 3)[1] == "Ditolak" and "NIP harus 18 angka" in _cells(dialog, 3)[3]
    assert dialog.counts.text() == "1 ditambahkan · 1 diperbarui · 0 tetap · 2 ditolak"
    # Choosing the phone column plans again: Amarodin's phone changes too.
    dialog.combos["phone"].setCurrentIndex(5)
    assert _cells(dialog, 1)[3] == "Jabatan: Kasubag Teknis dan Hupmas → Kasubag Teknis; HP: – → 0813 2222"
    # Without a name column nothing can be imported, and the dialog says why.
    dialog.combos["name"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled() and "Pilih kolom yang berisi nama" in dialog.problem.text()
    assert dialog.model.rowCount() == 0
    assert Person.select().count() == 3  # nothing written by a preview


def test_import_from_the_page_then_undo(qtbot, people_fixture, tmp_path, monkeypatch, message_log):
    path = _file(tmp_path)
    monkeypatch.setattr(import_dialog, "pick_people_file", lambda parent: str(path))

    def run(dialog):
        dialog.combos["phone"].setCurrentIndex(5)
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
        return QDialog.Accepted if dialog.result else QDialog.Rejected

    monkeypatch.setattr(ImportDialog, "exec", run)
    page = DirectoryPage()
    qtbot.addWidget(page)
    assert not page.list_actions.undo_button.isEnabled()
    qtbot.mouseClick(page.list_actions.import_button, Qt.LeftButton)
    assert message_log.shown[-1] == ("info", "Impor selesai: 1 orang ditambahkan, 1 diperbarui, 0 tetap, 2 baris "
                                             "ditolak. Bila keliru, tekan Urungkan impor.")
    assert page.model.total() == 4 and Person.get(Person.name == "Much. Amarodin").phone == "0813 2222"
    # After a restart the page still offers the undo (it is read from the database).
    again = DirectoryPage()
    qtbot.addWidget(again)
    assert again.list_actions.undo_button.isEnabled() and "peserta.csv" in again.list_actions.undo_button.toolTip()
    qtbot.mouseClick(again.list_actions.undo_button, Qt.LeftButton)
    assert "Urungkan impor peserta.csv" in message_log.shown[-2][1]
    assert message_log.shown[-1] == ("info", "Impor diurungkan: 1 orang dihapus, 1 orang dikembalikan ke data "
                                             "lamanya.")
    assert again.model.total() == 3 and Person.get(Person.name == "Much. Amarodin").phone == ""
    assert not again.list_actions.undo_button.isEnabled()


def test_a_large_import_runs_in_a_job(qtbot, people_fixture, tmp_path, monkeypatch):
    monkeypatch.setattr(import_dialog, "IN_A_JOB", 1)  # this small file takes the path of a large one
    dialog = ImportDialog(str(_file(tmp_path)))
    qtbot.addWidget(dialog)
    dialog.run_import()
    assert dialog.result is not None and (dialog.result.added, dialog.result.updated) == (1, 1)
    assert Person.get(Person.name == "Siti Aminah, S.E.").position == "Sekretaris"


def test_a_broken_file_is_one_sentence_and_no_dialog(qtbot, office, tmp_path, monkeypatch, message_log):
    path = tmp_path / "orang.xlsx"
    path.write_bytes(b"PK\x03\x04rusak")
    monkeypatch.setattr(import_dialog, "pick_people_file", lambda parent: str(path))
    page = DirectoryPage()
    qtbot.addWidget(page)
    page.list_actions.import_file()
    assert message_log.shown[-1][0] == "error" and "bukan berkas Excel .xlsx" in message_log.shown[-1][1]


def test_five_thousand_rows_preview_quickly(qtbot, office, tmp_path):
    lines = ["Nama;Jabatan;Instansi"] + [f"Peserta {i};Staf;KPU Kota Blitar" for i in range(5000)]
    path = _file(tmp_path, "\n".join(lines))
    start = time.perf_counter()
    dialog = ImportDialog(str(path))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    elapsed = time.perf_counter() - start
    assert dialog.model.rowCount() == 5000 and elapsed < 3, f"{elapsed:.2f} s"


def test_merge_from_the_page(qtbot, people_fixture, monkeypatch, message_log):
    amar, _rochani, _gogot = people_fixture
    twin = people.create(name="Amarodin, S.Pd.", nip="198609262015051001")
    m = meetings.create(title="Rakor", date=date(2024, 4, 3))
    checkin.check_in_person(m.id, twin.id)
    page = DirectoryPage()
    qtbot.addWidget(page)
    page.table.selectRow(page.model.row_of(amar.id))

    def pick(dialog):
        assert amar.id in dialog.finder.exclude
        dialog.person_id = twin.id
        return QDialog.Accepted

    monkeypatch.setattr(people_list_actions.PersonPickDialog, "exec", pick)
    qtbot.mouseClick(page.list_actions.merge_button, Qt.LeftButton)
    text = message_log.shown[-1][1]
    assert text.startswith("Gabungkan Amarodin, S.Pd. ke Much. Amarodin?") and "1 kehadiran" in text
    assert "NIP 198609262015051001" in text
    assert Person.get_or_none(Person.id == twin.id) is None
    assert Attendance.get(Attendance.meeting == m.id).person_id == amar.id
    assert page.selected_id() == amar.id and page.model.total() == 3


def test_merge_two_selected_keeps_the_one_with_history(qtbot, people_fixture, message_log):
    amar, rochani, _gogot = people_fixture
    twin = people.create(name="Much. Amarodin, S.Pd.", phone="0812")
    m = meetings.create(title="Rakor", date=date(2024, 4, 3))
    checkin.check_in_person(m.id, twin.id)
    page = DirectoryPage()
    qtbot.addWidget(page)
    for pid in (amar.id, twin.id):
        page.table.selectionModel().select(page.model.index(page.model.row_of(pid), 0),
                                           QItemSelectionModel.Select | QItemSelectionModel.Rows)
    assert sorted(page.selected_ids()) == sorted([amar.id, twin.id]) and page.selected_id() is None
    message_log.answer = False
    qtbot.mouseClick(page.list_actions.merge_button, Qt.LeftButton)
    assert message_log.shown[-1][1].startswith("Gabungkan Much. Amarodin ke Much. Amarodin, S.Pd.?")
    assert Person.select().count() == 4  # said no
    message_log.answer = True
    qtbot.mouseClick(page.list_actions.merge_button, Qt.LeftButton)
    assert Person.get_or_none(Person.id == amar.id) is None
    kept = Person.get_by_id(twin.id)
    assert (kept.position, kept.phone) == ("Kasubag Teknis dan Hupmas", "0812")
    assert page.selected_ids() == [twin.id]
