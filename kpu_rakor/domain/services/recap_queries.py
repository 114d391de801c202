"""The SQL behind the recap (`recap.py` says what every number means).

The database does the counting: invitations grouped by meeting and by person, attendance (joined to its
invitation, to tell walk-ins) grouped by meeting and by person, present people's satkers counted per distinct
meeting, follow-ups grouped by person, satker, status and lateness. Python folds the grouped rows (a few
thousand: people into satkers, meetings into months). No query per row and no peewee model instances, so a year
of 10,000 meetings and 200,000 attendance rows takes a fraction of a second (benchmarks/bench_recap.py).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from peewee import JOIN, Case, fn

from ..models import (ATT_DINAS_LUAR, ATT_DIWAKILI, ATT_IZIN, ATT_SAKIT, ATT_TANPA_KETERANGAN,
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


def _raw(query) -> list[tuple]:
    """The rows as the driver gives them: grouped ids and sums need none of peewee's per-value conversion."""
    return Meeting._meta.database.execute(query).fetchall()


def _sum(cond):
    return fn.SUM(Case(None, [(cond, 1)], 0))


def _grouped(key: str, ids) -> dict[int, list[int]]:
    """Counts (in `Counts` order) per meeting or per person (`key`), legacy delegates not yet included."""
    inv_key, att_key = getattr(Invitation, key), getattr(Attendance, key)
    invited = dict(_raw(Invitation.select(inv_key, fn.COUNT(Invitation.id)).where(Invitation.meeting.in_(ids))
                        .group_by(inv_key)))
    st, was_invited = Attendance.status, Invitation.id.is_null(False)
    present = st.in_(PRESENT_STATUSES)
    q = (Attendance.select(att_key, _sum(present), _sum(st == ATT_TERLAMBAT), _sum(st == ATT_IZIN),
                           _sum(st == ATT_SAKIT), _sum(st == ATT_DINAS_LUAR), _sum(st == ATT_DIWAKILI),
                           _sum(was_invited & (st != ATT_TANPA_KETERANGAN)), _sum(Invitation.id.is_null() & present))
         .join(Invitation, JOIN.LEFT_OUTER, on=((Invitation.meeting == Attendance.meeting)
                                                & (Invitation.person == Attendance.person)))
         .where(Attendance.meeting.in_(ids)).group_by(att_key))
    out: dict[int, list[int]] = {}
    for k, pres, late, izin, sick, duty, deleg, answered, walk in _raw(q):
        n = invited.get(k, 0)
        out[k] = [n, int(pres or 0), int(late or 0), int(izin or 0), int(sick or 0), int(duty or 0),
                  int(deleg or 0), n - int(answered or 0), int(walk or 0)]
    for k, n in invited.items():
        out.setdefault(k, [n, 0, 0, 0, 0, 0, 0, n, 0])
    return out


def _legacy_delegates(ids) -> list[tuple[int, int]]:
    """(meeting, delegate) of older *diwakili* rows whose delegate has no row of their own and was not invited:
    the delegate was there (`presence.present_ids`), and counts as a walk-in."""
    inv, other = Invitation.alias("inv"), Attendance.alias("other")
    uninvited = ~fn.EXISTS(inv.select(inv.id).where((inv.meeting == Attendance.meeting)
                                                     & (inv.person == Attendance.delegate)))
    rowless = ~fn.EXISTS(other.select(other.id).where((other.meeting == Attendance.meeting)
                                                       & (other.person == Attendance.delegate)))
    return list(Attendance.select(Attendance.meeting, Attendance.delegate)
                .where(Attendance.meeting.in_(ids) & (Attendance.status == ATT_DIWAKILI)
                       & Attendance.delegate.is_null(False) & uninvited & rowless).distinct().tuples())


def _add_walk_in(counts: dict[int, list[int]], key: int) -> None:
    c = counts.setdefault(key, [0] * 9)
    c[1] += 1
    c[8] += 1


def _local(instant: datetime, zone: str) -> datetime:
    return instant + _OFFSETS.get(zone, _OFFSETS["WIB"])


def _months(first: date, last: date):
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _group_name(satker_id, institution) -> str:
    return "" if satker_id else (" ".join((institution or "").split()) or NO_SATKER)


def _in_chunks(model_query, field, ids):
    ids = list(ids)
    for i in range(0, len(ids), 500):
        yield from model_query.where(field.in_(ids[i:i + 500])).tuples()


def meeting_rows(f: RecapFilter, zone: str, ids, delegates) -> tuple[tuple[MeetingRecapRow, ...],
                                                                    tuple[MonthRow, ...]]:
    """The meetings of the recap in start order, and every month of the period (office zone)."""
    per_meeting = _grouped("meeting", ids)
    for mid, _ in delegates:
        _add_walk_in(per_meeting, mid)
    meetings = (Meeting.select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.timezone, Meeting.mode,
                               Meeting.kind, Meeting.our_role)
                .where(_meeting_ids(f, zone)).order_by(Meeting.starts_at, Meeting.id).tuples())
    rows, buckets = [], {}
    for mid, title, starts, mzone, mode, kind, role in meetings:
        c = Counts(*per_meeting.get(mid, ()))
        rows.append(MeetingRecapRow(meeting_id=mid, title=title, starts_local=_local(starts, mzone), zone=mzone,
                                    mode=mode, kind=kind, our_role=role, walk_ins=c.walk_ins, counts=c))
        office_day = _local(starts, zone)
        b = buckets.setdefault((office_day.year, office_day.month), [0, 0, 0, 0, 0, 0, [0] * 9])
        b[0] += 1
        if mode in _MODE_SLOT:
            b[_MODE_SLOT[mode]] += 1
        b[4] += role == ROLE_HOST
        b[5] += role == ROLE_PARTICIPANT
        for i, v in enumerate(per_meeting.get(mid, ())):
            b[6][i] += v
    months = []
    for y, m in _months(f.date_from, f.date_to):
        n, lur, dar, hib, host, part, c = buckets.get((y, m), [0, 0, 0, 0, 0, 0, [0] * 9])
        c = Counts(*c)
        months.append(MonthRow(year=y, month=m, meetings=n, luring=lur, daring=dar, hibrida=hib, hosted=host,
                               attended=part, late=c.late, counts=c))
    return tuple(rows), tuple(months)


def _people_info(ids) -> dict[int, tuple]:
    """person id -> (name, nip, position, name_key, satker_id, institution)."""
    q = Person.select(Person.id, Person.name, Person.nip, Person.position, Person.name_key, Person.satker,
                      Person.institution)
    return {r[0]: r[1:] for r in _in_chunks(q, Person.id, ids)}


def _satker_info(ids) -> dict[int, tuple[str, str]]:
    q = Satker.select(Satker.id, Satker.name, Satker.level)
    return {sid: (name, level) for sid, name, level in _in_chunks(q, Satker.id, ids)}


def people_and_satkers(ids, delegates) -> tuple[tuple[PersonRow, ...], tuple[SatkerRow, ...]]:
    """Everyone invited to or present at the recap's meetings, by name; and the same folded per satker
    (KPU RI, the provinces, the regencies, then other institutions, each by name; groups without satker
    last)."""
    per_person = _grouped("person", ids)
    for _, pid in delegates:
        _add_walk_in(per_person, pid)
    info = _people_info(per_person)
    satkers = _satker_info({i[4] for i in info.values() if i[4]})
    people, groups = [], {}
    for pid, c in per_person.items():
        name, nip, position, key, sid, institution = info.get(pid, ("", "", "", "", None, ""))
        counts = Counts(*c)
        people.append((key, pid, PersonRow(person_id=pid, name=name, nip=nip or "", position=position or "",
                                           satker=satkers[sid][0] if sid in satkers else institution or "",
                                           counts=counts)))
        g = groups.setdefault((sid, _group_name(sid, institution)), [0] * 9)
        for i, v in enumerate(c):
            g[i] += v
    people.sort(key=lambda t: (t[0], t[1]))
    meetings = _satker_meetings(ids, delegates, info)
    order = {lv: i for i, lv in enumerate(LEVELS)}
    rows = []
    for (sid, label), c in groups.items():
        name, level = satkers.get(sid, (label, "")) if sid else (label, "")
        rows.append(SatkerRow(satker_id=sid, name=name, level=level, meetings=meetings.get((sid, label), 0),
                              counts=Counts(*c)))
    rows.sort(key=lambda r: (r.satker_id is None, r.name == NO_SATKER, order.get(r.level, 9), r.name.casefold()))
    return tuple(p for _, _, p in people), tuple(rows)


def _satker_meetings(ids, delegates, info) -> dict[tuple, int]:
    """(satker id, group name) -> the number of meetings where someone of the group was present."""
    free = Case(None, [(Person.satker.is_null(), Person.institution)], "")
    q = (Attendance.select(Person.satker, free, fn.COUNT(fn.DISTINCT(Attendance.meeting)))
         .join(Person, on=(Attendance.person == Person.id))
         .where(Attendance.meeting.in_(ids) & Attendance.status.in_(PRESENT_STATUSES))
         .group_by(Person.satker, free))
    out: dict[tuple, int] = {}
    for sid, institution, n in _raw(q):
        key = (sid, _group_name(sid, institution))
        # Institutions typed with other spacing fold into one group; their meetings may overlap, so the larger
        # count is kept rather than a sum that could count a meeting twice.
        out[key] = max(out.get(key, 0), int(n or 0))
    if delegates:  # rare: older records only; a delegate adds a meeting their group had nobody else at
        wanted = {m for m, _ in delegates}
        groups = {info.get(pid, (None,) * 6)[4] for _, pid in delegates}
        in_groups = Person.satker.in_([g for g in groups if g]) | Person.satker.is_null()
        seen = {(m, sid, _group_name(sid, inst)) for m, sid, inst in _in_chunks(
            Attendance.select(Attendance.meeting, Person.satker, Person.institution)
            .join(Person, on=(Attendance.person == Person.id))
            .where(Attendance.status.in_(PRESENT_STATUSES) & in_groups), Attendance.meeting, wanted)}
        for m, pid in delegates:
            _, _, _, _, sid, inst = info.get(pid, ("", "", "", "", None, ""))
            key = (sid, _group_name(sid, inst))
            if (m, *key) not in seen:
                seen.add((m, *key))
                out[key] = out.get(key, 0) + 1
    return out


def followup_rows(ids, today: date) -> tuple[tuple[FollowupRow, ...], tuple[FollowupRow, ...]]:
    """Open, done and overdue follow-ups of the recap's meetings, per person and per satker."""
    child = FollowUp.alias("child")
    carried = child.select(child.carried_from).where(child.carried_from.is_null(False))
    late = Case(None, [((FollowUp.status == FOLLOWUP_OPEN) & (FollowUp.due_date < today), 1)], 0)
    q = (FollowUp.select(FollowUp.person, FollowUp.satker, FollowUp.status, late, fn.COUNT(FollowUp.id))
         .where(FollowUp.meeting.in_(ids) & (FollowUp.status != FOLLOWUP_CANCELLED)
                & FollowUp.id.not_in(carried))
         .group_by(FollowUp.person, FollowUp.satker, FollowUp.status, late).tuples())
    grouped = list(q)
    info = _people_info({r[0] for r in grouped if r[0]})
    names = _satker_info({r[1] for r in grouped if r[1]} | {i[4] for i in info.values() if i[4]})
    people: dict[int | None, list] = {}
    satkers: dict[tuple, list] = {}
    for pid, fsid, status, is_late, n in grouped:
        pname, _, _, _, psid, institution = info.get(pid, (NO_PERSON, "", "", "", None, ""))
        sid = fsid or psid
        gname = names[sid][0] if sid in names else _group_name(sid, institution)
        for bucket, key, name in ((people, pid, pname), (satkers, (sid, gname), gname)):
            b = bucket.setdefault(key, [name, 0, 0, 0])
            b[1] += n if status == FOLLOWUP_OPEN else 0
            b[2] += n if status == FOLLOWUP_DONE else 0
            b[3] += n if is_late else 0
    by_person = sorted((FollowupRow(key_id=k, name=v[0], open=v[1], done=v[2], overdue=v[3])
                        for k, v in people.items()), key=lambda r: (r.key_id is None, r.name.casefold()))
    by_satker = sorted((FollowupRow(key_id=k[0], name=v[0], open=v[1], done=v[2], overdue=v[3])
                        for k, v in satkers.items()),
                       key=lambda r: (r.key_id is None, r.name == NO_SATKER, r.name.casefold()))
    return tuple(by_person), tuple(by_satker)


def tables(f: RecapFilter, zone: str, today: date, step) -> tuple:
    """(meetings, months, people, satkers, follow-ups per person, per satker); `step(n, text)` between parts."""
    ids = Meeting.select(Meeting.id).where(_meeting_ids(f, zone))
    delegates = _legacy_delegates(ids)
    step(1, "Rapat")
    meetings, months = meeting_rows(f, zone, ids, delegates)
    step(2, "Orang dan satker")
    people, satkers = people_and_satkers(ids, delegates)
    step(3, "Tindak lanjut")
    by_person, by_satker = followup_rows(ids, today)
    return meetings, months, people, satkers, by_person, by_satker


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
