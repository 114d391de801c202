"""User text made safe for reportlab's Paragraph markup: printed as typed, never read as tags."""
from __future__ import annotations

from xml.sax.saxutils import escape


def para_text(s: str | None) -> str:
    """Escape `&`, `<`, `>` (a raw `<` or `&` aborts the document; `<img src=…>` would read a local file)
    and turn newlines into line breaks."""
    if not s:
        return ""
    return escape(s).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def wrap_plain(text: str | None, width: float, font: str, size: float) -> str:
    """`text` broken into lines no wider than `width` (at spaces; a word too long for a line is cut), joined
    with newlines: a table draws such a plain string as typed, about twice as fast as a Paragraph."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for para in (text or "").splitlines() or [""]:
        line = ""
        for word in para.split():
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while len(word) > 1 and stringWidth(word, font, size) > width:
                lo, hi = 1, len(word) - 1  # the longest head of the word that fits, at least one letter
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if stringWidth(word[:mid], font, size) <= width:
                        lo = mid
                    else:
                        hi = mid - 1
                lines.append(word[:lo])
                word = word[lo:]
            line = word
        lines.append(line)
    return "\n".join(lines)


def letter_para(s: str | None) -> str:
    """`para_text` for an official letter: characters the letter font (Liberation Sans) lacks are set in
    DejaVu Sans, so they print instead of empty boxes."""
    from .fonts import letter_markup

    return letter_markup(para_text(s))
