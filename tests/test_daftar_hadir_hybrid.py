"""The daftar hadir of hybrid and fully online meetings (issue 6), on SQLite and PostgreSQL: each row marked
Luring/Daring, Zoom minutes where a daring attendee would sign, luring/daring counts, names as typed."""
from __future__ import annotations

import json
from datetime import date, time
from functools import partial

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from kpu_rakor.domain.services import attendance_sheet, checkin, meetings, people
from kpu_rakor.reports import fonts
from kpu_rakor.domain import documents
from kpu_rakor.reports.daftar_hadir import MARGIN

MM = 72 / 25.4
SIGNATURE = json.dumps([[[0.1, 0.2], [0.5, 0.6]]])
LONG_NAME = " ".join(f"Nama{i:02d}" for i in range(60))[:300]
ODD_NAME = "<b>&Tamu</b> & <i>Co"

render_daftar_hadir = partial(documents.render_document, documents.DAFTAR_HADIR)  # the document through the registry


@pytest.fixture
def office(any_office):
    return any_office  # on each engine (conftest's `office` is SQLite only)


def _meeting(mode: str, title: str = "Rapat Koordinasi Pemutakhiran Data Pemilih"):
    return meetings.create(title=title, date=date(2024, 3, 6), start_time=time(9, 0), mode=mode,
                           venue="Aula KPU Kabupaten Tulungagung")


def _text(path) -> str:
    return "\n".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def _fragments(path) -> list[tuple[str, float, float, float, int]]:
    """Every piece of text on every page: (text, x, y, font size, page)."""
    found = []
    for n, page in enumerate(PdfReader(str(path)).pages):
        def visit(text, cm, tm, _font, size, n=n):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((text.strip(), x, y, size * tm[0], n))
        page.extract_text(visitor_text=visit)
    return found


class _Table:
    """Reads a rendered list back by row number: the Luring/Daring cell and the signature cell's note."""

    def __init__(self, path):
        self.frags = _fragments(path)
        heads = {t: x for t, x, _, _, _ in self.frags}
        self.mark_x, self.sign_x = heads.get("Luring/"), heads["Tanda Tangan"]  # headings are centred

    def _no(self, number: int):
        # The No column (at least 7 mm wide): the row number alone.
        return next((x, y, p) for t, x, y, _, p in self.frags if t == str(number) and x < MARGIN + 7 * MM)

    def mark(self, number: int) -> str:
        """The Luring/Daring cell: middle-aligned like the row number, so on its baseline."""
        _, y, page = self._no(number)
        return " ".join(t for t, x, fy, _, p in self.frags
                        if p == page and abs(fy - y) < 0.5 and self.mark_x - 2 < x < self.sign_x - 10)

    def note(self, number: int) -> tuple[str, float, float]:
        """The signature cell's text after `number.`, with where it starts and its font size."""
        label = next((x, y, p) for t, x, y, _, p in self.frags if t == f"{number}." and x > self.sign_x - 40)
        rest = [(t, x, size) for t, x, y, size, p in self.frags
                if p == label[2] and abs(y - label[1]) < 0.5 and x > label[0] and t != f"{number}."]
        return rest[0] if rest else ("", 0.0, 0.0)


def _hybrid_meeting():
    m = _meeting("hibrida")
    ketua = people.create(name="Much. Amarodin", position="Ketua", nip="198609262015051001")
    anggota = people.create(name="Łukasz Ñúñez", position="Anggota", institution="Bawaslu <Kab> & Kota")
    sek = people.create(name="Ярослав Петренко", position="Sekretaris")
    odd = people.create(name=ODD_NAME, position="Staf", institution="A & B <C>")
    long = people.create(name=LONG_NAME, position="Staf")
    guest = people.create(name="Tamu Dari Ponsel", position="Staf", is_guest=True)
    short = people.create(name="Zainal Zoom Sebentar", position="Staf")
    absent = people.create(name="Siti Izin", position="Staf")
    waiting = people.create(name="Yudi Belum Datang", position="Staf")
    meetings.invite(m.id, [ketua.id, anggota.id, sek.id, odd.id, long.id, short.id, absent.id])
    meetings.invite(m.id, [waiting.id], channel="daring")
    checkin.check_in_person(m.id, ketua.id, method="lan", channel="luring", signature=SIGNATURE)
    checkin.check_in_person(m.id, anggota.id, method="zoom", channel="daring", online_minutes=95)
    checkin.check_in_person(m.id, sek.id, method="zoom", channel="daring", online_minutes=120)
    checkin.check_in_person(m.id, odd.id, method="qr", channel="luring")
    checkin.check_in_person(m.id, long.id, method="zoom", channel="daring")  # marked by hand: no Zoom report
    checkin.check_in_person(m.id, guest.id, method="lan", channel="luring", signature=SIGNATURE,
                            needs_review=True, note="Tamu dari ponsel, belum dicocokkan")
    checkin.check_in_person(m.id, short.id, method="zoom", channel="daring", online_minutes=12, needs_review=True,
                            note="Hanya 12 menit di Zoom")
    checkin.set_status(m.id, absent.id, "izin")
    return m


def test_hybrid_sheet_marks_rows_minutes_notes_and_counts(office):
    m = _hybrid_meeting()
    sheet = attendance_sheet.build(m.id)
    rows = {r.name: r for r in sheet.rows}
    assert (rows["Much. Amarodin"].mark, rows["Much. Amarodin"].note) == ("Luring", "")
    assert len(rows["Much. Amarodin"].strokes) == 1
    assert rows["Łukasz Ñúñez"].mark == "Daring (95 menit)" and rows["Łukasz Ñúñez"].online_minutes == 95
    assert rows["Łukasz Ñúñez"].channel == "Daring" and rows["Łukasz Ñúñez"].note == "Zoom 95 menit"
    assert rows["Ярослав Петренко"].note == "Zoom 120 menit"
    assert (rows[LONG_NAME].mark, rows[LONG_NAME].online_minutes, rows[LONG_NAME].note) == \
        ("Daring", None, "Hadir daring")
    # Rows the Kasubag has not reviewed yet still print and count as present.
    assert rows["Tamu Dari Ponsel"].needs_review and rows["Tamu Dari Ponsel"].mark == "Luring"
    assert rows["Zainal Zoom Sebentar"].needs_review and rows["Zainal Zoom Sebentar"].note == "Zoom 12 menit"
    # Absent people attended neither way; someone not yet here shows the channel they were invited to.
    assert (rows["Siti Izin"].mark, rows["Siti Izin"].note) == ("", "Izin")
    assert (rows["Yudi Belum Datang"].mark, rows["Yudi Belum Datang"].note) == ("Daring", "")
    assert (sheet.present_count, sheet.present_luring, sheet.present_daring) == (7, 3, 4)
    assert sheet.count_text == "Jumlah peserta: 7 orang (luring 3, daring 4)"


@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_hybrid_pdf_prints_each_rows_mark_minutes_and_counts(office, tmp_path, paper):
    m = _hybrid_meeting()
    sheet = attendance_sheet.build(m.id)
    number = {r.name: r.number for r in sheet.rows}
    out = render_daftar_hadir(m.id, tmp_path / "hibrida.pdf", paper)
    text = _text(out)
    assert "Aula KPU Kabupaten Tulungagung dan daring melalui Zoom Meeting" in text
    assert "Jumlah peserta: 7 orang (luring 3, daring 4)" in text
    for typed in ("Łukasz Ñúñez", "Ярослав Петренко", ODD_NAME, "A & B <C>", "Bawaslu <Kab> & Kota",
                  LONG_NAME):
        assert typed in text, typed

    table = _Table(out)
    assert table.mark_x is not None  # the Luring/ Daring column
    expected = {"Much. Amarodin": ("Luring", ""), "Łukasz Ñúñez": ("Daring", "Zoom 95 menit"),
                "Ярослав Петренко": ("Daring", "Zoom 120 menit"), ODD_NAME: ("Luring", ""),
                LONG_NAME: ("Daring", "Hadir daring"), "Tamu Dari Ponsel": ("Luring", ""),
                "Zainal Zoom Sebentar": ("Daring", "Zoom 12 menit"), "Siti Izin": ("", "Izin"),
                "Yudi Belum Datang": ("Daring", "")}
    right_edge = float(PdfReader(str(out)).pages[0].mediabox.width) - MARGIN
    fonts.register()
    for name, (mark, note) in expected.items():
        n = number[name]
        assert table.mark(n) == mark, name
        printed, x, size = table.note(n)
        assert printed == note, name
        if note:  # whole, and inside the cell, on odd and even rows alike
            assert x + stringWidth(note, fonts.ITALIC, size) <= right_edge + 0.5, name


def test_hybrid_count_is_left_to_fill_in_before_anyone_is_recorded(office, tmp_path):
    m = _meeting("hibrida")
    p = people.create(name="Peserta Satu", position="Staf")
    meetings.invite(m.id, [p.id], channel="luring")
    text = _text(render_daftar_hadir(m.id, tmp_path / "kosong.pdf"))
    assert "Jumlah peserta: ........ orang (luring ........, daring ........)" in text
    assert attendance_sheet.empty_sheet(m.id, rows=3).count_text.endswith("(luring ........, daring ........)")


def test_fully_online_meeting_shows_zoom_minutes_where_people_would_sign(office, tmp_path):
    m = _meeting("daring", "Rakor Bakohumas")
    a = people.create(name="Ярослав Петренко", position="Anggota")
    b = people.create(name="Łukasz Ñúñez", position="Staf")
    c = people.create(name="Dewi Tanpa Laporan", position="Staf")
    d = people.create(name="Budi Sakit", position="Staf")
    meetings.invite(m.id, [a.id, b.id, c.id, d.id])
    checkin.check_in_person(m.id, a.id, method="zoom", channel="daring", online_minutes=95)
    checkin.check_in_person(m.id, b.id, method="zoom", channel="daring", online_minutes=7, needs_review=True)
    checkin.check_in_person(m.id, c.id, method="manual", channel="daring")
    checkin.set_status(m.id, d.id, "sakit")

    sheet = attendance_sheet.build(m.id)
    # Official order: the Anggota, then staff by name (Budi, Dewi, Łukasz).
    assert [(r.channel, r.online_minutes, r.note) for r in sheet.rows] == [
        ("", 95, "Zoom 95 menit"), ("", None, "Sakit"), ("", None, "Hadir daring"), ("", 7, "Zoom 7 menit")]
    assert sheet.count_text == "Jumlah peserta: 3 orang"

    out = render_daftar_hadir(m.id, tmp_path / "daring.pdf", "f4")
    text = _text(out)
    assert "Daring melalui Zoom Meeting" in text and "Luring/" not in text
    assert "Jumlah peserta: 3 orang" in text and "(luring" not in text
    table = _Table(out)
    assert [table.note(n)[0] for n in (1, 2, 3, 4)] == ["Zoom 95 menit", "Sakit", "Hadir daring", "Zoom 7 menit"]
