"""What every page of our documents shares: margins measured to the text, "Halaman n dari m", the grey running
header of later pages, and text cut to a width with "…"."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import SimpleDocTemplate

from . import fonts

FRAME_PAD = 6  # SimpleDocTemplate's frame pads each side by 6 pt; the margins given to it leave room for that
GREY = colors.Color(0.35, 0.35, 0.35)


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` as is when it fits `width`, else cut and ended with "…"."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def document(buf, page, *, left: float, right: float, top: float, bottom: float, title: str,
             author: str) -> SimpleDocTemplate:
    """A document whose margins (in points) are measured from the paper's edge to the text."""
    return SimpleDocTemplate(buf, pagesize=page, leftMargin=left - FRAME_PAD, rightMargin=right - FRAME_PAD,
                             topMargin=top - FRAME_PAD, bottomMargin=bottom - FRAME_PAD,
                             title=title, creator="KPU Rakor", author=author)


def draw_running_header(c, doc, x: float, text: str, width: float) -> None:
    """A grey line at the top of a later page, so a loose page still says which meeting it belongs to."""
    c.saveState()
    c.setFont(fonts.REGULAR, 7.5)
    c.setFillColor(GREY)
    c.drawString(x, doc.pagesize[1] - 8 * mm, fit(text, fonts.REGULAR, 7.5, width))
    c.restoreState()


class PagedCanvas(rl_canvas.Canvas):
    """Holds pages back until the end so each can say "Halaman x dari y" without building twice. The number
    stands centred at the foot; a document that wants it elsewhere overrides `draw_page_number`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages = []

    def showPage(self):
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, 1):
            self.__dict__.update(state)
            self.draw_page_number(number, total)
            super().showPage()
        super().save()

    def draw_page_number(self, number: int, total: int) -> None:
        self.setFont(fonts.REGULAR, 7.5)
        self.setFillColor(GREY)
        self.drawCentredString(self._pagesize[0] / 2, 7 * mm, f"Halaman {number} dari {total}")
