"""The people directory: create, change, find and import people."""
from __future__ import annotations

from dataclasses import dataclass, field

import peewee

from ..codes import new_code_id
from ..db import write_tx
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Person, Satker
from ..names import fold, name_key
from ..nip import normalize_nip
from . import audit

# Official lists are ordered by position: commissioners, then the secretariat, then staff.
_RANKS = (
    ("ketua", 10), ("anggota", 20), ("komisioner", 20), ("sekretaris", 30), ("kepala bagian", 40),
    ("kabag", 40), ("kepala subbagian", 50), ("kasubag", 50), ("kasubbag", 50), ("sub koordinator", 50),
    ("subkoordinator", 50), ("koordinator", 45), ("bendahara", 60), ("operator", 70), ("staf", 80),
    ("staff", 80), ("pelaksana", 80),
)

PERSON_FIELDS = ("name", "nip", "position", "satker_id", "institution", "phone", "email", "is_guest", "active",
                 "short_name")


def position_rank(position: str) -> int:
    text = fold(position)
    for word, rank in _RANKS:
        if text.startswith(word):
            return rank
    for word, rank in _RANKS:
        if word in text:
            return rank
    return 90


def _clean(data: dict) -> dict:
    out = {}
    if "name" in data:
        name = " ".join((data["name"] or "").split())
        if not name:
            raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Nama wajib diisi."), "name")
        if len(name) > 300:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Nama terlalu panjang (paling banyak 300 huruf)."), "name")
        out["name"] = name
        out["name_key"] = name_key(name)
    if "nip" in data:
        out["nip"] = normalize_nip(data["nip"])
    if "position" in data:
        out["position"] = (data["position"] or "").strip()[:200]
        out["position_rank"] = position_rank(out["position"])
    if "satker_id" in data:
        sid = data["satker_id"]
        if sid is not None and not Satker.select().where(Satker.id == sid).exists():
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Satker nomor {sid} tidak ada di direktori."), "satker_id", sid=sid)
        out["satker"] = sid
    if "short_name" in data:
        # What a news article calls them after the first mention ("Raka Sandi"); empty: worked out from the name.
        out["short_name"] = " ".join((data["short_name"] or "").split())[:60]
    for key, limit in (("institution", 200), ("phone", 30), ("email", 200)):
        if key in data:
            out[key] = (data[key] or "").strip()[:limit]
    for key in ("is_guest", "active"):
        if key in data:
            out[key] = bool(data[key])
    unknown = set(data) - set(PERSON_FIELDS)
    if unknown:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Kolom tidak dikenal: {fields}."), fields=', '.join(sorted(unknown)))
    return out


def create(**data) -> Person:
    if "name" not in data:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Nama wajib diisi."), "name")
    values = _clean(data)
    with write_tx():
        p = Person.create(code_id=new_code_id(), **values)
        audit.log("create", "person", p.id, detail={"name": p.name}, personal_data=True)
    return p


def update(person_id: int, **data) -> Person:
    p = get(person_id)
    values = _clean(data)
    with write_tx():
        for key, value in values.items():
            setattr(p, key, value)
        p.save()
        audit.log("update", "person", p.id, detail=sorted(values), personal_data=True)
    return p


def get(person_id: int) -> Person:
    p = Person.get_or_none(Person.id == person_id)
    if p is None:
        raise NotFound.of(
            QT_TRANSLATE_NOOP("domain", "Orang dengan nomor {person_id} tidak ada di direktori."), person_id=person_id)
    return p


def listing(search: str = "", satker_id: int | None = None, limit: int | None = None,
            include_inactive: bool = False, *, level: str | None = None, province_id: int | None = None,
            kind: str | None = None) -> list[Person]:
    """People ordered by name without titles. Every word of `search` must match the name (titles, accents and
    case ignored), the NIP, the position, or the satker/institution name. `level`, `province_id` and `kind`
    narrow to people whose satker is at that level, in that province (the province office or one of its
    kab/kota) or of that kind (see directory_filter)."""
    from .directory_filter import satker_condition

    q = Person.select(Person, Satker).join(Satker, peewee.JOIN.LEFT_OUTER).where(Person.deleted_at.is_null())
    if not include_inactive:
        q = q.where(Person.active == True)  # noqa: E712
    if satker_id is not None:
        q = q.where(Person.satker == satker_id)
    narrow = satker_condition(level=level, province_id=province_id, kind=kind)
    if narrow is not None:
        q = q.where(narrow)
    for word in fold(search).split():
        q = q.where(Person.name_key.contains(word) | Person.nip.contains(word) | Person.position.contains(word)
                    | Person.institution.contains(word) | Satker.name.contains(word)
                    | Satker.short_name.contains(word))
    q = q.order_by(Person.name_key, Person.id)
    if limit:
        q = q.limit(limit)
    return list(q)


def display_institution(p: Person) -> str:
    """The satker's name, or the free-text institution for people outside the directory."""
    if p.satker_id:
        return p.satker.name
    return p.institution


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    skipped: list[str] = field(default_factory=list)
