"""The news article (berita kegiatan) as a PDF on the office letterhead: headline, the first chosen photo under
it, the article, the other photos with their captions. Every typed string is escaped; photos are downscaled
before they are embedded. The article comes as a NewsArticle (domain/services/news/printable.py)."""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from . import fonts, pictures
from .letterhead import from_profile
from .paper import paper_size
from .text import para_text

MARGIN = 20 * mm
PHOTO_MAX_HEIGHT = 95 * mm
GREY = colors.Color(0.35, 0.35, 0.35)


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
    """The photo as a flowable fitting `width` × `max_height`; None when the bytes are no image."""
    photo = pictures.photo(data)
    if photo is None:
        return None
    scale = min(width / photo.width, max_height / photo.height)
    return Image(photo.stream(), width=photo.width * scale, height=photo.height * scale)


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


def _paragraph(text: str, dateline: str, styles) -> Paragraph:
    style = styles["body_left"] if any(len(w) > 24 for w in text.split()) else styles["body"]
    if dateline:  # in bold, as websites print it
        return Paragraph(f"<b>{para_text(dateline)}</b> – {para_text(text)}", style)
    if "\n" in text:  # a typed list ("1. …" lines): one item a line, as typed
        return Paragraph("<br/>".join(para_text(line) for line in text.split("\n")), styles["body_left"])
    return Paragraph(para_text(text), style)


def render(doc, office, paper: str = "a4", *, progress=None) -> bytes:
    """`doc` (a NewsArticle) on `office`'s kop as PDF bytes; `progress(percent)` gets 0..30."""
    page = paper_size(paper)
    styles = _styles()
    width = page[0] - 2 * MARGIN
    story: list = []
    kop = from_profile(office)
    if kop is not None:
        story += [kop, Spacer(1, 5 * mm)]
    story.append(Paragraph("BERITA KEGIATAN", styles["kicker"]))
    story.append(Paragraph(para_text(" ".join(doc.headline.split()) or doc.title), styles["headline"]))
    photos = list(doc.photos)
    if photos:
        story += _figure(*photos.pop(0), width, styles)
    for n, text in enumerate(doc.paragraphs):
        story.append(_paragraph(text, doc.dateline if n == 0 else "", styles))
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
    return buf.getvalue()
