"""The recap PDF (Rekap kehadiran rapat): the kop, the title, period and filters, the totals, three charts
(meetings per month by mode, attendance rate per satker, late arrivals per month) and the tables (per person,
satker, month, meeting, follow-ups), each repeating its header on every page.

`content` is the plain value `domain.services.recap_output.RecapContent`: words and numbers already chosen.
"""
from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Paragraph, Spacer, Table, TableStyle

from . import fonts
from .letterhead import from_profile
from .page_canvas import PagedCanvas, document, draw_running_header, fit
from .paper import paper_size
from .text import para_text

MARGIN = 14 * mm
BODY = 7.5
MODE_COLORS = (colors.HexColor("#1f5fa8"), colors.HexColor("#e8a33d"), colors.HexColor("#3c9a5f"))
MODE_NAMES = ("Luring", "Daring", "Hibrida")
LATE_COLOR = colors.HexColor("#c0392b")
RATE_COLOR = colors.HexColor("#1f5fa8")
HEAD_FILL = colors.HexColor("#e6ecf3")
GRID = colors.HexColor("#9aa5b1")


def _styles():
    family = fonts.register()
    return {
        "title": ParagraphStyle("title", fontName=fonts.BOLD, fontSize=13, leading=16, alignment=TA_CENTER,
                                spaceBefore=2, spaceAfter=2),
        "period": ParagraphStyle("period", fontName=family, fontSize=10, leading=13, alignment=TA_CENTER,
                                 spaceAfter=6),
        "field": ParagraphStyle("field", fontName=family, fontSize=8.5, leading=11),
        "h2": ParagraphStyle("h2", fontName=fonts.BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=family, fontSize=BODY, leading=BODY * 1.2),
        "head": ParagraphStyle("head", fontName=fonts.BOLD, fontSize=6, leading=7.5,
                               alignment=TA_CENTER),
        "note": ParagraphStyle("note", fontName=fonts.ITALIC, fontSize=8, leading=10),
    }


def _facts(content, width: float, styles) -> Table:
    rows = [(k, ":", v) for k, v in content.filters] + [("Dibuat", ":", content.made)]
    t = Table([[Paragraph(para_text(a), styles["field"]), b, Paragraph(para_text(c), styles["field"])]
               for a, b, c in rows], colWidths=[32 * mm, 4 * mm, width - 36 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return t


def _totals(content, width: float) -> Table:
    n = len(content.totals)
    t = Table([[label for label, _ in content.totals], [value for _, value in content.totals]],
              colWidths=[width / n] * n)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), fonts.REGULAR, 8), ("FONT", (0, 1), (-1, 1), fonts.BOLD, 13),
                           ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                           ("INNERGRID", (0, 0), (-1, -1), 0.25, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                           ("TOPPADDING", (0, 1), (-1, 1), 4), ("BOTTOMPADDING", (0, 1), (-1, 1), 6)]))
    return t


def _caption(d: Drawing, text: str) -> None:
    d.add(String(0, d.height - 10, text, fontName=fonts.BOLD, fontSize=8.5))


def _month_chart(months, width: float, height: float) -> Drawing:
    """Meetings per month, stacked by mode."""
    d = Drawing(width, height)
    _caption(d, "Rapat per bulan menurut mode")
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 22, 30, width - 30, height - 58
    chart.data = [[m[1 + i] for m in months] or [0] for i in range(3)]
    chart.categoryAxis.categoryNames = [m[0] for m in months] or [""]
    chart.categoryAxis.style = "stacked"
    _axes(chart, max((m[1] + m[2] + m[3] for m in months), default=0), len(months))
    for i, color in enumerate(MODE_COLORS):
        chart.bars[i].fillColor = color
        chart.bars[i].strokeColor = None
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 22, 8
    legend.alignment, legend.columnMaximum, legend.deltax = "right", 1, 60
    legend.fontName, legend.fontSize = fonts.REGULAR, 7.5
    legend.dxTextSpace, legend.dx, legend.dy = 4, 7, 7
    legend.colorNamePairs = list(zip(MODE_COLORS, MODE_NAMES))
    d.add(legend)
    return d


def _late_chart(months, width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    _caption(d, "Kedatangan terlambat per bulan")
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 22, 30, width - 30, height - 58
    chart.data = [[m[4] for m in months] or [0]]
    chart.categoryAxis.categoryNames = [m[0] for m in months] or [""]
    _axes(chart, max((m[4] for m in months), default=0), len(months))
    chart.bars[0].fillColor, chart.bars[0].strokeColor = LATE_COLOR, None
    d.add(chart)
    return d


def _axes(chart, top: int, categories: int) -> None:
    chart.valueAxis.valueMin = 0
    step = max(1, -(-top // 5))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step * 5, top, 1)
    for axis in (chart.valueAxis, chart.categoryAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.REGULAR, 6.5
    chart.categoryAxis.labels.angle = 45 if categories > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if categories > 6 else "n"
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.gridStrokeColor, chart.valueAxis.visibleGrid = colors.HexColor("#dddddd"), 1
    chart.barSpacing, chart.groupSpacing = 1, 4 if categories > 6 else 10


def _rate_chart(rates, width: float) -> Drawing:
    """Attendance rate per satker (the best first), horizontal bars with the percentage at the end."""
    bar = 11
    height = max(60, 30 + bar * len(rates))
    d = Drawing(width, height)
    _caption(d, "Tingkat kehadiran per satker (%)")
    label_w = min(170, width * 0.42)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = label_w, 4, width - label_w - 30, height - 20
    names = [fit(n, fonts.REGULAR, 6.5, label_w - 6) for n, _ in rates] or [""]
    chart.data = [[round(r * 100, 1) for _, r in reversed(rates)] or [0]]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    for axis in (chart.valueAxis, chart.categoryAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.REGULAR, 6.5
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = 1, colors.HexColor("#dddddd")
    chart.bars[0].fillColor, chart.bars[0].strokeColor = RATE_COLOR, None
    chart.barLabelFormat = lambda v: f"{v:.1f}".replace(".", ",")
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts.REGULAR, 6
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    d.add(chart)
    return d


# Per table: the widths of its text columns in mm (None: what the numbers leave), then the numbers' width.
LAYOUT = {"Per orang": ((None, 44), 14), "Per satker": ((None,), 14), "Per bulan": ((24,), None),
          "Per rapat": ((27, None, 19), 14), "Tindak lanjut per orang": ((None,), 22),
          "Tindak lanjut per satker": ((None,), 22)}


def _widths(caption: str, columns: int, width: float) -> tuple[list[float], int]:
    texts, number = LAYOUT.get(caption, ((None,), 12))
    numbers = columns - len(texts)
    fixed = sum(w * mm for w in texts if w is not None)
    if number is None:  # the numbers share what the text columns leave
        return [w * mm for w in texts] + [(width - fixed) / numbers] * numbers, len(texts)
    free = width - fixed - number * mm * numbers
    return [w * mm if w is not None else free for w in texts] + [number * mm] * numbers, len(texts)


def _table(caption: str, header, rows, width: float, styles) -> LongTable:
    """Text columns first, then numbers (right-aligned); the header repeated on every page."""
    widths, text_cols = _widths(caption, len(header), width)
    data = [[Paragraph(para_text(h), styles["head"]) for h in header]]
    for row in rows:
        data.append([Paragraph(para_text(v).replace("\n", "<br/>"), styles["cell"]) if i < text_cols else v
                     for i, v in enumerate(row)])
    t = LongTable(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, BODY), ("ALIGN", (text_cols, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 0.25, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
        + [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f8fa")) for i in range(2, len(data), 2)]))
    return t


def render(content, office, paper: str = "a4", *, progress=None) -> bytes:
    """The recap on `office`'s kop as PDF bytes. `progress(done, total, text)` is called per part."""
    page = paper_size(paper)
    styles = _styles()
    width = page[0] - 2 * MARGIN
    buf = io.BytesIO()
    doc = document(buf, page, left=MARGIN, right=MARGIN, top=MARGIN, bottom=14 * mm,
                   title=f"Rekap Kehadiran Rapat - {content.period}", author=office.name)
    story = []
    kop = from_profile(office)
    if kop is not None:
        story.append(kop)
    story += [Paragraph(para_text(content.title), styles["title"]),
              Paragraph("Periode " + para_text(content.period), styles["period"]),
              _facts(content, width, styles), Spacer(1, 4 * mm), _totals(content, width), Spacer(1, 5 * mm)]
    half = (width - 6 * mm) / 2
    charts = Table([[_month_chart(content.months, half, 62 * mm), _late_chart(content.months, half, 62 * mm)]],
                   colWidths=[half + 6 * mm, half])
    charts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(charts)
    if content.satker_rates:
        story += [Spacer(1, 3 * mm), _rate_chart(content.satker_rates, width)]
    total = len(content.tables)
    for n, (caption, header, rows) in enumerate(content.tables):
        if progress:
            progress(n, total, caption)
        heading = Paragraph(para_text(caption), styles["h2"])
        if not rows:
            story.append(KeepTogether([heading, Paragraph("Tidak ada data.", styles["note"])]))
            continue
        story += [heading, _table(caption, header, rows, width, styles)]

    def later_pages(c, d):
        draw_running_header(c, d, MARGIN, f"Rekap Kehadiran Rapat — {content.period}", width)

    doc.build(story, onLaterPages=later_pages, canvasmaker=PagedCanvas)
    return buf.getvalue()
