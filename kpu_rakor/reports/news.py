"""The news article (berita kegiatan) as a PDF on the office letterhead: headline, the first chosen photo under
it, the article, the other photos with their captions. Every typed string is escaped; photos are downscaled
before they are embedded."""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.db import write_tx
from ..domain.models import Photo
from ..domain.services import audit, installation, meetings
from ..domain.services.news import drafts, facts as news_facts
from ..domain.services.news.compose import split_paragraphs
from ..domain.services.news.export import _DATELINE
from . import fonts
from .letterhead import from_profile
from .output import write_pdf
from .paper import paper_size
from .text import para_text

log = logging.getLogger(__name__)

MARGIN = 20 * mm
PHOTO_PIXELS = 1400  # ~240 dpi across the text column: sharp in print, small in the file
PHOTO_MAX_HEIGHT = 95 * mm
GREY = colors.Color(0.35, 0.35, 0.35)


@dataclass
class NewsDocument:
    """Everything the PDF shows, read from the database in one go (so drawing needs no connection)."""

    headline: str
    body: str
    website: str
    title: str  # the meeting's, for the PDF's properties and the page footer
    photos: list[tuple[bytes, str]] = field(default_factory=list)  # (image, caption)
    author: str = ""


def build(meeting_id: int, photo_ids: list[int] | None = None) -> NewsDocument:
    """The article of the meeting (drafted first when there is none) and its chosen photos."""
    m = meetings.get(meeting_id)
    d = drafts.ensure(meeting_id)
    ids = drafts.chosen_photos(meeting_id) if photo_ids is None else list(photo_ids)
    f = news_facts.gather(meeting_id)
    rows = {p.id: p for p in Photo.select().where((Photo.meeting == meeting_id) & Photo.id.in_(ids or [0]))}
    photos = [(bytes(rows[i].image), news_facts.photo_caption(rows[i], f)) for i in ids if i in rows]
    prof = installation.profile()
    return NewsDocument(d.headline, d.body, prof.website, m.title, photos,
                        prof.satker.name if prof.satker_id else "")


def _styles() -> dict:
    family = fonts.register()
    return {
        "kicker": ParagraphStyle("kicker", fontName=fonts.BOLD, fontSize=9, leading=11, textColor=GREY,
                                 alignment=TA_LEFT, spaceAfter=2),
        "headline": ParagraphStyle("headline", fontName=fonts.BOLD, fontSize=16, leading=20, spaceAfter=8),
        "body": ParagraphStyle("body", fontName=family, fontSize=11, leading=15.5, alignment=TA_JUSTIFY,
                               spaceAfter=7),
        # A letter number cannot break; justified around it a line gapes, so such paragraphs align left.
        "body_left": ParagraphStyle("body_left", fontName=family, fontSize=11, leading=15.5, alignment=TA_LEFT,
                                    spaceAfter=7),
        "caption": ParagraphStyle("caption", fontName=fonts.ITALIC, fontSize=8.5, leading=11, textColor=GREY,
                                  alignment=TA_CENTER, spaceBefore=3, spaceAfter=10),
    }


def _photo(data: bytes, width: float, max_height: float = PHOTO_MAX_HEIGHT) -> Image | None:
    """The photo downscaled with Pillow, as a flowable fitting `width` × PHOTO_MAX_HEIGHT; None when the
    bytes are no image (logged: one bad photo must not stop the article)."""
    try:
        from PIL import Image as PILImage
        img = PILImage.open(io.BytesIO(data))
        img.load()
        img = img.convert("RGB")
        img.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=82)
        w, h = img.size
    except Exception:
        log.warning("Foto berita tidak dapat dibaca; dilewati.", exc_info=True)
        return None
    scale = min(width / w, max_height / h)
    buf.seek(0)
    return Image(buf, width=w * scale, height=h * scale)


def _figure(data: bytes, caption: str, width: float, styles) -> list:
    img = _photo(data, width)
    if img is None:
        return []
    return [KeepTogether([img, Paragraph(para_text(caption), styles["caption"])])]


def _photo_rows(photos: list[tuple[bytes, str]], width: float, styles) -> list:
    """The other photos two to a row, each with its caption under it; a row never splits."""
    gap = 6 * mm
    cell = (width - gap) / 2
    figures = []
    for data, caption in photos:
        img = _photo(data, cell, PHOTO_MAX_HEIGHT * 0.7)
        if img is not None:
            figures.append([img, Paragraph(para_text(caption), styles["caption"])])
    rows = [figures[i:i + 2] + ([""] if len(figures[i:i + 2]) == 1 else []) for i in range(0, len(figures), 2)]
    out = []
    for row in rows:
        t = Table([row], colWidths=[cell + gap / 2, cell + gap / 2])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out.append(KeepTogether([t]))
    return out


def _paragraph(text: str, first: bool, styles) -> Paragraph:
    style = styles["body_left"] if any(len(w) > 24 for w in text.split()) else styles["body"]
    m = _DATELINE.match(text) if first else None
    if m:  # the dateline in bold, as websites print it
        head = m.group("dl")[:-2]
        return Paragraph(f"<b>{para_text(head)}</b> – {para_text(text[m.end():])}", style)
    return Paragraph(para_text(text), style)


def render_document(doc: NewsDocument, path, paper: str = "a4", *, profile=None, progress=None) -> Path:
    page = paper_size(paper)
    styles = _styles()
    profile = profile or installation.profile()
    width = page[0] - 2 * MARGIN
    story: list = []
    kop = from_profile(profile)
    if kop is not None:
        story += [kop, Spacer(1, 5 * mm)]
    story.append(Paragraph("BERITA KEGIATAN", styles["kicker"]))
    story.append(Paragraph(para_text(" ".join(doc.headline.split()) or doc.title), styles["headline"]))
    photos = list(doc.photos)
    if photos:
        story += _figure(*photos.pop(0), width, styles)
    for n, text in enumerate(split_paragraphs(doc.body)):
        story.append(_paragraph(text, n == 0, styles))
    if photos:
        story.append(Spacer(1, 4 * mm))
        story += _photo_rows(photos, width, styles)
    if progress:
        progress(30)

    def footer(c, d):
        c.saveState()
        c.setFont(fonts.REGULAR, 7.5)
        c.setFillColor(GREY)
        note = f"{doc.website} · halaman {d.page}" if doc.website else f"Halaman {d.page}"
        c.drawCentredString(page[0] / 2, 10 * mm, note)
        c.restoreState()

    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=15 * mm,
                            bottomMargin=18 * mm, title=doc.headline or doc.title, author=doc.author,
                            creator="KPU Rakor", subject="Berita kegiatan")
    pdf.build(story, onFirstPage=footer, onLaterPages=footer)
    out = write_pdf(path, buf.getvalue())
    if progress:
        progress(100)
    return out


def render_news(meeting_id: int, path, paper: str = "a4", *, photo_ids: list[int] | None = None,
                progress=None) -> Path:
    """The meeting's news article as a PDF at `path` (A4 or F4); returns the path. Uses the stored draft
    (drafting it first when there is none) and the photos chosen for the article unless `photo_ids` says
    otherwise. The export is written to the audit log."""
    paper_size(paper)  # a bad paper name fails before any work
    doc = build(meeting_id, photo_ids)
    out = render_document(doc, path, paper, progress=progress)
    with write_tx():
        audit.log("export", "news", meeting_id, meeting_id=meeting_id,
                  detail={"file": Path(out).name, "paper": paper, "photos": len(doc.photos)})
    return out
