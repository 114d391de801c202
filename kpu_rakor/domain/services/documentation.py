"""What the Dokumentasi (photo documentation) of a meeting says, independent of how it is printed: the
activity, its day, time and place, and the photos in their order with their captions. No reportlab here;
reports/dokumentasi.py lays it out."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import meeting_header, photos
from .meeting_header import MeetingHeader

TITLE = "DOKUMENTASI KEGIATAN"


@dataclass(frozen=True)
class DocPhoto:
    number: int
    caption: str
    image: bytes  # the stored JPEG (at most photos.MAX_SIDE px); the renderer shrinks it to its box
    photo_id: int = 0


@dataclass
class Documentation:
    meeting_id: int
    activity: str
    day_date: str  # Rabu, 07 April 2021
    time: str  # 09.00 WIB s.d. selesai
    place: str
    office_name: str
    photos: list[DocPhoto] = field(default_factory=list)
    title: str = TITLE

    @property
    def fields(self) -> list[tuple[str, str]]:
        return [("Kegiatan", self.activity), ("Hari/Tanggal", self.day_date), ("Pukul", self.time),
                ("Tempat", self.place)]


def build(meeting_id: int) -> Documentation:
    return from_header(meeting_header.read(meeting_id))


def from_header(h: MeetingHeader) -> Documentation:
    return Documentation(
        meeting_id=h.meeting_id, activity=h.title, day_date=h.day_date, time=h.hours, place=h.place,
        office_name=h.office.name,
        photos=[DocPhoto(number=info.number, caption=info.caption, image=data, photo_id=info.id)
                for info, data in photos.images(h.meeting_id)])
