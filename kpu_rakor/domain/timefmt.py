"""Dates and times the way Indonesian offices write them, in WIB, WITA or WIT.

Instants are stored in UTC; these helpers show them in a zone. Pure Python, so documents and the CLI
format exactly like the GUI without Qt.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}  # no daylight saving anywhere in Indonesia
ZONE_NAMES = {
    "WIB": "Waktu Indonesia Barat",
    "WITA": "Waktu Indonesia Tengah",
    "WIT": "Waktu Indonesia Timur",
}
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def tzinfo(zone: str) -> timezone:
    try:
        return timezone(timedelta(hours=ZONES[zone]), zone)
    except KeyError:
        raise ValueError(f"zona waktu tidak dikenal: {zone!r} (WIB, WITA atau WIT)") from None


def to_local(instant: datetime, zone: str) -> datetime:
    """A stored UTC instant (naive) as wall-clock time in `zone`."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=timezone.utc)
    return instant.astimezone(tzinfo(zone))


def to_utc(local: datetime, zone: str) -> datetime:
    """Wall-clock time in `zone` (naive) to a naive UTC instant for storage."""
    if local.tzinfo is None:
        local = local.replace(tzinfo=tzinfo(zone))
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def combine_utc(day: date, at: time, zone: str) -> datetime:
    return to_utc(datetime.combine(day, at), zone)


def long_date(d: date | datetime) -> str:
    """`Rabu, 07 April 2021`."""
    return f"{DAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def date_only(d: date | datetime) -> str:
    """`07 April 2021`."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def date_plain(d: date | datetime) -> str:
    """`7 April 2021`, as in running text."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def short_date(d: date | datetime) -> str:
    """`Rabu (7/4/2021)`, the form articles use."""
    return f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"


def numeric_date(d: date | datetime) -> str:
    """`7/4/2021`, as in photo captions."""
    return f"{d.day}/{d.month}/{d.year}"


def clock(t: datetime | time) -> str:
    """`09.30`: Indonesian writes hours and minutes with a dot."""
    return f"{t.hour:02d}.{t.minute:02d}"


def clock_zone(instant: datetime, zone: str) -> str:
    """`10.00 WITA` for a stored UTC instant shown in `zone`."""
    return f"{clock(to_local(instant, zone))} {zone}"


def time_range(start: datetime, end: datetime | None, zone: str) -> str:
    """`10.00 WIB s.d. selesai` or `10.00 s.d. 12.00 WIB`."""
    s = to_local(start, zone)
    if end is None:
        return f"{clock(s)} {zone} s.d. selesai"
    return f"{clock(s)} s.d. {clock(to_local(end, zone))} {zone}"


def roman_month(month: int) -> str:
    return ROMAN_MONTHS[month - 1]


_TYPED_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[.:](\d{2})|(\d{2}))?\s*(?:WIB|WITA|WIT)?\s*$", re.IGNORECASE)


def parse_clock(text: str) -> time | None:
    """A time as offices type it: `09.45`, `0945`, `9.45`, `9:45`, `945`, `9` or `09.45 WIB`; None when empty.
    ValueError when it is not a time of day (`25.00`, `09.75`, `jam sembilan`)."""
    if not text.strip():
        return None
    m = _TYPED_CLOCK.match(text)
    if not m:
        raise ValueError(text)
    hour, minute = int(m.group(1)), int(m.group(2) or m.group(3) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(text)
    return time(hour, minute)
