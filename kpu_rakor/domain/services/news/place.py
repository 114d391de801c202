"""Where the meeting happened, for the article's dateline: "Surabaya, kpu-tulungagungkab.go.id –" when
KPU Kabupaten Tulungagung attended a meeting held in Surabaya. The office's own city (its profile's, e.g.
"Lolak") when the meeting was held there or online.

The city is found in what was recorded: a KPU office named in the venue ("aula KPU Provinsi Jawa Timur" is in
Surabaya), a regency or city named in it ("Hotel Santika Kota Malang", "… Jl. Basuki Rahmat, Surabaya"), else
the organising office's city. Regencies and their cities are the KPU directory the app loads at first start
(resources/data/satker.csv, from the Kemendagri regency list).
"""
from __future__ import annotations

import re

from ...models import MODE_DARING, Satker


def _offices() -> list[tuple[str, str, str, int]]:
    """(name, region name, city, id) of every KPU office, longest names first (so "KPU Kota Batu" is tried
    before "Batu")."""
    rows = (Satker.select(Satker.id, Satker.name, Satker.region_name, Satker.city)
            .where(Satker.builtin == True).tuples())  # noqa: E712 - peewee expression
    return sorted(((n, r, c, i) for i, n, r, c in rows if c), key=lambda t: -len(t[0]))


def _found(word: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE))


def city_in(venue: str) -> tuple[str, int | None]:
    """(city, satker id) of the place the venue text names, ("", None) when it names none."""
    text = " ".join((venue or "").split())
    if not text:
        return "", None
    offices = _offices()
    for name, _region, city, sid in offices:  # "aula lantai 2 KPU Provinsi Jawa Timur"
        if _found(name, text) or _found(name.replace("KPU ", "Kantor KPU "), text):
            return city, sid
    for _name, region, city, sid in offices:  # "Pendopo Kabupaten Trenggalek", "Kota Malang"
        if region.startswith(("Kabupaten ", "Kota ")) and _found(region, text):
            return city, sid
    # A city's own name, written with its capital ("…, Surabaya"); the longest first ("Kota Batu" ≠ "Batu").
    cities = sorted({(c, sid) for _n, region, c, sid in offices if region.startswith("Kota ")},
                    key=lambda t: -len(t[0]))
    for city, sid in cities:
        if re.search(rf"(?<![\w-]){re.escape(city)}(?![\w-])", text):
            return city, sid
    return "", None


def event_city(mode: str, venue: str, organizer_id: int | None, office_satker_id: int | None,
               office_city: str) -> str:
    """The dateline's city: the office's own for an online meeting or one held in its own region; else the city
    the venue names, else the organiser's city, else the office's."""
    if mode == MODE_DARING:
        return office_city
    city, sid = city_in(venue)
    if not city and organizer_id and organizer_id != office_satker_id:
        org = Satker.get_or_none(Satker.id == organizer_id)
        city, sid = (org.city, org.id) if org and org.city else ("", None)
    if not city or sid == office_satker_id:
        return office_city
    if office_satker_id:
        ours = Satker.get_or_none(Satker.id == office_satker_id)
        if ours is not None and ours.city == city:
            return office_city  # the office's own town, written as the office writes it
    return city


