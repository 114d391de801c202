"""The news article (berita kegiatan) as a Word file, from the same NewsArticle as reports/news.py: kop,
"BERITA KEGIATAN", the headline, the first photo, the article with its dateline in bold, the other photos two to
a row with their captions; the website and page number in the footer. An article carries no signature, so the
TTE variant (`esign`) is the same file."""
from __future__ import annotations

from docx.shared import Mm, RGBColor

from . import docx_letter as w
from . import pictures

MARGIN = 20  # mm, as the PDF
PHOTO_MAX_HEIGHT = 95  # mm


def _figure(container, data: bytes, caption: str, width: float, max_height: float) -> None:
    photo = pictures.photo(data)
    if photo is None:
        return
    scale = min(width / photo.width, max_height / photo.height)
    pw, ph = photo.width * scale, photo.height * scale
    p = container.add_paragraph() if not hasattr(container, "_tc") else container.paragraphs[0]
    p.alignment = w.CENTER
    p.paragraph_format.keep_with_next = True
    p.add_run().add_picture(photo.stream(), width=Mm(pw), height=Mm(ph))
    cap = w.para(container, caption, italic=True, size=8.5, align=w.CENTER, before=3, after=10)
    for run in cap.runs:
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def render(doc_content, office, paper: str = "a4", *, progress=None, esign: bool = False) -> bytes:
    """`doc_content` (a NewsArticle) on `office`'s kop as .docx bytes."""
    article = doc_content
    headline = " ".join(article.headline.split()) or article.title
    doc = w.new_document(paper, left=MARGIN, right=MARGIN, top=15, bottom=18, title=headline,
                         author=article.author)
    width = w.text_width_mm(doc)
    w.letterhead(doc, office)
    kicker = w.para(doc, "BERITA KEGIATAN", bold=True, size=9, after=2)
    for run in kicker.runs:
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    w.para(doc, headline, bold=True, size=16, after=8)
    photos = list(article.photos)
    if photos:
        _figure(doc, *photos.pop(0), width, PHOTO_MAX_HEIGHT)
    for n, text in enumerate(article.paragraphs):
        long_word = any(len(word) > 24 for word in text.split())
        p = w.para(doc, "", size=11, align=w.LEFT if long_word else w.JUSTIFY, after=7)
        if n == 0 and article.dateline:  # in bold, as websites print it
            w.add_run(p, article.dateline, bold=True, size=11)
            w.add_run(p, " – ", size=11)
        w.add_run(p, text, size=11)
    if photos:
        cell_w = (width - 6) / 2
        t = w.table(doc, (len(photos) + 1) // 2, [cell_w + 3, cell_w + 3])
        for i, (data, caption) in enumerate(photos):
            row = t.rows[i // 2]
            w.keep_row(row)
            _figure(row.cells[i % 2], data, caption, cell_w, PHOTO_MAX_HEIGHT * 0.7)
    if progress:
        progress(30)
    w.page_footer(doc, [], numbers=(f"{article.website} · halaman {{PAGE}}" if article.website
                                    else "Halaman {PAGE}"))
    return w.to_bytes(doc)
