"""*Baru* makes the meeting before its window opens (issue 13): what it starts with, on both engines."""
from __future__ import annotations

from datetime import time

from kpu_rakor.domain.models import utcnow
from kpu_rakor.domain.services import installation, meetings
from kpu_rakor.domain.timefmt import to_local


def test_a_new_meeting_is_today_at_nine_at_the_offices_venue(any_office):
    installation.set_office(any_office.id, default_venue="Aula KPU Kabupaten Tulungagung")
    m = meetings.create_new("Rapat baru")
    local = to_local(m.starts_at, m.timezone)
    assert (m.title, m.timezone, m.status) == ("Rapat baru", "WIB", "scheduled")
    assert local.date() == to_local(utcnow(), "WIB").date() and local.time() == time(9, 0)
    assert m.venue == "Aula KPU Kabupaten Tulungagung" and m.organizer_id == any_office.id
    assert m.ends_at is None and meetings.agenda(m.id) == []
