"""The office's recap (Rekap kehadiran): who was invited to and came to the meetings of a period, per person,
per satker, per month and per meeting, and how the follow-ups of those meetings stand.

What counts, precisely:

- **The meetings** are those whose start falls on a day from `date_from` to `date_to` (both inclusive) in the
  OFFICE's zone (`installation.office_zone()`), whatever zone the meeting itself is announced in, and that match
  the filter (our role, mode, kind, series). The period's bounds are turned into UTC instants once, so the
  database compares stored instants directly. The month of a meeting is taken in the office's zone too, so the
  month table always agrees with the period (a WIT meeting at 00.30 on 1 May is 30 April in a WIB office).
- **Invited** is one per invitation of such a meeting.
- **Present** is one per person with status *hadir* or *terlambat* at such a meeting (`presence.py`'s rule),
  walk-ins (present without an invitation) included; a walk-in is never counted as invited. The delegate of an
  older *diwakili* row that has no row of their own counts as a walk-in, as `presence.present_ids` does.
  `walk_ins` says how many of the present were not invited, and the rate is the share of invitations honoured:
  (present − walk-ins) / invited.
- **Late** is *terlambat* (also counted in present). **Excused** is *izin*, **sick** *sakit*, **duty** *dinas
  luar*, **delegated** *diwakili* (the invitee was represented: not present themselves).
- **Absent** is an invitation with no attendance row or with *tanpa keterangan*.
- **Per satker** goes through the person's satker; people without one are grouped under their free-text
  institution, or under "Tanpa satker". `meetings` there is the number of meetings at which at least one person
  of the group was present.
- **Per month / per meeting**: `meetings`, the modes, `hosted` (our role host) and `attended` (we were a
  participant); `late` is the number of late arrivals.
- **Follow-ups** are those of the period's meetings, one task once: an item carried on to a later meeting is
  counted at its copy (where it is tracked, if that meeting is in the period) and not at the original;
  cancelled items are left out. *Done* is status *selesai*; *open* is *terbuka*; *overdue* is open with a due
  date before today in the office's zone (`followups.office_today`, the rule of `followups.py`). Per person by
  the person responsible ("Tanpa penanggung jawab" when none), per satker by the item's satker, else the
  person's satker, else "Tanpa satker".
- Anonymised or deleted people still count; their rows show the placeholder name.

Everything is aggregated in SQL (a handful of GROUP BY queries, no model instances per row), so a year of a
busy office (10,000 meetings, 200,000 attendance rows) recaps in well under a second on SQLite and PostgreSQL.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from ..models.base import utcnow
from ..timefmt import ZONES, to_local
from . import installation

UNITS = ("month", "quarter", "year")
NO_SATKER = "Tanpa satker"
NO_PERSON = "Tanpa penanggung jawab"
BY = ("person", "satker", "month", "meeting", "followup-person", "followup-satker")


@dataclass(frozen=True)
class RecapFilter:
    date_from: date  # inclusive, the meeting's day in the OFFICE's zone
    date_to: date  # inclusive
    our_role: str | None = None  # "host" / "participant" (models.ROLE_HOST / ROLE_PARTICIPANT), None: all
    mode: str | None = None  # "luring" / "daring" / "hibrida", None: all
    kind: str | None = None  # the meeting's kind as typed ("rakor", …), None: all
    series_id: int | None = None


def period(unit: str, ref: date) -> tuple[date, date]:
    """The month, quarter or year containing `ref`, as (first day, last day)."""
    if unit == "month":
        first = ref.replace(day=1)
        return first, ref.replace(day=calendar.monthrange(ref.year, ref.month)[1])
    if unit == "quarter":
        start = 3 * ((ref.month - 1) // 3) + 1
        end = start + 2
        return date(ref.year, start, 1), date(ref.year, end, calendar.monthrange(ref.year, end)[1])
    if unit == "year":
        return date(ref.year, 1, 1), date(ref.year, 12, 31)
    raise ValueError(f"unknown period unit {unit!r} (month, quarter, year)")


@dataclass(frozen=True)
class Counts:
    """Attendance counts of a person, a satker, a month or a meeting (see the module's docstring)."""

    invited: int = 0
    present: int = 0  # hadir or terlambat, walk-ins included
    late: int = 0  # terlambat
    excused: int = 0  # izin
    sick: int = 0  # sakit
    duty: int = 0  # dinas luar
    delegated: int = 0  # diwakili
    absent: int = 0  # invited, and no row or tanpa keterangan
    walk_ins: int = 0  # of `present`, those who were not invited

    @property
    def rate(self) -> float | None:
        """The share of invitations honoured, 0..1: (present − walk-ins) / invited; None when nobody was invited."""
        if not self.invited:
            return None
        return (self.present - self.walk_ins) / self.invited

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(_tuple(self), _tuple(other))))


def _tuple(c: Counts) -> tuple[int, ...]:
    return (c.invited, c.present, c.late, c.excused, c.sick, c.duty, c.delegated, c.absent, c.walk_ins)


@dataclass(frozen=True)
class PersonRow:
    person_id: int
    name: str
    nip: str
    position: str
    satker: str  # the satker's name, else the free-text institution
    counts: Counts


@dataclass(frozen=True)
class SatkerRow:
    satker_id: int | None  # None: a free-text institution or "Tanpa satker"
    name: str
    level: str  # models LEVEL_* code; "" for a group without satker
    meetings: int  # meetings at which someone of the satker was present
    counts: Counts


@dataclass(frozen=True)
class MonthRow:
    year: int
    month: int
    meetings: int
    luring: int
    daring: int
    hibrida: int
    hosted: int  # our role host
    attended: int  # our role participant
    late: int  # late arrivals (terlambat)
    counts: Counts


@dataclass(frozen=True)
class MeetingRecapRow:
    meeting_id: int
    title: str
    starts_local: datetime  # naive, wall-clock time in `zone`
    zone: str  # the meeting's own zone
    mode: str
    kind: str
    our_role: str
    walk_ins: int
    counts: Counts


@dataclass(frozen=True)
class FollowupRow:
    key_id: int | None  # the person's or the satker's id; None for "Tanpa …" and free-text groups
    name: str
    open: int
    done: int
    overdue: int  # of `open`, those past their due date


@dataclass(frozen=True)
class Recap:
    filter: RecapFilter
    zone: str  # the office's zone the period is read in
    made_at: datetime  # naive, office wall-clock time
    people: tuple[PersonRow, ...]
    satkers: tuple[SatkerRow, ...]
    months: tuple[MonthRow, ...]
    meetings: tuple[MeetingRecapRow, ...]
    followups_by_person: tuple[FollowupRow, ...]
    followups_by_satker: tuple[FollowupRow, ...]
    series_name: str = ""  # the filter's series by name, for headings
    totals: Counts = field(default_factory=Counts)  # over all meetings of the recap


@dataclass(frozen=True)
class RecapChoices:
    """What the page's combo boxes offer: the kinds and the series that meetings in the database have."""

    kinds: tuple[str, ...]
    series: tuple[tuple[int, str], ...]


def bounds_utc(f: RecapFilter, zone: str) -> tuple[datetime, datetime]:
    """The period as naive UTC instants [start, end) for comparing with stored instants."""
    offset = timedelta(hours=ZONES.get(zone, 7))
    start = datetime.combine(f.date_from, datetime.min.time()) - offset
    end = datetime.combine(f.date_to + timedelta(days=1), datetime.min.time()) - offset
    return start, end


def build(f: RecapFilter, *, today: date | None = None, progress=None) -> Recap:
    """The recap of the meetings matching `f`. `today` (office zone) decides what is overdue; `progress` is
    called as `progress(done, total, text)` between the queries (it may raise `Cancelled`)."""
    from . import followups
    from .recap_queries import series_name, tables

    zone = installation.office_zone()
    today = today or followups.office_today(zone)

    def step(n: int, text: str) -> None:
        if progress is not None:
            progress(n, 4, text)

    step(0, "Rapat")
    meetings, months, people, satkers, by_person, by_satker = tables(f, zone, today, step)
    totals = Counts(*(sum(col) for col in zip(*(_tuple(m.counts) for m in months)))) if months else Counts()
    made = to_local(utcnow(), zone).replace(tzinfo=None)
    result = Recap(filter=f, zone=zone, made_at=made, people=people, satkers=satkers, months=months,
                   meetings=meetings, followups_by_person=by_person, followups_by_satker=by_satker,
                   series_name=series_name(f.series_id), totals=totals)
    step(4, "Selesai")
    return result


def filter_choices() -> RecapChoices:
    """The kinds and series present in the database, for the page's combo boxes."""
    from .recap_queries import choices

    return choices()


def workbook(r: Recap):
    """The recap as a `domain.tables.Workbook`: sheets Per orang, Per satker, Per bulan, Per rapat, Tindak
    lanjut per orang, Tindak lanjut per satker; the Informasi sheet says the period, the filters, the office
    and when it was made."""
    from .recap_output import workbook as make

    return make(r)


def write(r: Recap, path, fmt: str | None = None, *, by: str = "person") -> Path:
    """Write the recap to `path` as xlsx (every sheet), csv (the sheet of `by`) or pdf (on the letterhead);
    the format is `fmt`, else the file's suffix."""
    from .recap_output import write as write_out

    return write_out(r, path, fmt, by=by)
