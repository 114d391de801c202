"""The daftar hadir PDF on a real SQLite file: header fields, names as typed, repeated header, zig-zag, paper."""
from __future__ import annotations

import json
from datetime import date, time
from functools import partial

import pytest
from pypdf import PdfReader

from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import AuditLog, Signatory
from kpu_rakor.domain.services import attendance_sheet, checkin, meetings, people, privacy
from kpu_rakor.domain import documents
from kpu_rakor.reports.text import para_text, wrap_plain

MM = 72 / 25.4
SIGNATURE = json.dumps([[[0.1, 0.8], [0.3, 0.2], [0.5, 0.7], [0.9, 0.3]], [[0.4, 0.5]]])

render_daftar_hadir = partial(documents.render_document, documents.DAFTAR_HADIR)  # the document through the registry


def _meeting(**extra):
    fields = dict(title="Rapat Koordinasi Pemutakhiran Data Pemilih", date=date(2021, 4, 7), start_time=time(9, 0),
                  venue="Aula KPU Kabupaten Tulungagung")
    fields.update(extra)
    return meetings.create(**fields)


def _people(n: int, **fields):
    # One outer transaction: the services' own transactions nest as savepoints, so 1,000 people take a second.
    with write_tx():
        return [people.create(name=f"Peserta {i:04d}", position="Staf", **fields) for i in range(n)]


def _text(path) -> list[str]:
    """Each page's text with whitespace collapsed: a wrapped cell reads as one phrase."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def _positions(path, page: int = 0) -> dict[str, tuple[float, float]]:
    """Where each piece of text starts on a page, in points from the bottom-left corner."""
    found: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.setdefault(text.strip(), (x, y))

    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return found


def test_header_fields_columns_and_count(office, tmp_path):
    m = _meeting()
    ketua = people.create(name="Much. Amarodin", position="Ketua", nip=None, phone="081234567890",
                          satker_id=office.id)
    staf = people.create(name="Rochani, S.Pd., M.Si.", position="Staf", nip="198609262015051001",
                         institution="Bawaslu Kabupaten Tulungagung")
    absent = people.create(name="Siti Aminah", position="Anggota")
    meetings.invite(m.id, [ketua.id, staf.id, absent.id])
    checkin.check_in_person(m.id, ketua.id)
    checkin.check_in_person(m.id, staf.id)
    checkin.set_status(m.id, absent.id, "izin")
    Signatory.create(role="sekretaris", name="Drs. Gatot Subroto", nip="197001011995031001",
                     title="Sekretaris KPU Kabupaten Tulungagung")
    privacy.set_phone_column(True)  # off by default (UU 27/2022); this office prints it

    out = render_daftar_hadir(m.id, tmp_path / "dh.pdf")
    text = "\n".join(_text(out))
    for expected in ("DAFTAR HADIR", "Kegiatan", "Rapat Koordinasi Pemutakhiran Data Pemilih", "Hari/Tanggal",
                     "Rabu, 07 April 2021", "Pukul", "09.00 WIB s.d. selesai", "Tempat",
                     "Aula KPU Kabupaten Tulungagung", "No", "Nama", "NIP", "Jabatan", "Instansi/Unit", "No. HP",
                     "Tanda Tangan", "19860926 201505 1 001", "Bawaslu Kabupaten Tulungagung",
                     "Jumlah peserta: 2 orang", "Tulungagung, 07 April 2021", "Sekretaris KPU Kabupaten",
                     "Drs. Gatot Subroto", "NIP. 19700101 199503 1 001", "Izin", "Halaman 1 dari 1"):
        assert expected in text, expected
    # Official order: Ketua, Anggota, then staff, whatever the alphabet says.
    assert text.index("Much. Amarodin") < text.index("Siti Aminah") < text.index("Rochani")
    assert AuditLog.select().where((AuditLog.action == "export") & (AuditLog.entity == "daftar_hadir")).exists()


def test_names_with_markup_characters_and_300_letters_print_as_typed_and_wrap(office, tmp_path):
    m = _meeting()
    odd = people.create(name="<b>&Ł Żółć</b> & <i>Co", position="Tamu <VIP>", institution="A & B <C>")
    long_words = [f"Kata{i:02d}" for i in range(50)]
    long_name = " ".join(long_words)[:300]
    huge = people.create(name=long_name, position="Anggota")
    meetings.invite(m.id, [odd.id, huge.id])
    out = render_daftar_hadir(m.id, tmp_path / "dh.pdf")
    text = "\n".join(_text(out))
    assert "<b>&Ł Żółć</b> & <i>Co" in text and "Tamu <VIP>" in text and "A & B <C>" in text
    for word in long_name.split():
        assert word in text, word
    # It wrapped inside the Nama column: no line of it reaches the NIP column.
    where = _positions(out)
    nip_x = where["NIP"][0]
    assert all(x < nip_x - 10 for t, (x, _) in where.items() if t.startswith("Kata"))


def test_header_row_repeats_on_every_page_of_a_100_row_list(office, tmp_path):
    m = _meeting()
    meetings.invite(m.id, [p.id for p in _people(100)])
    pages = _text(render_daftar_hadir(m.id, tmp_path / "dh.pdf"))
    assert len(pages) >= 3
    for n, page in enumerate(pages, 1):
        assert "Instansi/Unit" in page and "Tanda Tangan" in page
        assert f"Halaman {n} dari {len(pages)}" in page
    assert "Jumlah peserta: ........ orang" in pages[-1]  # nobody recorded yet: filled in by hand


def test_signatures_zig_zag_and_absence_replaces_the_line(office, tmp_path):
    m = _meeting()
    ps = _people(4)
    meetings.invite(m.id, [p.id for p in ps])
    checkin.check_in_person(m.id, ps[0].id, signature=SIGNATURE)
    checkin.set_status(m.id, ps[2].id, "sakit")
    out = render_daftar_hadir(m.id, tmp_path / "dh.pdf")
    where = _positions(out)
    x1, x2, x3, x4 = (where[f"{n}."][0] for n in range(1, 5))
    assert x1 == pytest.approx(x3) and x2 == pytest.approx(x4)
    assert x2 > x1 + 10 * MM  # even rows sign at the right of the cell
    assert "Sakit" in where
    content = PdfReader(str(out)).pages[0].get_contents().get_data()
    assert b"0.05 .1 .45 RG" in content or b".05 .1 .45 RG" in content  # the drawn signature's ink


def test_hybrid_meeting_marks_each_row_and_daring_place(office, tmp_path):
    m = _meeting(mode="hibrida")
    ps = _people(2)
    meetings.invite(m.id, [p.id for p in ps])
    checkin.check_in_person(m.id, ps[0].id, channel="luring")
    checkin.check_in_person(m.id, ps[1].id, channel="daring")
    text = _text(render_daftar_hadir(m.id, tmp_path / "h.pdf"))[0]
    assert "Aula KPU Kabupaten Tulungagung dan daring melalui Zoom Meeting" in text
    assert "Luring/" in text and "Luring" in text.replace("Luring/", "") and "Daring" in text

    d = _meeting(mode="daring", title="Rakor Bakohumas", our_role="participant")
    meetings.invite(d.id, [ps[0].id])
    text = _text(render_daftar_hadir(d.id, tmp_path / "d.pdf"))[0]
    assert "Daring melalui Zoom Meeting" in text and "Peserta 0000" in text
    assert "Jumlah peserta: ........ orang" in text and "NIP. ......" in text  # no signatory configured


def test_f4_page_size_and_bad_paper_name(office, tmp_path):
    m = _meeting()
    seen: list[int] = []
    out = render_daftar_hadir(m.id, tmp_path / "f4.pdf", "F4", progress=seen.append)
    assert seen[-1] == 100 and seen == sorted(seen)
    box = PdfReader(str(out)).pages[0].mediabox
    assert float(box.width) / MM == pytest.approx(215, abs=0.1)
    assert float(box.height) / MM == pytest.approx(330, abs=0.1)
    with pytest.raises(UserError, match="Ukuran kertas 'legal' tidak dikenal"):
        render_daftar_hadir(m.id, tmp_path / "x.pdf", "legal")
    assert not (tmp_path / "x.pdf").exists()


def test_1000_rows_render(office, tmp_path):
    m = _meeting()
    meetings.invite(m.id, [p.id for p in _people(1000, nip="198609262015051001")])
    reader = PdfReader(str(render_daftar_hadir(m.id, tmp_path / "dh.pdf")))
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "1000." in last and f"Halaman {len(reader.pages)} dari {len(reader.pages)}" in last


def test_empty_sheet_has_numbered_blank_rows(office, tmp_path):
    m = _meeting()
    meetings.invite(m.id, [p.id for p in _people(3)])
    sheet = attendance_sheet.empty_sheet(m.id, rows=12)
    assert [r.number for r in sheet.rows] == list(range(1, 13)) and all(r.blank for r in sheet.rows)
    text = _text(render_daftar_hadir(m.id, tmp_path / "e.pdf", include_people=False, blank_rows=12))[0]
    assert "12." in text and "Peserta 0000" not in text


def test_sheet_rows_cover_invitees_and_walk_ins_in_official_order(office):
    m = _meeting()
    staf = people.create(name="Ahmad", position="Staf")
    ketua = people.create(name="Zainal", position="Ketua")
    walk_in = people.create(name="Budi", position="Anggota", is_guest=True)
    meetings.invite(m.id, [staf.id, ketua.id])
    checkin.check_in_person(m.id, walk_in.id, signature="not json")
    checkin.check_in_person(m.id, staf.id, signature=SIGNATURE)
    sheet = attendance_sheet.build(m.id, blank_rows=2)
    assert [r.name for r in sheet.rows[:3]] == ["Zainal", "Budi", "Ahmad"]
    assert [r.number for r in sheet.rows] == [1, 2, 3, 4, 5] and sheet.rows[3].blank
    assert sheet.present_count == 2 and sheet.count_text == "Jumlah peserta: 2 orang"
    assert sheet.rows[1].strokes == () and len(sheet.rows[2].strokes) == 2
    assert sheet.rows[0].nip == "-" and sheet.signer is None


def test_parse_signature_drops_what_is_malformed():
    assert attendance_sheet.parse_signature(None) == ()
    assert attendance_sheet.parse_signature("{") == ()
    assert attendance_sheet.parse_signature('{"a": 1}') == ()
    assert attendance_sheet.parse_signature('[[[0.5, 2]], "x", [["a", 1], [true, 0]]]') == (((0.5, 1.0),),)


def test_text_helpers_escape_and_wrap():
    assert para_text('<img src="/etc/passwd"> & co\nbaris 2') == '&lt;img src="/etc/passwd"&gt; &amp; co<br/>baris 2'
    from kpu_rakor.reports import fonts
    fonts.register()
    lines = wrap_plain("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa pendek", 60, fonts.REGULAR, 8).split("\n")
    assert len(lines) >= 3 and lines[-1].endswith("pendek")


def test_saving_into_a_missing_folder_is_a_sentence(office, tmp_path):
    from kpu_rakor.domain.errors import UserError
    from kpu_rakor.domain.services import meetings

    m = meetings.create(title="Rakor", date=__import__("datetime").date(2021, 4, 7))
    with pytest.raises(UserError, match="tidak ada; pilih folder lain"):
        render_daftar_hadir(m.id, tmp_path / "tidak-ada" / "dh.pdf")
