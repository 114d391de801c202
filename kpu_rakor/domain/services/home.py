"""The Beranda (home page) in one read: this week's meetings, follow-ups due soon or late, minutes waiting for
approval, and the last backup. Three queries per refresh (the office's zone, the meetings, the follow-ups), so
the page can be the first one painted at start-up."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import peewee

from ..db_files import current_info
from ..models import MINUTES_READY, Meeting, Minutes, utcnow
from ..timefmt import ZONES, combine_utc, to_local
from . import followups, installation
from .backup_names import last_backup

DUE_SOON_DAYS = 7  # follow-ups due within a week are shown with the late ones
BACKUP_STALE_DAYS = 7  # an older backup (or none) is a warning


@dataclass(frozen=True)
class HomeMeeting:
    id: int
    title: str
    starts_at: datetime  # UTC
    ends_at: datetime | None
    timezone: str
    venue: str
    day: date  # in the meeting's own zone
    minutes_status: str  # "" when no minutes were started


@dataclass(frozen=True)
class BackupState:
    applies: bool  # False on a PostgreSQL server: it is backed up there, not by this app
    last: datetime | None  # local time of this PC
    stale: bool  # none, or older than BACKUP_STALE_DAYS


@dataclass(frozen=True)
class Overview:
    today: date  # in the office's zone
    week_start: date  # Monday
    today_meetings: list[HomeMeeting]
    week_meetings: list[HomeMeeting]  # the other days of this week (Monday to Sunday), earliest first
    followups: list[followups.FollowUpRow]  # open, due within DUE_SOON_DAYS or late; earliest due first
    awaiting_approval: list[HomeMeeting]  # minutes marked ready, waiting for the chair; oldest meeting first
    backup: BackupState


def _window(first: date, after: date):
    """Meetings whose local day (in their own zone) is in [first, after)."""
    cond = None
    for zone in ZONES:
        c = ((Meeting.timezone == zone) & (Meeting.starts_at >= combine_utc(first, time(0, 0), zone))
             & (Meeting.starts_at < combine_utc(after, time(0, 0), zone)))
        cond = c if cond is None else (cond | c)
    return cond


def backup_state(folder: Path | None, now: datetime | None = None) -> BackupState:
    """The newest backup in `folder` (this PC's backup folder); no warning on a server database."""
    info = current_info()
    if folder is None or info is None or info.engine != "sqlite":
        return BackupState(False, None, False)
    last = last_backup(folder)
    stale = last is None or (now or datetime.now()) - last > timedelta(days=BACKUP_STALE_DAYS)
    return BackupState(True, last, stale)


def overview(backup_folder: Path | None = None, now: datetime | None = None) -> Overview:
    now = now or utcnow()
    today = to_local(now, installation.office_zone()).date()
    monday = today - timedelta(days=today.weekday())
    # This week's meetings and every meeting whose minutes wait for approval, in one query.
    rows = (Meeting.select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.ends_at, Meeting.timezone,
                           Meeting.venue, Minutes.status.alias("minutes_status"))
            .join(Minutes, peewee.JOIN.LEFT_OUTER, on=(Minutes.meeting == Meeting.id))
            .where(_window(monday, monday + timedelta(days=7)) | (Minutes.status == MINUTES_READY))
            .order_by(Meeting.starts_at, Meeting.id).dicts())
    today_list, week, waiting = [], [], []
    for r in rows:
        day = to_local(r["starts_at"], r["timezone"]).date()
        m = HomeMeeting(r["id"], r["title"], r["starts_at"], r["ends_at"], r["timezone"], r["venue"] or "", day,
                        r["minutes_status"] or "")
        if m.minutes_status == MINUTES_READY:
            waiting.append(m)
        if day == today:
            today_list.append(m)
        elif monday <= day < monday + timedelta(days=7):
            week.append(m)
    due = followups.listing(open_only=True, due_by=today + timedelta(days=DUE_SOON_DAYS), today=today)
    return Overview(today, monday, today_list, week, due, waiting, backup_state(backup_folder))
