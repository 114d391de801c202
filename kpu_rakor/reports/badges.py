"""Name cards with the invitation QR: 90 × 60 mm cards, 2 × 4 on A4 and 2 × 5 on F4, with cut marks.

Each card: the office name small on top, the meeting's title and date, the name as typed (wrapping and
shrinking to fit), position and satker, and the person's invitation code as a vector QR (error correction
Q, with its 4-module quiet zone) about 32 mm wide, which decodes from a page printed at 200 dpi or more.

The cards come as a BadgeSet (domain/services/badges.py, read in the GUI thread); `render()` only draws, so
it runs in any thread.
"""
from __future__ import annotations

import io

import qrcode
import qrcode.constants
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph

from . import fonts
from .paper import paper_size
from .text import para_text

rl_config.useA85 = 0

CARD_W, CARD_H = 90 * mm, 60 * mm
GRID = {"a4": (2, 4), "f4": (2, 5)}  # columns × rows of cards per sheet
PAD = 4 * mm  # text inset from the card's edge
QR_BOX = 41 * mm  # the QR with its quiet zone; the symbol itself is 29/37 of this (~32 mm) for our codes
QR_MIN_BOX = 36 * mm
QR_EDGE = 1.5 * mm  # from the card's right edge to the quiet zone's edge
MARK_GAP, MARK_LEN = 2 * mm, 5 * mm  # cut marks in the margin: a gap from the card, then a tick
CROSS = 2 * mm  # half-arm of the small crosses where four cards meet
GREY = colors.Color(0.35, 0.35, 0.35)
ACCENT = colors.Color(0.62, 0.09, 0.11)  # the red of KPU's emblem, for one thin rule
EC_PRINT = qrcode.constants.ERROR_CORRECT_Q  # cards get creased and smudged


# --- drawing --------------------------------------------------------------------------------------------

def _style(name: str, font: str, size: float, color=colors.black) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.18, textColor=color,
                          splitLongWords=1)


def _fit(text: str, font: str, sizes: tuple[float, ...], width: float, height: float,
         color=colors.black, prefer_lines: int = 0) -> tuple[Paragraph, float]:
    """The text as a Paragraph at the largest size that fits `width` × `height` (in at most `prefer_lines`
    lines when a size down to 3/4 of the largest allows it: a name reads better in two lines); at the smallest
    size, words are dropped from the end (with "…") until it fits. Returns the paragraph and its height."""
    for lines in ((prefer_lines, 0) if prefer_lines else (0,)):
        for size in sizes:
            if lines and size < sizes[0] * 0.75:
                break
            para = Paragraph(para_text(text), _style("fit", font, size, color))
            _, h = para.wrap(width, height)
            if h <= height + 0.01 and (not lines or h <= lines * size * 1.18 + 0.01):
                return para, h
    words = text.split()
    lo, hi = 0, len(words)  # the most words that still fit, with an ellipsis
    best = None
    while lo <= hi:
        mid = (lo + hi) // 2
        para = Paragraph(para_text(" ".join(words[:mid]) + "…"), _style("fit", font, sizes[-1], color))
        _, h = para.wrap(width, height)
        if h <= height + 0.01:
            best, lo = (para, h), mid + 1
        else:
            hi = mid - 1
    if best is None:
        para = Paragraph("…", _style("fit", font, sizes[-1], color))
        best = para, para.wrap(width, height)[1]
    return best


def qr_matrix(code: str) -> list[list[bool]]:
    """The code's modules, quiet zone included (4 modules each side), error correction Q."""
    q = qrcode.QRCode(error_correction=EC_PRINT, border=4)
    q.add_data(code)  # upper-case base32: qrcode picks the compact alphanumeric mode
    q.make(fit=True)
    return q.get_matrix()


def draw_qr(c, code: str, x: float, y: float, size: float) -> None:
    """A vector QR in a `size` square whose lower-left corner is (x, y); white quiet zone painted."""
    matrix = qr_matrix(code)
    n = len(matrix)
    module = size / n
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(colors.black)
    path = c.beginPath()
    for row, cells in enumerate(matrix):
        top = y + size - (row + 1) * module
        col = 0
        while col < n:  # one rectangle per run of dark modules: smaller files, no hairline seams
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < n and cells[col]:
                col += 1
            path.rect(x + start * module, top, (col - start) * module, module)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def _draw_card(c, s, card, x0: float, y0: float) -> None:
    inner = CARD_W - 2 * PAD
    top = y0 + CARD_H - 3.2 * mm
    # Office name, small and grey, then the thin red rule.
    if s.office:
        office, h = _fit(s.office.upper(), fonts.REGULAR, (6, 5.5, 5), inner, 7)
        office.drawOn(c, x0 + PAD, top - h)
        top -= h + 1.2
    c.saveState()
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.8)
    c.line(x0 + PAD, top, x0 + CARD_W - PAD, top)
    c.restoreState()
    top -= 1.6 * mm
    # The meeting: title (two lines at most) and day and date.
    title, h = _fit(s.title, fonts.BOLD, (8, 7.5, 7, 6.5), inner, 2 * 8 * 1.18)
    title.drawOn(c, x0 + PAD, top - h)
    top -= h + 0.8
    date, h = _fit(s.day_date, fonts.REGULAR, (7,), inner, 12)
    date.drawOn(c, x0 + PAD, top - h)
    top -= h + 1.5 * mm
    # The QR at the right, as large as the rest leaves room for.
    box = max(QR_MIN_BOX, min(QR_BOX, top - y0 - QR_EDGE))
    qx = x0 + CARD_W - QR_EDGE - box
    qy = y0 + QR_EDGE + (top - y0 - QR_EDGE - box) / 2
    draw_qr(c, card.code, qx, qy, box)
    # The person, left of the QR: name first and large, then position and satker.
    col_w = qx + 1.5 * mm - (x0 + PAD)  # the quiet zone's white keeps text clear of the symbol
    room = top - 0.5 * mm - (y0 + PAD)
    parts = []
    for text, cap in ((card.position, 3), (card.institution, 3)):
        if text.strip():
            parts.append(_fit(text, fonts.REGULAR, (8, 7.5, 7, 6.5, 6), col_w, cap * 8 * 1.18))
    gap = 1.4 * mm
    rest = room - sum(h for _, h in parts) - gap * len(parts)
    name, name_h = _fit(card.name, fonts.BOLD, (16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6.5, 6, 5.5), col_w, rest,
                        prefer_lines=2)
    y = top - 0.5 * mm - name_h
    name.drawOn(c, x0 + PAD, y)
    for para, h in parts:
        y -= gap + h
        para.drawOn(c, x0 + PAD, y)


def _cut_marks(c, x0: float, y0: float, cols: int, rows: int) -> None:
    """Ticks in the margin along every cutting line, and small crosses where inner corners meet."""
    c.saveState()
    c.setLineWidth(0.35)
    c.setStrokeColor(colors.black)
    w, h = cols * CARD_W, rows * CARD_H
    for i in range(cols + 1):
        x = x0 + i * CARD_W
        c.line(x, y0 - MARK_GAP, x, y0 - MARK_GAP - MARK_LEN)
        c.line(x, y0 + h + MARK_GAP, x, y0 + h + MARK_GAP + MARK_LEN)
    for j in range(rows + 1):
        y = y0 + j * CARD_H
        c.line(x0 - MARK_GAP, y, x0 - MARK_GAP - MARK_LEN, y)
        c.line(x0 + w + MARK_GAP, y, x0 + w + MARK_GAP + MARK_LEN, y)
    for i in range(1, cols):
        for j in range(1, rows):
            x, y = x0 + i * CARD_W, y0 + j * CARD_H
            c.line(x - CROSS, y, x + CROSS, y)
            c.line(x, y - CROSS, x, y + CROSS)
    c.restoreState()


def render(s, office=None, paper: str = "a4", *, progress=None) -> bytes:
    """The cards of `s` (a BadgeSet) as PDF bytes; `progress(percent)` gets 0..99 and may raise to stop
    (domain.cancel.Cancelled).
    The issuing office is the set's own (`office` is accepted like every renderer's, and not needed)."""
    page = paper_size(paper)
    key = "f4" if page == paper_size("f4") else "a4"
    cols, rows = GRID[key]
    fonts.register()
    per_page = cols * rows
    pages = (len(s.cards) + per_page - 1) // per_page
    x0 = (page[0] - cols * CARD_W) / 2
    y0 = (page[1] - rows * CARD_H) / 2
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=page, pageCompression=1)
    c.setTitle(f"Kartu peserta - {s.title}")
    c.setCreator("KPU Rakor")
    c.setAuthor(s.office)
    if progress:
        progress(0)
    total = len(s.cards)
    for number in range(pages):
        batch = s.cards[number * per_page:(number + 1) * per_page]
        c.setFont(fonts.REGULAR, 7)
        c.setFillColor(GREY)
        head = f"Kartu peserta: {s.title} — {s.day_date}"
        sheet = f"Lembar {number + 1} dari {pages}"
        avail = cols * CARD_W - c.stringWidth(sheet, fonts.REGULAR, 7) - 6 * mm
        if c.stringWidth(head, fonts.REGULAR, 7) > avail:
            while head and c.stringWidth(head + "…", fonts.REGULAR, 7) > avail:
                head = head[:-1]
            head += "…"
        # In the top margin, above the ticks: F4 leaves 15 mm there, and printers need about 5.
        text_y = y0 + rows * CARD_H + MARK_GAP + MARK_LEN + 1.5 * mm
        c.drawString(x0, text_y, head)
        c.drawRightString(x0 + cols * CARD_W, text_y, sheet)
        c.setFillColor(colors.black)
        for k, card in enumerate(batch):
            col, row = k % cols, k // cols
            _draw_card(c, s, card, x0 + col * CARD_W, y0 + (rows - 1 - row) * CARD_H)
            if progress:
                progress(min(99, int(100 * (number * per_page + k + 1) / total)))
        _cut_marks(c, x0, y0, cols, rows)
        c.showPage()
    c.save()
    return buf.getvalue()
