"""A meeting's photos: added from files (checked, turned upright, downscaled to a JPEG kept in the database so
every PC on a shared server sees them), captioned in the news style, ordered and deleted. No Qt, no reportlab.

Adding is two steps so a window can do the slow half off its thread: `prepare(path)` only reads the file with
Pillow (no database), `add_prepared(meeting_id, prepared)` stores it. `add(meeting_id, path)` does both.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import peewee

from ..db import refuse_database_file, write_tx
from .. import images as picture_files
from ..errors import NotFound, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (MODE_DARING, MODE_HIBRIDA, ROLE_CHAIR, ROLE_MC, ROLE_MODERATOR, ROLE_OPENING,
                      ROLE_SPEAKER, Attendance, Meeting, Person, Photo, Satker)
from ..timefmt import numeric_date, to_local, to_utc
from . import audit, meeting_text
from . import meetings as meeting_service
from . import people as people_service

MAX_SIDE = 1600  # px, the longest side kept: sharp on a printed half page and in a website article
JPEG_QUALITY = 85
MAX_FILE_BYTES = 80 * 1024 * 1024  # a camera's largest JPEG is ~30 MB; beyond this it is not a photo
MAX_PIXELS = picture_files.MAX_PIXELS  # refused from the file's header, before anything is decoded
CAPTION_LIMIT = 2000
FILE_NAME_LIMIT = 300
IMAGE_TYPES = ("jpg", "jpeg", "png", "webp", "bmp", "gif", "tif", "tiff")  # what the file dialog offers

# EXIF tags (Pillow keeps the numbers): the Exif sub-IFD and the times in it.
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL, _DATETIME_DIGITIZED, _DATETIME = 36867, 36868, 306
_OFFSET_ORIGINAL = 36881
_EXIF_TIME = re.compile(r"^\s*(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"^\s*([+-])(\d{2}):(\d{2})\s*$")


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo read from a file and ready to store: JPEG bytes, upright, at most MAX_SIDE px."""

    file_name: str
    data: bytes
    width: int
    height: int
    # When the camera says it was taken: aware when the file gives its UTC offset, else naive wall-clock
    # time (cameras keep local time), read in the meeting's zone when stored.
    taken: datetime | None = None


@dataclass(frozen=True)
class PhotoInfo:
    """One photo as lists show it, without the image bytes."""

    id: int
    meeting_id: int
    number: int  # 1-based place in the meeting's order
    file_name: str
    caption: str
    person_id: int | None
    person_name: str
    taken_at: datetime | None  # UTC instant
    size: int  # bytes stored


# --- reading a file ---------------------------------------------------------------------------------------

def _exif_time(img) -> datetime | None:
    try:
        exif = img.getexif()
    except Exception:  # noqa: BLE001 - a damaged EXIF block never stops a photo from being added
        return None
    if not exif:
        return None
    try:
        sub = exif.get_ifd(_EXIF_IFD)
    except Exception:  # noqa: BLE001 - the same for a damaged EXIF sub-block
        sub = {}
    raw = sub.get(_DATETIME_ORIGINAL) or sub.get(_DATETIME_DIGITIZED) or exif.get(_DATETIME)
    if isinstance(raw, bytes):
        raw = raw.decode("ascii", "replace")
    m = _EXIF_TIME.match(raw or "") if isinstance(raw, str) else None
    if not m:
        return None
    try:
        when = datetime(*(int(g) for g in m.groups()))
    except ValueError:  # "0000:00:00 00:00:00" from cameras whose clock was never set
        return None
    if not 1990 <= when.year <= 2200:
        return None
    offset = sub.get(_OFFSET_ORIGINAL)
    om = _EXIF_OFFSET.match(offset) if isinstance(offset, str) else None
    if om:
        delta = timedelta(hours=int(om.group(2)), minutes=int(om.group(3)))
        when = when.replace(tzinfo=timezone(delta if om.group(1) == "+" else -delta))
    return when


def prepare(path, name: str | None = None) -> PreparedPhoto:
    """Read an image file: refuse what is not a picture, turn it upright by its EXIF orientation, shrink it to
    MAX_SIDE px and encode it as JPEG. Touches no database, so it can run in a worker thread."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    path = Path(path)
    shown = name or path.name
    refuse_database_file(path)  # Pillow opening it would drop SQLite's locks
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Berkas {shown} tidak ditemukan."), shown=shown) from None
    except OSError as exc:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {shown} tidak dapat dibaca: {reason}."),
            shown=shown, reason=exc.strerror or exc) from None
    if path.is_dir():
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "{shown} adalah folder, bukan berkas foto."), shown=shown)
    if size == 0:
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Berkas {shown} kosong."), shown=shown)
    if size > MAX_FILE_BYTES:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {shown} terlalu besar ({megabytes} MB) untuk sebuah foto."),
            shown=shown, megabytes=size // (1024 * 1024))
    try:
        with picture_files.open_image(path, f"Foto {shown}") as img:
            w, h = img.size
            taken = _exif_time(img)
            if img.format == "JPEG":
                # Let the JPEG decoder skip detail we would throw away (2-8× faster on phone photos).
                scale = MAX_SIDE / max(w, h)
                if scale < 1:
                    img.draft("RGB", (max(1, int(w * scale)), max(1, int(h * scale))))
            img.load()
            upright = ImageOps.exif_transpose(img)
            picture = _flatten(upright)
    except UserError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {shown} bukan gambar yang dapat dibaca; gunakan foto JPG atau PNG."),
            shown=shown) from None
    except (OSError, ValueError, SyntaxError):  # truncated or corrupt image data
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Gambar {shown} rusak atau tidak lengkap; salin ulang foto itu dari "
                                        "kamera/HP."),
            shown=shown) from None
    picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.LANCZOS)
    buf = io.BytesIO()
    picture.save(buf, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return PreparedPhoto(file_name=shown[:FILE_NAME_LIMIT], data=buf.getvalue(), width=picture.width,
                         height=picture.height, taken=taken)


def _flatten(img):
    """An RGB image: transparency on white (a PNG screenshot with alpha), palettes, CMYK and grey resolved."""
    from PIL import Image

    if img.mode == "P" and "transparency" in img.info:
        img = img.convert("RGBA")
    if img.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        img = img.convert("RGBA")
        white = Image.new("RGB", img.size, (255, 255, 255))
        white.paste(img, mask=img.getchannel("A"))
        return white
    if img.mode.startswith("I;16") or img.mode in ("I", "F"):
        img = img.point(lambda v: v / 256).convert("L")  # 16-bit scans: keep the tones, not the clipping
    return img.convert("RGB")


# --- storing and changing -----------------------------------------------------------------------------------

def _meeting(meeting_id: int) -> Meeting:
    return meeting_service.get(meeting_id)


def _get(photo_id: int) -> Photo:
    p = Photo.get_or_none(Photo.id == photo_id)
    if p is None:
        raise NotFound.of(
            QT_TRANSLATE_NOOP("domain", "Foto nomor {photo_id} tidak ditemukan (mungkin sudah dihapus)."),
            photo_id=photo_id)
    return p


def _clean_caption(text: str | None) -> str:
    return meeting_service.clean_text(text, "caption", "Keterangan foto", CAPTION_LIMIT)


def _person_id(person_id: int | None) -> int | None:
    if person_id is None:
        return None
    if not Person.select().where(Person.id == person_id).exists():
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Orang nomor {person_id} tidak ada di direktori."),
            "person_id", person_id=person_id)
    return person_id


def _taken_utc(taken: datetime | None, zone: str) -> datetime | None:
    if taken is None:
        return None
    if taken.tzinfo is not None:
        return taken.astimezone(timezone.utc).replace(tzinfo=None)
    return to_utc(taken, zone)


def add_prepared(meeting_id: int, prepared: PreparedPhoto, caption: str | None = None,
                 person_id: int | None = None) -> Photo:
    """Store a prepared photo at the end of the meeting's order. Without `caption`, the suggested
    news-style caption is filled in for the user to edit."""
    m = _meeting(meeting_id)
    pid = _person_id(person_id)
    text = _clean_caption(caption) if caption is not None else suggest_caption(meeting_id, pid)
    with write_tx():
        last = (Photo.select(peewee.fn.MAX(Photo.position)).where(Photo.meeting == m).scalar())
        photo = Photo.create(meeting=m, file_name=prepared.file_name, image=prepared.data, caption=text,
                             person=pid, taken_at=_taken_utc(prepared.taken, m.timezone),
                             position=(last + 1) if last is not None else 0)
        audit.log("create", "photo", photo.id, meeting_id=m.id, personal_data=pid is not None,
                  detail={"file": prepared.file_name, "bytes": len(prepared.data)})
    return photo


def add(meeting_id: int, path, caption: str | None = None, person_id: int | None = None) -> Photo:
    """Read, shrink and store one photo file (see `prepare` and `add_prepared`)."""
    _meeting(meeting_id)  # a missing meeting is said before the file is read
    return add_prepared(meeting_id, prepare(path), caption, person_id)


_UNSET = object()


def update(photo_id: int, *, caption=_UNSET, person_id=_UNSET) -> Photo:
    """Change a photo's caption and/or who is pictured (None: nobody in particular)."""
    photo = _get(photo_id)
    changed = {}
    if caption is not _UNSET:
        text = _clean_caption(caption)
        if text != photo.caption:
            photo.caption, changed["caption"] = text, True
    if person_id is not _UNSET:
        pid = _person_id(person_id)
        if pid != photo.person_id:
            photo.person, changed["person_id"] = pid, pid
    if changed:
        with write_tx():
            photo.save()
            audit.log("update", "photo", photo.id, meeting_id=photo.meeting_id, detail=changed,
                      personal_data="person_id" in changed)
    return photo


def reorder(meeting_id: int, photo_ids: list[int]) -> None:
    """Put the meeting's photos in the order of `photo_ids` (every photo of the meeting, each once)."""
    _meeting(meeting_id)
    current = [pid for (pid,) in Photo.select(Photo.id).where(Photo.meeting == meeting_id).tuples()]
    if sorted(current) != sorted(photo_ids) or len(set(photo_ids)) != len(photo_ids):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Urutan foto tidak cocok dengan foto rapat ini; muat ulang daftar foto."),
            "order")
    with write_tx():
        for pos, pid in enumerate(photo_ids):
            Photo.update(position=pos).where(Photo.id == pid).execute()
        audit.log("update", "photo_order", meeting_id, meeting_id=meeting_id, detail={"photos": len(photo_ids)})


def move(photo_id: int, step: int) -> int:
    """Move a photo `step` places (−1 earlier, +1 later); returns its new 0-based place."""
    photo = _get(photo_id)
    ids = [p.id for p in _ordered(photo.meeting_id)]
    i = ids.index(photo.id)
    j = max(0, min(len(ids) - 1, i + step))
    if i != j:
        ids.insert(j, ids.pop(i))
        reorder(photo.meeting_id, ids)
    return j


def delete(photo_id: int) -> None:
    photo = _get(photo_id)
    meeting_id = photo.meeting_id
    with write_tx():
        audit.log("delete", "photo", photo.id, meeting_id=meeting_id, detail={"file": photo.file_name})
        photo.delete_instance()
        for pos, p in enumerate(_ordered(meeting_id)):
            if p.position != pos:
                Photo.update(position=pos).where(Photo.id == p.id).execute()


# --- reading ----------------------------------------------------------------------------------------------

def _ordered(meeting_id: int):
    return list(Photo.select(Photo.id, Photo.position, Photo.meeting).where(Photo.meeting == meeting_id)
                .order_by(Photo.position, Photo.id))


def list_photos(meeting_id: int) -> list[PhotoInfo]:
    """The meeting's photos in their order, without the image bytes."""
    size = peewee.fn.LENGTH(Photo.image)
    q = (Photo.select(Photo.id, Photo.meeting, Photo.file_name, Photo.caption, Photo.person, Photo.taken_at,
                      Photo.position, size.alias("nbytes"), Person.name.alias("person_name"))
         .join(Person, peewee.JOIN.LEFT_OUTER, on=(Photo.person == Person.id))
         .where(Photo.meeting == meeting_id).order_by(Photo.position, Photo.id).dicts())
    return [PhotoInfo(id=r["id"], meeting_id=r["meeting"], number=n, file_name=r["file_name"],
                      caption=r["caption"], person_id=r["person"], person_name=r["person_name"] or "",
                      taken_at=r["taken_at"], size=r["nbytes"] or 0)
            for n, r in enumerate(q, 1)]


def image(photo_id: int) -> bytes:
    """The stored JPEG of a photo."""
    return bytes(_get(photo_id).image)


def images(meeting_id: int) -> list[tuple[PhotoInfo, bytes]]:
    """Every photo of the meeting with its JPEG, in order (for documents)."""
    data = {p.id: bytes(p.image) for p in Photo.select(Photo.id, Photo.image).where(Photo.meeting == meeting_id)}
    return [(info, data[info.id]) for info in list_photos(meeting_id)]


def count(meeting_id: int) -> int:
    return Photo.select().where(Photo.meeting == meeting_id).count()


# --- who is pictured, and the caption -------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    description: str  # "Anggota KPU Provinsi Jawa Timur"


def _description(p: Person) -> str:
    """Position and office as a caption writes them: "Anggota KPU Provinsi Jawa Timur"; the office is left
    out when the position already names it."""
    position = " ".join((p.position or "").split())
    office = " ".join((people_service.display_institution(p) or "").split())
    if office and office.casefold() not in position.casefold():
        return f"{position} {office}".strip()
    return position


def people_choices(meeting_id: int) -> list[PersonChoice]:
    """Who may be pictured: the meeting's roles (chair, speakers …) first, then invitees, then anyone
    recorded as attending; each once."""
    ids: list[int] = [r.person_id for r in meeting_service.roles(meeting_id)]
    ids += [p.id for p in meeting_service.invitees(meeting_id)]
    ids += [pid for (pid,) in Attendance.select(Attendance.person).where(Attendance.meeting == meeting_id)
            .order_by(Attendance.id).tuples()]
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    found = {p.id: p for p in Person.select(Person, Satker).join(Satker, peewee.JOIN.LEFT_OUTER)
             .where(Person.id.in_(ids))}
    return [PersonChoice(pid, found[pid].name, _description(found[pid])) for pid in ids if pid in found]


# A person's part in the meeting, most telling first, and what the caption says they were doing.
_ROLE_ACTIVITY = (
    (ROLE_SPEAKER, "menyampaikan materi"),
    (ROLE_OPENING, "membuka"),
    (ROLE_CHAIR, "memimpin"),
    (ROLE_MODERATOR, "memandu"),
    (ROLE_MC, "membawakan acara"),
)


def _activity(m: Meeting, person_id: int | None) -> str:
    title = m.title.strip()
    roles = [r for r in meeting_service.roles(m.id) if r.person_id == person_id] if person_id else []
    for role, verb in _ROLE_ACTIVITY:
        mine = [r for r in roles if r.role == role]
        if not mine:
            continue
        if role == ROLE_SPEAKER:
            topic = next((r.topic.strip() for r in mine if r.topic.strip()), "")
            return f"{verb} {topic} dalam {title}" if topic else f"{verb} dalam {title}"
        return f"{verb} {title}"
    how = " secara daring" if m.mode == MODE_DARING else ""
    return f"mengikuti {title}{how}"


def suggest_caption(meeting_id: int, person_id: int | None = None) -> str:
    """A caption in the style of the office's news photos, for the user to edit:
    "Gogot Cahyo Baskoro, Anggota KPU Provinsi Jawa Timur saat menyampaikan materi dalam Rakor … (7/4/2021)";
    without a person: "Suasana Rakor … di Aula KPU … (7/4/2021)"."""
    m = _meeting(meeting_id)
    day = numeric_date(to_local(m.starts_at, m.timezone))
    if person_id:
        p = Person.get_or_none(Person.id == person_id)
        if p is not None:
            who = p.name.strip()
            what = _description(p)
            if what:
                who = f"{who}, {what}"
            return f"{who} saat {_activity(m, p.id)} ({day})"
    where = ""
    venue = m.venue.strip()
    if m.mode == MODE_DARING:
        where = f" secara daring melalui {meeting_text.online_channel(m)}"
    elif venue:
        where = f" di {venue}"
        if m.mode == MODE_HIBRIDA:
            where += f" dan secara daring melalui {meeting_text.online_channel(m)}"
    return f"Suasana {m.title.strip()}{where} ({day})"
