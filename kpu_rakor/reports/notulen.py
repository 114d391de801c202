"""The notulen (notula rapat) PDF, or for a meeting the office attended the Laporan Hasil Rapat: kop, title,
header fields, the course of the meeting, and the two signature blocks side by side on one page.

Drafts carry "DRAF" across every page; approved minutes carry "Disetujui <tanggal>" in the footer.
"""
from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from . import fonts
from .flowables import field_table
from .letterhead import from_profile
from .page_canvas import GREY, PagedCanvas, document, fit
from .paper import paper_size
from .text import letter_para as para_text

rl_config.useA85 = 0  # as in daftar_hadir: plain streams are smaller and faster without rl-accel

LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 12 * mm, 18 * mm  # tata naskah: the wider margin is for binding
BODY, LEADING = 10.5, 14.5
LABEL_W = 36 * mm  # "Pimpinan Rapat" and its colon
STEP = 6.5 * mm  # one level of indentation in the course of the meeting
SIGN_SPACE = 22 * mm  # room to sign
WATERMARK = colors.Color(0.88, 0.88, 0.88)
WATERMARK_TEXT = "DRAF"


class _Canvas(PagedCanvas):
    """"Halaman n dari m" at the right of the footer, where the left carries the minutes' status."""

    def draw_page_number(self, number: int, total: int) -> None:
        self.setFont(fonts.LETTER_REGULAR, 8)
        self.setFillColor(GREY)
        self.drawRightString(self._pagesize[0] - RIGHT, 9 * mm, f"Halaman {number} dari {total}")


def _styles() -> dict[str, ParagraphStyle]:
    family = fonts.register_letter()

    def style(name, **kw):
        base = dict(fontName=family, fontSize=BODY, leading=LEADING, bulletFontName=family,
                    bulletFontSize=BODY)
        base.update(kw)
        return ParagraphStyle(name, **base)

    return {
        "title": style("title", fontName=fonts.LETTER_BOLD, fontSize=13, leading=17, alignment=TA_CENTER,
                       spaceBefore=6),
        "subtitle": style("subtitle", alignment=TA_CENTER, spaceAfter=4),
        "field": style("field"),
        "list": style("list", leftIndent=6 * mm, bulletIndent=0),
        # Headings keep with what follows (keepWithNext, not KeepTogether: a KeepTogether nested in the
        # signature block's KeepTogether reports an endless height and pushes the block a page on).
        "section": style("section", fontName=fonts.LETTER_BOLD, leftIndent=STEP, bulletIndent=0,
                         bulletFontName=fonts.LETTER_BOLD, spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "item": style("item", fontName=fonts.LETTER_BOLD, leftIndent=2 * STEP, bulletIndent=STEP,
                      bulletFontName=fonts.LETTER_BOLD, spaceBefore=5, spaceAfter=1, keepWithNext=1),
        "speaker": style("speaker", fontName=fonts.LETTER_ITALIC, leftIndent=2 * STEP, spaceAfter=2,
                         keepWithNext=1),
        "text": style("text", leftIndent=2 * STEP, alignment=TA_JUSTIFY, spaceAfter=3),
        "point": style("point", leftIndent=2 * STEP + 4 * mm, bulletIndent=2 * STEP, alignment=TA_JUSTIFY,
                       spaceAfter=2),
        "label": style("label", fontName=fonts.LETTER_BOLD_ITALIC, leftIndent=2 * STEP, spaceBefore=2,
                       spaceAfter=1,
                       keepWithNext=1),
        "decision": style("decision", leftIndent=3 * STEP, bulletIndent=2 * STEP, alignment=TA_JUSTIFY,
                          spaceAfter=2),
        "section_text": style("section_text", leftIndent=STEP, alignment=TA_JUSTIFY, spaceAfter=3),
        "section_point": style("section_point", leftIndent=STEP + 4 * mm, bulletIndent=STEP, alignment=TA_JUSTIFY,
                               spaceAfter=2),
        "section_list": style("section_list", leftIndent=2 * STEP, bulletIndent=STEP, alignment=TA_JUSTIFY,
                              spaceAfter=2),
        "sign": style("sign", alignment=TA_CENTER),
    }


def _header(content, width: float, styles) -> Table:
    """The header fields, one table row per line so a long agenda splits between rows, never inside one."""
    field_style, list_style = styles["field"], styles["list"]
    rows = []
    for f in content.fields:
        label = Paragraph(para_text(f.label), field_style)
        if f.items:
            for n, item in enumerate(f.items, 1):
                rows.append([label if n == 1 else "", ":" if n == 1 else "",
                             Paragraph(para_text(item), list_style, bulletText=f"{n}.")])
        else:
            rows.append([label, ":", Paragraph(para_text(f.value), field_style)])
    return field_table(rows, [LABEL_W, 4 * mm, width - LABEL_W - 4 * mm], BODY, LEADING, fonts.LETTER_REGULAR)


def _paragraphs(texts, styles, *, section: bool = False) -> list[Paragraph]:
    """Typed lines as paragraphs; a line typed with a dash or bullet in front stays a bullet point.
    `section`: indented as the section's own text (Pembahasan without an agenda item), not an item's."""
    text, point = (styles["section_text"], styles["section_point"]) if section else (styles["text"],
                                                                                     styles["point"])
    out = []
    for t in texts:
        if t[:1] in "-•*–" and len(t) > 1 and t[1] == " ":
            out.append(Paragraph(para_text(t[2:].strip()), point, bulletText="–"))
        else:
            out.append(Paragraph(para_text(t), text))
    return out


def _course(content, styles) -> list:
    """Pembukaan, Pembahasan per agenda item, Kesimpulan, Penutup: lettered sections as tata naskah asks."""
    sections: list[tuple[str, list]] = []
    if content.opening:
        sections.append(("Pembukaan", [Paragraph(para_text(t), styles["section_text"]) for t in content.opening]))
    body: list = _paragraphs(content.discussion, styles, section=True)
    for item in content.items:
        body.append(Paragraph(para_text(item.title), styles["item"], bulletText=f"{item.number}."))
        for label, names in item.people_lines:
            body.append(Paragraph(f"{label}: {para_text(names)}", styles["speaker"]))
        body += _paragraphs(item.paragraphs, styles)
        if item.decisions:
            body.append(Paragraph("Keputusan:", styles["label"]))
            body += [Paragraph(para_text(d), styles["decision"], bulletText=f"{n})")
                     for n, d in enumerate(item.decisions, 1)]
    if content.nothing_discussed:
        body.append(Paragraph(para_text(content.nothing_discussed), styles["section_text"]))
    sections.append(("Pembahasan", body))
    if content.conclusions:
        sections.append(("Kesimpulan", [Paragraph(para_text(c), styles["section_list"], bulletText=f"{n}.")
                                        for n, c in enumerate(content.conclusions, 1)]))
    if content.closing:
        sections.append(("Penutup", [Paragraph(para_text(t), styles["section_text"]) for t in content.closing]))
    out: list = [Spacer(1, 3 * mm), Paragraph(content.course_heading,
                                              styles["field"])]
    for letter, (heading, flows) in zip("ABCDEFG", sections):
        out.append(Paragraph(heading.upper(), styles["section"], bulletText=f"{letter}."))
        out += flows
    return out


def _signatures(content, width: float, styles, last: list) -> KeepTogether:
    """Notulis left, Pimpinan Rapat right (a report: Mengetahui, Ketua … left, who reports right); names on
    one line; the whole block on one page, together with `last` (the closing lines), so it never stands alone."""
    sign = styles["sign"]

    def name(block) -> Paragraph:
        if not block.name:
            return Paragraph("(" + "." * 44 + ")", sign)
        return Paragraph(f"<b><u>{para_text(block.name)}</u></b>", sign)

    left, right = content.left, content.right
    # The place and date stand over the right block; the headings end on one line, bottom-aligned
    # ("Notulis," beside "Pimpinan Rapat,"; "Ketua KPU …," beside "Yang melaporkan,").
    heads = [Paragraph("<br/>".join(para_text(h) for h in lines), sign)
             for lines in (left.heading, (content.place_date,) + right.heading)]
    rows = [heads, ["", ""], [name(left), name(right)]]
    if left.nip or right.nip:
        rows.append([Paragraph(para_text(b.nip), sign) for b in (left, right)])
    t = Table(rows, colWidths=[width / 2, width / 2], rowHeights=[None, SIGN_SPACE] + [None] * (len(rows) - 2))
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return KeepTogether(last + [Spacer(1, 8 * mm), t])


def _page_decoration(content, page, progress):
    """Drawn first on every page, under the text: the DRAF mark and the footer's status line."""
    status = content.status_line
    footer_w = page[0] - LEFT - RIGHT - 35 * mm  # leaves room for "Halaman n dari m" at the right

    def on_page(c, doc):
        c.saveState()
        if content.draft:
            c.setFillColor(WATERMARK)
            c.setFont(fonts.LETTER_BOLD, 150)
            c.translate(page[0] / 2, page[1] / 2)
            c.rotate(55)
            c.drawCentredString(0, -50, WATERMARK_TEXT)
        c.restoreState()
        c.saveState()
        c.setFont(fonts.LETTER_REGULAR, 8)
        c.setFillColor(GREY)
        label = f"{content.doc_name}: {content.activity}"
        for y, text in ((12.5 * mm, label), (9 * mm, status)):
            face = fonts.letter_face(text)  # DejaVu for a title in a script the letter font lacks
            c.setFont(face, 8)
            c.drawString(LEFT, y, fit(text, face, 8, footer_w))
        c.restoreState()
        if progress:
            progress(min(95, 10 + doc.page * 3))

    return on_page


def render(content, office, paper: str = "a4", *, progress=None) -> bytes:
    """`content` (a NotulenContent) on `office`'s kop as PDF bytes. `progress(percent)` gets 0..95."""
    page = paper_size(paper)
    styles = _styles()
    width = page[0] - LEFT - RIGHT
    buf = io.BytesIO()
    doc = document(buf, page, left=LEFT, right=RIGHT, top=TOP, bottom=BOTTOM,
                   title=f"{content.doc_name} - {content.activity}",
                   author=office.name)
    story: list = []
    kop = from_profile(office, letter=True)
    if kop is not None:
        story.append(kop)
    story.append(Paragraph(f"<u>{content.title}</u>", styles["title"]))
    story.append(Spacer(1, 4 * mm))
    story.append(_header(content, width, styles))
    course = _course(content, styles)
    # The closing (Penutup, "Rapat ditutup pukul …"; at least the last paragraph) goes with the signatures.
    keep = 1 + len(content.closing) if content.closing else 1  # Penutup's heading and lines
    story += course[:-keep]
    story.append(_signatures(content, width, styles, course[-keep:]))
    decorate = _page_decoration(content, page, progress)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=_Canvas)
    return buf.getvalue()
