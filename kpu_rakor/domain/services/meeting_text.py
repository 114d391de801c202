"""How a meeting's when and where read in documents and summaries: Hari/Tanggal, Pukul, Tempat.

One wording for the daftar hadir, the CLI and (later) the notulen, undangan and news drafts.
"""
from __future__ import annotations

from ..models import MODE_DARING, MODE_HIBRIDA, Meeting
from ..timefmt import clock_zone, long_date, time_range, to_local


def day_date(m: Meeting) -> str:
    """`Rabu, 07 April 2021`, the day in the meeting's own zone."""
    return long_date(to_local(m.starts_at, m.timezone))


def hours(m: Meeting) -> str:
    """`09.00 WIB s.d. selesai` or `09.00 s.d. 11.30 WIB`."""
    return time_range(m.starts_at, m.ends_at, m.timezone)


def hours_for_office(m: Meeting, office_zone: str) -> str:
    """The start in the office's zone when it differs (`10.00 WITA`), else an empty string."""
    return clock_zone(m.starts_at, office_zone) if office_zone != m.timezone else ""


def online_channel(m: Meeting, *, details: bool = False) -> str:
    """`Zoom Meeting`, with `details` also the meeting ID and passcode a participant needs."""
    text = m.online_platform.strip() or "Zoom Meeting"
    if details and m.zoom_meeting_id:
        code = f", kode sandi {m.zoom_passcode}" if m.zoom_passcode else ""
        text += f" (Meeting ID {m.zoom_meeting_id}{code})"
    return text


def place(m: Meeting, *, details: bool = False) -> str:
    """Tempat: the hall, `Daring melalui Zoom Meeting`, or both for a hybrid meeting."""
    venue = m.venue.strip()
    online = f"Daring melalui {online_channel(m, details=details)}"
    if m.mode == MODE_DARING:
        return online
    if m.mode == MODE_HIBRIDA:
        return f"{venue} dan {online[0].lower()}{online[1:]}" if venue else online
    return venue or "-"
