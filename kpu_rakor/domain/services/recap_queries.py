"""The SQL behind the recap (`recap.py` says what every number means).

Every table is one GROUP BY over the same "pairs" (one row per invitation with its attendance status, plus one
per walk-in), so the database does the counting and Python only folds a few thousand grouped rows: no query per
row and no peewee model instances.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from peewee import JOIN, Case, Select, Value, fn

from ..models import (ATT_DINAS_LUAR, ATT_DIWAKILI, ATT_HADIR, ATT_IZIN, ATT_SAKIT, ATT_TANPA_KETERANGAN,
                      ATT_TERLAMBAT, FOLLOWUP_CANCELLED, FOLLOWUP_DONE, FOLLOWUP_OPEN, LEVELS, MODE_DARING,
                      MODE_HIBRIDA, MODE_LURING, PRESENT_STATUSES, ROLE_HOST, ROLE_PARTICIPANT, Attendance,
                      FollowUp, Invitation, Meeting, MeetingSeries, Person, Satker)
from ..timefmt import ZONES
from .recap import (NO_PERSON, NO_SATKER, Counts, FollowupRow, MeetingRecapRow, MonthRow, PersonRow,
                    RecapChoices, RecapFilter, SatkerRow, bounds_utc)

_MODE_SLOT = {MODE_LURING: 1, MODE_DARING: 2, MODE_HIBRIDA: 3}
_OFFSETS = {zone: timedelta(hours=h) for zone, h in ZONES.items()}


def _meeting_ids(f: RecapFilter, zone: str):
    start, end = bounds_utc(f, zone)
    cond = (Meeting.starts_at >= start) & (Meeting.starts_at < end)
    if f.our_role:
        cond &= Meeting.our_role == f.our_role
    if f.mode:
        cond &= Meeting.mode == f.mode
    if f.kind:
        cond &= fn.LOWER(Meeting.kind) == f.kind.strip().lower()
    if f.series_id is not None:
        cond &= Meeting.series == f.series_id
    return cond


def _pairs(f: RecapFilter, zone: str):
    """(meeting_id, person_id, invited 1/0, status or NULL) for every invitation and every walk-in."""
    ids = Meeting.select(Meeting.id).where(_meeting_ids(f, zone))
    inv, other = Invitation.alias("inv"), Attendance.alias("other")
    invited = (Invitation.select(Invitation.meeting.alias("meeting_id"), Invitation.person.alias("person_id"),
                                 Value(1).alias("invited"), Attendance.status.alias("status"))
               .join(Attendance, JOIN.LEFT_OUTER, on=((Attendance.meeting == Invitation.meeting)
                                                      & (Attendance.person == Invitation.person)))
               .where(Invitation.meeting.in_(ids)))
    not_invited = ~fn.EXISTS(inv.select(inv.id).where((inv.meeting == Attendance.meeting)
                                                       & (inv.person == Attendance.person)))
    walk_ins = (Attendance.select(Attendance.meeting, Attendance.person, Value(0), Attendance.status)
                .where(Attendance.meeting.in_(ids) & not_invited))
    # An older "diwakili" row whose delegate never got a row of their own: the delegate was there
    # (presence.present_ids); they count as a walk-in unless they were invited themselves.
    delegate_uninvited = ~fn.EXISTS(inv.select(inv.id).where((inv.meeting == Attendance.meeting)
                                                              & (inv.person == Attendance.delegate)))
    delegate_rowless = ~fn.EXISTS(other.select(other.id).where((other.meeting == Attendance.meeting)
                                                                & (other.person == Attendance.delegate)))
    delegates = (Attendance.select(Attendance.meeting, Attendance.delegate, Value(0), Value(ATT_HADIR))
                 .where(Attendance.meeting.in_(ids) & (Attendance.status == ATT_DIWAKILI)
                        & Attendance.delegate.is_null(False) & delegate_uninvited & delegate_rowless)
                 .distinct())
    return (invited + walk_ins + delegates).alias("pairs")


def _count_columns(pairs) -> list:
    st, inv = pairs.c.status, pairs.c.invited

    def total(cond):
        return fn.SUM(Case(None, [(cond, 1)], 0))

    present = st.in_(PRESENT_STATUSES)
    return [fn.SUM(inv), total(present), total(st == ATT_TERLAMBAT), total(st == ATT_IZIN),
            total(st == ATT_SAKIT), total(st == ATT_DINAS_LUAR), total(st == ATT_DIWAKILI),
            total((inv == 1) & (st.is_null() | (st == ATT_TANPA_KETERANGAN))), total((inv == 0) & present)]


def _counts(values) -> Counts:
    return Counts(*(int(v or 0) for v in values))


def _local(instant: datetime, zone: str) -> datetime:
    return instant + _OFFSETS.get(zone, _OFFSETS["WIB"])


def _months(first: date, last: date):
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def meeting_rows(f: RecapFilter, zone: str) -> tuple[tuple[MeetingRecapRow, ...], tuple[MonthRow, ...]]:
    """The meetings of the recap in start order, and every month of the period (office zone)."""
    pairs = _pairs(f, zone)
    per_meeting = {row[0]: _counts(row[1:]) for row in
                   Select([pairs], [pairs.c.meeting_id, *_count_columns(pairs)])
                   .group_by(pairs.c.meeting_id).tuples().bind(Meeting._meta.database)}
    meetings = (Meeting.select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.timezone, Meeting.mode,
                               Meeting.kind, Meeting.our_role)
                .where(_meeting_ids(f, zone)).order_by(Meeting.starts_at, Meeting.id).tuples())
    rows, buckets = [], {}
    for mid, title, starts, mzone, mode, kind, role in meetings:
        c = per_meeting.get(mid, Counts())
        rows.append(MeetingRecapRow(meeting_id=mid, title=title, starts_local=_local(starts, mzone), zone=mzone,
                                    mode=mode, kind=kind, our_role=role, walk_ins=c.walk_ins, counts=c))
        office_day = _local(starts, zone)
        b = buckets.setdefault((office_day.year, office_day.month), [0, 0, 0, 0, 0, 0, Counts()])
        b[0] += 1
        if mode in _MODE_SLOT:
            b[_MODE_SLOT[mode]] += 1
        b[4] += role == ROLE_HOST
        b[5] += role == ROLE_PARTICIPANT
        b[6] = b[6] + c
    months = []
    for y, m in _months(f.date_from, f.date_to):
        n, lur, dar, hib, host, part, c = buckets.get((y, m), [0, 0, 0, 0, 0, 0, Counts()])
        months.append(MonthRow(year=y, month=m, meetings=n, luring=lur, daring=dar, hibrida=hib, hosted=host,
                               attended=part, late=c.late, counts=c))
    return tuple(rows), tuple(months)


def people_rows(f: RecapFilter, zone: str) -> tuple[PersonRow, ...]:
    """Everyone invited to or present at the recap's meetings, by name."""
    pairs = _pairs(f, zone)
    agg = (Select([pairs], [pairs.c.person_id.alias("pid"), *(c.alias(f"c{i}") for i, c in
                                                             enumerate(_count_columns(pairs)))])
           .group_by(pairs.c.person_id).alias("agg"))
    q = (Person.select(Person.id, Person.name, Person.nip, Person.position, Satker.name, Person.institution,
                       *(getattr(agg.c, f"c{i}") for i in range(9)))
         .join(agg, on=(agg.c.pid == Person.id))
         .switch(Person).join(Satker, JOIN.LEFT_OUTER, on=(Person.satker == Satker.id))
         .order_by(Person.name_key, Person.id).tuples())
    return tuple(PersonRow(person_id=pid, name=name, nip=nip or "", position=position or "",
                           satker=satker or institution or "", counts=_counts(rest))
                 for pid, name, nip, position, satker, institution, *rest in q)


def _group_name(satker_id, institution) -> str:
    return "" if satker_id else (" ".join((institution or "").split()) or NO_SATKER)


def satker_rows(f: RecapFilter, zone: str) -> tuple[SatkerRow, ...]:
    """Per satker through each person's satker; people without one under their institution or "Tanpa satker".
    KPU RI, the provinces, the regencies, then other institutions, each by name; the groups without satker
    last."""
    pairs = _pairs(f, zone)
    present = pairs.c.status.in_(PRESENT_STATUSES)
    free = Case(None, [(Person.satker.is_null(), Person.institution)], "")
    meetings = fn.COUNT(fn.DISTINCT(Case(None, [(present, pairs.c.meeting_id)])))
    q = (Select([pairs], [Person.satker, free, meetings, *_count_columns(pairs)])
         .join(Person, on=(pairs.c.person_id == Person.id))
         .group_by(Person.satker, free).tuples().bind(Meeting._meta.database))
    groups: dict[tuple, list] = {}
    for sid, institution, n, *rest in q:
        key = (sid, _group_name(sid, institution))
        n, c = int(n or 0), _counts(rest)
        g = groups.get(key)
        if g is None:
            groups[key] = [n, c]
        else:
            # Institutions typed with other spacing fold into one group; their meetings may overlap, so the
            # larger count is kept rather than a sum that could count a meeting twice.
            g[0], g[1] = max(g[0], n), g[1] + c
    ids = [sid for sid, _ in groups if sid]
    names = {}
    for chunk in range(0, len(ids), 500):
        names.update({sid: (name, level) for sid, name, level in
                      Satker.select(Satker.id, Satker.name, Satker.level)
                      .where(Satker.id.in_(ids[chunk:chunk + 500])).tuples()})
    order = {lv: i for i, lv in enumerate(LEVELS)}
    rows = []
    for (sid, label), (n, c) in groups.items():
        name, level = names.get(sid, (label, "")) if sid else (label, "")
        rows.append(SatkerRow(satker_id=sid, name=name, level=level, meetings=n, counts=c))
    rows.sort(key=lambda r: (r.satker_id is None, r.name == NO_SATKER, order.get(r.level, 9), r.name.casefold()))
    return tuple(rows)


def followup_rows(f: RecapFilter, zone: str, today: date) -> tuple[tuple[FollowupRow, ...], tuple[FollowupRow, ...]]:
    """Open, done and overdue follow-ups of the recap's meetings, per person and per satker."""
    child = FollowUp.alias("child")
    carried = child.select(child.carried_from).where(child.carried_from.is_null(False))
    ids = Meeting.select(Meeting.id).where(_meeting_ids(f, zone))
    q = (FollowUp.select(FollowUp.person, Person.name, FollowUp.satker, Person.satker, Person.institution,
                         FollowUp.status, FollowUp.due_date)
         .join(Person, JOIN.LEFT_OUTER, on=(FollowUp.person == Person.id))
         .where(FollowUp.meeting.in_(ids) & (FollowUp.status != FOLLOWUP_CANCELLED) & FollowUp.id.not_in(carried))
         .tuples())
    people: dict[int | None, list] = {}
    satkers: dict[tuple, list] = {}
    for pid, pname, fsid, psid, institution, status, due in q:
        if isinstance(due, datetime):
            due = due.date()
        is_open, is_done = status == FOLLOWUP_OPEN, status == FOLLOWUP_DONE
        late = is_open and due is not None and due < today
        sid = fsid or psid
        for bucket, key, name in ((people, pid, pname or NO_PERSON),
                                  (satkers, (sid, _group_name(sid, institution if pid else "")), None)):
            b = bucket.setdefault(key, [name, 0, 0, 0])
            b[1] += is_open
            b[2] += is_done
            b[3] += late
    sids = [k[0] for k in satkers if k[0]]
    names = dict(Satker.select(Satker.id, Satker.name).where(Satker.id.in_(sids)).tuples()) if sids else {}
    by_person = sorted((FollowupRow(key_id=k, name=v[0], open=v[1], done=v[2], overdue=v[3])
                        for k, v in people.items()), key=lambda r: (r.key_id is None, r.name.casefold()))
    by_satker = sorted((FollowupRow(key_id=k[0], name=names.get(k[0], k[1]) if k[0] else k[1], open=v[1],
                                    done=v[2], overdue=v[3]) for k, v in satkers.items()),
                       key=lambda r: (r.key_id is None, r.name == NO_SATKER, r.name.casefold()))
    return tuple(by_person), tuple(by_satker)


def series_name(series_id: int | None) -> str:
    if series_id is None:
        return ""
    row = MeetingSeries.select(MeetingSeries.name).where(MeetingSeries.id == series_id).tuples().first()
    return row[0] if row else ""


def choices() -> RecapChoices:
    kinds = sorted({(k or "").strip() for (k,) in Meeting.select(Meeting.kind).distinct().tuples()} - {""},
                   key=str.casefold)
    series = MeetingSeries.select(MeetingSeries.id, MeetingSeries.name).order_by(MeetingSeries.name).tuples()
    return RecapChoices(kinds=tuple(kinds), series=tuple(series))
