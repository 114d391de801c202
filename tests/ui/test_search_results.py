"""The Rapat page's search in the content of meetings: type, see meeting and passage, Enter opens the meeting."""
from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from ui_helpers import activate

from kpu_rakor.domain.codes import new_code_id
from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.models import AgendaItem, AgendaMinutes, FollowUp, Meeting, Minutes, NewsDraft, Quote
from kpu_rakor.ui.meeting import windows
from kpu_rakor.ui.meetings.meetings_page import MeetingsPage
from kpu_rakor.ui.meetings.search_results import HIT_ROLE, PAGE_SIZE, marked_html


def _meeting_with_minutes(title: str, when: datetime, decisions: str, follow: str = "") -> Meeting:
    with write_tx():
        m = Meeting.create(title=title, starts_at=when, code_id=new_code_id())
        item = AgendaItem.create(meeting=m, position=1, title="Pemutakhiran data")
        minutes = Minutes.create(meeting=m, opening_text="Rapat dibuka oleh Ketua KPU, Ma'ruf.")
        AgendaMinutes.create(minutes=minutes, agenda_item=item, position=1, decisions=decisions,
                             discussion="Narasumber menjelaskan tahapan coklit.")
        Quote.create(minutes=minutes, text="Kita jaga netralitas.")
        if follow:
            FollowUp.create(meeting=m, description=follow)
        NewsDraft.create(meeting=m, headline=f"KPU Gelar {title}", body="Berita kegiatan.")
    return m


def _search(qtbot, page, text: str) -> None:
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, text)
    page.search_box.flush()


def test_content_search_shows_meeting_part_and_marked_passage(qtbot, office):
    _meeting_with_minutes("Rakor Bakohumas", datetime(2021, 4, 7, 3, 0), "Sosialisasi <b>coklit</b> & DPT.")
    _meeting_with_minutes("Rapat Pleno DPSHP", datetime(2024, 2, 20, 2, 0), "DPSHP ditetapkan.",
                          follow="Kirim hasil coklit ke KPU Provinsi")
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.resize(1000, 500)
    activate(qtbot, page)
    assert page.stack.currentWidget() is page.table

    qtbot.keyClick(page, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    assert page.content_button.isChecked() and page.stack.currentWidget() is page.results
    assert page.search_box.hasFocus() and "notulen" in page.search_box.placeholderText()
    assert not page.month_combo.isEnabled()
    assert page.count_label.text() == "Ketik kata yang dicari"

    _search(qtbot, page, "COKLIT")
    model = page.results_model
    rows = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert len(rows) == 4 and page.count_label.text() == "4 hasil"
    # Newest meeting first; in a meeting, the minutes before the follow-ups.
    assert rows[0].startswith("Selasa, 20 Feb 2024 · Rapat Pleno DPSHP — Notulen · pembahasan · Pemutakhiran data")
    assert rows[1].startswith("Selasa, 20 Feb 2024 · Rapat Pleno DPSHP — Tindak lanjut")
    assert rows[2].startswith("Rabu, 07 Apr 2021 · Rakor Bakohumas — Notulen · pembahasan")
    assert rows[3] == ("Rabu, 07 Apr 2021 · Rakor Bakohumas — Keputusan · Pemutakhiran data: "
                       "Sosialisasi <b>coklit</b> & DPT.")
    # What is painted: the user's text escaped, the matched word marked.
    hit = model.data(model.index(3, 0), HIT_ROLE)
    option = QStyleOptionViewItem()
    option.font = page.results.font()
    option.palette = page.results.palette()
    first, second = page.results.itemDelegate().line_html(hit, option, 900)
    assert "<b>Rakor Bakohumas</b>" in first and "Keputusan" in first
    assert second.startswith("Sosialisasi &lt;b&gt;<span ") and ">coklit</span>&lt;/b&gt; &amp; DPT." in second
    assert "<b>coklit" not in second

    _search(qtbot, page, "zzz tidak ada")
    assert model.rowCount() == 0 and page.count_label.text() == "Tidak ditemukan"
    for odd in ('"', "*", "-", "(", "AND", ":", "   "):
        _search(qtbot, page, odd)  # never an error box
    assert model.rowCount() == 0

    page.content_button.setChecked(False)
    assert page.stack.currentWidget() is page.table and page.month_combo.isEnabled()
    assert page.model.rowCount() == 2


def test_enter_and_double_click_open_the_hits_meeting_at_its_tab(qtbot, office, monkeypatch, message_log):
    m = _meeting_with_minutes("Rakor Bakohumas", datetime(2021, 4, 7, 3, 0), "Coklit serentak.",
                              follow="Laporan coklit mingguan")
    opened = []

    def opened_window():
        window = windows.window_for(m.id)
        opened.append((window.meeting_id, window.tabs.currentWidget()))
        return window

    page = MeetingsPage()
    qtbot.addWidget(page)
    page.resize(1000, 500)
    activate(qtbot, page)
    page.content_button.setChecked(True)
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "coklit")
    qtbot.keyClick(page.search_box, Qt.Key_Return)  # runs the search and moves to the first hit
    assert page.results.hasFocus() and page.results.currentIndex().row() == 0
    assert page.open_button.isEnabled() and not page.delete_button.isEnabled()
    qtbot.keyClick(page.results, Qt.Key_Return)
    opened_window()
    assert opened[-1][0] == m.id
    assert type(opened[-1][1]).__name__ == "MinutesTab"
    last = page.results_model.index(page.results_model.rowCount() - 1, 0)
    assert page.results_model.data(last, HIT_ROLE).kind == "tindak_lanjut"
    page.results.scrollTo(last)
    rect = page.results.visualRect(last)
    qtbot.mouseClick(page.results.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.results.viewport(), Qt.LeftButton, pos=rect.center())
    opened_window()  # the same window, raised at the hit's tab
    assert len(opened) == 2 and opened[-1][0] == m.id and len(windows.open_windows()) == 1
    assert type(opened[-1][1]).__name__ == "FollowUpsTab"
    _search(qtbot, page, "gelar")  # the news draft's headline
    page.results.setCurrentIndex(page.results_model.index(0, 0))
    qtbot.mouseClick(page.open_button, Qt.LeftButton)
    opened_window().close()
    assert type(opened[-1][1]).__name__ == "NewsTab"
    assert not [m for m in message_log.shown if m[0] == "error"]


def test_many_hits_load_a_page_at_a_time(qtbot, office):
    with write_tx():
        for i in range(PAGE_SIZE + 10):
            m = Meeting.create(title=f"Rakor {i}", starts_at=datetime(2023, 1, 1 + i % 28, i % 20, 0),
                               code_id=new_code_id())
            Minutes.create(meeting=m, opening_text=f"Pembahasan verifikasi ke-{i}.")
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.content_button.setChecked(True)
    _search(qtbot, page, "verifikasi")
    model = page.results_model
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    assert page.count_label.text() == f"{PAGE_SIZE} hasil pertama, gulir untuk selebihnya"
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 10 and not model.canFetchMore()
    assert page.count_label.text() == f"{PAGE_SIZE + 10} hasil"


def test_marked_html_escapes_then_marks():
    text = "A <script>&amp; coklit"
    out = marked_html(text, [(text.index("coklit"), len(text))])
    assert out.startswith(html.escape("A <script>&amp; "))
    assert out.endswith(">coklit</span>") and "<script>" not in out
