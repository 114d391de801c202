"""The notulen (or, for a meeting the office attended, the Laporan Hasil Rapat) as a Word file, from the same
NotulenContent as reports/notulen.py: kop, title, header fields, the course of the meeting in lettered sections,
and the two signature blocks side by side. A draft says so in the footer, as the PDF does.

For an electronic signature (`esign`) the signing official's block (Pimpinan Rapat, or who reports) becomes
${ttd_pengirim} under "<city>, ${tanggal_naskah}"; the other wet-signature block is left out (the e-office
signs once, for the sender)."""
from __future__ import annotations

from . import docx_letter as w

LEFT, RIGHT, TOP, BOTTOM = 25, 20, 12, 18  # mm, as the PDF
LABEL_W, COLON_W = 36, 4
STEP = 6.5  # mm: one level of indentation in the course of the meeting


def _header(doc, content, width: float) -> None:
    """One row per line, so a long agenda splits between rows, never inside one."""
    rows: list[tuple[str, str, str]] = []
    for f in content.fields:
        if f.items:
            rows += [(f.label if n == 1 else "", f"{n}.", item) for n, item in enumerate(f.items, 1)]
        else:
            rows.append((f.label, "", f.value))
    t = w.table(doc, len(rows), [LABEL_W, COLON_W, 6, width - LABEL_W - COLON_W - 6])
    for r, (label, number, value) in enumerate(rows):
        cells = t.rows[r].cells
        w.cell_text(cells[0], label)
        w.cell_text(cells[1], ":" if label else "")
        if number:
            w.cell_text(cells[2], number)
            w.cell_text(cells[3], value)
        else:
            w.cell_text(cells[2].merge(cells[3]), value)


def _paragraphs(doc, texts, indent: float = 2 * STEP) -> None:
    """Typed lines as paragraphs; a line typed with a dash or bullet in front stays a bullet point. `indent`:
    STEP for the section's own text (Pembahasan without an agenda item), as the PDF sets it."""
    for t in texts:
        if t[:1] in "-•*–" and len(t) > 1 and t[1] == " ":
            p = w.para(doc, "–\t", indent=indent, hanging=4, align=w.JUSTIFY, after=2)
            w.add_run(p, t[2:].strip())
        else:
            w.para(doc, t, indent=indent, align=w.JUSTIFY, after=3)


def _section(doc, letter: str, heading: str) -> None:
    w.para(doc, f"{letter}.\t{heading.upper()}", bold=True, indent=0, hanging=STEP, before=7, after=2,
           keep_next=True)


def _course(doc, content) -> None:
    """Pembukaan, Pembahasan per agenda item, Kesimpulan, Penutup: lettered sections as tata naskah asks."""
    w.para(doc, content.course_heading, before=8)
    letters = iter("ABCDEFG")
    if content.opening:
        _section(doc, next(letters), "Pembukaan")
        for t in content.opening:
            w.para(doc, t, indent=STEP, align=w.JUSTIFY, after=3)
    _section(doc, next(letters), "Pembahasan")
    _paragraphs(doc, content.discussion, indent=STEP)
    for item in content.items:
        w.para(doc, f"{item.number}.\t{item.title}", bold=True, indent=STEP, hanging=STEP, before=5, after=1,
               keep_next=True)
        for label, names in item.people_lines:  # "Narasumber: …", "Moderator: …", as the PDF prints them
            w.para(doc, f"{label}: {names}", italic=True, indent=2 * STEP, after=2)
        _paragraphs(doc, item.paragraphs)
        if item.decisions:
            w.para(doc, "Keputusan:", bold=True, italic=True, indent=2 * STEP, before=2, after=1, keep_next=True)
            for n, d in enumerate(item.decisions, 1):
                p = w.para(doc, f"{n})\t", indent=2 * STEP, hanging=STEP, align=w.JUSTIFY, after=2)
                w.add_run(p, d)
    if content.nothing_discussed:
        w.para(doc, content.nothing_discussed, indent=STEP)
    if content.conclusions:
        _section(doc, next(letters), "Kesimpulan")
        for n, c in enumerate(content.conclusions, 1):
            p = w.para(doc, f"{n}.\t", indent=STEP, hanging=STEP, align=w.JUSTIFY, after=2)
            w.add_run(p, c)
    if content.closing:
        _section(doc, next(letters), "Penutup")
        for n, t in enumerate(content.closing):
            w.para(doc, t, indent=STEP, align=w.JUSTIFY, after=3, keep_next=n == len(content.closing) - 1)


def _signatures(doc, content, width: float, esign: bool) -> None:
    """Notulis left, Pimpinan Rapat right (a report: Mengetahui, Ketua … left, who reports right), the place and
    date over the right block; the row never splits."""
    w.para(doc, "", after=8, keep_next=True)
    t = w.table(doc, 1, [width / 2, width / 2])
    w.keep_row(t.rows[0])
    left, right = content.left, content.right
    when = w.place_date(content.place_date, esign)
    right_cell = t.rows[0].cells[1]
    if esign:
        w.signature(right_cell, [when, *right.heading], "", "", esign=True, align=w.CENTER)
        return
    # The headings end on one line and the names stand on one line: the shorter heading gets empty lines on
    # top ("Notulis," beside "Pimpinan Rapat," under the date; "Mengetahui, Ketua …," beside "Yang melaporkan,").
    heads = [list(left.heading), [when, *right.heading]]
    lines = max(len(h) for h in heads)
    for cell, head, block in zip(t.rows[0].cells, heads, (left, right)):
        w.signature(cell, [""] * (lines - len(head)) + head, block.name, block.nip, esign=False, align=w.CENTER,
                    space_mm=22)


def render(content, office, paper: str = "a4", *, progress=None, esign: bool = False) -> bytes:
    """`content` (a NotulenContent) on `office`'s kop as .docx bytes; `esign`: the TTE variant."""
    doc = w.new_document(paper, left=LEFT, right=RIGHT, top=TOP, bottom=BOTTOM,
                         title=f"{content.doc_name} - {content.activity}", author=office.name)
    width = w.text_width_mm(doc)
    w.letterhead(doc, office)
    w.para(doc, content.title, bold=True, underline=True, size=13, align=w.CENTER, before=4, after=10)
    if content.draft:
        w.watermark(doc, "DRAF")
    _header(doc, content, width)
    if progress:
        progress(20)
    _course(doc, content)
    _signatures(doc, content, width, esign)
    status = content.status_line
    w.page_footer(doc, [f"{content.doc_name}: {content.activity}", status])
    if progress:
        progress(90)
    return w.to_bytes(doc)
