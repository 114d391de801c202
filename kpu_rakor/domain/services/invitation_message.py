"""A personal invitation to paste into WhatsApp, and the invitation QR as a PNG to send with it.

The time reads in the zone of the recipient's satker (a KPU RI meeting at 09.00 WIB is "pukul 10.00 WITA"
for a Sulawesi office); people without a satker read the meeting's own zone. No Qt, no reportlab.
"""
from __future__ import annotations

from ..models import MODE_DARING, MODE_HIBRIDA, Meeting, Person
from ..timefmt import ZONES, long_date, time_range, to_local
from . import installation, meeting_text, meetings, people, qr

SHOW_CODE = "Tunjukkan kode QR ini di meja registrasi."


def recipient_zone(person: Person, meeting: Meeting) -> str:
    """WIB, WITA or WIT: the zone of the person's satker, else the meeting's."""
    if person.satker_id and person.satker.timezone in ZONES:
        return person.satker.timezone
    return meeting.timezone


def sender() -> str:
    """Who signs the message: our office's name ("" before the office is set)."""
    p = installation.profile()
    return p.satker.name if p.satker_id else ""


def whatsapp_text(meeting_id: int, person_id: int) -> str:
    """The invitation for one invitee, ready to paste (WhatsApp's *bold* marks the title)."""
    m = meetings.get(meeting_id)
    meetings.invitation(meeting_id, person_id)  # a clear sentence when this person is not invited
    return compose(m, people.get(person_id), sender())


def compose(m: Meeting, p: Person, sender: str) -> str:
    """The invitation text from rows already read (the batch of every invitee reads them once)."""
    zone = recipient_zone(p, m)
    day = long_date(to_local(m.starts_at, zone))
    hours = time_range(m.starts_at, m.ends_at, zone)
    who = ", ".join(x for x in (p.position, people.display_institution(p)) if x)

    lines = [f"Yth. Bapak/Ibu {p.name}"]
    if who:
        lines.append(who)
    lines += ["", "Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri:", "", f"*{m.title}*",
              f"Hari/Tanggal: {day}", f"Waktu: pukul {hours}"]
    if m.mode == MODE_DARING:
        lines.append(f"Tempat: {meeting_text.place(m, details=True)}")
    else:
        venue = m.venue.strip() or "-"
        if m.venue_address.strip():
            venue += f", {m.venue_address.strip()}"
        lines.append(f"Tempat: {venue}")
        if m.mode == MODE_HIBRIDA:
            lines.append(f"Daring: {meeting_text.online_channel(m, details=True)}")
    if m.mode in (MODE_DARING, MODE_HIBRIDA) and m.online_link.strip():
        lines.append(f"Tautan: {m.online_link.strip()}")
    lines.append("")
    if m.mode == MODE_HIBRIDA:
        lines.append(f"Bagi yang hadir langsung: {SHOW_CODE[0].lower()}{SHOW_CODE[1:]}")
    elif m.mode != MODE_DARING:  # a Zoom participant has no registration desk to show a code at
        lines.append(SHOW_CODE)
    lines.append("Atas perhatian dan kehadiran Bapak/Ibu, kami ucapkan terima kasih.")
    if sender:
        lines += ["", sender]
    return "\n".join(lines)


def code_png(meeting_id: int | None, person_id: int, *, for_print: bool = False) -> bytes:
    """The person's invitation QR as a PNG: for a phone screen (error correction M) or, with `for_print`,
    for paper (Q); the quiet zone kept either way. Without a meeting, their personal code (any meeting: a
    walk-in has no invitation, and may come again)."""
    code = qr.person_code(person_id) if meeting_id is None else qr.invitation_code(meeting_id, person_id)
    return qr.qr_png(code, for_print=for_print)
