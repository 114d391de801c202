"""First-start facts of an installation: the built-in satker directory, the QR secret, the office profile."""
from __future__ import annotations

import csv
import io

import peewee

from .. import shared_settings
from ..codes import new_secret
from ..db import database, refuse_database_file, write_tx
from ..errors import NotFound, UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import KIND_KPU, OfficeProfile, Satker


def _satker_rows() -> list[dict]:
    from importlib import resources  # the first start only

    text = resources.files("kpu_rakor.resources").joinpath("data/satker.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def ensure_directory() -> int:
    """Load the 553 KPU offices once. Returns how many were added (0 when already there)."""
    if Satker.select().where(Satker.builtin == True).exists():  # noqa: E712 - peewee expression
        return 0
    rows = _satker_rows()
    with write_tx():
        # Level by level (KPU RI, provinces, regencies) so each batch knows its parents' ids.
        ids: dict[str, int] = {}
        for level in ("ri", "provinsi", "kabkota"):
            batch = [dict(name=r["name"], short_name=r["short_name"], full_name=r["full_name"], level=level,
                          kind=KIND_KPU, parent=ids.get(r["parent_code"]), region_code=r["region_code"],
                          region_name=r["region_name"], city=r["city"], timezone=r["timezone"],
                          website=r["website"], builtin=True)
                     for r in rows if r["level"] == level]
            for chunk in range(0, len(batch), 100):
                Satker.insert_many(batch[chunk:chunk + 100]).execute()
            ids.update(Satker.select(Satker.region_code, Satker.id).where(Satker.level == level).tuples())
    return len(rows)


def secret() -> str:
    """The per-installation secret that signs QR codes; made on first use and shared by every PC on a server.
    It never changes once made, so it is read once per open database (every scan needs it) and kept on the
    database object itself, which dies with the connection it belongs to."""
    db = database.obj
    cached = getattr(db, "_kpu_qr_secret", None)
    if cached is not None:
        return cached
    value = shared_settings.get(shared_settings.QR_SECRET)
    if value is None:
        with write_tx():
            shared_settings.put_if_absent(shared_settings.QR_SECRET, new_secret())
        value = shared_settings.get(shared_settings.QR_SECRET)
    db._kpu_qr_secret = value
    return value


def ensure_ready() -> None:
    """Everything a fresh database needs before the first screen: directory, secret, profile row."""
    ensure_directory()
    secret()
    if not OfficeProfile.select().exists():
        with write_tx():
            if not OfficeProfile.select().exists():
                OfficeProfile.create()


def profile() -> OfficeProfile:
    ensure_ready()
    return OfficeProfile.select().order_by(OfficeProfile.id).first()


def is_configured() -> bool:
    """False until the user has said which satker this office is (the first-start question)."""
    p = OfficeProfile.select().order_by(OfficeProfile.id).first()
    return bool(p and p.satker_id)


def default_letterhead(satker: Satker) -> str:
    """The kop lines a KPU office prints: the body's name in capitals, then the address when known."""
    head = satker.full_name.upper() or satker.name.upper()
    lines = [head]
    if satker.address:
        lines.append(satker.address)
    return "\n".join(lines)


def set_office(satker_id: int, **fields) -> OfficeProfile:
    """Say which satker this installation belongs to; fills the letterhead, city and website when empty."""
    satker = Satker.get_or_none(Satker.id == satker_id)
    if satker is None:
        raise NotFound.of(
            QT_TRANSLATE_NOOP("domain", "Satker dengan nomor {satker_id} tidak ada di direktori."), satker_id=satker_id)
    p = profile()
    with write_tx():
        p.satker = satker
        if not p.letterhead_lines:
            p.letterhead_lines = default_letterhead(satker)
        if not p.city:
            p.city = satker.city
        if not p.website:
            p.website = satker.website
        for key, value in fields.items():
            if not hasattr(OfficeProfile, key):
                raise AttributeError(key)
            setattr(p, key, value)
        p.save()
    return p


def office_zone() -> str:
    """The office's time zone, WIB until the office is chosen. One query: every reload of the meeting list asks."""
    row = (OfficeProfile.select(OfficeProfile.satker, Satker.timezone)
           .join(Satker, peewee.JOIN.LEFT_OUTER, on=(OfficeProfile.satker == Satker.id))
           .order_by(OfficeProfile.id).tuples().first())
    return row[1] if row and row[0] else "WIB"



LOGO_MAX_BYTES = 2_000_000


def set_logo(path: str) -> None:
    """Keep the letterhead logo in the database (so every PC on a shared server prints it), downscaled."""
    import io
    from pathlib import Path

    from PIL import Image, UnidentifiedImageError

    from .. import images

    refuse_database_file(path)  # Pillow opening it would drop SQLite's locks
    try:
        with images.open_image(Path(path), f"Gambar logo {Path(path).name}") as img:
            img.load()
            img.thumbnail((600, 600))
            buf = io.BytesIO()
            img.convert("RGBA").save(buf, format="PNG", optimize=True)
    except FileNotFoundError:
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Berkas logo {path} tidak ditemukan."), path=path) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {path} bukan gambar yang dapat dibaca (gunakan PNG atau JPG)."),
            path=path) from None
    data = buf.getvalue()
    if len(data) > LOGO_MAX_BYTES:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Logo terlalu besar setelah diperkecil; gunakan gambar yang lebih sederhana."))
    p = profile()
    with write_tx():
        p.logo, p.logo_path = data, str(path)
        p.save()
