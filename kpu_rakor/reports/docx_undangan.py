"""The surat undangan as a Word file: what reports/undangan.py prints (kop, Nomor/Sifat/Lampiran/Hal with the place
and date, Yth., the body with the table of day, time and place, the signature, tembusan, the attached list of
invitees), from the same InvitationLetter. For an electronic signature (`esign`) the number, the date and the
signature are the e-office's placeholders."""
from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK

from . import docx_letter as w

LEFT, RIGHT, TOP, BOTTOM = 25, 20, 12, 18  # mm, as the PDF
LABEL_W, COLON_W = 22, 4  # the Nomor/Hal block's label and colon columns
DATE_W = 58
SIGN_W = 78
DETAILS_INDENT = 8  # the day/time/place table stands a little further in than the body


def _header(doc, letter, width: float, esign: bool) -> None:
    """Nomor/Sifat/Lampiran/Hal at the left, the place and date at the right of the Nomor line."""
    rows = [("Nomor", w.NOMOR_NASKAH if esign else letter.number), ("Sifat", letter.nature),
            ("Lampiran", letter.attachment), ("Hal", letter.subject)]
    value_w = width - LABEL_W - COLON_W
    t = w.table(doc, len(rows), [LABEL_W, COLON_W, value_w - DATE_W, DATE_W])
    for r, (label, value) in enumerate(rows):
        cells = t.rows[r].cells
        w.cell_text(cells[0], label)
        w.cell_text(cells[1], ":")
        if r == 0:
            w.cell_text(cells[2], value)
            w.cell_text(cells[3], w.place_date(letter.place_date, esign), align=w.RIGHT)
        else:
            w.cell_text(cells[2].merge(cells[3]), value)


def _addressees(doc, letter, width: float) -> None:
    if letter.attach_list:
        w.para(doc, letter.addressee_line, keep_next=True)
    elif len(letter.recipients) == 1:
        w.para(doc, "Yth. " + letter.recipients[0].line, keep_next=True)
    elif letter.recipients:
        t = w.table(doc, len(letter.recipients), [9, 7, width - 16])
        for i, r in enumerate(letter.recipients):
            cells = t.rows[i].cells
            w.cell_text(cells[0], "Yth." if i == 0 else "")
            w.cell_text(cells[1], f"{i + 1}.")
            w.cell_text(cells[2], r.line)
    else:
        w.para(doc, "Yth. " + "." * 50, keep_next=True)
    w.para(doc, "di", keep_next=True)
    w.para(doc, "Tempat", indent=10)


def _numbered(doc, items: list[str], indent: float) -> None:
    if len(items) == 1:
        w.para(doc, items[0], indent=indent)
        return
    for n, text in enumerate(items, 1):
        p = w.para(doc, f"{n}.\t", indent=indent, hanging=6)
        w.add_run(p, text)


def _body(doc, text: str, indent: float, *, keep_next=False):
    """Justified, unless a word too long to break (a letter number) would leave gaping spaces."""
    long_word = any(len(word) > 24 for word in text.split())
    return w.para(doc, text, indent=indent, align=w.LEFT if long_word else w.JUSTIFY, keep_next=keep_next)


def _details(doc, letter, indent: float, width: float) -> None:
    """Hari/Tanggal, Pukul, Tempat … and the agenda (numbered when there is more than one item)."""
    label_w, num_w = 28, 6
    value_w = width - label_w - COLON_W
    agenda = letter.agenda if len(letter.agenda) > 1 else []
    t = w.table(doc, len(letter.details) + (len(agenda) or 1), [label_w, COLON_W, num_w, value_w - num_w],
                indent_mm=indent)
    r = 0
    for label, value in letter.details:
        cells = t.rows[r].cells
        w.cell_text(cells[0], label)
        w.cell_text(cells[1], ":")
        w.cell_text(cells[2].merge(cells[3]), value)
        r += 1
    if not agenda:
        cells = t.rows[r].cells
        w.cell_text(cells[0], "Acara")
        w.cell_text(cells[1], ":")
        w.cell_text(cells[2].merge(cells[3]), letter.agenda[0] if letter.agenda else "-")
    for n, item in enumerate(agenda, 1):
        cells = t.rows[r].cells
        w.cell_text(cells[0], "Acara" if n == 1 else "")
        w.cell_text(cells[1], ":" if n == 1 else "")
        w.cell_text(cells[2], f"{n}.")
        w.cell_text(cells[3], item)
        r += 1


def _signature(doc, letter, width: float, esign: bool) -> None:
    cell = w.right_block(doc, width, SIGN_W)
    signer = letter.signer
    if signer is not None:
        w.signature(cell, [signer.title], signer.name, signer.nip, esign=esign)
    else:
        w.signature(cell, [letter.unsigned_title], "", "", esign=esign)


def _copies(doc, letter) -> None:
    if not letter.copies:
        return
    w.para(doc, "Tembusan:", before=12, keep_next=True)
    if len(letter.copies) == 1:
        w.para(doc, letter.copies[0])
        return
    for n, text in enumerate(letter.copies, 1):
        p = w.para(doc, f"{n}.\t", hanging=6, keep_next=n < len(letter.copies))
        w.add_run(p, text)


def _attached_list(doc, letter, width: float, esign: bool) -> None:
    """The "Lampiran" page: which letter it belongs to, then the numbered list of invitees."""
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading = []
    for label, value in letter.attachment_heading:
        if label == "NOMOR" and esign:
            value = w.NOMOR_NASKAH
        elif label == "TANGGAL" and esign:
            value = w.TANGGAL_NASKAH
        heading.append((label, value))
    t = w.table(doc, len(heading), [20, COLON_W, 76], align=WD_TABLE_ALIGNMENT.RIGHT)
    for r, (label, value) in enumerate(heading):
        cells = t.rows[r].cells
        if value:
            w.cell_text(cells[0], label, size=9)
            w.cell_text(cells[1], ":", size=9)
            w.cell_text(cells[2], value, size=9)
        else:
            w.cell_text(cells[0].merge(cells[2]), label, size=9)
    w.para(doc, "DAFTAR UNDANGAN", bold=True, size=12, align=w.CENTER, before=14, after=8)
    no_w = 10
    name_w = (width - no_w) * 0.45
    grid = w.table(doc, len(letter.recipients) + 1, [no_w, name_w, width - no_w - name_w], grid=True)
    for cell, head in zip(grid.rows[0].cells, ("No", "Nama", "Jabatan dan Instansi")):
        w.cell_text(cell, head, bold=True, size=9, align=w.CENTER)
        w.shade(cell)
    w.repeat_header(grid.rows[0])
    for i, r in enumerate(letter.recipients, 1):
        row = grid.rows[i]
        w.keep_row(row)
        cells = row.cells
        w.cell_text(cells[0], str(i), size=9, align=w.CENTER)
        w.cell_text(cells[1], r.name, size=9)
        w.cell_text(cells[2], r.description or "-", size=9)
    w.para(doc, "", after=10)
    _signature(doc, letter, width, esign)


def render(letter, office, paper: str = "a4", *, progress=None, esign: bool = False) -> bytes:
    """`letter` (an InvitationLetter) on `office`'s kop as .docx bytes; `esign`: the TTE variant."""
    doc = w.new_document(paper, left=LEFT, right=RIGHT, top=TOP, bottom=BOTTOM,
                         title=f"Undangan - {letter.activity}", author=letter.office_name)
    w.page_number_from_second(doc)
    width = w.text_width_mm(doc)
    indent = LABEL_W + COLON_W
    w.letterhead(doc, office)
    _header(doc, letter, width, esign)
    w.para(doc, "", after=10)
    _addressees(doc, letter, width)
    w.para(doc, "", after=6)
    if letter.basis_heading:
        w.para(doc, letter.basis_heading, indent=indent, keep_next=True)
        _numbered(doc, letter.basis, indent)
        w.para(doc, "", after=2)
    _body(doc, letter.opening, indent, keep_next=True).paragraph_format.space_after = w.Pt(4)
    _details(doc, letter, indent + DETAILS_INDENT, width - indent - DETAILS_INDENT)
    if progress:
        progress(10)
    closing = _body(doc, letter.closing, indent, keep_next=True)
    closing.paragraph_format.space_before = w.Pt(6)
    closing.paragraph_format.space_after = w.Pt(14)
    _signature(doc, letter, width, esign)
    _copies(doc, letter)
    if letter.attach_list:
        _attached_list(doc, letter, width, esign)
    if progress:
        progress(20)
    return w.to_bytes(doc)
