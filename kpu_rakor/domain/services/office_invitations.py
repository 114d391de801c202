"""Offices invited as a whole: "Ketua KPU Kabupaten Blitar", "KPU Kabupaten/Kota se-Jawa Timur".

One row per office (an `OfficeInvitation`) with a position line; nobody is named. Whoever of that office is
present fills the row. Filling is computed when read, from the attendance rows of people whose satker is the
office, so a desk scan, a phone sign-in and a Zoom import all fill it alike and nothing is written at sign-in
(no race between desks).

Counting (the desk's tiles, the Kehadiran tab): an office row counts as one invitee, except when somebody of
that office is also invited by name; then the personal invitation already stands for the office and the row is
not counted again (so the Ketua invited both ways is one invitee, not two). Such a row still shows who filled it.
"""
from __future__ import annotations

from datetime import datetime

from dataclasses import dataclass, field

import peewee

from ..db import write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (LEVEL_KABKOTA, PRESENT_STATUSES, Attendance, Invitation, OfficeInvitation, Person,
                      Satker)
from . import audit
from . import meetings as meeting_service
from .directory_filter import kabkota_of, province_name


@dataclass
class OfficeLine:
    id: int
    satker_id: int
    satker_name: str
    position_line: str
    channel: str
    note: str
    province_id: int | None  # the parent province of a kab/kota office
    level: str
    filled_by: list[tuple[int, str]] = field(default_factory=list)  # (person id, name) of those present

    @property
    def text(self) -> str:
        """"Ketua KPU Kabupaten Blitar"; the office name alone when there is no position line."""
        return f"{self.position_line} {self.satker_name}".strip()


def clean_position_line(text: str | None) -> str:
    return " ".join((text or "").split())[:200]


def _check_satker(satker_ids: list[int]) -> None:
    known = {i for (i,) in Satker.select(Satker.id).where(Satker.id.in_(satker_ids)).tuples()}
    missing = [i for i in satker_ids if i not in known]
    if missing:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Satker nomor {sid} tidak ada di direktori."), "satker_id", sid=missing[0])


def invite(meeting_id: int, satker_ids: list[int], position_line: str = "", channel: str = "") -> int:
    """Invite offices; an office already invited keeps its row. Returns how many rows were added."""
    meeting_service.get(meeting_id)
    ids = list(dict.fromkeys(satker_ids))
    if not ids:
        return 0
    _check_satker(ids)
    line = clean_position_line(position_line)
    added = 0
    with write_tx():
        start = (OfficeInvitation.select(peewee.fn.MAX(OfficeInvitation.position))
                 .where(OfficeInvitation.meeting == meeting_id).scalar() or 0)
        for n, sid in enumerate(ids, start=start + 1):
            added += (OfficeInvitation.insert(meeting=meeting_id, satker=sid, position_line=line, channel=channel,
                                              position=n).on_conflict_ignore().as_rowcount().execute() or 0)
        audit.log("invite_office", "meeting", meeting_id, meeting_id=meeting_id,
                  detail={"added": added, "position_line": line})
    return added


def invite_province(meeting_id: int, province_id: int, position_line: str = "", channel: str = "") -> int:
    """"KPU Kabupaten/Kota se-Jawa Timur": one row for each kab/kota office of the province, in one go."""
    offices = kabkota_of(province_id)
    if not offices:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Satker nomor {sid} bukan provinsi atau tidak punya kabupaten/kota."),
            "province_id", sid=province_id)
    return invite(meeting_id, [s.id for s in offices], position_line, channel)


def remove(meeting_id: int, satker_ids: list[int]) -> int:
    with write_tx():
        n = OfficeInvitation.delete().where((OfficeInvitation.meeting == meeting_id)
                                            & OfficeInvitation.satker.in_(list(satker_ids) or [0])).execute()
        audit.log("uninvite_office", "meeting", meeting_id, meeting_id=meeting_id, detail={"removed": n})
    return n


def set_for_meeting(meeting_id: int, offices: list[tuple[int, str]]) -> None:
    """Make the office list exactly `offices` ((satker id, position line), in order), keeping each kept row's
    channel and note: what the meeting editor saves."""
    meeting_service.get(meeting_id)
    wanted = {}
    for sid, line in offices:
        wanted.setdefault(sid, clean_position_line(line))
    if wanted:
        _check_satker(list(wanted))
    with write_tx():
        existing = {r.satker_id: r for r in OfficeInvitation.select().where(OfficeInvitation.meeting == meeting_id)}
        gone = [sid for sid in existing if sid not in wanted]
        if gone:
            OfficeInvitation.delete().where((OfficeInvitation.meeting == meeting_id)
                                            & OfficeInvitation.satker.in_(gone)).execute()
        for n, (sid, line) in enumerate(wanted.items(), start=1):
            row = existing.get(sid)
            if row is None:
                OfficeInvitation.create(meeting=meeting_id, satker=sid, position_line=line, position=n)
            elif (row.position_line, row.position) != (line, n):
                row.position_line, row.position = line, n
                row.save()
        audit.log("set_offices", "meeting", meeting_id, meeting_id=meeting_id,
                  detail={"offices": len(wanted), "removed": len(gone)})


def lines(meeting_id: int, invited_by: datetime | None = None) -> list[OfficeLine]:
    """The offices invited, in their order, each with the people of that office who are present. With
    `invited_by` (UTC) only the offices invited by then (those a letter of that date names)."""
    where = OfficeInvitation.meeting == meeting_id
    if invited_by is not None:
        where &= OfficeInvitation.created_at < invited_by
    rows = list(OfficeInvitation.select(OfficeInvitation, Satker).join(Satker)
                .where(where)
                .order_by(OfficeInvitation.position, Satker.region_code, Satker.name))
    out = [OfficeLine(r.id, r.satker_id, r.satker.name, r.position_line, r.channel, r.note, r.satker.parent_id,
                      r.satker.level) for r in rows]
    fillers = present_by_office(meeting_id, [o.satker_id for o in out])
    for o in out:
        o.filled_by = fillers.get(o.satker_id, [])
    return out


def present_by_office(meeting_id: int, satker_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """satker id → (person id, name) of the people of that office present at the meeting, in sign-in order."""
    if not satker_ids:
        return {}
    q = (Attendance.select(Person.id, Person.name, Person.satker).join(Person, on=(Attendance.person == Person.id))
         .where((Attendance.meeting == meeting_id) & Attendance.status.in_(PRESENT_STATUSES)
                & Person.satker.in_(satker_ids)).order_by(Attendance.id).tuples())
    out: dict[int, list[tuple[int, str]]] = {}
    for pid, name, sid in q:
        out.setdefault(sid, []).append((pid, name))
    return out


def count_extra(meeting_id: int) -> tuple[int, int]:
    """What office rows add to the counts: (invited, still to come). See the module's note on counting."""
    sids = [s for (s,) in OfficeInvitation.select(OfficeInvitation.satker)
            .where(OfficeInvitation.meeting == meeting_id).tuples()]
    if not sids:
        return 0, 0
    covered = {s for (s,) in Person.select(Person.satker).join(Invitation, on=(Invitation.person == Person.id))
               .where((Invitation.meeting == meeting_id) & Person.satker.in_(sids)).tuples()}
    counted = [s for s in sids if s not in covered]
    filled = present_by_office(meeting_id, counted)
    return len(counted), sum(1 for s in counted if s not in filled)


def whole_province_line(satker_ids: list[int], position_line: str) -> str:
    """"Ketua KPU Kabupaten/Kota se-Jawa Timur" when `satker_ids` are exactly the kab/kota of one province
    (two or more); "" otherwise."""
    ids = set(satker_ids)
    if len(ids) < 2:
        return ""
    rows = list(Satker.select(Satker.id, Satker.name, Satker.level, Satker.parent).where(Satker.id.in_(list(ids))))
    parents = {s.parent_id for s in rows}
    if len(rows) != len(ids) or len(parents) != 1 or {s.level for s in rows} != {LEVEL_KABKOTA}:
        return ""
    province_id = parents.pop()
    if province_id is None or {s.id for s in kabkota_of(province_id)} != ids:
        return ""
    prefixes = {s.name.split(" ", 1)[0] for s in rows}  # KPU, or KIP in Aceh
    prefix = prefixes.pop() if len(prefixes) == 1 else "KPU"
    province = province_name(Satker.get_by_id(province_id))
    return f"{clean_position_line(position_line)} {prefix} Kabupaten/Kota se-{province}".strip()


def letter_lines(meeting_id: int, invited_by: datetime | None = None) -> list[str]:
    """The office rows as the undangan lists them (only those invited by `invited_by`, UTC, when given). When
    every kab/kota of a province is invited with the same position line, one line stands for them: "Ketua KPU
    Kabupaten/Kota se-Jawa Timur"."""
    offices = lines(meeting_id, invited_by)
    by_province: dict[int, list[OfficeLine]] = {}
    for o in offices:
        if o.level == LEVEL_KABKOTA and o.province_id is not None:
            by_province.setdefault(o.province_id, []).append(o)
    collapsed: dict[int, str] = {}
    for pid, group in by_province.items():
        positions = {o.position_line for o in group}
        if len(positions) == 1:
            line = whole_province_line([o.satker_id for o in group], positions.pop())
            if line:
                collapsed[pid] = line
    out, done = [], set()
    for o in offices:
        pid = o.province_id if o.level == LEVEL_KABKOTA else None
        if pid in collapsed:
            if pid not in done:
                out.append(collapsed[pid])
                done.add(pid)
            continue
        out.append(o.text)
    return out


def summary(meeting_id: int) -> tuple[int, int]:
    """(offices invited, offices filled so far): the line under the Kehadiran tab's counts."""
    sids = [s for (s,) in OfficeInvitation.select(OfficeInvitation.satker)
            .where(OfficeInvitation.meeting == meeting_id).tuples()]
    return len(sids), len(present_by_office(meeting_id, sids))


def invited_offices(meeting_id: int) -> set[int]:
    """The satker ids invited as a whole: the desk treats their people as invited."""
    return {s for (s,) in OfficeInvitation.select(OfficeInvitation.satker)
            .where(OfficeInvitation.meeting == meeting_id).tuples()}


def covers(meeting_id: int, satker_id: int | None) -> bool:
    """Whether a person of `satker_id` comes for an office invited to the meeting (no "not on the list" warning)."""
    return satker_id is not None and OfficeInvitation.select().where(
        (OfficeInvitation.meeting == meeting_id) & (OfficeInvitation.satker == satker_id)).exists()
