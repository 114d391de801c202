"""Who has not arrived yet: the invitees with no attendance row, with their phone numbers, and the text the
committee pastes into WhatsApp to chase them ("Belum hadir di Rakor …: 1. Nama — 0812…").

The same people the desk's *Belum hadir* tile counts (checkin.counts): invitees with no row at all (izin, sakit
and the like have sent word), and offices invited as a whole that nobody of the office has filled yet (unless
someone of that office is also invited by name: then that person's line stands for the office).
"""
from __future__ import annotations

from dataclasses import dataclass

import peewee

from ..models import Attendance, Invitation, Person, Satker, utcnow
from ..timefmt import clock_zone
from . import office_invitations
from . import meetings as meeting_service
from .people import display_institution


@dataclass(frozen=True)
class NotArrived:
    person_id: int | None  # None for an office invited as a whole
    name: str  # the person's name, or "Ketua KPU Kabupaten Blitar" for an office
    place: str  # "Kasubag Teknis · KPU Kota Blitar"
    phone: str  # "" when the directory has none


def people(meeting_id: int) -> list[NotArrived]:
    """Invitees not yet recorded, by name, then the unfilled offices in their order."""
    q = (Person.select(Person, Satker).join(Satker, peewee.JOIN.LEFT_OUTER).switch(Person)
         .join(Invitation, on=((Invitation.person == Person.id) & (Invitation.meeting == meeting_id)))
         .join(Attendance, peewee.JOIN.LEFT_OUTER, on=((Attendance.person == Person.id)
                                                       & (Attendance.meeting == meeting_id)))
         .where(Attendance.id.is_null())
         .order_by(Person.name_key, Person.id))
    out = [NotArrived(p.id, p.name, " · ".join(x for x in (p.position, display_institution(p)) if x),
                      " ".join(p.phone.split())) for p in q]
    offices = office_invitations.lines(meeting_id)
    if offices:
        by_name = {s for (s,) in Person.select(Person.satker).join(Invitation, on=(Invitation.person == Person.id))
                   .where((Invitation.meeting == meeting_id) & Person.satker.is_null(False)).tuples()}
        out += [NotArrived(None, o.text, "", "") for o in offices
                if not o.filled_by and o.satker_id not in by_name]
    return out


def whatsapp_text(meeting_id: int, rows: list[NotArrived] | None = None) -> str:
    """Ready to paste into a WhatsApp group: a heading with the meeting and the hour, then one numbered line
    per person, "Nama — nomor" (no number: the name alone). Plain text: WhatsApp shows *bold* itself."""
    m = meeting_service.get(meeting_id)
    rows = people(meeting_id) if rows is None else rows
    head = f"*Belum hadir — {m.title}* ({len(rows)} orang, per {clock_zone(utcnow(), m.timezone)})"
    lines = [head]
    for i, r in enumerate(rows, start=1):
        lines.append(f"{i}. {r.name} — {r.phone}" if r.phone else f"{i}. {r.name}")
    return "\n".join(lines)
