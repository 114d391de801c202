"""The two font families the PDFs use, both shipped in resources/fonts:

- DejaVu Sans for lists, badges and recaps (it has Ł, Č, Greek, Cyrillic and more; Helvetica lacks them);
- Liberation Sans for official letters (undangan, notulen, laporan hasil rapat): KPU letters are set in Arial,
  and Liberation Sans has Arial's metrics, so a letter breaks its lines as the office's Word template does.

Liberation lacks some scripts DejaVu has: `letter_markup` sets such characters in DejaVu (a fallback run), so
a name typed in any script still prints.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Oblique", f"{FAMILY}-BoldOblique"

LETTER_FAMILY = "LiberationSans"
# The regular face is registered under the family's name (as DejaVu's is), so a style naming the family works.
LETTER_REGULAR, LETTER_BOLD, LETTER_ITALIC, LETTER_BOLD_ITALIC = (
    LETTER_FAMILY, f"{LETTER_FAMILY}-Bold", f"{LETTER_FAMILY}-Italic", f"{LETTER_FAMILY}-BoldItalic")
_FILES = {LETTER_REGULAR: "LiberationSans-Regular"}  # the file of a face, where it is not the face's name

_registered: set[str] = set()


def _register(family: str, faces: tuple[str, str, str, str]) -> str:
    """Register the four faces and the family once per process (so <b>/<i> in a Paragraph find the
    right face); returns the family name to put on every style."""
    if family in _registered:
        return family
    folder = resources.files("kpu_rakor.resources").joinpath("fonts")
    for face in faces:
        with resources.as_file(folder.joinpath(f"{_FILES.get(face, face)}.ttf")) as path:
            pdfmetrics.registerFont(TTFont(face, str(path)))
    regular, bold, italic, bold_italic = faces
    pdfmetrics.registerFontFamily(family, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic)
    for b, i, face in ((0, 0, regular), (1, 0, bold), (0, 1, italic), (1, 1, bold_italic)):
        addMapping(family, b, i, face)
    _registered.add(family)
    return family


def register() -> str:
    """The DejaVu family (lists, badges, recap), registered."""
    return _register(FAMILY, (REGULAR, BOLD, ITALIC, BOLD_ITALIC))


def register_letter() -> str:
    """The letter family (Liberation Sans), registered together with DejaVu, its fallback."""
    register()
    return _register(LETTER_FAMILY, (LETTER_REGULAR, LETTER_BOLD, LETTER_ITALIC, LETTER_BOLD_ITALIC))


@lru_cache(maxsize=1)
def _letter_chars() -> frozenset[int]:
    register_letter()
    return frozenset(pdfmetrics.getFont(LETTER_REGULAR).face.charToGlyph)


def letter_has(text: str) -> bool:
    """True when the letter font has a glyph for every character of `text`."""
    chars = _letter_chars()
    return all(ord(c) in chars or c in "\n\r\t" for c in text)


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def letter_markup(markup: str) -> str:
    """Paragraph markup (already escaped, see text.para_text) with every run of characters the letter font
    lacks wrapped in a DejaVu <font> tag. Tags and entities are ASCII, which the letter font has, so only
    text is touched."""
    chars = _letter_chars()

    def fix(m: re.Match) -> str:
        out, run = [], []
        for c in m.group(0):
            if ord(c) in chars:
                if run:
                    out.append(f'<font name="{REGULAR}">{"".join(run)}</font>')
                    run = []
                out.append(c)
            else:
                run.append(c)
        if run:
            out.append(f'<font name="{REGULAR}">{"".join(run)}</font>')
        return "".join(out)

    return _NON_ASCII_RUN.sub(fix, markup)


def letter_face(text: str, face: str = LETTER_REGULAR) -> str:
    """The face to draw a plain string (a canvas string, a table cell) with: the letter face, or DejaVu when
    the string holds a character the letter font lacks."""
    if letter_has(text):
        return face
    return {LETTER_BOLD: BOLD, LETTER_ITALIC: ITALIC, LETTER_BOLD_ITALIC: BOLD_ITALIC}.get(face, REGULAR)
