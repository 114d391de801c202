"""The Rekap page (issue 11): a small office's spring of 2025 counted on screen, per person, satker, month and
meeting, filtered, stepped through periods, drawn in charts and written to XLSX, CSV and PDF."""
from __future__ import annotations

import csv
from datetime import date, time

import openpyxl
import pytest
from PySide6.QtCore import Qt
from ui_helpers import activate

from kpu_rakor.domain.models import ROLE_HOST, ROLE_PARTICIPANT
from kpu_rakor.domain.services import checkin, followups, meetings, people, satker
from kpu_rakor.ui import file_dialogs
from kpu_rakor.ui.recap.recap_page import RecapPage


@pytest.fixture
def office(any_office):
    return any_office


@pytest.fixture
def spring(office):
    """Three meetings of March–April 2025 and three people, two of the office and one of KPU Kabupaten Blitar.

    M1 10 Mar luring, host, rakor, series "Rakor Bulanan": Ani hadir, Budi terlambat, Citra izin
    M2 20 Mar daring, participant, sosialisasi:            Ani hadir, Budi sakit
    M3 15 Apr hibrida, host, rakor, series "Rakor Bulanan": Ani terlambat, Citra (no row: absent)
    Follow-ups of M1: Ani's, due 20 Mar 2025, still open (overdue); Budi's done."""
    blitar = satker.by_region_code("35.05")
    ani = people.create(name="Ani Rahayu", position="Kasubag Teknis", satker_id=office.id, nip="198001012005012001")
    budi = people.create(name="Budi Santoso", position="Staf", satker_id=office.id)
    citra = people.create(name="Citra Lestari", position="Anggota", satker_id=blitar.id)
    m1 = meetings.create(title="Rakor Pemutakhiran Data", date=date(2025, 3, 10), start_time=time(9, 0),
                         mode="luring", our_role=ROLE_HOST, kind="rakor", series="Rakor Bulanan")
    m2 = meetings.create(title="Sosialisasi Tahapan", date=date(2025, 3, 20), start_time=time(13, 30),
                         mode="daring", our_role=ROLE_PARTICIPANT, kind="sosialisasi")
    m3 = meetings.create(title="Rakor Evaluasi", date=date(2025, 4, 15), start_time=time(9, 0),
                         mode="hibrida", our_role=ROLE_HOST, kind="rakor", series="Rakor Bulanan")
    meetings.invite(m1.id, [ani.id, budi.id, citra.id])
    meetings.invite(m2.id, [ani.id, budi.id])
    meetings.invite(m3.id, [ani.id, citra.id])
    for m, person, status in ((m1, ani, "hadir"), (m1, budi, "terlambat"), (m1, citra, "izin"),
                              (m2, ani, "hadir"), (m2, budi, "sakit"), (m3, ani, "terlambat")):
        checkin.set_status(m.id, person.id, status)
    late = followups.create(m1.id, "Kirim data pemilih pemula", person_id=ani.id, due_date=date(2025, 3, 20))
    done = followups.create(m1.id, "Susun jadwal sosialisasi", person_id=budi.id, due_date=date(2025, 3, 25))
    followups.set_status(done.id, "selesai", "Jadwal dikirim ke PPK")
    assert late.id
    return {"ani": ani, "budi": budi, "citra": citra, "blitar": blitar, "m1": m1, "m2": m2, "m3": m3}


def settle(qtbot, page: RecapPage) -> None:
    """Wait for the debounce and the build job: the page then shows the recap of its filter."""
    qtbot.waitUntil(lambda: not page.timer.isActive() and not page.busy(), timeout=15000)


def make_page(qtbot, unit="month", ref=date(2025, 3, 1)) -> RecapPage:
    page = RecapPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    settle(qtbot, page)
    page.period.set_period(unit, ref)
    settle(qtbot, page)
    return page


def table(model) -> dict[str, list[str]]:
    """Shown text by the first column: what the user reads."""
    out = {}
    for row in range(model.rowCount()):
        cells = [model.index(row, c).data() for c in range(model.columnCount())]
        out[cells[0]] = cells[1:]
    return out


def column(model, name: str) -> int:
    return [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())].index(name)


def cell(model, first: str, name: str) -> str:
    return table(model)[first][column(model, name) - 1]


def values(bar) -> list[float]:
    return [bar.at(i) for i in range(bar.count())]


def test_the_month_per_person_and_satker(qtbot, spring):
    page = make_page(qtbot)
    assert page.period.name() == "Maret 2025"
    people_ = page.people_model
    assert set(table(people_)) == {"Ani Rahayu", "Budi Santoso", "Citra Lestari"}
    assert [cell(people_, "Ani Rahayu", h) for h in ("Diundang", "Hadir", "Terlambat", "Kehadiran")] == \
        ["2", "2", "0", "100,0 %"]
    assert [cell(people_, "Budi Santoso", h) for h in ("Diundang", "Hadir", "Terlambat", "Sakit", "Kehadiran")] == \
        ["2", "1", "1", "1", "50,0 %"]
    assert [cell(people_, "Citra Lestari", h) for h in ("Diundang", "Izin", "Kehadiran")] == ["1", "1", "0,0 %"]
    satkers = page.satker_model
    blitar = next(name for name in table(satkers) if "Blitar" in name)
    assert cell(satkers, blitar, "Izin") == "1" and cell(satkers, blitar, "Kehadiran") == "0,0 %"
    office_row = next(name for name in table(satkers) if "Tulungagung" in name)
    assert cell(satkers, office_row, "Diundang") == "4" and cell(satkers, office_row, "Kehadiran") == "75,0 %"
    assert page.summary_label.text() == ("2 rapat (1 sebagai tuan rumah, 1 sebagai peserta) · 5 undangan, 3 hadir, "
                                         "1 terlambat · kehadiran 60,0 %")
    assert page.body.currentWidget() is page.tabs


def test_follow_ups_per_person_and_satker(qtbot, spring, save_as):
    page = make_page(qtbot)
    by_person = page.fu_person_model
    assert [cell(by_person, "Ani Rahayu", h) for h in ("Terbuka", "Selesai", "Lewat batas waktu")] == ["1", "0", "1"]
    assert [cell(by_person, "Budi Santoso", h) for h in ("Terbuka", "Selesai", "Lewat batas waktu")] == ["0", "1", "0"]
    office_row = next(name for name in table(page.fu_satker_model) if "Tulungagung" in name)
    assert [cell(page.fu_satker_model, office_row, h) for h in ("Terbuka", "Selesai")] == ["1", "1"]
    assert page.no_followups_label.isHidden()
    page.tabs.setCurrentWidget(page.followups_split.parentWidget())
    assert page.csv_table() == "followup-person"
    view = page.tables["fu_satker"]
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(page.fu_satker_model.index(0, 0)).center())
    assert page.csv_table() == "followup-satker"
    save_as("tindak-lanjut.csv")
    text = page.export("csv").read_text(encoding="utf-8-sig")
    assert "Tulungagung" in text and "Ani Rahayu" not in text


def test_per_meeting_and_sorting_numbers_as_numbers(qtbot, spring):
    page = make_page(qtbot, "quarter")
    assert page.period.name() == "Triwulan I 2025"
    meetings_ = page.meeting_model
    assert [meetings_.index(r, 1).data() for r in range(meetings_.rowCount())] == \
        ["Rakor Pemutakhiran Data", "Sosialisasi Tahapan"]
    assert meetings_.index(0, 0).data() == "10 Mar 2025 09.00 WIB"
    assert cell(meetings_, "10 Mar 2025 09.00 WIB", "Kehadiran") == "66,7 %"
    assert cell(meetings_, "20 Mar 2025 13.30 WIB", "Mode") == "Daring"

    people_ = page.people_model
    rate = column(people_, "Kehadiran")
    page.tables["person"].sortByColumn(rate, Qt.DescendingOrder)
    assert [people_.index(r, 0).data() for r in range(3)] == ["Ani Rahayu", "Budi Santoso", "Citra Lestari"]
    page.tables["person"].sortByColumn(rate, Qt.AscendingOrder)
    assert [people_.index(r, 0).data() for r in range(3)] == ["Citra Lestari", "Budi Santoso", "Ani Rahayu"]


def test_filters_change_the_numbers(qtbot, spring):
    page = make_page(qtbot, "year")
    assert cell(page.people_model, "Ani Rahayu", "Diundang") == "3"
    page.mode_combo.setCurrentIndex(page.mode_combo.findData("daring"))
    settle(qtbot, page)
    assert set(table(page.people_model)) == {"Ani Rahayu", "Budi Santoso"}
    assert cell(page.people_model, "Ani Rahayu", "Diundang") == "1"
    page.mode_combo.setCurrentIndex(0)
    page.role_combo.setCurrentIndex(page.role_combo.findData(ROLE_HOST))
    settle(qtbot, page)
    assert cell(page.people_model, "Ani Rahayu", "Diundang") == "2"
    assert cell(page.people_model, "Ani Rahayu", "Terlambat") == "1"
    page.role_combo.setCurrentIndex(0)
    assert page.kind_combo.findText("sosialisasi") > 0 and page.series_combo.findText("Rakor Bulanan") > 0
    page.kind_combo.setCurrentIndex(page.kind_combo.findText("sosialisasi"))
    settle(qtbot, page)
    assert [page.meeting_model.index(r, 1).data() for r in range(page.meeting_model.rowCount())] == \
        ["Sosialisasi Tahapan"]
    page.kind_combo.setCurrentIndex(0)
    page.series_combo.setCurrentIndex(page.series_combo.findText("Rakor Bulanan"))
    settle(qtbot, page)
    assert [page.meeting_model.index(r, 1).data() for r in range(page.meeting_model.rowCount())] == \
        ["Rakor Pemutakhiran Data", "Rakor Evaluasi"]
    assert cell(page.people_model, "Citra Lestari", "Tanpa keterangan") == "1"


def test_stepping_the_period_and_an_empty_one(qtbot, spring):
    page = make_page(qtbot, "month", date(2025, 3, 1))
    page.period.next_button.click()
    settle(qtbot, page)
    assert page.period.name() == "April 2025" and page.period.dates() == (date(2025, 4, 1), date(2025, 4, 30))
    assert [page.meeting_model.index(r, 1).data() for r in range(page.meeting_model.rowCount())] == \
        ["Rakor Evaluasi"]
    page.period.prev_button.click()
    page.period.prev_button.click()
    settle(qtbot, page)
    assert page.period.name() == "Februari 2025"
    assert page.body.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("Tidak ada rapat pada Februari 2025.")
    assert "◀ ▶" in page.empty_label.text()
    assert not page.xlsx_button.isEnabled()

    page.period.set_unit("quarter")
    settle(qtbot, page)
    assert page.period.name() == "Triwulan I 2025" and page.meeting_model.rowCount() == 2
    page.period.next_button.click()
    settle(qtbot, page)
    assert page.period.dates() == (date(2025, 4, 1), date(2025, 6, 30)) and page.meeting_model.rowCount() == 1
    assert not page.no_followups_label.isHidden()  # M3 has none: the tab says so instead of two empty tables
    page.period.set_range(date(2025, 3, 15), date(2025, 4, 20))
    settle(qtbot, page)
    assert page.meeting_model.rowCount() == 2  # 20 Mar and 15 Apr
    page.period.next_button.click()  # a range steps by its own length (37 days)
    settle(qtbot, page)
    assert page.period.dates() == (date(2025, 4, 21), date(2025, 5, 27))
    assert page.body.currentWidget() is page.empty_label


def test_charts_hold_the_recap(qtbot, spring):
    page = make_page(qtbot, "year", date(2025, 1, 1))
    charts = page.charts
    assert charts.month_labels[:4] == ["Jan", "Feb", "Mar", "Apr"] and len(charts.month_labels) == 12
    assert values(charts.mode_sets["luring"])[2:4] == [1.0, 0.0]
    assert values(charts.mode_sets["daring"])[2:4] == [1.0, 0.0]
    assert values(charts.mode_sets["hibrida"])[2:4] == [0.0, 1.0]
    assert sum(values(charts.mode_sets["luring"])) == 1.0
    assert values(charts.late_set)[2:4] == [1.0, 1.0]
    # Best on top: a horizontal bar chart lists its categories from the bottom.
    assert charts.satker_labels[-1].startswith("KPU Kabupaten Tulungagung")
    assert values(charts.rate_set) == [0.0, 80.0]  # Blitar 0 of 2, the office 4 of 5
    assert charts.modes_view.chart().title() == "Rapat per bulan menurut mode"


def test_the_recap_is_built_off_the_gui_thread_and_a_stale_result_is_dropped(qtbot, spring, monkeypatch):
    import threading
    import time as clock

    from kpu_rakor.domain.services import recap

    page = make_page(qtbot, "month", date(2025, 3, 1))
    real_build, threads = recap.build, []

    def slow_for_april(f, **kw):
        threads.append(threading.current_thread())
        if f.date_from.month == 4:
            clock.sleep(0.6)  # April is still being counted when the user has gone back to March
            kw.pop("progress")  # and cannot be cancelled: its result arrives, after March's
        return real_build(f, **kw)

    monkeypatch.setattr(recap, "build", slow_for_april)
    page.period.next_button.click()
    page.rebuild()
    page.period.prev_button.click()
    page.rebuild()
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=5000)
    qtbot.wait(900)  # April's result has arrived by now, after March's
    assert page.recap.filter.date_from == date(2025, 3, 1)
    assert page.period.name() == "Maret 2025" and page.meeting_model.rowCount() == 2
    assert threading.main_thread() not in threads


def test_double_click_on_a_meeting_opens_it(qtbot, spring):
    from kpu_rakor.ui.meeting import windows

    page = make_page(qtbot)
    page.tabs.setCurrentWidget(page.tables["meeting"])
    view = page.tables["meeting"]
    view.doubleClicked.emit(page.meeting_model.index(1, 1))  # what a double click on the second row sends
    opened = windows.window_for(spring["m2"].id)  # its own window: the recap stays usable
    assert opened is not None and opened.isVisible()
    opened.close()
    settle(qtbot, page)  # read again when the window closes: the meeting may have changed
    assert page.meeting_model.rowCount() == 2
    activate(qtbot, page)
    view.setCurrentIndex(page.meeting_model.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Return)
    assert windows.window_for(spring["m1"].id) is not None
    windows.window_for(spring["m1"].id).close()


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    asked = []

    def answer(name):
        def save_file(parent, title, suggested="", filters=""):
            asked.append((title, suggested, filters))
            return str(tmp_path / name)
        monkeypatch.setattr(file_dialogs, "save_file", save_file)
        return tmp_path / name
    answer.asked = asked
    return answer


def test_excel_export_writes_what_the_page_shows(qtbot, spring, save_as):
    page = make_page(qtbot)
    path = save_as("maret")  # typed without an extension
    written = page.export("xlsx")
    assert written == path.with_name("maret.xlsx") and written.exists()
    title, suggested, filters = save_as.asked[-1]
    assert suggested.endswith("rekap-2025-03-01-sd-2025-03-31.xlsx") and "*.xlsx" in filters
    assert page.status_label.text() == f"Disimpan di {written}"
    book = openpyxl.load_workbook(written)
    sheet = book["Per orang"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    header = next(r for r in rows if "Diundang" in r)
    ani = next(r for r in rows if "Ani Rahayu" in r)
    assert ani[header.index("Diundang")] == 2 and ani[header.index("Hadir")] == 2


def test_csv_export_holds_the_table_on_screen(qtbot, spring, save_as):
    page = make_page(qtbot)
    page.tabs.setCurrentWidget(page.tables["satker"])
    written = page.export("csv") if save_as("satker.csv") else None
    with open(written, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    rows = list(csv.reader(text.splitlines(), delimiter=";" if text.count(";") > text.count(",") else ","))
    assert any("Blitar" in " ".join(r) for r in rows)
    assert not any("Ani Rahayu" in " ".join(r) for r in rows)  # the satker table, not the people's


def test_pdf_export_and_buttons(qtbot, spring, save_as):
    page = make_page(qtbot)
    path = save_as("rekap.pdf")
    qtbot.mouseClick(page.pdf_button, Qt.LeftButton)
    assert path.read_bytes().startswith(b"%PDF")
    assert page.status_label.text() == f"Disimpan di {path}"


def test_the_page_is_in_the_sidebar(qtbot, spring):
    from kpu_rakor.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    row = next(r for r in range(win.nav.count()) if win.nav.item(r).text() == "Rekap")
    win.nav.setCurrentRow(row)
    page = win.pages["rekap"]
    assert isinstance(page, RecapPage) and win.stack.currentWidget() is page
    settle(qtbot, page)
    assert page.recap is not None
