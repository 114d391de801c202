"""The kop surat (office letterhead) as a flowable: logo, centred lines, double rule. Used by every document."""
from __future__ import annotations

import io

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph

from . import fonts, pictures
from .text import letter_para, para_text

LOGO_HEIGHT = 22 * mm
LOGO_MAX_WIDTH = 30 * mm
GAP = 4 * mm


class Letterhead(Flowable):
    """Logo at the left, the kop lines centred in the space beside it (first line bold and larger), then
    the thick-and-thin double rule that official letters carry."""

    def __init__(self, lines: list[str], logo: bytes | None = None, *, letter: bool = False):
        super().__init__()
        self.lines = [ln.strip() for ln in lines if ln.strip()]
        picture = pictures.logo(logo)
        self.logo = ImageReader(picture.stream()) if picture else None
        # A letter's kop is set in the letter's font (Arial's metrics), a list's in DejaVu like its table.
        if letter:
            family, bold, text = fonts.register_letter(), fonts.LETTER_BOLD, letter_para
        else:
            family, bold, text = fonts.register(), fonts.BOLD, para_text
        first = ParagraphStyle("kop1", fontName=bold, fontSize=14, leading=17, alignment=TA_CENTER)
        rest = ParagraphStyle("kop", fontName=family, fontSize=9.5, leading=12, alignment=TA_CENTER)
        self.paras = [Paragraph(text(t), first if i == 0 else rest) for i, t in enumerate(self.lines)]

    def _logo_size(self) -> tuple[float, float]:
        if self.logo is None:
            return 0.0, 0.0
        w, h = self.logo.getSize()
        width = min(LOGO_HEIGHT * w / h, LOGO_MAX_WIDTH)
        return width, width * h / w

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        logo_w, logo_h = self._logo_size()
        self.text_x = logo_w + GAP if logo_w else 0.0
        self.text_w = avail_width - self.text_x
        self.sizes = [p.wrap(self.text_w, avail_height) for p in self.paras]
        text_h = sum(h for _, h in self.sizes)
        self.body_h = max(logo_h, text_h)
        self.height = self.body_h + 3 * mm + 2.5
        return self.width, self.height

    def draw(self):
        c = self.canv
        top = self.height
        logo_w, logo_h = self._logo_size()
        if self.logo is not None:
            c.drawImage(self.logo, 0, top - (self.body_h + logo_h) / 2, logo_w, logo_h, mask="auto")
        # Centre the text block vertically against the logo, as printed kop surat do.
        y = top - (self.body_h - sum(h for _, h in self.sizes)) / 2
        for para, (_, h) in zip(self.paras, self.sizes):
            y -= h
            para.drawOn(c, self.text_x, y)
        rule_y = top - self.body_h - 2 * mm
        c.saveState()
        c.setLineWidth(1.6)
        c.line(0, rule_y, self.width, rule_y)
        c.setLineWidth(0.5)
        c.line(0, rule_y - 2.5, self.width, rule_y - 2.5)
        c.restoreState()


def from_profile(profile, *, letter: bool = False) -> Letterhead | None:
    """The kop of this office (OfficeProfile), or None when it has neither lines nor a logo. `letter`: set
    in the letter font (undangan, notulen)."""
    lines = (profile.letterhead_lines or "").splitlines()
    if not any(ln.strip() for ln in lines) and not profile.logo:
        return None
    return Letterhead(lines, bytes(profile.logo) if profile.logo else None, letter=letter)


PREVIEW_WIDTH = 170 * mm  # the text width of an A4 page with the documents' margins
PREVIEW_MARGIN = 4 * mm


def preview_pdf(lines: list[str], logo: bytes | None = None) -> bytes:
    """A one-page PDF holding only the kop, as documents print it: what Pengaturan shows while it is typed."""
    from reportlab.pdfgen import canvas as rl_canvas

    head = Letterhead(lines, logo, letter=True)
    width, height = head.wrap(PREVIEW_WIDTH, 200 * mm)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(width + 2 * PREVIEW_MARGIN, height + 2 * PREVIEW_MARGIN))
    head.drawOn(c, PREVIEW_MARGIN, PREVIEW_MARGIN)
    c.showPage()
    c.save()
    return buf.getvalue()
