"""What a check-in desk asks besides a scan: name search, walk-ins, signatures, the last scans, and
whether another desk has changed anything (cheaply, every second)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import peewee

from ..db import write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import METHOD_MANUAL, Attendance, Invitation, Person, Satker
from ..names import fold
from ..timefmt import clock_zone
from . import audit, checkin, office_invitations, people
from . import meetings as meeting_service

MAX_SIGNATURE_POINTS = 4000  # a real signature has a few hundred points
MAX_SIGNATURE_BYTES = 200_000


@dataclass(frozen=True)
class Candidate:
    """A person offered by the name search: invitees of the meeting come first."""

    person_id: int
    name: str
    position: str
    satker: str
    invited: bool
    checked_in: bool


def search_people(meeting_id: int, text: str, limit: int = 20) -> list[Candidate]:
    """People whose name (without titles, accents or case) holds every word typed: "amarodin" finds
    "Much. Amarodin". Invitees first, then the rest of the directory; at most `limit`."""
    words = fold(text).split()
    if not words:
        return []
    q = (Person.select(Person.id, Person.name, Person.position, Person.institution, Person.satker,
                       Satker.name.alias("satker_name"),
                       Invitation.id.alias("invitation_id"), Attendance.checked_in_at.alias("checked_in_at"))
         .join(Satker, peewee.JOIN.LEFT_OUTER).switch(Person)
         .join(Invitation, peewee.JOIN.LEFT_OUTER,
               on=((Invitation.person == Person.id) & (Invitation.meeting == meeting_id))).switch(Person)
         .join(Attendance, peewee.JOIN.LEFT_OUTER,
               on=((Attendance.person == Person.id) & (Attendance.meeting == meeting_id)))
         .where(Person.active == True))  # noqa: E712
    for w in words:
        q = q.where(Person.name_key.contains(w))
    q = q.order_by(Invitation.id.is_null(), Person.name_key, Person.id).limit(limit)
    offices = office_invitations.invited_offices(meeting_id)  # people of an office invited as a whole
    return [Candidate(r["id"], r["name"], r["position"], r["satker_name"] or r["institution"] or "",
                      r["invitation_id"] is not None or r["satker"] in offices, r["checked_in_at"] is not None)
            for r in q.dicts()]


def walk_in(meeting_id: int, *, name: str, position: str = "", institution: str = "", phone: str = "",
            satker_id: int | None = None, desk: str = "") -> checkin.CheckinResult:
    """A guest not in the directory: saved as a person (marked guest) and checked in, in one go. Not invited:
    a walk-in came without an invitation, and the desk's tiles, the recap and the daftar hadir count them
    as such (Tanpa undangan), never as one more invitee. Outside the hours the row says so (the desk's
    button is a deliberate act, not a scan to confirm)."""
    meeting = meeting_service.get(meeting_id)
    with write_tx():
        p = people.create(name=name, position=position, institution=institution, phone=phone,
                          satker_id=satker_id, is_guest=True)
        result = checkin.check_in_person(meeting.id, p.id, desk=desk, method=METHOD_MANUAL, invited=False,
                                         meeting_value=checkin.CheckinMeeting.of(meeting),
                                         outside_hours=checkin.HOURS_NOTE)
    return result


def clean_strokes(strokes) -> list[list[list[float]]]:
    """Strokes as stored: a list of strokes, each a list of [x, y] in 0..1 (origin top-left), rounded."""
    if not isinstance(strokes, (list, tuple)):
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Tanda tangan tidak terbaca; ulangi."), "signature")
    out, budget = [], MAX_SIGNATURE_POINTS
    for stroke in strokes:
        if not isinstance(stroke, (list, tuple)):
            raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Tanda tangan tidak terbaca; ulangi."), "signature")
        points = []
        for pt in stroke:
            try:
                x, y = float(pt[0]), float(pt[1])
            except (TypeError, ValueError, IndexError, KeyError):
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP("domain", "Tanda tangan tidak terbaca; ulangi."), "signature") from None
            if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP("domain", "Tanda tangan keluar dari bidangnya; ulangi."), "signature")
            points.append([round(x, 4), round(y, 4)])
        budget -= len(points)
        if budget < 0:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Tanda tangan terlalu rumit; hapus lalu ulangi dengan lebih sederhana."),
                "signature")
        if points:
            out.append(points)
    if not out:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Tanda tangan masih kosong."), "signature")
    return out


def save_signature(meeting_id: int, person_id: int, strokes) -> None:
    """Keep the drawn signature with the person's attendance row (printed in the daftar hadir)."""
    data = json.dumps(clean_strokes(strokes), separators=(",", ":"))
    if len(data) > MAX_SIGNATURE_BYTES:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Tanda tangan terlalu besar; ulangi dengan lebih sederhana."), "signature")
    with write_tx():
        n = (Attendance.update(signature=data, updated_at=_now())
             .where((Attendance.meeting == meeting_id) & (Attendance.person == person_id)).execute())
        if not n:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Orang ini belum tercatat hadir; tanda tangan disimpan setelah presensi."),
                "person_id")
        audit.log("signature", "attendance", None, meeting_id=meeting_id, personal_data=True,
                  detail={"person_id": person_id})


def _now() -> datetime:
    from ..models import utcnow
    return utcnow()


@dataclass(frozen=True)
class RecentScan:
    person_id: int
    name: str
    position: str
    satker: str
    status: str
    time: str  # "08.47 WIB"
    desk: str
    method: str
    at: datetime | None


def _scan_rows(meeting_id: int):
    return (Attendance.select(Attendance, Person.name, Person.position, Person.institution,
                              Satker.name.alias("satker_name"))
            .join(Person, on=(Attendance.person == Person.id))
            .join(Satker, peewee.JOIN.LEFT_OUTER, on=(Person.satker == Satker.id))
            .where(Attendance.meeting == meeting_id))


def scan_of(meeting_id: int, person_id: int) -> RecentScan | None:
    """One person's attendance in a meeting as the desk shows it, or None when not recorded."""
    found = _as_scans(meeting_service.get(meeting_id), _scan_rows(meeting_id).where(Attendance.person == person_id))
    return found[0] if found else None


def recent(meeting_id: int, limit: int = 20) -> list[RecentScan]:
    """The latest scans at any desk, newest first by the time of the scan (a status set by hand, which has
    none, by when it was set). Not by the last change: a signature saved or a row touched by another desk
    must not move an earlier arrival above later ones."""
    when = peewee.fn.COALESCE(Attendance.checked_in_at, Attendance.recorded_at)
    q = _scan_rows(meeting_id).order_by(when.desc(), Attendance.id.desc()).limit(limit)
    return _as_scans(meeting_service.get(meeting_id), q)


def _as_scans(meeting, q) -> list[RecentScan]:
    out = []
    for r in q.dicts():
        at = r["checked_in_at"]
        out.append(RecentScan(r["person"], r["name"], r["position"], r["satker_name"] or r["institution"] or "",
                              r["status"], clock_zone(at, meeting.timezone) if at else "", r["desk"], r["method"],
                              at))
    return out


def revision(meeting_id: int) -> tuple[int, datetime | None]:
    """(rows, latest change) of a meeting's attendance: a desk polls this every second and reloads its
    counts and last scans only when it differs. Answered from the (meeting, updated_at) index."""
    row = (Attendance.select(peewee.fn.COUNT(Attendance.id), peewee.fn.MAX(Attendance.updated_at))
           .where(Attendance.meeting == meeting_id).tuples().first())
    return (row[0] or 0, row[1]) if row else (0, None)
