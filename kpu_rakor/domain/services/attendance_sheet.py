"""What a daftar hadir (attendance list) says, independent of how it is printed: header fields, rows, footer."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import peewee

from ..models import (ATT_DINAS_LUAR, ATT_DIWAKILI, ATT_IZIN, ATT_SAKIT, CHANNEL_DARING, Attendance, Invitation,
                      Person, Satker)
from .. import labels
from ..nip import format_nip_bare
from ..timefmt import date_only, to_local
from . import meeting_header, presence, signatories
from .people import display_institution
from .signatories import Signer
from .meeting_header import Heading, MeetingHeader

TITLE = "DAFTAR HADIR"

# Who did not come for a known reason gets that reason in the signature cell instead of a line to sign on.
ABSENCE_NOTES = {s: labels.ATTENDANCE[s] for s in (ATT_IZIN, ATT_SAKIT, ATT_DINAS_LUAR, ATT_DIWAKILI)}

MAX_SIGNATURE_POINTS = 4000  # a real signature has a few hundred; more is noise that bloats the PDF

UNFILLED = "........"  # a number the office writes in by hand


def minutes_text(minutes: int) -> str:
    return f"{minutes} menit"


def channel_mark(channel: str, online_minutes: int | None = None) -> str:
    """How a row of a hybrid meeting is marked: "Luring", "Daring", or "Daring (95 menit)" when Zoom's
    minutes are known. `channel` is the label (Luring/Daring); "" stays ""."""
    if channel and online_minutes is not None:
        return f"{channel} ({minutes_text(online_minutes)})"
    return channel


def online_note(online_minutes: int | None) -> str:
    """The signature cell of someone who attended online: they cannot sign on paper, so the cell says how
    they attended instead of offering an empty line: "Zoom 95 menit", or "Hadir daring" without a report."""
    return f"Zoom {minutes_text(online_minutes)}" if online_minutes is not None else "Hadir daring"


@dataclass(frozen=True)
class SheetRow:
    number: int
    name: str = ""
    nip: str = ""  # `19860926 201505 1 001`, `-` when none, "" on a blank row
    position: str = ""
    institution: str = ""
    phone: str = ""
    status: str | None = None  # attendance status, None when not (yet) recorded
    status_label: str = ""
    channel: str = ""  # Luring / Daring, filled for hybrid meetings (not for izin, sakit … rows)
    online_minutes: int | None = None  # minutes in Zoom of a daring attendee, from the Zoom report
    note: str = ""  # shown in the signature cell instead of a signature line (Izin, Sakit, Zoom 95 menit …)
    strokes: tuple = ()  # the drawn signature: tuple of strokes, each a tuple of (x, y) in 0..1
    needs_review: bool = False  # not yet checked by the Kasubag (phone guest, few Zoom minutes); still counted
    blank: bool = False

    @property
    def mark(self) -> str:
        """Luring / Daring / Daring (95 menit); "" outside hybrid meetings."""
        return channel_mark(self.channel, self.online_minutes)


SheetSigner = Signer  # the daftar hadir's signature block is the letter's


@dataclass
class AttendanceSheet(Heading):
    hybrid: bool = False
    rows: list[SheetRow] = field(default_factory=list)
    present_count: int | None = None  # None when nothing is recorded yet: the office fills it in by hand
    present_luring: int = 0  # of present_count, in the hall and online (what a hybrid meeting's count says)
    present_daring: int = 0
    place_date: str = ""  # "Tulungagung, 07 April 2021" above the signature
    signer: SheetSigner | None = None
    title: str = TITLE
    show_phone: bool = False  # the No. HP column: only when the office turned it on (UU 27/2022)
    # Over a blank signature when no signatory is set: the office writes the name in by hand.
    unsigned_title: str = "Pejabat yang bertanggung jawab,"

    @property
    def count_text(self) -> str:
        """`Jumlah peserta: 42 orang`; a hybrid meeting adds `(luring 30, daring 12)`."""
        if self.present_count is None:
            n = luring = daring = UNFILLED
        else:
            n, luring, daring = str(self.present_count), str(self.present_luring), str(self.present_daring)
        text = f"Jumlah peserta: {n} orang"
        return f"{text} (luring {luring}, daring {daring})" if self.hybrid else text


def parse_signature(raw: str | None) -> tuple:
    """Strokes from Attendance.signature (JSON `[[[x, y], …], …]`, 0..1, origin top-left); () when unusable.

    A damaged signature must never stop the list from printing, so anything malformed is dropped."""
    if not raw:
        return ()
    try:
        data = json.loads(raw)
    except (ValueError, TypeError):
        return ()
    if not isinstance(data, list):
        return ()
    strokes, budget = [], MAX_SIGNATURE_POINTS
    for stroke in data:
        if not isinstance(stroke, list):
            continue
        points = []
        for pt in stroke[:budget]:
            if (isinstance(pt, (list, tuple)) and len(pt) >= 2
                    and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in pt[:2])):
                points.append((min(max(float(pt[0]), 0.0), 1.0), min(max(float(pt[1]), 0.0), 1.0)))
        budget -= len(points)
        if points:
            strokes.append(tuple(points))
        if budget <= 0:
            break
    return tuple(strokes)


def _people(meeting_id: int) -> list[tuple]:
    """(person, satker name, attendance or None, invitation channel) for invitees and everyone recorded."""
    invited = {pid: ch for pid, ch in Invitation.select(Invitation.person, Invitation.channel)
               .where(Invitation.meeting == meeting_id).tuples()}
    att = {a.person_id: a for a in Attendance.select().where(Attendance.meeting == meeting_id)}
    ids = set(invited) | set(att)
    if not ids:
        return []
    people = (Person.select(Person, Satker).join(Satker, peewee.JOIN.LEFT_OUTER).where(Person.id.in_(list(ids)))
              .order_by(Person.position_rank, Person.name_key, Person.id))
    return [(p, display_institution(p), att.get(p.id), invited.get(p.id, "")) for p in people]


def build(meeting_id: int, *, blank_rows: int = 0, include_people: bool = True,
          show_phone: bool | None = None) -> AttendanceSheet:
    """The sheet for a meeting: invitees and everyone recorded, then `blank_rows` numbered empty rows for
    walk-ins. `include_people=False` gives an empty sheet to sign on paper. `show_phone` None: the office's
    setting (off by default); without the column, rows carry no phone number at all."""
    return from_header(meeting_header.read(meeting_id), blank_rows=blank_rows, include_people=include_people,
                       show_phone=show_phone)


def from_header(h: MeetingHeader, *, blank_rows: int = 0, include_people: bool = True,
                show_phone: bool | None = None) -> AttendanceSheet:
    """The sheet of the meeting `h` heads (see `build`)."""
    from . import privacy

    if show_phone is None:
        show_phone = privacy.phone_column()
    m, meeting_id = h.meeting, h.meeting_id
    local_start = to_local(m.starts_at, h.zone)  # the zone the sheet's Pukul is in
    hybrid = h.hybrid
    rows: list[SheetRow] = []
    present, online, recorded = 0, 0, False
    for person, institution, a, invited_channel in (_people(meeting_id) if include_people else []):
        status = a.status if a else None
        recorded = recorded or a is not None
        here = presence.is_present(status)
        # Someone not yet recorded shows the channel they were invited to; izin, sakit … attended neither way.
        channel = (a.channel if here else "") if a else invited_channel
        daring = here and channel == CHANNEL_DARING
        present += here
        online += daring
        strokes = parse_signature(a.signature) if a else ()
        minutes = max(0, a.online_minutes) if daring and a.online_minutes is not None else None
        note = ABSENCE_NOTES.get(status, "")
        if status == ATT_DIWAKILI and a.delegate_id:
            note = f"Diwakili {a.delegate.name}"
        elif daring and not strokes:
            note = online_note(minutes)
        rows.append(SheetRow(
            number=len(rows) + 1, name=person.name, nip=format_nip_bare(person.nip), position=person.position,
            institution=institution or "", phone=person.phone if show_phone else "", status=status,
            status_label=labels.ATTENDANCE.get(status, ""), note=note,
            channel=labels.CHANNEL.get(channel, "") if hybrid else "", online_minutes=minutes,
            strokes=strokes, needs_review=bool(a and a.needs_review)))
    for _ in range(max(0, blank_rows)):
        rows.append(SheetRow(number=len(rows) + 1, blank=True))
    return AttendanceSheet(
        **meeting_header.heading(h), hybrid=hybrid, rows=rows, present_count=present if recorded else None,
        present_luring=present - online, present_daring=online,
        place_date=f"{h.office.sign_city}, {date_only(local_start)}",
        signer=signatories.issuer(h.office.name), show_phone=show_phone)


def empty_sheet(meeting_id: int, rows: int = 30) -> AttendanceSheet:
    """A sheet of `rows` blank numbered rows, for walk-ins or when the desk has no PC."""
    return build(meeting_id, blank_rows=rows, include_people=False)
