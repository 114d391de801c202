"""Paper sizes offices print on: A4 and F4/folio (215 × 330 mm), portrait, in points."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ..domain.errors import UserError

F4 = (215 * mm, 330 * mm)
PAPERS = {"a4": A4, "f4": F4}
LABELS = {"a4": "A4 (210 × 297 mm)", "f4": "F4/Folio (215 × 330 mm)"}


def paper_size(name: str) -> tuple[float, float]:
    """(width, height) in points for `a4` or `f4` (any case; `folio` means F4)."""
    key = (name or "").strip().lower()
    key = "f4" if key == "folio" else key
    try:
        return PAPERS[key]
    except KeyError:
        raise UserError(f"Ukuran kertas {name!r} tidak dikenal. Pilih A4 atau F4 (215 × 330 mm).") from None
