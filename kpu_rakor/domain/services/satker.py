"""The satker directory: the KPU offices shipped with the app and the institutions users add."""
from __future__ import annotations

import peewee

from ..db import write_tx
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import KINDS, LEVEL_LAIN, Satker
from ..names import fold
from ..timefmt import ZONES
from . import audit


def get(satker_id: int) -> Satker:
    s = Satker.get_or_none(Satker.id == satker_id)
    if s is None:
        raise NotFound.of(
            QT_TRANSLATE_NOOP("domain", "Satker/instansi dengan nomor {satker_id} tidak ditemukan."),
            satker_id=satker_id)
    return s


def search(text: str = "", limit: int | None = None, level: str | None = None,
           kind: str | None = None) -> list[Satker]:
    """Satker whose name contains every word typed; KPU RI and provinces before regencies."""
    q = Satker.select()
    if level:
        q = q.where(Satker.level == level)
    if kind:
        q = q.where(Satker.kind == kind)
    rows = list(q.order_by(Satker.level != "ri", Satker.level != "provinsi", Satker.name))
    words = fold(text).split()
    if words:
        rows = [s for s in rows if all(w in fold(f"{s.name} {s.short_name} {s.region_name}") for w in words)]
    return rows[:limit] if limit else rows


def by_region_code(code: str) -> Satker | None:
    return Satker.get_or_none(Satker.region_code == code)


def find_by_name(name: str) -> Satker | None:
    """Exact name (ignoring case, accents, punctuation) or short name: how imports name a satker."""
    key = fold(name)
    if not key:
        return None
    for s in Satker.select().where(peewee.fn.LOWER(Satker.name) == name.strip().lower()):
        return s
    for s in Satker.select():
        if key in (fold(s.name), fold(s.short_name), fold(s.full_name)):
            return s
    return None


def add_institution(name: str, *, kind: str = "lainnya", city: str = "", timezone: str = "WIB",
                    website: str = "", address: str = "", short_name: str = "") -> Satker:
    """An institution that is not a KPU office: Bawaslu, Pemda, a university, a newspaper."""
    name = (name or "").strip()
    if not name:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Nama instansi wajib diisi."), "name")
    if kind not in KINDS:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Jenis instansi {kind!r} tidak dikenal."), "kind", kind=kind)
    if timezone not in ZONES:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Zona waktu harus WIB, WITA atau WIT."), "timezone")
    existing = find_by_name(name)
    if existing is not None:
        return existing
    with write_tx():
        s = Satker.create(name=name, short_name=short_name or name, full_name=name, level=LEVEL_LAIN, kind=kind,
                          city=city, timezone=timezone, website=website, address=address, builtin=False)
        audit.log("create", "satker", s.id, detail={"name": name})
    return s
