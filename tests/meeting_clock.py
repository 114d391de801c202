"""A meeting placed around the wall clock, for tests that check in "now".

Check-in judges a scan against the meeting's hours (meeting_hours.outside, lateness): a meeting fixed at 09.00
today makes a test pass at 10.00 WIB and fail at 21.30 WIB, when CI may well run it. Imported by name from the
tests at both levels (tests/ and tests/ui have no package)."""
from __future__ import annotations


def meeting_starting_now(title="Rakor Persiapan Pilkada", minutes_ago=0, late_threshold=1440, day_offset=0):
    """A meeting in WIB that started `minutes_ago` minutes ago (today, or `day_offset` days away);
    late_threshold None takes the office's default."""
    from datetime import timedelta

    from kpu_rakor.domain.models import utcnow
    from kpu_rakor.domain.services import meetings
    from kpu_rakor.domain.timefmt import to_local

    start = to_local(utcnow(), "WIB") - timedelta(minutes=minutes_ago) + timedelta(days=day_offset)
    return meetings.create(title=title, date=start.date(), start_time=start.time().replace(second=0, microsecond=0),
                           late_threshold_minutes=late_threshold)
