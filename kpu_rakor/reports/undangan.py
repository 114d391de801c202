"""The surat undangan (invitation letter) PDF: kop, the Nomor/Sifat/Lampiran/Hal block with the place and date,
Yth., the body with the table of day, time and place, the signature block (never split), tembusan, and the
attached list of invitees on its own page when there are many."""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, LongTable, PageBreak, Paragraph, Spacer, Table, TableStyle

from . import fonts
from .flowables import ListEnd
from .letterhead import from_profile
from .page_canvas import FRAME_PAD, GREY, document
from .paper import paper_size
from .text import letter_para as para_text, wrap_plain

LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 12 * mm, 18 * mm
BODY, LEADING = 10.5, 14.5
LABEL_W = 22 * mm  # "Lampiran" and the colon column of the letter's header block
COLON_W = 4 * mm
SIGN_W = 78 * mm
SIGN_SPACE = 18 * mm  # room for the signature and the stamp
LIST_BODY = 9
KEEP_WITH_SIGNATURE = 3  # rows of the attached list that stay on the page of its signature


def _styles():
    family = fonts.register_letter()
    base = dict(fontName=family, fontSize=BODY, leading=LEADING)
    return {
        "body": ParagraphStyle("body", alignment=TA_JUSTIFY, **base),
        "plain": ParagraphStyle("plain", **base),
        "right": ParagraphStyle("right", alignment=TA_RIGHT, **base),
        "sign": ParagraphStyle("sign", **base),
        "title": ParagraphStyle("title", fontName=fonts.LETTER_BOLD, fontSize=12, leading=15,
                                alignment=TA_CENTER,
                                spaceBefore=2, spaceAfter=8),
        "small": ParagraphStyle("small", fontName=family, fontSize=LIST_BODY, leading=LIST_BODY * 1.25),
        "head": ParagraphStyle("head", fontName=fonts.LETTER_BOLD, fontSize=LIST_BODY, leading=LIST_BODY * 1.25,
                               alignment=TA_CENTER),
    }


def _fields(rows, widths, styles, *, style_name="plain") -> Table:
    """label : value rows, values wrapping under themselves (Paragraph), labels plain."""
    st = styles[style_name]
    data = [[para_cell(label, st), ":" if label else "", para_cell(value, st)] for label, value in rows]
    t = Table(data, colWidths=widths, hAlign="LEFT")
    t.setStyle(_tight([("FONT", (1, 0), (1, -1), st.fontName, st.fontSize, st.leading)]))
    return t


def para_cell(text: str, style) -> Paragraph:
    return Paragraph(para_text(text), style)


def _tight(extra=()) -> TableStyle:
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        *extra,
    ])


def _header(letter, width, styles) -> Table:
    """Nomor/Sifat/Lampiran/Hal at the left, the place and date at the right of the Nomor line."""
    body = styles["plain"]
    date_w = max(stringWidth(letter.place_date, body.fontName, BODY) + 4, 50 * mm)
    date_w = min(date_w, width * 0.45)
    value_w = width - LABEL_W - COLON_W
    rows = [("Nomor", letter.number), ("Sifat", letter.nature), ("Lampiran", letter.attachment),
            ("Hal", letter.subject)]
    data = []
    for i, (label, value) in enumerate(rows):
        cell = Paragraph(para_text(value), body)
        if i == 0:
            data.append([label, ":", cell, Paragraph(para_text(letter.place_date), styles["right"])])
        else:
            data.append([label, ":", cell, ""])
    t = Table(data, colWidths=[LABEL_W, COLON_W, value_w - date_w, date_w], hAlign="LEFT")
    spans = [("SPAN", (2, r), (3, r)) for r in range(1, len(rows))]
    t.setStyle(_tight([("FONT", (0, 0), (1, -1), body.fontName, BODY, LEADING), *spans]))
    return t


def _addressees(letter, width, styles) -> list[Flowable]:
    body = styles["plain"]
    if letter.attach_list:
        lines = [Paragraph(para_text(letter.addressee_line), body)]
    elif len(letter.recipients) == 1:
        lines = [Paragraph("Yth. " + para_text(letter.recipients[0].line), body)]
    elif letter.recipients:
        yth = stringWidth("Yth. ", body.fontName, BODY) + 1
        num = stringWidth("00. ", body.fontName, BODY)
        rows = [["Yth." if i == 0 else "", f"{i + 1}.", Paragraph(para_text(r.line), body)]
                for i, r in enumerate(letter.recipients)]
        t = Table(rows, colWidths=[yth, num, width - yth - num], hAlign="LEFT")
        t.setStyle(_tight([("FONT", (0, 0), (1, -1), body.fontName, BODY, LEADING)]))
        lines = [t]
    else:
        lines = [Paragraph("Yth. " + "." * 50, body)]
    lines += [Paragraph("di", body), Paragraph("&nbsp;" * 8 + "Tempat", body)]
    return [KeepTogether(lines)]


def _body(text: str, width: float, styles) -> Paragraph:
    """A justified paragraph, unless it holds a word too long to break (a letter number such as
    244/HM.02-SD/06/KPU/III/2021): justifying around it leaves gaping spaces, so it is set ragged."""
    st = styles["body"]
    longest = max((stringWidth(w, st.fontName, st.fontSize) for w in text.split()), default=0)
    return Paragraph(para_text(text), st if longest < width / 4 else styles["plain"])


def _numbered(items: list[str], width, style) -> Flowable:
    num = stringWidth(f"{len(items)}. ", style.fontName, style.fontSize) + 2
    if len(items) == 1:
        return Paragraph(para_text(items[0]), style)
    t = Table([[f"{i}.", Paragraph(para_text(text), style)] for i, text in enumerate(items, 1)],
              colWidths=[num, width - num], hAlign="LEFT")
    t.setStyle(_tight([("FONT", (0, 0), (0, -1), style.fontName, style.fontSize, style.leading)]))
    return t


def _details(letter, width, styles) -> Table:
    """Hari/Tanggal, Pukul, Tempat … and the agenda, one row per item so a long agenda can run onto the
    next page."""
    body = styles["plain"]
    label_w = max(stringWidth(label, body.fontName, BODY) for label, _ in letter.details + [("Hari/Tanggal", "")])
    label_w += 8
    value_w = width - label_w - COLON_W
    num_w = stringWidth(f"{len(letter.agenda)}. ", body.fontName, BODY) + 2
    rows = [[label, ":", Paragraph(para_text(value), body), ""] for label, value in letter.details]
    spans = [("SPAN", (2, r), (3, r)) for r in range(len(rows))]
    if len(letter.agenda) == 1:
        spans.append(("SPAN", (2, len(rows)), (3, len(rows))))
        rows.append(["Acara", ":", Paragraph(para_text(letter.agenda[0]), body), ""])
    else:
        for i, item in enumerate(letter.agenda, 1):
            rows.append(["Acara" if i == 1 else "", ":" if i == 1 else "", f"{i}.", Paragraph(para_text(item), body)])
    t = Table(rows, colWidths=[label_w, COLON_W, num_w, value_w - num_w], hAlign="LEFT")
    t.setStyle(_tight([("FONT", (0, 0), (2, -1), body.fontName, BODY, LEADING),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2), *spans]))
    return t


class _Indented(Flowable):
    """A flowable drawn `indent` points in from the frame's left edge (the body of the letter aligns with the
    values of the Nomor/Hal block, as KPU letters do)."""

    def __init__(self, child: Flowable, indent: float):
        super().__init__()
        self.child, self.indent = child, indent

    def wrap(self, avail_width, avail_height):
        w, h = self.child.wrapOn(getattr(self, "canv", None), avail_width - self.indent, avail_height)
        self.width, self.height = avail_width, h
        return avail_width, h

    def split(self, avail_width, avail_height):
        parts = self.child.splitOn(getattr(self, "canv", None), avail_width - self.indent, avail_height)
        return [_Indented(p, self.indent) for p in parts]

    def draw(self):
        self.child.drawOn(self.canv, self.indent, 0)

    def getSpaceBefore(self):
        return self.child.getSpaceBefore()

    def getSpaceAfter(self):
        return self.child.getSpaceAfter()


def signature_block(letter, width, styles) -> Table:
    """The signatory's title, room to sign, the name and NIP, at the right; a Table row never splits."""
    sign, signer = styles["sign"], letter.signer
    if signer is not None:
        parts = [Paragraph(para_text(signer.title), sign), Spacer(1, SIGN_SPACE),
                 Paragraph(f"<b><u>{para_text(signer.name)}</u></b>", sign)]
        if signer.nip:
            parts.append(Paragraph(para_text(signer.nip), sign))
    else:
        parts = [Paragraph(para_text(letter.unsigned_title), sign), Spacer(1, SIGN_SPACE),
                 Paragraph("(" + "." * 50 + ")", sign), Paragraph("NIP. " + "." * 36, sign)]
    t = Table([["", parts]], colWidths=[width - SIGN_W, SIGN_W])
    t.setStyle(_tight())
    return t


def _copies(letter, width, styles) -> list[Flowable]:
    if not letter.copies:
        return []
    small = styles["plain"]
    return [Spacer(1, 6 * mm), KeepTogether([Paragraph("Tembusan:", small),
                                             _numbered(letter.copies, width * 0.7, small)])]


def _letter(letter, width, styles) -> list[Flowable]:
    indent = LABEL_W + COLON_W
    inner = width - indent
    story: list[Flowable] = [_header(letter, width, styles), Spacer(1, 6 * mm)]
    story += _addressees(letter, width, styles)
    story.append(Spacer(1, 5 * mm))
    if letter.basis_heading:
        story.append(_Indented(Paragraph(para_text(letter.basis_heading), styles["plain"]), indent))
        story.append(_Indented(_numbered(letter.basis, inner, styles["plain"]), indent))
        story.append(Spacer(1, 2 * mm))
    story.append(_Indented(_body(letter.opening, inner, styles), indent))
    story.append(Spacer(1, 2 * mm))
    story.append(_Indented(_details(letter, inner - 8 * mm, styles), indent + 8 * mm))
    story.append(Spacer(1, 2 * mm))
    # The last words of the letter and its signature stay on one page.
    story.append(KeepTogether([_Indented(_body(letter.closing, inner, styles), indent), Spacer(1, 6 * mm),
                               signature_block(letter, width, styles)]))
    story += _copies(letter, width, styles)
    return story


def _attached_list(letter, width, styles, page_top: float) -> list[Flowable]:
    """The "Lampiran" page: which letter it belongs to, then the numbered list of invitees."""
    small, head = styles["small"], styles["head"]
    block_w = min(100 * mm, width * 0.6)
    label_w = stringWidth("TANGGAL", small.fontName, LIST_BODY) + 4
    rows = []
    for label, value in letter.attachment_heading:
        if value:
            rows.append([label, ":", Paragraph(para_text(value), small)])
        else:
            rows.append([Paragraph(para_text(label), small), "", ""])
    heading = Table(rows, colWidths=[label_w, COLON_W, block_w - label_w - COLON_W], hAlign="RIGHT")
    spans = [("SPAN", (0, r), (2, r)) for r, (_, v) in enumerate(letter.attachment_heading) if not v]
    heading.setStyle(_tight([("FONT", (0, 0), (1, -1), small.fontName, LIST_BODY, LIST_BODY * 1.25), *spans]))

    no_w = max(stringWidth(f"{len(letter.recipients)}", small.fontName, LIST_BODY),
               stringWidth("No", fonts.LETTER_BOLD, LIST_BODY)) + 10
    name_w = (width - no_w) * 0.45
    desc_w = width - no_w - name_w
    cache: dict[tuple[str, float], str] = {}

    def cell(text: str, w: float):
        # Plain strings (pre-wrapped) draw twice as fast as Paragraphs in a long list and print as typed; a
        # name in a script the letter font lacks needs a Paragraph, which sets those letters in DejaVu.
        if not fonts.letter_has(text):
            return Paragraph(para_text(text), small)
        key = (text, w)
        if key not in cache:
            cache[key] = wrap_plain(text, w - 6, small.fontName, LIST_BODY)
        return cache[key]

    head_row = [Paragraph("No", head), Paragraph("Nama", head), Paragraph("Jabatan dan Instansi", head)]
    rows = [[str(i), cell(r.name, name_w), cell(r.description or "-", desc_w)]
            for i, r in enumerate(letter.recipients, 1)]
    widths = [no_w, name_w, desc_w]

    def style(with_head: bool) -> TableStyle:
        first = 1 if with_head else 0
        return TableStyle([
            ("FONT", (0, 0), (-1, -1), small.fontName, LIST_BODY, LIST_BODY * 1.25),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            *([("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88))] if with_head else []),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, first), (0, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ])

    # The last rows stay with the signature (with the header row again when they start a page), so the
    # signature never stands on a page of its own.
    body, tail = rows[:-KEEP_WITH_SIGNATURE], rows[-KEEP_WITH_SIGNATURE:]
    story: list[Flowable] = [PageBreak(), heading, Spacer(1, 6 * mm), Paragraph("DAFTAR UNDANGAN", styles["title"])]
    if body:
        story.append(LongTable([head_row] + body, colWidths=widths, repeatRows=1, style=style(True)))
    footer = [Spacer(1, 8 * mm), signature_block(letter, width, styles)]
    story.append(ListEnd(head_row, tail, widths, style, footer, page_top, not body))
    return story


def _page_number(canvas, doc):
    """Official letters number their pages from the second one, centred at the top: "- 2 -"."""
    canvas.saveState()
    canvas.setFont(fonts.LETTER_REGULAR, 9)
    canvas.setFillColor(GREY)
    w, h = doc.pagesize
    canvas.drawCentredString(w / 2, h - 8 * mm, f"- {doc.page} -")
    canvas.restoreState()


def render(letter, office, paper: str = "a4", *, progress=None) -> bytes:
    """`letter` (an InvitationLetter) on `office`'s kop as PDF bytes; `progress(percent)` gets 0..20."""
    page = paper_size(paper)
    styles = _styles()
    width = page[0] - LEFT - RIGHT
    buf = io.BytesIO()
    doc = document(buf, page, left=LEFT, right=RIGHT, top=TOP, bottom=BOTTOM,
                   title=f"Undangan - {letter.activity}", author=letter.office_name)
    story: list[Flowable] = []
    kop = from_profile(office, letter=True)
    if kop is not None:
        story += [kop, Spacer(1, 4 * mm)]
    story += _letter(letter, width, styles)
    if progress:
        progress(20)
    if letter.attach_list:
        story += _attached_list(letter, width, styles, doc.height - 2 * FRAME_PAD)
    doc.build(story, onLaterPages=_page_number)
    return buf.getvalue()
