"""The daftar hadir (attendance list) PDF: kop, header fields, a table that repeats its header on every page,
zig-zag signature cells, and the count, place, date and signature block at the end.

Drawn signatures (`Attendance.signature`) are JSON: a list of strokes, each stroke a list of `[x, y]` points
with x and y normalised to 0..1 of the signing pad's width and height, origin at the pad's top-left corner
(screen convention, y grows downwards), in drawing order; e.g. `[[[0.05, 0.6], [0.2, 0.3]], [[0.4, 0.5]]]`.
A stroke of one point is a dot. The PDF fits the pad into the row's signing area (about 3.5 : 1), so pads of
roughly that shape look natural. Malformed data is ignored (see attendance_sheet.parse_signature).
"""
from __future__ import annotations


from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table, TableStyle

from . import fonts
from .flowables import ListEnd, heading_table
from .list_pdf import ListPdf
from .page_canvas import FRAME_PAD, fit
from .text import para_text, wrap_plain

# Plain binary streams: ASCII85 only makes them 25 % bigger, and its pure-Python encoder cost ~0.2 s per
# 1,000 rows when the optional rl-accel extension is missing.
rl_config.useA85 = 0

MARGIN = 12 * mm  # from the paper's edge to the table's edge
BODY = 7.5  # pt: small enough that an 18-digit NIP fits one line in portrait
PAD = 2.5  # left/right cell padding, pt
SIGN_HEIGHT = 22  # pt of signing room per row (≈ 8 mm)
SIGN_WIDTH = 32 * mm
NOTE_MIN = 6.5  # pt: the smallest a note in the signature cell shrinks to before it is cut
KEEP_WITH_FOOTER = 2  # rows that stay on the page of the signature block


def _styles():
    family = fonts.register()
    return {
        "head": ParagraphStyle("head", fontName=fonts.BOLD, fontSize=BODY, leading=BODY * 1.22,
                               alignment=TA_CENTER),
        "title": ParagraphStyle("title", fontName=fonts.BOLD, fontSize=13, leading=16, alignment=TA_CENTER,
                                spaceBefore=4, spaceAfter=8),
        "field": ParagraphStyle("field", fontName=family, fontSize=9.5, leading=12),
        "foot": ParagraphStyle("foot", fontName=family, fontSize=9.5, leading=12),
    }


class SignatureCell(Flowable):
    """A zig-zag signing slot: odd numbers sign at the left of the cell, even ones at the right, so each
    signature gets more than half the cell. Shows a note instead of a line where nobody signs: the reason
    (izin, sakit, dinas luar) or, for someone who attended on Zoom, "Zoom 95 menit"."""

    def __init__(self, number: int, note: str = "", strokes: tuple = ()):
        super().__init__()
        self.number, self.note, self.strokes = number, note, strokes
        self.height = SIGN_HEIGHT

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, SIGN_HEIGHT

    def draw(self):
        c = self.canv
        slot = self.width * 0.62
        x0 = 0.0 if self.number % 2 else self.width - slot
        label = f"{self.number}."
        label_w = stringWidth(label, fonts.REGULAR, BODY) + 2
        room = slot - label_w
        size = BODY
        if self.note:
            # A note slightly too long ("12. Zoom 120 menit" in a hybrid sheet's narrower cell) prints a little
            # smaller rather than cut; only a really long one ("Diwakili <long name>") ends in "…".
            note_w = stringWidth(self.note, fonts.ITALIC, BODY)
            if label_w + note_w > self.width:
                size = max(NOTE_MIN, BODY * (self.width - label_w) / note_w)
            if x0 > 0 and not self.strokes:
                # On an even row the note may start left of the slot so it ends at the cell's edge instead of
                # being cut: nobody signs in that row, so the zig-zag has nothing to keep.
                need = label_w + note_w * size / BODY
                x0 = max(0.0, min(x0, self.width - need))
        c.setFont(fonts.REGULAR, BODY)
        c.drawString(x0, 2.5, label)
        lx = x0 + label_w
        if self.note:
            c.setFont(fonts.ITALIC, size)
            c.drawString(lx, 2.5, fit(self.note, fonts.ITALIC, size, self.width - lx))
        else:
            c.saveState()
            c.setLineWidth(0.4)
            c.setDash(0.6, 1.4)
            c.line(lx, 2, x0 + slot, 2)
            c.restoreState()
        if self.strokes:
            self._draw_strokes(lx, 1.0, room, SIGN_HEIGHT - 1.0)

    def _draw_strokes(self, x, y, w, h):
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.Color(0.05, 0.1, 0.45))
        c.setLineWidth(0.7)
        c.setLineCap(1)
        c.setLineJoin(1)
        path = c.beginPath()
        for stroke in self.strokes:
            (px, py), rest = stroke[0], stroke[1:] or ((stroke[0][0] + 0.004, stroke[0][1]),)  # a dot
            path.moveTo(x + px * w, y + (1 - py) * h)
            for px, py in rest:
                path.lineTo(x + px * w, y + (1 - py) * h)
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()


def _columns(width: float, hybrid: bool, rows: int, phone: bool = True) -> tuple[list[str], list[float]]:
    """The heads and widths of the table; without the phone column Nama, Jabatan and Instansi share its room."""
    no_w = max(7 * mm, stringWidth(str(max(rows, 99)), fonts.REGULAR, BODY) + 2 * PAD + 2)
    nip_w = stringWidth("19860926 201505 1 001", fonts.REGULAR, BODY) + 2 * PAD + 1
    heads = ["No", "Nama", "NIP", "Jabatan", "Instansi/Unit Kerja"] + (["No. HP"] if phone else []) + ["Tanda Tangan"]
    extra = [stringWidth("081234567890", fonts.REGULAR, BODY) + 2 * PAD + 2] if phone else []
    sign_w = SIGN_WIDTH
    if hybrid:
        # The Luring/Daring column comes out of the signing room, so words like "Penyelenggaraan" still fit.
        # It holds the bare mark; a daring row's Zoom minutes are in its signature cell, where it cannot sign.
        heads.insert(len(heads) - 1, "Luring/ Daring")
        extra.append(stringWidth("Luring/", fonts.BOLD, BODY) + 2 * PAD + 2)
        sign_w -= 4 * mm
    rest = width - no_w - nip_w - sum(extra) - sign_w
    return heads, [no_w, rest * 0.36, nip_w, rest * 0.32, rest * 0.32] + extra + [sign_w]


def _table_style(hybrid: bool, sign_col: int, head: bool) -> TableStyle:
    first = 1 if head else 0  # the first data row
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, BODY, BODY * 1.22),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (sign_col, first), (sign_col, -1), "BOTTOM"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (2, first), (2, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    if hybrid:
        style.append(("ALIGN", (sign_col - 1, first), (sign_col - 1, -1), "CENTER"))
    return TableStyle(style)


def _rows(sheet, widths: list[float], progress) -> list[list]:
    wrapped: dict[tuple[str, int], str] = {}  # institutions and positions repeat: wrap each once

    def text(value: str, col: int) -> str:
        # Plain strings print `<`, `&` and `Ł` as typed and draw about twice as fast as Paragraphs
        # (1,000 rows: ~0.55 s against ~1.2 s), so text that must wrap is broken into lines here.
        key = (value, col)
        if key not in wrapped:
            fits = "\n" not in value and stringWidth(value, fonts.REGULAR, BODY) <= widths[col] - 2 * PAD
            wrapped[key] = value if fits else wrap_plain(value, widths[col] - 2 * PAD, fonts.REGULAR, BODY)
        return wrapped[key]

    data = []
    total = len(sheet.rows) or 1
    for i, r in enumerate(sheet.rows):
        line = [str(r.number), text(r.name, 1), r.nip, text(r.position, 3), text(r.institution, 4)]
        if sheet.show_phone:
            line.append(text(r.phone, 5))
        if sheet.hybrid:
            line.append(r.channel)
        line.append(SignatureCell(r.number, r.note, r.strokes))
        data.append(line)
        if progress and i % 200 == 0:
            progress(int(40 * i / total))
    return data


def _list(sheet, width: float, styles, page_top: float, progress) -> list[Flowable]:
    """The table of people, split so its last rows stay with the footer."""
    heads, widths = _columns(width, sheet.hybrid, len(sheet.rows), sheet.show_phone)
    head = [Paragraph(h, styles["head"]) for h in heads]
    rows = _rows(sheet, widths, progress)
    body, tail = rows[:-KEEP_WITH_FOOTER], rows[-KEEP_WITH_FOOTER:]
    sign_col = len(heads) - 1

    def style(with_head: bool) -> TableStyle:
        return _table_style(sheet.hybrid, sign_col, with_head)

    out: list[Flowable] = []
    if body:
        out.append(LongTable([head] + body, colWidths=widths, repeatRows=1, style=style(True)))
    out.append(ListEnd(head, tail, widths, style, _footer(sheet, width, styles), page_top, not body))
    return out


def _footer(sheet, width: float, styles) -> list[Flowable]:
    foot = styles["foot"]
    signer = sheet.signer
    if signer:
        lines = [para_text(sheet.place_date), para_text(signer.title), "<br/><br/><br/><br/>",
                 f"<b><u>{para_text(signer.name)}</u></b>"]
        if signer.nip:
            lines.append(para_text(signer.nip))
    else:
        lines = [para_text(sheet.place_date), para_text(sheet.unsigned_title), "<br/><br/><br/><br/>",
                 "(" + "." * 60 + ")", "NIP. " + "." * 40]
    block = Paragraph("<br/>".join(lines), foot)
    sign = Table([["", block]], colWidths=[width - 75 * mm, 75 * mm])
    sign.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 4 * mm), Paragraph(para_text(sheet.count_text), foot), Spacer(1, 4 * mm), sign]


def render(sheet, office, paper: str = "a4", *, progress=None) -> bytes:
    """`sheet` (an AttendanceSheet) on `office`'s kop as PDF bytes. `progress(percent)` gets 0..95."""
    styles = _styles()
    pdf = ListPdf(sheet, office, paper, name="Daftar Hadir", margin=MARGIN, progress=progress)
    pdf.story += [Paragraph(sheet.title, styles["title"]), heading_table(sheet, pdf.width, styles["field"]),
                  Spacer(1, 4 * mm)]
    pdf.story += _list(sheet, pdf.width, styles, pdf.doc.height - 2 * FRAME_PAD, progress)
    return pdf.build()
