"""Flowables more than one document uses: the label/colon/value field table and the end of a long list kept
together with what follows it."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from . import fonts
from .text import para_text


def field_table(rows, col_widths, size: float, leading: float, face: str | None = None) -> Table:
    """Rows of label, ":" and value, left-aligned, top-aligned, without cell padding at the sides; the label
    and colon columns in `face` (the regular DejaVu face by default) at `size`/`leading`."""
    t = Table(rows, colWidths=col_widths, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (1, -1), face or fonts.REGULAR, size, leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return t


def heading_table(content, width: float, style) -> Table:
    """Kegiatan, Hari/Tanggal, Pukul, Tempat under a document's title (`content.fields`), values wrapping."""
    return field_table([[label, ":", Paragraph(para_text(value), style)] for label, value in content.fields],
                       [26 * mm, 4 * mm, width - 30 * mm], 9.5, 12)


class ListEnd(Flowable):
    """The last rows of a list and what follows them (a count, a signature block), kept on one page (a
    KeepTogether that knows the table): when they start a new page they bring the header row along, so a
    signature never stands on a page without the list."""

    def __init__(self, head, rows, widths, style, footer, page_top: float, always_head: bool):
        super().__init__()
        self.headed = [Table([head] + rows, colWidths=widths, style=style(True))] + footer
        self.plain = ([Table(rows, colWidths=widths, style=style(False))] if rows else []) + footer
        self.page_top, self.always_head = page_top, always_head
        self.parts = self.headed

    def wrap(self, avail_width, avail_height):
        at_top = avail_height >= self.page_top - 1
        self.parts = self.headed if at_top or self.always_head else self.plain
        self.width = avail_width
        self.heights = [f.wrap(avail_width, avail_height)[1] for f in self.parts]
        self.height = sum(self.heights)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        return []  # never split: the frame moves it whole to the next page

    def draw(self):
        y = self.height
        for f, h in zip(self.parts, self.heights):
            y -= h
            f.drawOn(self.canv, 0, y)
