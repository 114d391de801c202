"""Read-only questions the desktop screens ask that the other services do not answer yet (no Qt here)."""
from __future__ import annotations

from datetime import timedelta

from ..db import current_info
from ..models import Meeting, MeetingSeries, OfficeProfile, Person, Satker
from ..timefmt import ZONES


def meeting_months() -> list[tuple[int, int]]:
    """(year, month) of every month that has a meeting, newest first, in each meeting's own zone."""
    # Plain offsets instead of timefmt.to_local: this runs over every meeting when the list opens.
    offsets = {zone: timedelta(hours=h) for zone, h in ZONES.items()}
    seen: set[tuple[int, int]] = set()
    for starts_at, zone in Meeting.select(Meeting.starts_at, Meeting.timezone).distinct().tuples():
        local = starts_at + offsets.get(zone, offsets["WIB"])
        seen.add((local.year, local.month))
    return sorted(seen, reverse=True)


def series_names() -> list[str]:
    return [name for (name,) in MeetingSeries.select(MeetingSeries.name).order_by(MeetingSeries.name).tuples()]


def series_name(series_id: int | None) -> str:
    """The name of a meeting's series, read on purpose (a widget must not lazy-load `meeting.series`)."""
    if series_id is None:
        return ""
    return MeetingSeries.select(MeetingSeries.name).where(MeetingSeries.id == series_id).scalar() or ""


def office_name() -> str:
    """This office's satker name for the status bar, or "" before the first-start question is answered."""
    return (OfficeProfile.select(Satker.name).join(Satker, on=(OfficeProfile.satker == Satker.id))
            .order_by(OfficeProfile.id).scalar() or "")


def office_logo() -> bytes | None:
    """The letterhead logo as PNG bytes (as set_logo stored it), for the preview in Pengaturan."""
    data = OfficeProfile.select(OfficeProfile.logo).order_by(OfficeProfile.id).scalar()
    return bytes(data) if data else None


def people_count() -> int:
    return Person.select().where(Person.active == True).count()  # noqa: E712 - peewee expression


def database_label() -> str:
    """Where the data lives, for the status bar: the SQLite file, or the PostgreSQL server without password."""
    from urllib.parse import urlparse

    info = current_info()
    if info is None:
        return ""
    if info.engine == "sqlite":
        return str(info.path)
    u = urlparse(info.url)
    return f"{u.hostname or 'localhost'}:{u.port or 5432}/{u.path.lstrip('/')}"


def kpu_offices(text: str = "") -> list:
    """The KPU offices (not the partner institutions users added) whose name matches: the first-start choice."""
    from ..models import KIND_KPU
    from . import satker

    return satker.search(text, kind=KIND_KPU)
