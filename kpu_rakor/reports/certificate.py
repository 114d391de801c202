"""Sertifikat: one landscape page per person, on the office's kop, with a double border, the person's name
and role, the activity, its date and place, the signature block, and the verification QR (a signed
certificate code, domain/certificate_codes.py) at the lower left with its text beneath.

The certificates come as a CertificateSet (domain/services/certificates.py); `render()` only draws.
"""
from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph

from . import fonts
from .badges import draw_qr
from .letterhead import from_profile
from .paper import paper_size
from .text import para_text

rl_config.useA85 = 0

BORDER_OUT, BORDER_IN = 7 * mm, 9.5 * mm  # from the paper's edge
MARGIN = 17 * mm  # from the paper's edge to the text
QR_SIZE = 30 * mm  # with its quiet zone; decodes from a print at 150 dpi and up
ACCENT = colors.Color(0.62, 0.09, 0.11)  # the red of KPU's emblem
GOLD = colors.Color(0.72, 0.56, 0.20)
GREY = colors.Color(0.30, 0.30, 0.30)


def _style(name, font, size, *, align=TA_CENTER, color=colors.black, leading=None, space=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, alignment=align,
                          textColor=color, spaceAfter=space)


def _fitted(text: str, style, width: float, max_height: float = 1e6) -> tuple[Paragraph, float]:
    """The paragraph at the largest size down from the style's that fits `max_height`, and its height."""
    size = style.fontSize
    while True:
        s = ParagraphStyle(style.name, parent=style, fontSize=size, leading=size * 1.22)
        para = Paragraph(text, s)
        _, h = para.wrap(width, max_height)
        if h <= max_height or size <= 8:
            return para, h
        size -= 1


def _border(c, page) -> None:
    w, h = page
    c.saveState()
    c.setStrokeColor(ACCENT)
    c.setLineWidth(2.2)
    c.rect(BORDER_OUT, BORDER_OUT, w - 2 * BORDER_OUT, h - 2 * BORDER_OUT)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.rect(BORDER_IN, BORDER_IN, w - 2 * BORDER_IN, h - 2 * BORDER_IN)
    c.restoreState()


def _signature(c, s, right: float, bottom: float) -> None:
    """The signature block, its lines left-aligned in a 85 mm column ending at `right`, the NIP on `bottom`."""
    width = 85 * mm
    x = right - width
    style = _style("sign", fonts.REGULAR, 11, align=TA_LEFT)
    if s.signer:
        lines = [para_text(s.place_date), para_text(s.signer.title), "<br/><br/><br/>",
                 f"<b><u>{para_text(s.signer.name)}</u></b>"] + ([para_text(s.signer.nip)] if s.signer.nip else [])
    else:
        lines = [para_text(s.place_date), "Pejabat yang berwenang,", "<br/><br/><br/>", "(" + "." * 50 + ")"]
    para = Paragraph("<br/>".join(lines), style)
    _, h = para.wrap(width, 80 * mm)
    para.drawOn(c, x, bottom)


def _qr(c, code: str, x: float, bottom: float) -> None:
    """The QR and, beneath it, what it is for and its text (typed in by hand when no camera is at hand)."""
    small = _style("qr", fonts.REGULAR, 6.5, align=TA_LEFT, color=GREY, leading=8)
    note = Paragraph("Pindai kode ini untuk memeriksa keaslian sertifikat.<br/>"
                     f"<font size=5.5>{para_text(code[:25])}<br/>{para_text(code[25:])}</font>", small)
    _, nh = note.wrap(60 * mm, 30 * mm)
    note.drawOn(c, x + 1.5 * mm, bottom)
    draw_qr(c, code, x, bottom + nh + 1 * mm, QR_SIZE)


def _page(c, s, cert, office, page) -> None:
    w, h = page
    _border(c, page)
    width = w - 2 * MARGIN
    top = h - MARGIN + 2 * mm
    kop = from_profile(office)
    if kop is not None:
        _, kh = kop.wrapOn(c, width, 40 * mm)
        kop.drawOn(c, MARGIN, top - kh)
        top -= kh + 4 * mm
    else:
        top -= 6 * mm
    inset = 20 * mm  # the name and the activity stay clear of the border's corners
    blocks = [  # (paragraph, its x, its height, the gap after it)
        (_fitted("S E R T I F I K A T", _style("title", fonts.BOLD, 30, color=ACCENT), width), MARGIN, 5 * mm),
        (_fitted("diberikan kepada:", _style("given", fonts.ITALIC, 12), width), MARGIN, 2.5 * mm),
        (_fitted(f"<b>{para_text(cert.name)}</b>", _style("name", fonts.BOLD, 24), width - 2 * inset,
                 2 * 24 * 1.22), MARGIN + inset, 1 * mm),
    ]
    who = " · ".join(p for p in (cert.position, cert.institution) if p)
    if who:
        blocks.append((_fitted(para_text(who), _style("who", fonts.REGULAR, 11, color=GREY), width - 2 * inset,
                               2 * 11 * 1.22), MARGIN + inset, 0))
    blocks[-1] = blocks[-1][:2] + (5 * mm,)
    blocks += [
        (_fitted("sebagai", _style("as", fonts.REGULAR, 12), width), MARGIN, 1 * mm),
        (_fitted(para_text(cert.role_label.upper()), _style("role", fonts.BOLD, 16, color=ACCENT), width), MARGIN,
         4 * mm),
    ]
    body = (f"dalam kegiatan <b>{para_text(s.title)}</b> yang diselenggarakan oleh {para_text(s.issuer)} "
            f"pada hari {para_text(s.day_date)}, bertempat di {para_text(s.place)}.")
    bottom = MARGIN + 42 * mm  # the QR and the signature block below
    used = sum(h + gap for (_, h), _, gap in blocks)
    blocks.append((_fitted(body, _style("body", fonts.REGULAR, 12.5), width - 2 * inset, max(24, top - bottom - used)),
                   MARGIN + inset, 0))
    used += blocks[-1][0][1]
    # The block stands in the middle of the room between the kop and the signatures, a little high.
    y = top - max(0.0, (top - bottom - used) * 0.4)
    for (para, h), x, gap in blocks:
        para.drawOn(c, x, y - h)
        y -= h + gap
    _qr(c, cert.code, MARGIN, MARGIN - 4 * mm)
    _signature(c, s, w - MARGIN, MARGIN - 3 * mm)


def render(s, office, paper: str = "a4", *, progress=None) -> bytes:
    """`s` (a CertificateSet) as PDF bytes, one landscape page per certificate; `progress(percent)` gets 0..99."""
    page = landscape(paper_size(paper))
    fonts.register()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=page, pageCompression=1)
    c.setTitle(f"Sertifikat - {s.title}")
    c.setCreator("KPU Rakor")
    c.setAuthor(s.issuer)
    total = len(s.certificates) or 1
    if progress:
        progress(0)
    for n, cert in enumerate(s.certificates):
        _page(c, s, cert, office, page)
        c.showPage()
        if progress:
            progress(min(99, int(100 * (n + 1) / total)))
    c.save()
    return buf.getvalue()
