"""What the Berita Kegiatan PDF shows: the article (headline, dateline, paragraphs) and its chosen photos with
their captions, read in one go so drawing needs no database."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...models import Photo
from ..meeting_header import MeetingHeader
from . import drafts, facts
from .compose import split_paragraphs
from .export import split_dateline


@dataclass(frozen=True)
class NewsArticle:
    headline: str
    dateline: str  # printed in bold before the first paragraph; "" when the article has none
    paragraphs: tuple[str, ...]  # the first without its dateline
    website: str
    title: str  # the meeting's, for the PDF's properties and when the headline is empty
    photos: tuple[tuple[bytes, str], ...] = field(default_factory=tuple)  # (image, caption)
    author: str = ""


def from_header(h: MeetingHeader, photo_ids: list[int] | None = None) -> NewsArticle:
    """The meeting's article (composed now, not stored, when nobody has drafted one) and the photos chosen
    for it, unless `photo_ids` says which."""
    d = drafts.ensure(h.meeting_id)
    ids = drafts.chosen_photos(h.meeting_id) if photo_ids is None else list(photo_ids)
    f = facts.from_header(h)
    rows = {p.id: p for p in Photo.select().where((Photo.meeting == h.meeting_id) & Photo.id.in_(ids or [0]))}
    photos = tuple((bytes(rows[i].image), facts.photo_caption(rows[i], f)) for i in ids if i in rows)
    paragraphs = split_paragraphs(d.body)
    dateline = ""
    if paragraphs:
        dateline, paragraphs[0] = split_dateline(paragraphs[0])
    return NewsArticle(d.headline, dateline, tuple(paragraphs), h.office.website, h.title, photos, h.office.name)
