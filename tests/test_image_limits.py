"""Pictures too large to decode (issue 15, part 6): a 428 KB PNG of 110 megapixels took 1.8 GB in `photo add`
with Pillow's warning on stderr, a 169-megapixel PNG in a meeting file 1.4 GB. Both are refused from the
header, before decoding, with a sentence; nothing is printed beside it."""
from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest
from PIL import Image

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.errors import UserError, ValidationError
from kpu_rakor.domain.images import MAX_MEGAPIXELS, check_size
from kpu_rakor.domain.models import Meeting, Photo
from kpu_rakor.domain.services import installation, meetings, photos, transfer

CLI = Path(sys.executable).with_name("kpu-rakor-cli")


def _empty_png(path: Path, width: int, height: int) -> Path:
    """A mostly empty 1-bit picture: megapixels on the header, a few hundred KB on disk, width*height/8 bytes
    in this test's memory."""
    img = Image.new("1", (width, height), 1)
    img.paste(0, (0, 0, 64, 64))
    img.save(path, "PNG")
    img.close()
    return path


@pytest.fixture(scope="module")
def png_110mp(tmp_path_factory) -> Path:
    return _empty_png(tmp_path_factory.mktemp("big") / "poster.png", 11_000, 10_000)


@pytest.fixture(scope="module")
def png_169mp(tmp_path_factory) -> Path:
    return _empty_png(tmp_path_factory.mktemp("big") / "spanduk.png", 13_000, 13_000)


def _meeting():
    return meetings.create(title="Rakor", date=date(2021, 4, 7), start_time=time(9, 0))


def test_limit_in_megapixels():
    check_size((8000, 6000), "Foto x")  # a 48-megapixel phone camera passes
    with pytest.raises(UserError, match=r"^Foto x terlalu besar \(50,1 megapiksel; paling banyak 50\)\. "
                                        r"Perkecil dulu"):
        check_size((10_020, 5000), "Foto x")


def test_photo_add_refuses_110_megapixels_before_decoding(sqlite_db, png_110mp, monkeypatch):
    assert png_110mp.stat().st_size < 2_000_000
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self) or None)
    m = _meeting()
    with pytest.raises(UserError) as caught:
        photos.add(m.id, png_110mp)
    assert str(caught.value).startswith(f"Foto poster.png terlalu besar (110 megapiksel; paling banyak "
                                        f"{MAX_MEGAPIXELS}). Perkecil dulu")
    assert decoded == [] and Photo.select().count() == 0


def test_photo_add_on_the_cli_uses_little_memory_and_prints_one_line(sqlite_url, png_110mp, tmp_path):
    """A real process, so its peak memory (and its stderr) are its own."""
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    mid = _meeting().id
    dbmod.close_database()
    probe = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
             "sys.stdout.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) + '\\n' + r.stderr); "
             "sys.exit(r.returncode)")
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    run = subprocess.run([sys.executable, "-c", probe, str(CLI), "--db", sqlite_url, "photo", "add", str(mid),
                          str(png_110mp)], capture_output=True, text=True, env=env, timeout=120)
    peak_kb, err = run.stdout.split("\n", 1)
    assert run.returncode == 1
    # The file's sentence and the command's summary, nothing else (no DecompressionBombWarning).
    assert err.splitlines() == [
        "Foto poster.png terlalu besar (110 megapiksel; paling banyak 50). Perkecil dulu ukurannya (misalnya di "
        "aplikasi galeri HP atau Paint) lalu coba lagi.",
        "Tidak ada foto yang ditambahkan; 1 berkas dilewati."]
    assert int(peak_kb) < 400_000, f"{int(peak_kb) // 1024} MB"  # 1.8 GB before


def test_meeting_file_with_a_169_megapixel_photo_is_refused_naming_the_field(sqlite_db, png_169mp, monkeypatch):
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self) or None)
    m = _meeting()
    doc = transfer.export_meeting(m.id)
    doc["photos"] = [{"file_name": "spanduk.png", "caption": "Spanduk",
                      "image": base64.b64encode(png_169mp.read_bytes()).decode("ascii")}]
    before = Meeting.select().count(), Photo.select().count()
    with pytest.raises(ValidationError) as caught:
        transfer.import_data(json.loads(json.dumps(doc)))
    assert str(caught.value).startswith('Kolom "photos[0].image" berisi foto terlalu besar (169 megapiksel; '
                                        'paling banyak 50)')
    assert decoded == [] and (Meeting.select().count(), Photo.select().count()) == before


def test_logo_over_the_limit_is_refused(sqlite_db, png_110mp, recwarn):
    with pytest.raises(UserError, match=r"^Gambar logo poster\.png terlalu besar \(110 megapiksel"):
        installation.set_logo(str(png_110mp))
    assert not [w for w in recwarn if "DecompressionBomb" in type(w.message).__name__]


def test_beyond_pillows_own_limit_is_the_same_sentence(tmp_path):
    """Over 179 megapixels Pillow refuses inside open(): the sentence still gives the size."""
    big = _empty_png(tmp_path / "raksasa.png", 20_000, 10_000)
    with pytest.raises(UserError, match=r"^Foto raksasa\.png terlalu besar \(200 megapiksel; paling banyak 50\)"):
        photos.prepare(big)
