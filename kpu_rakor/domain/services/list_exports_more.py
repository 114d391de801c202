"""The office's lists for Excel that belong to no one meeting: the follow-ups (as the Tindak Lanjut page or a
meeting's Tindak lanjut tab shows them) and the directory (people, and the satker and institutions).

Like list_exports.py: a few set-wise queries, typed cells, an Informasi sheet.
"""
from __future__ import annotations

from datetime import date
from typing import Sequence

import peewee

from .. import labels
from ..models import Person, Satker
from ..names import fold
from ..tables import DATE, INT, TEXT, Column, Sheet, Workbook
from ..timefmt import long_date
from . import followups, meeting_header, people
from .followups import FollowUpRow
from .list_exports import made_line

# --- follow-ups --------------------------------------------------------------------------------------------

FOLLOWUP_COLUMNS = (
    Column("No", INT, 5), Column("Tindak lanjut"), Column("Penanggung jawab"), Column("Satker"),
    Column("Batas waktu", DATE, 12), Column("Status", TEXT, 10), Column("Terlambat (hari)", INT, 10),
    Column("Keterangan"), Column("Tanggal rapat", DATE, 12), Column("Rapat"), Column("Seri"))


def remark(r: FollowUpRow, today: date | None = None) -> str:
    """The Keterangan the screens show, in Indonesian: late, due today, carried from or to, how it was closed."""
    parts = []
    if r.overdue:
        parts.append(f"terlambat {r.days_late} hari")
    elif (r.status == "terbuka" and r.carried_to_date is None and r.due_date is not None and today is not None
          and r.due_date == today):
        parts.append("batas waktu hari ini")
    if r.carried_from_date:
        parts.append(f"dibawa dari rapat {long_date(r.carried_from_date)}")
    if r.carried_to_date:
        parts.append(f"dibawa ke rapat {long_date(r.carried_to_date)}")
    if r.closing_note:
        parts.append(" ".join(r.closing_note.split()))
    return " · ".join(parts)


def search_rows(rows: Sequence[FollowUpRow], search: str) -> list[FollowUpRow]:
    """The rows the Tindak Lanjut page keeps for a search: every word in the description, the person, the
    satker, the meeting or the series (titles, accents and case ignored)."""
    words = fold(search).split()
    if not words:
        return list(rows)
    out = []
    for r in rows:
        key = fold(" ".join((r.description, r.person_name, r.satker_name, r.meeting_title, r.series_name)))
        if all(w in key for w in words):
            out.append(r)
    return out


def followups_workbook(rows: Sequence[FollowUpRow] | None = None, *, meeting_id: int | None = None,
                       person_id: int | None = None, satker_id: int | None = None, series_id: int | None = None,
                       search: str = "", today: date | None = None, filters: Sequence[tuple[str, str]] = ()
                       ) -> Workbook:
    """The follow-ups as a list. `rows`: exactly the rows a screen shows (filtered and sorted there). Without
    them: a meeting's follow-ups (`meeting_id`, every status, as its tab) or the open items of every meeting
    (as the Tindak Lanjut page), filtered by person, satker, series and `search`. `filters`: (label, value)
    lines for the Informasi sheet, as the screen words its choices."""
    today = today or followups.office_today()
    info: list[tuple[str, str]] = []
    if rows is None:
        if meeting_id is not None:
            rows = followups.for_meeting(meeting_id, today)
        else:
            rows = followups.open_items(person_id=person_id, satker_id=satker_id, series_id=series_id,
                                        today=today)
        rows = search_rows(rows, search)
    if meeting_id is not None:
        h = meeting_header.read(meeting_id)
        title = f"Tindak lanjut - {h.title}"
        info += [("Rapat", h.title), ("Hari/Tanggal", h.day_date)]
        office = h.office
    else:
        title = "Tindak lanjut terbuka"
        office = meeting_header.office()
        if not filters:
            filters = _filter_lines(person_id, satker_id, series_id)
        if search.strip():
            filters = (*filters, ("Pencarian", search.strip()))
    info += list(filters)
    if office.name:
        info.append(("Kantor", office.name))
    info += [("Per tanggal", long_date(today)), ("Jumlah", f"{len(rows)} tindak lanjut"),
             made_line(office.timezone or None)]
    out = [[n, r.description, r.person_name, r.satker_name, r.due_date,
            labels.FOLLOW_UP.get(r.status, r.status), r.days_late if r.overdue else None, remark(r, today),
            r.meeting_date, r.meeting_title, r.series_name] for n, r in enumerate(rows, start=1)]
    return Workbook(title=title, sheets=(Sheet("Tindak lanjut", FOLLOWUP_COLUMNS, out),), info=tuple(info))


def _filter_lines(person_id, satker_id, series_id) -> tuple[tuple[str, str], ...]:
    from ..models import MeetingSeries

    lines = []
    if person_id is not None:
        lines.append(("Penanggung jawab", people.get(person_id).name))
    if satker_id is not None:
        s = Satker.get_or_none(Satker.id == satker_id)
        lines.append(("Satker", s.name if s else str(satker_id)))
    if series_id is not None:
        s = MeetingSeries.get_or_none(MeetingSeries.id == series_id)
        lines.append(("Seri rapat", s.name if s else str(series_id)))
    return tuple(lines)


# --- directory -----------------------------------------------------------------------------------------------

PEOPLE_COLUMNS = (Column("No", INT, 6), Column("Nama"), Column("NIP", TEXT, 20), Column("Jabatan"),
                  Column("Satker/Instansi"), Column("No. HP", TEXT, 16), Column("Email"), Column("Aktif", TEXT, 7))
SATKER_COLUMNS = (Column("No", INT, 5), Column("Nama"), Column("Nama singkat"), Column("Tingkat", TEXT, 14),
                  Column("Jenis", TEXT, 16), Column("Daerah"), Column("Kota"), Column("Zona", TEXT, 6),
                  Column("Situs web"), Column("Alamat"), Column("Jumlah orang", INT, 8))


def directory_workbook(search: str = "", *, satker_id: int | None = None, include_inactive: bool = False,
                       persons: Sequence[Person] | None = None, with_satker: bool = True,
                       level: str | None = None, province_id: int | None = None, kind: str | None = None
                       ) -> Workbook:
    """The people the Direktori lists for `search` (or exactly `persons`, as a screen holds them), and a second
    sheet with every satker and institution and how many people of the directory belong to it."""
    if persons is None:
        persons = people.listing(search, satker_id=satker_id, include_inactive=include_inactive,
                                 level=level or None, province_id=province_id or None, kind=kind or None)
    rows = [[n, p.name, p.nip or "", p.position, people.display_institution(p) or "", p.phone, p.email,
             "Ya" if p.active else "Tidak"] for n, p in enumerate(persons, start=1)]
    sheets = [Sheet("Orang", PEOPLE_COLUMNS, rows)]
    if with_satker:
        sheets.append(Sheet("Satker dan instansi", SATKER_COLUMNS, _satker_rows()))
    office = meeting_header.office()
    info = []
    if search.strip():
        info.append(("Pencarian", search.strip()))
    if satker_id is not None:
        s = Satker.get_or_none(Satker.id == satker_id)
        info.append(("Satker", s.name if s else str(satker_id)))
    if level:
        info.append(("Tingkat", labels.SATKER_LEVEL.get(level, level)))
    if province_id:
        province = Satker.get_or_none(Satker.id == province_id)
        info.append(("Provinsi", province.name if province else str(province_id)))
    if kind:
        info.append(("Jenis instansi", labels.SATKER_KIND.get(kind, kind)))
    if office.name:
        info.append(("Kantor", office.name))
    info += [("Jumlah", f"{len(rows)} orang"), made_line(office.timezone or None)]
    return Workbook(title="Direktori", sheets=tuple(sheets), info=tuple(info))


def _satker_rows() -> list[list]:
    counts = dict(Person.select(Person.satker, peewee.fn.COUNT(Person.id))
                  .where(Person.satker.is_null(False) & Person.deleted_at.is_null())
                  .group_by(Person.satker).tuples())
    q = Satker.select().order_by(Satker.builtin, Satker.level != "ri", Satker.level != "provinsi", Satker.name)
    return [[n, s.name, s.short_name, labels.SATKER_LEVEL.get(s.level, s.level),
             labels.SATKER_KIND.get(s.kind, s.kind), s.region_name, s.city, s.timezone, s.website,
             " ".join((s.address or "").split()), counts.get(s.id, 0)] for n, s in enumerate(q, start=1)]
