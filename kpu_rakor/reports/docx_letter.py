"""What every Word (.docx) letter shares: the page, the kop surat, paragraphs, label : value rows, tables, the
signature block, or, for an electronic signature (TTE), the placeholders the office's e-office system fills in.

The Word files carry the same content values and the same kop as the PDFs (reports/undangan.py …), so an office
can edit a letter in Word or upload it to its e-office (SRIKANDI and the like). Fonts are named "Arial": Word has
it, and LibreOffice substitutes the metric-compatible Liberation Sans, so lines break the same in both.
"""
from __future__ import annotations

import io
import re

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from . import pictures

FONT = "Arial"
BODY = 10.5  # pt, as the PDFs

# The e-office's placeholders (SRIKANDI's names): replaced by the signature (QR code, name, position), the
# letter's number and its date when the letter is signed electronically.
TTD_PENGIRIM = "${ttd_pengirim}"
NOMOR_NASKAH = "${nomor_naskah}"
TANGGAL_NASKAH = "${tanggal_naskah}"

LOGO_HEIGHT_MM, LOGO_MAX_WIDTH_MM = 22, 30
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

LEFT = WD_ALIGN_PARAGRAPH.LEFT
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def clean(text) -> str:
    """Typed text as Word can hold it: control characters (which XML cannot carry) dropped; `<` and `&` are
    escaped by python-docx itself and print as typed."""
    return _NOT_XML.sub("", str(text or "")).replace("\r\n", "\n").replace("\r", "\n")


def paper_mm(paper: str) -> tuple[int, int]:
    """(width, height) in whole mm of the PDFs' paper (paper.paper_size: its names, its sizes, its message)."""
    from reportlab.lib.units import mm

    from .paper import paper_size

    return tuple(round(side / mm) for side in paper_size(paper))


def new_document(paper: str, *, left: float, right: float, top: float, bottom: float, title: str = "",
                 author: str = ""):
    """An empty portrait document on `paper` with these margins (mm) and Arial as the body font."""
    doc = Document()
    section = doc.sections[0]
    width, height = paper_mm(paper)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.header_distance, section.footer_distance = Mm(6), Mm(7)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(BODY)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.15
    props = doc.core_properties
    props.title, props.author, props.comments = clean(title)[:250], clean(author)[:250], "KPU Rakor"
    return doc


def text_width_mm(doc) -> float:
    s = doc.sections[0]
    return (s.page_width - s.left_margin - s.right_margin) / Mm(1)


def para(container, text="", *, bold=False, italic=False, underline=False, size=None, align=None, before=0.0,
         after=0.0, indent=0.0, hanging=0.0, keep_next=False):
    """A paragraph of `text` (newlines become line breaks) in `container` (the document or a table cell)."""
    p = container.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, underline=underline, size=size)
    fmt = p.paragraph_format
    if align is not None:
        p.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent or hanging:
        fmt.left_indent = Mm(indent + hanging)
        fmt.first_line_indent = Mm(-hanging) if hanging else None
    if keep_next:
        fmt.keep_with_next = True
    return p


def add_run(p, text, *, bold=False, italic=False, underline=False, size=None):
    """`text` appended to paragraph `p`, line breaks kept."""
    run = None
    for n, line in enumerate(clean(text).split("\n")):
        run = p.add_run()
        if n:
            run.add_break(WD_BREAK.LINE)
        run.add_text(line)
        run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
        if size:
            run.font.size = Pt(size)
    return run


def cell_text(cell, text="", **kw):
    """A table cell holding `text` (its first, empty paragraph used, so no blank line is added)."""
    p = cell.paragraphs[0]
    if text:
        add_run(p, text, bold=kw.pop("bold", False), italic=kw.pop("italic", False),
                underline=kw.pop("underline", False), size=kw.pop("size", None))
    if kw.get("align") is not None:
        p.alignment = kw["align"]
    return p


def table(container, rows: int, widths_mm, *, grid=False, align=WD_TABLE_ALIGNMENT.LEFT, indent_mm: float = 0):
    """A table of fixed column widths (Word and LibreOffice both honour them); `grid` draws every line;
    `indent_mm` moves it in from the left margin (the letter's body aligns with the Nomor/Hal values)."""
    t = container.add_table(rows=rows, cols=len(widths_mm))
    if grid:
        t.style = "Table Grid"
    t.alignment = align
    t.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(layout)
    if indent_mm:
        ind = OxmlElement("w:tblInd")
        ind.set(qn("w:w"), str(int(indent_mm * 56.7)))
        ind.set(qn("w:type"), "dxa")
        t._tbl.tblPr.append(ind)
    for col, w in zip(t.columns, widths_mm):
        col.width = Mm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)
    if grid:
        cell_margins(t, 0.9, 0.4, top_mm=0.4)  # Word's 1.9 mm sides would wrap an 18-digit NIP
    else:
        cell_margins(t, 0, 0.5)
    return t


def cell_margins(t, side_mm: float, bottom_mm: float, top_mm: float = 0) -> None:
    """The table's cell padding; none at the sides of a borderless layout table, so its text aligns with the
    paragraphs around it."""
    mar = OxmlElement("w:tblCellMar")
    for edge, value in (("top", top_mm), ("left", side_mm), ("bottom", bottom_mm), ("right", side_mm)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(int(value * 56.7)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    t._tbl.tblPr.append(mar)


def repeat_header(row) -> None:
    """The row repeats at the top of every page a long table runs onto."""
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def keep_row(row) -> None:
    """The row never splits across pages."""
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def shade(cell, fill: str = "E0E0E0") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def fields(container, rows, label_mm: float, width_mm: float, *, colon_mm: float = 4):
    """label : value rows (the Nomor/Hal block, Hari/Tanggal …), values wrapping under themselves."""
    t = table(container, len(rows), [label_mm, colon_mm, width_mm - label_mm - colon_mm])
    for r, (label, value) in enumerate(rows):
        cells = t.rows[r].cells
        cell_text(cells[0], label)
        cell_text(cells[1], ":" if label else "")
        cell_text(cells[2], value)
    return t


def letterhead(doc, office) -> None:
    """The kop surat as on the PDFs: logo at the left, the lines centred beside it (the first bold and larger),
    then the thick-and-thin double rule. Nothing when the office has neither lines nor a logo."""
    lines = [ln.strip() for ln in (office.letterhead_lines or "").splitlines() if ln.strip()]
    logo = pictures.logo(bytes(office.logo) if office.logo else None)
    if not lines and logo is None:
        return
    width = text_width_mm(doc)
    if logo is not None:
        logo_w = min(LOGO_HEIGHT_MM * logo.width / logo.height, LOGO_MAX_WIDTH_MM)
        logo_h = logo_w * logo.height / logo.width
        t = table(doc, 1, [logo_w + 4, width - logo_w - 4])
        t.rows[0].cells[0].paragraphs[0].add_run().add_picture(logo.stream(), width=Mm(logo_w), height=Mm(logo_h))
        for cell in t.rows[0].cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER  # centre: the text block stands centred against the logo
        target = t.rows[0].cells[1]
        first = target.paragraphs[0]
    else:
        target, first = doc, None
    for i, line in enumerate(lines):
        p = first if (i == 0 and first is not None) else target.add_paragraph()
        add_run(p, line, bold=i == 0, size=14 if i == 0 else 9.5)
        p.alignment = CENTER
    rule = doc.add_paragraph()
    rule.paragraph_format.space_before = Pt(2)
    rule.paragraph_format.space_after = Pt(8)
    bottom_border(rule, "thickThinSmallGap", 18)
    add_run(rule, "", size=2)


def bottom_border(p, kind: str = "single", eighths: int = 6) -> None:
    """A rule under paragraph `p` across the text width (`kind` as Word names it)."""
    pbdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:bottom")
    el.set(qn("w:val"), kind)
    el.set(qn("w:sz"), str(eighths))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), "000000")
    pbdr.append(el)
    p._p.get_or_add_pPr().append(pbdr)


def place_date(text: str, esign: bool) -> str:
    """"Tulungagung, 07 April 2021", or for TTE "Tulungagung, ${tanggal_naskah}": the e-office dates the letter
    when it is signed."""
    if not esign:
        return text
    city = text.split(", ", 1)[0] if ", " in text else ""
    return f"{city}, {TANGGAL_NASKAH}" if city else TANGGAL_NASKAH


def signature(cell, heading: list[str], name: str, nip: str, *, esign: bool, align=LEFT,
              space_mm: float = 18) -> None:
    """The signature block in `cell`: heading lines, room to sign, the name (bold, underlined) and NIP. With
    `esign` the room, the name and the NIP give way to ${ttd_pengirim}, where the e-office puts the signature;
    with no name known, a dotted line to fill in by hand."""
    heading = list(heading)
    p = cell.paragraphs[0]
    for n, line in enumerate(heading):
        if n:
            p = cell.add_paragraph()
        add_run(p, line)
        p.alignment = align
    if esign:
        q = cell.add_paragraph() if heading else p
        q.paragraph_format.space_before = Pt(6)
        add_run(q, TTD_PENGIRIM)
        q.alignment = align
        return
    gap = cell.add_paragraph()
    gap.paragraph_format.space_before = Mm(space_mm)
    gap.alignment = align
    if name:
        add_run(gap, name, bold=True, underline=True)
    else:
        add_run(gap, "(" + "." * 44 + ")")
    if nip or not name:
        q = cell.add_paragraph()
        add_run(q, nip or "NIP. " + "." * 32)
        q.alignment = align


def right_block(doc, width_mm: float, block_mm: float):
    """A borderless table whose right cell (returned) holds a block at the right margin, never split."""
    t = table(doc, 1, [width_mm - block_mm, block_mm])
    keep_row(t.rows[0])
    return t.rows[0].cells[1]


def page_number_from_second(doc, template: str = "- {PAGE} -") -> None:
    """Official letters number their pages from the second one, centred at the top: "- 2 -"."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = CENTER
    _fields_in(p, template, 9)


def _fields_in(p, template: str, size: float) -> None:
    for piece in re.split(r"(\{PAGE\}|\{NUMPAGES\})", template):
        if piece in ("{PAGE}", "{NUMPAGES}"):
            _field(p, piece.strip("{}"), size)
        elif piece:
            add_run(p, piece, size=size)


def page_footer(doc, left_lines: list[str], *, numbers: str = "Halaman {PAGE} dari {NUMPAGES}") -> None:
    """Small grey lines at the foot of every page (the notulen's status) and the page number at the right."""
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    for n, line in enumerate(left_lines):
        if n:
            p = footer.add_paragraph()
        add_run(p, line, size=8)
    if numbers:
        q = footer.add_paragraph()
        q.alignment = RIGHT
        _fields_in(q, numbers, 8)


# Word's own "DRAFT" watermark: a VML text shape in the page header, behind the text, on every page. Word and
# LibreOffice both show (and let the user remove) it as a watermark; python-docx has no API for it.
_WATERMARK = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    '<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>'
    '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>'
    '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>'
    '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s1025" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:{width}pt;height:{height}pt;rotation:{angle};'
    'z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
    'fillcolor="{color}" stroked="f"><v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt" string="{text}"/></v:shape>'
    '</w:pict></w:r>')


def watermark(doc, text: str, *, color: str = "#d9d9d9", font: str = "Liberation Sans", angle: int = 305) -> None:
    """`text` large and pale across every page, rotated like the PDF's (55° up from the baseline)."""
    from xml.sax.saxutils import quoteattr

    from docx.oxml import parse_xml

    section = doc.sections[0]
    width = text_width_mm(doc) * 72 / 25.4
    xml = _WATERMARK.format(width=round(width), height=round(width / 2.2), angle=angle, color=color,
                            font=font, text=quoteattr(text)[1:-1])
    headers = [section.header] + ([section.first_page_header] if section.different_first_page_header_footer
                                  else [])
    for header in headers:
        header.paragraphs[0]._p.append(parse_xml(xml))


def _field(p, name: str, size: float) -> None:
    """A PAGE or NUMPAGES field Word and LibreOffice fill in when they lay the pages out: one run per part, each
    in the footer's size (LibreOffice sets the number in the size of the run that holds it)."""
    for kind, text in (("begin", None), (None, f" {name} "), ("separate", None), (None, "1"), ("end", None)):
        run = p.add_run()
        run.font.size = Pt(size)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText" if text.startswith(" ") else "w:t")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def to_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
