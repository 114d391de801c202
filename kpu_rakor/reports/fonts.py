"""The one font family every PDF uses: DejaVu Sans, shipped in resources/fonts (Helvetica lacks Ł, Č, Greek)."""
from __future__ import annotations

from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Oblique", f"{FAMILY}-BoldOblique"

_registered = False


def register() -> str:
    """Register the four faces and the family once per process (so <b>/<i> in a Paragraph find the
    right face); returns the family name to put on every style."""
    global _registered
    if _registered:
        return FAMILY
    folder = resources.files("kpu_rakor.resources").joinpath("fonts")
    for face in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        with resources.as_file(folder.joinpath(f"{face}.ttf")) as path:
            pdfmetrics.registerFont(TTFont(face, str(path)))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, face)
    _registered = True
    return FAMILY
