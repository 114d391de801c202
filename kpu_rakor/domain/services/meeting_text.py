"""How a meeting's when and where read in documents and summaries: Hari/Tanggal, Pukul, Tempat.

One wording for the daftar hadir, the CLI and (later) the notulen, undangan and news drafts.
"""
from __future__ import annotations

from ..models import MODE_DARING, MODE_HIBRIDA, Meeting
from ..timefmt import clock_zone, long_date, time_range, to_local


def day_date(m: Meeting, zone: str = "") -> str:
    """`Rabu, 07 April 2021`, the day in `zone`, by default the meeting's own zone."""
    return long_date(to_local(m.starts_at, zone or m.timezone))


def hours(m: Meeting, zone: str = "") -> str:
    """`09.00 WIB s.d. selesai` or `09.00 s.d. 11.30 WIB`, in `zone`, by default the meeting's own."""
    return time_range(m.starts_at, m.ends_at, zone or m.timezone)


def zoom_id(raw: str) -> str:
    """A Zoom meeting ID grouped as Zoom prints it, so it is read and typed without error: 9 digits
    `123 456 789`, 10 `852 123 4567`, 11 `852 1234 5678`. Anything else (a personal link name, letters)
    stays as typed, trimmed."""
    text = " ".join((raw or "").split())
    digits = text.replace(" ", "").replace("-", "")
    if not digits.isdigit() or not 9 <= len(digits) <= 11:
        return text
    groups = {9: (3, 3, 3), 10: (3, 3, 4), 11: (3, 4, 4)}[len(digits)]
    out, at = [], 0
    for g in groups:
        out.append(digits[at:at + g])
        at += g
    return " ".join(out)


def hours_for_office(m: Meeting, office_zone: str) -> str:
    """The start in the office's zone when it differs (`10.00 WITA`), else an empty string."""
    return clock_zone(m.starts_at, office_zone) if office_zone != m.timezone else ""


def online_channel(m: Meeting, *, details: bool = False) -> str:
    """`Zoom Meeting`, with `details` also the meeting ID and passcode a participant needs."""
    text = m.online_platform.strip() or "Zoom Meeting"
    if details and m.zoom_meeting_id:
        code = f", kode sandi {m.zoom_passcode}" if m.zoom_passcode else ""
        text += f" (Meeting ID {zoom_id(m.zoom_meeting_id)}{code})"
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
