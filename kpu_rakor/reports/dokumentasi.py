"""The Dokumentasi PDF: kop, title and the activity's day, time and place, then the meeting's photos with their
captions, two or four a page. Each photo is shrunk to the size it prints at (about 200 dpi) and embedded as
JPEG, so twenty photos make a file of a few megabytes that renders in about a second."""
from __future__ import annotations

import io
import logging

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from ..domain.errors import UserError
from . import fonts
from .flowables import heading_table
from .letterhead import from_profile
from .page_canvas import GREY, PagedCanvas, document, draw_running_header
from .paper import paper_size
from .text import para_text

log = logging.getLogger(__name__)

LEFT = RIGHT = 20 * mm
TOP, BOTTOM = 12 * mm, 16 * mm
GUTTER = 8 * mm  # between the two columns
CAPTION_GAP = 2 * mm  # between a photo and its caption
ROW_GAP = 7 * mm  # under each row of photos
CAPTION, CAPTION_LEADING = 9, 11.5
PRINT_DPI = 200  # sharp on an office laser printer; more only makes the file bigger
JPEG_QUALITY = 80
SHRINK_FIRST_PAGE = 0.7  # the first page's rows may be this much shorter so it holds a full set of photos
LAYOUTS = {4: (2, 2), 2: (1, 2)}  # photos a page: (columns, rows)


def _styles():
    family = fonts.register()
    return {
        "title": ParagraphStyle("title", fontName=fonts.BOLD, fontSize=13, leading=16, alignment=TA_CENTER,
                                spaceBefore=4, spaceAfter=8),
        "field": ParagraphStyle("field", fontName=family, fontSize=9.5, leading=12),
        "caption": ParagraphStyle("caption", fontName=family, fontSize=CAPTION, leading=CAPTION_LEADING,
                                  alignment=TA_CENTER),
        "missing": ParagraphStyle("missing", fontName=fonts.ITALIC, fontSize=CAPTION, leading=CAPTION_LEADING,
                                  alignment=TA_CENTER, textColor=GREY),
    }


def shrink_for_print(jpeg: bytes, box_w: float, box_h: float, dpi: int = PRINT_DPI):
    """(ImageReader, width px, height px) of the photo shrunk to fill a box of `box_w` × `box_h` points at
    `dpi`, as JPEG (reportlab embeds JPEG bytes as they are; other images as raw pixels). None when the stored
    bytes are not a readable image."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(jpeg)) as img:
            w, h = img.size
            scale = min(box_w / w, box_h / h) * dpi / 72  # pixels needed per image pixel
            target = (max(1, round(w * min(scale, 1))), max(1, round(h * min(scale, 1))))
            if img.format == "JPEG":
                img.draft("RGB", target)
            picture = img.convert("RGB")
        if picture.size != target:
            picture = picture.resize(target, Image.LANCZOS)
        buf = io.BytesIO()
        picture.save(buf, format="JPEG", quality=JPEG_QUALITY, optimize=True)
        buf.seek(0)
        return ImageReader(buf), picture.width, picture.height
    except Exception:  # a damaged photo is shown as a gap with a note; the other photos still print
        log.warning("Foto dokumentasi tidak dapat dibaca; dicetak sebagai kotak kosong.", exc_info=True)
        return None


class _PhotoRow(Flowable):
    """One row of photos: each centred in its column and standing on its caption; the row keeps the height
    it is given (so a page holds its planned number of rows) unless its captions need more."""

    def __init__(self, cells, col_w: float, height: float, styles):
        super().__init__()
        self.cells = cells  # [(ImageReader | None, width px, height px, caption Paragraph)]
        self.col_w, self.row_h, self.styles = col_w, height, styles

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.caption_h = max(p.wrap(self.col_w, 10_000)[1] for *_, p in self.cells)
        min_box = 0.3 * self.row_h  # a caption of a whole paragraph still leaves the photo visible
        self.box_h = max(self.row_h - self.caption_h - CAPTION_GAP - ROW_GAP, min_box)
        self.height = self.box_h + self.caption_h + CAPTION_GAP + ROW_GAP
        return self.width, self.height

    def _fitted(self, reader, pw, ph) -> tuple[float, float]:
        if reader is None:
            return self.col_w, self.box_h * 0.6
        scale = min(self.col_w / pw, self.box_h / ph)
        return pw * scale, ph * scale

    def draw(self):
        # Photos and captions hang from the top of the row; what a row of landscape photos leaves unused
        # stays at its foot, so the page reads from the top without a gap under the previous row.
        c = self.canv
        cols = len(self.cells)
        used = cols * self.col_w + (cols - 1) * GUTTER
        x0 = (self.width - used) / 2  # a last photo alone in its row stands in the middle
        sizes = [self._fitted(reader, pw, ph) for reader, pw, ph, _ in self.cells]
        base = self.height - max(h for _, h in sizes)  # the bottom of the photos
        for i, ((reader, _pw, _ph, caption), (dw, dh)) in enumerate(zip(self.cells, sizes)):
            x = x0 + i * (self.col_w + GUTTER)
            if reader is None:
                c.saveState()
                c.setStrokeColor(GREY)
                c.setDash(2, 2)
                c.rect(x, base, dw, dh)
                c.restoreState()
                note = Paragraph("(foto tidak dapat dibaca)", self.styles["missing"])
                nh = note.wrap(self.col_w, dh)[1]
                note.drawOn(c, x, base + (dh - nh) / 2)
            else:
                c.drawImage(reader, x + (self.col_w - dw) / 2, base, dw, dh)
            h = caption.wrap(self.col_w, 10_000)[1]
            caption.drawOn(c, x, base - CAPTION_GAP - h)


def _flow_height(flowables, width, height) -> float:
    total = 0.0
    for i, f in enumerate(flowables):
        total += f.wrap(width, height)[1] + f.getSpaceAfter() + (f.getSpaceBefore() if i else 0)
    return total


def _plan_first_page(avail: float, row_h: float, rows: int) -> tuple[int, float]:
    """How many rows the first page holds under the header, and their height: a full set when slightly
    shorter rows make room for it, else as many full rows as fit."""
    for k in range(rows, 0, -1):
        h = min(row_h, avail / k - 1)
        if h >= SHRINK_FIRST_PAGE * row_h:
            return k, h
    return 0, row_h


def render(content, office, paper: str = "a4", *, per_page: int = 4, progress=None) -> bytes:
    """`content` (a Documentation) on `office`'s kop as PDF bytes; `progress(percent)` gets 0..80."""
    if per_page not in LAYOUTS:
        raise UserError(f"Jumlah foto per halaman {per_page} tidak didukung; pilih 2 atau 4.")
    if not content.photos:
        raise UserError("Rapat ini belum punya foto. Tambahkan foto di tab Foto pada rapat, lalu cetak "
                        "dokumentasinya.")
    page = paper_size(paper)
    styles = _styles()
    width = page[0] - LEFT - RIGHT
    frame_h = page[1] - TOP - BOTTOM
    cols, rows = LAYOUTS[per_page]
    col_w = (width - (cols - 1) * GUTTER) / cols
    row_h = frame_h / rows - 1

    header = []
    kop = from_profile(office)
    if kop is not None:
        header.append(kop)
    header += [Paragraph(content.title, styles["title"]), heading_table(content, width, styles["field"]),
               Spacer(1, 5 * mm)]
    first_rows, first_h = _plan_first_page(frame_h - _flow_height(header, width, frame_h) - 4, row_h, rows)

    cells = []
    total = len(content.photos)
    for n, photo in enumerate(content.photos, 1):
        shrunk = shrink_for_print(photo.image, col_w, row_h)
        reader, pw, ph = shrunk if shrunk else (None, 1, 1)
        cells.append((reader, pw, ph, Paragraph(para_text(photo.caption), styles["caption"])))
        if progress:
            progress(int(80 * n / total))
    grouped = [cells[i:i + cols] for i in range(0, len(cells), cols)]

    story = list(header)
    if first_rows == 0:
        story.append(PageBreak())
    for r, row in enumerate(grouped):
        if r < first_rows:
            story.append(_PhotoRow(row, col_w, first_h, styles))
            continue
        if r > 0 and (r - first_rows) % rows == 0:
            story.append(PageBreak())
        story.append(_PhotoRow(row, col_w, row_h, styles))

    def later_pages(c, d):
        draw_running_header(c, d, LEFT, f"Dokumentasi: {content.activity} — {content.day_date}", width)

    buf = io.BytesIO()
    doc = document(buf, page, left=LEFT, right=RIGHT, top=TOP, bottom=BOTTOM,
                   title=f"Dokumentasi - {content.activity}", author=content.office_name)
    doc.build(story, onLaterPages=later_pages, canvasmaker=PagedCanvas)
    return buf.getvalue()
