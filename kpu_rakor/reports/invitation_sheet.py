"""Invitations to print, six to a page (2 × 3 on A4 and F4): per invitee the invitation QR, the name with
position and office, and the WhatsApp message as it would be sent (its *bold* title in bold), in a box with
dashed cutting lines.

Content: `domain/services/invitation_batch.InvitationSheet`. Draws only; no model, no file. The QR is the
badges' vector QR (error correction Q with the quiet zone), 34 mm wide, which decodes from a 150 dpi print.
"""
from __future__ import annotations

import io
import re

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from . import fonts
from .badges import _fit, draw_qr
from .paper import paper_size
from .text import para_text

rl_config.useA85 = 0

COLS, ROWS = 2, 3
MARGIN = 10 * mm
PAD = 4 * mm
QR = 34 * mm
GREY = colors.Color(0.35, 0.35, 0.35)
_BOLD = re.compile(r"\*([^*\n]+)\*")


def message_markup(text: str) -> str:
    """The message as Paragraph markup: escaped (a name with < or & prints as typed), WhatsApp's *bold* bold."""
    return _BOLD.sub(r"<b>\1</b>", para_text(text))


def _entry(c, e, x0: float, y0: float, w: float, h: float) -> None:
    c.saveState()
    c.setDash(3, 3)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.rect(x0, y0, w, h, stroke=1, fill=0)
    c.restoreState()
    top = y0 + h - PAD
    draw_qr(c, e.code, x0 + PAD - 2 * mm, top - QR + 2 * mm, QR)  # the quiet zone's white may touch the pad
    left = x0 + PAD + QR - 1 * mm
    col_w = x0 + w - PAD - left
    name, name_h = _fit(e.name, fonts.BOLD, (12, 11, 10, 9, 8, 7), col_w, 16 * mm, prefer_lines=2)
    name.drawOn(c, left, top - name_h)
    y = top - name_h - 1.2 * mm
    if e.who:
        room = max(8, y - (top - QR + 2 * mm))  # beside the QR, under the name
        who, who_h = _fit(e.who, fonts.REGULAR, (8, 7.5, 7, 6.5, 6), col_w, room, GREY)
        who.drawOn(c, left, y - who_h)
    text_top = top - QR + 1 * mm
    room = text_top - (y0 + PAD)
    text, text_h = _fit_markup(e.text, w - 2 * PAD, room)
    text.drawOn(c, x0 + PAD, text_top - text_h)


def _fit_markup(text: str, width: float, height: float):
    """The message at the largest size that fits; at the smallest, cut (the full text is in the .txt file)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    markup = message_markup(text)
    for size in (9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5):
        style = ParagraphStyle("msg", fontName=fonts.REGULAR, fontSize=size, leading=size * 1.2,
                               splitLongWords=1)
        para = Paragraph(markup, style)
        _, h = para.wrap(width, height)
        if h <= height + 0.01:
            return para, h
    lines = text.splitlines()
    while lines:
        lines.pop()
        para = Paragraph(message_markup("\n".join(lines) + "\n…"), style)
        _, h = para.wrap(width, height)
        if h <= height + 0.01:
            return para, h
    para = Paragraph("…", style)
    return para, para.wrap(width, height)[1]


def render(sheet, office=None, paper: str = "a4", *, progress=None) -> bytes:
    """The sheet (an InvitationSheet) as PDF bytes; `progress(percent)` gets 0..99 and may raise to stop."""
    page = paper_size(paper)
    fonts.register()
    w = (page[0] - 2 * MARGIN) / COLS
    h = (page[1] - 2 * MARGIN - 5 * mm) / ROWS
    per_page = COLS * ROWS
    total = len(sheet.entries)
    pages = max(1, (total + per_page - 1) // per_page)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=page, pageCompression=1)
    c.setTitle(f"Undangan WhatsApp - {sheet.title}")
    c.setCreator("KPU Rakor")
    c.setAuthor(sheet.office)
    if progress:
        progress(0)
    for number in range(pages):
        c.setFont(fonts.REGULAR, 7)
        c.setFillColor(GREY)
        head = f"Undangan: {sheet.title} — {sheet.day_date}"
        sheet_no = f"Lembar {number + 1} dari {pages}"
        avail = page[0] - 2 * MARGIN - c.stringWidth(sheet_no, fonts.REGULAR, 7) - 6 * mm
        if c.stringWidth(head, fonts.REGULAR, 7) > avail:
            while head and c.stringWidth(head + "…", fonts.REGULAR, 7) > avail:
                head = head[:-1]
            head += "…"
        text_y = page[1] - MARGIN - 3 * mm
        c.drawString(MARGIN, text_y, head)
        c.drawRightString(page[0] - MARGIN, text_y, sheet_no)
        c.setFillColor(colors.black)
        for k, e in enumerate(sheet.entries[number * per_page:(number + 1) * per_page]):
            col, row = k % COLS, k // COLS
            _entry(c, e, MARGIN + col * w, MARGIN + (ROWS - 1 - row) * h, w, h)
            if progress:
                progress(min(99, int(100 * (number * per_page + k + 1) / max(total, 1))))
        c.showPage()
    c.save()
    return buf.getvalue()
