"""The meeting header: what every document of a meeting says about it (title, zone, day, time, place, our
role, our office), read once per action and handed to each content builder, so one click does not load the
same meeting row and office profile again and again.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..models import MODE_HIBRIDA, ROLE_PARTICIPANT, Meeting
from . import installation, meeting_text
from . import meetings as meeting_service

NO_CITY = "............"  # the office writes its city in by hand
REPORT_NAME = "Laporan Hasil Rapat"  # the notulen of a meeting the office only attended
MINUTES_NAME = "Notulen"


def attended_only(m: Meeting) -> bool:
    """A meeting another body hosts and this office attends: no invitation of ours, a report for a notulen."""
    return m.our_role == ROLE_PARTICIPANT


@dataclass(frozen=True)
class Office:
    """This installation's office as documents print it: the kop, the city over signatures, its zone."""
    satker_id: int | None = None
    name: str = ""  # "KPU Kabupaten Tulungagung", "" before the office is set
    full_name: str = ""
    region_name: str = ""
    timezone: str = ""  # "" before the office is set
    city: str = ""  # the profile's city, else the satker's; "" when neither is known
    letterhead_lines: str = ""
    logo: bytes | None = None
    website: str = ""
    writer_initials: str = ""
    paper: str = "a4"

    @property
    def sign_city(self) -> str:
        """The city before the date over a signature: dots when it is not known."""
        return self.city or NO_CITY


def office() -> Office:
    """The office profile, read once."""
    p = installation.profile()
    s = p.satker if p.satker_id else None
    return Office(
        satker_id=p.satker_id, name=s.name if s else "", full_name=s.full_name if s else "",
        region_name=s.region_name if s else "", timezone=s.timezone if s else "",
        city=p.city.strip() or (s.city if s else ""), letterhead_lines=p.letterhead_lines or "",
        logo=bytes(p.logo) if p.logo else None, website=p.website or "", writer_initials=p.writer_initials or "",
        paper=(p.paper or "a4").lower())


@dataclass(frozen=True)
class MeetingHeader:
    """A meeting as its documents head it. `meeting` is the row itself, for the few fields only one document
    prints (the letter's number, the Zoom passcode); everything shared is here once."""
    meeting: Meeting
    office: Office
    meeting_id: int
    title: str
    zone: str  # WIB / WITA / WIT the documents print: the meeting's own, or ours for a meeting we attended
    mode: str  # luring / daring / hibrida
    report: bool  # the office only attended: its notulen is a report to our own chair
    day_date: str  # Rabu, 07 April 2021 (in `zone`)
    hours: str  # 09.00 WIB s.d. selesai
    place: str  # the hall, "Daring melalui Zoom Meeting", or both

    @property
    def hybrid(self) -> bool:
        return self.mode == MODE_HIBRIDA

    @property
    def minutes_name(self) -> str:
        """What the notulen is called for this meeting: the one place that decides "Laporan Hasil Rapat"."""
        return REPORT_NAME if self.report else MINUTES_NAME


def document_zone(m: Meeting, our_office: Office) -> str:
    """The zone a meeting's documents state their times in. A meeting we host: the zone we announced it in.
    A meeting we attended (held in WITA, say, while we are in WIB): our office's zone, because its daftar
    hadir, report and article are read by our own office (as the Laporan Hasil Rapat always did)."""
    if attended_only(m) and our_office.timezone:
        return our_office.timezone
    return m.timezone


def of(m: Meeting, our_office: Office | None = None) -> MeetingHeader:
    """The header of a meeting row already loaded."""
    our_office = our_office or office()
    zone = document_zone(m, our_office)
    return MeetingHeader(meeting=m, office=our_office, meeting_id=m.id, title=m.title, zone=zone,
                         mode=m.mode, report=attended_only(m), day_date=meeting_text.day_date(m, zone),
                         hours=meeting_text.hours(m, zone), place=meeting_text.place(m))


@dataclass
class Heading:
    """The lines a document prints under its title (Kegiatan, Hari/Tanggal, Pukul, Tempat): the daftar hadir
    and the dokumentasi extend it."""
    meeting_id: int
    activity: str
    day_date: str  # Rabu, 07 April 2021
    time: str  # 09.00 WIB s.d. selesai
    place: str

    @property
    def fields(self) -> list[tuple[str, str]]:
        return [("Kegiatan", self.activity), ("Hari/Tanggal", self.day_date), ("Pukul", self.time),
                ("Tempat", self.place)]


def heading(h: MeetingHeader) -> dict:
    """The Heading fields of a meeting, to build a document's content with."""
    return dict(meeting_id=h.meeting_id, activity=h.title, day_date=h.day_date, time=h.hours, place=h.place)


def read(meeting_id: int) -> MeetingHeader:
    """The header of a meeting: one read of the meeting and one of the office profile. NotFound when the
    meeting does not exist."""
    return of(meeting_service.get(meeting_id))
