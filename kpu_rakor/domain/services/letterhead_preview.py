"""The kop surat drawn as the documents draw it, for the preview in Pengaturan (reportlab loads on first use)."""
from __future__ import annotations

from ..letterhead_fields import LetterheadFields, printed_lines
from .ui_queries import office_logo


def preview_pdf(fields: LetterheadFields, logo: bytes | None = None) -> bytes:
    """A one-page PDF of the kop these fields print, with `logo` (by default the office's stored logo)."""
    from ...reports.letterhead import preview_pdf as draw

    return draw(printed_lines(fields), logo if logo is not None else office_logo())
