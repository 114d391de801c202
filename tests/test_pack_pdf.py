"""The paket dokumen (issue 4): one PDF, one bookmark per part with the right first page, parts without content
left out with a sentence saying why, each document also on its own, new file names, and `pdf pack`."""
from __future__ import annotations

import io
from datetime import date, time

import pytest
from PIL import Image
from pypdf import PdfReader

from kpu_rakor.cli.main import main
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import AuditLog
from kpu_rakor.domain.services import checkin, meetings, minutes, people, photos
from kpu_rakor.domain.services.news import drafts
from kpu_rakor.domain import documents as pack


def _outline(path) -> list[tuple[str, int]]:
    reader = PdfReader(str(path))
    return [(o.title, reader.get_destination_page_number(o)) for o in reader.outline]


def _pages(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


def jpeg(seed: int, size=(1200, 800)) -> bytes:
    img = Image.new("RGB", size, ((seed * 53) % 255, (seed * 97) % 255, 140))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def add_photos(meeting_id: int, n: int, folder) -> None:
    for i in range(n):
        path = folder / f"foto{i}.jpg"
        path.write_bytes(jpeg(i))
        photos.add(meeting_id, path, caption=f"Suasana rapat ({i + 1})")


@pytest.fixture
def office(any_office):
    return any_office  # these tests run on both engines


@pytest.fixture
def rakor(office):
    chair = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua", satker_id=office.id)
    writer = people.create(name="Endah Puspitasari", position="Kasubag Teknis", satker_id=office.id)
    m = meetings.create(title="Rakor Optimalisasi Media Sosial", date=date(2021, 4, 7), start_time=time(9, 0),
                        venue="Aula KPU Kabupaten Tulungagung", chair_id=chair.id, note_taker_id=writer.id,
                        invitation_number="244/HM.02-SD/06/KPU/III/2021")
    meetings.set_agenda(m.id, [{"title": "Pembukaan"}, {"title": "Optimalisasi Medsos"}])
    meetings.invite(m.id, [chair.id, writer.id])
    checkin.check_in_person(m.id, chair.id)
    item = minutes.snapshot(m.id)["items"][1]
    minutes.save_item(m.id, item["id"], discussion="Jadwal unggahan disusun tiap minggu.",
                      decisions="Unggah satu konten per hari")
    return m


def test_pack_has_one_bookmark_per_part_at_its_first_page(rakor, tmp_path):
    m = rakor
    add_photos(m.id, 3, tmp_path)
    news = drafts.draft(m.id)  # the article the Berita tab drafts from what was recorded
    assert pack.availability(m.id) == {d.key: "" for d in pack.PACKED}
    ready = {d.key for d in pack.PACKED}
    result = pack.render_pack(m.id, tmp_path / "paket.pdf")

    expected = ["Undangan", "Daftar Hadir", "Notulen", "Dokumentasi", "Berita Kegiatan"]
    outline = _outline(result.path)
    assert [t for t, _ in outline] == expected == [t for t, _ in result.parts]
    assert result.skipped == []
    # Each bookmark points at its part's first page; the parts add up to the whole file.
    starts, page = [], 0
    for _, n in result.parts:
        starts.append(page)
        page += n
    assert [p for _, p in outline] == starts
    pages = _pages(result.path)
    assert len(pages) == result.pages
    notulen_first = pages[dict(outline)["Notulen"]]
    assert "NOTULEN RAPAT" in notulen_first
    assert "DAFTAR HADIR" in pages[dict(outline)["Daftar Hadir"]]
    assert " ".join(news.headline.split()) in pages[dict(outline)["Berita Kegiatan"]]
    # Each part's page count is the count of the same document made on its own.
    for key in ready:
        alone = pack.render_document(key, m.id, tmp_path / f"{key}.pdf")
        assert len(PdfReader(str(alone)).pages) == dict(result.parts)[pack.title_for(key, m.id)], key
    reader = PdfReader(str(result.path))
    assert reader.metadata.title == "Paket Dokumen - Rakor Optimalisasi Media Sosial"
    assert AuditLog.select().where(AuditLog.entity == "paket_dokumen").exists()


def test_parts_without_content_are_left_out_and_named(rakor, tmp_path):
    m = rakor
    why = pack.availability(m.id)
    assert why["dokumentasi"] == "Dokumentasi tidak dapat dibuat: rapat ini belum punya foto."
    assert why["berita"] == "Berita Kegiatan tidak dapat dibuat: draf berita rapat ini belum ditulis."
    assert why["undangan"] == why["daftar_hadir"] == why["notulen"] == ""
    result = pack.render_pack(m.id, tmp_path / "paket.pdf")
    titles = [t for t, _ in result.parts]
    assert "Dokumentasi" not in titles and "Berita Kegiatan" not in titles
    assert {"Dokumentasi", "Berita Kegiatan"} <= {t for t, _ in result.skipped}
    summary = result.summary()
    assert summary.startswith("Paket dokumen berisi ") and "Daftar Hadir (" in summary
    assert why["dokumentasi"] in summary and why["berita"] in summary
    with pytest.raises(UserError, match="Dokumentasi"):
        pack.render_document("dokumentasi", m.id, tmp_path / "dok.pdf")


def test_a_meeting_we_attended_packs_a_report(office, tmp_path):
    m = meetings.create(title="Rakor KPU RI", date=date(2021, 4, 7), start_time=time(9, 0), our_role="participant",
                        mode="daring")
    result = pack.render_pack(m.id, tmp_path / "paket.pdf", keys=["daftar_hadir", "notulen"])
    assert [t for t, _ in _outline(result.path)] == ["Daftar Hadir", "Laporan Hasil Rapat"]
    assert "LAPORAN HASIL RAPAT" in " ".join(_pages(result.path))


def test_unknown_document_and_empty_pack_are_sentences(rakor, tmp_path):
    with pytest.raises(UserError, match="tidak dikenal"):
        pack.render_pack(rakor.id, tmp_path / "x.pdf", keys=["kwitansi"])
    with pytest.raises(UserError, match="tidak ada dokumen yang siap"):
        pack.render_pack(rakor.id, tmp_path / "x.pdf", keys=["dokumentasi"])
    assert not (tmp_path / "x.pdf").exists()


def test_export_names_are_new_each_time_and_safe(rakor, tmp_path):
    assert pack.file_stem("Notulen", 'Rapat: "A/B" <C>?', date(2021, 4, 7)) == "Notulen - Rapat A B C - 2021-04-07"
    long = pack.file_stem("Notulen", "Kata " * 60, date(2021, 4, 7))
    assert len(long) < 120 and long.endswith(" - 2021-04-07")
    first = pack.export_path(tmp_path, "notulen", rakor.id)
    assert first.name == "Notulen - Rakor Optimalisasi Media Sosial - 2021-04-07.pdf"
    first.write_bytes(b"%PDF")
    second = pack.export_path(tmp_path, "notulen", rakor.id)
    assert second.name == "Notulen - Rakor Optimalisasi Media Sosial - 2021-04-07 (2).pdf"
    second.write_bytes(b"%PDF")
    assert pack.export_path(tmp_path, "notulen", rakor.id).name.endswith("(3).pdf")
    assert pack.export_path(tmp_path, "paket", rakor.id).name.startswith("Paket Dokumen - ")


def test_cli_pdf_pack(rakor, any_db, tmp_path, capsys):
    out = tmp_path / "paket.pdf"
    assert main(["--db", any_db, "pdf", "pack", str(rakor.id), "-o", str(out), "--paper", "f4"]) == 0
    printed = capsys.readouterr().out
    assert f"Paket dokumen rapat nomor {rakor.id} disimpan" in printed and "Notulen (" in printed
    assert "Notulen" in [t for t, _ in _outline(out)]
    assert main(["--db", any_db, "pdf", "pack", "9999", "-o", str(out)]) != 0
    assert "tidak ditemukan" in capsys.readouterr().err
