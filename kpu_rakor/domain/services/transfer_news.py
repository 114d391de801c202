"""The parts of a meeting file that serve the news article: the recording office, the news draft and the
photos (format in docs/meeting-format.md). Checked like the rest of the file before anything is written."""
from __future__ import annotations

import base64
import binascii
import io

from ..models import NewsDraft, Photo
from . import installation
from . import transfer_fields as f

PHOTO_MAX_BYTES = 8_000_000  # one photo in the file, decoded
PHOTO_MAX_SIDE = 1600  # larger photos are stored downscaled, as the app keeps them


# --- export ------------------------------------------------------------------------------------------------

def export_office(satker_ref) -> dict | None:
    """The office that recorded the meeting: `our_role` and "our people" are from its point of view."""
    p = installation.profile()
    if not p.satker_id:
        return None
    return {"satker": satker_ref(p.satker), "city": p.city, "website": p.website,
            "writer_initials": p.writer_initials}


def export_news(meeting_id: int) -> dict | None:
    from .news import drafts, settings

    d = NewsDraft.select().where(NewsDraft.meeting == meeting_id).order_by(NewsDraft.id).first()
    audience = settings.audience(meeting_id)
    if d is None:
        return {"headline": "", "body": "", "writer_initials": "", "edited_by_user": False,
                "audience": audience} if audience else None
    photos = [p for (p,) in Photo.select(Photo.id).where(Photo.meeting == meeting_id)
              .order_by(Photo.position, Photo.id).tuples()]
    chosen = drafts.chosen_photos(meeting_id)
    return {"headline": d.headline, "body": d.body, "writer_initials": d.writer_initials,
            "edited_by_user": d.edited_by_user, "audience": audience,
            "photos": [photos.index(i) for i in chosen] if chosen != photos else None}


def export_photos(meeting_id: int, ref, iso) -> list[dict]:
    return [{"file_name": p.file_name, "caption": p.caption, "person": ref(p.person_id),
             "taken_at": iso(p.taken_at), "image": base64.b64encode(bytes(p.image)).decode("ascii")}
            for p in Photo.select().where(Photo.meeting == meeting_id).order_by(Photo.position, Photo.id)]


# --- checks ------------------------------------------------------------------------------------------------

def check_office(data: dict, check_satker) -> dict | None:
    if data.get("office") is None:
        return None
    p = "office"
    d = f.obj(data["office"], p)
    return {"satker": check_satker(d.get("satker"), f.join(p, "satker")), "city": f.text(d, "city", p, 80),
            "website": f.text(d, "website", p, 120), "writer_initials": f.text(d, "writer_initials", p, 10)}


def _image(d: dict, path: str) -> bytes:
    value = d.get("image")
    p = f.join(path, "image")
    if not isinstance(value, str) or not value.strip():
        raise f.fail(p, "wajib berisi gambar JPEG atau PNG dalam base64.")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise f.fail(p, "bukan base64 yang sah.") from None
    if len(raw) > PHOTO_MAX_BYTES:
        raise f.fail(p, f"berisi foto lebih dari {PHOTO_MAX_BYTES // 1_000_000} MB.")
    from PIL import Image, UnidentifiedImageError

    from .. import images
    from ..errors import UserError
    try:
        with images.open_image(io.BytesIO(raw), "foto") as img:
            img.load()
            if max(img.size) <= PHOTO_MAX_SIDE:
                return raw  # kept as it is, so a copy exports the same bytes
            img.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
            out = io.BytesIO()
            img.convert("RGB").save(out, format="JPEG", quality=85)
            return out.getvalue()
    except UserError as exc:  # over the pixel limit, refused from the header before decoding
        raise f.fail(p, f"berisi {exc}") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise f.fail(p, "bukan gambar yang dapat dibaca (pakai JPEG atau PNG).") from None


def check_photos(data: dict, refs: set[str]) -> list[dict]:
    out = []
    for i, raw in enumerate(f.items(data, "photos", "")):
        p = f.join("photos", i)
        d = f.obj(raw, p)
        out.append({"image": _image(d, p), "file_name": f.text(d, "file_name", p, 300),
                    "caption": f.text(d, "caption", p, 2000), "person": f.ref(d, "person", p, refs),
                    "taken_at": f.instant(d, "taken_at", p)})
    return out


def check_news(data: dict, n_photos: int) -> dict | None:
    if data.get("news") is None:
        return None
    p = "news"
    d = f.obj(data["news"], p)
    chosen = None
    if d.get("photos") is not None:
        chosen = []
        for k, idx in enumerate(f.items(d, "photos", p)):
            if isinstance(idx, bool) or not isinstance(idx, int) or not 0 <= idx < n_photos:
                raise f.fail(f.join(f.join(p, "photos"), k), f'harus nomor urut foto di "photos" (0 s.d. '
                                                             f'{n_photos - 1}); tertulis {idx!r}.'
                             if n_photos else 'merujuk foto, padahal "photos" kosong.')
            chosen.append(idx)
    return {"headline": f.text(d, "headline", p, 300), "body": f.text(d, "body", p, 100_000),
            "writer_initials": f.text(d, "writer_initials", p, 10), "edited_by_user": f.flag(d, "edited_by_user", p),
            "audience": f.text(d, "audience", p, 300), "photos": chosen}


# --- import (inside the importer's transaction) -------------------------------------------------------------

def recording_office(data) -> str | None:
    """The name of the office that recorded a meeting file (its `office` part), when this installation has no
    office yet and could take it as its own (`import … set_office`); else None. Read before the import, so the
    app can ask first."""
    if installation.is_configured() or not isinstance(data, dict) or not isinstance(data.get("office"), dict):
        return None
    satker = data["office"].get("satker")
    name = satker.get("name") if isinstance(satker, dict) else None
    return name if isinstance(name, str) and name.strip() else None


def check_set_office(plan: dict) -> None:
    """`meeting import --set-office` only on a fresh installation, and only from a file that names its office."""
    from ..errors import UserError

    if installation.is_configured():
        office = installation.profile().satker.name
        raise UserError(f"Instalasi ini sudah diatur sebagai {office}; --set-office hanya untuk instalasi baru "
                        f"yang belum punya profil kantor. Impor tanpa --set-office, atau ubah profil kantor lewat "
                        f"'office set'.")
    if plan.get("office") is None or plan["office"]["satker"] is None:
        raise UserError("Berkas ini tidak memuat profil kantor yang mencatatnya (bagian \"office\"); kantor tidak "
                        "dapat diatur dari berkas ini. Pakai 'office set --satker …'.")


def set_office(office: dict, satker_id: int) -> None:
    given = {k: office[k] for k in ("city", "website", "writer_initials") if office[k]}
    installation.set_office(satker_id, **given)


def import_photos_and_news(meeting_id: int, plan: dict, people: dict[str, int]) -> None:
    from .news import drafts, settings
    ids = []
    for n, ph in enumerate(plan.get("photos") or []):
        ids.append(Photo.create(meeting=meeting_id, file_name=ph["file_name"], image=ph["image"],
                                caption=ph["caption"], person=people.get(ph["person"]), taken_at=ph["taken_at"],
                                position=n).id)
    news = plan.get("news")
    if news is None:
        return
    if news["audience"]:
        settings.set_audience(meeting_id, news["audience"])
    if not (news["headline"] or news["body"] or news["edited_by_user"] or news["writer_initials"]):
        return  # only who took part was recorded: the article is drafted when someone asks for it
    drafts.store(meeting_id, news["headline"], news["body"], news["writer_initials"], news["edited_by_user"])
    if news["photos"] is not None:
        drafts.choose_photos(meeting_id, [ids[i] for i in news["photos"]])
