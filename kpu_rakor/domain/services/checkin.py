"""Check-in: the one path to an attendance row, for scanners, webcams, phones, Zoom reports and the CLI.

The database's unique (meeting, person) index is the guard: an insert that loses a race is ignored, so two
desks scanning the same person at the same instant still leave one row, and a repeat scan only reports
the first one. A scan never undoes or toggles anything.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

import peewee

from .. import certificate_codes
from ..codes import KIND_INVITATION, KIND_MEETING, KIND_PERSON, CodeError, parse_code
from ..db import database, write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (ATT_DIWAKILI, ATT_HADIR, ATT_TERLAMBAT, ATTENDANCE_STATUSES, CHANNEL_LURING, METHOD_MANUAL,
                      METHOD_QR, PRESENT_STATUSES, Attendance, Invitation, Meeting, OfficeProfile, Person, Satker,
                      utcnow)
from ..timefmt import clock_zone
from . import audit, installation, meeting_hours, office_invitations
from . import meetings as meeting_service
from .meeting_status import ends_by
from .people import display_institution

CHECKED_IN, ALREADY, REJECTED = "checked_in", "already_checked_in", "rejected"
OUTSIDE = "outside_hours"  # not recorded: the desk asks first (see meeting_hours)

# What a check-in outside the meeting's hours does (meeting_hours.outside): IGNORE records it as any other
# (imports, attendance copied in afterwards); ASK records nothing and answers OUTSIDE (a desk, which asks the
# person at the table); NOTE records it with a note saying so (the CLI, a desk after "catat tetap");
# REVIEW records it with the note and marks it for review (a phone sign-in).
HOURS_IGNORE, HOURS_ASK, HOURS_NOTE, HOURS_REVIEW = "ignore", "ask", "note", "review"
CERTIFICATE = "certificate"  # a sertifikat's QR was scanned: its verdict is shown, nothing is recorded

REASON_GARBAGE, REASON_FORGED, REASON_UNKNOWN, REASON_OTHER_MEETING, REASON_MEETING_CODE = (
    "garbage", "forged", "unknown", "other_meeting", "meeting_code")

REASON_TEXT = {
    REASON_GARBAGE: "Bukan kode KPU Rakor. Coba pindai lagi atau cari nama peserta.",
    REASON_FORGED: "Kode tidak sah: tanda tangan kode tidak cocok.",
    REASON_UNKNOWN: "Tidak terdaftar: kode ini tidak dikenal di direktori.",
    REASON_OTHER_MEETING: "Bukan untuk rapat ini: kode ini milik rapat lain.",
    REASON_MEETING_CODE: "Ini kode rapat, bukan kode peserta.",
}


@dataclass
class CheckinResult:
    result: str
    meeting_id: int
    reason: str | None = None
    message: str = ""
    person_id: int | None = None
    name: str = ""
    position: str = ""
    satker: str = ""
    status: str | None = None
    checked_in_at: datetime | None = None  # UTC
    time: str = ""  # "08.47 WIB", in the meeting's zone
    desk: str = ""
    minutes_late: int = 0
    invited: bool = True
    outside: str = ""  # meeting_hours.BEFORE or AFTER when outside the meeting's hours, else ""
    outside_time: str = ""  # the start or end it missed, "12.00 WIB"
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        d = asdict(self)
        d["checked_in_at"] = (self.checked_in_at.isoformat() + "Z") if self.checked_in_at else None
        d.update(d.pop("extra"))
        if self.outside:
            d["outside_hours"] = d.pop("outside")
        else:
            d.pop("outside")
            d.pop("outside_time")
        if self.result == REJECTED:
            for k in ("person_id", "name", "position", "satker", "status", "checked_in_at", "time", "desk",
                      "minutes_late", "invited"):
                d.pop(k, None)
        elif self.result != CERTIFICATE:  # a certificate's reason is its verdict (valid, forged …)
            d.pop("reason", None)
        return d


@dataclass(frozen=True)
class CheckinMeeting:
    """What a check-in needs of its meeting, as a value: no live peewee row is handed around.

    A desk builds one with `meeting_for_checkin` when its meeting is chosen (and again when the meeting may
    have been edited) and passes it with each scan, saving a query per scan. `late_threshold_minutes` is the
    meeting's own (None: the office's, looked up when needed, as before)."""
    id: int
    code_id: str
    title: str
    starts_at: datetime  # UTC
    ends_at: datetime | None  # UTC; None: "s.d. selesai"
    timezone: str
    late_threshold_minutes: int | None

    @classmethod
    def of(cls, m: Meeting) -> CheckinMeeting:
        """The value of a Meeting row a caller has already read (no query)."""
        return cls(id=m.id, code_id=m.code_id, title=m.title, starts_at=m.starts_at, ends_at=m.ends_at,
                   timezone=m.timezone, late_threshold_minutes=m.late_threshold_minutes)


def meeting_for_checkin(meeting_id: int) -> CheckinMeeting:
    """The check-in value of a meeting, in one query; NotFoundError (as meetings.get) when there is none."""
    return CheckinMeeting.of(meeting_service.get(meeting_id))


def late_threshold(meeting: CheckinMeeting) -> int:
    """Minutes after the start from which an arrival counts as late: the meeting's own, else the office's."""
    if meeting.late_threshold_minutes is not None:
        return meeting.late_threshold_minutes
    p = OfficeProfile.select(OfficeProfile.late_threshold_minutes).first()
    return p.late_threshold_minutes if p else 15


def lateness(meeting: CheckinMeeting, at: datetime) -> int:
    """Minutes late, 0 when within the threshold after the start. A check-in after the meeting is over
    (past its end, or 12 hours after a start "s.d. selesai") is attendance copied in afterwards, say from
    a paper list, not a late arrival."""
    minutes = int((at - meeting.starts_at).total_seconds() // 60)
    if minutes <= 0:
        return 0  # early arrivals never need the threshold (one query fewer per scan)
    if at > ends_by(meeting.starts_at, meeting.ends_at):  # the same "over" as the desk's hours and the list
        return 0
    return minutes if minutes > late_threshold(meeting) else 0


def _certificate(meeting_id: int, raw: str) -> CheckinResult:
    """A certificate's code at the desk: say whether it is genuine and whose it is, and record nothing (a
    certificate is proof of a past attendance, never a ticket in)."""
    from . import certificates

    v = certificates.verify(raw)
    return CheckinResult(CERTIFICATE, meeting_id, reason=v.status, message=v.sentence, person_id=None,
                         name=v.name, position=v.role, extra={"title": v.title, "day_date": v.day_date})


def _reject(meeting_id: int, reason: str) -> CheckinResult:
    return CheckinResult(REJECTED, meeting_id, reason=reason, message=REASON_TEXT[reason])


def resolve_code(meeting: CheckinMeeting, raw: str) -> tuple[Person | None, bool, str | None]:
    """The person a code stands for at this meeting: (person, invited, reject_reason)."""
    try:
        parsed = parse_code(installation.secret(), raw)
    except CodeError as exc:
        return None, False, exc.reason
    if parsed.kind == KIND_MEETING:
        if parsed.code_id == meeting.code_id:
            return None, False, REASON_MEETING_CODE
        exists = Meeting.select().where(Meeting.code_id == parsed.code_id).exists()
        return None, False, REASON_OTHER_MEETING if exists else REASON_UNKNOWN
    if parsed.kind == KIND_INVITATION:
        found = _invitation(parsed.code_id)
        if found is None:
            return None, False, REASON_UNKNOWN
        meeting_id, person = found
        if meeting_id != meeting.id:
            return None, False, REASON_OTHER_MEETING
        if not person.active:
            return None, False, REASON_UNKNOWN  # removed from the directory: same answer as a person code
        return person, True, None
    assert parsed.kind == KIND_PERSON
    person = (Person.select(Person, Satker).join(Satker, peewee.JOIN.LEFT_OUTER)
              .where((Person.code_id == parsed.code_id) & (Person.active == True)).first())  # noqa: E712
    if person is None:
        return None, False, REASON_UNKNOWN
    invited = Invitation.select().where((Invitation.meeting == meeting.id)
                                        & (Invitation.person == person.id)).exists()
    invited = invited or office_invitations.covers(meeting.id, person.satker_id)  # their office is invited
    return person, invited, None


# The scan path's two statements are written out instead of built by peewee per scan: building them cost
# about as much as running them, and a desk has a 10 ms budget from scan to screen.
_INVITATION_SQL = (
    "SELECT i.meeting_id, p.id, p.name, p.position, p.institution, p.active, p.satker_id, s.name "
    "FROM invitation AS i JOIN person AS p ON p.id = i.person_id "
    "LEFT JOIN satker AS s ON s.id = p.satker_id WHERE i.code_id = {p}")
_INSERT_SQL = (
    "INSERT INTO attendance (meeting_id, person_id, status, channel, method, checked_in_at, desk, minutes_late, "
    "online_minutes, note, signature, needs_review, recorded_at, updated_at) "
    "VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT DO NOTHING")


def _sql(template: str) -> str:
    return template.format(p=database.obj.param)  # ? for SQLite, %s for PostgreSQL


def _invitation(code_id: str) -> tuple[int, Person] | None:
    """(meeting id, person with satker) of an invitation code, in one statement."""
    row = database.obj.execute_sql(_sql(_INVITATION_SQL), (code_id,)).fetchone()
    if row is None:
        return None
    meeting_id, pid, name, position, institution, active, satker_id, satker_name = row
    person = Person(id=pid, name=name, position=position, institution=institution, active=bool(active))
    if satker_id is not None:
        person.satker = Satker(id=satker_id, name=satker_name)
    return meeting_id, person


def _meeting(meeting_id: int, meeting_value: CheckinMeeting | None) -> CheckinMeeting:
    if meeting_value is None:
        return meeting_for_checkin(meeting_id)
    if meeting_value.id != meeting_id:
        raise ValueError(f"meeting_value is meeting {meeting_value.id}, not {meeting_id}")
    return meeting_value


def check_in_code(meeting_id: int, raw: str, desk: str = "", *, at: datetime | None = None,
                  meeting_value: CheckinMeeting | None = None, outside_hours: str = HOURS_IGNORE) -> CheckinResult:
    """Scan a code at a desk. Returns only after the attendance row is committed.

    Every caller names the meeting by its id; a desk, which scans into one meeting many times, also passes
    the `CheckinMeeting` it holds as `meeting_value`, saving a query per scan. The id stays the argument (rather
    than the value alone) so the CLI, imports, tests and one-off callers need not build a value first, and one
    signature serves both; a value for another meeting than `meeting_id` is a programming error (ValueError).
    `outside_hours` (HOURS_*) says what a scan outside the meeting's hours does."""
    meeting = _meeting(meeting_id, meeting_value)
    if certificate_codes.looks_like(raw):
        return _certificate(meeting.id, raw)
    desk = _desk(desk)
    person, invited, reason = resolve_code(meeting, raw)
    if reason:
        return _reject(meeting.id, reason)
    return _check_in(meeting, person, desk=desk, method=METHOD_QR, channel=CHANNEL_LURING, invited=invited, at=at,
                     outside_hours=outside_hours)


def check_in_person(meeting_id: int, person_id: int, *, desk: str = "", method: str = METHOD_MANUAL,
                    channel: str = CHANNEL_LURING, invited: bool | None = None, at: datetime | None = None,
                    online_minutes: int | None = None, signature: str | None = None,
                    needs_review: bool = False, note: str = "",
                    meeting_value: CheckinMeeting | None = None, outside_hours: str = HOURS_IGNORE) -> CheckinResult:
    """Record that a person (by id) is here. Idempotent: a second call reports the first check-in.
    `needs_review` and `note` mark a row for the Kasubag to look at (a phone guest, too few Zoom minutes).
    `meeting_value` and `outside_hours` as for `check_in_code`."""
    meeting = _meeting(meeting_id, meeting_value)
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        return _reject(meeting.id, REASON_UNKNOWN)
    return _check_in(meeting, person, desk=desk, method=method, channel=channel, invited=invited, at=at,
                     online_minutes=online_minutes, signature=signature, needs_review=needs_review, note=note,
                     outside_hours=outside_hours)


def _check_in(meeting: CheckinMeeting, person: Person, *, desk: str, method: str, channel: str,
              invited: bool | None, at: datetime | None, online_minutes: int | None = None,
              signature: str | None = None, needs_review: bool = False, note: str = "",
              outside_hours: str = HOURS_IGNORE) -> CheckinResult:
    """The insert behind both check-ins, for a person already read (a scan reads them with their satker)."""
    if invited is None:
        invited = Invitation.select().where((Invitation.meeting == meeting.id)
                                            & (Invitation.person == person.id)).exists()
        invited = invited or office_invitations.covers(meeting.id, person.satker_id)  # their office is invited
    now = at or utcnow()
    out = None if outside_hours == HOURS_IGNORE else meeting_hours.outside(meeting, now)
    if out is not None:
        if outside_hours == HOURS_ASK:
            asked = _ask_outside(meeting, person, out, invited)
            if asked is not None:
                return asked
            # Already recorded: the repeat scan is answered as usual below (the insert changes nothing).
        note = " · ".join(n for n in (note, out.note) if n)
        needs_review = needs_review or outside_hours == HOURS_REVIEW
    late = lateness(meeting, now)
    status = ATT_TERLAMBAT if late else ATT_HADIR
    stamp = Attendance.checked_in_at.db_value(now)
    with write_tx():
        # ON CONFLICT DO NOTHING on the unique (meeting, person) index: the race guard on both engines.
        inserted = database.obj.execute_sql(_sql(_INSERT_SQL), (
            meeting.id, person.id, status, channel, method, stamp, desk, late, online_minutes, note[:300], signature,
            bool(needs_review), stamp, stamp)).rowcount
        if not inserted:
            # A row set by hand (izin, sakit…) without a check-in time: the person came after all.
            # What this check-in brings replaces the absence: its signature, minutes and review mark.
            inserted = (Attendance.update(status=status, channel=channel, method=method, checked_in_at=now,
                                          desk=desk, minutes_late=late, updated_at=now, note=note[:300],
                                          needs_review=bool(needs_review), online_minutes=online_minutes,
                                          signature=signature if signature else Attendance.signature)
                        .where((Attendance.meeting == meeting.id) & (Attendance.person == person.id)
                               & Attendance.checked_in_at.is_null())
                        .execute())
    if inserted:
        row = Attendance(status=status, checked_in_at=now, desk=desk, minutes_late=late)
    else:
        row = Attendance.get((Attendance.meeting == meeting.id) & (Attendance.person == person.id))
    result = CHECKED_IN if inserted else ALREADY
    if result == ALREADY:
        out = None  # the first check-in is what is reported, not this one's hours
    return CheckinResult(
        result, meeting.id, person_id=person.id, name=person.name, position=person.position,
        satker=display_institution(person), status=row.status, checked_in_at=row.checked_in_at,
        time=clock_zone(row.checked_in_at, meeting.timezone) if row.checked_in_at else "",
        desk=row.desk, minutes_late=row.minutes_late, invited=invited,
        message=_message(result, row, meeting, out),
        outside=out.when if out else "", outside_time=out.time if out else "",
    )


def _ask_outside(meeting: CheckinMeeting, person: Person, out: meeting_hours.Outside,
                 invited: bool) -> CheckinResult | None:
    """The OUTSIDE answer for a desk that asks first, or None when the person is already recorded (a check-in
    time, or a status set by hand that a check-in would replace still asks)."""
    if Attendance.select().where((Attendance.meeting == meeting.id) & (Attendance.person == person.id)
                                 & Attendance.checked_in_at.is_null(False)).exists():
        return None
    return CheckinResult(OUTSIDE, meeting.id, person_id=person.id, name=person.name, position=person.position,
                         satker=display_institution(person), invited=invited, outside=out.when,
                         outside_time=out.time, message=_outside_message(out))


def _outside_message(out: meeting_hours.Outside) -> str:
    if out.when == meeting_hours.AFTER:
        return f"Rapat sudah selesai pukul {out.time}."
    return f"Rapat baru mulai pukul {out.time}."


def _desk(desk: str) -> str:
    desk = " ".join((desk or "").split())
    if len(desk) > 60:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Nama meja terlalu panjang (paling banyak 60 huruf)."), "desk")
    return desk


def _message(result: str, row: Attendance, meeting: CheckinMeeting, out=None) -> str:
    if result == CHECKED_IN:
        if out is not None:
            return f"Tercatat hadir di luar jam rapat. {_outside_message(out)}"
        if row.minutes_late:
            return f"Tercatat hadir (terlambat {row.minutes_late} menit)."
        return "Tercatat hadir."
    where = f" di {row.desk}" if row.desk else ""
    when = f" pukul {clock_zone(row.checked_in_at, meeting.timezone)}" if row.checked_in_at else ""
    return f"Sudah hadir{when}{where}."


def set_status(meeting_id: int, person_id: int, status: str, *, note: str = "",
               delegate_id: int | None = None, desk: str = "") -> Attendance:
    """Set a status by hand (izin, sakit, dinas luar, diwakili…). `diwakili` checks the delegate in."""
    meeting = meeting_service.get(meeting_id)
    if status not in ATTENDANCE_STATUSES:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Status kehadiran {status!r} tidak dikenal; pilih salah satu: "
                                        "{options}."),
            "status", status=status, options=', '.join(ATTENDANCE_STATUSES))
    if Person.get_or_none(Person.id == person_id) is None:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Orang nomor {person_id} tidak ada di direktori."),
            "person_id", person_id=person_id)
    note = " ".join((note or "").split())
    if len(note) > 300:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Keterangan terlalu panjang (paling banyak 300 huruf)."), "note")
    desk = _desk(desk)
    if delegate_id is not None and status != ATT_DIWAKILI:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Wakil hanya diisi untuk status diwakili."), "delegate")
    if status == ATT_DIWAKILI:
        if delegate_id is None:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Status diwakili perlu orang yang mewakili (--delegate)."), "delegate")
        if delegate_id == person_id:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Seseorang tidak dapat mewakili dirinya sendiri."), "delegate")
        if Person.get_or_none(Person.id == delegate_id) is None:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Wakil nomor {delegate_id} tidak ada di direktori."),
                "delegate", delegate_id=delegate_id)
    now = utcnow()
    with write_tx():
        Attendance.insert(meeting=meeting.id, person=person_id, status=status, method=METHOD_MANUAL,
                          checked_in_at=now if status in PRESENT_STATUSES else None, desk=desk, note=note,
                          delegate=delegate_id, recorded_at=now, updated_at=now).on_conflict_ignore().execute()
        row = Attendance.get((Attendance.meeting == meeting.id) & (Attendance.person == person_id))
        before = {"status": row.status, "checked_in_at": row.checked_in_at, "desk": row.desk}
        row.status, row.note, row.delegate, row.updated_at = status, note, delegate_id, now
        if status in PRESENT_STATUSES:
            row.checked_in_at = row.checked_in_at or now
        else:
            # Absent by hand (izin, sakit, diwakili…) means not checked in: the row must not say both.
            # A later scan checks the person in again, as they are then really here.
            row.checked_in_at, row.minutes_late = None, 0
        row.save()
        audit.log("set_status", "attendance", row.id, meeting_id=meeting.id, personal_data=True,
                  detail={"person_id": person_id, "before": before, "to": status, "note": note})
    if status == ATT_DIWAKILI:
        check_in_person(meeting.id, delegate_id, desk=desk, method=METHOD_MANUAL,
                        meeting_value=CheckinMeeting.of(meeting))
    return row


def undo(meeting_id: int, person_id: int, reason: str) -> None:
    """Remove a mistaken manual check-in. Needs a reason; the audit log keeps what was removed."""
    if not (reason or "").strip():
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Alasan pembatalan wajib diisi."), "reason")
    with write_tx():
        row = Attendance.get_or_none((Attendance.meeting == meeting_id) & (Attendance.person == person_id))
        if row is None:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Orang ini belum tercatat hadir di rapat ini."), "person_id")
        audit.log("undo", "attendance", row.id, meeting_id=meeting_id, personal_data=True,
                  detail={"person_id": person_id, "status": row.status, "desk": row.desk,
                          "checked_in_at": row.checked_in_at, "reason": reason.strip()})
        row.delete_instance()


@dataclass
class Counts:
    invited: int
    hadir: int
    terlambat: int
    izin: int
    sakit: int
    dinas_luar: int
    diwakili: int
    tanpa_keterangan: int
    belum_hadir: int  # invited and no row yet
    walk_ins: int = 0  # present without an invitation (Tanpa undangan): never counted in `invited`

    @property
    def present(self) -> int:
        """Everyone here, on time and late, invitees and walk-ins."""
        return self.hadir + self.terlambat

    @property
    def excused(self) -> int:
        """Invitees who sent word: izin, sakit, dinas luar, diwakili."""
        return self.izin + self.sakit + self.dinas_luar + self.diwakili


def counts(meeting_id: int) -> Counts:
    from peewee import fn
    by_status = dict(Attendance.select(Attendance.status, fn.COUNT(Attendance.id))
                     .where(Attendance.meeting == meeting_id).group_by(Attendance.status).tuples())
    invited = Invitation.select().where(Invitation.meeting == meeting_id).count()
    invited_with_row = (Invitation.select().join(Attendance, on=(
        (Attendance.person == Invitation.person) & (Attendance.meeting == Invitation.meeting)))
        .where(Invitation.meeting == meeting_id).count())
    # An invited office counts once (see the note in office_invitations).
    office_invited, office_missing = office_invitations.count_extra(meeting_id)
    invited += office_invited
    invited_with_row += office_invited - office_missing  # the filled office rows
    return Counts(invited=invited, hadir=by_status.get("hadir", 0), terlambat=by_status.get("terlambat", 0),
                  izin=by_status.get("izin", 0), sakit=by_status.get("sakit", 0),
                  dinas_luar=by_status.get("dinas_luar", 0), diwakili=by_status.get("diwakili", 0),
                  tanpa_keterangan=by_status.get("tanpa_keterangan", 0), belum_hadir=invited - invited_with_row,
                  walk_ins=_walk_ins(meeting_id))


def _walk_ins(meeting_id: int) -> int:
    """Present people with no invitation of their own and no office invited as a whole (recap's rule)."""
    rows = (Attendance.select(Person.satker).join(Person, on=(Attendance.person == Person.id))
            .join(Invitation, peewee.JOIN.LEFT_OUTER, on=((Invitation.meeting == Attendance.meeting)
                                                          & (Invitation.person == Attendance.person)))
            .where((Attendance.meeting == meeting_id) & Attendance.status.in_(PRESENT_STATUSES)
                   & Invitation.id.is_null()).tuples())
    rows = list(rows)
    if not rows:
        return 0
    offices = office_invitations.invited_offices(meeting_id)
    return sum(1 for (satker,) in rows if satker is None or satker not in offices)



