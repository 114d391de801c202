"""The frame the meeting's lists share (daftar hadir, daftar tanda terima): the kop first, margins measured to
the text, a grey running header naming the meeting on every later page, and "Halaman n dari m"."""
from __future__ import annotations

import io

from reportlab.lib.units import mm

from .letterhead import from_profile
from .page_canvas import PagedCanvas, document, draw_running_header
from .paper import paper_size


class ListPdf:
    """`story` starts with the kop; add the list's flowables, then `build()` for the bytes. `name` is the list's
    name ("Daftar Hadir"): in the PDF's title and in the running header with the meeting's name and day."""

    def __init__(self, sheet, office, paper: str, *, name: str, margin: float, progress=None):
        self.page = paper_size(paper)
        self.width = self.page[0] - 2 * margin
        self._margin, self._progress = margin, progress
        self._running = f"{name}: {sheet.activity} — {sheet.day_date}"
        self._buf = io.BytesIO()
        self.doc = document(self._buf, self.page, left=margin, right=margin, top=margin, bottom=14 * mm,
                            title=f"{name} - {sheet.activity}", author=office.name)
        kop = from_profile(office)
        self.story: list = [kop] if kop is not None else []

    def _later_page(self, c, d) -> None:
        draw_running_header(c, d, self._margin, self._running, self.width)
        if self._progress:
            self._progress(min(95, 40 + d.page * 2))

    def build(self) -> bytes:
        self.doc.build(self.story, onLaterPages=self._later_page, canvasmaker=PagedCanvas)
        return self._buf.getvalue()
