"""A meeting's photos on a real database (SQLite, and PostgreSQL when configured): files checked, turned
upright and shrunk, EXIF time read in the meeting's zone, news-style captions, order, delete, the CLI."""
from __future__ import annotations

import io
import json
from datetime import date, datetime, time

import pytest
from PIL import Image

from kpu_rakor.cli.main import main
from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.errors import NotFound, UserError, ValidationError
from kpu_rakor.domain.models import AuditLog, Photo
from kpu_rakor.domain.services import checkin, installation, meetings, people, photos, satker

EXIF_ORIENTATION, EXIF_IFD, DATETIME_ORIGINAL, OFFSET_ORIGINAL = 0x0112, 0x8769, 36867, 36881


@pytest.fixture
def office(any_office):
    return any_office  # these tests run on both engines


def _meeting(**extra):
    fields = dict(title="Rapat Koordinasi Penguatan Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0),
                  venue="Aula KPU Kabupaten Tulungagung")
    fields.update(extra)
    return meetings.create(**fields)


def _jpeg(path, size=(4000, 3000), orientation=None, taken="2021:04:07 10:15:30", offset=None, color=(200, 40, 40)):
    img = Image.new("RGB", size, color)
    # A marker in the top-left corner shows which way the picture was turned.
    img.paste((0, 0, 255), (0, 0, size[0] // 4, size[1] // 4))
    exif = Image.Exif()
    if orientation:
        exif[EXIF_ORIENTATION] = orientation
    sub = {}
    if taken:
        sub[DATETIME_ORIGINAL] = taken
    if offset:
        sub[OFFSET_ORIGINAL] = offset
    if sub:
        exif.get_ifd(EXIF_IFD).update(sub)
    img.save(path, "JPEG", quality=90, exif=exif)
    return path


def _stored(photo_id) -> Image.Image:
    return Image.open(io.BytesIO(photos.image(photo_id)))


def test_a_phone_photo_is_turned_upright_shrunk_and_timed_in_the_meeting_zone(office, tmp_path):
    m = _meeting()
    # A phone held upright writes a landscape sensor image and "rotate 90° clockwise" in EXIF.
    path = _jpeg(tmp_path / "IMG_2041.JPG", (4000, 3000), orientation=6)
    photo = photos.add(m.id, path)
    img = _stored(photo.id)
    assert img.format == "JPEG" and img.mode == "RGB"
    assert img.size == (1200, 1600)  # upright, longest side 1600
    # The blue marker of the sensor's top-left corner is now at the top right.
    assert img.getpixel((1100, 100))[2] > 200 and img.getpixel((100, 100))[0] > 150
    assert img.getexif().get(EXIF_ORIENTATION) in (None, 1)  # not turned a second time by viewers
    assert len(photos.image(photo.id)) < 400_000
    # 10.15 on the camera's clock in a WIB meeting is 03.15 UTC.
    assert photo.taken_at == datetime(2021, 4, 7, 3, 15, 30)
    assert photo.file_name == "IMG_2041.JPG" and photo.position == 0
    assert photo.caption == ("Suasana Rapat Koordinasi Penguatan Bakohumas di Aula KPU Kabupaten Tulungagung "
                             "(7/4/2021)")
    assert AuditLog.select().where((AuditLog.entity == "photo") & (AuditLog.action == "create")).count() == 1


def test_exif_offset_wins_over_the_meeting_zone_and_bad_times_are_ignored(office, tmp_path):
    m = _meeting(timezone="WITA")
    a = photos.add(m.id, _jpeg(tmp_path / "a.jpg", offset="+07:00"))
    assert a.taken_at == datetime(2021, 4, 7, 3, 15, 30)
    b = photos.add(m.id, _jpeg(tmp_path / "b.jpg"))
    assert b.taken_at == datetime(2021, 4, 7, 2, 15, 30)  # 10.15 WITA
    c = photos.add(m.id, _jpeg(tmp_path / "c.jpg", taken="0000:00:00 00:00:00"))
    d = photos.add(m.id, _jpeg(tmp_path / "d.jpg", taken=None))
    assert c.taken_at is None and d.taken_at is None


def test_png_with_transparency_small_images_and_grey_scans(office, tmp_path):
    m = _meeting()
    png = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    png.paste((0, 128, 0, 255), (0, 0, 100, 100))
    png.save(tmp_path / "logo.png")
    p = photos.add(m.id, tmp_path / "logo.png")
    img = _stored(p.id)
    assert img.size == (300, 200)  # never enlarged
    assert img.getpixel((250, 150))[0] > 240  # transparency became white, not black
    Image.new("L", (2400, 1800), 90).save(tmp_path / "grey.tif")
    assert _stored(photos.add(m.id, tmp_path / "grey.tif").id).size == (1600, 1200)
    Image.new("I;16", (800, 600), 40000).save(tmp_path / "scan16.png")
    assert _stored(photos.add(m.id, tmp_path / "scan16.png").id).mode == "RGB"


@pytest.mark.parametrize("name,content,expected", [
    ("catatan.txt", b"bukan foto", "bukan gambar"),
    ("kosong.jpg", b"", "kosong"),
    ("rusak.jpg", None, "rusak"),
])
def test_files_that_are_not_photos_are_refused_with_a_sentence(office, tmp_path, name, content, expected):
    m = _meeting()
    path = tmp_path / name
    if content is None:  # a JPEG cut off halfway, as from an interrupted copy
        _jpeg(tmp_path / "full.jpg")
        content = (tmp_path / "full.jpg").read_bytes()[:3000]
    path.write_bytes(content)
    with pytest.raises(UserError) as err:
        photos.add(m.id, path)
    assert expected in str(err.value) and name in str(err.value)
    assert Photo.select().count() == 0


def test_missing_file_folder_and_missing_meeting(office, tmp_path):
    m = _meeting()
    with pytest.raises(UserError, match="tidak ditemukan"):
        photos.add(m.id, tmp_path / "tidak-ada.jpg")
    with pytest.raises(UserError, match="folder"):
        photos.add(m.id, tmp_path)
    with pytest.raises(NotFound, match="Rapat"):
        photos.add(9999, _jpeg(tmp_path / "a.jpg"))


def test_captions_in_the_news_style(office, tmp_path):
    prov = satker.by_region_code("35")
    m = _meeting(title="Rakor Penguatan Bakohumas", mode="daring", online_platform="Zoom Meeting")
    gogot = people.create(name="Gogot Cahyo Baskoro", position="Anggota", satker_id=prov.id)
    ketua = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua KPU Kabupaten Tulungagung",
                          satker_id=office.id)
    amar = people.create(name="Much. Amarodin", position="Kasubag Teknis dan Hupmas", satker_id=office.id)
    guest = people.create(name="Tamu Tanpa Jabatan")
    meetings.set_roles(m.id, [dict(person_id=gogot.id, role="speaker", topic="Optimalisasi Media Sosial"),
                              dict(person_id=ketua.id, role="opening")])
    assert photos.suggest_caption(m.id, gogot.id) == (
        "Gogot Cahyo Baskoro, Anggota KPU Provinsi Jawa Timur saat menyampaikan materi Optimalisasi Media Sosial "
        "dalam Rakor Penguatan Bakohumas (7/4/2021)")
    # The office is not said twice when the position already names it.
    assert photos.suggest_caption(m.id, ketua.id) == (
        "Dr. H. Rochani, S.Pd., M.Si., Ketua KPU Kabupaten Tulungagung saat membuka Rakor Penguatan Bakohumas "
        "(7/4/2021)")
    assert photos.suggest_caption(m.id, amar.id) == (
        "Much. Amarodin, Kasubag Teknis dan Hupmas KPU Kabupaten Tulungagung saat mengikuti Rakor Penguatan "
        "Bakohumas secara daring (7/4/2021)")
    assert photos.suggest_caption(m.id, guest.id) == (
        "Tamu Tanpa Jabatan saat mengikuti Rakor Penguatan Bakohumas secara daring (7/4/2021)")
    assert photos.suggest_caption(m.id) == (
        "Suasana Rakor Penguatan Bakohumas secara daring melalui Zoom Meeting (7/4/2021)")
    h = _meeting(title="Rakor Hibrida", mode="hibrida", date=date(2021, 12, 17))
    assert photos.suggest_caption(h.id) == (
        "Suasana Rakor Hibrida di Aula KPU Kabupaten Tulungagung dan secara daring melalui Zoom Meeting "
        "(17/12/2021)")
    # Adding with a person fills in that person's caption; an explicit caption is kept as typed.
    p = photos.add(m.id, _jpeg(tmp_path / "a.jpg"), person_id=gogot.id)
    assert p.caption.startswith("Gogot Cahyo Baskoro, Anggota KPU Provinsi Jawa Timur saat menyampaikan")
    q = photos.add(m.id, _jpeg(tmp_path / "b.jpg"), caption="  <b>Ł & Co</b>  ")
    assert q.caption == "<b>Ł & Co</b>"


def test_update_caption_and_person(office, tmp_path):
    m = _meeting()
    p = photos.add(m.id, _jpeg(tmp_path / "a.jpg"))
    who = people.create(name="Siti Aminah", position="Anggota")
    photos.update(p.id, caption="Siti Aminah saat memaparkan materi (7/4/2021)", person_id=who.id)
    info = photos.list_photos(m.id)[0]
    assert info.caption == "Siti Aminah saat memaparkan materi (7/4/2021)"
    assert info.person_id == who.id and info.person_name == "Siti Aminah" and info.size > 0
    photos.update(p.id, person_id=None)
    assert photos.list_photos(m.id)[0].person_id is None
    with pytest.raises(ValidationError, match="terlalu panjang"):
        photos.update(p.id, caption="x" * (photos.CAPTION_LIMIT + 1))
    with pytest.raises(ValidationError, match="direktori"):
        photos.update(p.id, person_id=99999)
    long = "Kata " * 60
    photos.update(p.id, caption=long)
    assert photos.list_photos(m.id)[0].caption == long.strip()


def test_order_move_reorder_and_delete(office, tmp_path):
    m = _meeting()
    ids = [photos.add(m.id, _jpeg(tmp_path / f"{i}.jpg", (400, 300)), caption=f"Foto {i}").id for i in range(4)]
    assert [r.caption for r in photos.list_photos(m.id)] == ["Foto 0", "Foto 1", "Foto 2", "Foto 3"]
    assert photos.move(ids[3], -1) == 2
    assert photos.move(ids[0], -1) == 0  # already first: stays
    assert [r.id for r in photos.list_photos(m.id)] == [ids[0], ids[1], ids[3], ids[2]]
    photos.reorder(m.id, [ids[2], ids[1], ids[0], ids[3]])
    assert [r.id for r in photos.list_photos(m.id)] == [ids[2], ids[1], ids[0], ids[3]]
    with pytest.raises(ValidationError):
        photos.reorder(m.id, [ids[0], ids[1]])
    photos.delete(ids[1])
    rows = photos.list_photos(m.id)
    assert [r.id for r in rows] == [ids[2], ids[0], ids[3]] and [r.number for r in rows] == [1, 2, 3]
    assert [p.position for p in Photo.select().order_by(Photo.position)] == [0, 1, 2]
    assert photos.count(m.id) == 3
    nxt = photos.add(m.id, _jpeg(tmp_path / "n.jpg", (400, 300)), caption="baru")
    assert nxt.position == 3
    with pytest.raises(NotFound):
        photos.delete(ids[1])
    # Photos go with their meeting.
    meetings.delete(m.id)
    assert Photo.select().count() == 0


def test_people_choices_roles_first_then_invitees_then_attendees(office):
    m = _meeting()
    a = people.create(name="Ahmad Invitee", position="Staf")
    b = people.create(name="Budi Speaker", position="Anggota", satker_id=office.id)
    c = people.create(name="Citra Walk-in", position="")
    meetings.invite(m.id, [a.id, b.id])
    meetings.set_roles(m.id, [dict(person_id=b.id, role="speaker")])
    checkin.check_in_person(m.id, c.id)
    choices = photos.people_choices(m.id)
    assert [x.name for x in choices] == ["Budi Speaker", "Ahmad Invitee", "Citra Walk-in"]
    assert choices[0].description == "Anggota KPU Kabupaten Tulungagung"


def test_cli_photo_add_and_list(sqlite_url, tmp_path, capsys):
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    m = _meeting()
    dbmod.close_database()
    good = _jpeg(tmp_path / "rakor 1.jpg")
    bad = tmp_path / "notes.txt"
    bad.write_text("bukan foto")

    code = main(["--db", sqlite_url, "photo", "add", str(m.id), str(good), str(bad), "--caption", "Uji <b>&"])
    out, err = capsys.readouterr()
    assert code == 1  # one file was left out: said, and the status says so
    assert "ditambahkan: Uji <b>&" in out and "notes.txt bukan gambar" in err and "Traceback" not in err
    code = main(["--db", sqlite_url, "photo", "add", str(m.id), str(good)])
    assert code == 0
    capsys.readouterr()

    code = main(["--db", sqlite_url, "photo", "list", str(m.id)])
    out, _ = capsys.readouterr()
    assert code == 0 and "rakor 1.jpg" in out and "Rabu, 07 April 2021 10.15 WIB" in out
    assert "Suasana Rapat Koordinasi Penguatan Bakohumas" in out
    code = main(["--db", sqlite_url, "photo", "list", str(m.id), "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in rows] == [1, 2] and rows[0]["caption"] == "Uji <b>&"
    assert rows[0]["taken_at"] == "2021-04-07T03:15:30Z"

    code = main(["--db", sqlite_url, "photo", "add", str(m.id), str(bad)])
    assert code == 1 and "Tidak ada foto yang ditambahkan" in capsys.readouterr().err
    code = main(["--db", sqlite_url, "photo", "add", "999", str(good)])
    assert code == 1 and "Rapat dengan nomor 999 tidak ditemukan" in capsys.readouterr().err
    code = main(["--db", sqlite_url, "photo", "add", str(m.id), str(good), "--person", "999"])
    assert code == 1 and "Orang dengan nomor 999" in capsys.readouterr().err
    code = main(["--db", sqlite_url, "photo", "list", "999"])
    assert code == 1
