"""What the Dokumentasi (photo documentation) of a meeting says, independent of how it is printed: the
activity, its day, time and place, and the photos in their order with their captions. No reportlab here;
reports/dokumentasi.py lays it out."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import meeting_header, photos
from .meeting_header import Heading, MeetingHeader

TITLE = "DOKUMENTASI KEGIATAN"


@dataclass(frozen=True)
class DocPhoto:
    number: int
    caption: str
    image: bytes  # the stored JPEG (at most photos.MAX_SIDE px); the renderer shrinks it to its box
    photo_id: int = 0


@dataclass
class Documentation(Heading):
    office_name: str = ""
    photos: list[DocPhoto] = field(default_factory=list)
    title: str = TITLE


def build(meeting_id: int) -> Documentation:
    return from_header(meeting_header.read(meeting_id))


def from_header(h: MeetingHeader) -> Documentation:
    return Documentation(
        **meeting_header.heading(h), office_name=h.office.name,
        photos=[DocPhoto(number=info.number, caption=info.caption, image=data, photo_id=info.id)
                for info, data in photos.images(h.meeting_id)])
