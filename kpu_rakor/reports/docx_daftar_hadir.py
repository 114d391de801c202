"""The daftar hadir as a Word file, from the same AttendanceSheet as reports/daftar_hadir.py: kop, title, the
Kegiatan/Hari/Tanggal/Pukul/Tempat lines, the table (its header repeated on every page) with zig-zag signing
slots, drawn signatures as pictures, the count, and the responsible official's signature (or, for `esign`,
${ttd_pengirim} under "<city>, ${tanggal_naskah}")."""
from __future__ import annotations

import io

from docx.enum.table import WD_ALIGN_VERTICAL
from docx.shared import Mm

from . import docx_letter as w

MARGIN = 12  # mm, as the PDF
BODY = 7.5  # pt
SIGN_W = 32  # mm, the signing column
SIGN_PICTURE = (20, 6.5)  # mm: a drawn signature, about the pad's 3.5 : 1
KEEP_WITH_FOOTER = 2  # rows that stay on the page of the signature block, as on the PDF


def _columns(sheet, width: float) -> tuple[list[str], list[float]]:
    heads = ["No", "Nama", "NIP", "Jabatan", "Instansi/Unit Kerja"]
    extra: list[float] = []
    if sheet.show_phone:
        heads.append("No. HP")
        extra.append(22)
    sign_w = SIGN_W
    if sheet.hybrid:
        heads.append("Luring/ Daring")
        extra.append(14)
        sign_w -= 4
    heads.append("Tanda Tangan")
    no_w, nip_w = 8, 32
    rest = width - no_w - nip_w - sum(extra) - sign_w
    return heads, [no_w, rest * 0.36, nip_w, rest * 0.32, rest * 0.32] + extra + [sign_w]


def _strokes_png(strokes) -> io.BytesIO:
    """A drawn signature (strokes of 0..1 points, origin top-left) as a transparent PNG."""
    from PIL import Image, ImageDraw

    size = (420, 120)
    img = Image.new("RGBA", size, (255, 255, 255, 0))
    pen = ImageDraw.Draw(img)
    for stroke in strokes:
        points = [(x * (size[0] - 1), y * (size[1] - 1)) for x, y in stroke]
        if len(points) == 1:
            points.append((points[0][0] + 2, points[0][1]))
        pen.line(points, fill=(0, 0, 0, 255), width=4, joint="curve")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return buf


def _sign_cell(cell, row) -> None:
    """Odd numbers sign at the left of the cell, even ones at the right; a note (izin, sakit, Zoom 95 menit)
    stands where nobody signs."""
    cell.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
    p = cell.paragraphs[0]
    p.alignment = w.LEFT if row.number % 2 else w.RIGHT
    w.add_run(p, f"{row.number}. ", size=BODY)
    if row.strokes:
        p.add_run().add_picture(_strokes_png(row.strokes), width=Mm(SIGN_PICTURE[0]), height=Mm(SIGN_PICTURE[1]))
    elif row.note:
        w.add_run(p, row.note, italic=True, size=BODY)
    else:
        w.add_run(p, "." * 16, size=BODY)


def _list(doc, sheet, width: float, progress) -> None:
    heads, widths = _columns(sheet, width)
    t = w.table(doc, len(sheet.rows) + 1, widths, grid=True)
    for cell, head in zip(t.rows[0].cells, heads):
        w.cell_text(cell, head, bold=True, size=BODY, align=w.CENTER)
        w.shade(cell)
    w.repeat_header(t.rows[0])
    total = len(sheet.rows) or 1
    for i, r in enumerate(sheet.rows, 1):
        row = t.rows[i]
        w.keep_row(row)
        row.height = Mm(9)
        values = [str(r.number), r.name, r.nip, r.position, r.institution]
        if sheet.show_phone:
            values.append(r.phone)
        if sheet.hybrid:
            values.append(r.channel)
        cells = row.cells
        for col, value in enumerate(values):
            w.cell_text(cells[col], value, size=BODY, align=w.CENTER if col in (0, 2) or
                        (sheet.hybrid and col == len(values) - 1) else None)
        _sign_cell(cells[-1], r)
        if i > len(sheet.rows) - KEEP_WITH_FOOTER:
            # The last rows go with the count and the signature: a signature never stands on a page alone.
            for cell in cells:
                for p in cell.paragraphs:
                    p.paragraph_format.keep_with_next = True
        if progress and i % 200 == 0:
            progress(int(80 * i / total))


def _footer(doc, sheet, width: float, esign: bool) -> None:
    w.para(doc, sheet.count_text, size=9.5, before=8, keep_next=True)
    w.para(doc, "", after=6, keep_next=True)
    cell = w.right_block(doc, width, 75)
    when = w.place_date(sheet.place_date, esign)
    signer = sheet.signer
    if signer:
        w.signature(cell, [when, signer.title], signer.name, signer.nip, esign=esign, space_mm=14)
    else:
        w.signature(cell, [when, sheet.unsigned_title], "", "", esign=esign, space_mm=14)


def render(sheet, office, paper: str = "a4", *, progress=None, esign: bool = False) -> bytes:
    """`sheet` (an AttendanceSheet) on `office`'s kop as .docx bytes; `esign`: the TTE variant."""
    doc = w.new_document(paper, left=MARGIN, right=MARGIN, top=MARGIN, bottom=14,
                         title=f"Daftar Hadir - {sheet.activity}", author=office.name)
    width = w.text_width_mm(doc)
    w.letterhead(doc, office)
    w.para(doc, sheet.title, bold=True, size=13, align=w.CENTER, before=4, after=8)
    w.fields(doc, sheet.fields, 26, width)
    w.para(doc, "", after=6)
    _list(doc, sheet, width, progress)
    _footer(doc, sheet, width, esign)
    w.page_footer(doc, [f"Daftar Hadir: {sheet.activity} — {sheet.day_date}"])
    if progress:
        progress(95)
    return w.to_bytes(doc)
