"""Narrowing the directory by level (RI, Provinsi, Kab/Kota, other), province and kind of institution.

The Direktori page and the invitee picker offer the same three choices; `people.listing` and the office picker
turn them into one SQL condition on the satker, so 553 satker and thousands of people stay one query.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..models import LEVEL_KABKOTA, LEVEL_PROVINSI, Satker


@dataclass(frozen=True)
class Province:
    id: int
    region_code: str
    name: str  # "Jawa Timur", as it follows "se-"


def province_name(s: Satker) -> str:
    """"Jawa Timur" from the province's region name "Provinsi Jawa Timur" (Aceh's is just "Aceh")."""
    name = (s.region_name or s.name).strip()
    return name[len("Provinsi "):] if name.startswith("Provinsi ") else name


def provinces() -> list[Province]:
    """The provinces of the directory, by name."""
    rows = Satker.select(Satker.id, Satker.region_code, Satker.region_name, Satker.name).where(
        Satker.level == LEVEL_PROVINSI)
    return sorted((Province(s.id, s.region_code or "", province_name(s)) for s in rows), key=lambda p: p.name)


def satker_condition(*, level: str | None = None, province_id: int | None = None, kind: str | None = None):
    """A peewee condition on `Satker` for the chosen filters, or None when nothing is chosen. A person without
    a satker matches no filter."""
    cond = None

    def both(c):
        return c if cond is None else (cond & c)

    if level:
        cond = both(Satker.level == level)
    if province_id is not None:
        cond = both((Satker.id == province_id) | (Satker.parent == province_id))
    if kind:
        cond = both(Satker.kind == kind)
    return cond


def satker_list(*, level: str | None = None, province_id: int | None = None, kind: str | None = None) -> list[Satker]:
    """The satker the filters leave, KPU RI and provinces first, then by name."""
    q = Satker.select()
    cond = satker_condition(level=level, province_id=province_id, kind=kind)
    if cond is not None:
        q = q.where(cond)
    return list(q.order_by(Satker.level != "ri", Satker.level != LEVEL_PROVINSI, Satker.name))


def kabkota_of(province_id: int) -> list[Satker]:
    """The kab/kota offices under a province, by region code (the order of official lists)."""
    return list(Satker.select().where((Satker.parent == province_id) & (Satker.level == LEVEL_KABKOTA))
                .order_by(Satker.region_code, Satker.name))


def names(satker_ids: list[int]) -> dict[int, str]:
    """satker id → name, for lines built from ids (a group's offices)."""
    if not satker_ids:
        return {}
    return dict(Satker.select(Satker.id, Satker.name).where(Satker.id.in_(list(satker_ids))).tuples())
