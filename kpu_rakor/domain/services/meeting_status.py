"""A meeting's status follows the clock: scheduled → under way at its start → done at its end (a meeting
"s.d. selesai" is taken as over OPEN_END after its start; `ends_by` is that instant for check-in and the desk too);
approved minutes mark it done. A draft is never moved (it is not announced yet), and done stays done.

`effective_status` says what the status is at `now` without writing; `advance` writes what the clock has
moved, with a few bulk UPDATEs on the indexed status column, cheap enough to run every minute."""
from __future__ import annotations

from datetime import datetime, timedelta

from ..db import write_tx
from ..models import (MINUTES_APPROVED, STATUS_DONE, STATUS_SCHEDULED, STATUS_UNDERWAY, Meeting, Minutes,
                      utcnow)

# A meeting "s.d. selesai" is over this long after its start (the list, lateness, the desk's hours).
OPEN_END = timedelta(hours=12)
MOVING = (STATUS_SCHEDULED, STATUS_UNDERWAY)  # the statuses the clock moves on


def ends_by(starts_at: datetime, ends_at: datetime | None) -> datetime:
    """When a meeting counts as over: its end, else OPEN_END after its start."""
    return ends_at or starts_at + OPEN_END


def effective_status(meeting, now: datetime | None = None, *, minutes_approved: bool = False) -> str:
    """The status `meeting` (a row or any value with status, starts_at, ends_at in UTC) has at `now` (UTC)."""
    now = now or utcnow()
    status = meeting.status
    if status not in MOVING:
        return status  # a draft stays a draft, done stays done
    if minutes_approved or now >= ends_by(meeting.starts_at, meeting.ends_at):
        return STATUS_DONE
    if now >= meeting.starts_at:
        return STATUS_UNDERWAY
    return STATUS_SCHEDULED


def advance(now: datetime | None = None) -> int:
    """Persist what the clock has moved; how many meetings changed status. Meetings whose minutes were approved
    are done too (the approval marks them itself; this catches minutes approved before this rule existed)."""
    now = now or utcnow()
    over = (((Meeting.ends_at.is_null(False)) & (Meeting.ends_at <= now))
            | (Meeting.ends_at.is_null() & (Meeting.starts_at <= now - OPEN_END)))
    approved = Minutes.select(Minutes.meeting).where(Minutes.status == MINUTES_APPROVED)
    with write_tx():
        changed = (Meeting.update(status=STATUS_DONE, updated_at=now)
                   .where(Meeting.status.in_(MOVING) & (over | Meeting.id.in_(approved))).execute())
        changed += (Meeting.update(status=STATUS_UNDERWAY, updated_at=now)
                    .where((Meeting.status == STATUS_SCHEDULED) & (Meeting.starts_at <= now)).execute())
    return changed


def mark_done(meeting_id: int) -> None:
    """The minutes were approved: the meeting is done, whatever the clock says (a draft too: it was held).
    Call inside the approving transaction."""
    Meeting.update(status=STATUS_DONE, updated_at=utcnow()).where(
        (Meeting.id == meeting_id) & (Meeting.status != STATUS_DONE)).execute()

