"""The daftar tanda terima PDF: kop, title and the money's purpose, the meeting's heading, a table that
repeats its header on every page (No, Nama, Jabatan, Satker/Instansi, Jumlah (Rp), zig-zag signature cells),
the total in figures and in words, and the two signatures a finance office asks for (Pejabat Pembuat
Komitmen at the left, Bendahara Pengeluaran at the right)."""
from __future__ import annotations

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, LongTable, Paragraph, Spacer, Table, TableStyle

from . import fonts
from .daftar_hadir import SignatureCell
from .flowables import heading_table
from .list_pdf import ListPdf
from .text import para_text, wrap_plain

rl_config.useA85 = 0

MARGIN = 14 * mm
BODY = 8.5
PAD = 3
SIGN_WIDTH = 36 * mm


def _styles():
    family = fonts.register()
    return {
        "head": ParagraphStyle("head", fontName=fonts.BOLD, fontSize=BODY, leading=BODY * 1.22, alignment=TA_CENTER),
        "title": ParagraphStyle("title", fontName=fonts.BOLD, fontSize=13, leading=16, alignment=TA_CENTER,
                                spaceBefore=4, spaceAfter=8),
        "field": ParagraphStyle("field", fontName=family, fontSize=9.5, leading=12),
        "foot": ParagraphStyle("foot", fontName=family, fontSize=9.5, leading=12),
    }


def _widths(width: float, rows: int) -> list[float]:
    no_w = max(8 * mm, stringWidth(str(max(rows, 99)), fonts.REGULAR, BODY) + 2 * PAD + 2)
    amount_w = max(stringWidth("Jumlah (Rp)", fonts.BOLD, BODY), stringWidth("999.999.999", fonts.BOLD, BODY)) \
        + 2 * PAD + 4
    rest = width - no_w - amount_w - SIGN_WIDTH
    return [no_w, rest * 0.38, rest * 0.31, rest * 0.31, amount_w, SIGN_WIDTH]


def _table(sheet, width: float, styles) -> LongTable:
    widths = _widths(width, len(sheet.rows))
    head = [Paragraph(h, styles["head"]) for h in
            ("No", "Nama", "Jabatan", "Satker/Instansi", "Jumlah (Rp)", "Tanda Tangan")]

    def wrap(text: str, col: int) -> str:
        return wrap_plain(text, widths[col] - 2 * PAD, fonts.REGULAR, BODY)

    data = [head]
    for r in sheet.rows:
        data.append([str(r.number), wrap(r.name_lines, 1), wrap(r.position, 2), wrap(r.institution, 3), r.amount_shown,
                     SignatureCell(r.number)])
    data.append(["JUMLAH", "", "", "", sheet.total_shown, ""])
    last = len(data) - 1
    style = TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, BODY, BODY * 1.22),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (5, 1), (5, -1), "BOTTOM"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (4, 1), (4, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("SPAN", (0, last), (3, last)),
        ("ALIGN", (0, last), (3, last), "CENTER"),
        ("FONT", (0, last), (-1, last), fonts.BOLD, BODY, BODY * 1.22),
        ("TOPPADDING", (0, last), (-1, last), 4),
        ("BOTTOMPADDING", (0, last), (-1, last), 4),
    ])
    return LongTable(data, colWidths=widths, repeatRows=1, style=style)


def _block(lead: str, signer, fallback_title: str, style) -> Paragraph:
    if signer:
        lines = [lead, para_text(signer.title), "<br/><br/><br/>", f"<b><u>{para_text(signer.name)}</u></b>",
                 para_text(signer.nip) if signer.nip else "NIP. -"]
    else:
        lines = [lead, fallback_title, "<br/><br/><br/>", "(" + "." * 50 + ")", "NIP. " + "." * 36]
    return Paragraph("<br/>".join(lines), style)


def _footer(sheet, width: float, styles) -> list:
    foot = styles["foot"]
    words = Table([[Paragraph(f"Terbilang: <i>{para_text(sheet.total_words)}</i>", foot)]], colWidths=[width])
    words.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                               ("LEFTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    left = _block("Mengetahui/Menyetujui,", sheet.ppk, "Pejabat Pembuat Komitmen,", foot)
    right = _block(para_text(sheet.place_date), sheet.bendahara, "Bendahara Pengeluaran,", foot)
    half = (width - 10 * mm) / 2
    sign = Table([[left, "", right]], colWidths=[half, width - 2 * half, half])
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 3 * mm), words, Spacer(1, 6 * mm), sign]


def render(sheet, office, paper: str = "a4", *, progress=None) -> bytes:
    """`sheet` (a ReceiptList) on `office`'s kop as PDF bytes; `progress(percent)` gets 0..95."""
    styles = _styles()
    pdf = ListPdf(sheet, office, paper, name="Daftar Tanda Terima", margin=MARGIN, progress=progress)
    title = f"{para_text(sheet.title)}<br/>{para_text(sheet.purpose.upper())}"
    if progress:
        progress(10)
    pdf.story += [Paragraph(title, styles["title"]), heading_table(sheet, pdf.width, styles["field"]),
                  Spacer(1, 4 * mm), _table(sheet, pdf.width, styles), KeepTogether(_footer(sheet, pdf.width, styles))]
    return pdf.build()
