"""A Zoom participant report into a meeting's attendance, in two steps: `read_report` reads, merges and proposes
(nothing written), the user reviews and changes the proposals, `apply` records them through the check-in
service in one transaction.

Each attendee's Zoom intervals are kept on their attendance row, so importing the same report again changes
nothing and a second report of the same meeting (a second Zoom account, a report downloaded mid-meeting) adds
only the time it adds: minutes online are always the union of every interval seen.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
import logging
from pathlib import Path
from typing import Callable

import peewee

from .. import shared_settings
from ..db import lock_meeting, write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (ATT_HADIR, ATT_TERLAMBAT, CHANNEL_DARING, CHANNEL_LURING, METHOD_ZOOM, ROLE_PARTICIPANT,
                      Attendance, Invitation, Person, Satker, utcnow)
from ..names import name_key
from ..timefmt import ZONES, clock_zone, date_plain, to_local
from ..zoom.match import IGNORE, MATCH, NEW, Candidate, Proposal, propose
from ..zoom.merge import merge, union, union_minutes
from ..zoom.report_file import read_rows
from . import checkin, installation, people
from . import meetings as meeting_service
from . import satker as satker_service

log = logging.getLogger(__name__)

DEFAULT_MIN_MINUTES = 30  # less than half an hour of a rakor is worth a look before it counts as hadir
Progress = Callable[[int, str], None]  # (percent, what is happening)


@dataclass
class Review:
    meeting_id: int
    zone: str  # the zone the report's times were read in
    file_name: str
    rows: int  # participant rows in the file
    proposals: list[Proposal]
    names: dict[int, str] = field(default_factory=dict)  # person id -> name, for every proposable person
    warning: str = ""  # e.g. the report is of another day than the meeting

    def count(self, action: str) -> int:
        return sum(p.action == action for p in self.proposals)


@dataclass
class ApplyResult:
    checked_in: int = 0  # new attendance rows
    updated: int = 0  # rows that gained minutes from this report
    unchanged: int = 0  # everything in this report was already recorded
    in_hall: int = 0  # already checked in at the hall: left as it is
    new_guests: int = 0
    ignored: int = 0
    flagged: int = 0  # fewer minutes than the minimum: marked for review

    @property
    def message(self) -> str:
        parts = [f"{self.checked_in} orang tercatat hadir daring"]
        if self.updated:
            parts.append(f"{self.updated} diperbarui menitnya")
        if self.unchanged:
            parts.append(f"{self.unchanged} sudah tercatat sebelumnya")
        if self.in_hall:
            parts.append(f"{self.in_hall} sudah hadir di ruang rapat")
        if self.new_guests:
            parts.append(f"{self.new_guests} tamu baru")
        if self.ignored:
            parts.append(f"{self.ignored} diabaikan")
        text = ", ".join(parts) + "."
        if self.flagged:
            text += f" {self.flagged} orang kurang dari menit minimal dan ditandai untuk ditinjau."
        return text


def min_minutes() -> int:
    value = shared_settings.get(shared_settings.ZOOM_MIN_MINUTES)
    try:
        return int(value) if value is not None else DEFAULT_MIN_MINUTES
    except ValueError:
        return DEFAULT_MIN_MINUTES


def set_min_minutes(minutes: int) -> None:
    minutes = _check_minutes(minutes)
    with write_tx():
        shared_settings.put(shared_settings.ZOOM_MIN_MINUTES, str(minutes))


def _check_minutes(minutes) -> int:
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= 24 * 60:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Menit minimal harus bilangan bulat 0 sampai 1440."), "min_minutes")
    return minutes


def candidates(meeting) -> list[Candidate]:
    """Who a participant may be. When our office only attended, just our own satker's people: the other
    offices' people on the call are not ours to record."""
    q = (Person.select(Person.id, Person.name, Person.email, Person.satker, Satker.name.alias("satker_name"))
         .join(Satker, on=(Person.satker == Satker.id), join_type=peewee.JOIN.LEFT_OUTER)
         .where(Person.active == True))  # noqa: E712
    if meeting.our_role == ROLE_PARTICIPANT:
        office = installation.profile().satker_id
        q = q.where(Person.satker == office) if office else q.where(Person.id == -1)
    return [Candidate(r["id"], r["name"], r["email"] or "", r["satker"], r["satker_name"] or "")
            for r in q.dicts()]


def read_report(meeting_id: int, path: str | Path, zone: str | None = None,
                progress: Progress | None = None) -> Review:
    """Read, merge and match a report. Writes nothing. Raises UserError naming the line and column of what
    cannot be read."""
    step = progress or (lambda _pct, _text: None)
    m = meeting_service.get(meeting_id)
    zone = zone or m.timezone
    if zone not in ZONES:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Zona waktu {zone!r} tidak dikenal; pilih WIB, WITA atau WIT."),
            "zone", zone=zone)
    step(5, "Membaca berkas laporan…")
    rows = read_rows(path, zone, to_local(m.starts_at, m.timezone).date())
    step(45, f"Menggabungkan {len(rows)} baris…")
    participants = merge(rows)
    step(60, "Mencocokkan nama dengan direktori…")
    cands = candidates(m)
    proposals = propose(participants, cands)
    names = {c.person_id: c.name for c in cands}
    if m.our_role == ROLE_PARTICIPANT:
        for p in proposals:
            if p.action == NEW:
                p.action = IGNORE  # someone from another office: ours to record only if the user says so
    _known_from_earlier_imports(m.id, proposals, names)
    step(100, "Selesai.")
    return Review(meeting_id=m.id, zone=zone, file_name=Path(path).name, rows=len(rows), proposals=proposals,
                  names=names, warning=_day_warning(m, participants))


def _known_from_earlier_imports(meeting_id: int, proposals: list[Proposal], names: dict[int, str]) -> None:
    """A participant recorded by an earlier import of this meeting is that same person again, whatever the
    fuzzy match says now: the user's choice then (or a guest merged since) stands."""
    known: dict[str, int] = {}
    for pid, raw in (Attendance.select(Attendance.person, Attendance.zoom_keys)
                     .where((Attendance.meeting == meeting_id) & Attendance.zoom_keys.is_null(False)).tuples()):
        for key in stored_keys(raw):
            known[key] = pid
    if not known:
        return
    for p in proposals:
        pid = known.get(p.participant.key)
        if pid is not None:
            p.action, p.person_id, p.confidence = MATCH, pid, 100
            if pid not in names:
                person = Person.get_or_none(Person.id == pid)
                names[pid] = person.name if person else ""


def stored_keys(raw: str | None) -> list[str]:
    try:
        keys = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [k for k in keys if isinstance(k, str)] if isinstance(keys, list) else []


def _day_warning(m, participants) -> str:
    if not participants:
        return ""
    first = min(p.first_join for p in participants)
    if abs(first - m.starts_at) <= timedelta(hours=18):
        return ""
    return (f"Laporan ini dimulai {date_plain(to_local(first, m.timezone))}, sedangkan rapat ini "
            f"{date_plain(to_local(m.starts_at, m.timezone))}. Periksa apakah berkasnya benar.")


def stored_intervals(raw: str | None) -> list[tuple[datetime, datetime]]:
    if not raw:
        return []
    try:
        return [(datetime.fromisoformat(a), datetime.fromisoformat(b)) for a, b in json.loads(raw)]
    except (ValueError, TypeError):
        return []  # damaged: the report's own intervals still count


def dump_intervals(intervals) -> str:
    return json.dumps([[a.isoformat(), b.isoformat()] for a, b in intervals], separators=(",", ":"))


def _guest(meeting_id: int, proposal: Proposal) -> tuple[int, bool]:
    """The guest person for a participant nobody in the directory matches: the one made by an earlier import
    of this meeting when there is one (so a re-import adds nobody), else a new one. (person id, created)."""
    name = (proposal.guest_name or proposal.participant.names[0]).strip()[:300]
    key = name_key(name)
    q = (Person.select(Person.id).join(Invitation, on=(Invitation.person == Person.id))
         .where((Invitation.meeting == meeting_id) & (Person.is_guest == True)))  # noqa: E712
    email = proposal.participant.email
    earlier = q.where((Person.email == email) if email else (Person.name_key == key)).first()
    if earlier is not None:
        return earlier.id, False
    sat = satker_service.find_by_name(proposal.satker_hint) if proposal.satker_hint else None
    p = people.create(name=name or "Peserta Zoom", email=email, is_guest=True,
                      satker_id=sat.id if sat else None, institution="" if sat else proposal.satker_hint)
    meeting_service.invite(meeting_id, [p.id])
    return p.id, True


def apply(review: Review, min_minutes_: int | None = None) -> ApplyResult:
    """Record the reviewed proposals, all or nothing. `min_minutes_` defaults to the setting."""
    m = meeting_service.get(review.meeting_id)
    value = checkin.CheckinMeeting.of(m)
    minimum = min_minutes() if min_minutes_ is None else _check_minutes(min_minutes_)
    result = ApplyResult()
    with write_tx():
        lock_meeting(m.id)  # two PCs importing at once must not each count the other's minutes away
        for prop in review.proposals:
            if prop.action == IGNORE:
                result.ignored += 1
                continue
            if prop.action == MATCH:
                if prop.person_id is None or Person.get_or_none(Person.id == prop.person_id) is None:
                    raise ValidationError.of(
                        QT_TRANSLATE_NOOP("domain", "Peserta {name!r} dicocokkan dengan orang "
                                                    "yang tidak ada di direktori; pilih lagi."),
                        "person_id", name=prop.participant.names[0])
                person_id = prop.person_id
            elif prop.action == NEW:
                person_id, created = _guest(m.id, prop)
                result.new_guests += created
            else:
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP("domain", "Tindakan {prop.action!r} tidak dikenal."), "action", prop=prop)
            _record(value, person_id, prop.participant, minimum, result)
    log.info("laporan Zoom diimpor ke rapat %d: %d hadir daring, %d diperbarui, %d tetap, %d tamu baru, "
             "%d diabaikan, %d ditandai", m.id, result.checked_in, result.updated, result.unchanged,
             result.new_guests, result.ignored, result.flagged)
    return result


def short_note(minutes: int, minimum: int) -> str:
    return f"Hanya {minutes} menit di Zoom (minimal {minimum} menit): periksa." if minutes < minimum else ""


def _record(m: checkin.CheckinMeeting, person_id: int, participant, minimum: int, result: ApplyResult) -> None:
    row = Attendance.get_or_none((Attendance.meeting == m.id) & (Attendance.person == person_id))
    if row is not None and row.checked_in_at is not None and row.channel == CHANNEL_LURING:
        result.in_hall += 1  # signed in at the hall and watched Zoom too: the hall is the record
        return
    stored = stored_intervals(row.online_intervals) if row is not None else []
    merged = union(stored + list(participant.intervals))
    keys = sorted(set(stored_keys(row.zoom_keys) if row is not None else []) | {participant.key})
    minutes = union_minutes(merged)
    short = minutes < minimum
    changes = dict(online_intervals=dump_intervals(merged), online_minutes=minutes, needs_review=short,
                   note=short_note(minutes, minimum), zoom_keys=json.dumps(keys, ensure_ascii=False))
    if row is None or row.checked_in_at is None:
        checkin.check_in_person(m.id, person_id, method=METHOD_ZOOM, channel=CHANNEL_DARING, at=merged[0][0],
                                online_minutes=minutes, needs_review=short, note=changes["note"], meeting_value=m)
        result.checked_in += 1
    elif merged == union(stored) and keys == sorted(stored_keys(row.zoom_keys)):
        result.unchanged += 1
        result.flagged += bool(row.needs_review and short)
        return
    else:
        result.updated += 1
        if merged[0][0] < row.checked_in_at:
            # A second report saw them join earlier: the check-in time, and so the lateness, follow.
            late = checkin.lateness(m, merged[0][0])
            changes.update(checked_in_at=merged[0][0], minutes_late=late,
                           status=ATT_TERLAMBAT if late else ATT_HADIR)
    changes["updated_at"] = utcnow()
    (Attendance.update(**changes).where((Attendance.meeting == m.id) & (Attendance.person == person_id))
     .execute())
    result.flagged += short


def to_json(review: Review, applied: ApplyResult | None = None) -> dict:
    """What the CLI prints: the counts and one entry per merged participant."""
    zone = review.zone
    items = []
    for p in review.proposals:
        part = p.participant
        items.append({
            "names": part.names, "email": part.email,
            "first_join": clock_zone(part.first_join, zone), "last_leave": clock_zone(part.last_leave, zone),
            "first_join_utc": part.first_join.isoformat() + "Z", "last_leave_utc": part.last_leave.isoformat() + "Z",
            "minutes": part.minutes, "rows": part.rows, "action": p.action, "person_id": p.person_id,
            "person_name": review.names.get(p.person_id, "") if p.person_id else "",
            "confidence": p.confidence, "guest_name": p.guest_name if p.action == NEW else "",
            "satker_hint": p.satker_hint,
        })
    out = {"meeting_id": review.meeting_id, "file": review.file_name, "zone": zone, "rows": review.rows,
           "participants": len(review.proposals), "matched": review.count(MATCH), "new": review.count(NEW),
           "ignored": review.count(IGNORE), "list": items}
    if review.warning:
        out["warning"] = review.warning
    if applied is not None:
        out["applied"] = {"checked_in": applied.checked_in, "updated": applied.updated,
                          "unchanged": applied.unchanged, "in_hall": applied.in_hall,
                          "new_guests": applied.new_guests, "ignored": applied.ignored,
                          "flagged": applied.flagged, "message": applied.message}
    return out
