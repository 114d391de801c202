"""*Ekspor…* on the Undangan and Kehadiran tabs, the Tindak Lanjut page and tab, and the Direktori; *Undangan WA
massal…* on the Undangan tab. The file dialogs are replaced (they would block); the files are opened and read."""
from __future__ import annotations

from datetime import date, datetime, time

import openpyxl
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from kpu_rakor.domain.services import checkin, followups, meetings, people, qr
from kpu_rakor.ui import file_dialogs
from kpu_rakor.ui.directory.directory_page import DirectoryPage
from kpu_rakor.ui.followups.followups_page import FollowUpsPage
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor

ODD = "Ani <Tamu> & Co/Jatim: Ketua"


@pytest.fixture
def rakor(people_fixture, office):
    odd = people.create(name=ODD, institution="Bawaslu Kab. Tulungagung", phone="081234567890")
    m = meetings.create(title="Rakor Bakohumas", date=date(2026, 12, 2), start_time=time(9, 0),
                        venue="Aula KPU Kabupaten Tulungagung")
    meetings.invite(m.id, [p.id for p in people_fixture] + [odd.id])
    checkin.check_in_person(m.id, people_fixture[0].id, desk="Meja 1", method="qr", at=datetime(2026, 12, 2, 2, 5))
    return m, [*people_fixture, odd]


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The save dialog answers `name` (without a suffix the dialog's filter would add: .xlsx here)."""
    chosen = {}

    def answer(name):
        chosen["path"] = tmp_path / name
        monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(chosen["path"]))
        return chosen["path"]
    return answer


def _editor(qtbot, meeting_id):
    editor = MeetingEditor(meeting_id)
    qtbot.addWidget(editor)
    return editor


def _rows(path, sheet):
    return list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))


def test_invitees_tab_exports_xlsx(qtbot, rakor, save_to, message_log):
    m, ps = rakor
    tab = _editor(qtbot, m.id).invitees
    target = save_to("undangan.xlsx")
    assert tab.export_button.isEnabled() and "Excel" in tab.export_button.toolTip()
    tab.export_button.click()
    rows = _rows(target, "Undangan")
    assert {r[1] for r in rows[1:]} == {p.name for p in ps}
    assert message_log.shown[-1] == ("info", f"Tersimpan: undangan.xlsx\n\nFolder: {target.parent}")


def test_attendance_tab_exports_csv_and_xlsx(qtbot, rakor, save_to, message_log, monkeypatch):
    m, ps = rakor
    tab = _editor(qtbot, m.id).attendance
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: "")  # cancelled: nothing written, nothing said
    tab.export_button.click()
    assert message_log.shown == []
    csv = save_to("hadir.csv")
    tab.export_button.click()
    text = csv.read_text("utf-8-sig")
    assert "Much. Amarodin" in text and "2026-12-02 09:05" in text and "Belum tercatat" in text
    xlsx = save_to("hadir.xlsx")
    tab.export_button.click()
    rows = _rows(xlsx, "Kehadiran")
    first = rows[1]
    assert first[1] == "Much. Amarodin" and first[8] == datetime(2026, 12, 2, 9, 5) and first[7] == "Kode QR, Meja 1"


def test_followups_page_exports_what_it_shows(qtbot, rakor, save_to):
    m, ps = rakor
    followups.create(m.id, "Kirim rekap & <data>", person_id=ps[0].id)
    followups.create(m.id, "Susun laporan", person_id=ps[1].id)
    page = FollowUpsPage()
    qtbot.addWidget(page)
    page.search_box.setText("rekap")
    page.search_box.flush()
    assert page.model.rowCount() == 1
    target = save_to("tl.xlsx")
    page.export_button.click()
    rows = _rows(target, "Tindak lanjut")
    assert [r[1] for r in rows[1:]] == ["Kirim rekap & <data>"]
    info = dict(r[:2] for r in _rows(target, "Informasi") if r[0])
    assert info["Pencarian"] == "rekap"
    tab = _editor(qtbot, m.id).followups
    target = save_to("tl-rapat.xlsx")
    tab.export_button.click()
    assert [r[1] for r in _rows(target, "Tindak lanjut")[1:]] == ["Kirim rekap & <data>", "Susun laporan"]


def test_directory_page_exports_the_search(qtbot, rakor, save_to):
    page = DirectoryPage()
    qtbot.addWidget(page)
    page.search_box.setText("tamu")
    page.search_box.flush()
    target = save_to("direktori.xlsx")
    page.export_button.click()
    rows = _rows(target, "Orang")
    assert [r[1] for r in rows[1:]] == [ODD] and rows[1][5] == "081234567890"


def test_batch_invitations_folder_and_sheet(qtbot, rakor, monkeypatch, tmp_path, save_to, message_log):
    m, ps = rakor
    tab = _editor(qtbot, m.id).invitees
    assert tab.batch_button.isEnabled() and tab.batch_button.menu() is not None
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(tmp_path))
    folder_action, sheet_action = tab.batch_button.menu().actions()
    tab.batch_button.menu().aboutToShow.emit()
    assert "4 orang" in folder_action.text()
    folder_action.trigger()
    written = next(tmp_path.glob("undangan-wa-*"))
    pngs = sorted(written.glob("*.png"))
    assert len(pngs) == 4 and len(list(written.glob("*.txt"))) == 4
    assert (written / "Ani -Tamu- & Co-Jatim- Ketua.png").exists()
    codes = {zxingcpp.read_barcodes(Image.open(p))[0].text for p in pngs}
    assert codes == {qr.invitation_code(m.id, p.id) for p in ps}
    assert "4 gambar QR" in message_log.shown[-1][1]
    target = save_to("lembar")
    sheet_action.trigger()
    text = PdfReader(str(target) + ".pdf").pages[0].extract_text()
    assert "Much. Amarodin" in text
