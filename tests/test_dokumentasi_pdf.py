"""The Dokumentasi PDF on a real database: header fields and captions as typed, two or four photos a page, photos
shrunk before embedding (twenty stay small and quick), a damaged photo does not stop the document, the CLI."""
from __future__ import annotations

import time as clock
from datetime import date, time
from functools import partial

import pytest
from PIL import Image
from pypdf import PdfReader

from kpu_rakor.cli.main import main
from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import AuditLog, Photo
from kpu_rakor.domain.services import installation, meetings, photos
from kpu_rakor.domain import documents

MM = 72 / 25.4
ODD = "<b>&Ł Żółć</b> & <i>Co"

render_dokumentasi = partial(documents.render_document, documents.DOKUMENTASI)  # the document through the registry


@pytest.fixture
def office(any_office):
    return any_office  # these tests run on both engines


def _meeting(**extra):
    fields = dict(title="Rapat Koordinasi Penguatan Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0),
                  venue="Aula KPU Kabupaten Tulungagung")
    fields.update(extra)
    return meetings.create(**fields)


def _photo_file(path, size=(2000, 1500), seed=0):
    """A photo-like JPEG: a gradient with grain, so it compresses like a real picture, not like a flat colour."""
    w, h = size
    small = (w // 4, h // 4)  # drawn small and enlarged: a test makes twenty of these
    base = Image.linear_gradient("L").resize(small).convert("RGB")
    grain = Image.effect_noise(small, 40).convert("RGB")
    tint = Image.new("RGB", small, ((seed * 53) % 256, (seed * 97) % 256, (seed * 31) % 256))
    picture = Image.blend(Image.blend(base, grain, 0.35), tint, 0.3).resize(size, Image.BILINEAR)
    picture.save(path, "JPEG", quality=90)
    return path


def _add(m, tmp_path, n, **kw):
    out = []
    for i in range(n):
        size = (1500, 2000) if i % 4 == 3 else (2000, 1500)  # every fourth photo is portrait
        out.append(photos.add(m.id, _photo_file(tmp_path / f"foto{i:02d}.jpg", size, i),
                              caption=kw.get("caption", f"Keterangan foto nomor {i + 1:02d} (7/4/2021)")))
    return out


def _pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def _images(path) -> list[list[tuple[int, int]]]:
    """(width, height) in pixels of every image on each page, logo included."""
    out = []
    for page in PdfReader(str(path)).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        sizes = []
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                sizes.append((int(obj["/Width"]), int(obj["/Height"])))
        out.append(sizes)
    return out


def test_header_fields_and_captions_as_typed(office, tmp_path):
    m = _meeting(title=f"Rakor {ODD}", venue="Aula <Utama> & Co")
    long_caption = " ".join(f"Kata{i:02d}" for i in range(60))[:300]
    for caption in (f"Gogot Cahyo Baskoro, Anggota KPU Provinsi Jawa Timur saat menyampaikan materi {ODD} "
                    "(7/4/2021)", "Αλέξανδρος Жуков saat mengikuti rakor (7/4/2021)", long_caption):
        photos.add(m.id, _photo_file(tmp_path / "f.jpg"), caption=caption)
    out = render_dokumentasi(m.id, tmp_path / "dok.pdf")
    pages = _pages(out)
    assert len(pages) == 1
    text = pages[0]
    for expected in ("KOMISI PEMILIHAN UMUM KABUPATEN TULUNGAGUNG", "DOKUMENTASI KEGIATAN",
                     f"Kegiatan : Rakor {ODD}", "Hari/Tanggal : Rabu, 07 April 2021",
                     "Pukul : 09.00 WIB s.d. selesai", "Tempat : Aula <Utama> & Co",
                     f"saat menyampaikan materi {ODD} (7/4/2021)", "Αλέξανδρος Жуков saat mengikuti rakor",
                     "Halaman 1 dari 1"):
        assert expected in text, expected
    for word in long_caption.split():
        assert word in text, word
    assert text.index("Gogot") < text.index("Αλέξανδρος") < text.index("Kata00")  # in the photos' order
    log = AuditLog.get((AuditLog.entity == "dokumentasi") & (AuditLog.action == "export"))
    assert log.meeting_id == m.id


def test_twenty_photos_four_a_page_small_and_quick(office, tmp_path):
    m = _meeting()
    _add(m, tmp_path, 20)
    stored = sum(len(photos.image(p.id)) for p in Photo.select(Photo.id))
    start = clock.perf_counter()
    out = render_dokumentasi(m.id, tmp_path / "dok.pdf")
    elapsed = clock.perf_counter() - start
    assert elapsed < 4.0, elapsed
    pages = _pages(out)
    assert len(pages) == 5  # the first page holds four too, under the header
    per_page = [len(sizes) for sizes in _images(out)]
    assert per_page == [4, 4, 4, 4, 4]
    # Shrunk to the print size (about 200 dpi in a half-page column: 640 px across), not the stored 1600 px.
    assert all(w <= 640 and h <= 900 for sizes in _images(out) for w, h in sizes)
    assert out.stat().st_size < stored / 2
    text = " ".join(pages)
    assert all(f"Keterangan foto nomor {i:02d}" in text for i in range(1, 21))
    for n, page in enumerate(pages, 1):
        assert f"Halaman {n} dari 5" in page
        if n > 1:
            assert "Dokumentasi: Rapat Koordinasi Penguatan Bakohumas — Rabu, 07 April 2021" in page


def test_two_a_page_and_f4(office, tmp_path):
    m = _meeting()
    _add(m, tmp_path, 5)
    out = render_dokumentasi(m.id, tmp_path / "dok2.pdf", per_page=2)
    assert [len(s) for s in _images(out)] == [2, 2, 1]
    f4 = PdfReader(str(render_dokumentasi(m.id, tmp_path / "f4.pdf", "f4"))).pages[0]
    assert float(f4.mediabox.height) == pytest.approx(330 * MM, abs=0.5)
    with pytest.raises(UserError, match="2 atau 4"):
        render_dokumentasi(m.id, tmp_path / "x.pdf", per_page=3)
    with pytest.raises(UserError, match="A4 atau F4"):
        render_dokumentasi(m.id, tmp_path / "x.pdf", "legal")


def test_with_a_logo_the_photos_still_fit_four_a_page(office, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (300, 340), (200, 30, 30, 255)).save(logo)
    installation.set_logo(str(logo))
    m = _meeting()
    _add(m, tmp_path, 6)
    out = render_dokumentasi(m.id, tmp_path / "dok.pdf")
    assert [len(s) for s in _images(out)] == [5, 2]  # the logo and four photos, then two photos


def test_long_captions_and_a_damaged_photo_do_not_stop_the_document(office, tmp_path):
    m = _meeting()
    ps = _add(m, tmp_path, 3)
    photos.update(ps[0].id, caption="Keterangan panjang " * 100)
    Photo.update(image=b"not a jpeg at all").where(Photo.id == ps[1].id).execute()
    text = " ".join(_pages(render_dokumentasi(m.id, tmp_path / "dok.pdf")))
    assert "(foto tidak dapat dibaca)" in text and "Keterangan foto nomor 02" in text
    assert text.count("Keterangan panjang") == 100


def test_a_meeting_without_photos_is_told_so(office, tmp_path):
    m = _meeting()
    with pytest.raises(UserError, match="belum punya foto"):
        render_dokumentasi(m.id, tmp_path / "dok.pdf")
    assert not (tmp_path / "dok.pdf").exists()


def test_cli_pdf_dokumentasi(sqlite_url, tmp_path, capsys):
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    m = _meeting()
    empty = _meeting(title="Rapat tanpa foto")
    _add(m, tmp_path, 3)
    dbmod.close_database()
    out = tmp_path / "dok.pdf"
    code = main(["--db", sqlite_url, "pdf", "dokumentasi", str(m.id), "-o", str(out), "--per-page", "2"])
    assert code == 0 and "disimpan" in capsys.readouterr().out
    assert [len(s) for s in _images(out)] == [2, 1]
    code = main(["--db", sqlite_url, "pdf", "dokumentasi", str(empty.id), "-o", str(tmp_path / "e.pdf")])
    assert code == 1 and "belum punya foto" in capsys.readouterr().err
    code = main(["--db", sqlite_url, "pdf", "dokumentasi", str(m.id), "-o", str(out), "--per-page", "3"])
    assert code == 2 and "--per-page" in capsys.readouterr().err
