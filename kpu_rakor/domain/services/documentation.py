"""What the Dokumentasi (photo documentation) of a meeting says, independent of how it is printed: the
activity, its day, time and place, and the photos in their order with their captions. No reportlab here;
reports/dokumentasi.py lays it out."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import installation, meeting_text, photos
from . import meetings as meeting_service

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
    m = meeting_service.get(meeting_id)
    profile = installation.profile()
    return Documentation(
        meeting_id=m.id, activity=m.title, day_date=meeting_text.day_date(m), time=meeting_text.hours(m),
        place=meeting_text.place(m), office_name=profile.satker.name if profile.satker_id else "",
        photos=[DocPhoto(number=info.number, caption=info.caption, image=data, photo_id=info.id)
                for info, data in photos.images(meeting_id)])
