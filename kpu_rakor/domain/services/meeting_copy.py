"""Meetings made from earlier ones: *Duplikat rapat* and *Rapat berikutnya dalam seri*.

What is planned is copied (the fields, agenda, roles, invitees with their expected channel, venue and Zoom
details); what happened is not (attendance, minutes, follow-ups, photos, news), nor the invitation letter's
number and date, which a new letter gets. Dates move: the agenda by the same shift as the start."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from statistics import median

from ..codes import new_code_id
from ..db import write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import STATUS_SCHEDULED, Invitation, Meeting, MeetingSeries, utcnow
from ..timefmt import to_local, to_utc
from . import audit
from . import meetings as meeting_service

# Copied as they are (meetings.create's names); the dates, status, series and roles are handled below.
COPIED = ("title", "kind", "our_role", "mode", "timezone", "venue", "venue_address", "online_platform",
          "zoom_meeting_id", "zoom_passcode", "online_link", "livestream_link", "invitation_nature",
          "invitation_attachment", "invitation_signatory", "basis_letters", "description", "late_threshold_minutes")

MONTHLY = range(26, 37)  # a usual gap of 26-36 days is "monthly": keep the weekday of the month instead


def _local_start(m: Meeting) -> datetime:
    return to_local(m.starts_at, m.timezone).replace(tzinfo=None)


def same_weekday_next_month(day: date) -> date:
    """The same weekday in the same week of the next month: the 1st Wednesday → the next 1st Wednesday;
    a 5th one that the next month lacks becomes its last."""
    nth = (day.day - 1) // 7
    first = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    out = first + timedelta(days=(day.weekday() - first.weekday()) % 7 + 7 * nth)
    return out if out.month == first.month else out - timedelta(days=7)


def _after(day: date, gap_days: float) -> date:
    if round(gap_days) in MONTHLY:
        return same_weekday_next_month(day)
    return day + timedelta(days=max(1, round(gap_days)))


def proposed_next(meeting_id: int) -> datetime:
    """The start (wall-clock, the meeting's zone) proposed for the next meeting of its series: after the
    series' latest meeting by the series' usual gap when it has two or more meetings, else on the same weekday
    one month later; at the time of day of `meeting_id`."""
    m = meeting_service.get(meeting_id)
    start = _local_start(m)
    days = [start.date()]
    if m.series_id is not None:
        rows = (Meeting.select(Meeting.starts_at, Meeting.timezone).where(Meeting.series == m.series_id)
                .order_by(Meeting.starts_at))
        days = sorted({to_local(r.starts_at, r.timezone).date() for r in rows} | {start.date()})
    gaps = [(b - a).days for a, b in zip(days, days[1:])]
    day = _after(days[-1], median(gaps)) if gaps else same_weekday_next_month(days[-1])
    return datetime.combine(day, start.time())


def proposed_duplicate(meeting_id: int, now: datetime | None = None) -> datetime:
    """The start proposed for a duplicate: one week later at the same time, or, for a meeting long past, the
    first same weekday from tomorrow (in the meeting's zone)."""
    m = meeting_service.get(meeting_id)
    start = _local_start(m)
    proposal = start + timedelta(days=7)
    today = to_local(now or utcnow(), m.timezone).date()
    if proposal.date() <= today:
        tomorrow = today + timedelta(days=1)
        proposal = datetime.combine(tomorrow + timedelta(days=(start.weekday() - tomorrow.weekday()) % 7),
                                    start.time())
    return proposal


def duplicate(meeting_id: int, starts_local: datetime | None = None) -> int:
    """A new meeting planned like `meeting_id`, starting at `starts_local` (wall-clock in the meeting's zone;
    None: `proposed_duplicate`). In the same series, if any. Returns the new meeting's id."""
    if starts_local is None:
        starts_local = proposed_duplicate(meeting_id)
    return _copy(meeting_id, starts_local, series_id=meeting_service.get(meeting_id).series_id, action="duplicate")


def next_in_series(meeting_id: int, starts_local: datetime | None = None) -> int:
    """The next meeting of `meeting_id`'s series, made like it; a meeting without a series gets one named after
    its title (both meetings join it). `starts_local` None: `proposed_next`. Returns the new meeting's id."""
    if starts_local is None:
        starts_local = proposed_next(meeting_id)
    with write_tx():
        m = meeting_service.get(meeting_id)
        sid = m.series_id
        if sid is None:
            sid = meeting_service.series_id(m.title[:200])
            Meeting.update(series=sid).where(Meeting.id == m.id).execute()
        return _copy(meeting_id, starts_local, series_id=sid, action="next_in_series")


def _copy(meeting_id: int, starts_local: datetime, *, series_id: int | None, action: str) -> int:
    if not isinstance(starts_local, datetime):
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Tanggal dan jam rapat baru wajib diisi."), "date")
    starts_local = starts_local.replace(tzinfo=None, second=0, microsecond=0)
    with write_tx():
        src = meeting_service.get(meeting_id)
        shift = to_utc(starts_local, src.timezone) - src.starts_at
        fields = {key: getattr(src, key) for key in COPIED}
        fields.update(
            date=starts_local.date(), start_time=starts_local.time(),
            end_time=to_local(src.ends_at + shift, src.timezone).time() if src.ends_at else None,
            organizer_id=src.organizer_id, chair_id=src.chair_id, note_taker_id=src.note_taker_id,
            status=STATUS_SCHEDULED, invitation_number="", invitation_date=None)
        if fields["end_time"] is not None and fields["end_time"] <= fields["start_time"]:
            fields["end_time"] = None  # moved across midnight: "s.d. selesai" rather than refused
        new = meeting_service.create(**fields)
        if series_id is not None:
            Meeting.update(series=series_id).where(Meeting.id == new.id).execute()
        items = meeting_service.agenda(src.id)
        new_items = meeting_service.set_agenda(new.id, [
            dict(title=a.title, notes=a.notes,
                 start_time=_shifted(a.planned_start, shift, src.timezone),
                 end_time=_shifted(a.planned_end, shift, src.timezone)) for a in items])
        index = {a.id: i for i, a in enumerate(items)}
        roles = meeting_service.roles(src.id)
        if roles:  # set_roles also sets chair and note-taker from the roles, as the editor does
            meeting_service.set_roles(new.id, [
                dict(person_id=r.person_id, role=r.role, topic=r.topic,
                     agenda_index=index.get(r.agenda_item_id)) for r in roles], new_items)
        for inv in Invitation.select().where(Invitation.meeting == src.id).order_by(Invitation.id):
            Invitation.create(meeting=new.id, person=inv.person_id, code_id=new_code_id(), channel=inv.channel,
                              note=inv.note)
        audit.log(action, "meeting", new.id, meeting_id=new.id, detail={"from": src.id})
    return new.id


def _shifted(instant: datetime | None, shift: timedelta, zone: str):
    return to_local(instant + shift, zone).time() if instant else None


def series_name(meeting_id: int) -> str:
    """The name of the meeting's series, "" for none."""
    m = meeting_service.get(meeting_id)
    if m.series_id is None:
        return ""
    s = MeetingSeries.get_or_none(MeetingSeries.id == m.series_id)
    return s.name if s else ""
