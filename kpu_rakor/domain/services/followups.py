"""Tindak lanjut: what a meeting decided someone must do, by when; the open items of every meeting, and
carrying them from one meeting of a series to the next.

One task, one chain. When the next meeting of a series carries an open item over, a copy is made in that
meeting (`carried_from` points at the original) and from then on the task is tracked there:

- the original keeps status `terbuka` (nothing was finished or cancelled) but it is hidden from `open_items`
  and from `previous_open`, and its meeting shows it as "dibawa ke rapat <tanggal>"; the copy shows
  "dibawa dari rapat <tanggal>";
- closing or reopening any member of the chain changes every member that had the same status, so the old
  meeting's list never shows a task as open that was finished later;
- deleting the copy undoes the carry: the original is open and visible again.

Carrying is idempotent: an item already carried is no longer offered, so carrying twice adds nothing.
Follow-ups are not locked when the minutes are approved: they live on after the meeting, until closed.

Due dates are calendar days; "overdue" means the due date is before today in the office's own zone
(`installation.office_zone()`), so an office in Jayapura sees an item due yesterday as late at 00.00 WIT.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import peewee

from ..db import database, write_tx
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (FOLLOWUP_CANCELLED, FOLLOWUP_DONE, FOLLOWUP_OPEN, FOLLOWUP_STATUSES, AgendaItem, FollowUp,
                      Meeting, MeetingSeries, Person, Satker, utcnow)
from ..timefmt import ZONES, date_plain, long_date, to_local
from . import audit, installation
from . import meetings as meeting_service

CLOSED = (FOLLOWUP_DONE, FOLLOWUP_CANCELLED)
FIELDS = ("description", "person_id", "satker_id", "due_date", "agenda_item_id")
DESCRIPTION_LIMIT = 2000
NOTE_LIMIT = 4000


@dataclass(frozen=True)
class FollowUpRow:
    """One follow-up as lists show it, with its meeting, person, satker and series by name."""

    id: int
    meeting_id: int
    meeting_title: str
    meeting_date: date  # the meeting's day in its own zone
    series_id: int | None
    series_name: str
    agenda_item_id: int | None
    description: str
    person_id: int | None
    person_name: str
    satker_id: int | None
    satker_name: str
    satker_short: str  # "KPU Kab. Tulungagung": the short form where room is scarce
    due_date: date | None
    status: str
    closing_note: str
    carried_from_id: int | None
    carried_from_date: date | None  # the day of the meeting it was carried from
    carried_to_date: date | None  # the day of the later meeting it was carried to (tracked there now)
    position: int
    overdue: bool  # open, not carried on, and due before today (office zone)
    days_late: int  # how many days past the due date; 0 when not overdue


@dataclass(frozen=True)
class FilterChoices:
    """What the open-items filters offer: the people and satkers that have open items, and every series."""

    people: list[tuple[int, str]]
    satkers: list[tuple[int, str]]
    series: list[tuple[int, str]]


# --- small checks ------------------------------------------------------------------------------------------

def office_today(zone: str | None = None) -> date:
    """Today's date in `zone`, by default the office's zone."""
    return to_local(utcnow(), zone or installation.office_zone()).date()


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_due(value) -> date | None:
    """A due date as offices type it: `7/4/2021`, `07-04-2021`, `7.4.21`, or `2021-04-07`; empty for none."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        d = value
    else:
        text = str(value).strip()
        if not text:
            return None
        iso, dmy = _ISO.match(text), _DMY.match(text)
        try:
            if iso:
                d = date(int(iso[1]), int(iso[2]), int(iso[3]))
            elif dmy:
                year = int(dmy[3]) + (2000 if len(dmy[3]) == 2 else 0)
                d = date(year, int(dmy[2]), int(dmy[1]))
            else:
                raise ValueError
        except ValueError:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Batas waktu “{start}” bukan tanggal yang sah; tulis seperti "
                                            "07/04/2021 (hari/bulan/tahun)."),
                "due_date", start=text[:40]) from None
    if not 1900 <= d.year <= 2200:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Tahun batas waktu {d.year} tidak masuk akal; periksa tanggalnya."),
            "due_date", d=d)
    return d


def _description(value) -> str:
    text = " ".join(str(value or "").replace("\x00", "").split())
    if not text:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Uraian tindak lanjut wajib diisi: tuliskan apa yang harus dikerjakan."),
            "description")
    if len(text) > DESCRIPTION_LIMIT:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Uraian tindak lanjut terlalu panjang ({length} huruf; paling banyak "
                                        "{DESCRIPTION_LIMIT})."),
            "description", length=len(text), DESCRIPTION_LIMIT=DESCRIPTION_LIMIT)
    return text


def _note(value) -> str:
    text = str(value or "").replace("\x00", "").replace("\r\n", "\n").strip()
    if len(text) > NOTE_LIMIT:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Catatan penyelesaian terlalu panjang ({length} huruf; paling banyak "
                                        "{NOTE_LIMIT})."),
            "closing_note", length=len(text), NOTE_LIMIT=NOTE_LIMIT)
    return text


def _person(pid) -> int | None:
    if pid in (None, ""):
        return None
    if not Person.select().where(Person.id == pid).exists():
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Penanggung jawab tidak dikenal: orang nomor {pid} tidak ada di direktori."),
            "person_id", pid=pid)
    return int(pid)


def _satker(sid) -> int | None:
    if sid in (None, ""):
        return None
    if not Satker.select().where(Satker.id == sid).exists():
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Satker nomor {sid} tidak ada di direktori."), "satker_id", sid=sid)
    return int(sid)


def _agenda_item(meeting_id: int, aid) -> int | None:
    if aid in (None, ""):
        return None
    if not AgendaItem.select().where((AgendaItem.id == aid) & (AgendaItem.meeting == meeting_id)).exists():
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Acara nomor {aid} bukan bagian dari agenda rapat ini."),
            "agenda_item_id", aid=aid)
    return int(aid)


def _meeting_day(m: Meeting) -> date:
    return to_local(m.starts_at, m.timezone).date()


def _root_meeting_day(fu: FollowUp) -> date:
    """The day of the meeting where the task was first decided (the start of its carry chain)."""
    seen, current = set(), fu
    while current.carried_from_id and current.carried_from_id not in seen:
        seen.add(current.id)
        parent = FollowUp.get_or_none(FollowUp.id == current.carried_from_id)
        if parent is None:
            break
        current = parent
    return _meeting_day(Meeting.get_by_id(current.meeting_id))


def _check_due(due: date | None, earliest: date) -> None:
    if due is not None and due < earliest:
        raise ValidationError(f"Batas waktu {date_plain(due)} lebih awal dari tanggal rapat "
                              f"({long_date(earliest)}); periksa tanggalnya.", "due_date")


def get(followup_id: int) -> FollowUp:
    fu = FollowUp.get_or_none(FollowUp.id == followup_id)
    if fu is None:
        raise NotFound.of(
            QT_TRANSLATE_NOOP("domain", "Tindak lanjut nomor {followup_id} tidak ditemukan."), followup_id=followup_id)
    return fu


# --- writing -----------------------------------------------------------------------------------------------

def create(meeting_id: int, description: str, *, person_id: int | None = None, satker_id: int | None = None,
           due_date=None, agenda_item_id: int | None = None) -> FollowUp:
    """A new open follow-up at the end of the meeting's list. Without a satker, the person's satker is used."""
    meeting = meeting_service.get(meeting_id)
    text = _description(description)
    pid, sid = _person(person_id), _satker(satker_id)
    due = parse_due(due_date)
    _check_due(due, _meeting_day(meeting))
    aid = _agenda_item(meeting.id, agenda_item_id)
    if sid is None and pid is not None:
        sid = Person.get_by_id(pid).satker_id
    with write_tx():
        last = (FollowUp.select(peewee.fn.MAX(FollowUp.position)).where(FollowUp.meeting == meeting.id).scalar())
        fu = FollowUp.create(meeting=meeting.id, description=text, person=pid, satker=sid, due_date=due,
                             agenda_item=aid, position=(last + 1) if last is not None else 0)
        audit.log("create", "follow_up", fu.id, meeting_id=meeting.id,
                  detail={"description": text, "person_id": pid, "satker_id": sid, "due_date": due})
    return fu


def update(followup_id: int, **fields) -> FollowUp:
    """Change what is given among description, person_id, satker_id, due_date, agenda_item_id. Choosing a
    person for an item without a satker fills in the person's satker."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Kolom tindak lanjut tidak dikenal: {fields}."),
            fields=', '.join(sorted(unknown)))
    fu = get(followup_id)
    values = {}
    if "description" in fields:
        values["description"] = _description(fields["description"])
    if "person_id" in fields:
        values["person"] = _person(fields["person_id"])
    if "satker_id" in fields:
        values["satker"] = _satker(fields["satker_id"])
    if "due_date" in fields:
        values["due_date"] = parse_due(fields["due_date"])
        _check_due(values["due_date"], _root_meeting_day(fu))
    if "agenda_item_id" in fields:
        values["agenda_item"] = _agenda_item(fu.meeting_id, fields["agenda_item_id"])
    if values.get("person") and "satker" not in values and fu.satker_id is None:
        values["satker"] = Person.get_by_id(values["person"]).satker_id
    with write_tx():
        fu = FollowUp.get_by_id(fu.id)
        for key, value in values.items():
            setattr(fu, key, value)
        fu.save()
        audit.log("update", "follow_up", fu.id, meeting_id=fu.meeting_id,
                  detail={k + ("_id" if k in ("person", "satker", "agenda_item") else ""): v
                          for k, v in values.items()})
    return fu


def _chain(fu: FollowUp) -> list[FollowUp]:
    """The item, the items it was carried from, and the items it was carried to (one task)."""
    found = {fu.id: fu}
    todo = [fu]
    while todo:
        current = todo.pop()
        linked = FollowUp.select().where((FollowUp.carried_from == current.id)
                                         | (FollowUp.id == current.carried_from_id))
        for other in linked:
            if other.id not in found:
                found[other.id] = other
                todo.append(other)
    return list(found.values())


def set_status(followup_id: int, status: str, note: str = "") -> FollowUp:
    """Close (`selesai`, `batal`: a catatan penyelesaian is required) or reopen (`terbuka`: the note is
    cleared). The whole carry chain follows: every linked item that had the same status changes with it."""
    if status not in FOLLOWUP_STATUSES:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Status tindak lanjut “{status}” tidak dikenal; pilih terbuka, selesai "
                                        "atau batal."),
            "status", status=status)
    text = _note(note)
    if status == FOLLOWUP_DONE and not text:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Tuliskan catatan penyelesaian: bagaimana tindak lanjut ini diselesaikan."),
            "closing_note")
    if status == FOLLOWUP_CANCELLED and not text:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Tuliskan catatan penyelesaian: mengapa tindak lanjut ini dibatalkan."),
            "closing_note")
    if status == FOLLOWUP_OPEN:
        text = ""
    get(followup_id)
    with write_tx():
        fu = FollowUp.get_by_id(followup_id)
        old = fu.status
        ids = [x.id for x in _chain(fu) if x.status == old]
        FollowUp.update(status=status, closing_note=text, updated_at=utcnow()).where(
            FollowUp.id.in_(ids)).execute()
        audit.log("status", "follow_up", fu.id, meeting_id=fu.meeting_id,
                  detail={"from": old, "to": status, "note": text, "chain": ids})
    return FollowUp.get_by_id(followup_id)


def delete(followup_id: int) -> None:
    """Remove a follow-up. Deleting a carried copy makes its original open and visible again."""
    fu = get(followup_id)
    with write_tx():
        audit.log("delete", "follow_up", fu.id, meeting_id=fu.meeting_id, detail={"description": fu.description})
        FollowUp.update(carried_from=None).where(FollowUp.carried_from == fu.id).execute()
        FollowUp.delete().where(FollowUp.id == fu.id).execute()


# --- reading -----------------------------------------------------------------------------------------------

def _row_query():
    origin, origin_meeting = FollowUp.alias("origin"), Meeting.alias("origin_meeting")
    return (FollowUp.select(
        FollowUp.id, FollowUp.meeting, FollowUp.agenda_item, FollowUp.description, FollowUp.person,
        FollowUp.satker, FollowUp.due_date, FollowUp.status, FollowUp.closing_note, FollowUp.carried_from,
        FollowUp.position, Meeting.title.alias("meeting_title"), Meeting.starts_at.alias("meeting_starts_at"),
        Meeting.timezone.alias("meeting_timezone"), Meeting.series.alias("series_id"),
        MeetingSeries.name.alias("series_name"), Person.name.alias("person_name"),
        Satker.name.alias("satker_name"), Satker.short_name.alias("satker_short"),
        origin_meeting.starts_at.alias("origin_starts_at"),
        origin_meeting.timezone.alias("origin_timezone"))
        .join(Meeting, on=(FollowUp.meeting == Meeting.id))
        .join(MeetingSeries, peewee.JOIN.LEFT_OUTER, on=(Meeting.series == MeetingSeries.id))
        .join(Person, peewee.JOIN.LEFT_OUTER, on=(FollowUp.person == Person.id))
        .join(Satker, peewee.JOIN.LEFT_OUTER, on=(FollowUp.satker == Satker.id))
        .join(origin, peewee.JOIN.LEFT_OUTER, on=(FollowUp.carried_from == origin.id))
        .join(origin_meeting, peewee.JOIN.LEFT_OUTER, on=(origin.meeting == origin_meeting.id)))


def _carried_ids():
    """The ids of items that were carried on to another meeting (a subquery)."""
    child = FollowUp.alias("child")
    return child.select(child.carried_from).where(child.carried_from.is_null(False))


def _rows(query, day: date, *, carried: bool = True) -> list[FollowUpRow]:
    """`carried=False` when the query already left out items carried on (no need to look for their copies)."""
    offsets = {zone: timedelta(hours=h) for zone, h in ZONES.items()}  # cheaper than to_local per row
    raw = list(query.dicts())
    carried_to: dict[int, date] = {}
    ids = [r["id"] for r in raw] if carried else []
    child, child_meeting = FollowUp.alias("child"), Meeting.alias("child_meeting")
    for chunk in range(0, len(ids), 500):
        q = (child.select(child.carried_from, child_meeting.starts_at, child_meeting.timezone)
             .join(child_meeting, on=(child.meeting == child_meeting.id))
             .where(child.carried_from.in_(ids[chunk:chunk + 500])).tuples())
        for parent, starts_at, zone in q:
            d = (starts_at + offsets.get(zone, offsets["WIB"])).date()
            carried_to[parent] = min(d, carried_to.get(parent, d))
    out = []
    for r in raw:
        meeting_day = (r["meeting_starts_at"] + offsets.get(r["meeting_timezone"], offsets["WIB"])).date()
        origin_day = None
        if r["origin_starts_at"] is not None:
            origin_day = (r["origin_starts_at"] + offsets.get(r["origin_timezone"], offsets["WIB"])).date()
        to_day = carried_to.get(r["id"])
        due = r["due_date"]
        if isinstance(due, datetime):
            due = due.date()
        late = (day - due).days if (due and r["status"] == FOLLOWUP_OPEN and to_day is None) else 0
        out.append(FollowUpRow(
            id=r["id"], meeting_id=r["meeting"], meeting_title=r["meeting_title"], meeting_date=meeting_day,
            series_id=r["series_id"], series_name=r["series_name"] or "", agenda_item_id=r["agenda_item"],
            description=r["description"], person_id=r["person"], person_name=r["person_name"] or "",
            satker_id=r["satker"], satker_name=r["satker_name"] or "",
            satker_short=r["satker_short"] or r["satker_name"] or "", due_date=due, status=r["status"],
            closing_note=r["closing_note"], carried_from_id=r["carried_from"], carried_from_date=origin_day,
            carried_to_date=to_day, position=r["position"], overdue=late > 0, days_late=max(late, 0)))
    return out


def for_meeting(meeting_id: int, today: date | None = None) -> list[FollowUpRow]:
    """Every follow-up of a meeting, whatever its status, in the meeting's order."""
    meeting_service.get(meeting_id)
    q = _row_query().where(FollowUp.meeting == meeting_id).order_by(FollowUp.position, FollowUp.id)
    return _rows(q, today or office_today())


def row(followup_id: int, today: date | None = None) -> FollowUpRow:
    """One follow-up as the lists show it."""
    found = _rows(_row_query().where(FollowUp.id == followup_id), today or office_today())
    if not found:
        raise NotFound.of(
            QT_TRANSLATE_NOOP("domain", "Tindak lanjut nomor {followup_id} tidak ditemukan."), followup_id=followup_id)
    return found[0]


def listing(*, open_only: bool = False, person_id: int | None = None, satker_id: int | None = None,
            series_id: int | None = None, meeting_id: int | None = None, due_by: date | None = None,
            today: date | None = None) -> list[FollowUpRow]:
    """Follow-ups of all meetings, earliest due first (none last); `open_only`: open and not carried on."""
    q = _row_query()
    if open_only:
        q = q.where((FollowUp.status == FOLLOWUP_OPEN) & FollowUp.id.not_in(_carried_ids()))
    if person_id is not None:
        q = q.where(FollowUp.person == person_id)
    if satker_id is not None:
        q = q.where(FollowUp.satker == satker_id)
    if series_id is not None:
        q = q.where(Meeting.series == series_id)
    if meeting_id is not None:
        q = q.where(FollowUp.meeting == meeting_id)
    if due_by is not None:  # due by that day, late ones included (the Beranda's warning)
        q = q.where(FollowUp.due_date <= due_by)  # NULL <= day is not true: no due date, not listed
    q = q.order_by(FollowUp.due_date.is_null(), FollowUp.due_date, Meeting.starts_at, FollowUp.position, FollowUp.id)
    return _rows(q, today or office_today(), carried=not open_only)


def open_items(person_id: int | None = None, satker_id: int | None = None, series_id: int | None = None,
               today: date | None = None) -> list[FollowUpRow]:
    """All open follow-ups of every meeting (carried originals are tracked at their copy), with `overdue`."""
    return listing(open_only=True, person_id=person_id, satker_id=satker_id, series_id=series_id, today=today)


def filter_choices() -> FilterChoices:
    base = (FollowUp.select().where((FollowUp.status == FOLLOWUP_OPEN) & FollowUp.id.not_in(_carried_ids())))
    people = (Person.select(Person.id, Person.name).where(Person.id.in_(base.select(FollowUp.person)))
              .order_by(Person.name_key, Person.id).tuples())
    satkers = (Satker.select(Satker.id, Satker.name).where(Satker.id.in_(base.select(FollowUp.satker)))
               .order_by(Satker.name).tuples())
    series = MeetingSeries.select(MeetingSeries.id, MeetingSeries.name).order_by(MeetingSeries.name).tuples()
    return FilterChoices(list(people), list(satkers), list(series))


def series_by_name(name: str) -> int:
    """The id of the series called `name` (exactly, ignoring case and extra spaces)."""
    wanted = " ".join((name or "").split())
    for sid, sname in MeetingSeries.select(MeetingSeries.id, MeetingSeries.name).tuples():
        if sname.casefold() == wanted.casefold():
            return sid
    known = ", ".join(f"“{n}”" for (n,) in MeetingSeries.select(MeetingSeries.name)
                      .order_by(MeetingSeries.name).tuples()) or "belum ada"
    raise NotFound.of(
        QT_TRANSLATE_NOOP("domain", "Seri rapat “{wanted}” tidak ada. Seri yang ada: {known}."),
        wanted=wanted, known=known)


# --- series: carrying open items to the next meeting ---------------------------------------------------------

def _earlier_open_query(meeting: Meeting):
    earlier = (Meeting.starts_at < meeting.starts_at) | ((Meeting.starts_at == meeting.starts_at)
                                                         & (Meeting.id < meeting.id))
    return (FollowUp.select(FollowUp.id).join(Meeting, on=(FollowUp.meeting == Meeting.id))
            .where((Meeting.series == meeting.series_id) & earlier & (FollowUp.status == FOLLOWUP_OPEN)
                   & FollowUp.id.not_in(_carried_ids())))


def previous_open(meeting_id: int, today: date | None = None) -> list[FollowUpRow]:
    """Open items of the earlier meetings (by start) of this meeting's series that were not carried on yet;
    empty when the meeting belongs to no series."""
    meeting = meeting_service.get(meeting_id)
    if meeting.series_id is None:
        return []
    ids = _earlier_open_query(meeting)
    q = (_row_query().where(FollowUp.id.in_(ids))
         .order_by(Meeting.starts_at, FollowUp.position, FollowUp.id))
    return _rows(q, today or office_today(), carried=False)


def carry_over(meeting_id: int, ids: list[int] | None = None) -> list[FollowUp]:
    """Copy the open items of earlier meetings of the series (all of `previous_open`, or those of `ids`) into
    this meeting, with `carried_from` set. Items already carried are skipped: calling twice adds nothing."""
    meeting = meeting_service.get(meeting_id)
    if meeting.series_id is None:
        return []
    server = not isinstance(database.obj, peewee.SqliteDatabase)
    made = []
    with write_tx():
        candidates = _earlier_open_query(meeting)
        if ids is not None:
            candidates = candidates.where(FollowUp.id.in_([int(i) for i in ids] or [0]))
        chosen = FollowUp.select().where(FollowUp.id.in_(candidates))
        if server:
            # Two PCs carrying at once: the second waits here, then sees the first one's copies below.
            chosen = chosen.for_update()
        originals = list(chosen.join(Meeting, on=(FollowUp.meeting == Meeting.id))
                         .order_by(Meeting.starts_at, FollowUp.position, FollowUp.id))
        last = FollowUp.select(peewee.fn.MAX(FollowUp.position)).where(FollowUp.meeting == meeting.id).scalar()
        position = (last + 1) if last is not None else 0
        for orig in originals:
            if FollowUp.select().where(FollowUp.carried_from == orig.id).exists():
                continue  # carried meanwhile by another PC
            made.append(FollowUp.create(meeting=meeting.id, description=orig.description, person=orig.person_id,
                                        satker=orig.satker_id, due_date=orig.due_date, status=FOLLOWUP_OPEN,
                                        carried_from=orig.id, position=position))
            position += 1
        if made:
            audit.log("carry", "follow_up", None, meeting_id=meeting.id,
                      detail={"from": [f.carried_from_id for f in made], "to": [f.id for f in made]})
    return made
