"""The meeting's attendance page: everyone recorded, whatever the channel, and the rows that need the Kasubag's
eye (a phone guest who matched nobody, too few minutes in Zoom) with the two ways to settle them: confirm the
row as it is, or merge a guest into the directory person they really are."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import peewee

from ..db import lock_meeting, write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import CHANNEL_DARING, Attendance, Invitation, Person, Satker
from ..zoom.merge import union, union_minutes
from ..timefmt import clock_zone
from .. import labels
from . import audit, zoom_import
from . import meetings as meeting_service

@dataclass(frozen=True)
class AttendanceLine:
    person_id: int
    name: str
    position: str
    institution: str
    is_guest: bool
    status: str  # codes: hadir, izin…; luring/daring; qr, manual, zoom, lan, import (labels: domain/labels.py)
    channel: str
    method: str
    time: str  # "09.03 WITA", "" when not checked in
    online_minutes: int | None
    needs_review: bool
    note: str
    signed: bool
    checked_in_at: datetime | None
    device: str = ""  # the phone's device-cookie id of a LAN sign-in
    device_people: int = 0  # how many people that phone signed in to this meeting
    desk: str = ""  # the desk that recorded it


def device_tag(device: str) -> str:
    """A short, readable name for a phone: enough to tell a room's phones apart, not the cookie itself."""
    return device[:4].upper() if device else ""


def proof(line: AttendanceLine) -> str:
    """How the presence was shown, in Indonesian: "HP (LAN), tanda tangan, perangkat 7KQ2" (the screens
    build the same from the codes, translatable)."""
    parts = [labels.METHOD.get(line.method, line.method)]
    if line.method == "lan":
        parts.append("tanda tangan" if line.signed else "tanpa tanda tangan")
        parts.append(f"perangkat {device_tag(line.device)}" if line.device else "tanpa cookie perangkat")
    elif line.signed:
        parts.append("tanda tangan")
    if line.desk:
        parts.append(line.desk)
    return ", ".join(parts)


def lines(meeting_id: int) -> list[AttendanceLine]:
    """Everyone with an attendance row: rows to review first, then by check-in time."""
    m = meeting_service.get(meeting_id)
    q = (Attendance.select(Attendance, Person.name.alias("p_name"), Person.position.alias("p_position"),
                           Person.institution.alias("p_institution"), Person.is_guest.alias("p_guest"),
                           Satker.name.alias("satker_name"))
         .join(Person, on=(Attendance.person == Person.id))
         .join(Satker, peewee.JOIN.LEFT_OUTER, on=(Person.satker == Satker.id))
         .where(Attendance.meeting == meeting_id)
         .order_by(Attendance.needs_review.desc(), Attendance.checked_in_at.is_null(), Attendance.checked_in_at,
                   Person.name_key)
         .objects())
    # One phone, several people: every row of that phone says so (its review mark is set by phone_signin).
    per_device: dict[str, int] = {}
    rows = list(q)
    for a in rows:
        if a.device:
            per_device[a.device] = per_device.get(a.device, 0) + 1
    out = []
    for a in rows:
        shared = per_device.get(a.device, 0) if a.device else 0
        note = a.note
        if shared > 1:
            note = " · ".join(n for n in (f"1 perangkat, {shared} orang", note) if n)
        out.append(AttendanceLine(
            person_id=a.person_id, name=a.p_name, position=a.p_position,
            institution=a.satker_name or a.p_institution or "", is_guest=bool(a.p_guest),
            status=a.status, channel=a.channel, method=a.method,
            time=clock_zone(a.checked_in_at, m.timezone) if a.checked_in_at else "",
            online_minutes=a.online_minutes, needs_review=bool(a.needs_review), note=note,
            signed=bool(a.signature), checked_in_at=a.checked_in_at, device=a.device or "",
            device_people=shared, desk=a.desk or ""))
    return out


def review_count(meeting_id: int) -> int:
    return (Attendance.select().where((Attendance.meeting == meeting_id)
                                      & (Attendance.needs_review == True)).count())  # noqa: E712


def _row(meeting_id: int, person_id: int) -> Attendance:
    row = Attendance.get_or_none((Attendance.meeting == meeting_id) & (Attendance.person == person_id))
    if row is None:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Orang ini tidak tercatat di presensi rapat ini."), "person_id")
    return row


def confirm(meeting_id: int, person_id: int) -> None:
    """Accept the row as it is. A confirmed guest becomes a directory person, found by the desk next time."""
    from ..models import utcnow
    with write_tx():
        row = _row(meeting_id, person_id)
        row.needs_review, row.note, row.updated_at = False, "", utcnow()
        row.save()
        Person.update(is_guest=False).where(Person.id == person_id).execute()
        audit.log("confirm", "attendance", row.id, meeting_id=meeting_id, personal_data=True,
                  detail={"person_id": person_id})


def fold_into(own: Attendance, other: Attendance) -> None:
    """One row from two: the earlier check-in (with its channel and method), the signature either has, the
    union of Zoom intervals and report keys; a review mark only if the minutes still fall short. Also used when
    two directory people are merged (people_merge)."""
    if own.checked_in_at is None or (other.checked_in_at and other.checked_in_at < own.checked_in_at):
        for f in ("checked_in_at", "minutes_late", "status", "channel", "method", "desk", "device"):
            setattr(own, f, getattr(other, f))
    own.signature = own.signature or other.signature
    intervals = union(zoom_import.stored_intervals(own.online_intervals)
                      + zoom_import.stored_intervals(other.online_intervals))
    keys = sorted(set(zoom_import.stored_keys(own.zoom_keys)) | set(zoom_import.stored_keys(other.zoom_keys)))
    own.zoom_keys = json.dumps(keys, ensure_ascii=False) if keys else None
    own.needs_review, own.note = False, ""
    if intervals:
        own.online_intervals = zoom_import.dump_intervals(intervals)
        own.online_minutes = union_minutes(intervals)
        if own.channel == CHANNEL_DARING:
            own.note = zoom_import.short_note(own.online_minutes, zoom_import.min_minutes())
            own.needs_review = bool(own.note)


def merge(meeting_id: int, guest_id: int, person_id: int) -> None:
    """The guest who signed in is really `person_id` from the directory: move the sign-in (time, signature,
    channel, minutes) onto that person, keeping whichever check-in came first, and drop the guest entry when
    nothing else refers to it."""
    from ..models import utcnow
    if guest_id == person_id:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Pilih orang lain dari direktori untuk digabungkan."), "person_id")
    target = Person.get_or_none(Person.id == person_id)
    if target is None:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Orang nomor {person_id} tidak ada di direktori."),
            "person_id", person_id=person_id)
    with write_tx():
        lock_meeting(meeting_id)
        guest_row = _row(meeting_id, guest_id)
        guest = Person.get(Person.id == guest_id)
        if not guest.is_guest:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Hanya tamu yang belum dikonfirmasi yang dapat digabungkan."), "person_id")
        own = Attendance.get_or_none((Attendance.meeting == meeting_id) & (Attendance.person == person_id))
        now = utcnow()
        if own is None:
            guest_row.person, guest_row.needs_review, guest_row.note = person_id, False, ""
            guest_row.updated_at = now
            guest_row.save()
        else:
            fold_into(own, guest_row)
            own.updated_at = now
            own.save()
            guest_row.delete_instance()
        if guest.email and not target.email:
            # The next Zoom report finds them by the address they used today.
            Person.update(email=guest.email).where(Person.id == person_id).execute()
        if not Invitation.select().where((Invitation.meeting == meeting_id)
                                         & (Invitation.person == person_id)).exists():
            Invitation.update(person=person_id).where((Invitation.meeting == meeting_id)
                                                      & (Invitation.person == guest_id)).execute()
        Invitation.delete().where((Invitation.meeting == meeting_id) & (Invitation.person == guest_id)).execute()
        if not Attendance.select().where(Attendance.person == guest_id).exists() and not \
                Invitation.select().where(Invitation.person == guest_id).exists():
            guest.delete_instance()
        audit.log("merge", "attendance", None, meeting_id=meeting_id, personal_data=True,
                  detail={"guest_id": guest_id, "guest_name": guest.name, "person_id": person_id})
