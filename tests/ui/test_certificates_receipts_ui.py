"""Sertifikat and daftar tanda terima on the Dokumen tab, the Periksa sertifikat dialog, and a certificate
scanned at the check-in desk: driven as a user would, with clicks and typed keys."""
from __future__ import annotations

from datetime import date
from datetime import time as dtime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pypdf import PdfReader

from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.models import Attendance
from kpu_rakor.domain.services import certificates, checkin, meetings, people, receipts
from kpu_rakor.ui.checkin.result_panel import BLUE, RED
from kpu_rakor.ui.meeting.documents_tab import DocumentsTab

from ui_helpers import activate, meeting_starting_now, quiet_desk


@pytest.fixture
def sosialisasi(office):
    m = meetings.create(title="Sosialisasi Pemilih Pemula", kind="sosialisasi", date=date(2021, 4, 7),
                        start_time=dtime(9, 0), venue="Aula KPU Kabupaten Tulungagung")
    with write_tx():
        speaker = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Dosen",
                                institution="Universitas Tulungagung")
        students = [people.create(name=n, position="Siswa", institution="SMAN 1 Tulungagung")
                    for n in ("Ani Wulandari", "Budi", "Citra")]
    meetings.set_roles(m.id, [{"person_id": speaker.id, "role": "speaker"}])
    meetings.invite(m.id, [s.id for s in students])
    for s in students:
        checkin.check_in_person(m.id, s.id)
    return m, speaker, students


@pytest.fixture
def tab(qtbot, office, folder):
    widget = DocumentsTab()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _type_amount(qtbot, spin, digits: str) -> None:
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key_A, Qt.ControlModifier)
    for d in digits:
        QTest.keyClick(spin, d)
    QTest.keyClick(spin, Qt.Key_Tab)


def _pdf_text(path) -> str:
    return " ".join(" ".join(pg.extract_text() for pg in PdfReader(str(path)).pages).split())


def test_receipt_dialog_sets_amounts_and_signers_then_renders(qtbot, tab, sosialisasi):
    m, speaker, students = sosialisasi
    tab.set_meeting(m.id)
    extras = tab.extras
    assert not extras.buttons["tanda_terima"].isEnabled()
    assert "belum diisi" in extras.hints["tanda_terima"].text()
    qtbot.mouseClick(extras.settings_button, Qt.LeftButton)
    dialog = extras.receipt_dialog
    activate(qtbot, dialog)
    _type_amount(qtbot, dialog.amounts["speaker"], "1000000")
    _type_amount(qtbot, dialog.amounts["peserta"], "150000")
    assert dialog.amounts["peserta"].text() == "150.000"
    # Budi is not paid: his Jumlah cell, typed 0.
    row = next(i for i, p in enumerate(dialog.model.payees) if p.name == "Budi")
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(row, 2))
    QTest.keyClicks(dialog.table, "0")
    focused = QApplication.focusWidget()
    QTest.keyClick(focused, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.own.get(students[1].id) == 0)
    assert "Rp 1.300.000 untuk 3 orang" in dialog.total.text()
    assert "Satu juta tiga ratus ribu rupiah" in dialog.total.text()
    QTest.keyClicks(dialog.ppk_name, "Drs. Sugeng Hariyadi, M.M.")
    QTest.keyClicks(dialog.ppk_nip, "196805121993031007")
    QTest.keyClicks(dialog.bendahara_name, "Sri Wahyuni")
    with qtbot.waitSignal(tab.preview_opened, timeout=60_000) as opened:
        qtbot.mouseClick(dialog.render_button, Qt.LeftButton)
    qtbot.addWidget(opened.args[0])
    qtbot.waitUntil(lambda: not tab.job.running)
    text = _pdf_text(tab.last_result)
    assert "JUMLAH 1.300.000" in text and "Satu juta tiga ratus ribu rupiah" in text
    assert "Budi" not in text and "Drs. Sugeng Hariyadi, M.M." in text and "NIP. 19680512 199303 1 007" in text
    assert extras.buttons["tanda_terima"].isEnabled()
    # Remembered: the next meeting's dialog starts from these.
    other = meetings.create(title="Bimtek PPS", kind="bimtek", date=date(2021, 5, 3), start_time=dtime(9, 0))
    assert receipts.settings(other.id).ppk.name == "Drs. Sugeng Hariyadi, M.M."


def test_receipt_dialog_refuses_a_bad_nip_next_to_the_field(qtbot, tab, sosialisasi):
    m, *_ = sosialisasi
    tab.set_meeting(m.id)
    dialog = tab.extras.open_receipt_dialog()
    activate(qtbot, dialog)
    QTest.keyClicks(dialog.bendahara_name, "Sri Wahyuni")
    QTest.keyClicks(dialog.bendahara_nip, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.isVisible()
    assert "NIP harus 18 angka" in dialog.error_label.text()
    assert QApplication.focusWidget() is dialog.bendahara_nip
    assert not receipts.settings(m.id).saved


def test_one_persons_certificate_from_the_tab(qtbot, tab, sosialisasi):
    m, speaker, students = sosialisasi
    tab.set_meeting(m.id)
    extras = tab.extras
    assert extras.buttons["sertifikat"].isEnabled()
    assert extras.person.count() == 4 and extras.person.itemText(0) == "Dr. H. Rochani, S.Pd., M.Si. — Narasumber"
    extras.person.setCurrentIndex(extras.person.findData(students[2].id))
    with qtbot.waitSignal(tab.preview_opened, timeout=60_000) as opened:
        qtbot.mouseClick(extras.buttons["sertifikat_satu"], Qt.LeftButton)
    qtbot.addWidget(opened.args[0])
    qtbot.waitUntil(lambda: not tab.job.running)
    reader = PdfReader(str(tab.last_result))
    assert len(reader.pages) == 1 and "Citra" in reader.pages[0].extract_text()
    assert tab.last_result.name == "Sertifikat Citra - Sosialisasi Pemilih Pemula - 2021-04-07.pdf"


def test_certificates_refused_for_a_rakor(qtbot, tab, office):
    m = meetings.create(title="Rakor Bakohumas", kind="rakor", date=date(2021, 4, 7), start_time=dtime(9, 0))
    tab.set_meeting(m.id)
    assert not tab.extras.buttons["sertifikat"].isEnabled()
    assert "sosialisasi, bimtek atau webinar" in tab.extras.hints["sertifikat"].text()
    assert tab.extras.person.count() == 0


def test_check_dialog_valid_forged_and_not_a_code(qtbot, tab, sosialisasi):
    m, speaker, _ = sosialisasi
    code = next(c.code for c in certificates.read(m.id).certificates if c.person_id == speaker.id)
    qtbot.mouseClick(tab.extras.check_button, Qt.LeftButton)
    dialog = tab.extras.check_dialog
    activate(qtbot, dialog)
    QTest.keyClicks(dialog.code, code)
    QTest.keyClick(dialog.code, Qt.Key_Return)
    assert dialog.result.property("verdict") == "ok"
    assert "Sertifikat SAH" in dialog.result.text() and "Dr. H. Rochani, S.Pd., M.Si." in dialog.result.text()
    assert "Rabu, 07 April 2021" in dialog.result.text()
    # The next scan replaces the selected text: a code whose role letter was changed.
    QTest.keyClicks(dialog.code, code[0] + "M" + code[2:])
    QTest.keyClick(dialog.code, Qt.Key_Return)
    assert dialog.result.property("verdict") == "bad" and "TIDAK SAH" in dialog.result.text()
    QTest.keyClicks(dialog.code, "halo")
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    assert "bukan kode sertifikat" in dialog.result.text()


def test_desk_scan_of_a_certificate_shows_it_and_records_nothing(qtbot, office):
    m = meeting_starting_now("Sosialisasi Pemilih Pemula")
    meetings.update(m.id, kind="sosialisasi")
    with write_tx():
        speaker = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Dosen")
    meetings.set_roles(m.id, [{"person_id": speaker.id, "role": "speaker"}])
    code = certificates.read(m.id).certificates[0].code
    page = quiet_desk(qtbot, 1280, 720)
    assert page.meeting.id == m.id
    page.code_field.setFocus()
    QTest.keyClicks(page.code_field, code, Qt.NoModifier, 0)
    QTest.keyClick(page.code_field, Qt.Key_Return)
    panel = page.result_panel
    assert panel.state == BLUE
    assert panel.headline.text() == "Sertifikat sah"
    assert panel.name.text() == "Dr. H. Rochani, S.Pd., M.Si."
    assert "kehadiran tidak dicatat" in panel.note.text()
    assert Attendance.select().where(Attendance.meeting == m.id).count() == 0
    page.code_field.setFocus()
    QTest.keyClicks(page.code_field, code[:-1] + ("A" if code[-1] != "A" else "B"), Qt.NoModifier, 0)
    QTest.keyClick(page.code_field, Qt.Key_Return)
    assert panel.state == RED and panel.headline.text() == "Sertifikat tidak sah"
    assert Attendance.select().where(Attendance.meeting == m.id).count() == 0


def test_receipt_list_to_excel_from_the_tab(qtbot, tab, sosialisasi, monkeypatch, tmp_path, message_log):
    from openpyxl import load_workbook

    from kpu_rakor.ui import file_dialogs

    m, *_ = sosialisasi
    tab.set_meeting(m.id)
    assert not tab.extras.excel_button.isEnabled()  # no amounts yet
    receipts.save(m.id, receipts.ReceiptSettings(amounts={"speaker": 750000, "peserta": 100000}))
    tab.extras.refresh()
    assert tab.extras.excel_button.isEnabled()
    target = tmp_path / "tanda-terima.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(target))
    qtbot.mouseClick(tab.extras.excel_button, Qt.LeftButton)
    qtbot.waitUntil(target.exists)
    rows = [[c.value for c in r] for r in load_workbook(target)["Tanda Terima"].iter_rows()]
    assert rows[-1][1] == "JUMLAH" and rows[-1][5] == 1050000
