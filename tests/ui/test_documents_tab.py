"""The Dokumen tab (issue 4): documents rendered in a worker thread while the window keeps painting, saved
under a new name each time, previewed with navigation and zoom, printed through QPrinter with a page range,
saved elsewhere, opened in the system viewer; the tab in the meeting editor."""
from __future__ import annotations

import time
from datetime import date, datetime
from datetime import time as dtime

import pytest
from PySide6.QtCore import QElapsedTimer, QSize, QThread, QTimer
from PySide6.QtGui import QColor, QImage, QPageRanges, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from kpu_rakor.domain.services import checkin, installation, meetings, minutes, people
from kpu_rakor.ui.meeting import documents_tab
from kpu_rakor.ui import pdf_preview, pdf_print
from kpu_rakor.ui.meeting.documents_tab import DocumentsTab

PARA = ("Narasumber menjelaskan bahwa media sosial merupakan wajah lembaga di mata publik, sehingga setiap "
        "unggahan harus memuat informasi yang akurat dan sesuai tahapan. ")


def _meeting(office, items: int = 2, paras: int = 3):
    chair = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua", satker_id=office.id)
    writer = people.create(name="Endah Puspitasari", position="Kasubag Teknis", satker_id=office.id,
                           nip="198609262015052001")
    m = meetings.create(title="Rakor Optimalisasi Media Sosial", date=date(2021, 4, 7), start_time=dtime(9, 0),
                        venue="Aula KPU Kabupaten Tulungagung", chair_id=chair.id, note_taker_id=writer.id)
    meetings.set_agenda(m.id, [{"title": f"Acara {n + 1}"} for n in range(items)])
    meetings.invite(m.id, [chair.id, writer.id])
    checkin.check_in_person(m.id, chair.id)
    for item in minutes.snapshot(m.id)["items"]:
        minutes.save_item(m.id, item["id"], discussion="\n".join([PARA * 5] * paras), decisions="Satu\nDua")
    minutes.save(m.id, {"opened_at": datetime(2021, 4, 7, 2, 5), "closed_at": datetime(2021, 4, 7, 5, 0)})
    return m


@pytest.fixture
def tab(qtbot, office, folder):
    widget = DocumentsTab()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def _render(qtbot, tab, key: str):
    with qtbot.waitSignal(tab.preview_opened, timeout=60_000) as opened:
        assert tab.render(key) is not None
    preview = opened.args[0]
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: not tab.job.running)
    return preview


def test_renders_off_the_gui_thread_and_opens_the_preview(qtbot, tab, office, folder):
    m = _meeting(office)
    tab.set_meeting(m.id)
    assert tab.buttons["notulen"].isEnabled() and tab.buttons["daftar_hadir"].isEnabled()
    gui = QThread.currentThread()
    seen = []
    original = tab.documents.render_document

    def spy(*args, **kwargs):
        seen.append(QThread.currentThread())
        return original(*args, **kwargs)

    tab.documents.render_document = spy
    try:
        preview = _render(qtbot, tab, "notulen")
    finally:
        tab.documents.render_document = original
    assert seen and seen[0] is not gui
    assert preview.path.parent == folder
    assert preview.path.name == "Notulen - Rakor Optimalisasi Media Sosial - 2021-04-07.pdf"
    assert preview.page_total == len(PdfReader(str(preview.path)).pages) >= 2
    assert preview.page_text() == f"Halaman 1 dari {preview.page_total}"
    assert not preview.parts.isVisible()  # a single document has no parts list
    assert "disimpan di" in tab.status.text()
    preview.grab().save(str(folder / "preview.png"))

    # Each export is a new file: a viewer may still hold the first one open.
    second = _render(qtbot, tab, "notulen")
    assert second.path.name == "Notulen - Rakor Optimalisasi Media Sosial - 2021-04-07 (2).pdf"
    assert preview.path.exists() and second.path.exists()


def test_navigation_and_zoom(qtbot, tab, office):
    tab.set_meeting(_meeting(office, items=3).id)
    preview = _render(qtbot, tab, "notulen")
    total = preview.page_total
    assert total >= 3
    assert not preview.prev_action.isEnabled()
    preview.next_action.trigger()
    qtbot.waitUntil(lambda: preview.page_text() == f"Halaman 2 dari {total}")
    assert preview.page.value() == 2 and preview.prev_action.isEnabled()
    preview.page.setValue(total)
    qtbot.waitUntil(lambda: preview.current_page() == total - 1)
    assert not preview.next_action.isEnabled()
    preview.go_to(1)
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    preview.zoom_in_action.trigger()
    zoomed = preview.view.zoomFactor()
    assert not preview.fit_action.isChecked()
    qtbot.wait(50)
    assert preview.current_page() == 1  # zooming keeps the page in view
    preview.zoom_out_action.trigger()
    assert preview.view.zoomFactor() < zoomed
    preview.fit_action.trigger()
    assert preview.view.zoomMode() == preview.view.ZoomMode.FitToWidth


def _profile(path, page: int, bands: int = 40) -> list[float]:
    """How dark each horizontal band of a page is: where the text blocks sit, robust to the slight scaling
    a printer's paper size brings."""
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    rendered = doc.render(page, QSize(120, 170))
    doc.close()
    image = QImage(rendered.size(), QImage.Format_RGB32)  # on white, as paper is
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    rows = image.height() // bands
    out = []
    for b in range(bands):
        ink = 0
        for y in range(b * rows, (b + 1) * rows):
            for x in range(0, image.width(), 2):
                ink += 255 - image.pixelColor(x, y).lightness()
        out.append(ink)
    return out


def _distance(a: list[float], b: list[float]) -> float:
    return sum(abs(x - y) for x, y in zip(a, b))


def test_printing_to_a_pdf_printer_prints_just_the_page_range(qtbot, tab, office, tmp_path):
    tab.set_meeting(_meeting(office, items=3).id)
    preview = _render(qtbot, tab, "notulen")
    assert preview.page_total >= 3
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    out = tmp_path / "dicetak.pdf"
    printer.setOutputFileName(str(out))
    printer.setFullPage(True)
    printer.setPrintRange(QPrinter.PageRange)
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    printer.setPageRanges(ranges)
    with qtbot.waitSignal(preview.printed, timeout=60_000) as printed:
        preview.print_to(printer)
    assert printed.args == [2]
    qtbot.waitUntil(lambda: not preview.print_job.running)
    assert len(PdfReader(str(out)).pages) == 2
    # The printed pages are the document's pages 2 and 3 (as images), not 1 and 2.
    sources = [_profile(preview.path, p) for p in range(preview.page_total)]
    for printed_page, source_page in ((0, 1), (1, 2)):
        got = _profile(out, printed_page)
        nearest = min(range(len(sources)), key=lambda p: _distance(got, sources[p]))
        assert nearest == source_page, (printed_page, [_distance(got, s) for s in sources])
    assert "2 halaman dikirim ke printer" in preview.status.text()


def test_cetak_goes_through_the_print_dialog(qtbot, tab, office, tmp_path, monkeypatch):
    tab.set_meeting(_meeting(office).id)
    preview = _render(qtbot, tab, "notulen")
    out = tmp_path / "cetak.pdf"
    asked = {}

    def fake_dialog(parent, printer, count, current):
        asked.update(count=count, current=current, full=printer.fullPage())
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.CurrentPage)
        return True

    monkeypatch.setattr(pdf_print, "choose_printer", fake_dialog)
    with qtbot.waitSignal(preview.printed, timeout=60_000):
        preview.print_action.trigger()
    qtbot.waitUntil(lambda: not preview.print_job.running)
    assert asked == {"count": preview.page_total, "current": 0, "full": True}
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width) * 25.4 / 72) == 210  # the document's A4, not Letter

    monkeypatch.setattr(pdf_print, "choose_printer", lambda *a: False)  # Batal in the dialog: nothing happens
    preview.print_action.trigger()
    assert preview.print_job.running is False


def test_save_as_and_open_in_the_system_viewer(qtbot, tab, office, tmp_path, monkeypatch, message_log):
    tab.set_meeting(_meeting(office).id)
    preview = _render(qtbot, tab, "daftar_hadir")
    elsewhere = tmp_path / "arsip"
    elsewhere.mkdir()
    suggested = []

    def ask(parent, path):
        suggested.append(path)
        return elsewhere / "Daftar hadir rakor"

    monkeypatch.setattr(pdf_preview, "ask_save_path", ask)
    target = preview.save_as()
    assert target == elsewhere / "Daftar hadir rakor"  # ask_save_path adds .pdf in real use
    assert target.read_bytes() == preview.path.read_bytes()
    assert suggested[0].name.startswith("Daftar Hadir - Rakor Optimalisasi Media Sosial - 2021-04-07")
    assert pdf_preview.export_folder() == elsewhere  # the next export goes where the user saved last

    opened = []
    monkeypatch.setattr(pdf_preview, "open_in_system_viewer", lambda p: opened.append(p) or True)
    assert preview.open_external() and opened == [preview.path]
    monkeypatch.setattr(pdf_preview, "open_in_system_viewer", lambda p: False)
    assert not preview.open_external()
    assert message_log.shown[-1][0] == "error" and "pembaca PDF" in message_log.shown[-1][1]


def test_pack_from_the_tab_says_what_was_left_out(qtbot, tab, office, folder):
    tab.set_meeting(_meeting(office).id)
    assert tab.buttons["paket"].isEnabled()
    assert not tab.buttons["dokumentasi"].isEnabled()
    assert "foto" in tab.hints["dokumentasi"].text() or "versi" in tab.hints["dokumentasi"].text()
    preview = _render(qtbot, tab, "paket")
    assert preview.path.name.startswith("Paket Dokumen - ")
    titles = [o.title for o in PdfReader(str(preview.path)).outline]
    assert "Daftar Hadir" in titles and "Notulen" in titles and "Dokumentasi" not in titles
    assert "Paket dokumen berisi" in tab.status.text() and "Dokumentasi" in tab.status.text()
    # The preview lists the parts; choosing one shows its first page.
    assert preview.part_titles() == titles and preview.parts.isVisible()
    notulen = preview.bookmarks.index(titles.index("Notulen"), 0)
    preview.parts.clicked.emit(notulen)
    first = [o for o in PdfReader(str(preview.path)).outline if o.title == "Notulen"][0]
    qtbot.waitUntil(lambda: preview.current_page() == PdfReader(str(preview.path)).get_destination_page_number(first))


def test_window_keeps_painting_while_a_100_page_notulen_renders(qtbot, tab, office, folder):
    # ~200 pages, so the render lasts about a second even on a fast machine: a GUI thread blocked by it would
    # show one gap as long as the render.
    tab.set_meeting(_meeting(office, items=20, paras=40).id)
    gaps, clock = [], QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    progress = []
    tab.progress.valueChanged.connect(progress.append)
    started = time.perf_counter()
    preview = _render(qtbot, tab, "notulen")
    elapsed = time.perf_counter() - started
    timer.stop()
    assert preview.page_total >= 100, preview.page_total
    # A GUI thread that did the work would stall once for the whole render; here it ticks all along (the
    # odd pause is the preview opening, or the machine being busy).
    assert len(gaps) >= 10 and max(gaps) < min(700, 600 * elapsed), (max(gaps), len(gaps), elapsed)
    assert progress and max(progress) >= 50  # the bar moved


def test_cancel_writes_nothing(qtbot, tab, office, folder):
    tab.set_meeting(_meeting(office, items=20, paras=21).id)
    with qtbot.waitSignal(tab.rendered, timeout=500, raising=False) as rendered:
        job = tab.render("notulen")
        tab.cancel_button.click()
        qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert not rendered.signal_triggered
    assert "Dibatalkan" in tab.status.text()
    assert list(folder.glob("*.pdf")) == []
    assert tab.buttons["notulen"].isEnabled()


def test_new_meeting_paper_default_and_the_editor_tab(qtbot, office, folder):
    from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor

    installation.set_office(office.id, paper="f4")
    widget = DocumentsTab()
    qtbot.addWidget(widget)
    assert widget.paper_name() == "f4"
    assert not any(b.isEnabled() for b in widget.buttons.values())
    assert "Simpan rapat ini dulu" in widget.hints[documents_tab.PACK].text()

    m = _meeting(office)
    editor = MeetingEditor(m.id)
    qtbot.addWidget(editor)
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert any("Dokumen" in t for t in titles)
    assert editor.documents.meeting_id == m.id
    editor.tabs.setCurrentWidget(editor.documents)
    editor.show()
    qtbot.waitUntil(lambda: editor.documents.buttons["notulen"].isEnabled())
    editor.grab().save(str(folder / "editor.png"))


def test_closing_the_window_cancels_a_render(qtbot, office, folder):
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    widget = DocumentsTab()
    QVBoxLayout(dialog).addWidget(widget)
    widget.set_meeting(_meeting(office, items=20, paras=21).id)
    dialog.show()
    qtbot.waitExposed(dialog)
    job = widget.render("notulen")
    dialog.close()
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert "Dibatalkan" in widget.status.text()
    assert list(folder.glob("*.pdf")) == []


def test_quitting_stops_running_jobs(qtbot):
    from kpu_rakor.ui import jobs

    def endless(progress):
        while True:
            progress(1)
            time.sleep(0.005)

    job = jobs.Job(endless, uses_database=False)
    job.start()
    qtbot.waitUntil(lambda: job.thread.isRunning())
    jobs.cancel_all()  # what aboutToQuit runs
    assert job.thread.isFinished() and job not in jobs._RUNNING
