"""Binding the paket dokumen: parts already drawn as PDFs in one file, one bookmark per part at its first
page, opening with the bookmarks shown. Which parts go in, and why others do not, is decided in
domain/documents/pack.py."""
from __future__ import annotations

import io


def bind(parts: list[tuple[str, bytes]], title: str) -> tuple[bytes, list[int]]:
    """(the whole PDF, each part's page count) of `parts` given as (bookmark, PDF bytes) in order."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import Fit

    writer = PdfWriter()
    pages: list[int] = []
    for bookmark, data in parts:
        reader = PdfReader(io.BytesIO(data))
        first = sum(pages)
        writer.append(reader)
        # An explicit top-of-page destination: viewers (QtPdf among them) misread pypdf's bare /Fit.
        top = float(reader.pages[0].mediabox.top)
        writer.add_outline_item(title=bookmark, page_number=first, fit=Fit.xyz(left=0, top=top, zoom=None))
        pages.append(len(reader.pages))
    writer.page_mode = "/UseOutlines"  # viewers open with the bookmarks shown
    writer.add_metadata({"/Title": title, "/Creator": "KPU Rakor"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue(), pages
