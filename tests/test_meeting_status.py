"""Meeting status follows the clock (scheduled → under way → done) and approved minutes (issue 11)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from kpu_rakor.domain.models import Meeting
from kpu_rakor.domain.services import meeting_status, meetings, minutes, people


def _status(mid: int) -> str:
    return Meeting.get_by_id(mid).status


def test_effective_status_by_the_clock():
    # 09.00-12.00 WIB on 7 April 2021 is 02.00-05.00 UTC.
    m = Meeting(status="scheduled", starts_at=datetime(2021, 4, 7, 2, 0), ends_at=datetime(2021, 4, 7, 5, 0))
    at = lambda h, mi=0: datetime(2021, 4, 7, h, mi)  # noqa: E731
    assert meeting_status.effective_status(m, at(1, 59)) == "scheduled"
    assert meeting_status.effective_status(m, at(2, 0)) == "underway"
    assert meeting_status.effective_status(m, at(5, 0)) == "done"
    assert meeting_status.effective_status(m, at(1), minutes_approved=True) == "done"
    open_end = Meeting(status="underway", starts_at=datetime(2021, 4, 7, 2, 0), ends_at=None)
    assert meeting_status.effective_status(open_end, at(13)) == "underway"
    assert meeting_status.effective_status(open_end, at(14)) == "done"  # 12 hours after a start "s.d. selesai"
    for fixed in ("draft", "done"):
        m.status = fixed
        assert meeting_status.effective_status(m, at(3)) == fixed
        assert meeting_status.effective_status(m, at(0)) == fixed


def test_advance_writes_what_the_clock_moved_and_counts_it(any_db):
    day = date(2021, 4, 7)
    past = meetings.create(title="Rakor lalu", date=day, start_time=time(9, 0), end_time=time(12, 0))
    now_on = meetings.create(title="Rakor berjalan", date=day, start_time=time(13, 0))
    later = meetings.create(title="Rakor nanti", date=day, start_time=time(15, 0), end_time=time(16, 0))
    draft = meetings.create(title="Konsep", date=day, start_time=time(8, 0), end_time=time(9, 0), status="draft")
    now = datetime(2021, 4, 7, 7, 30)  # 14.30 WIB
    assert meeting_status.advance(now) == 2
    assert [_status(m.id) for m in (past, now_on, later, draft)] == ["done", "underway", "scheduled", "draft"]
    assert meeting_status.advance(now) == 0  # nothing more to move: the minute's tick writes nothing
    assert meeting_status.advance(datetime(2021, 4, 8, 2, 0)) == 2
    assert [_status(m.id) for m in (now_on, later)] == ["done", "done"]


def test_approved_minutes_mark_the_meeting_done(any_db):
    chair = people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua")
    m = meetings.create(title="Rakor", date=date(2099, 4, 7), start_time=time(9, 0), chair_id=chair.id)
    assert _status(m.id) == "scheduled"
    minutes.mark_ready(m.id)
    minutes.approve(m.id, chair.id)
    assert _status(m.id) == "done"  # although it is still in the future by the clock
    assert meeting_status.advance(datetime(2099, 4, 7, 3, 0)) == 0


def test_a_meeting_without_end_is_over_when_check_in_says_so():
    from kpu_rakor.domain.services import checkin
    start = datetime(2021, 4, 7, 2, 0)
    m = checkin.CheckinMeeting(id=1, code_id="x", title="Rakor", starts_at=start, ends_at=None, timezone="WIB",
                               late_threshold_minutes=15)
    over = meeting_status.ends_by(start, None)
    assert over == start + meeting_status.OPEN_END
    assert checkin.lateness(m, over) == 12 * 60  # still the meeting: late by its whole length
    assert checkin.lateness(m, over + timedelta(minutes=1)) == 0  # copied in afterwards, not late
