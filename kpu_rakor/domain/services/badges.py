"""What the name cards (kartu peserta) of a meeting print: the issuing office, the meeting's title and day,
and per invitee the name, position, office and invitation code. reports/badges.py draws them."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import UserError
from . import meeting_header, meetings, qr
from .meeting_header import MeetingHeader, Office
from .people import display_institution


@dataclass(frozen=True)
class Card:
    person_id: int
    name: str
    position: str
    institution: str
    code: str


@dataclass
class BadgeSet:
    meeting_id: int
    title: str
    day_date: str
    office: str
    cards: list[Card] = field(default_factory=list)


def office_name(o: Office) -> str:
    """The issuing office as it heads a card: its full name, else the kop's first line."""
    if o.satker_id:
        return o.full_name or o.name
    lines = [ln.strip() for ln in o.letterhead_lines.splitlines() if ln.strip()]
    return lines[0] if lines else ""


def badge_set(meeting_id: int) -> BadgeSet:
    """Everything the cards print; a meeting without invitees is refused."""
    return from_header(meeting_header.read(meeting_id))


def from_header(h: MeetingHeader) -> BadgeSet:
    people = meetings.invitees(h.meeting_id)
    if not people:
        raise UserError("Rapat ini belum punya undangan, jadi belum ada kartu yang bisa dicetak. Tambahkan "
                        "peserta di tab Undangan terlebih dahulu.")
    cards = [Card(p.id, p.name, p.position or "", display_institution(p) or "",
                  qr.invitation_code(h.meeting_id, p.id)) for p in people]
    return BadgeSet(h.meeting_id, h.title, h.day_date, office_name(h.office), cards)
