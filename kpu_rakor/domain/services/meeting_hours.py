"""Whether a check-in falls within a meeting's hours: the rule the desk, the CLI and phone sign-in share.

A desk left on the meeting of the morning must not greet someone at eight in the evening with "Selamat datang,
tepat waktu". A check-in more than EARLY_WINDOW before the start, or after the meeting is over (its end, else
meeting_status.OPEN_END after a start "s.d. selesai"), is outside the hours: the desk asks before
recording, the CLI records it with a note saying so, and a phone sign-in is marked for review.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ..timefmt import clock_zone
from .meeting_status import ends_by

EARLY_WINDOW = timedelta(hours=1)
BEFORE, AFTER = "before", "after"
# Kept with the attendance row (its note) so the Kehadiran tab and the exports say why it stands out.
NOTE = {BEFORE: "dicatat sebelum rapat mulai ({time})", AFTER: "dicatat setelah rapat selesai ({time})"}


@dataclass(frozen=True)
class Outside:
    """A check-in outside the hours: `when` is BEFORE or AFTER, `edge` the start or the end it missed (UTC),
    `time` that edge as "12.00 WIB" in the meeting's zone."""
    when: str
    edge: datetime
    time: str

    @property
    def note(self) -> str:
        return NOTE[self.when].format(time=self.time)


def outside(meeting, at: datetime) -> Outside | None:
    """None when a check-in at `at` (UTC) is within the hours of `meeting` (with starts_at, ends_at, timezone)."""
    if at < meeting.starts_at - EARLY_WINDOW:
        return Outside(BEFORE, meeting.starts_at, clock_zone(meeting.starts_at, meeting.timezone))
    end = ends_by(meeting.starts_at, meeting.ends_at)
    if at > end:
        return Outside(AFTER, end, clock_zone(end, meeting.timezone))
    return None
