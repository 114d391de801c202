"""A meeting the office only attended: our people marked present, luring or daring, in one step.

The host's Zoom report is not ours to download, so the office records its own people by hand, at the
meeting's own start (not the time of the click): the attendance then reads as it happened. Rows are inserted
with ON CONFLICT DO NOTHING on (meeting, person), as check-in does, so marking twice changes nothing and a row
that says more (a scan, a Zoom report, izin with a reason) is kept as it is."""
from __future__ import annotations

from dataclasses import dataclass

import peewee

from ..db import lock_meeting, write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (ATT_HADIR, ATT_TANPA_KETERANGAN, CHANNEL_DARING, CHANNEL_LURING, METHOD_MANUAL,
                      ROLE_PARTICIPANT, Attendance, Invitation, MeetingRole, OfficeProfile, Person, Satker, utcnow)
from . import audit
from . import meetings as meeting_service
from .people import display_institution

CHANNELS = (CHANNEL_LURING, CHANNEL_DARING)


@dataclass(frozen=True)
class OurPerson:
    """One of our people for the dialog: `invited` ones are proposed; `status` is their row's, "" for none."""
    id: int
    name: str
    position: str
    institution: str
    invited: bool
    has_role: bool
    status: str


@dataclass(frozen=True)
class MarkResult:
    added: int  # rows written now
    kept: int  # people who already had a row that says at least as much


def our_people(meeting_id: int) -> list[OurPerson]:
    """The office profile's satker's people, and everyone invited to or with a role in the meeting, in the
    official order (rank, then name)."""
    meeting_service.get(meeting_id)
    invited = {p for (p,) in Invitation.select(Invitation.person).where(Invitation.meeting == meeting_id).tuples()}
    with_role = {p for (p,) in MeetingRole.select(MeetingRole.person)
                 .where(MeetingRole.meeting == meeting_id).tuples()}
    office = OfficeProfile.select(OfficeProfile.satker).first()
    ours = Person.satker == office.satker_id if office and office.satker_id else None
    wanted = Person.id.in_(list(invited | with_role) or [0])
    where = wanted | ours if ours is not None else wanted
    status = dict(Attendance.select(Attendance.person, Attendance.status)
                  .where(Attendance.meeting == meeting_id).tuples())
    q = (Person.select(Person, Satker).join(Satker, peewee.JOIN.LEFT_OUTER)
         .where(where & (Person.active == True) & Person.deleted_at.is_null())  # noqa: E712
         .order_by(Person.position_rank, Person.name_key, Person.id))
    return [OurPerson(p.id, p.name, p.position, display_institution(p), p.id in invited, p.id in with_role,
                      status.get(p.id, "")) for p in q]


def note_for(who: str) -> str:
    return f"Ditandai hadir sesuai jadwal rapat, dicatat oleh {who}"[:300]


def mark_present(meeting_id: int, person_ids: list[int], channel: str, who: str) -> MarkResult:
    """Record `person_ids` present by `channel` at the meeting's start, method manual, `who` (the desk or PC
    name, as manual check-ins record it) in the desk and the note. Only for a meeting the office attended."""
    m = meeting_service.get(meeting_id)
    if m.our_role != ROLE_PARTICIPANT:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Tandai kehadiran sekaligus hanya untuk rapat yang kantor ini hadiri "
                                        "sebagai peserta; kehadiran rapat sendiri dicatat di meja presensi."),
            "our_role")
    if channel not in CHANNELS:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Saluran kehadiran {channel!r} tidak dikenal; pilih luring atau daring."),
            "channel", channel=channel)
    ids = list(dict.fromkeys(int(p) for p in person_ids))
    if not ids:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Belum ada orang yang dipilih."), "person_id")
    known = {p for (p,) in Person.select(Person.id).where(Person.id.in_(ids)).tuples()}
    missing = [p for p in ids if p not in known]
    if missing:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Orang nomor {person_id} tidak ada di direktori."),
            "person_id", person_id=missing[0])
    who = " ".join((who or "").split())[:60]
    note, now = note_for(who), utcnow()
    rows = [dict(meeting=m.id, person=pid, status=ATT_HADIR, channel=channel, method=METHOD_MANUAL,
                 checked_in_at=m.starts_at, desk=who, minutes_late=0, note=note, recorded_at=now, updated_at=now)
            for pid in ids]
    with write_tx():
        lock_meeting(m.id)
        added = 0
        for row in rows:  # one by one: rowcount says which were new on both engines
            added += Attendance.insert(**row).on_conflict_ignore().as_rowcount().execute() or 0
        # "Tanpa keterangan" set by hand says less than "we were there": that one row is replaced. Izin, sakit,
        # dinas luar and diwakili carry a reason someone gave, and any check-in its own time: those stay.
        added += (Attendance.update(status=ATT_HADIR, channel=channel, method=METHOD_MANUAL,
                                    checked_in_at=m.starts_at, desk=who, minutes_late=0, note=note, updated_at=now)
                  .where((Attendance.meeting == m.id) & Attendance.person.in_(ids)
                         & (Attendance.status == ATT_TANPA_KETERANGAN) & Attendance.checked_in_at.is_null())
                  .execute())
        audit.log("mark_present", "attendance", None, meeting_id=m.id, personal_data=True,
                  detail={"people": ids, "channel": channel, "added": added, "by": who})
    return MarkResult(added=added, kept=len(ids) - added)

